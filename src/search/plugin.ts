/**
 * Eleventy plugin: after each build, writes the search index to `<output>/search/` and bundles
 * the browser code (esbuild, fuse.js included) to `<output>/assets/js/`. It also offers the
 * published records as global data `searchRecords` for the search page's no-JavaScript list.
 *
 * The index is started in `eleventy.before`, as soon as the records are known, in a worker
 * thread (src/search/index-worker.ts): it is built while Eleventy renders the pages and only
 * written in `eleventy.after`. If the worker fails, the index is built on the main thread there.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { ArticleRecord } from '../types.ts';
import { isPublished, searchOrder } from './build.ts';
import { INDEX_DIR } from './format.ts';
import { buildSearchIndexInWorker, buildSiteSearchIndex, type SearchIndexFiles } from './index-worker.ts';

export interface SearchPluginOptions {
  getRecords: () => ArticleRecord[] | Promise<ArticleRecord[]>;
  /** Fewest records for which the index is built in a worker; defaults to `WORKER_MIN_RECORDS`. */
  workerMinRecords?: number;
}

/** The slice of Eleventy's config API this plugin uses (Eleventy ships no TypeScript types). */
export interface EleventyConfigLike {
  on(
    event: 'eleventy.after' | 'eleventy.before',
    callback: (arg: { directories?: { output: string }; dir?: { output: string } }) => unknown,
  ): unknown;
  addGlobalData(name: string, value: () => unknown): unknown;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const clientDir = path.resolve(here, '../client');
const cssFile = path.resolve(here, '../../public/search.css');

/** Bundled browser files, path relative to the site output → contents. */
export async function bundleClient(): Promise<Map<string, Uint8Array>> {
  const result = await build({
    entryPoints: {
      'search-boot': path.join(clientDir, 'boot.ts'),
      'search-ui': path.join(clientDir, 'ui.ts'),
      'search-worker': path.join(clientDir, 'worker.ts'),
    },
    outdir: 'assets/js',
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: path.resolve(here, '../..'),
  });
  const files = new Map<string, Uint8Array>();
  for (const file of result.outputFiles) {
    files.set(path.relative(path.resolve(here, '../..'), file.path).split(path.sep).join('/'), file.contents);
  }
  files.set('assets/search.css', new Uint8Array(await readFile(cssFile)));
  return files;
}

/**
 * Writes the index and the client bundle for `records` into the site output folder; `prebuilt`
 * passes an index or bundle already built for these records (the plugin starts both early).
 */
export async function writeSearchAssets(
  outputDir: string,
  records: readonly ArticleRecord[],
  prebuilt: { index?: SearchIndexFiles | null; client?: Promise<Map<string, Uint8Array>> | null } = {},
): Promise<void> {
  const index = prebuilt.index ?? buildSiteSearchIndex(records);
  const indexDir = path.join(outputDir, INDEX_DIR);
  // Old shards must not linger: their names are reused with other contents by the next build.
  await rm(indexDir, { recursive: true, force: true });
  const dirs = new Set<string>();
  for (const rel of index.keys()) dirs.add(path.dirname(path.join(indexDir, rel)));
  const client = await (prebuilt.client ?? bundleClient());
  for (const rel of client.keys()) dirs.add(path.dirname(path.join(outputDir, rel)));
  await Promise.all([...dirs].map((d) => mkdir(d, { recursive: true })));
  await Promise.all([
    ...[...index].map(([rel, content]) => writeFile(path.join(indexDir, rel), content)),
    ...[...client].map(([rel, content]) => writeFile(path.join(outputDir, rel), content)),
  ]);
}

/** Published records, newest first: the order the no-JavaScript list on /zoeken/ shows. */
export function publishedNewestFirst(records: readonly ArticleRecord[]): ArticleRecord[] {
  return searchOrder(records.filter(isPublished)).reverse();
}

export const WORKER_MIN_RECORDS = 3000;

interface EarlyIndex {
  /** The records the index is built for: reused only if the build still has the same ones. */
  records: readonly ArticleRecord[];
  index: Promise<SearchIndexFiles | null>;
}

export default function searchPlugin(eleventyConfig: EleventyConfigLike, options: SearchPluginOptions): void {
  let early: Promise<EarlyIndex | null> | null = null;
  let client: Promise<Map<string, Uint8Array>> | null = null;
  eleventyConfig.addGlobalData('searchRecords', async () => publishedNewestFirst(await options.getRecords()));
  eleventyConfig.on('eleventy.before', () => {
    client = bundleClient();
    client.catch(() => undefined);
    // SEARCH_INDEX_WORKER=off trades speed for memory: the worker's ~300 MiB at 10,000 articles
    // overlap the pages Eleventy holds; on the main thread the index is built after them instead.
    if (process.env.SEARCH_INDEX_WORKER === 'off') return;
    // Not awaited: the index and the bundle are built while Eleventy renders the pages. Failures
    // become null here and are retried (or reported) on the main thread in `eleventy.after`.
    early = Promise.resolve(options.getRecords()).then(
      (records) => ({
        records,
        // A worker needs ~1.5 s to start: below a few thousand records the index is built sooner here.
        index: records.length < (options.workerMinRecords ?? WORKER_MIN_RECORDS) ? Promise.resolve(null) : buildSearchIndexInWorker(records).catch((error: unknown) => {
          console.warn(`[kroniek] search index worker failed, building on the main thread: ${error instanceof Error ? error.message : String(error)}`);
          return null;
        }),
      }),
      () => null,
    );
  });
  eleventyConfig.on('eleventy.after', async ({ directories, dir }) => {
    // `directories` is the normalised output folder (it honours --output); `dir` is the config's.
    const output = directories?.output ?? dir?.output ?? '_site';
    const records = await options.getRecords();
    const started = await early;
    const index = started?.records === records ? await started.index : null;
    const bundle = client?.catch(() => bundleClient()) ?? null;
    early = null;
    client = null;
    await writeSearchAssets(output, records, { index, client: bundle });
  });
}
