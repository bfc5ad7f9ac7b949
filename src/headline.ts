import headlineWords from './data/headline-words.json' with { type: 'json' };
import { gazetteer } from './gazetteer.ts';

/**
 * What a headline looks like in scraped Dutch news: short, no sentence-ending punctuation.
 * Shared by segmentation (new article or subheading?) and title extraction.
 */

/** Words no headline ends on: articles, conjunctions, titles that stand before a name. */
const NEVER_LAST = new Set(headlineWords.neverLast);
/**
 * Prepositions that also end Dutch headlines as verb particles ("levert weinig op"). Before a
 * capitalised word they are ambiguous ("in | De Bilt"), so a glued split after one needs a strong lede.
 */
const PARTICLES = new Set(headlineWords.particles);
/**
 * `De Amerikaanse …`, `Het kabinet …`, `In een toespraak …`, `Volgens …`: a lede start no place
 * or paper name looks like (`In de Waag`, `Het Plein` keep their capital after the article).
 */
const STRONG_LEDE =
  /^(?:(?:De|Het|Een)\s+(?:\p{Ll}|\p{Lu}\p{Ll}+(?:se|sche|e)\s)|(?:In|Op|Bij|Na|Tijdens|Sinds|Onder)\s+(?:de|het|een)\s+\p{Ll}|(?:Volgens|Nadat|Omdat|Hoewel|Toen)\s)/u;

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
  return !NEVER_LAST.has(w[w.length - 1]?.toLowerCase() ?? '');
}

/** A subheading inside a body: ≤ 10 words, no final punctuation, not a quotation. */
export function looksLikeSubheading(text: string): boolean {
  return looksLikeHeadline(text, 10) && !QUOTE_START.test(text);
}

