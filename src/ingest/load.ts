/**
 * Files and folders on disk → ingested files. Reading is the only I/O in ingest. Files go through
 * the per-file content cache of src/cache.ts. One thread: on two cores, worker threads for ingest
 * measured slower, since V8's parallel garbage collection already keeps the second core busy (and
 * in a build the archive worker is that thread, beside Eleventy).
 */
import { type Dirent, readdirSync, readFileSync, realpathSync, type Stats, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { sharedIngestCache, type IngestCache } from './cache.ts';
import type { FileIngest, SourceFile } from './file-ingest.ts';
import { mergeIngests } from './merge.ts';
import type { IngestResult } from '../record/types.ts';

export interface LoadOptions {
  /** Paths in results are relative to this; defaults to the first directory given. */
  root?: string;
  /** Defaults to the process-wide cache (`sharedIngestCache`). */
  cache?: IngestCache;
}

const ARTICLE_EXTENSIONS = /\.(txt|md|markdown)$/i;
const toPosix = (p: string): string => p.split(path.sep).join('/');
const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? String(error);

function failure(file: string, rule: string, message: string): FileIngest {
  return { file, records: [], warnings: [], errors: [{ file, line: null, rule, message }], dropped: [] };
}

function skipped(file: string, rule: string, message: string): FileIngest {
  return { file, records: [], warnings: [{ file, line: null, rule, message }], errors: [], dropped: [] };
}

/** What a walk found: article files to read, and folders or entries it could not use (absolute paths). */
interface Found {
  files: string[];
  problems: Array<{ full: string; rule: string; message: string; error: boolean }>;
}

/** FIFOs, sockets and devices are never opened: reading a FIFO waits for a writer forever. */
function kindOf(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  return info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : 'not a regular file';
}

/**
 * Article files under `dir`, folder by folder: a folder that cannot be read is reported by its own
 * path and its siblings are still read. Hidden entries are skipped; links are followed, each real
 * folder once (a link loop ends there).
 */
function walk(dir: string, found: Found, seen: Set<string>): void {
  let entries: Dirent[];
  try {
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    found.problems.push({ full: dir, rule: 'load/folder', message: `cannot read folder: ${errorCode(error)}`, error: true });
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    let info: Dirent | Stats = e;
    if (e.isSymbolicLink()) {
      try {
        info = statSync(full);
      } catch (error) {
        if (ARTICLE_EXTENSIONS.test(e.name))
          found.problems.push({ full, rule: 'load/read', message: `cannot read file: ${errorCode(error)}`, error: true });
        continue;
      }
    }
    if (info.isDirectory()) walk(full, found, seen);
    else if (!ARTICLE_EXTENSIONS.test(e.name)) continue;
    else if (info.isFile()) found.files.push(full);
    else found.problems.push({ full, rule: 'load/not-a-file', message: `${kindOf(info)}, not a file; skipped`, error: false });
  }
}

/** Every article file under `paths`, ingested in sorted order. */
export async function loadFileIngests(paths: string | string[], options: LoadOptions = {}): Promise<FileIngest[]> {
  const cache = options.cache ?? sharedIngestCache();
  const targets = (Array.isArray(paths) ? paths : [paths]).map((p) => path.resolve(p));
  const results: FileIngest[] = [];
  const found: Found = { files: [], problems: [] };
  const seen = new Set<string>();
  let defaultRoot: string | undefined;
  for (const target of targets) {
    let info: Stats;
    try {
      info = await stat(target);
    } catch (error) {
      results.push(failure(toPosix(target), 'load/missing', `cannot read ${target}: ${errorCode(error)}`));
      continue;
    }
    defaultRoot ??= info.isDirectory() ? target : path.dirname(target);
    if (info.isDirectory()) walk(target, found, seen);
    else if (info.isFile()) found.files.push(target);
    else found.problems.push({ full: target, rule: 'load/not-a-file', message: `${kindOf(info)}, not a file; skipped`, error: false });
  }
  const root = path.resolve(options.root ?? defaultRoot ?? '.');
  const rel = (full: string): string => toPosix(path.relative(root, full)) || toPosix(full);
  // Files and problems in one sorted list, so that a report reads in file order.
  const slots: Array<{ file: string; full: string } | { file: string; ingest: FileIngest }> = [
    ...[...new Set(found.files)].map((full) => ({ file: rel(full), full })),
    ...found.problems.map((p) => {
      const file = rel(p.full);
      return { file, ingest: p.error ? failure(file, p.rule, p.message) : skipped(file, p.rule, p.message) };
    }),
  ];
  slots.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // Synchronous reads: from the OS page cache they take ~30 µs a file, less than the four
  // thread-pool round trips of an asynchronous read, and ingest waits for them anyway.
  const sources = slots.map((slot): FileIngest | SourceFile => {
    if ('ingest' in slot) return slot.ingest;
    try {
      return { file: slot.file, bytes: readFileSync(slot.full) };
    } catch (error) {
      return failure(slot.file, 'load/read', `cannot read file: ${errorCode(error)}`);
    }
  });
  const isSource = (slot: FileIngest | SourceFile): slot is SourceFile => 'bytes' in slot;
  const ingested = cache.ingestAll(sources.filter(isSource));
  let next = 0;
  for (const slot of sources) results.push(isSource(slot) ? (ingested[next++] as FileIngest) : slot);
  await cache.flush();
  return results;
}

export async function loadArchive(paths: string | string[], options: LoadOptions = {}): Promise<IngestResult> {
  return mergeIngests(await loadFileIngests(paths, options));
}
