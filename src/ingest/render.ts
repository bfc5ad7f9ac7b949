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

/** A block of a Markdown body and the 0-based source line its top-level token starts on. */
export interface MarkdownBlock extends Block {
  sourceLine: number;
}

const newlines = (text: string): number => {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

function blocksOf(tokens: Token[], sourceLine: number, quote = false): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  for (const t of tokens) {
    if (t.type === 'heading') blocks.push({ type: 'heading', text: decodeEntities(plain(t.tokens, t.text)).trim(), sourceLine });
    else if (t.type === 'paragraph' || t.type === 'text' || t.type === 'code')
      blocks.push({
        type: quote ? 'quote' : 'paragraph',
        text: decodeEntities(plain((t as { tokens?: Token[] }).tokens, t.text)).trim(),
        sourceLine,
      });
    else if (t.type === 'blockquote') blocks.push(...blocksOf(t.tokens ?? [], sourceLine, true));
    else if (t.type === 'list') {
      let line = sourceLine;
      for (const item of (t as Tokens.List).items) {
        blocks.push(...blocksOf(item.tokens, line, quote));
        line += newlines(item.raw);
      }
    }
  }
  return blocks.filter((b) => b.text !== '');
}

export interface MarkdownBody {
  /** The heading that opens the document, taken as the article's headline. */
  headline: { text: string; sourceLine: number } | null;
  blocks: MarkdownBlock[];
  html: string;
}

export function renderMarkdown(source: string): MarkdownBody {
  const tokens = marked.lexer(source);
  // Top-level tokens' raw texts add up to the source, so counting their newlines gives each one's line.
  const lines: number[] = [];
  let line = 0;
  for (const t of tokens) {
    lines.push(line);
    line += newlines(t.raw);
  }
  const firstIndex = tokens.findIndex((t) => t.type !== 'space');
  const first = tokens[firstIndex];
  let headline: MarkdownBody['headline'] = null;
  if (first?.type === 'heading') {
    const text = decodeEntities(plain(first.tokens, first.text)).trim();
    if (text) headline = { text, sourceLine: lines[firstIndex] ?? 0 };
    tokens.splice(firstIndex, 1);
    lines.splice(firstIndex, 1);
  }
  const blocks = tokens.flatMap((t, i) => blocksOf([t], lines[i] ?? 0));
  return { headline, blocks, html: marked.parser(tokens).trim() };
}