const DATELINE_RE = /^(?<dateline>\p{Lu}[\p{Lu}\p{M}'’.\/ -]*?\p{Lu}\.?)\s*\((?<agency>[^()\n]{1,40})\)\s*[-–—]\s*/u;
const AGENCY_ONLY_RE = /^\((?<agency>[A-Z][A-Za-z/ ]{1,30})\)\s*[-–—]\s*/u;
/**
 * `MOSKOU - De Russische …` (NRC, Trouw): a place in capitals and a spaced dash, no agency. Not
 * used to split articles (that needs the stronger agency form), only to read the dateline.
 */
const PLACE_ONLY_RE = /^(?<dateline>\p{Lu}{3,}(?:[\/ -]\p{Lu}{2,}){0,3})\s+[-–—]\s+(?=["“„‘']?\p{Lu})/u;

export function splitDateline(text: string): { dateline: string | null; agency: string | null; rest: string } {
  const m = DATELINE_RE.exec(text) ?? AGENCY_ONLY_RE.exec(text) ?? PLACE_ONLY_RE.exec(text);
  if (!m?.groups) return { dateline: null, agency: null, rest: text };
  return {
    dateline: m.groups.dateline?.trim() ?? null,
    agency: m.groups.agency?.trim() ?? null,
    rest: text.slice(m[0].length),
  };
}

export const startsWithDateline = (text: string): boolean => DATELINE_RE.test(text);

/** Typical first words of a Dutch news lede (capitalised, so rare inside a headline). */
const LEDE_WORDS = new Set(headlineWords.ledeWords);
const MIN_HEADLINE_WORDS = 3;
const MAX_HEADLINE_WORDS = 16;
const MIN_LEDE_WORDS = 6;

/**
 * Cheap pre-test, run on every paragraph: could a lede start (a word from the 4th to the 17th,
 * opening with a capital or a quote) come before the opening sentence ends? Conservative: any
 * non-ASCII character where a word starts, or unusual whitespace, answers yes and the full
 * check decides.
 */
const isUnicodeSpace = (c: number): boolean =>
  c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

function mayHoldGluedHeadline(text: string): boolean {
  let word = 0;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      if (!atStart) word++;
      atStart = true;
      if (word > MAX_HEADLINE_WORDS) return false;
      continue;
    }
    if (c > 127 && isUnicodeSpace(c)) return true;
    if (atStart && word >= MIN_HEADLINE_WORDS && ((c >= 65 && c <= 90) || c === 34 || c === 39 || c > 127)) return true;
    atStart = false;
    // A word from the third on that ends the sentence ends the search (as in splitGluedHeadline).
    if (word >= MIN_HEADLINE_WORDS - 1 && (c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2026)) {
      const after = text.charCodeAt(i + 1);
      const next = after === 34 || after === 39 || after === 0x201d || after === 0x2019 ? text.charCodeAt(i + 2) : after;
      if (Number.isNaN(next) || next === 32 || next === 9 || next === 10 || next === 13) return false;
    }
  }
  return false;
}

/** The first `max` whitespace-separated words with their offsets (`/\S+/g` without its match objects). */
function wordTokens(text: string, max: number): { 0: string; index: number }[] {
  const tokens: { 0: string; index: number }[] = [];
  let start = -1;
  for (let i = 0; i <= text.length && tokens.length < max; i++) {
    const c = text.charCodeAt(i);
    const space = Number.isNaN(c) || c === 32 || (c >= 9 && c <= 13) || (c > 127 && isUnicodeSpace(c));
    if (space) {
      if (start !== -1) tokens.push({ 0: text.slice(start, i), index: start });
      start = -1;
    } else if (start === -1) start = i;
  }
  return tokens;
}

/** Multi-word gazetteer names (`Vladimir Medinski`) by their first word. */
const FULL_NAMES = new Map<string, string[]>();
for (const person of gazetteer.people) {
  for (const name of [person.name, ...person.aliases]) {
    const first = name.split(' ')[0];
    if (first === undefined || first === name) continue;
    const list = FULL_NAMES.get(first) ?? [];
    list.push(`${name} `);
    FULL_NAMES.set(first, list);
  }
}
/**
 * Words that continue a sentence after a name (`… sprak opnieuw Vladimir Poetin over de grens`)
 * rather than start one's verb: a name followed by one of these is an object, not a new subject.
 */
const NOT_A_VERB = new Set(headlineWords.notAVerb);
/** A full name, then a lowercase word that could be its verb: `Vladimir Medinski sprak …`. */
function startsWithPersonSentence(rest: string, first: string): boolean {
  const names = FULL_NAMES.get(first);
  if (!names) return false;
  return names.some((n) => {
    if (!rest.startsWith(n)) return false;
    const verb = /^\p{Ll}+/u.exec(rest.slice(n.length))?.[0];
    return verb !== undefined && !NOT_A_VERB.has(verb);
  });
}
/**
 * Role nouns (also as the end of a compound: `Kremlin-adviseur`, `veiligheidsadviseur`). A name
 * after `Voorzitter van de Europese Commissie` or `Kremlin-adviseur` is an apposition inside one
 * sentence, so a headline candidate holding a role word is never split off before a name.
 */
const ROLE_SUFFIXES = headlineWords.roleSuffixes;
const hasRoleWord = (headline: string): boolean =>
  headline
    .toLowerCase()
    .split(/\s+/)
    .some((w) => ROLE_SUFFIXES.some((role) => w.endsWith(role)));

/** A quotation that opens like a sentence and is attributed: `"Als Rusland …", zei Biden`. */
const QUOTE_LEDE = new RegExp(
  `^["“„‘'«]\\p{Lu}[^"“”„«»]{10,300}[,.!?]?["”’'»],?\\s+(?:${headlineWords.speechVerbs.join('|')})\\b`,
  'u',
);
const MIN_WEAK_HEADLINE_WORDS = 4;
/** A capital letter; any non-ASCII character counts too, the regex that follows decides. */
const isCapital = (c: number): boolean => (c >= 65 && c <= 90) || c > 127;
/** The opening quote marks of QUOTE_LEDE. */
const isQuoteMark = (c: number): boolean =>
  c === 34 || c === 39 || c === 0x201c || c === 0x201e || c === 0x2018 || c === 0xab;
/** `/[.!?:;…]["”’']?$/` without a regex: this runs once per word. */
function endsSentence(word: string): boolean {
  let i = word.length - 1;
  let c = word.charCodeAt(i);
  if (c === 34 || c === 0x201d || c === 0x2019 || c === 39) c = word.charCodeAt(--i);
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2026;
}

/**
 * A headline glued straight onto its lede ("… terugtrekken De Amerikaanse president …"):
 * the shortest opening run of 3–16 words that could be a headline, followed by a lede start
 * (a lede word or a dateline) that runs on for a real sentence. With `weakLedes` (only at the
 * very start of an article, where a headline is expected) a lede may also open with a known
 * person's full name and a verb, or with an attributed quotation; the headline must then have
 * at least 4 words and not itself open like a lede (`De Amerikaanse en Russische presidenten
 * Joe Biden en …` is one sentence, not a headline).
 */
export function splitGluedHeadline(text: string, options: { weakLedes?: boolean } = {}): { headline: string; rest: string } | null {
  if (!mayHoldGluedHeadline(text) || startsWithDateline(text)) return null;
  const weak = options.weakLedes === true && !LEDE_WORDS.has(/^\S+/.exec(text)?.[0] ?? '');
  const tokens = wordTokens(text, MAX_HEADLINE_WORDS + 1);
  for (let k = MIN_HEADLINE_WORDS; k < tokens.length; k++) {
    const previous = tokens[k - 1];
    const next = tokens[k];
    if (!previous || !next) break;
    if (endsSentence(previous[0])) return null; // the opening sentence ended: no glued headline
    // This loop runs for every word of every paragraph's opening: cheap character tests rule
    // out almost every word before a string is sliced or a regex runs.
    const lede = LEDE_WORDS.has(next[0]);
    const maybeDateline = !lede && isCapital(next[0].charCodeAt(0)) && isCapital(next[0].charCodeAt(1));
    const maybeWeak =
      weak && k >= MIN_WEAK_HEADLINE_WORDS && (FULL_NAMES.has(next[0]) || isQuoteMark(next[0].charCodeAt(0)));
    if (!lede && !maybeDateline && !maybeWeak) continue;
    const rest = text.slice(next.index);
    const dateline = maybeDateline && startsWithDateline(rest);
    const weakLede =
      maybeWeak &&
      ((startsWithPersonSentence(rest, next[0]) && !hasRoleWord(text.slice(0, next.index))) || QUOTE_LEDE.test(rest));
    if (!lede && !dateline && !weakLede) continue;
    const headline = text.slice(0, previous.index + previous[0].length);
    if (!looksLikeHeadline(headline, MAX_HEADLINE_WORDS)) continue;
    if (PARTICLES.has(previous[0].toLowerCase()) && !dateline && !weakLede && !STRONG_LEDE.test(rest)) continue;
    const firstSentence = /^[^.!?]*/.exec(splitDateline(rest).rest)?.[0] ?? '';
    if (words(firstSentence).length < MIN_LEDE_WORDS) continue;
    return { headline, rest };
  }
  return null;
}
