/**
 * Items of one file → articles. A file may hold several articles glued together; a new one
 * starts at a `date …` header, at a headline glued onto its lede, at a short headline line
 * followed by a datelined lede, or at a datelined paragraph after a finished article.
 */
import type { DateLine, PartialDate } from './dates.ts';
import { looksLikeHeadline, looksLikeSubheading, splitGluedHeadline, startsWithDateline } from './headline.ts';
import type { Item } from './paragraphs.ts';

export interface SegmentBlock {
  type: 'paragraph' | 'heading';
  line: number;
  text: string;
}

export interface Segment {
  headline: { text: string; line: number } | null;
  blocks: SegmentBlock[];
  dates: { line: number; text: string; date: DateLine }[];
  /** The most recent `date …` header before or at the article's start. */
  header: { line: number; raw: string; date: PartialDate | null } | null;
  line: number;
  /** Short lines before the headline (section labels, kickers) that were set aside. */
  preamble: { line: number; text: string }[];
}

const HEADLINE_MAX_WORDS = 25;
const ATX_HEADING = /^#{1,6}\s+(\S.*?)\s*#*$/u;
const ENDS_SENTENCE = /[.!?…]["”’')]*$/u;

/** A body long enough to be a whole article, and a paragraph long enough to hold one's start. */
const ARTICLE_MIN_PARAGRAPHS = 3;
const ARTICLE_MIN_WORDS = 80;
const WEAK_GLUED_MIN_WORDS = 25;
/** Words in `text`, counting no further than `max`: cheap on long paragraphs. */
function countWords(text: string, max: number): number {
  let n = 0;
  const re = /\S+/g;
  while (n < max && re.exec(text) !== null) n++;
  return n;
}
function articleLike(segment: Segment): boolean {
  // Stops as soon as both minimums are met: this runs for many paragraphs of a long file.
  let paragraphs = 0;
  let total = 0;
  for (const b of segment.blocks) {
    if (b.type !== 'paragraph') continue;
    paragraphs++;
    total += countWords(b.text, ARTICLE_MIN_WORDS);
    if (paragraphs >= ARTICLE_MIN_PARAGRAPHS && total >= ARTICLE_MIN_WORDS) return true;
  }
  return false;
}

export function segmentArticles(items: Item[]): Segment[] {
  const segments: Segment[] = [];
  let header: Segment['header'] = null;
  let current: Segment | null = null;
  const start = (line: number): Segment => {
    current = { headline: null, blocks: [], dates: [], header, line, preamble: [] };
    segments.push(current);
    return current;
  };
  const hasBody = (s: Segment | null): boolean => s !== null && s.blocks.some((b) => b.type === 'paragraph');
  // The text item after each position (null at a header or the end), computed once: O(n) overall.
  const following: (string | null)[] = new Array<string | null>(items.length).fill(null);
  for (let j = items.length - 2; j >= 0; j--) {
    const next = items[j + 1];
    following[j] = next?.kind === 'text' ? next.text : next?.kind === 'header' ? null : (following[j + 1] ?? null);
  }

  const same = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').toLowerCase() === b.replace(/\s+/g, ' ').toLowerCase();

  items.forEach((item, i) => {
    if (item.kind === 'header') {
      header = item;
      const seg = current as Segment | null;
      if (seg === null || hasBody(seg)) start(item.line);
      else seg.header = item;
      return;
    }
    if (item.kind === 'date') {
      (current ?? start(item.line)).dates.push(item);
      return;
    }
    const seg = current as Segment | null;
    const next = following[i] ?? null;
    const lastBlock = seg?.blocks[seg.blocks.length - 1];
    const previousEnded = lastBlock === undefined || ENDS_SENTENCE.test(lastBlock.text);

    const atx = ATX_HEADING.exec(item.text);
    if (atx?.[1] !== undefined) {
      // An explicit `# Kop` in a text file: the headline before any body, a subheading after.
      if (seg === null || (!hasBody(seg) && seg.headline === null)) (seg ?? start(item.line)).headline = { text: atx[1], line: item.line };
      else seg.blocks.push({ type: 'heading', line: item.line, text: atx[1] });
      return;
    }
    // Scrapes often carry the headline twice (page title and article heading).
    if (seg?.headline && !hasBody(seg) && same(seg.headline.text, item.text)) return;

    if (seg === null || !hasBody(seg)) {
      const target = seg ?? start(item.line);
      if (target.blocks.length === 0 && target.headline !== null && next !== null && looksLikeHeadline(item.text, HEADLINE_MAX_WORDS)) {
        // Several short lines before the body: page chrome first, the real headline closest to the text.
        target.preamble.push(target.headline);
        target.headline = { text: item.text, line: item.line };
        return;
      }
      if (target.headline === null && target.blocks.length === 0) {
        if (next !== null && looksLikeHeadline(item.text, HEADLINE_MAX_WORDS)) {
          target.headline = { text: item.text, line: item.line };
          return;
        }
        // The very start of an article is where a headline is expected: weaker lede signals count.
        const glued = splitGluedHeadline(item.text, { weakLedes: true });
        if (glued) {
          target.headline = { text: glued.headline, line: item.line };
          target.blocks.push({ type: 'paragraph', line: item.line, text: glued.rest });
          return;
        }
      }
      target.blocks.push({ type: 'paragraph', line: item.line, text: item.text });
      return;
    }

    if (next !== null && looksLikeHeadline(item.text, HEADLINE_MAX_WORDS) && startsWithDateline(next) && previousEnded) {
      start(item.line).headline = { text: item.text, line: item.line };
      return;
    }
    if (next !== null && looksLikeSubheading(item.text)) {
      seg.blocks.push({ type: 'heading', line: item.line, text: item.text });
      return;
    }
    if (previousEnded) {
      // After a finished, article-length body a long paragraph may be a whole second article
      // whose lede opens on a person's name: the weaker lede signals of an article start apply.
      const weakLedes = countWords(item.text, WEAK_GLUED_MIN_WORDS) >= WEAK_GLUED_MIN_WORDS && articleLike(seg);
      const glued = splitGluedHeadline(item.text, { weakLedes });
      if (glued) {
        const next = start(item.line);
        next.headline = { text: glued.headline, line: item.line };
        next.blocks.push({ type: 'paragraph', line: item.line, text: glued.rest });
        return;
      }
      if (startsWithDateline(item.text)) {
        start(item.line).blocks.push({ type: 'paragraph', line: item.line, text: item.text });
        return;
      }
    }
    seg.blocks.push({ type: 'paragraph', line: item.line, text: item.text });
  });
  return segments;
}
