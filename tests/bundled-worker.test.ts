/** src/bundled-worker.ts: a bundle behaves like its sources (module URLs, CommonJS deps, esbuild). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { bundleWorker, startBundledWorker } from '../src/bundled-worker.ts';

const entry = new URL('./fixtures/bundle/entry.ts', import.meta.url);

test('a bundled worker sees each module at its source URL, can require CommonJS packages and import esbuild', async () => {
  const worker = await startBundledWorker(entry);
  try {
    const [message] = (await once(worker, 'message')) as [Record<string, unknown>];
    assert.deepEqual(message, {
      own: entry.href,
      sibling: new URL('./fixtures/bundle/data.json', import.meta.url).href,
      esbuild: 'function',
      matter: 'ok',
    });
  } finally {
    await worker.terminate();
  }
});

test('the bundle is made once per process and lives outside the sources', async () => {
  const file = await bundleWorker(entry);
  assert.equal(await bundleWorker(entry), file);
  assert.match(pathToFileURL(file).href, /\/node_modules\/\.cache\/kroniek\/entry-[0-9a-f]{16}\.mjs$/);
});
