import headlineWords from '../data/headline-words.json' with { type: 'json' };
import verbTable from '../data/verbs-nl.json' with { type: 'json' };
import { gazetteer } from './gazetteer.ts';
import { alternation } from './pattern.ts';
import { isSpaceCode } from '../record/text.ts';

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

const isFinalPunctuation = (c: number): boolean =>
  c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 44 || c === 0x2026 || c === 45 || c === 0x2013 || c === 0x2014;
const isClosingQuote = (c: number): boolean => c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 0xbb || c === 41;
/**
 * `/[.!?:;,…\-–—]["”’'»)]?$/` read from the end: a regex anchored only at `$` is tried at every
 * offset, and this runs on every short paragraph, twice.
 */
function endsWithFinalPunctuation(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return isFinalPunctuation(last) || (isClosingQuote(last) && isFinalPunctuation(text.charCodeAt(text.length - 2)));
}
const HEADLINE_START = /^["“„‘'«]?[\p{Lu}\d]/u;
const QUOTE_START = /^["“„‘'«]/u;

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** A line that could be a headline: starts like one, ≤ maxWords, no final punctuation. */
export function looksLikeHeadline(text: string, maxWords: number): boolean {
  // Cheap checks first: this runs on every paragraph.
  if (text.length > 200 || endsWithFinalPunctuation(text) || !HEADLINE_START.test(text)) return false;
  // Words counted by hand, stopping past maxWords; only the last one is sliced.
  let count = 0;
  let lastStart = -1;
  let lastEnd = -1;
  for (let i = 0; i < text.length; ) {
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    if (++count > maxWords) return false;
    lastStart = i;
    while (i < text.length && !isSpaceCode(text.charCodeAt(i))) i++;
    lastEnd = i;
  }
  return count > 0 && !NEVER_LAST.has(text.slice(lastStart, lastEnd).toLowerCase());
}

/** A subheading inside a body: ≤ 10 words, no final punctuation, not a quotation. */
export function looksLikeSubheading(text: string): boolean {
  return looksLikeHeadline(text, 10) && !QUOTE_START.test(text);
}

const DATELINE_RE = /^(?<dateline>\p{Lu}[\p{Lu}\p{M}'’./ -]*?\p{Lu}\.?)\s*\((?<agency>[^()\n]{1,40})\)\s*[-–—]\s*/u;
const AGENCY_ONLY_RE = /^\((?<agency>[A-Z][A-Za-z/ ]{1,30})\)\s*[-–—]\s*/u;
/**
 * `MOSKOU - De Russische …` (NRC, Trouw): a place in capitals and a spaced dash, no agency. Not
 * used to split articles (that needs the stronger agency form), only to read the dateline.
 */
const PLACE_ONLY_RE = /^(?<dateline>\p{Lu}{3,}(?:[/ -]\p{Lu}{2,}){0,3})\s+[-–—]\s+(?=["“„‘']?\p{Lu})/u;

/**
 * `Brussel - De Europese leiders …` (Belgian papers): a place in ordinary case and a spaced dash.
 * Taken only for a known place or before a typical lede word, and written in capitals like any
 * dateline.
 */
const MIXED_PLACE_RE = /^(?<dateline>\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){0,2})\s+[-–—]\s+(?=["“„‘']?(?<next>\p{Lu}\p{Ll}*))/u;
const PLACE_NAMES = new Set(gazetteer.places.flatMap((p) => [p.name, ...p.aliases]));

function mixedCaseDateline(text: string): RegExpExecArray | null {
  const m = MIXED_PLACE_RE.exec(text);
  const place = m?.groups?.dateline;
  if (!m || place === undefined) return null;
  // An unknown place must be one word: `Mark Rutte - De …` is no dateline.
  return PLACE_NAMES.has(place) || (!place.includes(' ') && LEDE_WORDS.has(m.groups?.next ?? '')) ? m : null;
}

export function splitDateline(text: string): { dateline: string | null; agency: string | null; rest: string } {
  const m = DATELINE_RE.exec(text) ?? AGENCY_ONLY_RE.exec(text) ?? PLACE_ONLY_RE.exec(text);
  if (!m?.groups) {
    const mixed = mixedCaseDateline(text);
    if (mixed?.groups?.dateline === undefined) return { dateline: null, agency: null, rest: text };
    return { dateline: mixed.groups.dateline.toUpperCase(), agency: null, rest: text.slice(mixed[0].length) };
  }
  return {
    dateline: m.groups.dateline?.trim() ?? null,
    agency: m.groups.agency?.trim() ?? null,
    rest: text.slice(m[0].length),
  };
}

export const startsWithDateline = (text: string): boolean => DATELINE_RE.test(text);
/** Any dateline, also a place without agency (`DUBLIN - `): after a closed article, a new one starts there. */
export const startsWithAnyDateline = (text: string): boolean => DATELINE_RE.test(text) || PLACE_ONLY_RE.test(text);

/** Typical first words of a Dutch news lede (capitalised, so rare inside a headline). */
const LEDE_WORDS = new Set(headlineWords.ledeWords);
/** A lookup table of UTF-16 code units: one array read per word, no hashing. */
function codeUnitTable(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const w of words) if (w !== '') table[w.charCodeAt(0)] = 1;
  return table;
}
/** First characters of the lede words: most words are ruled out before one is sliced and hashed. */
const LEDE_FIRST = codeUnitTable(headlineWords.ledeWords);
const MIN_HEADLINE_WORDS = 3;
const MAX_HEADLINE_WORDS = 16;
const MIN_LEDE_WORDS = 6;

/**
 * Cheap pre-test, run on every paragraph: could a lede start (a word from the 4th to the 17th,
 * opening with a capital or a quote) come before the opening sentence ends? Conservative: any
 * non-ASCII character where a word starts, or unusual whitespace, answers yes and the full
 * check decides.
 */
const isUnicodeSpace = (c: number): boolean => c >= 128 && isSpaceCode(c);

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

/** Words a glued-headline search looks at: one more than a headline can have, and the verb after it. */
const MAX_TOKENS = MAX_HEADLINE_WORDS + 2;
/**
 * The words of the paragraph being searched, found lazily (most searches end at the opening
 * sentence's end, long before the 18th word) into buffers shared by every call, so the search
 * that runs on nearly every paragraph allocates nothing. splitGluedHeadline is not re-entrant.
 */
const wordStart = new Int32Array(MAX_TOKENS);
const wordEnd = new Int32Array(MAX_TOKENS);
let scanText = '';
let scanCount = 0;
let scanPos = 0;

const isWordSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || (c > 127 && isUnicodeSpace(c));

/** Whether the paragraph has a word `k` (of the first MAX_TOKENS), finding words up to it. */
function hasWord(k: number): boolean {
  const text = scanText;
  while (scanCount <= k && scanCount < MAX_TOKENS) {
    let i = scanPos;
    while (i < text.length && isWordSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) {
      scanPos = i;
      return false;
    }
    const start = i;
    while (i < text.length && !isWordSpace(text.charCodeAt(i))) i++;
    wordStart[scanCount] = start;
    wordEnd[scanCount] = i;
    scanCount++;
    scanPos = i;
  }
  return k < scanCount;
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
/** First characters of those first words: most words are ruled out before one is sliced and hashed. */
const FULL_FIRST = codeUnitTable(FULL_NAMES.keys());

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
const QUOTE_LEDE = new RegExp(`^["“„‘'«]\\p{Lu}[^"“”„«»]{10,300}[,.!?]?["”’'»],?\\s+(?:${headlineWords.speechVerbs.join('|')})\\b`, 'u');
const MIN_WEAK_HEADLINE_WORDS = 4;
/** A capital letter; any non-ASCII character counts too, the regex that follows decides. */
const isCapital = (c: number): boolean => (c >= 65 && c <= 90) || c > 127;
/** The opening quote marks of QUOTE_LEDE. */
const isQuoteMark = (c: number): boolean => c === 34 || c === 39 || c === 0x201c || c === 0x201e || c === 0x2018 || c === 0xab;
/** `/[.!?:;…]["”’']?$/` on the word `text[start, end)` without a regex: this runs once per word. */
function endsSentence(text: string, start: number, end: number): boolean {
  let i = end - 1;
  let c = text.charCodeAt(i);
  if (c === 34 || c === 0x201d || c === 0x2019 || c === 39) c = --i >= start ? text.charCodeAt(i) : NaN;
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2026;
}

/** `/^\S+/.exec(text)?.[0] ?? ''` without a match object. */
function firstWord(text: string): string {
  let end = 0;
  while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++;
  return text.slice(0, end);
}

/** Whether weak ledes apply to `text`: the caller allows them, and the paragraph does not open like a lede. */
function weakLedesApply(text: string, allowed: boolean | ((text: string) => boolean) | undefined): boolean {
  // The cheap test first: the caller's answer may cost a count of the body so far.
  if (allowed === undefined || allowed === false || LEDE_WORDS.has(firstWord(text))) return false;
  return allowed === true || allowed(text);
}

/**
 * A headline glued straight onto its lede ("… terugtrekken De Amerikaanse president …"):
 * the shortest opening run of 3–16 words that could be a headline, followed by a lede start
 * (a lede word or a dateline) that runs on for a real sentence. With `weakLedes` (only at the
 * very start of an article, where a headline is expected) a lede may also open with a known
 * person's full name and a verb, or with an attributed quotation; the headline must then have
 * at least 4 words and not itself open like a lede (`De Amerikaanse en Russische presidenten
 * Joe Biden en …` is one sentence, not a headline). `weakLedes` may be a function of the text
 * when deciding costs something: it is called only for a paragraph that passes the cheap tests.
 */
export function splitGluedHeadline(
  text: string,
  options: { weakLedes?: boolean | ((text: string) => boolean) } = {},
): { headline: string; rest: string } | null {
  if (!mayHoldGluedHeadline(text) || startsWithDateline(text)) return null;
  // Decided when a word first needs it: the caller's answer may cost a count of the body so far.
  let weak: boolean | undefined;
  scanText = text;
  scanCount = 0;
  scanPos = 0;
  for (let k = MIN_HEADLINE_WORDS; hasWord(k); k++) {
    const previousStart = wordStart[k - 1] as number;
    const previousEnd = wordEnd[k - 1] as number;
    const nextStart = wordStart[k] as number;
    const nextEnd = wordEnd[k] as number;
    if (endsSentence(text, previousStart, previousEnd)) return null; // the opening sentence ended: no glued headline
    // This loop runs for every word of every paragraph's opening: cheap character tests rule
    // out almost every word before a string is sliced or a regex runs.
    const first = text.charCodeAt(nextStart);
    const lede = LEDE_FIRST[first] === 1 && LEDE_WORDS.has(text.slice(nextStart, nextEnd));
    const maybeDateline = !lede && isCapital(first) && nextEnd - nextStart > 1 && isCapital(text.charCodeAt(nextStart + 1));
    const quote = isQuoteMark(first);
    const maybeWeak =
      k >= MIN_WEAK_HEADLINE_WORDS &&
      (quote || FULL_FIRST[first] === 1) &&
      (weak ??= weakLedesApply(text, options.weakLedes)) &&
      (quote || FULL_NAMES.has(text.slice(nextStart, nextEnd)));
    // `… in lockdown Nederland gaat vanaf zondag …`: a capitalised subject after a lowercase word, then its verb.
    const maybeSubject =
      !lede &&
      !maybeDateline &&
      k >= MIN_WEAK_HEADLINE_WORDS &&
      isCapital(first) &&
      !isCapital(text.charCodeAt(previousStart)) &&
      hasWord(k + 1) &&
      FINITE_VERBS.has(text.slice(wordStart[k + 1] as number, wordEnd[k + 1] as number)) &&
      !PARTICLES.has(text.slice(previousStart, previousEnd).toLowerCase()) &&
      // `von der Leyen sprak`: a capital after a name particle is the rest of a name.
      !NAME_PARTICLES.has(text.slice(previousStart, previousEnd)) &&
      (weak ??= weakLedesApply(text, options.weakLedes));
    if (!lede && !maybeDateline && !maybeWeak && !maybeSubject) continue;
    const headline = text.slice(0, previousEnd);
    // Checked before the lede tests below: most candidates fail here, and those tests cost more.
    if (!looksLikeHeadline(headline, MAX_HEADLINE_WORDS)) continue;
    const rest = text.slice(nextStart);
    const dateline = maybeDateline && startsWithDateline(rest);
    const weakLede =
      (maybeWeak &&
        ((startsWithPersonSentence(rest, text.slice(nextStart, nextEnd)) && !hasRoleWord(headline)) || QUOTE_LEDE.test(rest))) ||
      (maybeSubject && !hasRoleWord(headline));
    if (!lede && !dateline && !weakLede) continue;
    if (PARTICLES.has(text.slice(previousStart, previousEnd).toLowerCase()) && !dateline && !weakLede && !STRONG_LEDE.test(rest)) continue;
    const firstSentence = /^[^.!?]*/.exec(splitDateline(rest).rest)?.[0] ?? '';
    if (words(firstSentence).length < MIN_LEDE_WORDS) continue;
    return { headline, rest };
  }
  return null;
}

/** Present-tense forms of the verb table and the listed finite forms: a headline nearly always holds one. */
const FINITE_VERBS = new Set<string>(headlineWords.finiteVerbs);
for (const verb of Object.values(verbTable.verbs)) {
  FINITE_VERBS.add(verb.sg);
  FINITE_VERBS.add(verb.pl);
}
for (const word of headlineWords.notVerbs) FINITE_VERBS.delete(word);
const CAPTION_CUES = headlineWords.captionCues;
const NAME_PARTICLES = new Set(headlineWords.nameParticles);
const CAPTION_MAX_WORDS = 25;
const CAPTION_MAX_LENGTH = 220;
/** Headlines carry a colon or quotation; captions describe, they do not quote. */
const NOT_IN_CAPTION = /[:;?!"“”„«»‘’]/u;
/**
 * `… in Moskou`, `… in het Diriyah-paleis in Riyad`: a caption often ends on where the picture was
 * taken, also a place whose name has a particle (`aan het Meer van Genève`).
 */
const PLACE_TAIL =
  /\s(?:in|bij|op|aan|naar|voor|uit)\s+(?:de\s+|het\s+)?\p{Lu}[\p{L}'’-]*(?:(?:[\s-]|\s(?:van|de|der|den|des|la|le)(?:\s(?:de|der|den|het|la))?\s)\p{Lu}[\p{L}'’-]*){0,3}$/u;
const CAPITALISED = /^\p{Lu}[\p{L}'’.-]*$/u;

/** Words that name the people or places of the gazetteer, whole. */
const ENTITY_WORDS = new Set<string>();
for (const list of [gazetteer.people, gazetteer.places, gazetteer.organisations]) {
  for (const entry of list) for (const name of [entry.name, ...entry.aliases]) for (const w of name.split(/\s+/)) ENTITY_WORDS.add(w);
}
const PEOPLE_WORDS = new Set<string>();
for (const person of gazetteer.people)
  for (const name of [person.name, ...person.aliases]) for (const w of name.split(/\s+/)) PEOPLE_WORDS.add(w);

/** Any listed finite verb among the lowercased words of `lower`. */
function hasFiniteVerb(lower: string): boolean {
  for (const word of lower.split(/[\s,.()]+/)) if (FINITE_VERBS.has(word)) return true;
  return false;
}
/** One scan for every caption phrase, on the lowercased line padded with spaces. */
const CAPTION_CUE_RE = new RegExp(` (?:${alternation(CAPTION_CUES)})[ ,]`);

/** The last word starts with a capital: a cheap test before PLACE_TAIL. */
const lastWordCapital = (text: string): boolean => isCapital(text.charCodeAt(text.lastIndexOf(' ') + 1));

/**
 * The caption's subject is a person: a known name, two capitalised words (`Steve Witkoff`), or
 * an article, adjectives and a role (`De Russische minister Lavrov`).
 */
function opensOnPerson(w: string[]): boolean {
  const [first, second] = w;
  if (first === undefined) return false;
  if (PEOPLE_WORDS.has(first.replace(/[,.]$/u, ''))) return true;
  if (second !== undefined && CAPITALISED.test(first) && CAPITALISED.test(second) && !LEDE_WORDS.has(first)) return true;
  const head = w.slice(0, 5).map((x) => x.toLowerCase());
  return head.some((x) => ROLE_SUFFIXES.some((role) => x.endsWith(role)));
}

/**
 * A photo caption without a credit: a short line with no verb and no final punctuation that
 * reads like a picture's description. `cue`: it holds a caption phrase (`Poetin tijdens zijn
 * persconferentie`, `…, archiefbeeld`), enough on its own. `shape`: it opens on a person and ends
 * on a place (`Lavrov en zijn Britse collega Truss in Moskou`), which a verb-less headline can do
 * too (`Witkoff in Moskou voor overleg`), so that counts only where a headline is not expected.
 */
export function captionEvidence(text: string): 'cue' | 'shape' | null {
  // Runs on every short paragraph: cheap tests first. A sentence (final punctuation) is text, a
  // datelined one is a lede.
  if (text.length > CAPTION_MAX_LENGTH || endsWithFinalPunctuation(text) || !isCapital(text.charCodeAt(0))) return null;
  const lower = ` ${text.toLowerCase()} `;
  const cue = CAPTION_CUE_RE.test(lower);
  if (!cue && !(lastWordCapital(text) && PLACE_TAIL.test(text))) return null;
  if (!/^\p{Lu}/u.test(text) || NOT_IN_CAPTION.test(text) || /[.!?…]\s/u.test(text) || startsWithAnyDateline(text)) return null;
  const w = words(text);
  if (w.length < 3 || w.length > CAPTION_MAX_WORDS || hasFiniteVerb(lower)) return null;
  if (cue) return 'cue';
  return opensOnPerson(w) ? 'shape' : null;
}

/** Most page labels are this short; a real headline this short has a verb or names someone or somewhere. */
const LABEL_MAX_WORDS = 3;

/**
 * A page label in a headline's place (`Radio 1 Journaal`, `Van onze correspondent`, `Zoek in
 * nieuws`, `Nieuws & Achtergrond`): at most three words, no finite verb and no person, place or
 * organisation of the gazetteer. A page without a headline often has one right above its text; a
 * short real headline says what happened (`Rusland slaat terug`) or names who or where (`Blinken in Kiev`).
 */
export function looksLikeLabel(text: string): boolean {
  const w = words(text);
  if (w.length > LABEL_MAX_WORDS || hasFiniteVerb(text.toLowerCase())) return false;
  // Capitalised words only: names' particles (`van`, `in`) are no evidence.
  return !w.some((x) => {
    const core = x.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    return isCapital(core.charCodeAt(0)) && ENTITY_WORDS.has(core);
  });
}

/** A byline that is only a name (`Jorrit van den Berg`): capitalised words and name particles. */
export function looksLikeBylineName(text: string): boolean {
  if (text.length > 50) return false;
  const w = words(text);
  if (w.length < 2 || w.length > 5) return false;
  const first = w[0] as string;
  const last = w[w.length - 1] as string;
  if (!CAPITALISED.test(first) || !CAPITALISED.test(last) || LEDE_WORDS.has(first)) return false;
  return w.every((x) => (CAPITALISED.test(x) && !ENTITY_WORDS.has(x)) || NAME_PARTICLES.has(x));
}
