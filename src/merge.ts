/**
 * Cross-file step: the same article scraped twice (different page noise, same headline and
 * body) becomes one record, and every record gets a unique id. Deterministic: files and parts
 * are processed in sorted order, so ids are stable across rebuilds.
 */
import type { FileIngest } from './ingest.ts';
import { fold } from './text.ts';
import type { ArticleRecord, DateSource, FileReport, IngestResult } from './types.ts';

/** Same headline and body, ignoring case, accents, punctuation and spacing. */
export function articleKey(record: ArticleRecord): string {
  const norm = (text: string): string => fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return `${norm(record.title)}\n${norm(record.blocks.map((b) => b.text).join(' '))}`;
}

const DATE_RANK: Record<DateSource, number> = { frontmatter: 3, text: 2, header: 1 };
const rank = (r: ArticleRecord): number => (r.dateSource ? DATE_RANK[r.dateSource] : 0);

export function mergeIngests(perFile: FileIngest[]): IngestResult {
  const seenFiles = new Set<string>();
  const ingests: FileIngest[] = [];
  for (const f of [...perFile].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    if (seenFiles.has(f.file)) continue;
    seenFiles.add(f.file);
    ingests.push(f);
  }

  const groups = new Map<string, ArticleRecord[]>();
  for (const f of ingests) {
    for (const r of [...f.records].sort((a, b) => a.part - b.part)) {
      const key = articleKey(r);
      const group = groups.get(key);
      if (group) group.push(r);
      else groups.set(key, [r]);
    }
  }

  const usedIds = new Set<string>();
  const records: ArticleRecord[] = [];
  /** For every source record, the id of the record that now represents it. */
  const idOf = new Map<ArticleRecord, string>();
  const notes = new Map<string, FileReport['warnings']>();
  for (const group of groups.values()) {
    // The best-dated copy wins; among equals, the first in file order.
    const chosen = group.reduce((best, r) => (rank(r) > rank(best) ? r : best));
    let id = chosen.id;
    for (let n = 2; usedIds.has(id); n++) id = `${chosen.id}-${n}`;
    usedIds.add(id);
    const files = [...new Set(group.map((r) => r.file))].sort();
    records.push({ ...chosen, id, duplicates: group.length > 1 ? files : [] });
    for (const r of group) {
      idOf.set(r, id);
      if (r !== chosen) {
        const list = notes.get(r.file) ?? [];
        list.push({
          file: r.file,
          line: null,
          rule: 'dedupe/duplicate',
          message: `part ${r.part} is the same article as ${chosen.file} part ${chosen.part}; merged into ${id}`,
        });
        notes.set(r.file, list);
      }
    }
  }

  const files: FileReport[] = ingests.map((f) => ({
    file: f.file,
    records: [...new Set(f.records.map((r) => idOf.get(r) ?? r.id))],
    warnings: [...f.warnings, ...(notes.get(f.file) ?? [])],
    errors: f.errors,
  }));
  return { records, files };
}
