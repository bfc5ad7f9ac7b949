/**
 * The version of ingest's code and data, a key of the per-file cache (cache.ts). Its own module
 * so the build's main thread can compute it without loading the ingest pipeline.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const INGEST_DIR = path.dirname(fileURLToPath(import.meta.url));
const SRC_DIR = path.dirname(INGEST_DIR);
const ENTRY = path.join(INGEST_DIR, 'pipeline.ts');
const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

let version: string | null = null;

/**
 * Every file ingest's output depends on: the modules and data files reachable from the pipeline
 * by relative imports. Following the imports keeps the key exact: editing a site or build module
 * keeps the cache, editing a noise pattern or a shared record helper drops it.
 */
export function ingestInputs(entry = ENTRY): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.ts')) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      queue.push(path.resolve(path.dirname(file), match[1] as string));
    }
  }
  return [...seen].sort();
}

/** Hash of ingestInputs(), computed once per process: a watched build does not reload code. */
export function ingestVersion(): string {
  if (version) return version;
  const hash = createHash('sha1');
  for (const file of ingestInputs()) {
    hash.update(`${path.relative(SRC_DIR, file)}\0`);
    hash.update(readFileSync(file));
  }
  version = hash.digest('hex').slice(0, 16);
  return version;
}
