/**
 * Worker side of src/site/archive.ts. It keeps the ingest cache for the life of the process (so a
 * watched rebuild parses only edited files) and the full records of the last load, which it turns
 * into records.json and the search index when the build asks for them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { sharedIngestCache } from '../ingest/cache.ts';
import { loadArchive } from '../ingest/load.ts';
import type { IngestResult } from '../record/types.ts';
import { publishArchive } from './publish.ts';
import { isArchiveRequest, type ArchiveReply, type ArchiveRequest, type ArchiveWorkerData } from './archive-protocol.ts';

const port = parentPort;
const RECORDS_PER_MESSAGE = 500;
const data = workerData as ArchiveWorkerData | undefined;

if (port && data?.kind === 'kroniek-archive') {
  const cache = sharedIngestCache(data.version);
  // Only the newest load is kept: a load superseded before it was published is never published.
  let last: { id: number; result: IngestResult } | null = null;
  const reply = (message: ArchiveReply): void => port.postMessage(message);

  const handle = async (request: ArchiveRequest): Promise<void> => {
    try {
      if (request.type === 'load') {
        const result = await loadArchive(request.paths, { cache });
        last = { id: request.id, result };
        // Pages render `html`; only the published outputs need `blocks`, so they stay here. JSON
        // because parsing it costs the main thread less than deserialising a structured clone; in
        // parts, so that the main thread parses one while the next is being serialised.
        for (let i = 0; i < result.records.length; i += RECORDS_PER_MESSAGE) {
          const part = result.records.slice(i, i + RECORDS_PER_MESSAGE).map((r) => ({ ...r, blocks: [] }));
          reply({ type: 'records', id: request.id, json: JSON.stringify(part) });
        }
        reply({ type: 'loaded', id: request.id, json: JSON.stringify({ ...result, records: [] }) });
      } else {
        if (last?.id !== request.id) throw new Error('this load was superseded by a newer one');
        const { result } = last;
        last = null;
        await publishArchive(result, request.outputDir);
        reply({ type: 'published', id: request.id });
      }
    } catch (error) {
      reply({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
    }
  };

  // One request at a time, in order: a publish always follows the load it belongs to.
  let queue = Promise.resolve();
  port.on('message', (message: unknown) => {
    if (isArchiveRequest(message)) queue = queue.then(() => handle(message));
  });
}
