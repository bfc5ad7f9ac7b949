/**
 * Files and folders on disk → ingested files. Reading is the only I/O in ingest. Files go through
 * the per-file content cache of src/cache.ts. One thread: on two cores, worker threads for ingest
 * measured slower, since V8's parallel garbage collection already keeps the second core busy (and
 * in a build the archive worker is that thread, beside Eleventy).
 */
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
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
      results.push(
        failure(toPosix(target), 'load/missing', `cannot read ${target}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`),
      );
    }
  }
  const root = path.resolve(options.root ?? defaultRoot ?? '.');
  const relative = [...new Set(files)].map((full) => ({ full, file: toPosix(path.relative(root, full)) }));
  relative.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // Synchronous reads: from the OS page cache they take ~30 µs a file, less than the four
  // thread-pool round trips of an asynchronous read, and ingest waits for them anyway.
  const slots = relative.map(({ full, file }): FileIngest | SourceFile => {
    try {
      return { file, bytes: readFileSync(full) };
    } catch (error) {
      return failure(file, 'load/read', `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  });
  const isSource = (slot: FileIngest | SourceFile): slot is SourceFile => 'bytes' in slot;
  for (const slot of slots) results.push(isSource(slot) ? cache.ingest(slot) : slot);
  await cache.flush();
  return results;
}

export async function loadArchive(paths: string | string[], options: LoadOptions = {}): Promise<IngestResult> {
  return mergeIngests(await loadFileIngests(paths, options));
}
