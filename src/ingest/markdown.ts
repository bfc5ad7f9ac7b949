/**
 * The Markdown stage: a curated `.md` body → the same segments as the text stage yields, so one
 * extraction serves both. A Markdown file is one article; page noise and date lines are still
 * removed line by line, and each block keeps the file line it starts on.
 */
import type { IngestFile } from './diagnostics.ts';
import type { SourceLine } from './noise.ts';
import { stripNoise } from './noise.ts';
import { isYearlessStamp } from './dates.ts';
import { buildItems, type Item } from './paragraphs.ts';
import { renderMarkdown } from './render.ts';
import type { Segment } from './segment.ts';

const HEADER_ONLY = /^\s*date\s+\S+\s*$/;
const HEADER_PREFIX = /^\s*date\s+\S+\s*/;

export function markdownSegments(lines: SourceLine[], file: IngestFile): Segment[] {
  const kept = stripNoise(lines, file);
  const items = buildItems(kept, file);
  const dateLines = new Set(items.filter((i) => i.kind === 'date' || i.kind === 'header').map((i) => i.line));
  const header = items.find((i): i is Extract<Item, { kind: 'header' }> => i.kind === 'header') ?? null;
  // The Markdown source without its date lines and stamps; a header keeps the text after its date.
  const source = kept.filter(
    (l) => (!dateLines.has(l.line) && !isYearlessStamp(l.text)) || (header?.line === l.line && !HEADER_ONLY.test(l.text)),
  );
  const md = renderMarkdown(source.map((l) => (header?.line === l.line ? l.text.replace(HEADER_PREFIX, '') : l.text)).join('\n'));
  if (md.blocks.length === 0) return [];
  const fileLine = (sourceLine: number): number => source[sourceLine]?.line ?? kept[0]?.line ?? 1;
  return [
    {
      headline: md.headline ? { text: md.headline.text, line: fileLine(md.headline.sourceLine) } : null,
      blocks: md.blocks.map((b) => ({ type: b.type, line: fileLine(b.sourceLine), text: b.text })),
      dates: items.filter((i): i is Extract<Item, { kind: 'date' }> => i.kind === 'date'),
      header,
      line: kept[0]?.line ?? 1,
      credit: null,
      markdown: { html: md.html },
    },
  ];
}
