/**
 * `npm run bench:headlines [-- --examples [--split dev|held-out]] [--json] [--synthetic N] [--time]`
 *
 * Derived titles against real headlines on the evaluation set (src/bench/headline-eval.ts), for
 * the old lede cut and the headline deriver side by side: mean content-word F1 (with the ceiling
 * any choice of the first sentence's words could reach), the share ending in an ellipsis or cut
 * mid-phrase, noise, and the length distribution; per half (development, held out) and per source.
 * `--examples` prints every item, derived against real; `--split dev` only the development half, so
 * rules are tuned without reading the held-out outputs. `--time` times the deriver alone, in process,
 * over the ledes of the synthetic and real items (µs per title; the machine's load shows in the spread).
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { splitSentences } from '../ingest/repeats.ts';
import { deriveTitle } from '../ingest/title/derive.ts';
import { argValue } from './args.ts';
import { type EvalItem, outletItems, realItems, syntheticItems } from './headline-eval.ts';
import {
  contentF1,
  contentWords,
  endsInEllipsis,
  endsMidPhrase,
  isNoiseTitle,
  type LengthSummary,
  lengthSummary,
} from './headline-metrics.ts';

export interface MethodScore {
  items: number;
  /** Mean content-word F1 against the real headline (null for the synthetic set). */
  f1: number | null;
  ellipsis: number;
  midPhrase: number;
  over90: number;
  over110: number;
  noise: number;
  lengths: LengthSummary;
}

export interface Row {
  label: string;
  outlets: number;
  /**
   * The best any choice of words from the lede's first sentence could score: exactly its words that
   * the real headline has (precision 1). What the set leaves to paraphrase.
   */
  ceiling: number | null;
  old: MethodScore;
  new: MethodScore;
}

function score(items: readonly EvalItem[], title: (i: EvalItem) => string, overlap: boolean): MethodScore {
  const titles = items.map(title);
  const f1 = overlap && items.length > 0 ? items.reduce((sum, i) => sum + contentF1(title(i), i.headline), 0) / items.length : null;
  return {
    items: items.length,
    f1,
    ellipsis: titles.filter(endsInEllipsis).length,
    midPhrase: titles.filter((t) => endsInEllipsis(t) || endsMidPhrase(t)).length,
    over90: titles.filter((t) => [...t].length > 90).length,
    over110: titles.filter((t) => [...t].length > 110).length,
    noise: titles.filter(isNoiseTitle).length,
    lengths: lengthSummary(titles),
  };
}

/** F1 of the first sentence's content words that the headline shares, against the headline. */
function sentenceCeiling(i: EvalItem): number {
  const headline = contentWords(i.headline);
  let shared = 0;
  for (const w of contentWords(splitSentences(i.lede)[0] ?? '')) if (headline.has(w)) shared++;
  return shared === 0 ? 0 : (2 * shared) / (shared + headline.size);
}

export function row(label: string, items: readonly EvalItem[], overlap = true): Row {
  return {
    label,
    outlets: new Set(items.map((i) => i.outlet)).size,
    ceiling: overlap && items.length > 0 ? items.reduce((sum, i) => sum + sentenceCeiling(i), 0) / items.length : null,
    old: score(items, (i) => i.ledeCut, overlap),
    new: score(items, (i) => i.derived, overlap),
  };
}

export function headlineRows(synthetic: number): { rows: Row[]; items: EvalItem[]; notDerived: EvalItem[] } {
  const all = realItems();
  // A lede that segmentation reads as a glued headline plus body gets no derived title: counted apart.
  const items = all.filter((i) => i.titleSource === 'derived');
  const notDerived = all.filter((i) => i.titleSource !== 'derived');
  const rows = [
    row('all real headlines', items),
    row(
      'development half',
      items.filter((i) => i.split === 'dev'),
    ),
    row(
      'held-out half',
      items.filter((i) => i.split === 'held-out'),
    ),
    ...(['pairs', 'seeds', 'curated', 'unseen'] as const).map((s) =>
      row(
        `source: ${s}`,
        items.filter((i) => i.source === s),
      ),
    ),
  ];
  // The blind outlet sets: the derived titles, and (apart) every title a reader would see there.
  const outlets = outletItems();
  rows.push(
    row(
      'blind outlet sets, derived titles',
      outlets.filter((i) => i.titleSource === 'derived'),
    ),
  );
  rows.push(row('blind outlet sets, every title shown', outlets));
  if (synthetic > 0) rows.push(row('synthetic corpus (form only)', syntheticItems(synthetic), false));
  return { rows, items, notDerived };
}

