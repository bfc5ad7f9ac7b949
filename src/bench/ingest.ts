/**
 * Ingest throughput on the synthetic corpus: files → merged records, in memory (no disk I/O, so
 * the figure is the parser's), through the batch path the build takes (`ingestBatch`, as
 * loadArchive does; `--per-file` runs `ingestFile` file by file instead). Prints articles per
 * second by wall and by CPU time: on a shared machine wall time swings with other processes'
 * load, CPU time much less.
 * Run: npm run bench:ingest -- --articles 5000 [--rounds 3] [--seed N] [--per-file] [--json]
 */
import { corpusSources } from './corpus.ts';
import { ingestBatch, ingestFile } from '../ingest/pipeline.ts';
import { mergeIngests } from '../ingest/merge.ts';
import { argValue } from './args.ts';

function option(name: string, fallback: number): number {
  const value = Number(argValue(process.argv, `--${name}`));
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const articles = option('articles', 5000);
const rounds = option('rounds', 3);
const seed = option('seed', 20211207);
const json = process.argv.includes('--json');
const perFile = process.argv.includes('--per-file');

const sources = corpusSources({ articles, seed });

function run(): number {
  return mergeIngests(perFile ? sources.map(ingestFile) : ingestBatch(sources)).records.length;
}

run(); // warm up the JIT and the module-level caches
const results: { wallSeconds: number; cpuSeconds: number; records: number }[] = [];
for (let r = 0; r < rounds; r++) {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const records = run();
  const wallSeconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  results.push({ wallSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, records });
}
// The best round is the least disturbed by other load on the machine.
const best = results.reduce((a, b) => (b.wallSeconds < a.wallSeconds ? b : a));
const summary = {
  files: sources.length,
  records: best.records,
  wallSeconds: Number(best.wallSeconds.toFixed(3)),
  cpuSeconds: Number(best.cpuSeconds.toFixed(3)),
  filesPerSecondWall: Math.round(sources.length / best.wallSeconds),
  filesPerSecondCpu: Math.round(sources.length / best.cpuSeconds),
  recordsPerSecondWall: Math.round(best.records / best.wallSeconds),
  recordsPerSecondCpu: Math.round(best.records / best.cpuSeconds),
};
if (json) console.log(JSON.stringify(summary));
else {
  console.log(
    `ingest${perFile ? ' (file by file)' : ''}: ${summary.files} files → ${summary.records} records, best of ${rounds}: ` +
      `${summary.wallSeconds} s wall, ${summary.cpuSeconds} s CPU`,
  );
  console.log(`  ${summary.filesPerSecondWall} files/s wall, ${summary.filesPerSecondCpu} files/s CPU`);
  console.log(`  ${summary.recordsPerSecondWall} records/s wall, ${summary.recordsPerSecondCpu} records/s CPU`);
}
