/**
 * Many files → their ingests, spread over worker threads and the main thread. Work goes out in
 * small batches from one queue, so a worker that starts slowly (it loads tsx and the ingest
 * modules first) or not at all simply takes fewer batches; results land in their input slots, so
 * the order and the results equal `sources.map(ingestFile)`. Any worker failure puts its batches
 * back on the queue for the main thread: a worker can never fail the build.
 */
import type { Worker } from 'node:worker_threads';
import { ingestFile, type FileIngest, type SourceFile } from './ingest.ts';
import type { IngestBatch } from './ingest-worker.ts';
import { startTsWorker } from './workers.ts';

export interface ParallelOptions {
  workers: number;
  /** Files per batch: small enough to balance, large enough that messaging stays cheap. */
  batchSize?: number;
  /** Starts one worker; tests replace it to simulate failures. */
  start?: () => Worker;
  /**
   * The main thread's `ingestVersion()`. A worker loads the ingest sources from disk when it starts;
   * if they were edited since the main thread loaded them (a code edit during `npm start`), the
   * worker's version differs and it is not used.
   */
  version?: string;
  /** false: the main thread only waits, unless no worker is left (tests use it to exercise workers). */
  mainThread?: boolean;
  /** Filled with the number of files each side ingested. */
  counts?: { main: number; workers: number };
}

const WORKER_URL = new URL('./ingest-worker.ts', import.meta.url);
/** Batches a worker holds at once, so it never idles while the main thread is busy with its own. */
const IN_FLIGHT = 2;

function isResult(value: unknown): value is { id: number; json: string } {
  return typeof value === 'object' && value !== null && 'id' in value && 'json' in value && typeof value.json === 'string';
}

function isReady(value: unknown): value is { ready: true; version?: unknown } {
  return typeof value === 'object' && value !== null && 'ready' in value && value.ready === true;
}

export async function ingestParallel(sources: readonly SourceFile[], options: ParallelOptions): Promise<FileIngest[]> {
  const batchSize = options.batchSize ?? 48;
  const start = options.start ?? (() => startTsWorker(WORKER_URL));
  const results: Array<FileIngest | undefined> = new Array(sources.length);
  const queue: number[][] = [];
  for (let i = 0; i < sources.length; i += batchSize) {
    queue.push(Array.from({ length: Math.min(batchSize, sources.length - i) }, (_, k) => i + k));
  }
  let nextId = 0;
  const workers: Worker[] = [];
  const inFlight = new Map<Worker, Map<number, number[]>>();
  let wake: (() => void) | null = null;
  const changed = (): void => {
    wake?.();
    wake = null;
  };

  const feed = (worker: Worker): void => {
    const held = inFlight.get(worker);
    if (!held) return;
    while (held.size < IN_FLIGHT && queue.length > 0) {
      const batch = queue.pop();
      if (!batch) break;
      const id = nextId++;
      held.set(id, batch);
      const message: IngestBatch = { id, sources: batch.map((i) => sources[i] as SourceFile) };
      worker.postMessage(message);
    }
  };
  const retire = (worker: Worker): void => {
    const held = inFlight.get(worker);
    if (!held) return;
    inFlight.delete(worker);
    for (const batch of held.values()) queue.push(batch);
    void worker.terminate();
    changed();
  };

  for (let n = 0; n < options.workers; n++) {
    let worker: Worker;
    try {
      worker = start();
    } catch {
      break;
    }
    workers.push(worker);
    worker.on('message', (message: unknown) => {
      const held = inFlight.get(worker);
      if (!held) return;
      if (isResult(message)) {
        const batch = held.get(message.id);
        let parsed: unknown = null;
        try {
          parsed = batch ? JSON.parse(message.json) : null;
        } catch {
          // Handled below like any other bad answer: the batch goes back to the queue.
        }
        if (!batch || !Array.isArray(parsed) || parsed.length !== batch.length) return retire(worker);
        held.delete(message.id);
        batch.forEach((slot, k) => { results[slot] = parsed[k] as FileIngest; });
        if (options.counts) options.counts.workers += batch.length;
        changed();
      } else if (!isReady(message) || (options.version !== undefined && message.version !== options.version)) {
        return retire(worker);
      }
      feed(worker);
    });
    // Nothing is posted before 'ready': a worker that never starts never holds work.
    inFlight.set(worker, new Map());
    worker.on('error', () => retire(worker));
    worker.on('exit', () => retire(worker));
  }
  try {
    for (;;) {
      // The main thread takes batches from the front, workers from the back.
      const batch = options.mainThread !== false || inFlight.size === 0 ? queue.shift() : undefined;
      if (batch) {
        for (const i of batch) results[i] = ingestFile(sources[i] as SourceFile);
        if (options.counts) options.counts.main += batch.length;
        // Let worker messages in: results arrive and workers get their next batch.
        await new Promise<void>((resolve) => setImmediate(resolve));
        continue;
      }
      let pending = 0;
      for (const held of inFlight.values()) pending += held.size;
      if (pending === 0 && queue.length === 0) break;
      await new Promise<void>((resolve) => { wake = resolve; });
    }
  } finally {
    for (const worker of workers) {
      inFlight.delete(worker);
      void worker.terminate();
    }
  }
  return results.map((result, i) => result ?? ingestFile(sources[i] as SourceFile));
}
