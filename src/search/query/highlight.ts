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
