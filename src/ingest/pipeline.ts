/**
 * The ingest pipeline: one file's bytes → article records (pure, per file, cacheable by content),
 * then a cross-file merge that removes duplicate scrapes and makes ids unique. Every stage
 * reports to the file's context (diagnostics.ts).
 *
 *   decode → front matter → noise → items → repeats → segments → extract → title → tag → record
 *                                  (Markdown: noise → items → marked → segment)
 */
import { IngestFile } from './diagnostics.ts';
import { mergeIngests } from './merge.ts';
import {
  draftStage,
  isMarkdown,
  itemsStage,
  noiseStage,
  readStage,
  recordStage,
  repeatsStage,
  segmentStage,
  titleStage,
  type FileInFlight,
} from './stages.ts';
import type { IngestResult } from '../record/types.ts';
import type { FileIngest, SourceFile } from './file-ingest.ts';

export type { FileIngest, SourceFile } from './file-ingest.ts';
export { recordId } from './stages.ts';

/**
 * The stages in order. Files go through them in batches, stage by stage: each stage's code and
 * word tables stay in the CPU caches for a whole batch instead of being evicted by the other
 * stages' at every file (measured: see README, Schaal / Performance). Titles are derived in a
 * stage of their own for the same reason: the deriver's tables are the largest.
 */
const STAGES: ((f: FileInFlight) => void)[] = [
  readStage,
  noiseStage,
  itemsStage,
  repeatsStage,
  segmentStage,
  draftStage,
  titleStage,
  recordStage,
];

/** Files per batch: enough to keep a stage hot, few enough that a batch's intermediate data stays small. */
const BATCH = 128;

function internalError(file: string, error: unknown): FileIngest {
  const message = error instanceof Error ? error.message : String(error);
  return {
    file,
    records: [],
    warnings: [],
    errors: [{ file, line: null, rule: 'ingest/internal', message: `could not ingest this file: ${message}` }],
    dropped: [],
  };
}

/** Files through every stage, a batch at a time. Pure and never throws: any failure becomes its file's error message. */
function runStages(batch: FileInFlight[]): FileIngest[] {
  for (const stage of STAGES) {
    for (const f of batch) {
      if (f.done) continue;
      try {
        stage(f);
      } catch (error) {
        f.done = internalError(f.source.file, error);
      }
    }
  }
  return batch.map((f) => f.done ?? internalError(f.source.file, 'a stage left the file unfinished'));
}

const inFlight = (source: SourceFile, file: IngestFile): FileInFlight => ({
  source,
  file,
  markdown: isMarkdown(file.file),
  fields: {},
  parts: [],
  lines: [],
  items: [],
  segments: [],
  articles: [],
  done: null,
});

/** Files → their records, in order (a batch at a time, see STAGES). */
export function ingestBatch(sources: readonly SourceFile[]): FileIngest[] {
  const results: FileIngest[] = [];
  for (let i = 0; i < sources.length; i += BATCH) {
    results.push(...runStages(sources.slice(i, i + BATCH).map((s) => inFlight(s, new IngestFile(s.file)))));
  }
  return results;
}

/** One file → its records. Pure and never throws: any failure becomes an error message. */
export function ingestFile(source: SourceFile): FileIngest {
  return ingestInto(source, new IngestFile(source.file));
}

/** ingestFile reporting to a given context (explain.ts passes one that traces every line). */
export function ingestInto(source: SourceFile, file: IngestFile): FileIngest {
  return runStages([inFlight(source, file)])[0] as FileIngest;
}

export function ingestFiles(sources: SourceFile[]): IngestResult {
  return mergeIngests(ingestBatch(sources));
}
