/** The `--explain` report: every line of one file, numbered, with what became of it. */
import { explainFile } from '../ingest/explain.ts';
import { formatMessage } from '../record/messages.ts';

const ROLE_WIDTH = 34;
const TEXT_WIDTH = 100;
const clip = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

/** One file, line by line: number, what became of it, the text. */
export function explainReport(file: string, bytes: Uint8Array): { text: string; failed: boolean } {
  const { lines, result } = explainFile({ file, bytes });
  const out = [file];
  for (const r of result.records) {
    const dateline = [r.dateline, r.agency ? `(${r.agency})` : null].filter(Boolean).join(' ') || 'no dateline';
    out.push(
      `  record ${r.part}: "${r.title}" (${r.titleSource}) · ${r.date ?? 'undated'}${r.dateSource ? ` (${r.dateSource})` : ''} · ${dateline} · ${r.onTopic ? 'on topic' : 'off topic'}`,
    );
  }
  if (result.records.length === 0) out.push('  no record');
  const width = String(lines.length).length;
  for (const l of lines) {
    const roles = l.roles.join(', ');
    out.push(`  ${String(l.line).padStart(width)} │ ${roles.padEnd(ROLE_WIDTH)} │ ${clip(l.text, TEXT_WIDTH)}`);
  }
  for (const m of result.errors) out.push(`  error   ${formatMessage(m)}`);
  for (const m of result.warnings) out.push(`  warning ${formatMessage(m)}`);
  return { text: out.join('\n'), failed: result.errors.length > 0 };
}
