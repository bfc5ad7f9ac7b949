/**
 * `npm run bench:build -- --articles 1000,10000 [--json | --markdown] [--runs 2] [--seed N] [--keep]
 *  [--no-bare] [--cpu-prof DIR]`
 *
 * Per size: generate a synthetic archive, then alternate (a) the full Kroniek build over it and
 * (b) a bare Eleventy build of as many plain Markdown pages, measuring wall time and peak RSS of
 * each child; time ingest alone in-process; weigh the built site. Alternating matters on a shared
 * 2-core machine: load from other processes then hits both sides alike.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createIngestCache } from '../ingest/cache.ts';
import { loadArchive } from '../ingest/load.ts';
import { isPublished } from '../record/order.ts';
import { ELEVENTY_CLI, REPO_ROOT as REPO, eleventyArgs } from '../build/eleventy-command.ts';
import { writeBareProject } from './bare.ts';
import { writeCorpus } from './corpus.ts';
import { measure, type Measured } from './measure.ts';
import { siteStats, type SiteStats } from './site-stats.ts';
import { argValue } from './args.ts';

export interface BenchOptions {
  sizes: number[];
  runs: number;
  seed?: number;
  bare: boolean;
  keep: boolean;
  /** Directory for `--cpu-prof` profiles of the Kroniek build, or null. */
  cpuProf: string | null;
  /** Progress lines go here (stderr), so stdout stays clean JSON. */
  log: (line: string) => void;
}

export interface BenchResult {
  articles: number;
  kroniekSeconds: number;
  bareSeconds: number | null;
  ratio: number | null;
  peakRssMiB: number;
  ingestPerSecond: number;
  siteMiB: number;
  largestPageKiB: number;
  bareRssMiB: number | null;
  /** Published records after cross-file dedupe, and the article pages the build wrote for them. */
  records: number;
  articlePages: number;
  largestPage: string | null;
  htmlPages: number;
  kroniekRuns: number[];
  bareRuns: number[];
  loadAverage: number;
}

/**
 * Ingest alone, as the archive worker runs it in a build: `loadArchive` (read, parse, merge) with
 * an empty cache each time, so every file is parsed. The files are in the OS page cache by then,
 * so this is parse throughput far more than disk speed.
 */
