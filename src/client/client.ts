/** Promise wrapper around the search worker; one worker per page, created on first use. */
import type { Manifest } from '../search/format.ts';
import type { SearchRequest, SearchResponse } from '../search/query/types.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

type Pending = { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void };

export class SearchClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    // The client's `?v=` (see boot.ts) is passed on to the worker too.
    this.worker = new Worker(new URL(`./search-worker.js${new URL(import.meta.url).search}`, import.meta.url), { type: 'module' });
    this.worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.type === 'error') waiting.reject(new Error(reply.message));
      else waiting.resolve(reply);
    });
  }

  private send(message: WorkerRequest): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      this.pending.set(message.id, { resolve, reject });
      this.worker.postMessage(message);
    });
  }

  async search(request: SearchRequest): Promise<{ response: SearchResponse; ms: number }> {
    const reply = await this.send({ id: this.nextId++, type: 'search', request });
    if (reply.type !== 'search') throw new Error('zoekindex: onverwacht antwoord');
    return { response: reply.response, ms: reply.ms };
  }

  async manifest(): Promise<Manifest> {
    const reply = await this.send({ id: this.nextId++, type: 'manifest' });
    if (reply.type !== 'manifest') throw new Error('zoekindex: onverwacht antwoord');
    return reply.manifest;
  }
}
