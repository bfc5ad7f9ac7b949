/**
 * Times tagging (and the topic rule) over all raw seed text, 1,000 times. A figure for the
 * report, never a test assertion. Run: npx tsx src/bench/tag-seeds.ts [seeds-dir]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tagEntities } from '../ingest/tag.ts';
import { isOnTopic } from '../ingest/topic.ts';

const dir = process.argv[2] ?? fileURLToPath(new URL('../../tests/fixtures/seeds/', import.meta.url));
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(dir, f), 'utf8'));
const chars = texts.reduce((n, t) => n + t.length, 0);
const ROUNDS = 1000;

function time(label: string, run: (text: string) => unknown): void {
  for (let i = 0; i < 50; i++) for (const t of texts) run(t); // warm up the JIT
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < ROUNDS; i++) for (const t of texts) run(t);
  const ms = performance.now() - start;
  // CPU time too: on a shared machine wall time swings with other processes' load.
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const perSecond = Math.round((ROUNDS * texts.length) / (cpuMs / 1000));
  console.log(
    `${label}: ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU for ${ROUNDS}× ${texts.length} files ` +
      `(${(chars / 1024).toFixed(1)} KiB per round); ${perSecond} files/s by CPU time`,
  );
}

time('tagEntities', (t) => tagEntities(t));
time('tagEntities + isOnTopic', (t) => {
  // As ingest calls them: tag `title + "\n" + body`, then judge the same article.
  const newline = t.indexOf('\n');
  isOnTopic({ title: t.slice(0, newline), text: t.slice(newline + 1), ...tagEntities(t) });
});
