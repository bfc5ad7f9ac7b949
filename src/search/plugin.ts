/**
 * Eleventy plugin: after each build, writes the search index to `<output>/search/` and bundles
 * the browser code (esbuild, fuse.js included) to `<output>/assets/js/`. It also offers the
 * published records as global data `searchRecords` for the search page's no-JavaScript list.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { ArticleRecord } from '../types.ts';
import { articleUrl } from '../site/urls.ts';
import { buildSearchIndex, isPublished, searchOrder } from './build.ts';
import { INDEX_DIR } from './format.ts';

export interface SearchPluginOptions {
  getRecords: () => ArticleRecord[] | Promise<ArticleRecord[]>;
}

/** The slice of Eleventy's config API this plugin uses (Eleventy ships no TypeScript types). */
export interface EleventyConfigLike {
  on(
    event: 'eleventy.after',
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

/** Writes the index and the client bundle for `records` into the site output folder. */
export async function writeSearchAssets(outputDir: string, records: readonly ArticleRecord[]): Promise<void> {
  const index = buildSearchIndex(records, { urlFor: (r) => articleUrl(r.id).replace(/^\//, '') });
  const indexDir = path.join(outputDir, INDEX_DIR);
  // Old shards must not linger: their names are reused with other contents by the next build.
  await rm(indexDir, { recursive: true, force: true });
  const dirs = new Set<string>();
  for (const rel of index.keys()) dirs.add(path.dirname(path.join(indexDir, rel)));
  const client = await bundleClient();
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

export default function searchPlugin(eleventyConfig: EleventyConfigLike, options: SearchPluginOptions): void {
  eleventyConfig.addGlobalData('searchRecords', async () => publishedNewestFirst(await options.getRecords()));
  eleventyConfig.on('eleventy.after', async ({ directories, dir }) => {
    // `directories` is the normalised output folder (it honours --output); `dir` is the config's.
    const output = directories?.output ?? dir?.output ?? '_site';
    await writeSearchAssets(output, await options.getRecords());
  });
}
