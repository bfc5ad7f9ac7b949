/**
 * Query word → index terms: the exact term; while typing, the last word's most frequent
 * completions; and when there is no exact hit (or only a rare one), fuzzy candidates from the
 * word's letter's vocabulary, confirmed by edit distance.
 */
import type { IndexFiles } from './load.ts';
import { postingKeys, type QueryPart } from './parse.ts';
import type { ResolvedWord } from './types.ts';

export interface Variant {
  term: string;
  /** 1 for an exact hit; less for prefix and fuzzy guesses, so exact spellings win ties. */
  quality: number;
}

export interface Resolved {
  word: ResolvedWord;
  variants: Variant[];
}

const MAX_FUZZY = 3;
const MAX_PREFIX = 4;

export async function resolveWord(files: IndexFiles, part: QueryPart, isLast: boolean, prefix: boolean): Promise<Resolved> {
  if (part.phrase && part.terms.length > 1) {
    return { word: { query: part.terms.join(' '), terms: postingKeys(part), kind: 'phrase' }, variants: [] };
  }
  const term = part.terms[0] ?? '';
  const vocab = await files.vocabulary(term);
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
