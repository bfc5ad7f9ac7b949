import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { siteStats } from '../../src/bench/site-stats.ts';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('../../', import.meta.url));

test('siteStats weighs a site and counts article pages', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'kroniek-stats-'));
  try {
    await mkdir(path.join(dir, 'artikelen', 'a'), { recursive: true });
    await mkdir(path.join(dir, 'artikelen', 'b'), { recursive: true });
    await writeFile(path.join(dir, 'index.html'), 'x'.repeat(300));
    await writeFile(path.join(dir, 'artikelen', 'a', 'index.html'), 'x'.repeat(100));
    await writeFile(path.join(dir, 'artikelen', 'b', 'index.html'), 'x'.repeat(500));
    await writeFile(path.join(dir, 'feed.xml'), 'x'.repeat(1000));
    const stats = await siteStats(dir);
    assert.equal(stats.bytes, 1900);
    assert.equal(stats.files, 4);
    assert.equal(stats.htmlPages, 3);
    assert.equal(stats.articlePages, 2);
    assert.deepEqual(stats.largestPage, { file: 'artikelen/b/index.html', bytes: 500 });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

// Smoke run of the real benchmark: both builds, no timing assertions.
test('bench:build runs end to end at 200 articles and reports a light, complete site', { timeout: 180_000 }, async () => {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/bench/build.ts', '--articles', '200', '--runs', '1', '--json'], {
    cwd: REPO,
    maxBuffer: 16 * 1024 * 1024,
  });
  const lines = stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  const result = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
  for (const key of ['articles', 'kroniekSeconds', 'bareSeconds', 'ratio', 'peakRssMiB', 'ingestPerSecond', 'siteMiB', 'largestPageKiB']) {
    assert.equal(typeof result[key], 'number', `${key} is a number`);
    assert.ok((result[key] as number) > 0, `${key} is positive`);
  }
  assert.equal(result.articles, 200);
  assert.ok(typeof result.records === 'number' && result.records >= 190, `about one record per file (${String(result.records)})`);
  assert.equal(result.articlePages, result.records, 'one article page per published record');
  assert.ok((result.largestPageKiB as number) * 1024 <= 1_000_000, `largest page ${String(result.largestPage)} is under 1 MB`);
});
