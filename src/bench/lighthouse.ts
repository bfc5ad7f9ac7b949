/**
 * Lighthouse scores of the built site: `npm run lighthouse [-- --site DIR] [--articles DIR] [--url PATH …]`.
 *
 * Builds the site from `articles/` (or serves an already built `--site DIR`), serves it on
 * 127.0.0.1 with gzip as a static host does, and runs Lighthouse (mobile, its default config)
 * in Debian's Chromium (`CHROME_PATH`, default /usr/bin/chromium) against the timeline, the first
 * article and `/zoeken/?q=poetin`. Prints the four category scores per page and every audit that
 * did not pass; exits 1 when a page requested anything from another host.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { runEleventy } from '../build/eleventy-command.ts';
import { serveStatic } from '../build/static-server.ts';
import { argValue } from './args.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface PageResult {
  url: string;
  scores: Record<string, number>;
  failed: string[];
  foreign: string[];
}

interface LhAudit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  details?: { items?: Array<Record<string, unknown>> };
}

/** The first article page the timeline links to: any site has one when it has articles. */
async function firstArticle(siteDir: string): Promise<string> {
  const index = await readFile(path.join(siteDir, 'index.html'), 'utf8');
  const match = /href="(\/artikelen\/[^"#]+\/)"/.exec(index);
  if (!match?.[1]) throw new Error('lighthouse: the timeline links to no article');
  return match[1];
}

async function audit(url: string, port: number): Promise<PageResult> {
  const run = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!run) throw new Error(`lighthouse: no result for ${url}`);
  const lhr = run.lhr;
  const scores: Record<string, number> = {};
  for (const c of CATEGORIES) scores[c] = Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const audits = Object.values(lhr.audits) as LhAudit[];
  const failed = audits
    .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
    .map((a) => `${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''} score ${a.score}`);
  const origin = new URL(url).origin;
  const requests = (lhr.audits['network-requests'] as LhAudit | undefined)?.details?.items ?? [];
  const foreign = requests.map((r) => String(r.url ?? '')).filter((u) => /^https?:/.test(u) && !u.startsWith(origin));
  return { url, scores, failed, foreign };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let siteDir = argValue(args, '--site');
  let work = '';
  if (!siteDir) {
    work = await mkdtemp(path.join(tmpdir(), 'kroniek-lighthouse-'));
    siteDir = path.join(work, 'site');
    const articles = argValue(args, '--articles');
    const built = await runEleventy({ output: siteDir, env: articles ? { ARTICLES_DIR: path.resolve(articles) } : {} });
    if (built.code !== 0) throw new Error(`site build failed:\n${built.stdout}${built.stderr}`);
  }
  const paths = args.includes('--url')
    ? args.flatMap((a, i) => (args[i - 1] === '--url' ? [a] : []))
    : ['/', await firstArticle(siteDir), '/zoeken/?q=poetin'];
  const server = await serveStatic(siteDir, '/');
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_FLAGS] });
  const results: PageResult[] = [];
  try {
    for (const p of paths) results.push(await audit(new URL(p.replace(/^\//, ''), server.url).href, chrome.port));
  } finally {
    chrome.kill();
    await server.close();
    if (work) await rm(work, { recursive: true, force: true });
  }
  console.log(`| page | ${CATEGORIES.join(' | ')} |`);
  console.log(`| --- | ${CATEGORIES.map(() => '---:').join(' | ')} |`);
  for (const r of results)
    console.log(`| ${new URL(r.url).pathname}${new URL(r.url).search} | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} |`);
  for (const r of results) {
    if (r.failed.length) console.log(`\n${r.url} — not passed:\n  ${r.failed.join('\n  ')}`);
  }
  const foreign = results.flatMap((r) => r.foreign);
  if (foreign.length) {
    console.error(`requests to other hosts:\n  ${foreign.join('\n  ')}`);
    process.exitCode = 1;
  }
}

await main();
