/** Title and snippet as parts (`{ text, mark }`): the UI turns them into text nodes and `<mark>`. */
import { fold } from '../../record/text.ts';
import { WORD } from '../tokenize.ts';
import type { ResolvedWord, TextPart } from './types.ts';

/** Every single word the query was resolved to (a phrase's pairs split into their words). */
export function highlightTerms(words: readonly ResolvedWord[]): Set<string> {
  const terms = new Set<string>();
  for (const word of words) for (const t of word.terms) for (const piece of t.split(' ')) terms.add(piece);
  return terms;
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

/** Characters of context an excerpt shows before its first matched word. */
const LEAD = 40;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const NON_ASCII = /[^\x00-\x7f]/g;
const foldedChars = new Map<string, string>();

/**
 * `fold(text)` with every position kept: a character that folds to more or less than one
 * character is a space when it is no letter or digit (`…`, a combining mark: words end there for
 * WORD too), and null is returned when it is one (a ligature such as `ﬁ`).
 */
function foldInPlace(text: string): string | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  let lost = false;
  const folded = lower.replace(NON_ASCII, (ch) => {
    let one = foldedChars.get(ch);
    if (one === undefined) {
      one = fold(ch);
      if (one.length !== 1) one = WORD_CHAR.test(ch) ? '' : ' ';
      foldedChars.set(ch, one);
    }
    if (one === '') lost = true;
    return one;
  });
  return lost ? null : folded;
}

/** Every whole-word occurrence of a term in `text`, in order of position. */
function occurrences(text: string, terms: ReadonlySet<string>): Array<{ at: number; term: string }> {
  const hits: Array<{ at: number; term: string }> = [];
  const folded = foldInPlace(text);
  if (folded === null) {
    for (const m of text.matchAll(WORD)) {
      const term = fold(m[0]);
      if (terms.has(term)) hits.push({ at: m.index ?? 0, term });
    }
    return hits;
  }
  // A string search per term in the folded text: a body is read for every result shown.
  const isWordChar = (i: number): boolean => i >= 0 && i < folded.length && WORD_CHAR.test(folded[i] ?? '');
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) {
      if (!isWordChar(at - 1) && !isWordChar(at + term.length)) hits.push({ at, term });
    }
  }
  return hits.sort((a, b) => a.at - b.at);
}

/**
 * Where the excerpt should start: at the stretch of text holding the most distinct matched
 * words (the earliest on a tie, so a match in the lede wins), or at the start without a match.
 */
function bestMatch(text: string, terms: ReadonlySet<string>, reach: number): number {
  const hits = occurrences(text, terms);
  let best = 0;
  let start = 0;
  for (let i = 0; i < hits.length && best < terms.size; i++) {
    const from = hits[i]?.at ?? 0;
    const seen = new Set<string>();
    for (let k = i; k < hits.length && (hits[k]?.at ?? 0) < from + reach; k++) seen.add(hits[k]?.term ?? '');
    if (seen.size > best) {
      best = seen.size;
      start = from;
    }
  }
  return start;
}

/** Up to `max` characters of text around its best-matching words, cut at word boundaries. */
export function excerpt(text: string, terms: ReadonlySet<string>, max = 180): string {
  if (text.length <= max) return text;
  const first = bestMatch(text, terms, max - LEAD);
  let start = Math.max(0, first - LEAD);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + max);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const body = text.slice(start, end).trimEnd();
  // The stored text may itself end in "…" where the build cut it.
  return `${start > 0 ? '…' : ''}${body}${end < text.length && !body.endsWith('…') ? '…' : ''}`;
}
