/**
 * One segmented article → the record's editorial fields: title, date (with honest precision
 * and source), dateline, agency, lede and typed blocks. Front matter always wins.
 */
import { finer, weekdayMismatch, type PartialDate } from './dates.ts';
import type { ArticleFields } from './frontmatter.ts';
import { splitDateline } from './headline.ts';
import type { Issue } from './diagnostics.ts';
import type { Segment } from './segment.ts';
import { deriveTitle, isNavigationLine } from './title/derive.ts';
import type { ArticleRecord, Block, DateSource, TitleSource } from '../record/types.ts';

/** The fields of an ArticleRecord that extraction decides, plus its findings. */
export type Extracted = Pick<
  ArticleRecord,
  'title' | 'titleSource' | 'date' | 'datePrecision' | 'dateSource' | 'agency' | 'dateline' | 'lede' | 'blocks'
> & { issues: Issue[] };

/** A Markdown-style `> ` quote in a plain-text file. */
const MARKDOWN_QUOTE = /^>\s?/;

const QUOTE_PAIRS: [RegExp, RegExp][] = [
  [/^["“„«]/u, /["”»]$/u],
  [/^[‘]/u, /[’]$/u],
];

/** The opening marks of QUOTE_PAIRS: `"“„«‘`. */
const isQuoteOpener = (c: number): boolean => c === 34 || c === 0x201c || c === 0x201e || c === 0xab || c === 0x2018;

/** A paragraph that is one quotation from start to end, with no other quote marks inside. */
export function isWholeQuote(text: string): boolean {
  // Runs on every paragraph; only one that opens with a quote mark can pass the tests below.
  if (!isQuoteOpener(text.charCodeAt(0))) return false;
  const body = text.replace(/[.!?…]+$/u, '');
  return QUOTE_PAIRS.some(([open, close]) => {
    if (!open.test(body) || !close.test(body)) return false;
    const inner = body.slice(1, -1).replace(/[.!?…,]$/u, '');
    return inner.length > 0 && !/["“”„«»]/u.test(inner) && !/[‘’]\s/u.test(inner);
  });
}

interface DateChoice extends PartialDate {
  source: DateSource;
}

function chooseDate(segment: Segment, fields: ArticleFields, issues: Issue[]): DateChoice | null {
  for (const d of segment.dates) {
    if (weekdayMismatch(d.date)) {
      issues.push({
        line: d.line,
        rule: 'date/weekday-mismatch',
        message: `"${d.text}": ${d.date.date} is not a ${d.date.weekdayName ?? 'named weekday'}`,
        severity: 'warning',
      });
    }
  }
  if (fields.date) return { ...fields.date, source: 'frontmatter' };
  const published = segment.dates.find((d) => !d.date.updated) ?? segment.dates[0];
  const text: DateChoice | null = published ? { date: published.date.date, precision: published.date.precision, source: 'text' } : null;
  const header = segment.header?.date ? { ...segment.header.date, source: 'header' as const } : null;
  if (text && header) return finer(header, text) ? header : text;
  return text ?? header;
}

export function extractArticle(segment: Segment, fields: ArticleFields): Extracted {
  const issues: Issue[] = [];
  const blocks: Block[] = segment.blocks.map((b): Block => {
    if (b.type === 'heading') return { type: 'heading', text: b.text };
    const marked = MARKDOWN_QUOTE.exec(b.text);
    if (marked) return { type: 'quote', text: b.text.slice(marked[0].length).replace(/\s>\s?/g, ' ') };
    return { type: isWholeQuote(b.text) ? 'quote' : 'paragraph', text: b.text };
  });
  const firstParagraph = blocks.find((b) => b.type !== 'heading');
  const { dateline, agency, rest } = splitDateline(firstParagraph?.text ?? '');
  const lede = rest.trim();

  let title: string;
  let titleSource: TitleSource;
  if (fields.title) [title, titleSource] = [fields.title, 'frontmatter'];
  // A menu or label line that looks like a headline (`Ga naar de hoofdinhoud`) is never the title.
  else if (segment.headline && !isNavigationLine(segment.headline.text)) [title, titleSource] = [segment.headline.text, 'headline'];
  else [title, titleSource] = [deriveTitle(lede, blocks), 'derived'];

  const date = chooseDate(segment, fields, issues);
  if (!date) {
    issues.push({
      line: segment.line,
      rule: 'date/missing',
      message: `undated: "${title}" states no publication date`,
      severity: 'warning',
    });
  }
  return {
    title,
    titleSource,
    date: date?.date ?? null,
    datePrecision: date?.precision ?? null,
    dateSource: date?.source ?? null,
    agency: fields.agency ?? agency,
    dateline: fields.dateline ?? dateline,
    lede,
    blocks,
    issues,
  };
}
