/**
 * Query engine, isomorphic: the browser worker and the Node tests run this same code and
 * differ only in the `load` function that fetches index files.
 *
 * The steps follow Pagefind's: parse the query (parse.ts), resolve each word against the
 * vocabulary (resolve.ts), load only the resolved terms' postings (load.ts), score, filter and
 * rank (rank.ts, filter.ts), then fetch metadata for the page shown and highlight (highlight.ts).
 * No query ever touches article bodies.
 */
import type { Manifest } from '../format.ts';
import { applyFilters } from './filter.ts';
import { excerpt, highlight, highlightTerms } from './highlight.ts';
import { IndexFiles } from './load.ts';
import { parseQuery, postingKeys } from './parse.ts';
import { ordering, scoreWords, topK } from './rank.ts';
import { resolveWord } from './resolve.ts';
import { DEFAULT_LIMIT, type IndexLoader, type SearchHit, type SearchRequest, type SearchResponse } from './types.ts';

export interface SearchEngine {
  search(request: SearchRequest): Promise<SearchResponse>;
  manifest(): Promise<Manifest>;
}

export function createSearchEngine(load: IndexLoader): SearchEngine {
  const files = new IndexFiles(load);

  async function search(request: SearchRequest): Promise<SearchResponse> {
    const m = await files.manifest();
    const parts = parseQuery(request.q);
    // A term's shard follows from its hash alone: start fetching the exact terms' postings while
    // the vocabulary is still on its way, saving a round trip in the common case.
    for (const part of parts) for (const key of postingKeys(part)) files.postings(key).catch(() => undefined);
    const endsInWord = /[^\s"]$/.test(request.q);
    const resolved = await Promise.all(
      parts.map((p, i) => resolveWord(files, p, i === parts.length - 1, request.prefix === true && endsInWord)),
    );
    const words = resolved.map((r) => r.word);
    const scores = await scoreWords(files, resolved, m.docs);

    // With no words but a filter, the filter alone selects (browse by person or year).
    const browsing = parts.length === 0 && Boolean(request.person || request.year);
    const all = browsing ? Array.from({ length: m.docs }, (_, i) => i) : scores.touched;
    const { docs: candidates, offTopicHidden } = await applyFilters(files, m, all, request);

    const before = ordering(scores, request.sort === 'date' || browsing);
    const complete = parts.length ? candidates.filter((d) => scores.matched[d] === parts.length).length : candidates.length;
    const offset = request.offset ?? 0;
    const page = topK(candidates, offset + (request.limit ?? DEFAULT_LIMIT), before).slice(offset);

    const terms = highlightTerms(words);
    const hits = await Promise.all(
      page.map(async (doc): Promise<SearchHit> => {
        const meta = (await files.chunk(Math.floor(doc / m.chunkSize)))[doc % m.chunkSize];
        if (!meta) throw new Error(`search index: no metadata for doc ${doc}`);
        return {
          doc,
          url: meta.u,
          title: highlight(meta.t, terms),
          date: meta.d,
          dateText: meta.f,
          people: meta.p,
          snippet: highlight(excerpt(meta.s, terms), terms),
          matched: scores.matched[doc] ?? 0,
          score: scores.score[doc] ?? 0,
        };
      }),
    );
    return { total: candidates.length, complete, hits, words, offTopicHidden };
  }

  return { search, manifest: () => files.manifest() };
}
