/**
 * The index builder is optimised (term ids, pre-encoded postings in shared pages); these tests hold
 * it to the plain definition of the index: the scanner yields exactly `terms()`, and the built
 * files equal those of a straightforward builder written here from the format's description.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { ArticleRecord } from '../../src/record/types.ts';
import { corpusSources } from '../../src/bench/corpus.ts';
import { ingestFiles } from '../../src/ingest/pipeline.ts';
import { FIELD_WEIGHTS, buildSearchIndex, excerptSource, personKey } from '../../src/search/build.ts';
import { aliasTable } from '../../src/search/aliases.ts';
import { chronological, isPublished } from '../../src/record/order.ts';
import { bigramKey, terms } from '../../src/search/tokenize.ts';
import { TermScanner } from '../../src/search/term-scanner.ts';
import { PostingsBuilder, weightByte } from '../../src/search/postings-builder.ts';
import {
  INDEX_VERSION,
  MANIFEST_PATH,
  ShardReader,
  chunkPath,
  encodeBitset,
  encodeShard,
  encodeShardLists,
  shardPath,
  termShard,
  vocabKey,
  vocabPath,
  type Postings,
} from '../../src/search/format.ts';
import { formatDutchDate } from '../../src/record/dates.ts';

function scanned(scanner: TermScanner, text: string): string[] {
  const n = scanner.scan(text);
  return Array.from(scanner.out.subarray(0, n), (id) => scanner.terms[id] ?? '?');
}

const PIECES = [
  ' ',
  '-',
  '.',
  '\n',
  "'s",
  'Oekraïne',
  'OEKRAÏNE',
  'Genève',
  'café',
  'e\u0301',
  '\u0308',
  'ĳs',
  'ﬁets',
  '½',
  '²',
  'ΟΔΟΣ',
  'Σ',
  'σας',
  'ϹΑ',
  'İstanbul',
  'ß',
  'Straße',
  '𝐀𝐁',
  '😀',
  '\ud800',
  '\udc00x',
  'de',
  'het',
  'en',
  'a',
  'x',
  'Poetin',
  'NAVO-landen',
  '2022',
  'Ⅻ',
  'ｗｉｄｅ',
  'Москва',
  '北京',
  '\u00a0',
  '“',
  'Zelensky',
  'é',
  'É',
];

test('the scanner yields exactly terms(), text after text', () => {
  const scanner = new TermScanner();
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), {
        maxLength: 30,
      }),
      (parts) => {
        const text = parts.join('');
        assert.deepEqual(scanned(scanner, text), terms(text));
      },
    ),
    { numRuns: 3000 },
  );
});

test('the scanner handles very long words and many terms', () => {
  const scanner = new TermScanner();
  const long = 'Ä'.repeat(20_000) + 'b'.repeat(10_000);
  assert.deepEqual(scanned(scanner, `${long} ${long}!`), terms(`${long} ${long}!`));
  const many = Array.from({ length: 50_000 }, (_, i) => `woord${i.toString(36)}`).join(' ');
  assert.deepEqual(scanned(scanner, many), terms(many));
});

test('a posting list longer than its biggest chunk reads back whole', () => {
  const postings = new PostingsBuilder();
  const big = postings.newKey();
  const small = postings.newKey();
  const expected: Postings = { docs: new Uint32Array(120_000), weights: new Uint8Array(120_000) };
  for (let doc = 0; doc < 120_000; doc++) {
    const raw = 1 + (doc % 700);
    postings.add(big, raw);
    if (doc % 997 === 0) postings.add(small, 3);
    postings.endDoc(doc * 3);
    expected.docs[doc] = doc * 3;
    expected.weights[doc] = weightByte(raw);
  }
  const shard = new ShardReader(encodeShardLists(['big', 'small'], [big, small], postings));
  assert.deepEqual(shard.get('big'), expected);
  assert.equal(shard.get('small')?.docs.length, Math.ceil(120_000 / 997));
});

/** The index by its definition: a map of every key to its docs and summed raw weights. */
function referenceIndex(all: readonly ArticleRecord[], shardBytes: number, chunkBytes: number): Map<string, string | Uint8Array> {
  const urlFor = (r: ArticleRecord): string => `artikelen/${r.id}/`;
  const records = chronological(all.filter(isPublished));
  const lists = new Map<string, Map<number, number>>();
  const add = (key: string, doc: number, weight: number): void => {
    let list = lists.get(key);
    if (!list) lists.set(key, (list = new Map()));
    list.set(doc, (list.get(doc) ?? 0) + weight);
  };
  const addField = (text: string, doc: number, weight: number): void => {
    const ts = terms(text);
    ts.forEach((t, i) => {
      add(t, doc, weight);
      if (i > 0) add(bigramKey(ts[i - 1] ?? '', t), doc, weight);
    });
  };
  const people = new Map<string, Map<number, [number, number, number]>>();
  const named = new Map<string, number>();
  const years = new Map<number, [number, number]>();
  records.forEach((r, doc) => {
    addField(r.title, doc, FIELD_WEIGHTS.title);
    for (const name of [...r.people, ...r.places, ...r.organisations]) addField(name, doc, FIELD_WEIGHTS.names);
    addField(r.lede, doc, FIELD_WEIGHTS.lede);
    for (const b of r.blocks) addField(b.text, doc, FIELD_WEIGHTS.body);
    const personYear = Number(r.date?.slice(0, 4) ?? 0) || 0;
    for (const p of new Set(r.people)) {
      add(personKey(p), doc, 1);
      const perYear = people.get(p) ?? new Map<number, [number, number, number]>();
      people.set(p, perYear);
      const entry = perYear.get(personYear) ?? [personYear, 0, 0];
      perYear.set(personYear, entry);
      entry[r.onTopic ? 1 : 2]++;
    }
    for (const name of new Set([...r.places, ...r.organisations])) {
      const ts = terms(name);
      if (ts.length === 2) named.set(ts.join(' '), (named.get(ts.join(' ')) ?? 0) + 1);
    }
    const year = r.date ? Number(r.date.slice(0, 4)) : NaN;
    if (Number.isFinite(year)) {
      const range = years.get(year);
      if (range) range[1] = doc;
      else years.set(year, [doc, doc]);
    }
  });
  let total = 0;
  for (const [key, list] of lists) total += 4 + key.length + list.size * 2;
  const shards = Math.max(1, Math.ceil(total / shardBytes));
  const buckets: Array<Array<[string, Postings]>> = Array.from({ length: shards }, () => []);
  for (const [key, list] of lists) {
    const docs = Uint32Array.from(list.keys());
    const weights = Uint8Array.from(list.values(), weightByte);
    buckets[termShard(key, shards)]?.push([key, { docs, weights }]);
  }
  const files = new Map<string, string | Uint8Array>();
  buckets.forEach((b, n) => files.set(shardPath(n), encodeShard(b.sort((x, y) => (x[0] < y[0] ? -1 : 1)))));
  const vocab = new Map<string, Array<[string, number]>>();
  for (const [key, list] of lists) {
    if (key.includes(' ') || key.startsWith('@')) continue;
    const entries = vocab.get(vocabKey(key)) ?? [];
    vocab.set(vocabKey(key), entries);
    entries.push([key, list.size]);
  }
  // An alias is listed when the index holds its target and writes the target more than the alias.
  const df = (key: string): number => (key.includes(' ') ? (named.get(key) ?? 0) : (lists.get(key)?.size ?? 0));
  const aliases = new Map<string, Record<string, string>>();
  for (const [word, target] of aliasTable()) {
    if (df(target) === 0 || (lists.get(word)?.size ?? 0) >= df(target)) continue;
    aliases.set(vocabKey(word), { ...aliases.get(vocabKey(word)), [word]: target });
  }
  const vocabKeys = [...new Set([...vocab.keys(), ...aliases.keys()])].sort();
  for (const k of vocabKeys) {
    const entries = (vocab.get(k) ?? []).sort((x, y) => (x[0] < y[0] ? -1 : 1));
    const shard = { terms: entries.map((e) => e[0]), df: entries.map((e) => e[1]), ...(aliases.has(k) ? { aliases: aliases.get(k) } : {}) };
    files.set(vocabPath(k), JSON.stringify(shard));
  }
  const metas = records.map((r) => ({
    u: urlFor(r),
    t: r.title,
    d: r.date,
    f: formatDutchDate(r.date, r.datePrecision),
    p: r.people,
    s: excerptSource(r),
  }));
  const average = metas.length ? JSON.stringify(metas).length / metas.length : 1;
  const chunkSize = Math.max(1, Math.min(64, Math.round(chunkBytes / average)));
  for (let start = 0; start < metas.length; start += chunkSize) {
    files.set(chunkPath(start / chunkSize), JSON.stringify(metas.slice(start, start + chunkSize)));
  }
  const digest = createHash('sha256');
  for (const [p, content] of [...files].sort((a, b) => (a[0] < b[0] ? -1 : 1))) digest.update(p).update(content);
  files.set(
    MANIFEST_PATH,
    JSON.stringify({
      version: INDEX_VERSION,
      hash: digest.digest('hex').slice(0, 12),
      docs: records.length,
      chunkSize,
      shards,
      vocab: vocabKeys,
      years: [...years].sort((a, b) => a[0] - b[0]).map(([y, [first, last]]) => [y, first, last]),
      people: [...people]
        .map(([name, perYear]) => {
          const entries = [...perYear.values()].sort((a, b) => a[0] - b[0]);
          const on = entries.reduce((n, e) => n + e[1], 0);
          return { name, entries, on, all: entries.reduce((n, e) => n + e[1] + e[2], 0) };
        })
        .sort((a, b) => b.on - a.on || b.all - a.all || a.name.localeCompare(b.name, 'nl'))
        .map((p) => [p.name, p.entries]),
      offTopic: encodeBitset(records.map((r) => !r.onTopic)),
    }),
  );
  return files;
}

