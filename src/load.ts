/**
 * Files and folders on disk → ingested files. Reading is the only I/O in ingest; it happens in
 * one loop with `ingestFile`, through the per-file content cache of src/cache.ts.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { sharedIngestCache } from './cache.ts';
import { mergeIngests, type FileIngest } from './ingest.ts';
import type { IngestResult } from './types.ts';

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
export async function loadFileIngests(paths: string | string[], options: { root?: string } = {}): Promise<FileIngest[]> {
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
  for (const { full, file } of relative) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(full));
    } catch (error) {
      results.push(failure(file, 'load/read', `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`));
      continue;
    }
    // Content-hash cache: in watch mode only edited files are parsed again (src/cache.ts).
    results.push(sharedIngestCache().ingest({ file, bytes }));
  }
  await sharedIngestCache().flush();
  return results;
}

export async function loadArchive(paths: string | string[], options: { root?: string } = {}): Promise<IngestResult> {
  return mergeIngests(await loadFileIngests(paths, options));
}
