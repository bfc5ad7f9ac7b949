import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus, generateCorpusWithTruth, writeCorpus } from '../../src/bench/corpus.ts';
import { loadCast } from '../../src/bench/corpus-cast.ts';
import { ingestFiles } from '../../src/ingest/pipeline.ts';

test('same seed gives byte-identical output, another seed a different one', () => {
  const a = generateCorpus({ articles: 200, seed: 7 });
  const b = generateCorpus({ articles: 200, seed: 7 });
  const c = generateCorpus({ articles: 200, seed: 8 });
  assert.deepEqual(a, b);
  assert.equal(a.length, 200);
  assert.notDeepEqual(
    a.map((f) => f.text),
    c.map((f) => f.text),
  );
  // A prefix of a larger corpus is the smaller corpus: article N does not depend on the corpus size.
  const big = generateCorpus({ articles: 400, seed: 7 });
  assert.deepEqual(
    big.slice(0, 200).map((f) => f.text),
    a.map((f) => f.text),
  );
});

test('file names are unique, under synthetic/<year>/, with a zero-padded index and a slug', () => {
  const files = generateCorpus({ articles: 500 }).map((f) => f.file);
  assert.equal(new Set(files).size, files.length);
  for (const file of files) assert.match(file, /^synthetic\/202[1-5]\/\d{5}_[a-z0-9-]+\.(txt|md)$/);
});

test('the corpus contains every shape of the real seeds', () => {
  const texts = generateCorpus({ articles: 1000 }).map((f) => f.text);
  const shapes: Record<string, RegExp> = {
    'date header glued to text': /^(\uFEFF)?(© [^\n]*\n|Foto: [^\n]*\n)? date 20\d\d-\d\d \p{Lu}/u,
    'weekday date line': /^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d{1,2} [a-z]+ 20\d\d, \d\d:\d\d\r?$/m,
    'Gepubliceerd line': /^Gepubliceerd: \d\d-\d\d-20\d\d \d\d:\d\d\r?$/m,
    'Bijgewerkt line': /^Bijgewerkt op \d{1,2} [a-z]+ 20\d\d om \d\d:\d\d\r?$/m,
    'abbreviated month': /^\d{1,2} (jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec)\. 20\d\d, \d\d:\d\d\r?$/m,
    'dateline with agencies': /^(\p{Lu}[\p{Lu} ]+)(\/\p{Lu}+)? \((ANP|AFP|Belga)[^)]*\) - \p{Lu}/mu,
    'photo credit': /^(© (AFP|Reuters|ANP \/ EPA|Getty Images)|Foto: (ANP|EPA|AP))\r?$/m,
    'Meer uit sidebar': /^Meer uit (Buitenland|Binnenland)\r?$/m,
    'Hoofdpunten sidebar': /^Hoofdpunten\r?$/m,
    'MEER OVER sidebar': /^MEER OVER\r?$/m,
    'glued relative timestamp': /^\d+ (uur|minuten) geleden\p{Lu}{2,}/mu,
    'teaser ending in …': / …\r?$/m,
    'front matter (Markdown)': /^---\ntitle: .*\ndate: 20\d\d-\d\d-\d\d\n---\n/,
    'CRLF line endings': /\r\n/,
    'byte order mark': /^\uFEFF/,
    ADVERTENTIE: /^ADVERTENTIE\r?$/m,
  };
  for (const [name, pattern] of Object.entries(shapes)) {
    assert.ok(
      texts.some((t) => pattern.test(t)),
      `no article shows: ${name}`,
    );
  }
});

test('truth records what was emitted: glued second articles, repeats, duplicates, undated files', () => {
  const files = generateCorpusWithTruth({ articles: 1000 });
  const truths = files.map((f) => f.truth);
  assert.ok(
    truths.some((t) => t.parts === 2),
    'some file carries a second glued article',
  );
  assert.ok(
    truths.some((t) => t.duplicateOf !== null),
    'some file re-scrapes an earlier article',
  );
  assert.ok(truths.some((t) => t.headlineStyle === 'glued'));
  assert.ok(truths.some((t) => t.headlineStyle === 'none'));
  const undated = truths.filter((t) => t.date === null).length;
  assert.ok(undated > 50 && undated < 400, `undated share is realistic (${undated}/1000)`);
  for (const f of files) {
    if (f.truth.headlineStyle === 'line') assert.ok(f.text.includes(`${f.truth.title}\n`) || f.text.includes(`${f.truth.title}\r\n`));
    if (f.truth.dateStyle === 'header') assert.ok(f.text.includes(` date ${f.truth.date} `));
    if (f.truth.dateline)
      assert.ok(
        f.text.includes(`${f.truth.dateline} (${f.truth.agency}) - `) ||
          f.truth.dateStyle === 'header' ||
          f.truth.dateStyle === 'frontmatter',
      );
  }
  // A duplicate carries the same headline and body sentences as its original.
  const dup = files.find((f) => f.truth.duplicateOf !== null && f.truth.headlineStyle === 'line');
  if (dup && dup.truth.duplicateOf !== null) {
    const original = files[dup.truth.duplicateOf];
    assert.ok(original);
    assert.equal(dup.truth.title, original.truth.title);
  }
});

