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
  assert.match(bad.stdout, /broken-yaml\.txt:4 frontmatter\/yaml/);
  assert.match(bad.stdout, /prose-dates\.txt[\s\S]*undated/);
  assert.ok(!/\n\s+at /.test(bad.stdout + bad.stderr), 'no stack trace');
});
