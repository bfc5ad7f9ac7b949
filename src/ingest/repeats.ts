/**
 * Scrapes often repeat an article's text further down the page (related-article widgets,
 * "print" views), sometimes with all its paragraphs glued into one line. Comparing sentences
 * with normalised whitespace catches both.
 */
import { isSpaceCode } from '../record/text.ts';
import type { IngestFile } from './diagnostics.ts';
import type { Item } from './paragraphs.ts';

/** End punctuation, optional closing quotes, whitespace, then the next sentence's capital or digit. */
const SENTENCE_BOUNDARY = /[.!?…]["”’')]*(\s+)(?=["“„‘'(]*[\p{Lu}\d])/gu;
/** Shorter sentences ("Dat zei hij.") legitimately recur, so they never count as repeats. */
const MIN_REPEAT_WORDS = 5;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  // test() rather than matchAll: no match object per sentence. A match ends with its whitespace
  // run (the lookahead is empty), so the sentence ends where that run starts.
  SENTENCE_BOUNDARY.lastIndex = 0;
  while (SENTENCE_BOUNDARY.test(text)) {
    const next = SENTENCE_BOUNDARY.lastIndex;
    let end = next;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    const sentence = text.slice(start, end).trim();
    if (sentence !== '') sentences.push(sentence);
    start = next;
  }
  const last = text.slice(start).trim();
  if (last !== '') sentences.push(last);
  return sentences;
}

/** Any whitespace other than single spaces (cheap to test; replacing every space is not). */
const UNUSUAL_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** At least `min` space-separated words? Stops counting there: sentences can be long. */
function hasWords(sentence: string, min: number): boolean {
  let count = 1;
  for (let i = sentence.indexOf(' '); i !== -1 && count < min; i = sentence.indexOf(' ', i + 1)) count++;
  return count >= min;
}

export interface Repeatable {
  text: string;
}

/**
 * Drop the sentences of each paragraph that already occurred earlier in the same file; a
 * paragraph left without new text is removed. Paragraphs keep their order and other fields.
 */
export function dropRepeats<T extends Repeatable>(paragraphs: T[]): { kept: T[]; removed: T[] } {
  const seen = new Set<string>();
  const kept: T[] = [];
  const removed: T[] = [];
  for (const paragraph of paragraphs) {
    // Whitespace is normalised once per paragraph, so a repeat glued onto one line still matches.
    const text = UNUSUAL_SPACE.test(paragraph.text) ? paragraph.text.replace(/\s+/g, ' ') : paragraph.text;
    const sentences = splitSentences(text);
    let freshLong = false;
    // The fresh sentences are only collected once one turns out to be a repeat (rare).
    let fresh: string[] | null = null;
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i] as string;
      const long = hasWords(sentence, MIN_REPEAT_WORDS);
      if (!long) {
        // A short sentence never counts as a repeat, so it is not remembered either.
        fresh?.push(sentence);
        continue;
      }
      if (!seen.has(sentence)) {
        fresh?.push(sentence);
        freshLong = true;
        seen.add(sentence);
      } else fresh ??= sentences.slice(0, i);
    }
    if (fresh === null) kept.push(paragraph);
    else if (freshLong) kept.push({ ...paragraph, text: fresh.join(' ') });
    else removed.push(paragraph);
  }
  return { kept, removed };
}

type TextItem = Extract<Item, { kind: 'text' }>;

/** The repeats stage: text items without their repeated sentences, each removed paragraph reported to `file`. */
export function dropRepeatedItems(items: Item[], file: IngestFile): Item[] {
  const texts = items.filter((i): i is TextItem => i.kind === 'text');
  const repeats = dropRepeats(texts);
  for (const r of repeats.removed) file.drop(r.line, 'segment/repeat', r.text);
  // Most files repeat nothing: then the items stand as they are.
  if (repeats.removed.length === 0 && repeats.kept.every((t, n) => t === texts[n])) return items;
  const kept = new Map(repeats.kept.map((t) => [t.line, t]));
  return items.flatMap((i): Item[] => {
    if (i.kind !== 'text') return [i];
    const k = kept.get(i.line);
    return k ? [k] : [];
  });
}
