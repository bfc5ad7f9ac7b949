/**
 * Worker side of src/ingest-parallel.ts: ingests the batches of files it is sent. `ingestFile` is
 * pure, so a file ingested here equals the same file ingested on the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { ingestFile, type SourceFile } from './ingest.ts';

export interface IngestBatch {
  id: number;
  sources: SourceFile[];
}

function isBatch(value: unknown): value is IngestBatch {
  return typeof value === 'object' && value !== null && 'id' in value && 'sources' in value && Array.isArray(value.sources);
}

const port = parentPort;
if (port) {
  port.on('message', (message: unknown) => {
    // As JSON: records are plain data without undefined fields, and parsing JSON on the main
    // thread costs about two thirds of deserialising a structured clone of the same objects.
    if (isBatch(message)) port.postMessage({ id: message.id, json: JSON.stringify(message.sources.map(ingestFile)) });
  });
  port.postMessage({ ready: true });
}
