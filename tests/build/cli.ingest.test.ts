/** `npm run ingest` as a maintainer runs it: a child process per call (so it lives with the build tier). */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import type { ArticleRecord } from '../../src/record/types.ts';

test('CLI: JSON report on stdout, readable report otherwise, exit code 1 on errors', () => {
  const cwd = fileURLToPath(new URL('../..', import.meta.url));
  const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
  const json = execFileSync(
    tsx,
    ['src/cli/ingest.ts', '--json', 'tests/fixtures/ingest/dated-weekday.txt', 'tests/fixtures/ingest/only-noise.txt'],
    { cwd, encoding: 'utf8' },
  );
  const parsed = JSON.parse(json) as { records: ArticleRecord[]; files: { file: string; errors: unknown[] }[] };
  assert.equal(parsed.records.length, 1);
  assert.deepEqual(
    parsed.files.map((f) => f.file),
    ['dated-weekday.txt', 'only-noise.txt'],
  );
  const bad = spawnSync(tsx, ['src/cli/ingest.ts', 'tests/fixtures/ingest/broken-yaml.txt', 'tests/fixtures/ingest/prose-dates.txt'], {
    cwd,
    encoding: 'utf8',
  });
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /broken-yaml\.txt:3 frontmatter\/yaml/);
  assert.match(bad.stdout, /prose-dates\.txt[\s\S]*undated/);
  assert.ok(!/\n\s+at /.test(bad.stdout + bad.stderr), 'no stack trace');
});
test('CLI --explain: every line of the file with what became of it', () => {
  const cwd = fileURLToPath(new URL('../..', import.meta.url));
  const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
  const out = execFileSync(tsx, ['src/cli/ingest.ts', '--explain', 'tests/fixtures/ingest/real/regional-caption-facts.txt'], {
    cwd,
    encoding: 'utf8',
  });
  const roleOf = (line: number): string => new RegExp(`^\\s+${line} │ (.*?)\\s+│`, 'm').exec(out)?.[1] ?? '';
  assert.match(out, /record 1: "Zelensky vraagt Biden om meer luchtafweer voor Oekraïense steden" \(headline\) · 2022-06-14 \(text\)/);
  assert.equal(roleOf(1), 'dropped: noise/site-chrome');
  assert.equal(roleOf(3), 'title');
  assert.equal(roleOf(4), 'date line 2022-06-14, used');
  assert.equal(roleOf(5), 'dropped: noise/page-facts');
  assert.equal(roleOf(6), 'dropped: segment/caption');
  assert.equal(roleOf(7), 'paragraph');
  assert.equal(roleOf(9), 'dropped: noise/photo-credit');
  assert.equal(roleOf(11), 'agency credit ANP/Reuters');
  assert.equal(roleOf(13), 'dropped: noise/sidebar');
  const front = execFileSync(tsx, ['src/cli/ingest.ts', '--explain', 'articles/003_8bd9632aeaf2a08c.txt'], { cwd, encoding: 'utf8' });
  assert.match(front, /^\s+1 │ front matter/m);
  assert.match(front, /│ \[2\] title, \[2\] paragraph\s+│ Biden wil troepen/);
  const misuse = spawnSync(tsx, ['src/cli/ingest.ts', '--explain'], { cwd, encoding: 'utf8' });
  assert.equal(misuse.status, 2);
  assert.match(misuse.stderr, /--explain needs one or more files/);
});
