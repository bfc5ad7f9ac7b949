/** Parallel ingest (worker threads) must give exactly the serial results, and survive worker failure. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { createIngestCache } from '../src/cache.ts';
import { ingestFile, type SourceFile } from '../src/ingest.ts';
import { ingestParallel } from '../src/ingest-parallel.ts';
import { loadArchive, loadFileIngests } from '../src/load.ts';
import { generateCorpus, writeCorpus } from '../src/bench/corpus.ts';

const encoder = new TextEncoder();

test('loadFileIngests: worker threads and the main thread alone give deep-equal results in the same order', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'kroniek-parallel-'));
  try {
    const { files } = await writeCorpus(dir, { articles: 600, seed: 11 });
    const parallelMin = 500;
    assert.ok(files > parallelMin, `corpus of ${files} files is large enough to go parallel`);
    const serialCache = createIngestCache({ version: 'serial' });
    const parallelCache = createIngestCache({ version: 'parallel' });
    const serial = await loadFileIngests(dir, { workers: 0, cache: serialCache });
    const parallel = await loadFileIngests(dir, { workers: 1, parallelMin, cache: parallelCache });
    assert.equal(parallel.length, files);
    assert.deepEqual(parallel, serial);
    assert.equal(parallelCache.stats.misses, files);
    // The parallel results are cached like serial ones: a second load parses nothing.
    const again = await loadArchive(dir, { workers: 1, parallelMin, cache: parallelCache });
    assert.equal(parallelCache.stats.hits, files);
    assert.deepEqual(again.records, (await loadArchive(dir, { workers: 0, cache: serialCache })).records);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

const sample = (): SourceFile[] =>
  generateCorpus({ articles: 60, seed: 3 }).map((f) => ({ file: f.file, bytes: encoder.encode(f.text) }));

test('ingestParallel: the real worker (bundled by esbuild) ingests exactly as the main thread does', async () => {
  const sources = sample();
  const counts = { main: 0, workers: 0 };
  const results = await ingestParallel(sources, { workers: 1, batchSize: 8, mainThread: false, counts });
  assert.equal(counts.workers, sources.length, 'every file went through the worker');
  assert.deepEqual(results, sources.map(ingestFile));
});

test('ingestParallel: a worker that crashes on start leaves all work to the main thread', async () => {
  const sources = sample();
  const crashing = (): Worker => new Worker('throw new Error("boom")', { eval: true });
  const results = await ingestParallel(sources, { workers: 2, batchSize: 4, start: crashing });
  assert.deepEqual(results, sources.map(ingestFile));
});

test('ingestParallel: a worker that dies holding batches gives them back', async () => {
  const sources = sample();
  // Says it is ready, takes work, then exits without answering.
  const quitter = (): Worker =>
    new Worker(
      `const { parentPort } = require('node:worker_threads');
       parentPort.on('message', () => setTimeout(() => process.exit(3), 20));
       parentPort.postMessage({ ready: true });`,
      { eval: true },
    );
  const results = await ingestParallel(sources, { workers: 1, batchSize: 2, start: quitter });
  assert.deepEqual(results, sources.map(ingestFile));
});

test('ingestParallel: a starter whose promise rejects (the bundle failed) leaves the work to the main thread', async () => {
  const sources = sample().slice(0, 12);
  const counts = { main: 0, workers: 0 };
  const start = (): Promise<Worker> => Promise.reject(new Error('esbuild failed'));
  const results = await ingestParallel(sources, { workers: 1, batchSize: 2, mainThread: false, start, counts });
  assert.equal(counts.workers, 0);
  assert.equal(counts.main, sources.length);
  assert.deepEqual(results, sources.map(ingestFile));
});

test('ingestParallel: a starter that throws (no threads) falls back to in-thread ingest', async () => {
  const sources = sample().slice(0, 10);
  const results = await ingestParallel(sources, { workers: 2, start: () => { throw new Error('no threads'); } });
  assert.deepEqual(results, sources.map(ingestFile));
});
