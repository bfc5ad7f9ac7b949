/**
 * A photo caption or credit told by its structure, not by one outlet's spelling: a list of sources
 * (the agencies and picture desks of `data/credits.json`, or a photographer's name) joined by
 * separators, after an optional prefix (`Foto:`, `BEELD`, `©`) and optionally in parentheses, at
 * the end of a short line or as the whole line. Prose that merely names an agency (`…, meldt
 * persbureau Reuters.`) has no boundary before it and is never read as a credit.
 */
import credits from '../data/credits.json' with { type: 'json' };
import { alternation } from './pattern.ts';

/** A caption is short; a longer line is a paragraph, whatever it ends on. */
const CAPTION_MAX_LENGTH = 260;
/** The caption text before a credit that holds only news agencies (a closing credit's look). */
const AGENCY_CAPTION_MAX = 160;
/** …and between paragraphs, where a short last paragraph could end on a bare agency too. */
const AGENCY_CAPTION_BETWEEN_MAX = 100;
/** Only the line's end is searched: a credit is at most this long. */
const TAIL_LENGTH = 110;

const cased = (words: string[]): string[] => [...new Set(words.flatMap((w) => [w, w.toUpperCase(), w.toLowerCase()]))];
const NEWS = new Set(cased(credits.newsAgencies));
const PICTURE = new Set(cased(credits.pictureSources));
const SOURCE = alternation(new Set([...NEWS, ...PICTURE]));
const PREFIX_WORD = alternation(cased(credits.prefixes));
const MARK = alternation(credits.marks);
const PARTICLE = alternation(credits.nameParticles);
const SEPARATOR_CHARS = credits.separators
  .filter((s) => s.length === 1)
  .join('')
  .replace(/[\\\]^-]/g, '\\$&');
const SEPARATOR_WORDS = alternation(credits.separators.filter((s) => s.length > 1));

/** A capitalised word of a name, or an initial (`J.`). */
const CAP = "\\p{Lu}(?:\\.|[\\p{L}\\p{N}'’-]*)";
const NAME = `${CAP}(?:\\s+(?:(?:${PARTICLE})\\s+)?${CAP}){0,3}`;
const ELEMENT = `(?:${SOURCE})(?![\\p{L}\\p{N}])|${NAME}`;
const SEPARATOR = `\\s*[${SEPARATOR_CHARS}]\\s*|\\s+(?:${SEPARATOR_WORDS})\\s+`;
const QUALIFIER = `(?:(?:${alternation(cased(credits.qualifiers))})\\s*[:,]?\\s+)?`;
const MARK_QUALIFIER = `(?:(?:${alternation(cased(credits.markQualifiers))})\\s+)?`;
const PREFIX = `(?:(?:${MARK})\\s*(?:\\d{4}\\s+)?(?:(?:${PREFIX_WORD})\\s*:?\\s*)?${MARK_QUALIFIER}|(?:${PREFIX_WORD})(?:\\s*:\\s*|\\s+))${QUALIFIER}`;
/** `Foto: Oekraïense strijdkrachten via Telegram`: after a prefix and colon, any short phrase is the credit. */
const COLON_CREDIT = new RegExp(
  `(?:^|[.!?…"”’]\\s+|\\s*\\|\\s*|\\s+[-–—]\\s+|\\s+(?=\\())\\(?(?:${PREFIX_WORD})\\s*:\\s*\\p{L}[^.!?()"“”]{0,60}\\)?\\.?$`,
  'u',
);
/**
 * What may stand before a credit: the line's start, a finished sentence, a `|` or spaced dash, or
 * (only before a prefix or a parenthesis) a space. Without that last guard the leftmost match
 * would start at any capitalised word.
 */
