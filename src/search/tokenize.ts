/**
 * Tokenising for the search index and for queries. Both sides must split and fold
 * identically, or a query word can never meet its indexed term.
 */
import { fold } from '../record/text.ts';
import stopwordData from '../data/stopwords-nl.json' with { type: 'json' };

const STOPWORDS: ReadonlySet<string> = new Set(stopwordData.words);

// Letters and digits, with inner hyphens/apostrophes split off: "NAVO-landen" is two terms,
// so both "navo" and "landen" find it.
export const WORD = /[\p{L}\p{N}]+/gu;

/** Folded words in order, stop words included (callers decide). */
export function words(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

export function isStopword(term: string): boolean {
  return STOPWORDS.has(term);
}

/** A term worth indexing: not a stop word, not a lone letter. */
export function isIndexable(term: string): boolean {
  return term.length > 1 && !STOPWORDS.has(term);
}

/** Folded, indexable terms in order: the stream that unigram and bigram postings are made from. */
export function terms(text: string): string[] {
  return words(text).filter(isIndexable);
}

/** The key of a two-word phrase posting; the space cannot occur inside a term. */
export function bigramKey(a: string, b: string): string {
  return `${a} ${b}`;
}
