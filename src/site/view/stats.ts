/** The archive's figures for the build report and /over/. */
import type { ArticleRecord, IngestResult } from '../../record/types.ts';
import { isDated } from '../../record/order.ts';
import type { SiteArticle, SiteStats } from './types.ts';

export function computeStats(
  result: IngestResult,
  published: readonly ArticleRecord[],
  lists: { main: readonly SiteArticle[]; offTopic: readonly SiteArticle[]; undated: readonly SiteArticle[] },
): SiteStats {
  const precision = { day: 0, month: 0, year: 0 };
  for (const r of published) if (r.datePrecision && isDated(r)) precision[r.datePrecision]++;
  // Earliest and latest date string by plain comparison: a linear scan, no second sort.
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const list of [lists.main, lists.offTopic]) {
    for (const a of list) {
      const d = a.record.date;
      if (!d) continue;
      if (firstDate === null || d < firstDate) firstDate = d;
      if (lastDate === null || d > lastDate) lastDate = d;
    }
  }
  return {
    published: published.length,
    drafts: result.records.length - published.length,
    onTopic: lists.main.length,
    offTopic: lists.offTopic.length,
    undated: lists.undated.length,
    byPrecision: precision,
    files: result.files.length,
    warnings: result.files.reduce((n, f) => n + f.warnings.length, 0),
    errors: result.files.reduce((n, f) => n + f.errors.length, 0),
    duplicatesMerged: published.reduce((n, r) => n + r.duplicates.length, 0),
    firstDate,
    lastDate,
  };
}
