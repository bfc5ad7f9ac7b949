/** What a search asks and answers: shared by the engine, the worker protocol and the UI. */

/** Fetches one index file by its path relative to the index folder. */
export type IndexLoader = (path: string, kind: 'json' | 'binary') => Promise<string | Uint8Array>;

export type SortOrder = 'relevance' | 'date';

export interface SearchRequest {
  q: string;
  year?: number | null;
  person?: string | null;
  /** Include off-topic articles ("ook overig nieuws"). */
  offTopic?: boolean;
  sort?: SortOrder;
  limit?: number;
  offset?: number;
  /** Treat the last word as a prefix: the reader is still typing it. */
  prefix?: boolean;
}

export interface TextPart {
  text: string;
  mark: boolean;
}

export interface SearchHit {
  doc: number;
  url: string;
  title: TextPart[];
  date: string | null;
  /** Dutch date with honest precision, e.g. `vrijdag 3 december 2021` or `april 2021`. */
  dateText: string;
  people: string[];
  snippet: TextPart[];
  /** How many of the query's words and phrases the article matches. */
  matched: number;
  score: number;
}

export interface ResolvedWord {
  /** The query word or phrase as the reader typed it (folded). */
  query: string;
  /** Index terms it was resolved to; empty when nothing in the archive resembles it. */
  terms: string[];
  /** `alias`: a spelling from the gazetteer (`putin`), searched as the archive's term (`poetin`), first in `terms`. */
  kind: 'exact' | 'prefix' | 'fuzzy' | 'alias' | 'phrase' | 'none';
}

export interface SearchResponse {
  total: number;
  /** Articles matching every word and phrase. */
  complete: number;
  hits: SearchHit[];
  words: ResolvedWord[];
  /** Off-topic articles that match but are hidden because "ook overig nieuws" is off. */
  offTopicHidden: number;
}

export const DEFAULT_LIMIT = 20;
