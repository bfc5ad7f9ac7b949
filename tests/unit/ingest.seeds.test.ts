/**
 * Acceptance: the five raw seeds give exactly the records described in
 * tests/fixtures/seeds/expected.json, and the shipped copies in articles/ are all dated to the day.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ingestFiles } from '../../src/ingest/pipeline.ts';
import { loadArchive } from '../../src/ingest/load.ts';
import { fold } from '../../src/record/text.ts';
import type { ArticleRecord } from '../../src/record/types.ts';

const SEEDS = new URL('../fixtures/seeds/', import.meta.url);
const ARTICLES = new URL('../../articles/', import.meta.url);

interface Expected {
  title: string | null;
  titleSource: string;
  date: string | null;
  datePrecision: string | null;
  agency?: string;
  dateline?: string;
  onTopic: boolean;
  paragraphs: number;
  headings: string[];
  people: string[];
  lede_starts: string;
  must_contain: string[];
  must_not_contain: string[];
}
interface ExpectedFile {
  file: string;
  records: Expected[];
}

const expected = JSON.parse(readFileSync(new URL('expected.json', SEEDS), 'utf8')) as { files: ExpectedFile[] };
const sources = expected.files.map((f) => ({ file: f.file, bytes: new Uint8Array(readFileSync(new URL(f.file, SEEDS))) }));
const result = ingestFiles(sources);

/** Spellings of one surname that count as the same person. */
const VARIANTS: Record<string, string[]> = {
  zelenski: ['zelenski', 'zelensky', 'zelenskyy', 'zelenskiy'],
  poetin: ['poetin', 'putin'],
};
const variantsOf = (surname: string): string[] => VARIANTS[fold(surname)] ?? [fold(surname)];

const bodyText = (r: ArticleRecord): string => r.blocks.map((b) => b.text).join('\n');
const occurrences = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

test('every seed file appears once in the report, without errors', () => {
  assert.deepEqual(
    result.files.map((f) => f.file),
    expected.files.map((f) => f.file),
  );
  for (const f of result.files) assert.deepEqual(f.errors, [], f.file);
});

for (const file of expected.files) {
  const records = result.records.filter((r) => r.file === file.file).sort((a, b) => a.part - b.part);
  test(`${file.file}: ${file.records.length} record(s)`, () => {
    assert.equal(records.length, file.records.length);
  });
  file.records.forEach((want, index) => {
    test(`${file.file} part ${index + 1}`, () => {
      const got = records[index];
      assert.ok(got, 'record exists');
      if (want.title === null) assert.equal(got.titleSource, 'derived');
      else assert.equal(got.title, want.title);
      assert.equal(got.titleSource, want.titleSource);
      assert.equal(got.date, want.date);
      assert.equal(got.datePrecision, want.datePrecision);
      if (want.date === null) {
        assert.equal(got.dateSource, null);
        assert.ok(
          got.warnings.some((w) => w.rule === 'date/missing'),
          'undated is reported',
        );
      }
      if (want.agency !== undefined) assert.equal(got.agency, want.agency);
      if (want.dateline !== undefined) assert.equal(got.dateline, want.dateline);
      assert.equal(got.onTopic, want.onTopic);
      assert.equal(got.blocks.filter((b) => b.type !== 'heading').length, want.paragraphs, 'paragraph count');
      assert.deepEqual(
        got.blocks.filter((b) => b.type === 'heading').map((b) => b.text),
        want.headings,
      );
      for (const surname of want.people) {
        const found = got.people.some((p) => variantsOf(surname).some((v) => fold(p).includes(v)));
        assert.ok(found, `${surname} in people ${JSON.stringify(got.people)}`);
      }
      assert.ok(got.lede.startsWith(want.lede_starts), `lede starts: ${got.lede.slice(0, 80)}`);
      const body = bodyText(got);
      for (const phrase of want.must_contain) assert.equal(occurrences(body, phrase), 1, `exactly once: ${phrase}`);
      for (const phrase of want.must_not_contain) {
        for (const [field, text] of [
          ['title', got.title],
          ['lede', got.lede],
          ['body', body],
          ['html', got.html],
        ] as const) {
          assert.ok(!text.includes(phrase), `${phrase} must not be in ${field}`);
        }
      }
    });
  });
}

test('the shipped articles (with curated front matter) are all dated to the day', async () => {
  const shipped = await loadArchive(ARTICLES.pathname);
  assert.equal(shipped.records.length, 6);
  for (const f of shipped.files) assert.deepEqual(f.errors, [], f.file);
  for (const r of shipped.records) {
    assert.equal(r.datePrecision, 'day', `${r.file} part ${r.part}`);
    assert.equal(r.dateSource, 'frontmatter');
    assert.match(r.date ?? '', /^\d{4}-\d{2}-\d{2}$/);
  }
  const curated = expected.files.flatMap((f) =>
    ((f as ExpectedFile & { curated?: { date: string }[] }).curated ?? []).map((c, i) => `${f.file}#${i + 1} ${c.date}`),
  );
  assert.deepEqual(shipped.records.map((r) => `${r.file}#${r.part} ${r.date}`).sort(), curated.sort());
  assert.ok(
    shipped.records.every((r) => r.titleSource !== 'derived'),
    'curated headlines replace derived titles',
  );
});
