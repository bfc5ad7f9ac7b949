/**
 * The on-disk format of the search index, shared by the builder (Node) and the query
 * engine (browser worker and Node tests). Postings are binary because a frequent
 * term's list is long and static hosts rarely compress unknown types: varint doc
 * deltas plus one weight byte keep a posting at ~2 bytes.
 */

export const INDEX_VERSION = 2;

/** Index files live under this folder of the site output. */
export const INDEX_DIR = 'search';

export interface Manifest {
  version: number;
  /** Content hash of the whole index; appended to file URLs so caches never mix builds. */
  hash: string;
  docs: number;
  /** Docs per metadata chunk file `d/<n>.json`. */
  chunkSize: number;
  /** Number of postings shards `p/<n>.bin`; a term lives in shard `termShard(term, shards)`. */
  shards: number;
  /** Vocabulary shard keys (`v/<key>.json`) that exist. */
  vocab: string[];
  /** Doc numbers are in chronological order, undated first: [year, firstDoc, lastDoc]. */
  years: Array<[number, number, number]>;
  /**
   * Per person (canonical name), how many published articles tag them: `[year, onTopic, offTopic]`
   * per year, year 0 for undated articles; most on-topic articles first. The search page counts its
   * person list from this (src/search/query/people.ts), by the site's one definition.
   */
  people: Array<[string, Array<[number, number, number]>]>;
  /** Bitset (base64) of docs that are off-topic. */
  offTopic: string;
}

/** One doc's display data, in metadata chunks. Short keys: the chunks are fetched per result. */
export interface DocMeta {
  /** URL path relative to the site root, e.g. `artikelen/abc/`. */
  u: string;
  /** Title. */
  t: string;
  /** Date `YYYY[-MM[-DD]]` or null. */
  d: string | null;
  /** The date in Dutch with its honest precision (`april 2021`), formatted at build time. */
  f: string;
  /** People (canonical names). */
  p: string[];
  /**
   * Excerpt source: the lede, then the rest of the body, cut at a word boundary after ~2,000
   * characters. A result's excerpt is taken around its best-matching words in here; the lede, at
   * the start, is the fallback.
   */
  s: string;
}

export interface VocabShard {
  /** Terms sorted by code unit order, so a prefix is a contiguous range. */
  terms: string[];
  /** Document frequency per term, same order. */
  df: number[];
  /**
   * Spellings from the gazetteer that start with this letter → the index's own term or phrase
   * pair (`putin` → `poetin`, `amerika` → `verenigde staten`); only targets the index holds.
   */
  aliases?: Record<string, string>;
}

/** FNV-1a over UTF-16 code units: tiny, stable across Node and browsers. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function termShard(term: string, shards: number): number {
  return hash32(term) % shards;
}

/** Terms are sharded by first character so a fuzzy match scans one letter's words. */
export function vocabKey(term: string): string {
  const first = term[0] ?? '_';
  return /[a-z0-9]/.test(first) ? first : '_';
}

export function vocabPath(key: string): string {
  return `v/${key}.json`;
}
export function shardPath(n: number): string {
  return `p/${n}.bin`;
}
export function chunkPath(n: number): string {
  return `d/${n}.json`;
}
export const MANIFEST_PATH = 'manifest.json';

// ---- varint byte writer/reader --------------------------------------------------------------

