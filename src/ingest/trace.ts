/**
 * What became of each line of an article, noted for `--explain` (see explain.ts): the headline,
 * the date lines and header, the dateline and every block. Costs nothing unless tracing.
 */
import type { IngestFile } from './diagnostics.ts';
import type { Extracted } from './extract.ts';
import { splitDateline } from './headline.ts';
import type { Segment } from './segment.ts';

export function noteArticle(file: IngestFile, segment: Segment, x: Extracted, part: string): void {
  if (file.trace === null) return;
  if (segment.header) file.note(segment.header.line, `${part}date header ${segment.header.raw}`);
  if (segment.headline) {
    file.note(segment.headline.line, `${part}${x.titleSource === 'headline' ? 'title' : `headline (title from ${x.titleSource})`}`);
  }
  for (const d of segment.dates) {
    const used = x.dateSource === 'text' && x.date === d.date.date ? ', used' : '';
    file.note(d.line, `${part}date line ${d.date.date}${d.date.updated ? ' (update)' : ''}${used}`);
  }
  if (segment.credit) file.note(segment.credit.line, `${part}agency credit ${segment.credit.agency}`);
  let first = true;
  segment.blocks.forEach((b, i) => {
    const type = x.blocks[i]?.type ?? b.type;
    if (first && type !== 'heading') {
      first = false;
      // What the lede itself opens with; the record's agency may come from a closing credit instead.
      const { dateline, agency } = splitDateline(b.text);
      if (dateline || agency) {
        file.note(b.line, `${part}dateline ${[dateline, agency ? `(${agency})` : null].filter(Boolean).join(' ')} + ${type}`);
        return;
      }
    }
    file.note(b.line, `${part}${type}`);
  });
}
