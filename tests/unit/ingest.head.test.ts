/**
 * An article's head is headline, date line, text. A question or exclamation right above the date
 * line is the headline; once a headline of some length has its date line below it, a short line
 * before the text (a kicker, section, series or reading-time label) is furniture
 * (`segment/head-furniture`), never a headline closer to the text. A label above the date, a
 * standfirst that is a sentence and a quoted exclamation in the text are left as they were. A page
 * label under a headline (`Van onze correspondent`) is dropped (`segment/label`), not taken for it,
 * and so is a newsletter's greeting (`Beste lezer,`, `segment/salutation`).
 * Fixtures of our own in tests/fixtures/ingest/head/.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ingestFile } from '../../src/ingest/pipeline.ts';

const DIR = new URL('../fixtures/ingest/head/', import.meta.url);
const ingest = (file: string) => ingestFile({ file, bytes: readFileSync(new URL(file, DIR)) });
const headFurniture = (result: ReturnType<typeof ingest>) =>
  result.dropped.filter((d) => d.rule === 'segment/head-furniture').map((d) => [d.line, d.text]);

test('a question above the date line is the headline; the series label below it is furniture', () => {
  const result = ingest('question-headline-date.txt');
  const [record] = result.records;
  assert.equal(record?.title, 'Wat wil Poetin eigenlijk van de NAVO?');
  assert.equal(record?.titleSource, 'headline');
  assert.equal(record?.date, '2021-12-17');
  assert.ok(record?.lede.startsWith('Het Russische ministerie'));
  assert.equal(record?.blocks.length, 3);
  assert.deepEqual(headFurniture(result), [[9, 'Deel 2 van de serie Oekraïne aan de rand']]);
});

test('a tag line between the date line and the text does not take the headline’s place', () => {
  const result = ingest('headline-date-section.txt');
  assert.equal(result.records[0]?.title, "Biden waarschuwt Poetin voor 'ernstige gevolgen'");
  assert.deepEqual(headFurniture(result), [[3, 'Spanningen rond Oekraïne']]);
});

test('a label above the date, a separated card label, an e-mail’s sender, a standfirst and a quoted exclamation stay as they were', () => {
  const cases: [string, string, number][] = [
    ['label-date-headline.txt', 'Biden en Poetin praten twee uur via video over Oekraïne', 2],
    ['aggregator-card.txt', "Biden noemt Poetin in State of the Union een 'dictator'", 3],
    ['headline-date-standfirst.txt', 'Blinken en Lavrov praten in Genève', 3],
    ['exclamation-not-headline.txt', "Poetin: 'Geen garanties, dan antwoord'", 3],
    ['email-sender.txt', 'Biden sluit Amerikaans luchtruim voor Russische vliegtuigen', 2],
  ];
  for (const [file, title, blocks] of cases) {
    const result = ingest(file);
    assert.deepEqual(headFurniture(result), [], file);
    assert.equal(result.records[0]?.title, title, file);
    assert.equal(result.records[0]?.blocks.length, blocks, file);
  }
  assert.ok(ingest('headline-date-standfirst.txt').records[0]?.lede.startsWith('Geen doorbraak'));
});

test('a label under a headline does not take its place; under another label or an outlet’s name the title is derived', () => {
  const under = ingest('label-under-headline.txt');
  assert.equal(under.records[0]?.title, 'Russische troepen trekken zich deels terug van de grens');
  assert.deepEqual(
    under.dropped.filter((d) => d.rule === 'segment/label').map((d) => [d.line, d.text]),
    [[3, 'Van onze correspondent']],
  );
  for (const file of ['labels-only-above.txt', 'outlet-name-then-label.txt']) {
    const labels = ingest(file);
    assert.equal(labels.records[0]?.titleSource, 'derived', file);
    assert.deepEqual(
      labels.dropped.filter((d) => d.rule === 'segment/label'),
      [],
      file,
    );
  }
});

test('a newsletter’s greeting above the text is neither headline nor lede', () => {
  const result = ingest('newsletter-greeting.txt');
  assert.deepEqual(
    result.dropped.filter((d) => d.rule === 'segment/salutation').map((d) => [d.line, d.text]),
    [[3, 'Beste lezer,']],
  );
  assert.equal(result.records[0]?.title, 'Blinken en Lavrov praten anderhalf uur in Genève');
  assert.ok(result.records[0]?.lede.startsWith('De Amerikaanse minister'));
});

test('a datelined short line after the headline’s date line opens the text, neither furniture nor headline', () => {
  const result = ingest('narrow-lede-after-date.txt');
  const [record] = result.records;
  assert.equal(record?.title, 'Blinken en Lavrov praten in Genève');
  assert.equal(record?.dateline, 'GENÈVE');
  assert.ok(record?.lede.startsWith('Na anderhalf uur praten'));
  assert.deepEqual(headFurniture(result), []);
});