export class ByteWriter {
  private buf = new Uint8Array(1024);
  length = 0;
  private ensure(extra: number): void {
    if (this.length + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  byte(value: number): void {
    this.ensure(1);
    this.buf[this.length++] = value & 0xff;
  }
  varint(value: number): void {
    this.ensure(5);
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buf[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.length++] = v;
  }
  bytes(data: Uint8Array): void {
    this.ensure(data.length);
    this.buf.set(data, this.length);
    this.length += data.length;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

export class ByteReader {
  pos: number;
  constructor(
    readonly buf: Uint8Array,
    start = 0,
  ) {
    this.pos = start;
  }
  byte(): number {
    const b = this.buf[this.pos++];
    if (b === undefined) throw new RangeError('search index: unexpected end of shard');
    return b;
  }
  varint(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return result;
      shift += 7;
    }
  }
}

/** A posting list: doc numbers ascending, each with a weight 1–255. */
export interface Postings {
  docs: Uint32Array;
  weights: Uint8Array;
}

/**
 * Shard layout: varint termCount; per term: varint utf8Length, utf8 bytes, varint blockLength;
 * then the blocks in the same order. Block: varint count, then count × (varint docDelta, weight byte).
 */
export function encodeShard(entries: ReadonlyArray<[string, Postings]>): Uint8Array {
  const encoder = new TextEncoder();
  const blocks = entries.map(([, postings]) => {
    const w = new ByteWriter();
    w.varint(postings.docs.length);
    let prev = 0;
    for (let i = 0; i < postings.docs.length; i++) {
      const doc = postings.docs[i] ?? 0;
      w.varint(doc - prev);
      w.byte(postings.weights[i] ?? 1);
      prev = doc;
    }
    return w.result();
  });
  const out = new ByteWriter();
  out.varint(entries.length);
  entries.forEach(([term], i) => {
    const bytes = encoder.encode(term);
    out.varint(bytes.length);
    out.bytes(bytes);
    out.varint(blocks[i]?.length ?? 0);
  });
  for (const block of blocks) out.bytes(block);
  return out.result();
}

/** Posting lists kept already encoded (src/search/postings-builder.ts), by list id. */
export interface EncodedLists {
  /** Number of postings in a list. */
  count(id: number): number;
  /** Bytes of a list's `(docDelta, weight)` pairs, without the leading count. */
  byteLength(id: number): number;
  /** Copies those bytes into `out` at `offset`; returns the offset after them. */
  copyTo(id: number, out: Uint8Array, offset: number): number;
}

export function varintLength(value: number): number {
  let v = value >>> 0;
  let n = 1;
  while (v >= 0x80) {
    v >>>= 7;
    n++;
  }
  return n;
}

function putVarint(out: Uint8Array, offset: number, value: number): number {
  let v = value >>> 0;
  while (v >= 0x80) {
    out[offset++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  out[offset++] = v;
  return offset;
}

/**
 * The same bytes as `encodeShard`, for lists that are already encoded: terms[i] names list ids[i],
 * terms in shard order. Sized exactly up front, so no block is built or copied twice.
 */
export function encodeShardLists(terms: readonly string[], ids: ArrayLike<number>, lists: EncodedLists): Uint8Array {
  const encoder = new TextEncoder();
  const utf8: Array<Uint8Array | null> = [];
  let size = varintLength(terms.length);
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] ?? '';
    const bytes = /^[\x00-\x7f]*$/.test(term) ? null : encoder.encode(term);
    utf8.push(bytes);
    const termBytes = bytes ? bytes.length : term.length;
    const id = ids[i] ?? 0;
    const block = varintLength(lists.count(id)) + lists.byteLength(id);
    size += varintLength(termBytes) + termBytes + varintLength(block) + block;
  }
  const out = new Uint8Array(size);
  let at = putVarint(out, 0, terms.length);
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] ?? '';
    const bytes = utf8[i];
    const id = ids[i] ?? 0;
    if (bytes) {
      at = putVarint(out, at, bytes.length);
      out.set(bytes, at);
      at += bytes.length;
    } else {
      at = putVarint(out, at, term.length);
      for (let k = 0; k < term.length; k++) out[at++] = term.charCodeAt(k);
    }
    at = putVarint(out, at, varintLength(lists.count(id)) + lists.byteLength(id));
  }
  for (let i = 0; i < terms.length; i++) {
    const id = ids[i] ?? 0;
    at = putVarint(out, at, lists.count(id));
    at = lists.copyTo(id, out, at);
  }
  if (at !== size) throw new Error('search index: shard size mismatch');
  return out;
}

/** Reads a shard's directory once; posting lists are decoded only when a query asks for them. */
export class ShardReader {
  private readonly offsets = new Map<string, [number, number]>();
  private readonly decoded = new Map<string, Postings>();
  constructor(private readonly buf: Uint8Array) {
    const decoder = new TextDecoder();
    const r = new ByteReader(buf);
    const count = r.varint();
    const dir: Array<[string, number]> = [];
    for (let i = 0; i < count; i++) {
      const len = r.varint();
      const term = decoder.decode(buf.subarray(r.pos, r.pos + len));
      r.pos += len;
      dir.push([term, r.varint()]);
    }
    let offset = r.pos;
    for (const [term, len] of dir) {
      this.offsets.set(term, [offset, len]);
      offset += len;
    }
  }
  get(term: string): Postings | null {
    const cached = this.decoded.get(term);
    if (cached) return cached;
    const at = this.offsets.get(term);
    if (!at) return null;
    const r = new ByteReader(this.buf, at[0]);
    const count = r.varint();
    const docs = new Uint32Array(count);
    const weights = new Uint8Array(count);
    let doc = 0;
    for (let i = 0; i < count; i++) {
      doc += r.varint();
      docs[i] = doc;
      weights[i] = r.byte();
    }
    const postings = { docs, weights };
    this.decoded.set(term, postings);
    return postings;
  }
}

// ---- bitsets as base64, for the manifest ------------------------------------------------------

export function encodeBitset(bits: readonly boolean[]): string {
  const bytes = new Uint8Array(Math.ceil(bits.length / 8));
  bits.forEach((on, i) => {
    if (on) bytes[i >> 3] = (bytes[i >> 3] ?? 0) | (1 << (i & 7));
  });
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function decodeBitset(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function hasBit(bits: Uint8Array, i: number): boolean {
  return (((bits[i >> 3] ?? 0) >> (i & 7)) & 1) === 1;
}
