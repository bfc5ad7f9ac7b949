/** One diagnostics contract: every stage reports to the file's context, and Markdown is a stage like text. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { IngestFile } from '../../src/ingest/diagnostics.ts';
import { markdownSegments } from '../../src/ingest/markdown.ts';
import type { SourceLine } from '../../src/ingest/noise.ts';
import { ingestFile } from '../../src/ingest/pipeline.ts';

const linesOf = (text: string, first = 1): SourceLine[] => text.split('\n').map((t, i) => ({ line: first + i, text: t }));
const source = (file: string, text: string) => ({ file, bytes: new TextEncoder().encode(text) });

test('a file context collects warnings, errors and dropped text with file, line and rule', () => {
  const file = new IngestFile('map/stuk.txt');
  const warning = file.message('let op', { line: 3, rule: 'x/warn' });
  file.fail('fout', { line: null, rule: 'x/error' });
  file.drop(5, 'noise/x', 'Foto: ANP');
  assert.deepEqual(warning, { file: 'map/stuk.txt', line: 3, rule: 'x/warn', message: 'let op' });
  assert.deepEqual(file.errors, [{ file: 'map/stuk.txt', line: null, rule: 'x/error', message: 'fout' }]);
  assert.ok(file.failed);
  const article = file.article();
  article.message('alleen dit artikel', { line: 7, rule: 'date/missing' });
  assert.deepEqual(
    file.warnings.map((w) => w.rule),
    ['x/warn'],
    'an article context keeps its own warnings',
  );
  assert.deepEqual(file.result([]), {
    file: 'map/stuk.txt',
    records: [],
    warnings: file.warnings,
    errors: file.errors,
    dropped: [{ line: 5, rule: 'noise/x', text: 'Foto: ANP' }],
  });
});

test('every stage reports through the one context: decode, front matter, noise, repeats, segmentation, extraction', () => {
  const text = [
    '---',
    'colour: blauw',
    '---',
    'Nieuws',
    'Biden belt Poetin over Oekraïne',
    'maandag 7 december 2021',
    'De Amerikaanse president Joe Biden heeft dinsdag met Vladimir Poetin gebeld over de troepen bij Oekraïne.',
    'Foto: ANP',
    'De Amerikaanse president Joe Biden heeft dinsdag met Vladimir Poetin gebeld over de troepen bij Oekraïne.',
    'Het gesprek duurde twee uur, meldt het Witte Huis.',
  ].join('\n');
  const result = ingestFile(source('stuk.txt', text));
  assert.deepEqual(result.errors, []);
  assert.deepEqual(
    result.warnings.map((w) => [w.line, w.rule]),
    [
      [2, 'frontmatter/unknown-field'],
      [6, 'date/weekday-mismatch'],
    ],
  );
  assert.deepEqual(result.records[0]?.warnings, [result.warnings[1]], 'the record carries its own warnings');
  assert.deepEqual(
    result.dropped.map((d) => [d.line, d.rule]),
    [
      [4, 'noise/breadcrumb'],
      [8, 'noise/photo-credit'],
      [9, 'segment/repeat'],
    ],
  );
});

test('Markdown is a stage that yields the same segments as text, with each block on its file line', () => {
  const file = new IngestFile('stuk.md');
  const body = readFileSync(new URL('../fixtures/ingest/article.md', import.meta.url), 'utf8')
    .split('---\n')
    .slice(2)
    .join('---\n');
  const segments = markdownSegments(linesOf(body, 7), file);
  assert.equal(segments.length, 1);
  const [segment] = segments;
  assert.ok(segment?.markdown);
  assert.deepEqual(segment.headline, { text: 'Een kop die niet de titel wordt', line: 7 });
  assert.deepEqual(
    segment.blocks.map((b) => [b.type, b.line]),
    [
      ['paragraph', 9],
      ['paragraph', 15],
      ['paragraph', 17],
      ['heading', 19],
      ['quote', 21],
      ['paragraph', 23],
    ],
  );
  assert.ok(segment.markdown.html.includes('<h3>Reacties</h3>'));
  const dated = markdownSegments(linesOf('# Kop\n\nDinsdag 7 december 2021\n\nFoto: ANP\n\nTekst van het stuk.'), file);
  assert.deepEqual(
    dated[0]?.dates.map((d) => [d.line, d.date.date]),
    [[3, '2021-12-07']],
  );
  assert.deepEqual(
    dated[0]?.blocks.map((b) => [b.line, b.text]),
    [[7, 'Tekst van het stuk.']],
  );
  assert.ok(file.dropped.some((d) => d.line === 5 && d.rule === 'noise/photo-credit'));
  assert.deepEqual(markdownSegments(linesOf('Foto: ANP\n'), file), [], 'nothing left: no article');
});
