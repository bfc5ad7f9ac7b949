/**
 * What a headline looks like in scraped Dutch news: short, no sentence-ending punctuation.
 * Shared by segmentation (new article or subheading?) and title extraction.
 */

/** Words a headline does not end on: articles, prepositions, conjunctions, titles before a name. */
const NOT_LAST = new Set(
  (
    'de het een van met dat die dit en of in op aan voor door bij naar om te tot uit over onder tegen na ' +
    'als maar want zegt zei is was zijn heeft hebben wordt worden werd zal zou kan moet wil ' +
    'burgemeester minister president premier koning koningin prins prinses heer mevrouw dokter ' +
    'minister-president staatssecretaris generaal kolonel bondskanselier kanselier paus rechter'
  ).split(' '),
);

const FINAL_PUNCTUATION = /[.!?:;,…\-–—]["”’'»)]?$/u;
const HEADLINE_START = /^["“„‘'«]?[\p{Lu}\d]/u;
const QUOTE_START = /^["“„‘'«]/u;

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** A line that could be a headline: starts like one, ≤ maxWords, no final punctuation. */
export function looksLikeHeadline(text: string, maxWords: number): boolean {
  // Cheap checks first: this runs on every paragraph.
  if (text.length > 200 || FINAL_PUNCTUATION.test(text) || !HEADLINE_START.test(text)) return false;
  const w = words(text);
  if (w.length === 0 || w.length > maxWords) return false;
  const last = w[w.length - 1]?.toLowerCase() ?? '';
  return !NOT_LAST.has(last);
}

/** A subheading inside a body: ≤ 10 words, no final punctuation, not a quotation. */
export function looksLikeSubheading(text: string): boolean {
  return looksLikeHeadline(text, 10) && !QUOTE_START.test(text);
}

export const DATELINE_RE = /^(?<dateline>\p{Lu}[\p{Lu}\p{M}'’.\/ -]*?\p{Lu}\.?)\s*\((?<agency>[^()\n]{1,40})\)\s*[-–—]\s*/u;
const AGENCY_ONLY_RE = /^\((?<agency>[A-Z][A-Za-z/ ]{1,30})\)\s*[-–—]\s*/u;

export function splitDateline(text: string): { dateline: string | null; agency: string | null; rest: string } {
  const m = DATELINE_RE.exec(text) ?? AGENCY_ONLY_RE.exec(text);
  if (!m?.groups) return { dateline: null, agency: null, rest: text };
  return {
    dateline: m.groups.dateline?.trim() ?? null,
    agency: m.groups.agency?.trim() ?? null,
    rest: text.slice(m[0].length),
  };
}

export const startsWithDateline = (text: string): boolean => DATELINE_RE.test(text);

/** Typical first words of a Dutch news lede (capitalised, so rare inside a headline). */
const LEDE_WORDS = new Set(['De', 'Het', 'Een', 'In', 'Op', 'Bij', 'Volgens', 'Na', 'Er', 'Ook', 'Dat', 'Die', 'Zo', 'Nu', 'Tijdens', 'Sinds']);
const MIN_HEADLINE_WORDS = 3;
const MAX_HEADLINE_WORDS = 16;
const MIN_LEDE_WORDS = 6;

/**
 * A headline glued straight onto its lede ("… terugtrekken De Amerikaanse president …"):
 * the shortest opening run of 3–16 words that could be a headline, followed by a lede start
 * (a lede word or a dateline) that runs on for a real sentence.
 */
export function splitGluedHeadline(text: string): { headline: string; rest: string } | null {
  if (startsWithDateline(text)) return null;
  const tokens: RegExpExecArray[] = [];
  const word = /\S+/g;
  for (let m = word.exec(text); m !== null && tokens.length <= MAX_HEADLINE_WORDS; m = word.exec(text)) tokens.push(m);
  for (let k = MIN_HEADLINE_WORDS; k < tokens.length; k++) {
    const previous = tokens[k - 1];
    const next = tokens[k];
    if (!previous || !next || next.index === undefined || previous.index === undefined) break;
    if (/[.!?:;…]["”’']?$/u.test(previous[0])) return null; // the opening sentence ended: no glued headline
    const rest = text.slice(next.index);
    if (!LEDE_WORDS.has(next[0]) && !startsWithDateline(rest)) continue;
    const headline = text.slice(0, previous.index + previous[0].length);
    if (!looksLikeHeadline(headline, MAX_HEADLINE_WORDS)) continue;
    const firstSentence = /^[^.!?]*/.exec(splitDateline(rest).rest)?.[0] ?? '';
    if (words(firstSentence).length < MIN_LEDE_WORDS) continue;
    return { headline, rest };
  }
  return null;
}
