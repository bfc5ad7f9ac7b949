/**
 * `tsx src/bench/watch.ts --articles 10000 [--edits 2]`: what a maintainer waits for after editing
 * one article while `npm start` runs. Starts Eleventy in watch mode over a synthetic archive, waits
 * for the first build, then edits one article at a time and times until Eleventy reports the
 * rebuild. With INGEST_CACHE=off the ingest cache is bypassed, for comparison.
 */
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCorpus, writeCorpus } from './corpus.ts';
import { argValue } from './args.ts';
import { spawnEleventy } from '../build/eleventy-command.ts';

const BUILT = /Wrote \d+ files/;

export interface WatchResult {
  articles: number;
  cache: boolean;
  firstBuildSeconds: number;
  rebuildSeconds: number[];
}

export async function benchWatch(articles: number, edits: number, cache: boolean, log: (line: string) => void): Promise<WatchResult> {
  const root = await mkdtemp(path.join(tmpdir(), `kroniek-watch-${articles}-`));
  const corpus = path.join(root, 'articles');
  await writeCorpus(corpus, { articles });
  const targets = generateCorpus({ articles: Math.min(articles, 50) })
    .filter((f) => f.file.endsWith('.txt'))
    .map((f) => f.file);
  const child = spawnEleventy({
    output: path.join(root, 'site'),
    env: { ARTICLES_DIR: corpus, ...(cache ? {} : { INGEST_CACHE: 'off' }) },
    extraArgs: ['--watch'],
  });
  let waiting: ((line: string) => void) | null = null;
  let output = '';
  const onData = (chunk: Buffer): void => {
    output += chunk.toString();
    const lines = output.split('\n');
    output = lines.pop() ?? '';
    for (const line of lines) if (BUILT.test(line) && waiting) waiting(line);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const nextBuild = (): Promise<number> => {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no rebuild within 15 minutes')), 900_000);
      waiting = () => {
        clearTimeout(timer);
        waiting = null;
        resolve((performance.now() - started) / 1000);
      };
    });
  };
  try {
    const firstBuildSeconds = await nextBuild();
    log(`[watch ${articles}${cache ? '' : ', no cache'}] first build ${firstBuildSeconds.toFixed(1)} s`);
    const rebuildSeconds: number[] = [];
    for (let k = 0; k < edits; k++) {
      // Let the watcher settle: Eleventy ignores changes during its own build.
      await new Promise((r) => setTimeout(r, 2000));
      const file = targets[k % targets.length] ?? '';
      const done = nextBuild();
      await appendFile(path.join(corpus, file), `\nEen correctie van de redactie, nummer ${k + 1}.\n`);
      rebuildSeconds.push(await done);
      log(`[watch ${articles}${cache ? '' : ', no cache'}] edit ${k + 1}: rebuilt in ${rebuildSeconds[k]?.toFixed(1)} s`);
    }
    return { articles, cache, firstBuildSeconds, rebuildSeconds };
  } finally {
    child.kill('SIGTERM');
    await rm(root, { recursive: true, force: true });
  }
}

async function main(args: string[]): Promise<void> {
  const articles = Number(argValue(args, '--articles') ?? '1000');
  const edits = Number(argValue(args, '--edits') ?? '2');
  const log = (line: string): void => console.error(line);
  const results: WatchResult[] = [];
  results.push(await benchWatch(articles, edits, true, log));
  if (args.includes('--compare')) results.push(await benchWatch(articles, edits, false, log));
  for (const r of results) console.log(JSON.stringify(r));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
