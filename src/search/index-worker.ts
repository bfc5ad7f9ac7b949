/**
 * Builds the search index in a worker thread, so that it overlaps Eleventy's page rendering on
 * another core instead of running alone after the last page (src/search/plugin.ts).
 * `buildSearchIndex` is pure: the files it returns here equal the ones built on the main thread.
 */
import { parentPort, workerData, type Worker } from 'node:worker_threads';
import type { ArticleRecord } from '../types.ts';
import { articleUrl } from '../site/urls.ts';
import { startTsWorker } from '../workers.ts';
import { buildSearchIndex } from './build.ts';

export type SearchIndexFiles = Map<string, string | Uint8Array>;

/** Where the index points each record: the article page, relative to the site root. */
export const searchUrlFor = (record: ArticleRecord): string => articleUrl(record.id).replace(/^\//, '');

export const buildSiteSearchIndex = (records: readonly ArticleRecord[]): SearchIndexFiles =>
  buildSearchIndex(records, { urlFor: searchUrlFor });

/** The index reads no `html`, `warnings` or `duplicates`: leaving them out halves the copying. */
function slim(record: ArticleRecord): ArticleRecord {
  return { ...record, html: '', warnings: [], duplicates: [] };
}

const MARK = 'kroniek-search-index';

function isIndexFiles(value: unknown): value is SearchIndexFiles {
  return value instanceof Map && [...value].every(([k, v]) => typeof k === 'string' && (typeof v === 'string' || v instanceof Uint8Array));
}

/** The index built in a worker; rejects on any worker failure (callers fall back to the main thread). */
export function buildSearchIndexInWorker(
  records: readonly ArticleRecord[],
  start: (data: unknown) => Worker = (data) => startTsWorker(new URL('./index-worker.ts', import.meta.url), data),
): Promise<SearchIndexFiles> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = start(MARK);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    let settled = false;
    const finish = (error: Error | null, files?: SearchIndexFiles): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (error || !files) reject(error ?? new Error('search index worker sent no index'));
      else resolve(files);
    };
    worker.on('message', (message: unknown) => {
      if (isIndexFiles(message)) finish(null, message);
      else finish(new Error('search index worker sent something else'));
    });
    worker.on('error', (error) => finish(error));
    worker.on('exit', (code) => finish(new Error(`search index worker exited (${code})`)));
    worker.postMessage(records.map(slim));
  });
}

// Worker side. The mark keeps this module inert when imported on a thread that happens to be a worker.
const port = parentPort;
if (port && workerData === MARK) {
  port.once('message', (records: unknown) => {
    if (!Array.isArray(records)) throw new Error('search index worker expects an array of records');
    port.postMessage(buildSiteSearchIndex(records as ArticleRecord[]));
  });
}
