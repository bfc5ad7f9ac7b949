/**
 * The browser half of search: the client bundle (esbuild, fuse.js included, written to
 * `<output>/assets/js/` by src/build/assets.ts), and an Eleventy plugin offering the published
 * records as global data `searchRecords` for the search page's no-JavaScript list. The index itself
 * is written with the other outputs of the full records (src/build/publish.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { ArticleRecord } from '../record/types.ts';
import { chronological, isPublished } from '../record/order.ts';
import { writeFiles, writeSearchIndex } from './search-files.ts';

export interface SearchPluginOptions {
  getRecords: () => ArticleRecord[] | Promise<ArticleRecord[]>;
}

/** The slice of Eleventy's config API this plugin uses (Eleventy ships no TypeScript types). */
export interface EleventyConfigLike {
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

/** Writes the index for `records` and the browser code into the site output folder (benchmarks, tests). */
export async function writeSearchAssets(outputDir: string, records: readonly ArticleRecord[]): Promise<void> {
  await Promise.all([writeSearchIndex(outputDir, records), writeSearchClient(outputDir)]);
}

export async function writeSearchClient(outputDir: string, bundle: Promise<Map<string, Uint8Array>> = bundleClient()): Promise<void> {
  await writeFiles(outputDir, await bundle);
}

/** Published records, newest first: the order the no-JavaScript list on /zoeken/ shows. */
export function publishedNewestFirst(records: readonly ArticleRecord[]): ArticleRecord[] {
  return chronological(records.filter(isPublished)).reverse();
}

export default function searchPlugin(eleventyConfig: EleventyConfigLike, options: SearchPluginOptions): void {
  // The client itself is bundled and written with the other static files (src/build/assets.ts).
  eleventyConfig.addGlobalData('searchRecords', async () => publishedNewestFirst(await options.getRecords()));
}
