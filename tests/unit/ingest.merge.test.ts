/** Cross-file merge: which scrapes count as the same article, and how ids stay unique. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestFile } from '../../src/ingest/pipeline.ts';
import { mergeIngests } from '../../src/ingest/merge.ts';

const encoder = new TextEncoder();
const file = (name: string, text: string) => ingestFile({ file: name, bytes: encoder.encode(text) });

const TITLE = 'Poetin en Biden praten opnieuw over veiligheid in Europa';
const LONG =
  'De Amerikaanse president Joe Biden en de Russische president Vladimir Poetin hebben dinsdag opnieuw gesproken over de ' +
  'veiligheid in Europa. Volgens het Witte Huis duurde het gesprek ruim twee uur en ging het vooral over Oekraïne.';

test('scrapes that differ only in case, accents, punctuation and spacing are one article', () => {
  const a = file('a.txt', `${TITLE}\n2022-12-30\n${LONG}\nHet Kremlin sprak van een zakelijk gesprek.`);
  const b = file(
    'b.txt',
    `${TITLE}\n2022-12-30\n${LONG.replace('Oekraïne', 'Oekraine').toUpperCase().replace(/ /g, '  ')}\n` +
      'Het Kremlin sprak van een zakelijk gesprek!!',
  );
  const merged = mergeIngests([a, b]);
  assert.equal(merged.records.length, 1);
  assert.deepEqual(merged.records[0]?.duplicates, ['a.txt', 'b.txt']);
});

test('a leading block of mostly punctuation is compared as a whole too', () => {
  const dots = '… — … — … — …';
  const a = file('a.txt', `${TITLE}\n2022-12-30\n${dots}\n${LONG}`);
  const b = file('b.txt', `${TITLE}\n2022-12-30\n${dots.replace(/ /g, '')}\n${LONG}`);
  assert.equal(mergeIngests([a, b]).records.length, 1);
});

test('same title and same opening, different ending: two articles', () => {
  const a = file('a.txt', `${TITLE}\n2022-12-30\n${LONG}\nHet Kremlin sprak van een zakelijk gesprek.`);
  const b = file('b.txt', `${TITLE}\n2022-12-30\n${LONG}\nHet Kremlin wilde niet reageren op het gesprek.`);
  const merged = mergeIngests([a, b]);
  assert.equal(merged.records.length, 2);
  assert.deepEqual(
    merged.records.map((r) => r.duplicates),
    [[], []],
  );
});

test('many articles with one id are numbered in file order, skipping ids already taken', () => {
  const id = '2022-12-30-poetin-en-biden-praten-opnieuw-over-veiligheid-in-europa';
  // A file whose own title produces the id a later copy would get as `-3`.
  const taken = file('0.txt', `${TITLE} 3\n2022-12-30\nEen ander stuk dat toevallig deze kop draagt, met eigen tekst.`);
  const copies = Array.from({ length: 5 }, (_, n) =>
    file(`${n + 1}.txt`, `${TITLE}\n2022-12-30\nStuk nummer ${n + 1} met een eigen tekst over het gesprek.`),
  );
  const ids = mergeIngests([taken, ...copies]).records.map((r) => r.id);
  assert.deepEqual(ids, [`${id}-3`, id, `${id}-2`, `${id}-4`, `${id}-5`, `${id}-6`]);
  assert.equal(new Set(ids).size, ids.length);
});
