/**
 * Many files → their ingests, spread over worker threads and the main thread. Work goes out in
 * small batches from one queue, so a worker that starts slowly (it is bundled first, see
 * src/bundled-worker.ts) or not at all simply takes fewer batches; results land in their input slots, so
 * the order and the results equal `sources.map(ingestFile)`. Any worker failure puts its batches
 * back on the queue for the main thread: a worker can never fail the build.
 */
import type { Worker } from 'node:worker_threads';
import { ingestFile, type FileIngest, type SourceFile } from './ingest.ts';
import type { IngestBatch } from './ingest-worker.ts';
import { startBundledWorker } from './bundled-worker.ts';

export interface ParallelOptions {
  workers: number;
  /** Files per batch: small enough to balance, large enough that messaging stays cheap. */
  batchSize?: number;
  /** Starts one worker; tests replace it to simulate failures. */
  start?: () => Worker | Promise<Worker>;
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

function isReady(value: unknown): value is { ready: true } {
  return typeof value === 'object' && value !== null && 'ready' in value && value.ready === true;
}

export async function ingestParallel(sources: readonly SourceFile[], options: ParallelOptions): Promise<FileIngest[]> {
  const batchSize = options.batchSize ?? 48;
  const start = options.start ?? (() => startBundledWorker(WORKER_URL));
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

  let starting = 0;
  let finished = false;
  const attach = (worker: Worker): void => {
    workers.push(worker);
    if (finished) {
      void worker.terminate();
      return;
    }
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
      } else if (!isReady(message)) {
        return retire(worker);
      }
      feed(worker);
    });
    // Nothing is posted before 'ready': a worker that never starts never holds work.
    inFlight.set(worker, new Map());
    worker.on('error', () => retire(worker));
    worker.on('exit', () => retire(worker));
  };
  // Workers start (bundle, then thread) while the main thread already ingests.
  for (let n = 0; n < options.workers; n++) {
    starting++;
    void (async () => {
      try {
        attach(await start());
      } catch {
        // No worker: the main thread does its share.
      } finally {
        starting--;
        changed();
      }
    })();
  }
  try {
    for (;;) {
      // The main thread takes batches from the front, workers from the back.
      const batch = options.mainThread !== false || (inFlight.size === 0 && starting === 0) ? queue.shift() : undefined;
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
    finished = true;
    for (const worker of workers) {
      inFlight.delete(worker);
      void worker.terminate();
    }
  }
  return results.map((result, i) => result ?? ingestFile(sources[i] as SourceFile));
}
