/**
 * The ingest pipeline: one file's bytes → article records (pure, per file, cacheable by content),
 * then a cross-file merge that removes duplicate scrapes and makes ids unique. Every stage
 * reports to the file's context (diagnostics.ts).
 *
 *   decode → front matter → noise → items → repeats → segments → extract → tag → record
 *                                  (Markdown: noise → items → marked → segment)
 */
import { decode } from './decode.ts';
import { IngestFile } from './diagnostics.ts';
import { extractArticle } from './extract.ts';
import { parseFrontMatter, type ArticleFields } from './frontmatter.ts';
import { markdownSegments } from './markdown.ts';
import { stripNoise, type SourceLine } from './noise.ts';
import { buildItems } from './paragraphs.ts';
import { renderBlocks } from './render.ts';
import { dropRepeatedItems } from './repeats.ts';
import { notAnArticle, segmentArticles, type Segment } from './segment.ts';
import { tagEntities } from './tag.ts';
import { slugify } from '../record/text.ts';
import { isOnTopicJoined } from './topic.ts';
import { noteArticle } from './trace.ts';
import { mergeIngests } from './merge.ts';
import type { ArticleRecord, IngestResult } from '../record/types.ts';
import type { FileIngest, SourceFile } from './file-ingest.ts';

export type { FileIngest, SourceFile } from './file-ingest.ts';

const isMarkdown = (file: string): boolean => /\.(md|markdown)$/i.test(file);

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

/** The text stage: noise, paragraphs, repeats and segmentation on scraped plain text. */
function textSegments(lines: SourceLine[], file: IngestFile): Segment[] {
  return segmentArticles(dropRepeatedItems(buildItems(stripNoise(lines, file), file), file), file);
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

function buildRecord(file: IngestFile, part: number, segment: Segment, fields: ArticleFields, several: boolean): ArticleRecord {
  const article = file.article();
  const x = extractArticle(segment, fields, article);
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

function ingestUnsafe(source: SourceFile, file: IngestFile): FileIngest {
  const decoded = decode(source.bytes, file);
  if (!decoded) return file.result([]);
  const fm = parseFrontMatter(decoded.text, file);
  if (file.failed) return file.result([]);
  if (file.trace) for (let line = 1; line < fm.bodyLine; line++) file.note(line, 'front matter');

  const lines: SourceLine[] = fm.body.split('\n').map((text, i) => ({ line: fm.bodyLine + i, text }));
  const segments = articlesOf((isMarkdown(file.file) ? markdownSegments(lines, file) : textSegments(lines, file)).filter(hasText), file);
  if (fm.parts.length > segments.length) {
    file.message(`front matter lists ${fm.parts.length} parts but the file holds ${segments.length} article(s)`, {
      line: null,
      rule: 'frontmatter/parts',
    });
  }
  if (segments.length === 0) file.message(noArticleReason(file), { line: null, rule: 'ingest/no-article' });
  const records = segments.map((segment, i) => buildRecord(file, i + 1, segment, fieldsFor(fm.fields, fm.parts, i), segments.length > 1));
  for (const r of records) file.warnings.push(...r.warnings);
  return file.result(records);
}

/** One file → its records. Pure and never throws: any failure becomes an error message. */
export function ingestFile(source: SourceFile): FileIngest {
  return ingestInto(source, new IngestFile(source.file));
}

/** ingestFile reporting to a given context (explain.ts passes one that traces every line). */
export function ingestInto(source: SourceFile, file: IngestFile): FileIngest {
  try {
    return ingestUnsafe(source, file);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      file: source.file,
      records: [],
      warnings: [],
      errors: [{ file: source.file, line: null, rule: 'ingest/internal', message: `could not ingest this file: ${message}` }],
      dropped: [],
    };
  }
}

export function ingestFiles(sources: SourceFile[]): IngestResult {
  return mergeIngests(sources.map(ingestFile));
}
