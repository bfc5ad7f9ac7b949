/**
 * The version of ingest's code and data, a key of the per-file cache (src/cache.ts). Its own
 * module so the build's main thread can compute it without loading the ingest pipeline.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('./', import.meta.url));

let version: string | null = null;

/**
 * Hash of everything ingest's output depends on: `src/*.ts` (the ingest modules live at the top
 * of src/) and `src/data/*.json`. Computed once per process: a watched build does not reload code.
 */
export function ingestVersion(): string {
  if (version) return version;
  const hash = createHash('sha1');
  for (const dir of [SRC, path.join(SRC, 'data')]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => /\.(ts|json)$/.test(n)).sort()) {
      hash.update(`${path.basename(dir)}/${name}\0`);
      hash.update(readFileSync(path.join(dir, name)));
    }
  }
  version = hash.digest('hex').slice(0, 16);
  return version;
}

