/**
 * `npm run --silent ingest -- [--json] [FILES or DIRS…]` (default `articles/`): ingest and report.
 * `--explain FILE…`: every line of each file with what became of it.
 * Exit code 1 when any file has an error, after reporting every file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { explainReport } from './explain.ts';
import type { FileIngest } from '../ingest/pipeline.ts';
import { loadFileIngests } from '../ingest/load.ts';
import { mergeIngests } from '../ingest/merge.ts';
import type { IngestResult } from '../record/types.ts';
import { formatMessage } from '../record/messages.ts';

const SHOWN_DROPPED = 3;

export function readableReport(perFile: FileIngest[], result: IngestResult): string {
  const out: string[] = [];
  const byId = new Map(result.records.map((r) => [r.id, r]));
  const byFile = new Map(perFile.map((f) => [f.file, f]));
  for (const report of result.files) {
    const ingest = byFile.get(report.file);
    out.push(report.file);
    for (const id of report.records) {
      const r = byId.get(id);
      if (r) out.push(`  kept  ${id}  ${r.date ?? 'undated'}  "${r.title}"${r.titleSource === 'derived' ? ' (title derived)' : ''}`);
    }
    const dropped = ingest?.dropped ?? [];
    if (dropped.length > 0) {
      const counts = new Map<string, number>();
      for (const d of dropped) counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
      out.push(`  dropped ${dropped.length} noise line(s): ${[...counts].map(([rule, n]) => `${rule} ×${n}`).join(', ')}`);
      for (const d of dropped.slice(0, SHOWN_DROPPED)) {
        const text = d.text.length > 70 ? `${d.text.slice(0, 69)}…` : d.text;
        out.push(`    ${d.line ?? '-'}: ${text}`);
      }
      if (dropped.length > SHOWN_DROPPED) out.push(`    … and ${dropped.length - SHOWN_DROPPED} more`);
    }
    for (const m of report.errors) out.push(`  error   ${formatMessage(m)}`);
    for (const m of report.warnings) out.push(`  warning ${formatMessage(m)}`);
  }
  const errors = result.files.reduce((n, f) => n + f.errors.length, 0);
  const undated = result.records.filter((r) => r.date === null).length;
  out.push('');
  out.push(`${result.files.length} file(s), ${result.records.length} record(s), ${undated} undated, ${errors} error(s)`);
  return out.join('\n');
}

const USAGE = 'usage: npm run --silent ingest -- [--json] [FILES or DIRS…] | --explain FILE…';

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const explain = argv.includes('--explain');
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--explain');
  if (unknown.length > 0 || (explain && json)) {
    process.stderr.write(`${unknown.length > 0 ? `unknown option ${unknown.join(' ')}` : '--explain prints text, not JSON'}\n${USAGE}\n`);
    return 2;
  }
  const paths = argv.filter((a) => !a.startsWith('--'));
  if (explain) {
    if (paths.length === 0) {
      process.stderr.write(`--explain needs one or more files\n${USAGE}\n`);
      return 2;
    }
    let failed = false;
    for (const p of paths) {
      const report = explainReport(path.basename(p), new Uint8Array(readFileSync(p)));
      process.stdout.write(`${report.text}\n\n`);
      failed ||= report.failed;
    }
    return failed ? 1 : 0;
  }
  const perFile = await loadFileIngests(paths.length > 0 ? paths : ['articles']);
  const result = mergeIngests(perFile);
  process.stdout.write(`${json ? JSON.stringify(result, null, 2) : readableReport(perFile, result)}\n`);
  return result.files.some((f) => f.errors.length > 0) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ingest failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