test('dates are weekday-consistent and spread over 2021–2025', () => {
  const files = generateCorpusWithTruth({ articles: 1000 });
  const weekdays = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
  const years = new Set<string>();
  for (const f of files) {
    if (f.truth.date) years.add(f.truth.date.slice(0, 4));
    const m = /^(\p{L}+dag) (\d{1,2}) [a-z]+ (20\d\d)/mu.exec(f.text);
    if (m && f.truth.dateStyle === 'weekday-line' && f.truth.date) {
      const day = new Date(`${f.truth.date}T00:00:00Z`).getUTCDay();
      assert.equal(m[1], weekdays[day], `${f.file}: weekday matches the date`);
    }
  }
  assert.deepEqual([...years].sort(), ['2021', '2022', '2023', '2024', '2025']);
});

test('articles are ~350 words with a realistic vocabulary and the gazetteer cast', () => {
  const files = generateCorpusWithTruth({ articles: 1000 });
  const vocabulary = new Set<string>();
  let bodyWords = 0;
  for (const f of files) {
    const words = f.text.toLowerCase().match(/\p{L}+/gu) ?? [];
    for (const w of words) vocabulary.add(w);
    bodyWords += words.length;
  }
  const mean = bodyWords / files.length;
  assert.ok(mean > 300 && mean < 600, `mean words per file ${mean.toFixed(0)}`);
  assert.ok(vocabulary.size > 4000, `vocabulary of ${vocabulary.size} distinct words`);
  const mentioned = new Set(files.flatMap((f) => f.truth.people));
  const cast = loadCast();
  assert.ok(mentioned.size >= Math.min(20, cast.people.length / 2), `${mentioned.size} distinct people appear`);
  for (const name of mentioned) assert.ok(cast.people.some((p) => p.name === name));
  const onTopic = files.filter((f) => f.truth.onTopic).length;
  assert.ok(onTopic > 800 && onTopic < 950, `on-topic share ${onTopic}/1000`);
});

test('writeCorpus writes exactly the generated files', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'kroniek-corpus-'));
  try {
    const result = await writeCorpus(dir, { articles: 50, seed: 3 });
    const expected = generateCorpus({ articles: 50, seed: 3 });
    assert.equal(result.files, 50);
    for (const f of expected) assert.equal(await readFile(path.join(dir, f.file), 'utf8'), f.text);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('ingest parses generated files without errors and recovers dates and titles', () => {
  const files = generateCorpusWithTruth({ articles: 400, seed: 11 });
  const result = ingestFiles(files.map((f) => ({ file: f.file, bytes: Buffer.from(f.text) })));
  assert.deepEqual(
    result.files.flatMap((r) => r.errors),
    [],
  );
  assert.equal(result.files.length, files.length, 'every file appears in the report');

  // A re-scraped duplicate is merged into its original's record, so look records up by every source file.
  const byFile = new Map<string, typeof result.records>();
  for (const r of result.records) {
    for (const file of new Set([r.file, ...r.duplicates])) byFile.set(file, [...(byFile.get(file) ?? []), r]);
  }
  const firstOf = (file: string) => byFile.get(file)?.find((r) => r.part === 1) ?? byFile.get(file)?.[0];

  const dated = files.filter((f) => f.truth.date !== null);
  const datedRight = dated.filter((f) => firstOf(f.file)?.date === f.truth.date);
  assert.ok(datedRight.length / dated.length >= 0.95, `dated as stated: ${datedRight.length}/${dated.length}`);
  const undated = files.filter((f) => f.truth.date === null && f.truth.duplicateOf === null);
  const undatedRight = undated.filter((f) => firstOf(f.file)?.date === null);
  assert.ok(undatedRight.length / undated.length >= 0.95, `left undated: ${undatedRight.length}/${undated.length}`);

  const headlined = files.filter((f) => f.truth.headlineStyle !== 'none');
  const titled = headlined.filter((f) => firstOf(f.file)?.title === f.truth.title);
  assert.ok(titled.length / headlined.length >= 0.95, `titles found: ${titled.length}/${headlined.length}`);

  const glued = files.filter((f) => f.truth.parts === 2);
  const split = glued.filter((f) => result.files.find((r) => r.file === f.file)?.records.length === 2);
  assert.ok(split.length / glued.length >= 0.5, `second glued articles split off: ${split.length}/${glued.length}`);
});
