/**
 * Scores ingest against a held-out set of scraped pages (tests/fixtures/outlets/: the files and an
 * `expected.json` of what a careful reader takes from each). Every expectation is one check, so
 * the score is a share of checks and a failure names file, record and what differed. Shared by
 * `npm run bench:outlets` (the per-class table) and tests/unit/ingest.outlets.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ingestFile } from '../ingest/pipeline.ts';
import type { ArticleRecord } from '../record/types.ts';

export interface ExpectedRecord {
  title: string | null;
  date: string | null;
  dateline: string | null;
  agency: string | null;
  onTopic: boolean;
  paragraphs: number;
  lede_starts: string;
  must_contain: string[];
  must_not_contain: string[];
}

export interface ExpectedFile {
  file: string;
  outlet: string;
  classes: string[];
  records: ExpectedRecord[];
}

export type CheckKind =
  | 'records'
  | 'title'
  | 'date'
  | 'dateline'
  | 'agency'
  | 'onTopic'
  | 'paragraphs'
  | 'lede_starts'
  | 'must_contain'
  | 'must_not_contain';

export interface Check {
  file: string;
  /** 1-based record in the file; null for the per-file record count. */
  part: number | null;
  kind: CheckKind;
  ok: boolean;
  /** What was expected and what ingest gave, for a failure message. */
  detail: string;
  /** A date that ingest gave and the file does not state: the worst kind of miss. */
  wrongDate: boolean;
}

const bodyOf = (r: ArticleRecord): string => r.blocks.map((b) => b.text).join('\n');
const occurrences = (haystack: string, needle: string): number => haystack.split(needle).length - 1;
const show = (value: unknown): string => JSON.stringify(value);

function recordChecks(file: string, part: number, expected: ExpectedRecord, record: ArticleRecord | undefined): Check[] {
  const checks: Check[] = [];
  const add = (kind: CheckKind, ok: boolean, detail: string, wrongDate = false): void => {
    checks.push({ file, part, kind, ok, detail, wrongDate });
  };
  if (!record) {
    // A missing record fails every check it would have had.
    const missing = 'no such record';
    for (const kind of ['title', 'date', 'dateline', 'agency', 'onTopic', 'paragraphs', 'lede_starts'] as const) add(kind, false, missing);
    for (const _ of expected.must_contain) add('must_contain', false, missing);
    for (const _ of expected.must_not_contain) add('must_not_contain', false, missing);
    return checks;
  }
  if (expected.title === null)
    add('title', record.titleSource === 'derived', `derived title expected, got ${record.titleSource} ${show(record.title)}`);
  else add('title', record.title === expected.title, `${show(expected.title)} expected, got ${show(record.title)}`);
  const wrongDate = record.date !== null && record.date !== expected.date;
  add('date', record.date === expected.date, `${show(expected.date)} expected, got ${show(record.date)} (${record.dateSource})`, wrongDate);
  add('dateline', record.dateline === expected.dateline, `${show(expected.dateline)} expected, got ${show(record.dateline)}`);
  add('agency', record.agency === expected.agency, `${show(expected.agency)} expected, got ${show(record.agency)}`);
  add('onTopic', record.onTopic === expected.onTopic, `${expected.onTopic} expected`);
  const paragraphs = record.blocks.filter((b) => b.type !== 'heading').length;
  add('paragraphs', paragraphs === expected.paragraphs, `${expected.paragraphs} expected, got ${paragraphs}`);
  add(
    'lede_starts',
    record.lede.startsWith(expected.lede_starts),
    `${show(expected.lede_starts)} expected, lede ${show(record.lede.slice(0, 80))}`,
  );
  const body = bodyOf(record);
  for (const phrase of expected.must_contain) {
    const n = occurrences(body, phrase);
    add('must_contain', n === 1, `${show(phrase)} once in the body, found ${n}×`);
  }
  const everything = `${record.title}\n${record.lede}\n${body}`.toLowerCase();
  for (const noise of expected.must_not_contain) {
    add('must_not_contain', !everything.includes(noise.toLowerCase()), `${show(noise)} must not appear`);
  }
  return checks;
}

export function readExpected(dir: string): ExpectedFile[] {
  return (JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { files: ExpectedFile[] }).files;
}

/** Ingest each file on its own (no cross-file merge: the files are independent pages) and check it. */
export function scoreOutlets(dir: string): { files: ExpectedFile[]; checks: Check[] } {
  const files = readExpected(dir);
  const checks: Check[] = [];
  for (const f of files) {
    const result = ingestFile({ file: f.file, bytes: new Uint8Array(readFileSync(path.join(dir, f.file))) });
    const records = [...result.records].sort((a, b) => a.part - b.part);
    checks.push({
      file: f.file,
      part: null,
      kind: 'records',
      ok: records.length === f.records.length,
      detail: `${f.records.length} record(s) expected, got ${records.length}${result.errors.length > 0 ? ` (errors: ${result.errors.map((e) => e.rule).join(', ')})` : ''}`,
      wrongDate: false,
    });
    f.records.forEach((expected, i) => {
      checks.push(...recordChecks(f.file, i + 1, expected, records[i]));
    });
  }
  return { files, checks };
}

export interface Tally {
  passed: number;
  total: number;
}

const tallyOf = (checks: Check[]): Tally => ({ passed: checks.filter((c) => c.ok).length, total: checks.length });
const percent = (t: Tally): string => (t.total === 0 ? '–' : `${((100 * t.passed) / t.total).toFixed(1)} %`);

/** Per class of page trouble (a file counts for every class it shows): checks passed, and per check kind. */
export function classTable(files: ExpectedFile[], checks: Check[]): string {
  const classes = [...new Set(files.flatMap((f) => f.classes))].sort();
  const byFile = new Map<string, Check[]>();
  for (const c of checks) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c]);
  const rows = ['| class | files | checks passed | score | failed checks |', '|---|---:|---:|---:|---|'];
  for (const cls of classes) {
    const inClass = files.filter((f) => f.classes.includes(cls));
    const cs = inClass.flatMap((f) => byFile.get(f.file) ?? []);
    const t = tallyOf(cs);
    const failed = new Map<string, number>();
    for (const c of cs) if (!c.ok) failed.set(c.kind, (failed.get(c.kind) ?? 0) + 1);
    const failedText = [...failed].map(([k, n]) => `${k} ×${n}`).join(', ');
    rows.push(`| ${cls} | ${inClass.length} | ${t.passed}/${t.total} | ${percent(t)} | ${failedText} |`);
  }
  const all = tallyOf(checks);
  rows.push(`| **all** | **${files.length}** | **${all.passed}/${all.total}** | **${percent(all)}** | |`);
  return rows.join('\n');
}

export function kindTable(checks: Check[]): string {
  const kinds = [...new Set(checks.map((c) => c.kind))];
  const rows = ['| check | passed | score |', '|---|---:|---:|'];
  for (const kind of kinds) {
    const t = tallyOf(checks.filter((c) => c.kind === kind));
    rows.push(`| ${kind} | ${t.passed}/${t.total} | ${percent(t)} |`);
  }
  return rows.join('\n');
}

export function summary(checks: Check[]): { passed: number; total: number; score: number; wrongDates: Check[] } {
  const t = tallyOf(checks);
  return { ...t, score: t.total === 0 ? 0 : t.passed / t.total, wrongDates: checks.filter((c) => c.wrongDate) };
}

export const describeCheck = (c: Check): string => `${c.file}${c.part === null ? '' : ` #${c.part}`} ${c.kind}: ${c.detail}`;
