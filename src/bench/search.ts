/**
 * Search benchmark: `npm run bench:search -- --articles 1000,10000 [--site full|mini] [--runs 60]`.
 *
 * For each size: generate the synthetic Dutch corpus (src/bench/corpus.ts), build the site (the
 * real Eleventy build by default; `--site mini` builds only the search page, index and client),
 * serve it on 127.0.0.1 with gzip for text types, and in headless Chromium type queries into the
 * header box and into /zoeken/. Measures bytes the search fetched for the first (cold) query and
 * for later ones, and the latency from the query being issued (after the typing debounce) to the
 * results being in the DOM, over realistic queries: names, places, misspellings, two words.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { writeCorpus } from './corpus.ts';
import { buildFullSite, buildMiniSite } from './search-site.ts';
import { serveStatic, type ServedFile, type StaticServer } from '../build/static-server.ts';
import { loadArchive } from '../ingest/load.ts';
import { argValue } from './args.ts';
import { launchChromium } from './chromium.ts';

/** Names, places, misspellings, two-word queries and a phrase, as a reader types them. */
export const QUERIES: readonly string[] = [
  'Poetin',
  'Biden',
  'Zelenski',
  'Lavrov',
  'Blinken',
  'Trump',
  'Macron',
  'Rutte',
  'Witkoff',
  'Peskov',
  'Genève',
  'Anchorage',
  'Riyad',
  'Istanbul',
  'Kiev',
  'Moskou',
  'Charkiv',
  'Zaporizja',
  'Koersk',
  'Helsinki',
  'Poetn',
  'Makron',
  'Blinkn',
  'Oekraine',
  'Geneve',
  'Zelenksi',
  'Lavorv',
  'Stoltenbreg',
  'Erdogna',
  'Kelog',
  'Lavrov Genève',
  'Biden Poetin',
  'Trump Zelenski',
  'sancties Rusland',
  'vredesplan Oekraïne',
  'Rubio Riyad',
  'Witkoff Moskou',
  'Anchorage top',
  'kerncentrale Zaporizja',
  'graanakkoord Istanbul',
  'Peskov Kremlin',
  'NAVO uitbreiding',
  'Scholz Macron',
  'gevangenenruil',
  'staakt-het-vuren',
  'wapenleveranties',
  'Baerbock',
  'Kallas',
  'Sjojgoe',
  'Koeleba Blinken',
  '"nieuwe sancties"',
  'mineralendeal',
  'energiecrisis Europa',
  'Poetn Trunp',
  'luchtafweer',
  'Dmitriev',
  'Xi Jinping',
  'Harris',
  'Starmer Kiev',
  'Jermak',
];

interface Sample {
  q: string;
  elapsed: number;
  workerMs: number;
  bytes: number;
  pass: number;
}

interface Rendered {
  elapsed: number;
  total: number;
  /** Time inside the worker (engine, including any index fetches). */
  workerMs: number;
  /** From the worker's answer arriving to results in the DOM. */
  renderMs: number;
}

const SEARCH_FILES = /^(assets\/js\/search-|assets\/search\.css|search\/)/;
const searchBytes = (log: readonly ServedFile[]): { sent: number; size: number; files: number } => {
  const mine = log.filter((f) => SEARCH_FILES.test(f.path));
  return { sent: mine.reduce((s, f) => s + f.sent, 0), size: mine.reduce((s, f) => s + f.size, 0), files: mine.length };
};

/** Types `q` into `selector` and resolves with the UI's own report once results are in the DOM. */
async function typeAndWait(page: Page, selector: string, q: string): Promise<Rendered> {
  // A string, not a function: tsx's helpers (`__name`) do not exist inside the page.
  const wait = page.evaluate(`new Promise((resolve) => {
    const query = ${JSON.stringify(q.trim())};
    const on = (event) => {
      if (event.detail.q.trim() !== query) return;
      document.removeEventListener('kroniek:search-rendered', on);
      resolve({ elapsed: event.detail.elapsed, total: event.detail.total, workerMs: event.detail.workerMs, renderMs: event.detail.renderMs });
    };
    document.addEventListener('kroniek:search-rendered', on);
  })`) as Promise<Rendered>;
  await page.locator(selector).fill(q);
  return wait;
}

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

interface Row {
  articles: number;
  where: string;
  coldSent: number;
  coldSize: number;
  coldMs: number;
  warmMedianBytes: number;
  warmMaxBytes: number;
  firstMedian: number;
  firstP95: number;
  median: number;
  p95: number;
  workerMedian: number;
  queries: number;
  zeroHits: number;
}

