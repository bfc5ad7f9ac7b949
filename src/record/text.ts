/** Small text helpers shared by every stage, so that folding and escaping mean the same everywhere. */

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Lowercase and strip diacritics: `Oekraïne` → `oekraine`, `Genève` → `geneve`. */
export function fold(text: string): string {
  // ASCII has nothing to decompose or strip; skipping ICU normalisation matters for short strings.
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** True for the UTF-16 code units that regex `\s` matches: hand-written scanners stay in step with the regexes. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Words in `text` (runs of non-`\s`), counting no further than `max`: cheap on long paragraphs. */
export function countWords(text: string, max: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      if (n === max) break;
      inWord = true;
      n++;
    }
  }
  return n;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape text for HTML element content and quoted attribute values. */
const HTML_SPECIAL = /[&<>"']/;
const HTML_SPECIAL_ALL = /[&<>"']/g;
const escapeChar = (ch: string): string => HTML_ESCAPES[ch] ?? ch;

export function escapeHtml(text: string): string {
  // Every paragraph of every article passes here; most hold none of the five characters.
  return HTML_SPECIAL.test(text) ? text.replace(HTML_SPECIAL_ALL, escapeChar) : text;
}

/** A URL- and file-safe ASCII slug: `Oekraïne praat` → `oekraine-praat`. */
export function slugify(text: string, maxLength = 80): string {
  const slug = fold(text)
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}
