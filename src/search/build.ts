/**
 * Build-time half of search: turns published records into a sharded index so that a query
 * fetches only the few files its terms live in, never the whole archive (see README,
 * "Zoeken / Search design").
 */
import { createHash } from 'node:crypto';
import type { ArticleRecord } from '../record/types.ts';
import { fold } from '../record/text.ts';
import { formatDutchDate } from '../record/dates.ts';
import { chronological, isPublished } from '../record/order.ts';
import { TermScanner } from './term-scanner.ts';
import { IndexKeys } from './index-keys.ts';
import { PostingsBuilder } from './postings-builder.ts';
import { aliasTable } from './aliases.ts';
import { countPeople } from './people.ts';
import { bigramKey, terms } from './tokenize.ts';
import {
  INDEX_VERSION,
  MANIFEST_PATH,
  chunkPath,
  encodeBitset,
  encodeShardLists,
  shardPath,
  vocabKey,
  vocabPath,
  type DocMeta,
  type Manifest,
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

/** `@` cannot occur in a folded term, so person filter lists never collide with words. */
export function personKey(name: string): string {
  return `@${fold(name)}`;
}

/** Characters of body text kept per article for excerpts: most news articles fit whole. */
export const EXCERPT_SOURCE_CHARS = 2_000;

/**
 * The text a result's excerpt is cut from: the lede (without its dateline), then the rest of the
 * body, paragraphs run on, cut at a word boundary after `max` characters.
 */
export function excerptSource(record: Pick<ArticleRecord, 'lede' | 'blocks'>, max = EXCERPT_SOURCE_CHARS): string {
  const parts = [record.lede];
  let ledeSeen = false;
  for (const block of record.blocks) {
    // The first paragraph is the lede, already there without its dateline prefix.
    if (!ledeSeen && block.type !== 'heading') ledeSeen = true;
    else parts.push(block.text);
  }
  const text = parts.filter(Boolean).join(' ');
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max / 2 ? cut : max)}…`;
}

/**
 * Aliases by the vocabulary file they belong in, for targets the index holds, and only where the
 * archive itself mostly writes the target: `Amerikaanse` stays a word of its own.
 */
function aliasesByLetter(df: (term: string) => number, named: ReadonlyMap<string, number>): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const [word, target] of aliasTable()) {
    const targetDf = target.includes(' ') ? (named.get(target) ?? 0) : df(target);
    if (targetDf === 0 || df(word) >= targetDf) continue;
    const key = vocabKey(word);
    let letter = out.get(key);
    if (!letter) out.set(key, (letter = {}));
    letter[word] = target;
  }
  return out;
}

/** Unigrams and phrase pairs of consecutive indexable terms, as `terms()` and `bigramKey()` make them. */
function addField(scanner: TermScanner, keys: IndexKeys, postings: PostingsBuilder, text: string, weight: number): void {
  const n = scanner.scan(text);
  const ids = scanner.out;
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const term = ids[i] ?? 0;
    postings.add(keys.termKey(term), weight);
    if (prev >= 0) postings.add(keys.pairKey(prev, term), weight);
    prev = term;
  }
}

/** Shards: every key's list, bucketed by key hash, keys sorted within a shard (format.ts). */
function encodeShards(keys: IndexKeys, postings: PostingsBuilder, shardBytes: number, files: Map<string, string | Uint8Array>): number {
  const count = keys.size;
  let totalBytes = 0;
  for (let key = 0; key < count; key++) totalBytes += 4 + keys.keyLength(key) + postings.count(key) * 2;
  const shardCount = Math.max(1, Math.ceil(totalBytes / shardBytes));
  // Counting sort of key ids by shard.
  const shardOf = new Int32Array(count);
  const starts = new Int32Array(shardCount + 1);
  for (let key = 0; key < count; key++) {
    const shard = keys.keyHash(key) % shardCount;
    shardOf[key] = shard;
    starts[shard + 1] = (starts[shard + 1] ?? 0) + 1;
  }
  for (let n = 0; n < shardCount; n++) starts[n + 1] = (starts[n + 1] ?? 0) + (starts[n] ?? 0);
  const fill = starts.slice(0, shardCount);
  const order = new Int32Array(count);
  for (let key = 0; key < count; key++) {
    const shard = shardOf[key] ?? 0;
    const at = fill[shard] ?? 0;
    order[at] = key;
    fill[shard] = at + 1;
  }
  for (let n = 0; n < shardCount; n++) {
    const ids = Array.from(order.subarray(starts[n] ?? 0, starts[n + 1] ?? 0));
    const entries = ids.map((id): [string, number] => [keys.keyString(id), id]);
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    files.set(
      shardPath(n),
      encodeShardLists(
        entries.map((e) => e[0]),
        entries.map((e) => e[1]),
        postings,
      ),
    );
  }
  return shardCount;
}

export function buildSearchIndex(allRecords: readonly ArticleRecord[], options: BuildOptions = {}): Map<string, string | Uint8Array> {
  const shardBytes = options.shardBytes ?? 16_000;
  const chunkBytes = options.chunkBytes ?? 2_000;
  const urlFor = options.urlFor ?? ((r: ArticleRecord) => `artikelen/${r.id}/`);
  // Only records a reader can open are searchable.
  const records = chronological(allRecords.filter(isPublished));

  const scanner = new TermScanner();
  const postings = new PostingsBuilder();
  const keys = new IndexKeys(scanner.terms, () => postings.newKey());
  // Tagged names as index phrases (`verenigde staten`) with their article counts, for alias targets.
  const named = new Map<string, number>();
  const years = new Map<number, [number, number]>();
  const offTopic: boolean[] = [];
  // Each doc's metadata as JSON: a chunk file is these joined, exactly as JSON.stringify of the slice.
  const metaJson: string[] = [];
  let metaChars = 0;

  records.forEach((record, doc) => {
    addField(scanner, keys, postings, record.title, FIELD_WEIGHTS.title);
    const { people, places, organisations, blocks } = record;
    for (let i = 0; i < people.length; i++) addField(scanner, keys, postings, people[i] ?? '', FIELD_WEIGHTS.names);
    for (let i = 0; i < places.length; i++) addField(scanner, keys, postings, places[i] ?? '', FIELD_WEIGHTS.names);
    for (let i = 0; i < organisations.length; i++) addField(scanner, keys, postings, organisations[i] ?? '', FIELD_WEIGHTS.names);
    addField(scanner, keys, postings, record.lede, FIELD_WEIGHTS.lede);
    for (let i = 0; i < blocks.length; i++) addField(scanner, keys, postings, blocks[i]?.text ?? '', FIELD_WEIGHTS.body);
    for (const person of new Set(people)) postings.add(keys.namedKey(personKey(person)), 1);
    for (const name of new Set([...places, ...organisations])) {
      const words = terms(name);
      if (words.length !== 2) continue;
      const pair = bigramKey(words[0] ?? '', words[1] ?? '');
      named.set(pair, (named.get(pair) ?? 0) + 1);
    }
    postings.endDoc(doc);
    const year = record.date ? Number(record.date.slice(0, 4)) : NaN;
    if (Number.isFinite(year)) {
      const range = years.get(year);
      if (range) range[1] = doc;
      else years.set(year, [doc, doc]);
    }
    offTopic.push(!record.onTopic);
    const meta: DocMeta = {
      u: urlFor(record),
      t: record.title,
      d: record.date,
      f: formatDutchDate(record.date, record.datePrecision),
      p: record.people,
      s: excerptSource(record),
    };
    const json = JSON.stringify(meta);
    metaJson.push(json);
    metaChars += json.length;
  });

  const files = new Map<string, string | Uint8Array>();
  const shardCount = encodeShards(keys, postings, shardBytes, files);

  const vocab = new Map<string, Array<[string, number]>>();
  for (let key = 0; key < keys.size; key++) {
    const term = keys.termOf(key);
    if (term === null) continue;
    const vk = vocabKey(term);
    let list = vocab.get(vk);
    if (!list) vocab.set(vk, (list = []));
    list.push([term, postings.count(key)]);
  }
  postings.release();
  const dfOf = new Map<string, number>();
  for (const list of vocab.values()) for (const [term, df] of list) dfOf.set(term, df);
  const aliases = aliasesByLetter((t) => dfOf.get(t) ?? 0, named);
  const vocabKeys = [...new Set([...vocab.keys(), ...aliases.keys()])].sort();
  for (const vk of vocabKeys) {
    const list = vocab.get(vk) ?? [];
    list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const shard: VocabShard = { terms: list.map((e) => e[0]), df: list.map((e) => e[1]) };
    const letterAliases = aliases.get(vk);
    if (letterAliases) shard.aliases = letterAliases;
    files.set(vocabPath(vk), JSON.stringify(shard));
  }

  // The length JSON.stringify(all metas) would have: brackets, entries and the commas between.
  const averageMeta = metaJson.length ? (metaChars + metaJson.length + 1) / metaJson.length : 1;
  // With excerpt text a doc's metadata is a few KB: then every doc has its own file, fetched alone.
  const chunkSize = Math.max(1, Math.min(64, Math.round(chunkBytes / averageMeta)));
  for (let start = 0, n = 0; start < metaJson.length; start += chunkSize, n++) {
    const end = Math.min(metaJson.length, start + chunkSize);
    files.set(chunkPath(n), `[${metaJson.slice(start, end).join(',')}]`);
    // Let each doc's JSON go once it is in its chunk, so the metadata is not held twice.
    metaJson.fill('', start, end);
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
    vocab: vocabKeys,
    years: [...years].sort((a, b) => a[0] - b[0]).map(([y, [first, last]]) => [y, first, last]),
    people: countPeople(records),
    offTopic: encodeBitset(offTopic),
  };
  files.set(MANIFEST_PATH, JSON.stringify(manifest));
  return files;
}
