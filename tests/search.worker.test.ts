/** The search index built in a worker thread equals the one built on the main thread; failures fall back. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ingestFiles } from '../src/ingest.ts';
import { generateCorpus } from '../src/bench/corpus.ts';
import { buildSearchIndexInWorker, buildSiteSearchIndex } from '../src/search/index-worker.ts';
import searchPlugin, { type EleventyConfigLike } from '../src/search/plugin.ts';
import type { ArticleRecord } from '../src/types.ts';

const encoder = new TextEncoder();
const records: ArticleRecord[] = ingestFiles(
  generateCorpus({ articles: 80, seed: 7 }).map((f) => ({ file: f.file, bytes: encoder.encode(f.text) })),
).records;

test('buildSearchIndexInWorker: same files as buildSearchIndex on the main thread', async () => {
  assert.ok(records.length >= 80);
  const inWorker = await buildSearchIndexInWorker(records);
  assert.deepEqual(inWorker, buildSiteSearchIndex(records));
});

test('buildSearchIndexInWorker: a failing worker rejects instead of hanging', async () => {
  await assert.rejects(buildSearchIndexInWorker(records, () => new Worker('throw new Error("boom")', { eval: true })));
  await assert.rejects(buildSearchIndexInWorker(records, () => new Worker('process.exit(0)', { eval: true })));
  await assert.rejects(buildSearchIndexInWorker(records, () => { throw new Error('no threads'); }));
});

async function tree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, full), (await readFile(full)).toString('base64'));
  }
  return out;
}

test('search plugin: index started in eleventy.before is written in eleventy.after, same as a main-thread build', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'kroniek-search-plugin-'));
  try {
    type Handler = (arg: { directories?: { output: string } }) => unknown;
    const handlers = new Map<string, Handler[]>();
    const config: EleventyConfigLike = {
      on: (event, callback) => handlers.set(event, [...(handlers.get(event) ?? []), callback]),
      addGlobalData: () => undefined,
    };
    searchPlugin(config, { getRecords: () => records, workerMinRecords: 0 });
    const emit = async (event: string, output: string): Promise<void> => {
      for (const h of handlers.get(event) ?? []) await h({ directories: { output } });
    };
    // Early path: before, then after.
    await emit('eleventy.before', path.join(root, 'early'));
    await emit('eleventy.after', path.join(root, 'early'));
    // No before (the early index is unavailable): built on the main thread in after.
    await emit('eleventy.after', path.join(root, 'late'));
    const early = await tree(path.join(root, 'early'));
    assert.ok(early.has(path.join('search', 'manifest.json')));
    assert.deepEqual(early, await tree(path.join(root, 'late')));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
