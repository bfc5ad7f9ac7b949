/**
 * Query engine, isomorphic: the browser worker and the Node tests run this same code and
 * differ only in the `load` function that fetches index files.
 *
 * A query word is first resolved against the vocabulary (exact, prefix while typing, or
 * Fuse fuzzy match over one letter's words of similar length); only then are the postings
 * of the few resolved terms fetched and scored. No query ever touches article bodies.
 */
import Fuse from 'fuse.js/basic';
import { escapeHtml, fold } from '../record/text.ts';
import { bigramKey, isIndexable, WORD, words } from './tokenize.ts';
import {
  MANIFEST_PATH,
  ShardReader,
  chunkPath,
  decodeBitset,
  hasBit,
  shardPath,
  termShard,
  vocabKey,
  vocabPath,
  type DocMeta,
  type Manifest,
  type Postings,
  type VocabShard,
} from './format.ts';

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
  kind: 'exact' | 'prefix' | 'fuzzy' | 'phrase' | 'none';
}

export interface SearchResponse {
  total: number;
  /** Articles matching every word and phrase. */
  complete: number;
  hits: SearchHit[];
  words: ResolvedWord[];
}

interface Variant {
  term: string;
  /** 1 for an exact hit; less for prefix and fuzzy guesses, so exact spellings win ties. */
  quality: number;
}

interface QueryPart {
  text: string;
  phrase: boolean;
  /** Folded indexable terms; a phrase of two or more becomes bigram keys. */
  terms: string[];
}

export const DEFAULT_LIMIT = 20;
const MAX_FUZZY = 3;
const MAX_PREFIX = 4;
/** Fuse score threshold (0 = exact, 1 = anything). 0.34 admits one typo in 4–6 letters, two from 8. */
const FUSE_THRESHOLD = 0.34;

/** Split a query into words and quoted phrases; an unclosed quote still counts as a phrase. */
export function parseQuery(q: string): QueryPart[] {
  const parts: QueryPart[] = [];
  const re = /"([^"]*)"?|([^\s"]+)/g;
  for (let m = re.exec(q); m; m = re.exec(q)) {
    if (m[1] !== undefined) {
      const ts = words(m[1]).filter(isIndexable);
      if (ts.length) parts.push({ text: m[1], phrase: true, terms: ts });
    } else if (m[2] !== undefined) {
      for (const t of words(m[2]).filter(isIndexable)) parts.push({ text: t, phrase: false, terms: [t] });
    }
  }
  return parts;
}

