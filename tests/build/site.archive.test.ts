/**
 * The archive worker (src/site/archive.ts): the same records and the same published files
 * (records.json, search index) as the main thread alone, and any failure falls back to it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { writeCorpus } from '../../src/bench/corpus.ts';
import { Archive } from '../../src/build/archive.ts';
import type { IngestResult } from '../../src/record/types.ts';

async function tree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, full), (await readFile(full)).toString('base64'));
  }
  return out;
}

const withoutBlocks = (result: IngestResult): IngestResult => ({ ...result, records: result.records.map((r) => ({ ...r, blocks: [] })) });

async function withCorpus(run: (root: string, articles: string) => Promise<void>): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), 'kroniek-archive-'));
  try {
    const articles = path.join(root, 'articles');
    await writeCorpus(articles, { articles: 120, seed: 5 });
    await run(root, articles);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Loads and publishes once; returns the records the pages get and the published files. */
async function buildWith(archive: Archive, out: string): Promise<{ result: IngestResult; files: Map<string, string> }> {
  const result = await archive.load();
  await archive.publish(out)();
  return { result, files: await tree(out) };
}

test('Archive: the worker gives the main thread the records without blocks, and publishes the same files', async () => {
  await withCorpus(async (root, articles) => {
    const warnings: string[] = [];
    const worker = new Archive([articles], { warn: (w) => warnings.push(w) });
    const here = new Archive([articles], { worker: false });
    try {
      const viaWorker = await buildWith(worker, path.join(root, 'worker'));
      const onMain = await buildWith(here, path.join(root, 'main'));
      assert.deepEqual(warnings, [], 'the worker did not fall back');
      assert.ok(viaWorker.result.records.length >= 120);
      assert.ok(viaWorker.result.records.every((r) => r.blocks.length === 0 && r.html.length > 0));
      assert.ok(
        onMain.result.records.every((r) => r.blocks.length > 0),
        'the main-thread path keeps blocks',
      );
      assert.deepEqual(viaWorker.result, withoutBlocks(onMain.result));
      assert.ok(viaWorker.files.has(path.join('data', 'records.json')));
      assert.ok(viaWorker.files.has(path.join('search', 'manifest.json')));
      assert.deepEqual(viaWorker.files, onMain.files);
      // records.json carries the full records, blocks included.
      const exported = JSON.parse(
        Buffer.from(viaWorker.files.get(path.join('data', 'records.json')) ?? '', 'base64').toString('utf8'),
      ) as Array<{ blocks: unknown[] }>;
      assert.ok(exported.length > 0 && exported.every((r) => r.blocks.length > 0));
      // A second build in the same process: the worker's cache answers, the files are the same.
      const again = await buildWith(worker, path.join(root, 'again'));
      assert.deepEqual(again.files, viaWorker.files);
    } finally {
      await worker.close();
    }
  });
});

test('Archive: a worker that cannot start, crashes, or dies mid-build falls back with one warning', async () => {
  await withCorpus(async (root, articles) => {
    const expected = await buildWith(new Archive([articles], { worker: false }), path.join(root, 'expected'));
    const starters: Array<[string, () => Promise<Worker>]> = [
      ['no threads', () => Promise.reject(new Error('no threads'))],
      ['crash on start', async () => new Worker('throw new Error("boom")', { eval: true })],
      [
        'exit on request',
        async () => new Worker(`require('node:worker_threads').parentPort.on('message', () => process.exit(4));`, { eval: true }),
      ],
      [
        'nonsense reply',
        async () =>
          new Worker(
            `const { parentPort } = require('node:worker_threads'); parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, type: 'what' }));`,
            { eval: true },
          ),
      ],
    ];
    for (const [name, start] of starters) {
      const warnings: string[] = [];
      const archive = new Archive([articles], { start, warn: (w) => warnings.push(w) });
      const got = await buildWith(archive, path.join(root, name.replace(/\W+/g, '-')));
      assert.equal(warnings.length, 1, `${name}: one warning`);
      assert.match(warnings[0] ?? '', /archive worker failed, continuing on the main thread/);
      assert.deepEqual(got.result, expected.result, `${name}: same records`);
      assert.deepEqual(got.files, expected.files, `${name}: same files`);
      await archive.close();
    }
  });
});

test('Archive: a worker that loads but dies while publishing still gets the files written', async () => {
  await withCorpus(async (root, articles) => {
    const expected = await buildWith(new Archive([articles], { worker: false }), path.join(root, 'expected'));
    // Answers a load with the real records (minus blocks, as the real worker does), then exits.
    const json = JSON.stringify(withoutBlocks(expected.result));
    const start = async (): Promise<Worker> =>
      new Worker(
        `const { parentPort, workerData } = require('node:worker_threads');
         parentPort.on('message', (m) => m.type === 'load' ? parentPort.postMessage({ type: 'loaded', id: m.id, json: workerData }) : process.exit(5));`,
        { eval: true, workerData: json },
      );
    const warnings: string[] = [];
    const archive = new Archive([articles], { start: () => start(), warn: (w) => warnings.push(w) });
    const got = await buildWith(archive, path.join(root, 'got'));
    assert.equal(warnings.length, 1);
    assert.deepEqual(got.files, expected.files);
    await archive.close();
  });
});
