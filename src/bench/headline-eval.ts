/**
 * The headline evaluation set: every article whose real headline is known, with the headline
 * removed and the file ingested again, so the title Kroniek derives can be set beside the real one.
 *
 * - `pairs`: tests/fixtures/headlines/pairs.json (headline/lede pairs in many outlets' styles);
 *   each lede is ingested as a file of its own.
 * - `seeds`: the raw seeds (tests/fixtures/seeds) that have a headline, with that headline cut out
 *   of the file; `curated`: the seeds without one, against the title the editors gave them in
 *   articles/ front matter.
 * - `unseen`: the outlet pages of tests/fixtures/ingest/unseen, with their headlines cut out.
 * - `outlets` (reported apart, see outletItems): the five blind unseen-outlet sets.
 * - `synthetic`: headline-less articles of the benchmark corpus (src/bench/corpus.ts). Their
 *   generated headlines are not written from the lede, so they measure only form (length, ending,
 *   noise), never overlap.
 *
 * Each real item is in the development half (used to tune the rules) or the held-out half, by
 * its position in its source list (even: development, odd: held out).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingestFile } from '../ingest/pipeline.ts';
import type { ArticleRecord } from '../record/types.ts';
import { iterateCorpus } from './corpus.ts';
import { ledeCutTitle } from './lede-cut.ts';

export type EvalSource = 'pairs' | 'seeds' | 'curated' | 'unseen' | 'outlets' | 'synthetic';
export type EvalSplit = 'dev' | 'held-out';

export interface EvalItem {
  source: EvalSource;
  split: EvalSplit;
  /** The outlet whose style the article has (pairs, unseen), or the file. */
  outlet: string;
  file: string;
  headline: string;
  lede: string;
  /** What Kroniek derives now (the record's title after ingest, titleSource "derived"). */
  derived: string;
  titleSource: string;
  /** What the lede cut of before gave on the same lede. */
  ledeCut: string;
}

const FIXTURES = new URL('../../tests/fixtures/', import.meta.url);
const ARTICLES = new URL('../../articles/', import.meta.url);
const encoder = new TextEncoder();

const splitOf = (index: number): EvalSplit => (index % 2 === 0 ? 'dev' : 'held-out');

function ingestText(file: string, text: string): ArticleRecord[] {
  return ingestFile({ file, bytes: encoder.encode(text) }).records;
}

function item(source: EvalSource, index: number, outlet: string, file: string, headline: string, record: ArticleRecord): EvalItem {
  return {
    source,
    split: splitOf(index),
    outlet,
    file,
    headline,
    lede: record.lede,
    derived: record.title,
    titleSource: record.titleSource,
    ledeCut: ledeCutTitle(record.lede),
  };
}

interface Pair {
  outlet: string;
  headline: string;
  lede: string;
}

function pairItems(): EvalItem[] {
  const { pairs } = JSON.parse(readFileSync(new URL('headlines/pairs.json', FIXTURES), 'utf8')) as { pairs: Pair[] };
  return pairs.flatMap((pair, index) => {
    const file = `pairs/${String(index).padStart(3, '0')}.txt`;
    const [record] = ingestText(file, `${pair.lede}\n`);
    return record ? [item('pairs', index, pair.outlet, file, pair.headline, record)] : [];
  });
}

const sameArticle = (a: ArticleRecord, b: ArticleRecord): boolean => a.lede.slice(0, 60) === b.lede.slice(0, 60);

/**
 * The records of a raw file that have a headline, each re-ingested with its headline cut out of
 * the file. An article whose lede changes without its headline (segmentation merged it with a
 * neighbour) is left out: there is nothing to compare.
 */
function withoutHeadlines(file: string, text: string): { headline: string; record: ArticleRecord }[] {
  return ingestText(file, text)
    .filter((r) => r.titleSource === 'headline')
    .flatMap((original) => {
      if (!text.includes(original.title)) return [];
      // Every copy: some pages print the headline twice.
      const stripped = text.replaceAll(original.title, '');
      const again = ingestText(file, stripped).find((r) => sameArticle(r, original));
      return again ? [{ headline: original.title, record: again }] : [];
    });
}

function seedItems(): EvalItem[] {
  const dir = new URL('seeds/', FIXTURES);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const items: EvalItem[] = [];
  let seedIndex = 0;
  let curatedIndex = 0;
  for (const file of files) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    for (const { headline, record } of withoutHeadlines(file, text)) items.push(item('seeds', seedIndex++, 'seed', file, headline, record));
    // Seeds without a headline: the editors' title in articles/ front matter is the real one.
    const curated = ingestText(file, readFileSync(new URL(file, ARTICLES), 'utf8')).filter((r) => r.titleSource === 'frontmatter');
    for (const raw of ingestText(file, text).filter((r) => r.titleSource === 'derived')) {
      const edited = curated.find((c) => sameArticle(c, raw));
      if (edited) items.push(item('curated', curatedIndex++, 'seed (curated title)', file, edited.title, raw));
    }
  }
  return items;
}

function unseenItems(): EvalItem[] {
  const dir = new URL('ingest/unseen/', FIXTURES);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  let index = 0;
  return files.flatMap((file) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const outlet = file.replace(/-.*$/u, '');
    return withoutHeadlines(file, text).map(({ headline, record }) => item('unseen', index++, outlet, file, headline, record));
  });
}

interface OutletExpectation {
  file: string;
  outlet: string;
  records: { title: string | null; lede_starts: string }[];
}

const OUTLET_SETS = ['outlets', 'outlets-2', 'outlets-3', 'outlets-4', 'outlets-5'];

/**
 * The five blind unseen-outlet sets (tests/fixtures/outlets, outlets-2 … outlets-5): each record
 * whose expected.json gives a headline, with that headline cut out of the file. The headline is
 * the set's own (written by hand), not the parser's reading of the page. Kept apart from
 * realItems: here a page without its headline often gets a label line (`NOS Jeugdjournaal`) as
 * its title instead of a derived one, which is page trouble (issue: real pages), not the deriver's.
 */
export function outletItems(): EvalItem[] {
  const items: EvalItem[] = [];
  for (const set of OUTLET_SETS) {
    const dir = new URL(`${set}/`, FIXTURES);
    const { files } = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as { files: OutletExpectation[] };
    for (const expected of files) {
      const text = readFileSync(new URL(expected.file, dir), 'utf8');
      for (const { title, lede_starts } of expected.records) {
        if (title === null || !text.includes(title)) continue;
        // The article is found by its lede; one whose lede moves without its headline has nothing to compare.
        const record = ingestText(expected.file, text.replaceAll(title, '')).find((r) => r.lede.startsWith(lede_starts));
        if (record) items.push(item('outlets', items.length, expected.outlet, `${set}/${expected.file}`, title, record));
      }
    }
  }
  return items;
}

/** Headline-less articles of the synthetic benchmark corpus (form only: their headlines are not written from the lede). */
export function syntheticItems(articles = 400): EvalItem[] {
  const items: EvalItem[] = [];
  for (const generated of iterateCorpus({ articles })) {
    if (generated.truth.headlineStyle !== 'none') continue;
    const [record] = ingestText(generated.file, generated.text);
    if (record?.titleSource === 'derived')
      items.push(item('synthetic', items.length, 'synthetic', generated.file, generated.truth.title, record));
  }
  return items;
}

/** Every article whose real headline is known. */
export function realItems(): EvalItem[] {
  return [...pairItems(), ...seedItems(), ...unseenItems()];
}

export const fixturePath = (relative: string): string => fileURLToPath(new URL(relative, FIXTURES));
