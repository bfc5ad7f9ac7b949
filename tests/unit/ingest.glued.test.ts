/**
 * Articles glued into one file, and titles derived when there is no headline: shapes found by
 * running ingest over the synthetic corpus (src/bench/corpus.ts), each on a fixture of its own.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { splitGluedHeadline } from '../../src/ingest/headline.ts';
import { ingestFile } from '../../src/ingest/pipeline.ts';

const FIXTURES = new URL('../fixtures/ingest/', import.meta.url);
const ingest = (name: string) => {
  const result = ingestFile({ file: name, bytes: new Uint8Array(readFileSync(new URL(name, FIXTURES))) });
  assert.deepEqual(result.errors, [], name);
  return result.records;
};

test('a date header straight onto a datelined lede: headline derived from the lede, dateline and agency extracted', () => {
  const [r, ...more] = ingest('header-dateline-no-headline.txt');
  assert.equal(more.length, 0);
  assert.ok(r);
  assert.equal(r.titleSource, 'derived');
  assert.equal(r.title, 'Johnson kondigt nieuwe sancties tegen Rusland aan');
  assert.deepEqual([r.dateline, r.agency], ['LONDEN', 'ANP']);
  assert.ok(r.lede.startsWith('De Britse premier'));
  assert.deepEqual([r.date, r.datePrecision, r.dateSource], ['2022-03', 'month', 'header']);
});

test('a glued headline ending in a verb particle splits before a strong lede start', () => {
  const records = ingest('glued-particle-second.txt');
  assert.deepEqual(
    records.map((r) => [r.part, r.title]),
    [
      [1, 'Biden en Poetin spreken over Oekraïne'],
      [2, 'Overleg in Genève over veiligheidsgaranties levert weinig op'],
    ],
  );
  assert.ok(records[1]?.lede.startsWith('In een toespraak voor het parlement'));
  for (const [text, headline] of [
    [
      'Poetin kondigt nieuwe gesprekken aan De Russische president heeft dinsdag nieuwe gesprekken met Oekraïne aangekondigd.',
      'Poetin kondigt nieuwe gesprekken aan',
    ],
    [
      'Overleg over sancties levert weinig op Volgens de Europese Commissie blijven de standpunten ver uit elkaar liggen.',
      'Overleg over sancties levert weinig op',
    ],
  ] as const) {
    assert.equal(splitGluedHeadline(text)?.headline, headline, text);
  }
  // A preposition before a place name is no particle: `in | De Bilt`, `op | Op de Hoogte`.
  for (const text of [
    'Storm richt schade aan in De Bilt en omgeving waar bomen op straat vielen.',
    'Nieuw restaurant opent op Het Plein in het centrum van de stad met veel bezoekers.',
    'Tentoonstelling over de oorlog opent in In de Waag, het oude stadhuis van Deventer.',
  ]) {
    assert.equal(splitGluedHeadline(text), null, text);
  }
});

test('a glued second article whose lede opens on a known person splits after a finished body', () => {
  const records = ingest('glued-person-second.txt');
  assert.deepEqual(
    records.map((r) => [r.part, r.title]),
    [
      [1, 'Blinken en Lavrov praten in Genève'],
      [2, 'Zelenski vraagt om meer hulp voor de oostgrens'],
    ],
  );
  assert.ok(records[1]?.lede.startsWith('Volodimir Zelenski heeft zaterdag'));
  // The paragraph with a name as object (`… opnieuw Vladimir Poetin vanuit …`) stays in article 1.
  assert.ok(records[0]?.blocks.some((b) => b.text.startsWith('Biden belde dinsdag opnieuw Vladimir Poetin vanuit')));
});
