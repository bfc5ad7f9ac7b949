/**
 * The stages of ingest, each a step for one file on its way (`FileInFlight`): read, noise, items,
 * repeats, segments, draft, title, record. pipeline.ts runs them in order over batches of files.
 */
import { decode } from './decode.ts';
import type { IngestFile } from './diagnostics.ts';
import { draftArticle, finishArticle, type Draft, type Extracted } from './extract.ts';
import { parseFrontMatter, type ArticleFields } from './frontmatter.ts';
import { markdownSegments } from './markdown.ts';
import { stripNoise, type SourceLine } from './noise.ts';
import { buildItems, type Item } from './paragraphs.ts';
import { renderBlocks } from './render.ts';
import { dropRepeatedItems } from './repeats.ts';
import { notAnArticle, segmentArticles, type Segment } from './segment.ts';
import { tagEntities } from './tag.ts';
import { slugify } from '../record/text.ts';
import { isOnTopicJoined } from './topic.ts';
import { noteArticle } from './trace.ts';
import type { ArticleRecord } from '../record/types.ts';
import type { FileIngest, SourceFile } from './file-ingest.ts';

export const isMarkdown = (file: string): boolean => /\.(md|markdown)$/i.test(file);

/** Overlay a part's fields on the file's fields (a part overrides, never erases). */
function fieldsFor(top: ArticleFields, parts: ArticleFields[], index: number): ArticleFields {
  return { ...top, ...(parts[index] ?? {}) };
}

const ID_SLUG_MAX = 60;

/** `2021-12-03-biden-en-poetin-gaan-praten`: readable, ASCII, cut at a word boundary. */
export function recordId(date: string | null, title: string): string {
  let slug = slugify(title, 1000);
  if (slug.length > ID_SLUG_MAX) {
    const cut = slug.slice(0, ID_SLUG_MAX + 1);
    const boundary = cut.lastIndexOf('-');
    slug = boundary > 20 ? cut.slice(0, boundary) : cut.slice(0, ID_SLUG_MAX);
  }
  return `${date ?? 'ongedateerd'}-${slug || 'artikel'}`;
}

/** A segment with article text (not only headings) becomes a record. */
const hasText = (s: Segment): boolean => s.blocks.some((b) => b.type !== 'heading');

/** Segments that are articles; the text of the others (link lists, paywall teasers) is reported as dropped. */
function articlesOf(segments: Segment[], file: IngestFile): Segment[] {
  const paywalled = file.dropped.some((d) => d.rule === 'noise/paywall');
  return segments.filter((segment) => {
    const reason = notAnArticle(segment, paywalled);
    if (reason === null) return true;
    if (segment.headline) file.drop(segment.headline.line, reason, segment.headline.text);
    for (const d of segment.dates) file.drop(d.line, reason, d.text);
    for (const b of segment.blocks) file.drop(b.line, reason, b.text);
    return false;
  });
}

const NO_ARTICLE: Record<string, string> = {
  'ingest/paywall-teaser': 'only a teaser before a paywall prompt: the article itself is not in the file; not published',
  'ingest/no-prose': 'no sentence left after removing page noise (a list of links or labels); not published',
};

function noArticleReason(file: IngestFile): string {
  const rule = [...file.dropped].reverse().find((d) => NO_ARTICLE[d.rule] !== undefined)?.rule;
  return (rule && NO_ARTICLE[rule]) || 'no article text left after removing page noise';
}

/** One article on its way: its segment, its own message context and its fields, the title still to derive. */
interface ArticleInFlight {
  segment: Segment;
  context: IngestFile;
  fields: ArticleFields;
  draft: Draft;
  /** The draft with its title, from the title stage. */
  extracted: Extracted | null;
}

/**
 * One file on its way through the stages. A stage fills the next field; `done` ends the file's
 * journey early (undecodable, bad front matter, or a stage that threw).
 */
export interface FileInFlight {
  source: SourceFile;
  file: IngestFile;
  markdown: boolean;
  fields: ArticleFields;
  parts: ArticleFields[];
  lines: SourceLine[];
  items: Item[];
  segments: Segment[];
  articles: ArticleInFlight[];
  done: FileIngest | null;
}

