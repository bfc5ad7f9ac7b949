/**
 * Chrome glued before a lede (`LIVE … 14:32 De Russische …`, `Video … 4:12 Het Kremlin …`,
 * `Geplaatst door x • 3 uur geleden Biden …`) ends in a time stamp followed by the start of a
 * sentence; it is dropped as `segment/lede-chrome`, never taken for the headline. A time in prose
 * (`Om 05:50 Moskouse tijd`, `Tussen 22:00 en 07:00 Kiev-tijd`) and a stamp after a date stay.
 * Fixtures of our own in tests/fixtures/ingest/lede-chrome/.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ledeChromeLength } from '../../src/ingest/lede-chrome.ts';
import { ingestFile } from '../../src/ingest/pipeline.ts';

const DIR = new URL('../fixtures/ingest/lede-chrome/', import.meta.url);
const ingest = (file: string) => ingestFile({ file, bytes: readFileSync(new URL(file, DIR)) });

test('chrome before the lede is dropped, and the lede starts on its sentence', () => {
  const cases: [string, string, string, string][] = [
    ['header-liveblog-stamp.txt', 'LIVE Oorlog in Oekraïne 14:32', 'De Russische colonne', '2022-03-01'],
    [
      'header-video-duration.txt',
      'Video Bekijk de uitzending van Buitenland Vandaag terug 4:12',
      'Het Kremlin heeft dinsdag',
      '2022-02-15',
    ],
    ['header-forum-copy.txt', 'Geplaatst door polderpolitiek • 3 uur geleden', 'Biden geeft Oekraïne toestemming', '2024-05-31'],
  ];
  for (const [file, chrome, lede, date] of cases) {
    const result = ingest(file);
    assert.deepEqual(
      result.dropped.filter((d) => d.rule === 'segment/lede-chrome').map((d) => [d.line, d.text]),
      [[1, chrome]],
      file,
    );
    const [record, ...rest] = result.records;
    assert.equal(rest.length, 0, file);
    assert.equal(record?.titleSource, 'derived', file);
    assert.ok(record?.lede.startsWith(lede), file);
    assert.ok(!record?.title.includes(chrome), file);
    assert.equal(record?.date, date, file);
  }
});

test('a clock time in prose, a curfew and a dated stamp stay in the text', () => {
  const cases: [string, string][] = [
    ['lede-clock-in-prose.txt', 'Om 05:50 Moskouse tijd kondigde'],
    ['lede-curfew-times.txt', 'Tussen 22:00 en 07:00 Kiev-tijd'],
    ['dated-stamp-prefix.txt', 'Maandag 17 februari 2025 09:14 De Amerikaanse'],
  ];
  for (const [file, lede] of cases) {
    const result = ingest(file);
    assert.deepEqual(
      result.dropped.filter((d) => d.rule === 'segment/lede-chrome'),
      [],
      file,
    );
    assert.ok(result.records[0]?.lede.includes(lede), file);
  }
});

test('ledeChromeLength: the last stamp before a sentence, not a time after a time word, a year or a finished sentence', () => {
  const lede = 'De Amerikaanse gezant Witkoff heeft dinsdag vijf uur met Poetin gesproken over het vredesplan.';
  assert.equal(ledeChromeLength(`LIVEBLOG 08:55 ${lede}`), 'LIVEBLOG 08:55 '.length);
  assert.equal(ledeChromeLength(`08:55 ${lede}`), '08:55 '.length);
  const post = 'r/wereldnieuws • 7 u. geleden Witkoff bij Poetin (link in reacties) Bewerkt 6 u. geleden ';
  assert.equal(ledeChromeLength(post + lede), post.length);
  for (const text of [
    lede,
    `Rond 08:55 Moskouse tijd sprak ${lede}`,
    `Het Kremlin reageerde niet. Om 12:00 ${lede}`,
    `Het Kremlin sprak van overleg. 12:00 ${lede}`,
    `Zondag 7 december 2025 08:55 ${lede}`,
    'Poetin spreekt 12:00 Rusland toe',
  ]) {
    assert.equal(ledeChromeLength(text), 0, text);
  }
});
