/**
 * The ingest pipeline: one file's bytes → article records (pure, per file, cacheable by content),
 * then a cross-file merge that removes duplicate scrapes and makes ids unique.
 *
 *   decode → front matter → noise → items → repeats → segments → extract → tag → record
 */
import { decode } from './decode.ts';
import { extractArticle, type Extracted } from './extract.ts';
import { parseFrontMatter, type ArticleFields } from './frontmatter.ts';
import type { Issue } from './diagnostics.ts';
import { stripNoise, type Dropped, type SourceLine } from './noise.ts';
import { buildItems, type Item } from './paragraphs.ts';
import { renderBlocks, renderMarkdown } from './render.ts';
import { dropRepeats } from './repeats.ts';
import { segmentArticles, type Segment } from './segment.ts';
import { tagEntities } from './tag.ts';
import { slugify } from '../record/text.ts';
import { isOnTopicJoined } from './topic.ts';
import { mergeIngests } from './merge.ts';
import type { ArticleRecord, IngestResult, Message } from '../record/types.ts';
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

function toMessage(file: string, issue: Issue): Message {
  return { file, line: issue.line, rule: issue.rule, message: issue.message };
}

/** Text body: noise, paragraphs, repeats and segmentation on scraped plain text. */
function textSegments(lines: SourceLine[]): { segments: Segment[]; dropped: Dropped[] } {
  const { kept, dropped } = stripNoise(lines);
  const items = buildItems(kept);
  const texts = items.filter((i): i is Extract<Item, { kind: 'text' }> => i.kind === 'text');
  const repeats = dropRepeats(texts);
  for (const r of repeats.removed) dropped.push({ line: r.line, rule: 'segment/repeat', text: r.text });
  // Most files repeat nothing: then the items stand as they are.
  const unchanged = repeats.removed.length === 0 && repeats.kept.every((t, n) => t === texts[n]);
  const keptTexts = unchanged ? null : new Map(repeats.kept.map((t) => [t.line, t]));
  const cleaned = keptTexts
    ? items.flatMap((i): Item[] => {
        if (i.kind !== 'text') return [i];
        const k = keptTexts.get(i.line);
        return k ? [k] : [];
      })
    : items;
  const segments = segmentArticles(cleaned);
  for (const s of segments) for (const p of s.preamble) dropped.push({ line: p.line, rule: 'segment/preamble', text: p.text });
  return { segments, dropped };
}

interface Article {
  extracted: Extracted;
  html: string;
  fields: ArticleFields;
}

/** Markdown body: a curated document, one article; noise and date lines still removed by line. */
function markdownArticles(lines: SourceLine[], top: ArticleFields, parts: ArticleFields[]): { articles: Article[]; dropped: Dropped[] } {
  const { kept, dropped } = stripNoise(lines);
  const items = buildItems(kept);
  const dateLines = new Set(items.filter((i) => i.kind === 'date' || i.kind === 'header').map((i) => i.line));
  const headerItem = items.find((i): i is Extract<Item, { kind: 'header' }> => i.kind === 'header') ?? null;
  const source = kept
    .filter((l) => !dateLines.has(l.line) || (headerItem?.line === l.line && !/^\s*date\s+\S+\s*$/.test(l.text)))
    .map((l) => (headerItem?.line === l.line ? l.text.replace(/^\s*date\s+\S+\s*/, '') : l.text))
    .join('\n');
  const md = renderMarkdown(source);
  if (md.blocks.length === 0) return { articles: [], dropped };
  const line = kept[0]?.line ?? 1;
  const segment: Segment = {
    headline: md.headline ? { text: md.headline, line } : null,
    blocks: md.blocks.map((b) => ({ type: b.type === 'heading' ? 'heading' : 'paragraph', line, text: b.text })),
    dates: items.filter((i): i is Extract<Item, { kind: 'date' }> => i.kind === 'date'),
    header: headerItem,
    line,
    preamble: [],
  };
  const fields = fieldsFor(top, parts, 0);
  const extracted = extractArticle(segment, fields);
  // Markdown knows its own quotes: keep marked's block types.
  extracted.blocks = md.blocks;
  return { articles: [{ extracted, html: md.html, fields }], dropped };
}

function buildRecord(file: string, part: number, article: Article): ArticleRecord {
  const { extracted: x, fields } = article;
  // `${title}\n${body}` as one flat string, built once: tagging and the topic rule both scan it.
  const lines = [x.title, ...x.blocks.map((b) => b.text)];
  if (lines.length === 1) lines.push(''); // no blocks: still the title's newline
  const joined = lines.join('\n');
  const tags = tagEntities(joined);
  const record: ArticleRecord = {
    id: recordId(x.date, x.title),
    file,
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
    html: article.html,
    people: tags.people,
    places: tags.places,
    organisations: tags.organisations,
    onTopic: isOnTopicJoined(joined, x.title, tags),
    duplicates: [],
    warnings: x.issues.map((i) => toMessage(file, i)),
  };
  if (fields.draft !== undefined) record.draft = fields.draft;
  if (fields.tags !== undefined) record.tags = fields.tags;
  if (fields.source !== undefined) record.source = fields.source;
  if (fields.outlet !== undefined) record.outlet = fields.outlet;
  return record;
}

function ingestUnsafe(source: SourceFile): FileIngest {
  const { file } = source;
  const result: FileIngest = { file, records: [], warnings: [], errors: [], dropped: [] };
  const report = (issue: Issue): void => {
    (issue.severity === 'error' ? result.errors : result.warnings).push(toMessage(file, issue));
  };
  const decoded = decode(source.bytes);
  decoded.issues.forEach(report);
  if (!decoded.ok) return result;
  const fm = parseFrontMatter(decoded.text);
  fm.issues.forEach(report);
  if (result.errors.length > 0) return result;

  const lines: SourceLine[] = fm.body.split('\n').map((text, i) => ({ line: fm.bodyLine + i, text }));
  let articles: Article[];
  if (isMarkdown(file)) {
    const md = markdownArticles(lines, fm.fields, fm.parts);
    articles = md.articles;
    result.dropped = md.dropped;
  } else {
    const { segments, dropped } = textSegments(lines);
    result.dropped = dropped;
    articles = segments
      .filter((s) => s.blocks.some((b) => b.type === 'paragraph'))
      .map((segment, index) => {
        const fields = fieldsFor(fm.fields, fm.parts, index);
        const extracted = extractArticle(segment, fields);
        return { extracted, html: renderBlocks(extracted.blocks), fields };
      });
  }
  if (fm.parts.length > articles.length) {
    report({
      line: null,
      rule: 'frontmatter/parts',
      message: `front matter lists ${fm.parts.length} parts but the file holds ${articles.length} article(s)`,
      severity: 'warning',
    });
  }
  if (articles.length === 0) {
    report({ line: null, rule: 'ingest/no-article', message: 'no article text left after removing page noise', severity: 'warning' });
  }
  result.records = articles.map((a, i) => buildRecord(file, i + 1, a));
  for (const r of result.records) result.warnings.push(...r.warnings);
  return result;
}

/** One file → its records. Pure and never throws: any failure becomes an error message. */
export function ingestFile(source: SourceFile): FileIngest {
  try {
    return ingestUnsafe(source);
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
