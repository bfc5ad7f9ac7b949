/** Whole-pipeline tests on fixture files: ingestFile, mergeIngests, loadArchive (the CLI: tests/build/cli.ingest.test.ts). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { ingestFile, ingestFiles, recordId } from '../../src/ingest/pipeline.ts';
import { mergeIngests } from '../../src/ingest/merge.ts';
import { loadArchive } from '../../src/ingest/load.ts';
import type { ArticleRecord } from '../../src/record/types.ts';

const FIXTURES = new URL('../fixtures/ingest/', import.meta.url);
const source = (name: string) => ({ file: name, bytes: new Uint8Array(readFileSync(new URL(name, FIXTURES))) });
const only = (name: string): ArticleRecord => {
  const result = ingestFile(source(name));
  assert.deepEqual(result.errors, [], name);
  assert.equal(result.records.length, 1, name);
  return result.records[0] as ArticleRecord;
};
const body = (r: ArticleRecord): string => r.blocks.map((b) => b.text).join('\n');

test('date lines in the text date the record; prose dates do not', () => {
  const expectations: [string, string][] = [
    ['dated-weekday.txt', '2021-12-07'],
    ['published-updated.txt', '2023-03-02'],
    ['abbreviated-date.txt', '2021-12-03'],
    ['month-abbrev-period.txt', '2021-12-07'],
    ['iso-date.txt', '2022-12-30'],
  ];
  for (const [name, date] of expectations) {
    const r = only(name);
    assert.deepEqual([r.date, r.datePrecision, r.dateSource], [date, 'day', 'text'], name);
    assert.ok(!/\d{4}/.test(body(r).split('\n')[0]?.slice(0, 12) ?? ''), `${name}: date line not in body`);
  }
  const prose = ingestFile(source('prose-dates.txt'));
  assert.equal(prose.records[0]?.date, null);
  assert.deepEqual(
    prose.warnings.map((w) => [w.rule, w.file]),
    [['date/missing', 'prose-dates.txt']],
  );
});

test('dateline and agency, with en dash and em dash', () => {
  const r = only('dated-weekday.txt');
  assert.deepEqual([r.dateline, r.agency], ['WASHINGTON', 'AP']);
  assert.ok(r.lede.startsWith('De Amerikaanse president'));
  const p = only('published-updated.txt');
  assert.deepEqual([p.dateline, p.agency], ['BRUSSEL', 'ANP/Reuters']);
});

test('weekday mismatch is a warning with file and line', () => {
  const result = ingestFile(source('weekday-mismatch.txt'));
  assert.deepEqual(
    result.warnings.map((w) => [w.file, w.line, w.rule]),
    [['weekday-mismatch.txt', 2, 'date/weekday-mismatch']],
  );
  assert.equal(result.records[0]?.date, '2021-12-07');
});

test('glued timestamps and page noise leave a clean article', () => {
  const result = ingestFile(source('glued-timestamps.txt'));
  const r = result.records[0];
  assert.ok(r);
  assert.deepEqual([r.dateline, r.agency, r.titleSource], ['BRUSSEL', 'ANP', 'derived']);
  const text = `${r.title}\n${r.lede}\n${body(r)}\n${r.html}`;
  for (const noise of ['geleden', 'ADVERTENTIE', 'Deel dit', 'cookies', 'Foto', 'Beeld', 'gisteren', 'Lees ook', 'Premier', 'in de maak']) {
    assert.ok(!text.includes(noise), noise);
  }
  assert.equal(r.blocks.length, 3);
  assert.ok(result.dropped.some((d) => d.rule === 'noise/sidebar' && d.line === 11));
});

test('CRLF + BOM, CR-only and Windows-1252 files ingest like any other', () => {
  const crlf = only('crlf-bom.txt');
  assert.equal(crlf.title, 'Zelensky ontmoet Biden in het Witte Huis');
  assert.equal(crlf.blocks.length, 2);
  assert.ok(!body(crlf).includes('\r'));
  assert.equal(only('cr-only.txt').blocks.length, 2);
  const cp = ingestFile(source('windows-1252.txt'));
  assert.equal(cp.records[0]?.title, 'Genève: overleg over Oekraïne zonder doorbraak');
  assert.ok(body(cp.records[0] as ArticleRecord).includes('“We hebben geen reden tot optimisme”'));
  assert.ok(cp.warnings.some((w) => w.rule === 'decode/windows-1252' && w.line === null));
});

test('Markdown with front matter: curated fields, sanitized html, blocks from tokens', () => {
  const r = only('article.md');
  assert.deepEqual(
    [r.title, r.titleSource, r.date, r.dateSource],
    ['Markdown-artikel over Oekraïne', 'frontmatter', '2022-02-24', 'frontmatter'],
  );
  assert.deepEqual(r.tags, ['oorlog', 'diplomatie']);
  assert.equal(r.source, 'https://example.org/artikel');
  assert.ok(!/<script|onerror="|javascript:|evil\.example/i.test(r.html), r.html);
  assert.ok(r.blocks.some((b) => b.type === 'quote'));
  assert.ok(r.blocks.some((b) => b.type === 'heading' && b.text === 'Reacties'));
  assert.ok(r.people.some((p) => p.includes('Poetin')));
  const h = only('heading-title.md');
  assert.deepEqual([h.title, h.titleSource, h.date, h.dateSource], ['Biden belt Poetin over Oekraïne', 'headline', '2021-12-07', 'text']);
});

test('errors: broken YAML and impossible dates give no records', () => {
  const cases: [string, string, number | null][] = [
    ['broken-yaml.txt', 'frontmatter/yaml', 3], // where the unclosed `[` opens
    ['impossible-date.txt', 'frontmatter/date', 3],
    ['impossible-part-date.txt', 'frontmatter/date', 4],
  ];
  for (const [name, rule, line] of cases) {
    const result = ingestFile(source(name));
    assert.deepEqual(result.records, [], name);
    assert.deepEqual(
      result.errors.map((e) => [e.file, e.rule, e.line]),
      [[name, rule, line]],
      name,
    );
  }
});

test('binary and empty files are warnings, never errors, and give no records', () => {
  for (const [name, rule] of [
    ['binary.txt', 'decode/binary'],
    ['empty.txt', 'decode/empty'],
  ]) {
    const result = ingestFile(source(name as string));
    assert.deepEqual(result.records, [], name);
    assert.deepEqual(result.errors, [], name);
    assert.deepEqual(
      result.warnings.map((w) => [w.file, w.rule, w.line]),
      [[name, rule, null]],
      name,
    );
  }
});

test('a file with one invalid byte stays exact and on topic', () => {
  const r = only('stray-byte.txt');
  assert.ok(`${r.title}\n${body(r)}`.includes('Oekraïne') && !body(r).includes('Ã'));
  assert.equal(r.onTopic, true);
  assert.equal(r.title, 'Lavrov: gesprek met Blinken in Genève was "nuttig"');
});

test('control characters never reach a record: every output stays valid XML, HTML and JSON', () => {
  const result = ingestFile({
    file: 'ctl.txt',
    bytes: new TextEncoder().encode('Kop\u0008 over Oekraïne\n7 december 2021\nDe tekst\u001b van het \uffffstuk over Biden en Poetin.'),
  });
  const r = result.records[0] as ArticleRecord;
  const json = JSON.stringify(r);
  assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/.test(`${r.title}${body(r)}${r.html}`), json);
  assert.deepEqual(
    result.warnings.filter((w) => w.rule === 'decode/invalid-character').map((w) => [w.file, w.line]),
    [
      ['ctl.txt', 1],
      ['ctl.txt', 3],
    ],
  );
});

test('a file that is only noise yields no record and says so', () => {
  const result = ingestFile(source('only-noise.txt'));
  assert.deepEqual(result.records, []);
  assert.deepEqual(result.errors, []);
  assert.deepEqual(
    result.warnings.map((w) => w.rule),
    ['ingest/no-article'],
  );
  assert.equal(result.dropped.length, 6);
});

test('several articles in one file, and a glued headline at the start', () => {
  const multi = ingestFile(source('multi-article.txt'));
  assert.deepEqual(
    multi.records.map((r) => [r.part, r.title, r.dateline]),
    [
      [1, 'Biden en Poetin bellen over Oekraïne', 'WASHINGTON'],
      [2, 'Kremlin: gesprek was constructief', 'MOSKOU'],
    ],
  );
  const glued = only('glued-headline-first.txt');
  assert.equal(glued.title, 'Lavrov waarschuwt Navo voor uitbreiding naar het oosten');
  assert.ok(glued.lede.startsWith('De Russische minister'));
});

test('front matter: unknown field warns, draft records are still returned, year precision', () => {
  const result = ingestFile(source('unknown-field.txt'));
  assert.equal(result.records[0]?.draft, true);
  assert.deepEqual([result.records[0]?.date, result.records[0]?.datePrecision], ['2021', 'year']);
  assert.ok(result.warnings.some((w) => w.rule === 'frontmatter/unknown-field' && w.line === 4));
});

test('the same article scraped twice with different noise becomes one record', () => {
  const result = ingestFiles([source('dup-b.txt'), source('dup-a.txt'), source('iso-date.txt')]);
  assert.equal(result.records.length, 2);
  const merged = result.records.find((r) => r.title.startsWith('Rusland en Amerika'));
  assert.ok(merged);
  assert.deepEqual(merged.duplicates, ['dup-a.txt', 'dup-b.txt']);
  assert.equal(merged.file, 'dup-a.txt');
  assert.deepEqual(
    result.files.map((f) => f.file),
    ['dup-a.txt', 'dup-b.txt', 'iso-date.txt'],
  );
  assert.deepEqual(result.files[1]?.records, [merged.id]);
  assert.ok(result.files[1]?.warnings.some((w) => w.rule === 'dedupe/duplicate'));
  assert.deepEqual(result.records.find((r) => r !== merged)?.duplicates, []);
});

test('ids are stable, ASCII, URL-safe and unique', () => {
  assert.equal(recordId(null, 'Oekraïne praat met Genève'), 'ongedateerd-oekraine-praat-met-geneve');
  assert.equal(recordId('2021-04', ''), '2021-04-artikel');
  const long = recordId('2021-12-03', 'Biden heeft geen enkele intentie om met Poetin te praten, zegt het Witte Huis');
  assert.match(long, /^2021-12-03-biden-heeft-geen-enkele-intentie-om-met-poetin-te-praten$/);
  const a = ingestFile(source('iso-date.txt'));
  const b = ingestFile({ ...source('iso-date.txt'), file: 'copy/iso-date.txt' });
  const c = ingestFile({
    file: 'other.txt',
    bytes: new TextEncoder().encode(
      'Poetin en Biden praten opnieuw over veiligheid in Europa\n2022-12-30\nEen heel ander verhaal met dezelfde kop, over iets anders dan het vorige stuk.',
    ),
  });
  const merged = mergeIngests([c, b, a]);
  assert.equal(merged.records.length, 2);
  const ids = merged.records.map((r) => r.id);
  assert.deepEqual(ids, [
    '2022-12-30-poetin-en-biden-praten-opnieuw-over-veiligheid-in-europa',
    '2022-12-30-poetin-en-biden-praten-opnieuw-over-veiligheid-in-europa-2',
  ]);
  assert.deepEqual(
    mergeIngests([a, c, b]).records.map((r) => r.id),
    ids,
    'order of input does not change ids',
  );
});

test('loadArchive: recursive, only article extensions, no dotfiles, paths relative to the root', async () => {
  const result = await loadArchive(fileURLToPath(FIXTURES));
  const files = result.files.map((f) => f.file);
  assert.deepEqual(files, [...files].sort());
  assert.ok(files.includes('article.md') && files.includes('crlf-bom.txt'));
  assert.ok(files.every((f) => /\.(txt|md|markdown)$/.test(f) && !f.startsWith('.')));
  const missing = await loadArchive(['/nonexistent/kroniek-articles']);
  assert.equal(missing.files[0]?.errors[0]?.rule, 'load/missing');
});

test('an outlet page: repeated headline, byline, compound date line, > quote and ## subheading', () => {
  const result = ingestFile(source('outlet-page.txt'));
  const r = result.records[0];
  assert.ok(r);
  assert.equal(result.records.length, 1);
  assert.deepEqual(
    [r.title, r.titleSource, r.date, r.dateSource],
    ['Biden en Poetin spreken elkaar dinsdag via een videoverbinding', 'headline', '2021-12-06', 'text'],
  );
  assert.deepEqual(
    r.blocks.map((b) => b.type),
    ['paragraph', 'quote', 'heading', 'paragraph'],
  );
  assert.equal(r.blocks[1]?.text, '"We zijn bereid tot gesprekken", zei Kremlin-woordvoerder Peskov.');
  assert.equal(r.blocks[2]?.text, 'Sancties dreigen');
  assert.ok(r.blocks[3]?.text.startsWith('Door de opbouw'), 'prose starting with "Door" is not a byline');
  const text = body(r);
  for (const noise of ['Jan de Vries', 'Bijgewerkt', 'Foto', 'Bron', 'videoverbinding\nBiden']) assert.ok(!text.includes(noise), noise);
  assert.deepEqual(result.dropped.map((d) => d.rule).sort(), [
    'noise/byline',
    'noise/photo-credit',
    'noise/source-credit',
    'segment/repeat',
  ]);
});

test('section labels, relative "vandaag" stamps and share lines around the headline are page chrome', () => {
  const result = ingestFile(source('section-page.txt'));
  const r = result.records[0];
  assert.ok(r);
  assert.equal(result.records.length, 1);
  assert.equal(r.title, "Rusland waarschuwt VS voor 'onvoorspelbare gevolgen' van wapenleveranties");
  assert.equal(r.date, null, 'a relative "vandaag" is not a publication date');
  assert.deepEqual(
    r.blocks.map((b) => b.type),
    ['paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph'],
  );
  for (const noise of ['Nieuws', 'Buitenland', 'Vandaag', 'Aangepast', 'Deel', 'Facebook', 'tanks']) {
    assert.ok(!`${r.title}\n${body(r)}`.includes(noise), noise);
  }
});