const f2 = (n: number | null): string => (n === null ? '–' : n.toFixed(2));
const share = (n: number, of: number): string => `${n}/${of}`;
const lengths = (l: LengthSummary): string => `${l.min}/${l.median}/${l.p90}/${l.max} [${l.buckets.join(' ')}]`;

function markdown(rows: readonly Row[]): string {
  const lines = [
    '| set | items | outlets | F1 old | F1 new | F1 ceiling | "…" or mid-phrase old | new | > 90 chars old | new | > 110 new | noise new | length min/median/p90/max [≤40 41–60 61–90 91–110 >110] old | new |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.label} | ${r.new.items} | ${r.outlets} | ${f2(r.old.f1)} | **${f2(r.new.f1)}** | ${f2(r.ceiling)} | ${share(r.old.midPhrase, r.old.items)} | ${share(r.new.midPhrase, r.new.items)} | ${r.old.over90} | ${r.new.over90} | ${r.new.over110} | ${r.new.noise} | ${lengths(r.old.lengths)} | ${lengths(r.new.lengths)} |`,
    );
  }
  return lines.join('\n');
}

/** Rounds of deriving every title; the first ones warm the JIT up and are not counted. */
const TIME_ROUNDS = 40;
const WARM_UP = 10;

/** µs per derived title over `ledes`, per round after warm-up, sorted. */
function timeDeriver(ledes: readonly string[]): number[] {
  const perTitle: number[] = [];
  for (let round = 0; round < TIME_ROUNDS; round++) {
    const start = performance.now();
    for (const lede of ledes) deriveTitle(lede);
    if (round >= WARM_UP) perTitle.push(((performance.now() - start) * 1000) / ledes.length);
  }
  return perTitle.sort((a, b) => a - b);
}

function main(args: string[]): void {
  const synthetic = Number(argValue(args, '--synthetic') ?? '400');
  if (args.includes('--time')) {
    const ledes = [...syntheticItems(Number.isFinite(synthetic) ? synthetic : 400), ...realItems()].map((i) => i.lede);
    const t = timeDeriver(ledes);
    const at = (q: number): string => (t[Math.floor(q * (t.length - 1))] as number).toFixed(1);
    console.log(`deriver: ${ledes.length} ledes, µs per title min ${at(0)} p25 ${at(0.25)} median ${at(0.5)}`);
    return;
  }
  const { rows, items, notDerived } = headlineRows(Number.isFinite(synthetic) ? synthetic : 400);
  if (args.includes('--json')) {
    console.log(
      JSON.stringify({ rows, notDerived: notDerived.map((i) => ({ file: i.file, title: i.derived, titleSource: i.titleSource })) }),
    );
    return;
  }
  console.log(markdown(rows));
  for (const i of notDerived) console.log(`\nnot derived (${i.titleSource}): ${i.file} "${i.derived}", real "${i.headline}"`);
  if (args.includes('--examples')) {
    const split = argValue(args, '--split');
    for (const i of items) {
      if (split !== undefined && i.split !== split) continue;
      console.log(
        `\n[${i.split}] ${i.source} ${i.outlet} (${i.file}) F1 ${f2(contentF1(i.derived, i.headline))} (old ${f2(contentF1(i.ledeCut, i.headline))})`,
      );
      console.log(`  real:    ${i.headline}`);
      console.log(`  derived: ${i.derived}${i.titleSource === 'derived' ? '' : `  [titleSource ${i.titleSource}]`}`);
      console.log(`  old:     ${i.ledeCut}`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main(process.argv.slice(2));
