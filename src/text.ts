/** Small text helpers shared by every stage, so that folding and escaping mean the same everywhere. */

/** Lowercase and strip diacritics: `Oekraïne` → `oekraine`, `Genève` → `geneve`. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** A URL- and file-safe ASCII slug: `Oekraïne praat` → `oekraine-praat`. */
export function slugify(text: string, maxLength = 80): string {
  const slug = fold(text)
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}