const corpus = ingestFiles(corpusSources({ articles: 160, seed: 7 })).records;

test('the built index equals the index by definition, file for file', () => {
  assert.ok(corpus.length >= 150);
  // Odd texts in every field: folding fallbacks, non-ASCII keys, a draft that must stay out.
  const odd = corpus.slice(0, 3).map(
    (r, i): ArticleRecord => ({
      ...r,
      id: `${r.id}-odd${i}`,
      title: `ΟΔΟΣ Σ ${r.title} Straße ﬁets`,
      people: [...r.people, 'Ελένη Σ', 'Ğül Çelik'],
      lede: `\ud800 ${r.lede} 😀 𝐀𝐁`,
      draft: i === 2,
    }),
  );
  const records = [...corpus, ...odd];
  for (const [shardBytes, chunkBytes] of [
    [16_000, 2_000],
    [900, 1_500],
  ] as const) {
    const built = buildSearchIndex(records, { shardBytes, chunkBytes });
    const expected = referenceIndex(records, shardBytes, chunkBytes);
    assert.deepEqual([...built.keys()], [...expected.keys()]);
    for (const [p, content] of expected) assert.deepEqual(built.get(p), content, p);
  }
});

test('an empty archive still gives a readable index', () => {
  assert.deepEqual(buildSearchIndex([]), referenceIndex([], 16_000, 2_000));
});
