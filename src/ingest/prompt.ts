/**
 * Prompts to the reader — subscribe, log in, sign up for a newsletter, send the newsroom a tip —
 * told by a keyword and the shape of a prompt (short, addressed to the reader) rather than by
 * outlet sentences, so a new outlet's wording is caught too. The words are `data/prompts.json`.
 */
import prompts from '../data/prompts.json' with { type: 'json' };
import { alternation } from './pattern.ts';

/** Letters that may not touch a keyword or word on its left (ASCII and Latin-1 accented). */
const LETTER = 'a-z\\u00c0-\\u024f';
const atWordStart = (words: string[]): string => `(?:^|[^${LETTER}])(?:${alternation(words)})`;
const asWord = (words: string[]): string => `${atWordStart(words)}(?![${LETTER}])`;

/** One keyword test for all kinds (after the cheaper test of the reader address), then the kind. */
const ANY_KEYWORD = new RegExp(atWordStart(prompts.kinds.flatMap((k) => k.keywords)), 'i');
const KINDS = prompts.kinds.map((k) => ({ rule: k.rule, keyword: new RegExp(atWordStart(k.keywords), 'i') }));
const WEAK_PAYWALL = new RegExp(atWordStart(prompts.weakPaywallKeywords), 'i');
/** An imperative or the page speaking about itself, at the start. */
const OPENER = new RegExp(`^(?:${alternation([...prompts.imperatives, ...prompts.selfReference])})(?![${LETTER}])`, 'i');
/**
 * Case-sensitive with ASCII `\\b`: much cheaper than a case-insensitive scan, and the reader
 * words are ASCII, written in lower case or capitalised.
 */
const READER = new RegExp(`\\b(?:${alternation(prompts.readerWords.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]))})\\b`);
const REPORTED = new RegExp(asWord(prompts.reported), 'i');
/** Quotation marks: a prompt never quotes anyone. */
const QUOTE = /["“”„«»]/;

/** The same openers, and the page speaking about itself alone, tried at a given offset (sticky: no slice). */
const OPENER_AT = new RegExp(OPENER.source.slice(1), 'iy');
const SELF_AT = new RegExp(`(?:${alternation(prompts.selfReference)})(?![${LETTER}])`, 'iy');
/** `Heb je een vraag?`, `Snap jij het niet?`: a verb-first question put to the reader (a yes/no question). */
const READER_QUESTION_AT = new RegExp(`[\\p{L}]+\\s+(?:${alternation(prompts.readerWords)})\\s[^.!?]*\\?`, 'uy');

/** `Nog geen abonnee? Probeer …`: an opener right after a question. */
const opensAfter = (text: string, question: number): boolean => question > 0 && OPENER.test(text.slice(question + 2));

/** The prompt rule (`paywall`, `newsletter`, `tip-line`) whose kind `text` (one trimmed line) is, or null. */
export function promptKind(text: string): string | null {
  if (text.length > prompts.maxLength) return null;
  const question = text.indexOf('? ');
  // The anchored test first, then the reader words: far fewer lines address the reader than not.
  const opens = OPENER.test(text) || opensAfter(text, question);
  if (!opens && !READER.test(text)) return null;
  if (QUOTE.test(text) || REPORTED.test(text)) return null;
  if (ANY_KEYWORD.test(text)) for (const kind of KINDS) if (kind.keyword.test(text)) return kind.rule;
  return opens && WEAK_PAYWALL.test(text) ? 'paywall' : null;
}

const CLOSING_MAX_LENGTH = 280;
const isSentenceEnd = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;
const at = (re: RegExp, text: string, index: number): boolean => {
  re.lastIndex = index;
  return re.test(text);
};

/**
 * The outlet speaking to the reader in its own voice (`Leden maken … mogelijk. Word ook lid.`,
 * `Dit liveblog is gesloten.`, `Heb jij een vraag? Stuur hem naar de redactie!`): a short paragraph
 * that opens on the page speaking about itself or on a yes/no question put to the reader, or whose
 * last sentence opens on an imperative — and quotes and reports nobody. No keyword is needed: the
 * caller asks only about an article's closing paragraphs, where news prose does not address the
 * reader (a column's generic `je kunt …` is no question and no imperative, and stays).
 */
export function addressesReader(text: string): boolean {
  if (text.length > CLOSING_MAX_LENGTH) return false;
  // The anchored tests first: most closing paragraphs fail them, and then the scans for quotation
  // marks and reporting words are not needed.
  if (!at(SELF_AT, text, 0) && !at(READER_QUESTION_AT, text, 0) && !closesOnImperative(text)) return false;
  return !QUOTE.test(text) && !REPORTED.test(text);
}

/** The last sentence opens on an imperative (`… Word ook lid.`), and is no question. */
function closesOnImperative(text: string): boolean {
  // `Sluit Rusland de gaskraan?`: a question that opens on a verb asks about the news, it bids nothing.
  if (text.charCodeAt(text.length - 1) === 63) return false;
  // The last sentence's start: after the last sentence end followed by a space.
  let last = 0;
  for (let i = text.length - 2; i > 0; i--) {
    if (isSentenceEnd(text.charCodeAt(i)) && text.charCodeAt(i + 1) === 32) {
      last = i + 2;
      break;
    }
  }
  return at(OPENER_AT, text, last);
}