/** Optimal-string-alignment distance (a transposition counts as one edit), capped for speed. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > cap) return cap + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] ?? cap + 1;
}

/** Typos allowed for a word of this length: none for short words, where a guess is mostly wrong. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

class Vocabulary {
  private readonly index = new Map<string, number>();
  private readonly fuses = new Map<string, Fuse<string>>();
  constructor(readonly shard: VocabShard) {
    shard.terms.forEach((t, i) => this.index.set(t, i));
  }
  df(term: string): number {
    const i = this.index.get(term);
    return i === undefined ? 0 : (this.shard.df[i] ?? 0);
  }
  prefixed(prefix: string, max: number): string[] {
    const { terms, df } = this.shard;
    const found: Array<[string, number]> = [];
    for (let i = lowerBound(terms, prefix); i < terms.length; i++) {
      const t = terms[i] ?? '';
      if (!t.startsWith(prefix)) break;
      if (t !== prefix) found.push([t, df[i] ?? 0]);
    }
    return found
      .sort((a, b) => b[1] - a[1])
      .slice(0, max)
      .map((e) => e[0]);
  }
  fuzzy(word: string, max: number): Array<{ term: string; distance: number }> {
    const edits = allowedEdits(word.length);
    if (edits === 0) return [];
    // Fuse finds fuzzy *substrings*; restricting lengths first keeps it to whole-word typos and
    // to a few hundred strings, and the Fuse instance per length window is reused by later queries.
    const cacheKey = `${word.length}`;
    let fuse = this.fuses.get(cacheKey);
    if (!fuse) {
      const near = this.shard.terms.filter((t) => Math.abs(t.length - word.length) <= edits);
      fuse = new Fuse(near, { includeScore: true, threshold: FUSE_THRESHOLD, ignoreLocation: true, isCaseSensitive: true });
      this.fuses.set(cacheKey, fuse);
    }
    return fuse
      .search(word, { limit: 20 })
      .map((r) => ({ term: r.item, distance: editDistance(word, r.item, edits) }))
      .filter((c) => c.distance <= edits)
      .sort((a, b) => a.distance - b.distance || this.df(b.term) - this.df(a.term))
      .slice(0, max);
  }
}

export interface SearchEngine {
  search(request: SearchRequest): Promise<SearchResponse>;
  manifest(): Promise<Manifest>;
}

export function createSearchEngine(load: IndexLoader): SearchEngine {
  const cache = new Map<string, Promise<unknown>>();
  function once<T>(key: string, make: () => Promise<T>): Promise<T> {
    let p = cache.get(key) as Promise<T> | undefined;
    if (!p) {
      p = make();
      cache.set(key, p);
      p.catch(() => cache.delete(key));
    }
    return p;
  }
  const asText = (v: string | Uint8Array): string => (typeof v === 'string' ? v : new TextDecoder().decode(v));
  const asBytes = (v: string | Uint8Array): Uint8Array => (typeof v === 'string' ? new TextEncoder().encode(v) : v);

  const manifest = (): Promise<Manifest> => once('manifest', async () => JSON.parse(asText(await load(MANIFEST_PATH, 'json'))) as Manifest);
  const offTopicBits = (): Promise<Uint8Array> => once('offtopic', async () => decodeBitset((await manifest()).offTopic));
  const vocabulary = async (term: string): Promise<Vocabulary | null> => {
    const key = vocabKey(term);
    if (!(await manifest()).vocab.includes(key)) return null;
    return once(`v:${key}`, async () => new Vocabulary(JSON.parse(asText(await load(vocabPath(key), 'json'))) as VocabShard));
  };
  const shard = async (n: number): Promise<ShardReader> =>
    once(`p:${n}`, async () => new ShardReader(asBytes(await load(shardPath(n), 'binary'))));
  const postings = async (term: string): Promise<Postings | null> => {
    const m = await manifest();
    return (await shard(termShard(term, m.shards))).get(term);
  };
  const chunk = (n: number): Promise<DocMeta[]> =>
    once(`d:${n}`, async () => JSON.parse(asText(await load(chunkPath(n), 'json'))) as DocMeta[]);

  async function resolve(part: QueryPart, isLast: boolean, prefix: boolean): Promise<{ word: ResolvedWord; variants: Variant[] }> {
    if (part.phrase && part.terms.length > 1) {
      const keys = part.terms.slice(1).map((t, i) => bigramKey(part.terms[i] ?? '', t));
      return { word: { query: part.terms.join(' '), terms: keys, kind: 'phrase' }, variants: [] };
    }
    const term = part.terms[0] ?? '';
    const vocab = await vocabulary(term);
    if (!vocab) return { word: { query: term, terms: [], kind: 'none' }, variants: [] };
    const df = vocab.df(term);
    const variants: Variant[] = df > 0 ? [{ term, quality: 1 }] : [];
    let kind: ResolvedWord['kind'] = df > 0 ? 'exact' : 'none';
    if (part.phrase) return { word: { query: term, terms: df > 0 ? [term] : [], kind }, variants };
    if (prefix && isLast) {
      // Each completion may live in another postings shard: fewer when the word already exists.
      const completions = vocab.prefixed(term, df > 0 || term.length < 2 ? 2 : MAX_PREFIX);
      for (const t of completions) variants.push({ term: t, quality: 0.8 });
      if (!df && completions.length) kind = 'prefix';
    }
    // A rare exact hit may itself be a typo in some article; let a common near spelling compete.
    if (variants.length === 0 || df <= 2) {
      for (const { term: t, distance } of vocab.fuzzy(term, MAX_FUZZY)) {
        if (t === term || (df > 0 && vocab.df(t) < 20 * df)) continue;
        variants.push({ term: t, quality: 0.75 - 0.15 * (distance - 1) });
        if (kind === 'none') kind = 'fuzzy';
      }
    }
    return { word: { query: term, terms: variants.map((v) => v.term), kind }, variants };
  }

  async function search(request: SearchRequest): Promise<SearchResponse> {
    const m = await manifest();
    const parts = parseQuery(request.q);
    // A term's shard follows from its hash alone: start fetching the exact terms' postings while
    // the vocabulary is still on its way, saving a round trip in the common case.
    for (const part of parts) {
      const keys = part.phrase && part.terms.length > 1 ? part.terms.slice(1).map((t, i) => bigramKey(part.terms[i] ?? '', t)) : part.terms;
      for (const key of keys) postings(key).catch(() => undefined);
    }
    const endsInWord = /[^\s"]$/.test(request.q);
    const resolved = await Promise.all(parts.map((p, i) => resolve(p, i === parts.length - 1, request.prefix === true && endsInWord)));
    const words = resolved.map((r) => r.word);

    const n = m.docs;
    const score = new Float32Array(n);
    const matched = new Uint8Array(n);
    const wordScore = new Float32Array(n);
    const seen = new Int32Array(n).fill(-1);
    const touched: number[] = [];
    const idf = (df: number): number => Math.log(1 + n / Math.max(1, df));

    for (let w = 0; w < resolved.length; w++) {
      const { word, variants } = resolved[w] ?? { word: words[w], variants: [] };
      const hitsThisWord: number[] = [];
      if (word?.kind === 'phrase') {
        // Every bigram of the phrase must be present: intersect, scoring by the rarest bigram.
        const lists = await Promise.all(word.terms.map((t) => postings(t)));
        if (lists.some((l) => !l)) continue;
        const sorted = (lists as Postings[]).slice().sort((a, b) => a.docs.length - b.docs.length);
        const [first, ...rest] = sorted;
        if (!first) continue;
        const weight = 2 * idf(first.docs.length);
        for (let i = 0; i < first.docs.length; i++) {
          const doc = first.docs[i] ?? 0;
          if (rest.every((l) => binaryHas(l.docs, doc))) {
            wordScore[doc] = weight * ((first.weights[i] ?? 1) / 255);
            hitsThisWord.push(doc);
          }
        }
      } else {
        const lists = await Promise.all(variants.map((v) => postings(v.term)));
        lists.forEach((list, v) => {
          if (!list) return;
          const factor = (variants[v]?.quality ?? 0) * idf(list.docs.length);
          for (let i = 0; i < list.docs.length; i++) {
            const doc = list.docs[i] ?? 0;
            const s = factor * ((list.weights[i] ?? 1) / 255);
            if (seen[doc] !== w) {
              seen[doc] = w;
              wordScore[doc] = s;
              hitsThisWord.push(doc);
            } else if (s > (wordScore[doc] ?? 0)) wordScore[doc] = s;
          }
        });
      }
      for (const doc of hitsThisWord) {
        if (matched[doc] === 0) touched.push(doc);
        matched[doc] = (matched[doc] ?? 0) + 1;
        score[doc] = (score[doc] ?? 0) + (wordScore[doc] ?? 0);
      }
    }

    // Filters. With no words but a filter, the filter alone selects (browse by person or year).
    let candidates: number[] = touched;
    const browsing = parts.length === 0 && (request.person || request.year);
    if (browsing) candidates = Array.from({ length: n }, (_, i) => i);
    if (request.year) {
      const range = m.years.find((y) => y[0] === request.year);
      candidates = range ? candidates.filter((d) => d >= range[1] && d <= range[2]) : [];
    }
    if (!request.offTopic) {
      const bits = await offTopicBits();
      candidates = candidates.filter((d) => !hasBit(bits, d));
    }
    if (request.person) {
      const list = await postings(`@${fold(request.person)}`);
      candidates = list ? candidates.filter((d) => binaryHas(list.docs, d)) : [];
    }

    const byDate = request.sort === 'date' || browsing;
    // Relevance key: matched words first, then score; the doc number (newer first) breaks ties.
    const before = byDate
      ? (a: number, b: number): boolean => (matched[a] ?? 0) > (matched[b] ?? 0) || ((matched[a] ?? 0) === (matched[b] ?? 0) && a > b)
      : (a: number, b: number): boolean => {
          const ma = matched[a] ?? 0;
          const mb = matched[b] ?? 0;
          if (ma !== mb) return ma > mb;
          const sa = score[a] ?? 0;
          const sb = score[b] ?? 0;
          return sa !== sb ? sa > sb : a > b;
        };
    const complete = parts.length ? candidates.filter((d) => matched[d] === parts.length).length : candidates.length;
    const offset = request.offset ?? 0;
    const page = topK(candidates, offset + (request.limit ?? DEFAULT_LIMIT), before).slice(offset);

    const highlightTerms = new Set<string>();
    for (const word of words) for (const t of word.terms) for (const piece of t.split(' ')) highlightTerms.add(piece);
    const hits = await Promise.all(
      page.map(async (doc): Promise<SearchHit> => {
        const meta = (await chunk(Math.floor(doc / m.chunkSize)))[doc % m.chunkSize];
        if (!meta) throw new Error(`search index: no metadata for doc ${doc}`);
        return {
          doc,
          url: meta.u,
          title: highlight(meta.t, highlightTerms),
          date: meta.d,
          dateText: meta.f,
          people: meta.p,
          snippet: highlight(excerpt(meta.s, highlightTerms), highlightTerms),
          matched: matched[doc] ?? 0,
          score: score[doc] ?? 0,
        };
      }),
    );
    return { total: candidates.length, complete, hits, words };
  }

  return { search, manifest };
}

/** The k best items in order, without sorting all of them: a result set can be most of the archive. */
export function topK<T>(items: readonly T[], k: number, before: (a: T, b: T) => boolean): T[] {
  const best: T[] = [];
  for (const item of items) {
    if (best.length >= k && !before(item, best[best.length - 1] as T)) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(item, best[mid] as T)) hi = mid;
      else lo = mid + 1;
    }
    best.splice(lo, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}

function binaryHas(sorted: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] ?? 0;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Split text into parts, marking every word whose folded form is a matched term. */
export function highlight(text: string, terms: ReadonlySet<string>): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (!terms.has(fold(m[0]))) continue;
    const at = m.index ?? 0;
    if (at > last) parts.push({ text: text.slice(last, at), mark: false });
    parts.push({ text: m[0], mark: true });
    last = at + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

/** Up to `max` characters of text, starting a little before the first matched word. */
export function excerpt(text: string, terms: ReadonlySet<string>, max = 180): string {
  if (text.length <= max) return text;
  let first = 0;
  for (const m of text.matchAll(WORD)) {
    if (terms.has(fold(m[0]))) {
      first = m.index ?? 0;
      break;
    }
  }
  let start = Math.max(0, first - 40);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + max);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trimEnd()}${end < text.length ? '…' : ''}`;
}

/** Escaped HTML with `<mark>` around matches: for server-side use and tests; the UI uses DOM nodes. */
export function partsToHtml(parts: readonly TextPart[]): string {
  return parts.map((p) => (p.mark ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('');
}
