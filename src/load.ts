/**
 * Files and folders on disk → ingested files. Reading is the only I/O in ingest. Files go through
 * the per-file content cache of src/cache.ts; when many miss it, they are ingested in worker
 * threads as well (src/ingest-parallel.ts), with the same results in the same order.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { sharedIngestCache, type IngestCache } from './cache.ts';
import { mergeIngests, type FileIngest, type SourceFile } from './ingest.ts';
import { ingestParallel } from './ingest-parallel.ts';
import type { IngestResult } from './types.ts';

export interface LoadOptions {
  /** Paths in results are relative to this; defaults to the first directory given. */
  root?: string;
  /** Defaults to the process-wide cache (`sharedIngestCache`). */
  cache?: IngestCache;
  /**
   * Worker threads for cache misses; default: one per spare core, at most two (INGEST_WORKERS
   * overrides, 0 disables). Used only above `PARALLEL_MIN` misses: a bundled worker starts in
   * ~0.2 s, and its results cost the main thread ~0.1 ms per file to parse.
   */
  workers?: number;
  /** Fewest cache misses worth starting workers for; defaults to `PARALLEL_MIN`. */
  parallelMin?: number;
  /** Starts one ingest worker; defaults to bundling src/ingest-worker.ts (src/bundled-worker.ts). */
  startWorker?: () => Worker | Promise<Worker>;
}

export const PARALLEL_MIN = 2_000;

function defaultWorkers(): number {
  const fromEnv = Number(process.env.INGEST_WORKERS);
  if (process.env.INGEST_WORKERS && Number.isInteger(fromEnv) && fromEnv >= 0) return fromEnv;
  return Math.max(0, Math.min(2, availableParallelism() - 1));
}

const READ_CONCURRENCY = 64;

const ARTICLE_EXTENSIONS = /\.(txt|md|markdown)$/i;
const isHidden = (relative: string): boolean => relative.split(/[\\/]/).some((part) => part.startsWith('.'));
const toPosix = (p: string): string => p.split(path.sep).join('/');

async function listArticleFiles(target: string): Promise<string[]> {
  const info = await stat(target);
  if (!info.isDirectory()) return [target];
  const entries = await readdir(target, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((full) => !isHidden(path.relative(target, full)));
}

function failure(file: string, rule: string, message: string): FileIngest {
  return { file, records: [], warnings: [], errors: [{ file, line: null, rule, message }], dropped: [] };
}

/** Every article file under `paths`, ingested one by one, in sorted order. */
export async function loadFileIngests(paths: string | string[], options: LoadOptions = {}): Promise<FileIngest[]> {
  const cache = options.cache ?? sharedIngestCache();
  const targets = (Array.isArray(paths) ? paths : [paths]).map((p) => path.resolve(p));
  const results: FileIngest[] = [];
  const files: string[] = [];
  let defaultRoot: string | undefined;
  for (const target of targets) {
    try {
      const isDir = (await stat(target)).isDirectory();
      defaultRoot ??= isDir ? target : path.dirname(target);
      files.push(...(await listArticleFiles(target)));
    } catch (error) {
      results.push(failure(toPosix(target), 'load/missing', `cannot read ${target}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`));
    }
  }
  const root = path.resolve(options.root ?? defaultRoot ?? '.');
  const relative = [...new Set(files)].map((full) => ({ full, file: toPosix(path.relative(root, full)) }));
  relative.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const slots: Array<FileIngest | SourceFile> = [];
  for (let i = 0; i < relative.length; i += READ_CONCURRENCY) {
    slots.push(...(await Promise.all(relative.slice(i, i + READ_CONCURRENCY).map(async ({ full, file }): Promise<FileIngest | SourceFile> => {
      try {
        return { file, bytes: new Uint8Array(await readFile(full)) };
      } catch (error) {
        return failure(file, 'load/read', `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
    }))));
  }
  const isSource = (slot: FileIngest | SourceFile): slot is SourceFile => 'bytes' in slot;
  const workers = options.workers ?? defaultWorkers();
  const parallelMin = options.parallelMin ?? PARALLEL_MIN;
  if (workers > 0 && slots.length > parallelMin) {
    // Content-hash cache first (src/cache.ts): in watch mode only edited files are parsed again.
    const misses: number[] = [];
    slots.forEach((slot, i) => {
      if (!isSource(slot)) return;
      const cached = cache.get(slot.file, slot.bytes);
      if (cached) slots[i] = cached;
      else misses.push(i);
    });
    if (misses.length > parallelMin) {
      const sources = misses.map((i) => slots[i] as SourceFile);
      const fresh = await ingestParallel(sources, { workers, ...(options.startWorker ? { start: options.startWorker } : {}) });
      cache.stats.misses += fresh.length;
      misses.forEach((slot, k) => {
        const source = sources[k] as SourceFile;
        const result = fresh[k] as FileIngest;
        cache.set(source.file, source.bytes, result);
        slots[slot] = result;
      });
    }
  }
  for (const slot of slots) results.push(isSource(slot) ? cache.ingest(slot) : slot);
  await cache.flush();
  return results;
}

export async function loadArchive(paths: string | string[], options: LoadOptions = {}): Promise<IngestResult> {
  return mergeIngests(await loadFileIngests(paths, options));
}
