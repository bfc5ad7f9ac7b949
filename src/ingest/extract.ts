/**
 * One segmented article → the record's editorial fields: title, date (with honest precision
 * and source), dateline, agency, lede and typed blocks. Front matter always wins.
 */
import { finer, weekdayMismatch, type PartialDate } from './dates.ts';
import type { ArticleFields } from './frontmatter.ts';
import { looksLikeLabel, splitDateline } from './headline.ts';
import type { IngestFile } from './diagnostics.ts';
import type { Segment, SegmentBlock } from './segment.ts';
import { deriveTitle, isNavigationLine } from './title/derive.ts';
import type { ArticleRecord, Block, DateSource, TitleSource } from '../record/types.ts';

/** The fields of an ArticleRecord that extraction decides. */
export type Extracted = Pick<
  ArticleRecord,
  'title' | 'titleSource' | 'date' | 'datePrecision' | 'dateSource' | 'agency' | 'dateline' | 'lede' | 'blocks'
>;

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

function chooseDate(segment: Segment, fields: ArticleFields, file: IngestFile): DateChoice | null {
  for (const d of segment.dates) {
    if (weekdayMismatch(d.date)) {
      file.message(`"${d.text}": ${d.date.date} is not a ${d.date.weekdayName ?? 'named weekday'}`, {
        line: d.line,
        rule: 'date/weekday-mismatch',
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

/** Text blocks → typed blocks: `> ` lines and paragraphs that are one quotation are quotes. */
function typedBlock(b: SegmentBlock): Block {
  if (b.type !== 'paragraph') return { type: b.type, text: b.text };
  const marked = MARKDOWN_QUOTE.exec(b.text);
  if (marked) return { type: 'quote', text: b.text.slice(marked[0].length).replace(/\s>\s?/g, ' ') };
  return { type: isWholeQuote(b.text) ? 'quote' : 'paragraph', text: b.text };
}

/** An article's fields before its title is derived: `title` is null when the deriver must write one. */
export interface Draft extends Omit<Extracted, 'title' | 'titleSource'> {
  title: string | null;
  titleSource: TitleSource;
}

/**
 * One article's fields except a derived title; weekday warnings go to `file`, the article's
 * context. The pipeline derives the titles of a batch of articles together (see pipeline.ts).
 */
export function draftArticle(segment: Segment, fields: ArticleFields, file: IngestFile): Draft {
  // Markdown knows its own quotes: keep its block types.
  const blocks: Block[] = segment.blocks.map((b): Block => (segment.markdown ? { type: b.type, text: b.text } : typedBlock(b)));
  const firstParagraph = blocks.find((b) => b.type !== 'heading');
  const { dateline, agency, rest } = splitDateline(firstParagraph?.text ?? '');
  const lede = rest.trim();

  let title: string | null = null;
  let titleSource: TitleSource = 'derived';
  if (fields.title) [title, titleSource] = [fields.title, 'frontmatter'];
  // A menu or label line that looks like a headline (`Ga naar de hoofdinhoud`, `Radio 1 Journaal`) is never the title.
  else if (segment.headline && !isNavigationLine(segment.headline.text) && !looksLikeLabel(segment.headline.text))
    [title, titleSource] = [segment.headline.text, 'headline'];

  const date = chooseDate(segment, fields, file);
  return {
    title,
    titleSource,
    date: date?.date ?? null,
    datePrecision: date?.precision ?? null,
    dateSource: date?.source ?? null,
    agency: fields.agency ?? agency ?? segment.credit?.agency ?? null,
    dateline: fields.dateline ?? dateline,
    lede,
    blocks,
  };
}

/** The draft with its title (derived from the lede when it has none); an undated article is reported to `file` by that title. */
export function finishArticle(draft: Draft, line: number, file: IngestFile): Extracted {
  const title = draft.title ?? deriveTitle(draft.lede, draft.blocks);
  if (draft.date === null) file.message(`undated: "${title}" states no publication date`, { line, rule: 'date/missing' });
  return { ...draft, title };
}

/** One article's fields; its warnings (weekday mismatch, no date) go to `file`, the article's context. */
export function extractArticle(segment: Segment, fields: ArticleFields, file: IngestFile): Extracted {
  return finishArticle(draftArticle(segment, fields, file), segment.line, file);
}
