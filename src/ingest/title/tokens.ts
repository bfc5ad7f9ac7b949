/**
 * A sentence as words the headline rules can move, drop and rewrite: each word keeps the
 * punctuation written around it, so a rewritten word (`Biden,` → `Biden,`) and a joined result
 * read like the source. Words inside a quotation are marked: no rule rewrites a quotation.
 */

export interface Token {
  /** Punctuation and quote marks before the word: `‘`, `(`. */
  pre: string;
  /** The word itself: `Washington` in `Washington,`. */
  core: string;
  /** Punctuation after the word: `,`, `’`, `.`. */
  post: string;
  /** `core` in lowercase, for the word lists. */
  lower: string;
  /** Inside a quotation, or its first or last word: never rewritten. */
  quoted: boolean;
}

const PRE = /^[“„‘«"'([]+/u;
const POST = /[”’»"')\].,;:!?…]+$/u;
const OPENING = /[“„‘«"']/u;
const CLOSING = /[”’»"']/u;
const SPACE = /\s+/u;

/** An ASCII letter or digit (never punctuation); anything else goes to the regexes. */
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** Split on whitespace; mark quotations (straight quotes open at a word's start, close at its end). */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  let inQuote = false;
  for (const chunk of sentence.split(SPACE)) {
    if (chunk === '') continue;
    // Most words carry no punctuation: test the first and last character before running a regex.
    const pre = isWordChar(chunk.charCodeAt(0)) ? '' : (PRE.exec(chunk)?.[0] ?? '');
    const rest = pre === '' ? chunk : chunk.slice(pre.length);
    const post = rest === '' || isWordChar(rest.charCodeAt(rest.length - 1)) ? '' : (POST.exec(rest)?.[0] ?? '');
    const core = rest.slice(0, rest.length - post.length);
    const opens = OPENING.test(pre);
    const closes = CLOSING.test(post);
    const quoted = inQuote || opens;
    if (opens && !closes) inQuote = true;
    else if (closes && (inQuote || opens)) inQuote = false;
    tokens.push({ pre, core, post, lower: core.toLowerCase(), quoted });
  }
  return tokens;
}

/** A token with a new word but the same punctuation and quotation mark. */
export function withCore(token: Token, core: string): Token {
  return { ...token, core, lower: core.toLowerCase() };
}

/** A new, unquoted word without punctuation (a particle moved to the end of a clause). */
export function word(core: string): Token {
  return { pre: '', core, post: '', lower: core.toLowerCase(), quoted: false };
}

/** The words joined back into text. */
export function join(tokens: readonly Token[]): string {
  let text = '';
  for (const t of tokens) text += (text === '' ? '' : ' ') + t.pre + t.core + t.post;
  return text;
}

/** A comma (or semicolon, colon) after the word: a clause or phrase may end here. */
export function endsPhrase(t: Token): boolean {
  // Character tests, not a regex: this runs for nearly every word of every rule.
  const post = t.post;
  for (let i = 0; i < post.length; i++) {
    const c = post.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58) return true;
  }
  return false;
}

const UPPER_START = /^\p{Lu}/u;
export function isCapitalised(t: Token): boolean {
  const c = t.core.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(t.core);
}

/** The first letter in upper case: a headline starts with a capital. */
export function capitalise(text: string): string {
  // Most titles open with an ASCII letter: no regex needed.
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return text;
  if (c >= 97 && c <= 122) return String.fromCharCode(c - 32) + text.slice(1);
  // After opening quotes only: `58 doden vallen` keeps its lower case.
  const i = /^[“„‘«"'(]*\p{L}/u.exec(text)?.[0].length ?? 0;
  if (i === 0) return text;
  return text.slice(0, i - 1) + (text[i - 1] as string).toUpperCase() + text.slice(i);
}

/** The first letter in lower case, for a sentence-initial word moved inside the clause (`De` → `de`). */
export function uncapitalise(token: Token): Token {
  if (!isCapitalised(token) || /^\p{Lu}{2}/u.test(token.core)) return token;
  return withCore(token, token.core.charAt(0).toLowerCase() + token.core.slice(1));
}

/** A sentence split into words on first use: most ledes never need their second or third sentence's words. */
export class LazySentence {
  private words: Token[] | null = null;
  constructor(readonly text: string) {}
  get tokens(): Token[] {
    this.words ??= tokenize(this.text);
    return this.words;
  }
}
