/**
 * Runs the query engine off the main thread, so typing never waits for a shard download or a
 * fuzzy match. Index URLs resolve against this file's own URL, so the site works under any sub-path.
 */
import { createSearchEngine } from '../search/query/engine.ts';
import { INDEX_DIR, MANIFEST_PATH } from '../search/format.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

// The bundle is served from <site>/assets/js/, the index from <site>/search/.
const indexBase = new URL(`../../${INDEX_DIR}/`, import.meta.url);
let version = '';

const engine = createSearchEngine(async (path, kind) => {
  const url = new URL(path, indexBase);
  // The manifest is revalidated on every visit; every other file carries the index hash, so a
  // cached shard from an older build can never meet a newer manifest.
  if (path !== MANIFEST_PATH) url.searchParams.set('v', version);
  const res = await fetch(url, path === MANIFEST_PATH ? { cache: 'no-cache' } : {});
  if (!res.ok) throw new Error(`zoekindex: ${res.status} bij ${path}`);
  if (kind === 'binary') return new Uint8Array(await res.arrayBuffer());
  const text = await res.text();
  if (path === MANIFEST_PATH) version = (JSON.parse(text) as { hash: string }).hash;
  return text;
});

interface WorkerScope {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  const message = event.data;
  const started = performance.now();
  const work =
    message.type === 'search'
      ? engine.search(message.request).then(
          (response): WorkerReply => ({
            id: message.id,
            type: 'search',
            response,
            ms: performance.now() - started,
          }),
        )
      : engine.manifest().then((manifest): WorkerReply => ({ id: message.id, type: 'manifest', manifest }));
  work.then(
    (reply) => scope.postMessage(reply),
    (error: unknown) =>
      scope.postMessage({ id: message.id, type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
