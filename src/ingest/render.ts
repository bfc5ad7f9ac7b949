/**
 * Article bodies → HTML the site can embed as is. Scraped text is escaped block by block;
 * Markdown goes through marked with a renderer that lets no raw HTML, script URL or external
 * image through (the site makes no requests to other hosts).
 */
import { Marked, type Token, type Tokens } from 'marked';
import { escapeHtml } from '../record/text.ts';
import type { Block } from '../record/types.ts';

export function renderBlocks(blocks: Block[]): string {
  return blocks
    .map((b) => {
      const text = escapeHtml(b.text);
      if (b.type === 'heading') return `<h2>${text}</h2>`;
      if (b.type === 'quote') return `<blockquote><p>${text}</p></blockquote>`;
      return `<p>${text}</p>`;
    })
    .join('\n');
}

/** Strip characters browsers ignore inside a URL scheme (`java\nscript:`). */
const cleanUrl = (url: string): string => url.replace(/[\u0000-\u0020\u007f]+/g, '').trim();
const hasScheme = (url: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(url);

export function isSafeLinkUrl(url: string): boolean {
  const clean = cleanUrl(url);
  if (/^(?:https?:|mailto:)/i.test(clean)) return true;
  return !hasScheme(clean) && !/^\\/.test(clean);
}

/** Images only from the site itself: relative URLs, never another host. */
export function isSafeImageUrl(url: string): boolean {
  const clean = cleanUrl(url);
  return clean !== '' && !hasScheme(clean) && !/^[/\\]{2}/.test(clean);
}

const marked = new Marked({ gfm: true, async: false });
marked.use({
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag): string {
      return escapeHtml(token.text);
    },
    heading(token: Tokens.Heading): string {
      // The page's own <h1> is the article title, so body headings start at h2.
      const depth = Math.min(6, Math.max(2, token.depth + 1));
      return `<h${depth}>${this.parser.parseInline(token.tokens)}</h${depth}>\n`;
    },
    link(token: Tokens.Link): string {
      const inner = this.parser.parseInline(token.tokens);
      if (!isSafeLinkUrl(token.href)) return inner;
      const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
      return `<a href="${escapeHtml(cleanUrl(token.href))}"${title}>${inner}</a>`;
    },
    image(token: Tokens.Image): string {
      if (!isSafeImageUrl(token.href)) return escapeHtml(token.text);
      return `<img src="${escapeHtml(cleanUrl(token.href))}" alt="${escapeHtml(token.text)}" loading="lazy">`;
    },
  },
});

/** Plain text of inline tokens (no markup, no raw HTML). */
function plain(tokens: Token[] | undefined, fallback: string): string {
  if (!tokens) return fallback;
  return tokens
    .map((t) => {
      if (t.type === 'html') return '';
      if (t.type === 'br') return ' ';
      const children = (t as { tokens?: Token[] }).tokens;
      if (children && children.length > 0) return plain(children, '');
      return 'text' in t && typeof t.text === 'string' ? t.text : '';
    })
    .join('');
}

const decodeEntities = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? _);

function blocksOf(tokens: Token[], quote = false): Block[] {
  const blocks: Block[] = [];
  for (const t of tokens) {
    if (t.type === 'heading') blocks.push({ type: 'heading', text: decodeEntities(plain(t.tokens, t.text)).trim() });
    else if (t.type === 'paragraph' || t.type === 'text' || t.type === 'code')
      blocks.push({ type: quote ? 'quote' : 'paragraph', text: decodeEntities(plain((t as { tokens?: Token[] }).tokens, t.text)).trim() });
    else if (t.type === 'blockquote') blocks.push(...blocksOf(t.tokens ?? [], true));
    else if (t.type === 'list') for (const item of (t as Tokens.List).items) blocks.push(...blocksOf(item.tokens, quote));
  }
  return blocks.filter((b) => b.text !== '');
}

export interface MarkdownBody {
  /** The text of a heading that opens the document, taken as the article's headline. */
  headline: string | null;
  blocks: Block[];
  html: string;
}

export function renderMarkdown(source: string): MarkdownBody {
  const tokens = marked.lexer(source);
  const firstIndex = tokens.findIndex((t) => t.type !== 'space');
  const first = tokens[firstIndex];
  let headline: string | null = null;
  if (first?.type === 'heading') {
    headline = decodeEntities(plain(first.tokens, first.text)).trim() || null;
    tokens.splice(firstIndex, 1);
  }
  return { headline, blocks: blocksOf(tokens), html: marked.parser(tokens).trim() };
}
