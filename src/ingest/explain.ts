/**
 * `--explain`: every line of one file with what became of it — front matter, title, date line,
 * dateline, paragraph, heading, quote, or dropped with the rule that dropped it — so a maintainer
 * sees at a glance why a caption was kept or a headline lost.
 */
import { decode } from './decode.ts';
import { IngestFile } from './diagnostics.ts';
import type { FileIngest, SourceFile } from './file-ingest.ts';
import { ingestInto } from './pipeline.ts';

export interface ExplainedLine {
  line: number;
  text: string;
  roles: string[];
}

export interface Explained {
  lines: ExplainedLine[];
  result: FileIngest;
}

const CONTINUES = /^(?:\[\d+\] )?(?:dateline .* \+ )?(?:paragraph|quote)$/;

export function explainFile(source: SourceFile): Explained {
  const trace = new Map<number, string[]>();
  const result = ingestInto(source, new IngestFile(source.file, trace));
  for (const d of result.dropped) {
    if (d.line === null) continue;
    const roles = trace.get(d.line) ?? [];
    roles.push(`dropped: ${d.rule}${roles.length > 0 || d.rule.endsWith('-glued') ? ` ("${d.text}")` : ''}`);
    trace.set(d.line, roles);
  }
  const decoded = decode(source.bytes, new IngestFile(source.file));
  const texts = decoded ? decoded.text.split('\n') : [];
  const lines: ExplainedLine[] = [];
  let previous: string[] = [];
  texts.forEach((text, i) => {
    const line = i + 1;
    let roles = trace.get(line) ?? [];
    // A paragraph joined from several lines is noted on its first line only.
    if (roles.length === 0 && text.trim() !== '' && previous.length > 0 && CONTINUES.test(previous[previous.length - 1] ?? '')) {
      roles = ['(same paragraph)'];
    } else if (roles.length === 0 && text.trim() !== '') roles = ['not used'];
    if (roles[0] !== '(same paragraph)') previous = roles;
    if (text.trim() === '') previous = [];
    lines.push({ line, text, roles });
  });
  return { lines, result };
}
