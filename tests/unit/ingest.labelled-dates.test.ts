/**
 * A date among labels above the text (`Buitenland - 13 januari 2022 - 09:12`, `Door Jan Jansen -
 * 13 januari 2022, 09:12`, `Vandaag, 13 januari 2022`): read as the publication date. A caption
 * with a date (`Poetin in Moskou, 13 januari 2022`), prose and anything below the text's start are
 * not: a wrong date is worse than none. A long headline is not yet the text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLabelledDateLine } from '../../src/ingest/dates.ts';
import { ingestFile } from '../../src/ingest/pipeline.ts';

const BODY =
  'De Amerikaanse minister Antony Blinken heeft donderdag in Berlijn gezegd dat Rusland elk moment een aanval op Oekraïne kan beginnen. Hij sprak met zijn Duitse collega over sancties.\n\nMoskou ontkent dat het een inval voorbereidt en eist garanties van de NAVO.\n';
const dateOf = (page: string): string | null =>
  ingestFile({ file: 'pagina.txt', bytes: new TextEncoder().encode(page) }).records[0]?.date ?? null;

test('a date among section, outlet or byline labels above the text is the publication date', () => {
  for (const line of [
    'Buitenland - 13 januari 2022 - 09:12',
    'Door Jan van der Berg – 13 jan 2022',
    'RTV Drenthe | 13 januari 2022, 09:12 uur',
    'Vandaag, 13 januari 2022',
    '13 januari 2022 om 09:12, bijgewerkt 14 januari 2022 om 11:00',
  ]) {
    assert.equal(dateOf(`Blinken waarschuwt Moskou in Berlijn\n${line}\n\n${BODY}`), '2022-01-13', line);
  }
});

test('under a long headline, a lower-case byline among the labels still gives the date; below the text it does not', () => {
  const headline = 'Blinken waarschuwt Moskou in Berlijn: elk moment kan een aanval op Oekraïne beginnen';
  assert.equal(dateOf(`${headline}\ndoor Jan Smit | 13-01-22 | 09:12\n\n${BODY}`), '2022-01-13');
  assert.equal(dateOf(`${headline}\n\n${BODY}\ndoor Jan Smit | 13-01-22 | 09:12\n`), null);
});

test('a caption, a phrase of prose or a stamp below the text gives no date', () => {
  for (const line of ['Poetin in Moskou, 13 januari 2022', 'Sinds 24 februari 2022 - de oorlog', 'Laatst gewijzigd op 13-01-2022']) {
    assert.equal(dateOf(`Blinken waarschuwt Moskou in Berlijn\n${line}\n\n${BODY}`), null, line);
  }
  assert.equal(dateOf(`Blinken waarschuwt Moskou in Berlijn\n\n${BODY}\nBuitenland - 13 januari 2022 - 09:12\n`), null);
});

test('parseLabelledDateLine: the first stamp unless it is an update; every other part a time or a label', () => {
  assert.equal(parseLabelledDateLine('Bijgewerkt 14 januari 2022 | Nieuws | 13 januari 2022')?.date, '2022-01-13');
  assert.equal(parseLabelledDateLine('Nieuws | 13 januari 2022 | 09:12')?.date, '2022-01-13');
  assert.equal(parseLabelledDateLine('Nieuws | 13 januari 2022 | het was een koude dag'), null);
  assert.equal(parseLabelledDateLine('Nieuws | 13 januari 2022.'), null);
  assert.equal(parseLabelledDateLine('13 januari 2022'), null);
});
