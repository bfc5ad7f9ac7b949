/**
 * Watch mode (`npm start` without the server): deleting an article rebuilds the site and takes
 * its page, and the listing pages only it filled, along; the output stays locked while it runs.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { spawnEleventy } from '../../src/build/eleventy-command.ts';
import { crawl, SITE_ARTICLES } from '../support/site.ts';

test('watch mode rebuilds when an article is deleted and removes the pages only it needed', { timeout: 180_000 }, async () => {
  const tmp = await mkdtemp(path.join(tmpdir(), 'kroniek-watch-'));
  const articles = path.join(tmp, 'articles');
  const out = path.join(tmp, 'site');
  await cp(SITE_ARTICLES, articles, { recursive: true });
  const child = spawnEleventy({ output: out, env: { ARTICLES_DIR: articles }, extraArgs: ['--watch'] });
  let output = '';
  const waiters: Array<{ pattern: RegExp; from: number; resolve: () => void }> = [];
  const check = (): void => {
    for (const w of [...waiters]) {
      if (w.pattern.test(output.slice(w.from))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  child.stdout.on('data', (d: Buffer) => {
    output += d.toString();
    check();
  });
  child.stderr.on('data', (d: Buffer) => {
    output += d.toString();
    check();
  });
  const next = (pattern: RegExp): Promise<void> =>
    new Promise((resolve, reject) => {
      waiters.push({ pattern, from: output.length, resolve });
      child.on('close', () => reject(new Error(`watch mode ended:\n${output}`)));
    });
  try {
    await next(/\[kroniek\] watching for changes/);
    const page = path.join(out, 'artikelen', '2021-12-07-biden-waarschuwt-poetin-in-videogesprek-voor-zware-sancties', 'index.html');
    const month = path.join(out, '2021', '12', 'index.html');
    assert.ok(existsSync(page) && existsSync(month));
    assert.ok(existsSync(`${out}.lock`), 'the output is locked while watch mode runs');

    // Let the watcher settle, as src/bench/watch.ts does: an event in its first second can be missed.
    await new Promise((r) => setTimeout(r, 2000));
    const rebuilt = next(/\[kroniek\] \d+ pages written[^\n]*removed/);
    await rm(path.join(articles, '03-videogesprek.txt'));
    await rebuilt;
    assert.ok(!existsSync(page), 'the article page is gone');
    assert.ok(!existsSync(month), 'the month page only it filled is gone');
    assert.deepEqual((await crawl(out, '/')).broken, []);
  } finally {
    const closed = new Promise((resolve) => child.on('close', resolve));
    child.kill('SIGTERM');
    await closed;
    assert.ok(!existsSync(`${out}.lock`), 'the lock is released when watch mode stops');
    await rm(tmp, { recursive: true, force: true });
  }
});
