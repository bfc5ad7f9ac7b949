/** Messages between the search UI (main thread) and the search worker. */
import type { Manifest } from '../search/format.ts';
import type { SearchRequest, SearchResponse } from '../search/query/types.ts';

export type WorkerRequest = { id: number; type: 'search'; request: SearchRequest } | { id: number; type: 'manifest' };

export type WorkerReply =
  | { id: number; type: 'search'; response: SearchResponse; ms: number }
  | { id: number; type: 'manifest'; manifest: Manifest }
  | { id: number; type: 'error'; message: string };
