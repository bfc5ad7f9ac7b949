/** The build report a maintainer sees, and the error list that fails a build. Pure formatting. */
import type { IngestResult, Message } from '../record/types.ts';
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