async function measureIngest(corpus: string, repeats: number): Promise<{ perSecond: number; records: number }> {
  let best = Infinity;
  let records = 0;
  let files = 0;
  for (let k = 0; k < repeats; k++) {
    const cache = createIngestCache({ dir: null });
    const started = performance.now();
    const result = await loadArchive(corpus, { cache });
    best = Math.min(best, (performance.now() - started) / 1000);
    files = result.files.length;
    records = result.records.filter(isPublished).length;
  }
  return { perSecond: files / best, records };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

function failure(side: string, run: Measured): Error {
  const tail = (run.stderr || run.stdout).trim().split('\n').slice(-30).join('\n');
  return new Error(`${side} build failed (exit ${run.exitCode}):\n${tail}`);
}

async function benchSize(articles: number, options: BenchOptions): Promise<BenchResult> {
  const root = await mkdtemp(path.join(tmpdir(), `kroniek-bench-${articles}-`));
  const corpus = path.join(root, 'articles');
  const bareDir = path.join(root, 'bare');
  const kroniekOut = path.join(root, 'kroniek-site');
  const corpusOptions = { articles, ...(options.seed !== undefined ? { seed: options.seed } : {}) };
  try {
    options.log(`[${articles}] generating corpus in ${root}`);
    await writeCorpus(corpus, corpusOptions);
    if (options.bare) await writeBareProject(bareDir, corpusOptions);

    options.log(`[${articles}] ingest alone`);
    const repeats = articles <= 20_000 ? 2 : 1;
    const ingest = await measureIngest(corpus, repeats);

    const profile = options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProf}`] : [];
    const kroniekArgs = [...profile, ...eleventyArgs({ output: kroniekOut })];
    const kroniekEnv = { ...process.env, ARTICLES_DIR: corpus };

    const kroniekRuns: Measured[] = [];
    const bareRuns: Measured[] = [];
    for (let run = 1; run <= options.runs; run++) {
      await rm(kroniekOut, { recursive: true, force: true });
      const k = await measure(process.execPath, kroniekArgs, { cwd: REPO, env: kroniekEnv });
      if (k.exitCode !== 0) throw failure('Kroniek', k);
      kroniekRuns.push(k);
      options.log(`[${articles}] run ${run}: Kroniek ${k.seconds.toFixed(1)} s, ${k.peakRssMiB.toFixed(0)} MiB`);
      if (options.bare) {
        await rm(path.join(bareDir, '_site'), { recursive: true, force: true });
        const b = await measure(process.execPath, [ELEVENTY_CLI, '--config=eleventy.config.mjs', '--quiet'], { cwd: bareDir });
        if (b.exitCode !== 0) throw failure('bare Eleventy', b);
        bareRuns.push(b);
        options.log(`[${articles}] run ${run}: bare ${b.seconds.toFixed(1)} s, ${b.peakRssMiB.toFixed(0)} MiB`);
      }
    }
    const site: SiteStats = await siteStats(kroniekOut);
    const kroniekSeconds = median(kroniekRuns.map((r) => r.seconds));
    const bareSeconds = bareRuns.length > 0 ? median(bareRuns.map((r) => r.seconds)) : null;
    return {
      articles,
      kroniekSeconds: round(kroniekSeconds, 2),
      bareSeconds: bareSeconds === null ? null : round(bareSeconds, 2),
      ratio: bareSeconds === null ? null : round(kroniekSeconds / bareSeconds, 2),
      peakRssMiB: round(Math.max(...kroniekRuns.map((r) => r.peakRssMiB)), 0),
      ingestPerSecond: round(ingest.perSecond, 0),
      siteMiB: round(site.bytes / 1048576, 1),
      largestPageKiB: round((site.largestPage?.bytes ?? 0) / 1024, 1),
      bareRssMiB: bareRuns.length > 0 ? round(Math.max(...bareRuns.map((r) => r.peakRssMiB)), 0) : null,
      records: ingest.records,
      articlePages: site.articlePages,
      largestPage: site.largestPage?.file ?? null,
      htmlPages: site.htmlPages,
      kroniekRuns: kroniekRuns.map((r) => round(r.seconds, 2)),
      bareRuns: bareRuns.map((r) => round(r.seconds, 2)),
      loadAverage: round(loadavg()[0] ?? 0, 2),
    };
  } finally {
    if (options.keep) options.log(`[${articles}] kept ${root}`);
    else await rm(root, { recursive: true, force: true });
  }
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export async function runBench(options: BenchOptions): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const size of options.sizes) results.push(await benchSize(size, options));
  return results;
}

export function formatTable(results: BenchResult[]): string {
  const header = [
    'articles',
    'Kroniek s',
    'bare s',
    'ratio',
    'peak RSS MiB',
    'bare RSS MiB',
    'ingest art/s',
    'site MiB',
    'largest page KiB',
    'pages',
  ];
  const rows = results.map((r) => [
    String(r.articles),
    r.kroniekSeconds.toFixed(1),
    r.bareSeconds?.toFixed(1) ?? '–',
    r.ratio?.toFixed(2) ?? '–',
    String(r.peakRssMiB),
    r.bareRssMiB === null ? '–' : String(r.bareRssMiB),
    String(r.ingestPerSecond),
    r.siteMiB.toFixed(1),
    `${r.largestPageKiB.toFixed(0)} (${r.largestPage ?? '–'})`,
    String(r.htmlPages),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

/** The README table (`--markdown`). */
export function formatMarkdown(results: BenchResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.articles.toLocaleString('en-US')} | ${r.kroniekSeconds.toFixed(1)} | ${r.bareSeconds?.toFixed(1) ?? '–'} | ${r.ratio?.toFixed(2) ?? '–'} | ${r.peakRssMiB} | ${r.bareRssMiB ?? '–'} | ${r.ingestPerSecond.toLocaleString('en-US')} | ${r.siteMiB.toFixed(0)} | ${r.largestPageKiB.toFixed(0)} (\`${r.largestPage ?? '–'}\`) |`,
  );
  return [
    '| articles | Kroniek s | bare s | ratio | Kroniek peak RSS MiB | bare peak RSS MiB | ingest articles/s | site MiB | largest page KiB |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows,
  ].join('\n');
}

async function main(args: string[]): Promise<void> {
  const sizes = (argValue(args, '--articles') ?? '1000').split(',').map((s) => Number(s.replace(/_/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error('--articles takes positive integers, e.g. 1000,10000');
  const seed = argValue(args, '--seed');
  const cpuProf = argValue(args, '--cpu-prof');
  const json = args.includes('--json');
  const options: BenchOptions = {
    sizes,
    runs: Number(argValue(args, '--runs') ?? '2'),
    ...(seed !== undefined ? { seed: Number(seed) } : {}),
    bare: !args.includes('--no-bare'),
    keep: args.includes('--keep'),
    cpuProf: cpuProf ? path.resolve(cpuProf) : null,
    log: (line) => console.error(line),
  };
  const results: BenchResult[] = [];
  for (const size of sizes) {
    const result = await benchSize(size, options);
    results.push(result);
    if (json) console.log(JSON.stringify(result));
  }
  if (args.includes('--markdown')) console.log(formatMarkdown(results));
  else if (!json) console.log(formatTable(results));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
