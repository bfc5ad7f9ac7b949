/**
 * The archive's machine-readable outputs, written from the full records: `/data/records.json`
 * and the search index. In a build this runs on the archive worker (src/site/archive.ts) while
 * the main thread renders the pages, so neither adds to the build's critical path.
 */
import type { IngestResult } from '../record/types.ts';
import { writeSearchIndex } from './search-files.ts';
import { chronological, isPublished } from '../record/order.ts';
import { writeRecordsJson } from './records-export.ts';

export async function publishArchive(result: IngestResult, outputDir: string): Promise<void> {
  // The same records, in the same order, as the site's own `site.records`.
  const records = chronological(result.records.filter(isPublished));
  await writeRecordsJson(outputDir, records);
  await writeSearchIndex(outputDir, records);
}
