/**
 * Record-level facts that the site and the search index must agree on: what is published and in
 * which order. One definition here, so "newest first" in search is the site's order reversed.
 */
import { dateSortKey, parseDateParts } from './dates.ts';
import type { ArticleRecord } from './types.ts';

export function isPublished(record: ArticleRecord): boolean {
  return record.draft !== true;
}

export function isDated(record: ArticleRecord): boolean {
  return parseDateParts(record.date) !== null;
}

/**
 * Chronological order: undated first, a month-precision date at the start of its month, then by
 * file, part and id so that the order is total and the same on every machine.
 */
export function chronological(records: readonly ArticleRecord[]): ArticleRecord[] {
  // Keys computed once per record, not once per comparison.
  const keyed = records.map((r) => ({ r, key: dateSortKey(r.date) ?? '' }));
  keyed.sort((x, y) => {
    const a = x.r;
    const b = y.r;
    if (x.key !== y.key) return x.key < y.key ? -1 : 1;
    if (a.file !== b.file) return a.file < b.file ? -1 : 1;
    if (a.part !== b.part) return a.part - b.part;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return keyed.map((k) => k.r);
}
