/**
 * Scrapes often repeat an article's text further down the page (related-article widgets,
 * "print" views), sometimes with all its paragraphs glued into one line. Comparing sentences
 * with normalised whitespace catches both.
 */

/** End punctuation, optional closing quotes, whitespace, then the next sentence's capital or digit. */
const SENTENCE_BOUNDARY = /[.!?…]["”’')]*(\s+)(?=["“„‘'(]*[\p{Lu}\d])/gu;
/** Shorter sentences ("Dat zei hij.") legitimately recur, so they never count as repeats. */
const MIN_REPEAT_WORDS = 5;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_BOUNDARY)) {
    const end = m.index + m[0].length - (m[1]?.length ?? 0);
    sentences.push(text.slice(start, end).trim());
    start = m.index + m[0].length;
  }
  sentences.push(text.slice(start).trim());
  return sentences.filter((s) => s !== '');
}

/** Any whitespace other than single spaces (cheap to test; replacing every space is not). */
const UNUSUAL_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|  /;

function wordCount(sentence: string): number {
  let count = 1;
  for (let i = sentence.indexOf(' '); i !== -1; i = sentence.indexOf(' ', i + 1)) count++;
  return count;
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
    let freshCount = 0;
    let freshLong = false;
    const fresh: string[] = [];
    for (const sentence of sentences) {
      const long = wordCount(sentence) >= MIN_REPEAT_WORDS;
      if (!long || !seen.has(sentence)) {
        fresh.push(sentence);
        freshCount++;
        freshLong ||= long;
      }
      seen.add(sentence);
    }
    if (freshCount === sentences.length) kept.push(paragraph);
    else if (freshLong) kept.push({ ...paragraph, text: fresh.join(' ') });
    else removed.push(paragraph);
  }
  return { kept, removed };
}
