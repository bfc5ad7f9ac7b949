/** The build report a maintainer sees, and the error list that fails a build. Pure formatting. */
import type { FileReport, IngestResult, Message } from '../record/types.ts';
import type { SiteStats } from '../site/data.ts';
import { formatMessage } from '../record/messages.ts';

export function ingestErrors(result: IngestResult): Message[] {
  return result.files.flatMap((f) => f.errors);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatReport(stats: SiteStats, articlesDir: string): string {
  return (
    `[kroniek] ${articlesDir}: ${plural(stats.files, 'file')} → ${plural(stats.published, 'article')} ` +
    `(${stats.onTopic} on the timeline, ${stats.offTopic} off-topic, ${stats.undated} undated, ${plural(stats.drafts, 'draft')}), ` +
    `${plural(stats.warnings, 'warning')}`
  );
}

/**
 * Files that gave no article and no error — empty, binary, only page noise, undecodable: a failed
 * scrape is a fact of life in a scraped archive, so these are warnings, never published, but
 * each is listed so that none goes unnoticed.
 */
export function unpublishedFiles(result: IngestResult): FileReport[] {
  return result.files.filter((f) => f.records.length === 0 && f.errors.length === 0);
}

/** The warnings a build prints before its summary: unpublished files, an empty archive. */
export function formatBuildWarnings(result: IngestResult, articlesDir: string): string[] {
  const lines: string[] = [];
  if (result.files.length === 0)
    lines.push(`[kroniek] warning: ${articlesDir} holds no article files (.txt, .md); the site has no articles`);
  const skipped = unpublishedFiles(result);
  if (skipped.length) {
    lines.push(`[kroniek] warning: ${plural(skipped.length, 'file')} not published (no article in it):`);
    for (const f of skipped) {
      const why = f.warnings.find((w) => w.line === null) ?? f.warnings[0];
      lines.push(`  ${why ? formatMessage(why) : `${f.file} no article found`}`);
    }
  }
  return lines;
}

export function formatPagesReport(stats: { written: number; unchanged: number; removed: number }): string {
  const parts = [`${plural(stats.written, 'page')} written (articles, people, months)`];
  if (stats.unchanged) parts.push(`${stats.unchanged} unchanged`);
  if (stats.removed) parts.push(`${stats.removed} removed`);
  return `[kroniek] ${parts.join(', ')}`;
}

export function formatErrors(errors: readonly Message[]): string {
  return [
    `[kroniek] ingest reported ${errors.length} error${errors.length === 1 ? '' : 's'}:`,
    ...errors.map((e) => `  ${formatMessage(e)}`),
  ].join('\n');
}

/**
 * Thrown to stop the build. The message already is the whole list, so the stack adds nothing
 * for the maintainer: it is dropped, and `skipOriginalStack` tells Eleventy not to print one.
 */
export class BuildError extends Error {
  readonly skipOriginalStack = true;
  constructor(message: string) {
    super(message);
    this.name = 'BuildError';
    this.stack = message;
  }
}

const count = (n: number): string => n.toLocaleString('en-US');

/** The last line of a build: what the swap changed on the published site. */
export function formatSiteChanges(output: string, c: { added: number; changed: number; removed: number; pages: number }): string {
  return `[kroniek] ${output}: ${count(c.pages)} pages (${count(c.added)} added, ${count(c.changed)} changed, ${count(c.removed)} removed)`;
}