async function measure(server: StaticServer, articles: number, where: 'header' | 'page', runs: number): Promise<Row> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const selector = where === 'header' ? '#site-search-q' : '#zoeken-q';
    await page.goto(new URL(where === 'header' ? './' : 'zoeken/', server.url).href);
    // Boot loads with every page; it counts toward the first query's bytes, page HTML does not.
    if (where === 'header') await page.locator(selector).focus();
    const cold = await typeAndWait(page, selector, QUERIES[0] ?? 'Poetin');
    const coldBytes = searchBytes(server.log);
    const samples: Sample[] = [];
    let zeroHits = 0;
    // Pass 1 meets every query for the first time (its shards may still need fetching); pass 2
    // repeats them with the index files already in the worker: the warm case.
    for (const pass of [1, 2]) {
      for (let i = 0; i < runs; i++) {
        const q = QUERIES[(i + 1) % QUERIES.length] ?? '';
        server.log.length = 0;
        // Clear first so that retyping the same query still triggers a search.
        await page.locator(selector).fill('');
        const r = await typeAndWait(page, selector, q);
        if (r.total === 0 && pass === 1) zeroHits++;
        samples.push({ q, elapsed: r.elapsed, workerMs: r.workerMs, bytes: searchBytes(server.log).sent, pass });
      }
    }
    const first = samples.filter((s) => s.pass === 1);
    const warm = samples.filter((s) => s.pass === 2);
    const firstTimes = first.map((s) => s.elapsed);
    const times = warm.map((s) => s.elapsed);
    const bytes = first.map((s) => s.bytes);
    return {
      articles,
      where,
      coldSent: coldBytes.sent,
      coldSize: coldBytes.size,
      coldMs: cold.elapsed,
      warmMedianBytes: percentile(bytes, 50),
      warmMaxBytes: Math.max(...bytes),
      firstMedian: percentile(firstTimes, 50),
      firstP95: percentile(firstTimes, 95),
      median: percentile(times, 50),
      p95: percentile(times, 95),
      workerMedian: percentile(
        warm.map((s) => s.workerMs),
        50,
      ),
      queries: first.length,
      zeroHits,
    };
  } finally {
    await browser.close();
  }
}

function parseArgs(argv: readonly string[]): { sizes: number[]; site: 'full' | 'mini'; runs: number; keep: boolean } {
  const get = (name: string): string | undefined => argValue(argv, `--${name}`);
  const sizes = (get('articles') ?? '1000,10000')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const site = get('site') === 'mini' ? 'mini' : 'full';
  const runs = Math.max(50, Number(get('runs') ?? 60));
  return { sizes, site, runs, keep: argv.includes('--keep') };
}

async function main(): Promise<void> {
  const { sizes, site, runs, keep } = parseArgs(process.argv.slice(2));
  const rows: Row[] = [];
  for (const articles of sizes) {
    const work = await mkdtemp(path.join(tmpdir(), `kroniek-bench-search-${articles}-`));
    try {
      const corpusDir = path.join(work, 'articles');
      const out = path.join(work, 'site');
      let t = performance.now();
      await writeCorpus(corpusDir, { articles });
      console.error(`[${articles}] corpus written in ${Math.round(performance.now() - t)} ms`);
      t = performance.now();
      if (site === 'full') await buildFullSite(corpusDir, out, '/');
      else await buildMiniSite((await loadArchive(corpusDir)).records, out);
      console.error(`[${articles}] ${site} site built in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      const server = await serveStatic(out, '/', ['search', 'assets']);
      try {
        for (const where of ['header', 'page'] as const) {
          server.log.length = 0;
          rows.push(await measure(server, articles, where, runs));
        }
      } finally {
        await server.close();
      }
    } finally {
      if (!keep) await rm(work, { recursive: true, force: true });
      else console.error(`kept ${work}`);
    }
  }
  console.log(
    '| articles | where | first query: transferred (uncompressed) | first query ms | later queries: median / max transferred | first-seen queries: median / p95 ms | warm queries: median / p95 ms | warm: in worker, median ms | queries | no hits |',
  );
  console.log(`|${' --- |'.repeat(10)}`);
  for (const r of rows) {
    console.log(
      `| ${r.articles} | ${r.where === 'header' ? 'header box (6 results)' : '/zoeken/ (10 results)'} | ${kb(r.coldSent)} (${kb(r.coldSize)}) | ${r.coldMs.toFixed(0)} | ${kb(r.warmMedianBytes)} / ${kb(r.warmMaxBytes)} | ${r.firstMedian.toFixed(1)} / ${r.firstP95.toFixed(1)} | ${r.median.toFixed(1)} / ${r.p95.toFixed(1)} | ${r.workerMedian.toFixed(1)} | ${r.queries} | ${r.zeroHits} |`,
    );
  }
}

// Run only as a script, so tests and tools can import QUERIES.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
