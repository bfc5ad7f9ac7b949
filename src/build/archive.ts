/**
 * The archive for each build: read and parsed in a worker thread, which then also writes the
 * outputs made from the full records (records.json, the search index; src/site/publish.ts) while
 * the main thread renders pages. The main thread receives the records without `blocks`, which no
 * page shows. Should the worker fail in any way, the same work runs on the main thread instead,
 * with a warning: the worker can make a build faster, never break it. ARCHIVE_WORKER=off turns
 * it off.
 */
import type { Worker } from 'node:worker_threads';
import { startBundledWorker } from './bundled-worker.ts';
import { ingestVersion } from '../ingest/version.ts';
import type { ArticleRecord, IngestResult } from '../record/types.ts';
import { isArchiveReply, type ArchiveReply, type ArchiveRequest, type ArchiveWorkerData } from './archive-protocol.ts';

/**
 * The main-thread fallbacks, imported only when needed: with the worker, the main thread never
 * loads the ingest pipeline or the index builder (~1 s of start-up through tsx).
 */
const loadHere = async (paths: string[]): Promise<IngestResult> => (await import('../ingest/load.ts')).loadArchive(paths);
const publishHere = async (result: IngestResult, outputDir: string): Promise<void> =>
  (await import('./publish.ts')).publishArchive(result, outputDir);

export interface ArchiveOptions {
  /** false: ingest and publish on the main thread. */
  worker?: boolean;
  /** Starts the worker; tests replace it to simulate failures. */
  start?: (data: ArchiveWorkerData) => Promise<Worker>;
  warn?: (line: string) => void;
}

interface Loaded {
  id: number;
  inWorker: boolean;
  result: IngestResult;
}

const WORKER_URL = new URL('./archive-worker.ts', import.meta.url);

/** Each request waits under its own key: a load and the publish of the same load share an id. */
const waitKey = (id: number, type: ArchiveRequest['type']): string => `${type}:${id}`;

export class Archive {
  private worker: Promise<Worker> | null = null;
  private failed = false;
  private nextId = 1;
  private readonly waiting = new Map<string, { resolve: (reply: ArchiveReply) => void; reject: (error: Error) => void }>();
  private current: Promise<Loaded> | null = null;
  /** Records of loads in progress, as their parts arrive. */
  private readonly parts = new Map<number, ArticleRecord[]>();

  constructor(
    private readonly paths: string[],
    private readonly options: ArchiveOptions = {},
  ) {}

  /** Reads and parses the archive afresh (through the per-file cache). */
  load(): Promise<IngestResult> {
    const current = this.loadFor(this.nextId++);
    this.current = current;
    return current.then((loaded) => loaded.result);
  }

  /**
   * Starts writing records.json and the search index of the last load into `outputDir`, and
   * returns the function that waits for them. The worker starts at once, alongside the pages;
   * on the main thread the work waits until that function is called, after the pages.
   */
  publish(outputDir: string): () => Promise<void> {
    const current = this.current;
    if (!current) throw new Error('Archive.publish called before Archive.load');
    const inWorker = current.then((loaded) =>
      loaded.inWorker ? this.request({ type: 'publish', id: loaded.id, outputDir }).then(() => true) : false,
    );
    inWorker.catch(() => undefined);
    return async () => {
      const loaded = await current;
      try {
        if (await inWorker) return;
      } catch (error) {
        this.giveUp(error);
        // The records here lack `blocks`: read the archive again for the full ones.
        await publishHere(await loadHere(this.paths), outputDir);
        return;
      }
      await publishHere(loaded.result, outputDir);
    };
  }

  /** Ends the worker (tests; a build's process ends without it, since the worker is unref'd). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await (await worker.catch(() => null))?.terminate();
  }

  private async loadFor(id: number): Promise<Loaded> {
    if (this.options.worker !== false && !this.failed) {
      try {
        const reply = await this.request({ type: 'load', id, paths: this.paths });
        if (reply.type === 'loaded') {
          const result = JSON.parse(reply.json) as IngestResult;
          result.records = this.parts.get(id) ?? [];
          return { id, inWorker: true, result };
        }
      } catch (error) {
        this.giveUp(error);
      } finally {
        this.parts.delete(id);
      }
    }
    return { id, inWorker: false, result: await loadHere(this.paths) };
  }

  private giveUp(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    const message = error instanceof Error ? error.message : String(error);
    (this.options.warn ?? console.warn)(`[kroniek] archive worker failed, continuing on the main thread: ${message}`);
    void this.close();
  }

  private async request(message: ArchiveRequest): Promise<ArchiveReply> {
    const worker = await (this.worker ??= this.startWorker());
    const reply = new Promise<ArchiveReply>((resolve, reject) => this.waiting.set(waitKey(message.id, message.type), { resolve, reject }));
    // Referenced only while a request is out, so an idle worker never keeps the process alive.
    worker.ref();
    worker.postMessage(message);
    try {
      const answer = await reply;
      if (answer.type === 'failed') throw new Error(answer.message);
      return answer;
    } finally {
      if (this.waiting.size === 0) worker.unref();
    }
  }

  private async startWorker(): Promise<Worker> {
    const start = this.options.start ?? ((data: ArchiveWorkerData) => startBundledWorker(WORKER_URL, data));
    const worker = await start({ kind: 'kroniek-archive', version: ingestVersion() });
    worker.unref();
    const settle = (type: ArchiveRequest['type'], reply: ArchiveReply): void => {
      const key = waitKey(reply.id, type);
      this.waiting.get(key)?.resolve(reply);
      this.waiting.delete(key);
    };
    const failAll = (error: Error): void => {
      for (const { reject } of this.waiting.values()) reject(error);
      this.waiting.clear();
    };
    worker.on('message', (message: unknown) => {
      if (!isArchiveReply(message)) return failAll(new Error('the archive worker sent an unknown message'));
      if (message.type === 'records') {
        let part: ArticleRecord[];
        try {
          part = JSON.parse(message.json) as ArticleRecord[];
        } catch {
          return failAll(new Error('the archive worker sent records that are not JSON'));
        }
        const got = this.parts.get(message.id);
        if (got) for (const record of part) got.push(record);
        else this.parts.set(message.id, part);
      } else if (message.type === 'failed') {
        // A failure answers whichever request of that id is waiting.
        for (const type of ['load', 'publish'] as const) settle(type, message);
      } else settle(message.type === 'loaded' ? 'load' : 'publish', message);
    });
    worker.on('error', (error) => failAll(error));
    worker.on('exit', (code) => failAll(new Error(`the archive worker exited (code ${code})`)));
    return worker;
  }
}
