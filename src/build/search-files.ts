/**
 * The site's search index: every published record, pointing at its article page, written to
 * `<output>/search/`. Built where the full records live (the archive worker, src/site/publish.ts).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleRecord } from '../record/types.ts';
import { articleUrl } from '../site/urls.ts';
import { buildSearchIndex } from '../search/build.ts';
import { INDEX_DIR } from '../search/format.ts';

export type SearchIndexFiles = Map<string, string | Uint8Array>;

/** Where the index points each record: the article page, relative to the site root. */
export const searchUrlFor = (record: ArticleRecord): string => articleUrl(record.id).replace(/^\//, '');

export const buildSiteSearchIndex = (records: readonly ArticleRecord[]): SearchIndexFiles =>
  buildSearchIndex(records, { urlFor: searchUrlFor });

/** Writes files under `dir`, creating each folder once. */
export async function writeFiles(dir: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const dirs = new Set<string>();
  for (const rel of files.keys()) dirs.add(path.dirname(path.join(dir, rel)));
  await Promise.all([...dirs].map((d) => mkdir(d, { recursive: true })));
  await Promise.all([...files].map(([rel, content]) => writeFile(path.join(dir, rel), content)));
}

export async function writeSearchIndex(outputDir: string, records: readonly ArticleRecord[]): Promise<void> {
  const index = buildSiteSearchIndex(records);
  const indexDir = path.join(outputDir, INDEX_DIR);
  // Old shards must not linger: their names are reused with other contents by the next build.
  await rm(indexDir, { recursive: true, force: true });
  await writeFiles(indexDir, index);
}