const CREDIT = new RegExp(
  `(?<lead>^|[.!?…"”’]\\s+|\\s*\\|\\s*|\\s+[-–—]\\s+|\\s+(?=\\(|${PREFIX}))(?<open>\\(\\s*)?(?<prefix>${PREFIX})?(?<list>(?:${ELEMENT})(?:(?:${SEPARATOR})(?:${ELEMENT})){0,5})\\s*(?<close>\\))?\\.?$`,
  'u',
);
const ELEMENT_SPLIT = new RegExp(SEPARATOR, 'u');
/** Where a word ends on the left: a space, a separator or a parenthesis. */
const breaksWord = (c: number): boolean => c <= 32 || c === 47 || c === 40 || c === 124;
const lastWordOf = (text: string): string => {
  let start = text.length;
  while (start > 0 && !breaksWord(text.charCodeAt(start - 1))) start--;
  return text.slice(start);
};
/** The last words of the sources in every case they are matched in (`Images`, `BELGA`, `shutterstock`). */
const SOURCE_LAST_WORDS = new Set([...NEWS, ...PICTURE].map(lastWordOf));
/** First letter and length of each of them: most words are ruled out without making a string. */
const wordKey = (first: number, length: number): number => first * 64 + Math.min(length, 63);
const SOURCE_KEYS = new Set([...SOURCE_LAST_WORDS].map((w) => wordKey(w.charCodeAt(0), w.length)));
/** A credit that ends on a photographer's name shows a separator, a prefix or a mark. */
const NAME_CREDIT_HINT = new RegExp(`[${SEPARATOR_CHARS}]|${PREFIX_WORD}|${MARK}`);
const SENTENCE_LEAD = /^[.!?…"”’]/u;
/** `… in Nusa Dua. — AFP`: a dash or `|` after a finished sentence counts too. */
const SENTENCE_ENDS = '.!?…"”’';
/** `MOSKOU - …`, `Washington (ANP) - …`: a lede, never a caption. */
const DATELINE_START = /^[\p{L}' .-]{2,40}?(?:\s\([^()]{1,30}\))?\s[-–—]\s/u;

const isUpper = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c));

/**
 * How the line ends: on a source (`… Getty Images`, `(belga)`), on a capitalised word that may be
 * a photographer's name (not before a bare full stop), or on anything else (prose ends on a
 * lower-case word and a full stop), which is no credit. Read from the end, without a regex: this runs on every short line.
 */
function creditEnd(text: string): 'source' | 'name' | null {
  let end = text.length;
  const stop = text.charCodeAt(end - 1) === 46;
  if (stop) end--;
  if (text.charCodeAt(end - 1) === 41) end--;
  let start = end;
  const limit = Math.max(0, end - 40);
  while (start > limit && !breaksWord(text.charCodeAt(start - 1))) start--;
  const first = text.charCodeAt(start);
  if (SOURCE_KEYS.has(wordKey(first, end - start)) && SOURCE_LAST_WORDS.has(text.slice(start, end))) return 'source';
  // `… zei Poetin in Moskou.`: a name before a full stop ends a sentence, not a credit.
  return isUpper(first) && (!stop || end < text.length - 1) ? 'name' : null;
}

/**
 * Whether `text` (one trimmed line) is a caption or credit line. A caption credited only to news
 * agencies looks like an article's closing credit, so where it stands decides: `beforeProse` (no
 * paragraph of running text yet: `… Duitsland. ANP / EPA`, `… Dmitrijev. (ANP / AFP / Sputnik)`),
 * or `proseFollows` (a paragraph comes after it) for a short caption with a bare credit (`Biden in
 * Warschau. AP`); a credit in parentheses after the prose is the closing credit (the agency).
 */
export function isCaptionCredit(text: string, beforeProse: boolean, proseFollows: boolean): boolean {
  if (text.length > CAPTION_MAX_LENGTH) return false;
  const ending = creditEnd(text);
  if (ending === null) return false;
  const from = Math.max(0, text.length - TAIL_LENGTH);
  const tail = from === 0 ? text : text.slice(from);
  if (ending === 'name' && !NAME_CREDIT_HINT.test(tail)) return false;
  const m = CREDIT.exec(tail);
  const g = m?.groups;
  if (m === null || g?.list === undefined) {
    const colon = COLON_CREDIT.exec(tail);
    return colon !== null && (from === 0 || colon.index > 0);
  }
  // The slice may cut a word: its start is not the line's.
  if (from > 0 && m.index === 0 && g.lead === '') return false;
  const parenthesised = g.open !== undefined;
  if (parenthesised !== (g.close !== undefined)) return false;
  const prefixed = g.prefix !== undefined;
  if (prefixed) return true;
  const elements = g.list.split(ELEMENT_SPLIT);
  if (elements.some((e) => PICTURE.has(e))) return true;
  const agencies = elements.filter((e) => NEWS.has(e)).length;
  if (agencies === 0) return false;
  // A photographer's name beside an agency: `ANP / Koen van Weel`.
  if (agencies < elements.length) return true;
  // Only after a finished sentence: `Kop van de pagina | Reuters` is a page title with its outlet.
  const before = from + m.index;
  const lead = g.lead ?? '';
  const afterSentence = SENTENCE_LEAD.test(lead) || (lead.trim() !== '' && SENTENCE_ENDS.includes(text.charAt(before - 1)));
  if (!afterSentence || DATELINE_START.test(text)) return false;
  if (beforeProse) return before <= AGENCY_CAPTION_MAX;
  return proseFollows && !parenthesised && before <= AGENCY_CAPTION_BETWEEN_MAX;
}
