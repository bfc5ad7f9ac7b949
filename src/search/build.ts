/**
 * Build-time half of search: turns published records into a sharded index so that a query
 * fetches only the few files its terms live in, never the whole archive (see README,
 * "Zoeken / Search design").
 */
import { createHash } from 'node:crypto';
import type { ArticleRecord } from '../types.ts';
import { fold } from '../text.ts';
import { dateSortKey, formatDutchDate } from '../site/dates.ts';
import { bigramKey, terms } from './tokenize.ts';
import { PostingsBuilder } from './postings-builder.ts';
import {
  INDEX_VERSION,
  MANIFEST_PATH,
  chunkPath,
  encodeBitset,
  encodeShard,
  shardPath,
  termShard,
  vocabKey,
  vocabPath,
  type DocMeta,
  type Manifest,
  type Postings,
  type VocabShard,
} from './format.ts';

/** Field weights: a word in the title or a tagged name says far more about an article than one in its body. */
export const FIELD_WEIGHTS = { title: 10, names: 8, lede: 3, body: 1 } as const;

export interface BuildOptions {
  /** Target size of one postings shard; shards are cut so a query's download stays small. */
  shardBytes?: number;
  /** Target size of one metadata chunk. */
  chunkBytes?: number;
  /** URL path (relative to the site root) of a record's page. */
  urlFor?: (record: ArticleRecord) => string;
}

/** Only records a reader can open are searchable. */
export function isPublished(record: ArticleRecord): boolean {
  return record.draft !== true;
}

/** Chronological order, undated first, so "newest first" is simply descending doc number. */
export function searchOrder(records: readonly ArticleRecord[]): ArticleRecord[] {
  return [...records].sort((a, b) => {
    const da = dateSortKey(a.date) ?? '';
    const db = dateSortKey(b.date) ?? '';
    if (da !== db) return da < db ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** Saturating weight byte: repeated mentions help, but a long article cannot drown a title hit. */
function weightByte(raw: number): number {
  return Math.max(1, Math.min(255, Math.round(40 * Math.log1p(raw))));
}

/** `@` cannot occur in a folded term, so person filter lists never collide with words. */
export function personKey(name: string): string {
  return `@${fold(name)}`;
}

export function snippetSource(lede: string, max = 240): string {
  if (lede.length <= max) return lede;
  const cut = lede.lastIndexOf(' ', max);
  return `${lede.slice(0, cut > max / 2 ? cut : max)}…`;
}

export function buildSearchIndex(
  allRecords: readonly ArticleRecord[],
  options: BuildOptions = {},
): Map<string, string | Uint8Array> {
  const shardBytes = options.shardBytes ?? 16_000;
  const chunkBytes = options.chunkBytes ?? 4_000;
  const urlFor = options.urlFor ?? ((r: ArticleRecord) => `artikelen/${r.id}/`);
  const records = searchOrder(allRecords.filter(isPublished));

  const postings = new PostingsBuilder();
  const add = (key: string, doc: number, weight: number): void => postings.add(key, doc, weight);
  const addField = (text: string, doc: number, weight: number): void => {
    const ts = terms(text);
    let prev = -1;
    for (let i = 0; i < ts.length; i++) {
      const id = postings.idOf(ts[i] ?? '');
      postings.addId(id, doc, weight);
      if (prev >= 0) {
        const pair = postings.pairId(prev, id, () => bigramKey(ts[i - 1] ?? '', ts[i] ?? ''));
        postings.addId(pair, doc, weight);
      }
      prev = id;
    }
  };
  const unigramDf = new Map<string, number>();
  const peopleCount = new Map<string, number>();
  const years = new Map<number, [number, number]>();
  const offTopic: boolean[] = [];
  const metas: DocMeta[] = [];

  records.forEach((record, doc) => {
    addField(record.title, doc, FIELD_WEIGHTS.title);
    for (const name of [...record.people, ...record.places, ...record.organisations]) {
      addField(name, doc, FIELD_WEIGHTS.names);
    }
    addField(record.lede, doc, FIELD_WEIGHTS.lede);
    for (const block of record.blocks) addField(block.text, doc, FIELD_WEIGHTS.body);
    for (const person of new Set(record.people)) {
      add(personKey(person), doc, 1);
      peopleCount.set(person, (peopleCount.get(person) ?? 0) + 1);
    }
    const year = record.date ? Number(record.date.slice(0, 4)) : NaN;
    if (Number.isFinite(year)) {
      const range = years.get(year);
      if (range) range[1] = doc;
      else years.set(year, [doc, doc]);
    }
    offTopic.push(!record.onTopic);
    metas.push({
      u: urlFor(record),
      t: record.title,
      d: record.date,
      f: formatDutchDate(record.date, record.datePrecision),
      p: record.people,
      s: snippetSource(record.lede),
    });
  });

  // Encode every list once to learn its size, then pack hash buckets to the target size.
  const encoded: Array<[string, Postings, number]> = [];
  let totalBytes = 0;
  postings.keys.forEach((key, id) => {
    const { docs, raw } = postings.list(id);
    if (!key.includes(' ') && !key.startsWith('@')) unigramDf.set(key, docs.length);
    const weights = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) weights[i] = weightByte(raw[i] ?? 0);
    const size = 4 + key.length + docs.length * 2;
    totalBytes += size;
    encoded.push([key, { docs, weights }, size]);
  });
  const shardCount = Math.max(1, Math.ceil(totalBytes / shardBytes));
  const buckets: Array<Array<[string, Postings]>> = Array.from({ length: shardCount }, () => []);
  for (const [key, list] of encoded) buckets[termShard(key, shardCount)]?.push([key, list]);

  const files = new Map<string, string | Uint8Array>();
  buckets.forEach((bucket, n) => {
    bucket.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    files.set(shardPath(n), encodeShard(bucket));
  });

  const vocab = new Map<string, Array<[string, number]>>();
  for (const [term, df] of unigramDf) {
    const key = vocabKey(term);
    let list = vocab.get(key);
    if (!list) vocab.set(key, (list = []));
    list.push([term, df]);
  }
  for (const [key, list] of [...vocab].sort()) {
    list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const shard: VocabShard = { terms: list.map((e) => e[0]), df: list.map((e) => e[1]) };
    files.set(vocabPath(key), JSON.stringify(shard));
  }

  const averageMeta = metas.length ? JSON.stringify(metas).length / metas.length : 1;
  const chunkSize = Math.max(4, Math.min(64, Math.round(chunkBytes / averageMeta)));
  for (let start = 0, n = 0; start < metas.length; start += chunkSize, n++) {
    files.set(chunkPath(n), JSON.stringify(metas.slice(start, start + chunkSize)));
  }

  const digest = createHash('sha256');
  for (const [path, content] of [...files].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    digest.update(path);
    digest.update(content);
  }
  const manifest: Manifest = {
    version: INDEX_VERSION,
    hash: digest.digest('hex').slice(0, 12),
    docs: records.length,
    chunkSize,
    shards: shardCount,
    vocab: [...vocab.keys()].sort(),
    years: [...years].sort((a, b) => a[0] - b[0]).map(([y, [first, last]]) => [y, first, last]),
    people: [...peopleCount].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl')),
    offTopic: encodeBitset(offTopic),
  };
  files.set(MANIFEST_PATH, JSON.stringify(manifest));
  return files;
}