export function readStage(f: FileInFlight): void {
  const decoded = decode(f.source.bytes, f.file);
  if (!decoded) {
    f.done = f.file.result([]);
    return;
  }
  const fm = parseFrontMatter(decoded.text, f.file);
  if (f.file.failed) {
    f.done = f.file.result([]);
    return;
  }
  if (f.file.trace) for (let line = 1; line < fm.bodyLine; line++) f.file.note(line, 'front matter');
  f.fields = fm.fields;
  f.parts = fm.parts;
  f.lines = fm.body.split('\n').map((text, i) => ({ line: fm.bodyLine + i, text }));
}

/** Plain text: noise, paragraphs, repeats and segmentation; Markdown goes its own way in the last. */
export const noiseStage = (f: FileInFlight): void => {
  if (!f.markdown) f.lines = stripNoise(f.lines, f.file);
};
export const itemsStage = (f: FileInFlight): void => {
  if (!f.markdown) f.items = buildItems(f.lines, f.file);
};
export const repeatsStage = (f: FileInFlight): void => {
  if (!f.markdown) f.items = dropRepeatedItems(f.items, f.file);
};

export function segmentStage(f: FileInFlight): void {
  const segmented = f.markdown ? markdownSegments(f.lines, f.file) : segmentArticles(f.items, f.file);
  const segments = articlesOf(segmented.filter(hasText), f.file);
  if (f.parts.length > segments.length) {
    f.file.message(`front matter lists ${f.parts.length} parts but the file holds ${segments.length} article(s)`, {
      line: null,
      rule: 'frontmatter/parts',
    });
  }
  if (segments.length === 0) f.file.message(noArticleReason(f.file), { line: null, rule: 'ingest/no-article' });
  f.segments = segments;
}

export function draftStage(f: FileInFlight): void {
  f.articles = f.segments.map((segment, i) => {
    const context = f.file.article();
    const fields = fieldsFor(f.fields, f.parts, i);
    return { segment, context, fields, draft: draftArticle(segment, fields, context), extracted: null };
  });
}

/** Derived titles for the batch's headline-less articles (see STAGES). */
export function titleStage(f: FileInFlight): void {
  for (const a of f.articles) a.extracted = finishArticle(a.draft, a.segment.line, a.context);
}

export function recordStage(f: FileInFlight): void {
  const several = f.articles.length > 1;
  const records = f.articles.map((a, i) => buildRecord(f.file, i + 1, a, several));
  for (const r of records) f.file.warnings.push(...r.warnings);
  f.done = f.file.result(records);
}

function buildRecord(file: IngestFile, part: number, a: ArticleInFlight, several: boolean): ArticleRecord {
  const { segment, context: article, fields } = a;
  const x = a.extracted;
  // The title stage runs first (pipeline.ts STAGES); a record without its title is a bug, reported as the file's internal error.
  if (x === null) throw new Error('no title: the title stage did not run before the record stage');
  noteArticle(article, segment, x, several ? `[${part}] ` : '');
  // `${title}\n${body}` as one flat string, built once: tagging and the topic rule both scan it.
  const lines = [x.title, ...x.blocks.map((b) => b.text)];
  if (lines.length === 1) lines.push(''); // no blocks: still the title's newline
  const joined = lines.join('\n');
  const tags = tagEntities(joined);
  const record: ArticleRecord = {
    id: recordId(x.date, x.title),
    file: file.file,
    part,
    title: x.title,
    titleSource: x.titleSource,
    date: x.date,
    datePrecision: x.datePrecision,
    dateSource: x.dateSource,
    agency: x.agency,
    dateline: x.dateline,
    lede: x.lede,
    blocks: x.blocks,
    html: segment.markdown?.html ?? renderBlocks(x.blocks),
    people: tags.people,
    places: tags.places,
    organisations: tags.organisations,
    onTopic: isOnTopicJoined(joined, x.title, tags),
    duplicates: [],
    warnings: article.warnings,
  };
  if (fields.draft !== undefined) record.draft = fields.draft;
  if (fields.tags !== undefined) record.tags = fields.tags;
  if (fields.source !== undefined) record.source = fields.source;
  if (fields.outlet !== undefined) record.outlet = fields.outlet;
  return record;
}
