/** Messages between the build (src/site/archive.ts) and its archive worker (archive-worker.ts). */

export interface ArchiveWorkerData {
  kind: 'kroniek-archive';
  /** The main thread's `ingestVersion()`: a bundle cannot hash the sources it was made from. */
  version: string;
}

export type ArchiveRequest = { type: 'load'; id: number; paths: string[] } | { type: 'publish'; id: number; outputDir: string };

export type ArchiveReply =
  /** Part of a load's records (a JSON array), sent ahead of the 'loaded' reply that ends it. */
  | { type: 'records'; id: number; json: string }
  | { type: 'loaded'; id: number; json: string }
  | { type: 'published'; id: number }
  | { type: 'failed'; id: number; message: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function isArchiveRequest(value: unknown): value is ArchiveRequest {
  if (!isObject(value) || typeof value.id !== 'number') return false;
  if (value.type === 'load') return Array.isArray(value.paths) && value.paths.every((p) => typeof p === 'string');
  return value.type === 'publish' && typeof value.outputDir === 'string';
}

export function isArchiveReply(value: unknown): value is ArchiveReply {
  if (!isObject(value) || typeof value.id !== 'number') return false;
  if (value.type === 'loaded' || value.type === 'records') return typeof value.json === 'string';
  if (value.type === 'failed') return typeof value.message === 'string';
  return value.type === 'published';
}
