/**
 * Per-file ingest cache, keyed by content: sha1 of (ingest version, path, bytes). `ingestFile` is
 * pure, so an unchanged file under unchanged ingest code gives the same result — while `npm start`
 * watches, an edit to one article re-parses that one file only. The version key hashes the ingest
 * sources and data files, so editing a noise pattern or the gazetteer invalidates everything.
 *
 * Entries live in memory (one per file path, so a watched archive never grows the cache beyond its
 * file count) and optionally on disk under `dir/<version>/<key>.json` for cold starts.
 * Cached results are shared between builds: consumers must treat records as read-only.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ingestBatch, ingestFile, type FileIngest, type SourceFile } from './pipeline.ts';
import { ingestVersion } from './version.ts';

export { ingestVersion };

export interface IngestCacheOptions {
  /** Directory for persisted entries (e.g. `.cache/ingest`); null or absent: memory only. */
  dir?: string | null;
  /** Defaults to `ingestVersion()`; tests pass their own. */
  version?: string;
  /** The function whose results are cached; defaults to `ingestFile`. */
  ingest?: (source: SourceFile) => FileIngest;
}

export interface IngestCacheStats {
  hits: number;
  diskHits: number;
  misses: number;
}

export interface IngestCache {
  /** The cached result for this file's bytes, or a fresh one (then remembered). */
  ingest(source: SourceFile): FileIngest;
  /** `ingest` for many files, in order; the misses are parsed together, a batch at a time (pipeline.ts). */
  ingestAll(sources: readonly SourceFile[]): FileIngest[];
  get(file: string, bytes: Uint8Array): FileIngest | undefined;
  set(file: string, bytes: Uint8Array, result: FileIngest): void;
  /** Write new entries to disk (no-op without `dir`). */
  flush(): Promise<void>;
  readonly stats: IngestCacheStats;
}

export function createIngestCache(options: IngestCacheOptions = {}): IngestCache {
  const key = options.version ?? ingestVersion();
  const compute = options.ingest ?? ingestFile;
  const computeAll = options.ingest ? (sources: readonly SourceFile[]) => sources.map(compute) : ingestBatch;
  const dir = options.dir ? path.join(path.resolve(options.dir), key) : null;
  const memory = new Map<string, { hash: string; result: FileIngest }>();
  const pending = new Map<string, FileIngest>();
  const stats: IngestCacheStats = { hits: 0, diskHits: 0, misses: 0 };

  const hashOf = (file: string, bytes: Uint8Array): string =>
    createHash('sha1').update(key).update('\0').update(file).update('\0').update(bytes).digest('hex');

  const lookup = (file: string, hash: string): FileIngest | undefined => {
    const entry = memory.get(file);
    if (entry?.hash === hash) {
      stats.hits++;
      return entry.result;
    }
    if (!dir) return undefined;
    try {
      const result = JSON.parse(readFileSync(path.join(dir, `${hash}.json`), 'utf8')) as FileIngest;
      if (result.file !== file) return undefined;
      memory.set(file, { hash, result });
      stats.diskHits++;
      return result;
    } catch {
      return undefined;
    }
  };

  const store = (file: string, hash: string, result: FileIngest): void => {
    memory.set(file, { hash, result });
    if (dir) pending.set(hash, result);
  };

  return {
    stats,
    ingest(source) {
      const hash = hashOf(source.file, source.bytes);
      const cached = lookup(source.file, hash);
      if (cached) return cached;
      stats.misses++;
      const result = compute(source);
      store(source.file, hash, result);
      return result;
    },
    ingestAll(sources) {
      const results: (FileIngest | undefined)[] = [];
      const misses: { at: number; hash: string; source: SourceFile }[] = [];
      sources.forEach((source, at) => {
        const hash = hashOf(source.file, source.bytes);
        const cached = lookup(source.file, hash);
        results.push(cached);
        if (!cached) misses.push({ at, hash, source });
      });
      stats.misses += misses.length;
      computeAll(misses.map((m) => m.source)).forEach((result, i) => {
        const miss = misses[i] as (typeof misses)[number];
        store(miss.source.file, miss.hash, result);
        results[miss.at] = result;
      });
      return results as FileIngest[];
    },
    get(file, bytes) {
      return lookup(file, hashOf(file, bytes));
    },
    set(file, bytes, result) {
      store(file, hashOf(file, bytes), result);
    },
    async flush() {
      if (!dir || pending.size === 0) return;
      await mkdir(dir, { recursive: true });
      await pruneOtherVersions(path.dirname(dir), key);
      const entries = [...pending];
      pending.clear();
      for (let i = 0; i < entries.length; i += 64) {
        await Promise.all(
          entries.slice(i, i + 64).map(([hash, result]) => writeFile(path.join(dir, `${hash}.json`), JSON.stringify(result))),
        );
      }
    },
  };
}

/** Entries of older ingest versions can never hit again. */
async function pruneOtherVersions(root: string, keep: string): Promise<void> {
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== keep && /^[0-9a-f]{16}$/.test(entry.name)) {
      await rm(path.join(root, entry.name), { recursive: true, force: true });
    }
  }
}

let shared: IngestCache | null = null;

/**
 * The process-wide cache `loadArchive` uses: survives rebuilds in `npm start`. A bundled worker
 * passes the main thread's `version`, since it cannot hash the sources it was bundled from. Persisted when
 * INGEST_CACHE_DIR is set (e.g. `INGEST_CACHE_DIR=.cache/ingest npm run build`); INGEST_CACHE=off
 * disables it.
 */
export function sharedIngestCache(version?: string): IngestCache {
  shared ??=
    process.env.INGEST_CACHE === 'off'
      ? uncached()
      : createIngestCache({ dir: process.env.INGEST_CACHE_DIR || null, ...(version ? { version } : {}) });
  return shared;
}

/** INGEST_CACHE=off: same interface, never remembers (to measure what the cache saves). */
function uncached(): IngestCache {
  const stats: IngestCacheStats = { hits: 0, diskHits: 0, misses: 0 };
  return {
    stats,
    ingest(source) {
      stats.misses++;
      return ingestFile(source);
    },
    ingestAll(sources) {
      stats.misses += sources.length;
      return ingestBatch(sources);
    },
    get: () => undefined,
    set: () => undefined,
    flush: async () => undefined,
  };
}

/** All sources through a cache, in order. */
export function cachedIngest(sources: SourceFile[], cache: IngestCache = sharedIngestCache()): FileIngest[] {
  return cache.ingestAll(sources);
}
