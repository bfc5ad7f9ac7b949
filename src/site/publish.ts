/**
 * The archive's machine-readable outputs, written from the full records: `/data/records.json`
 * and the search index. In a build this runs on the archive worker (src/site/archive.ts) while
 * the main thread renders the pages, so neither adds to the build's critical path.
 */
import type { IngestResult } from '../types.ts';
import { writeSearchIndex } from '../search/site-index.ts';
import { isPublished, sortRecords } from './data.ts';
import { writeRecordsJson } from './export.ts';

export async function publishArchive(result: IngestResult, outputDir: string): Promise<void> {
  // The same records, in the same order, as the site's own `site.records`.
  const records = sortRecords(result.records.filter(isPublished));
  await writeRecordsJson(outputDir, records);
  await writeSearchIndex(outputDir, records);
}
