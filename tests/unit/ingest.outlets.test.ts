/**
 * Acceptance on the held-out unseen-outlet set (tests/fixtures/outlets/, written blind to the
 * parser): every check of its expected.json is scored (src/bench/outlets-score.ts), the overall
 * score must reach 97 %, and no record may carry a date the file does not state.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { describeCheck, scoreOutlets, summary } from '../../src/bench/outlets-score.ts';

const DIR = fileURLToPath(new URL('../fixtures/outlets/', import.meta.url));
const { files, checks } = scoreOutlets(DIR);
const s = summary(checks);

test('the outlet set is the size the acceptance asks for', () => {
  assert.ok(files.length >= 30, `${files.length} files`);
  assert.ok(new Set(files.map((f) => f.outlet)).size >= 12, 'outlet styles');
  // Every expectation became a check: a record count per file, and per record each field and phrase.
  const perRecord = files.flatMap((f) => f.records).reduce((n, r) => n + 7 + r.must_contain.length + r.must_not_contain.length, 0);
  assert.equal(checks.length, files.length + perRecord);
});

test('zero wrong dates: no record is dated with a date its file does not state', () => {
  assert.deepEqual(s.wrongDates.map(describeCheck), []);
});

test('at least 97 % of the checks pass', () => {
  const failed = checks.filter((c) => !c.ok).map(describeCheck);
  assert.ok(s.score >= 0.97, `${s.passed}/${s.total} = ${(100 * s.score).toFixed(1)} %; failed:\n${failed.join('\n')}`);
});

/**
 * The second, third and fourth blind sets (tests/fixtures/outlets-2, -3, -4) measure how far the rules
 * generalise (`npm run bench:outlets -- DIR`; the third and fourth are below 97 %, README "Echte
 * pagina's"), so their scores are not asserted here. What must hold on any page is asserted: no
 * record dated with a date its file does not state.
 */
for (const set of ['outlets-2', 'outlets-3', 'outlets-4']) {
  test(`zero wrong dates on the blind set ${set}`, () => {
    const scored = scoreOutlets(fileURLToPath(new URL(`../fixtures/${set}/`, import.meta.url)));
    assert.ok(scored.checks.length > 200, `${scored.checks.length} checks`);
    assert.deepEqual(summary(scored.checks).wrongDates.map(describeCheck), []);
  });
}
