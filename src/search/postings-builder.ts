/**
 * Accumulates postings for tens of millions of (key, doc) pairs without a JS object per posting
 * or per key. Docs are added in order, one at a time; when a doc ends, each key it touched gets
 * one posting appended to its list, already in the on-disk encoding (varint doc delta, weight
 * byte; see format.ts). A list is a chain of chunks in large shared pages, each chunk half as big
 * as the list so far, so a rare key costs a few bytes and a frequent one grows without copying.
 * Raw doc numbers and float weights per posting took 12 bytes and most of the heap at 100,000
 * articles; encoded, a posting is about 2 bytes.
 */

const PAGE_BITS = 20;
const PAGE_SIZE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_SIZE - 1;
const MAX_PAGES = 2 ** (31 - PAGE_BITS);
const FIRST_CHUNK = 8;
const MAX_CHUNK = 1 << 16;
/** Each chunk ends in the address of the next one (4 bytes, little-endian). */
const LINK = 4;

/** Data bytes of the chunk that starts after `written` bytes of a list. */
function chunkSize(written: number): number {
  // Growing by half, not doubling: a list's last chunk is on average a quarter empty, not half.
  const size = written >>> 1;
  return size < FIRST_CHUNK ? FIRST_CHUNK : size > MAX_CHUNK ? MAX_CHUNK : size;
}

/** Saturating weight byte: repeated mentions help, but a long article cannot drown a title hit. */
export function weightByte(raw: number): number {
  return Math.max(1, Math.min(255, Math.round(40 * Math.log1p(raw))));
}
const WEIGHT_BYTES = Uint8Array.from({ length: 1024 }, (_, raw) => weightByte(raw));

function grown(a: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(length);
  b.set(a);
  return b;
}

// Per-key state lives in one array, STRIDE ints per key, so that a posting touches one cache line
// instead of one per field: at 100,000 articles the keys outgrow the caches.
const STRIDE = 8;
/** Address of the list's first chunk, or -1. */
const HEAD = 0;
/** Address where the next byte goes. */
const POS = 1;
/** End of the current chunk's data (where its link to the next chunk goes). */
const END = 2;
/** Bytes written. */
const BYTES = 3;
/** Postings written. */
const COUNT = 4;
/** Last doc with a posting (0 before the first: a list's first delta is its doc number). */
const LAST = 5;

export class PostingsBuilder {
  private keys = 0;
  private state = new Int32Array(1024 * STRIDE);
  /** Summed weight of each key in the current doc; 0 when untouched. Apart: it is hit per token. */
  private raw = new Int32Array(1024);
  private touched = new Int32Array(1024);
  private touchedCount = 0;
  private readonly pages: Uint8Array[] = [];
  private pageUsed = PAGE_SIZE;

  /** A new key with an empty list; ids are dense from 0. */
  newKey(): number {
    const id = this.keys++;
    if (id === this.raw.length) {
      this.state = grown(this.state, this.state.length * 2);
      this.raw = grown(this.raw, this.raw.length * 2);
    }
    this.state[id * STRIDE + HEAD] = -1;
    return id;
  }

  /** Adds `weight` to key `id` in the current doc. */
  add(id: number, weight: number): void {
    const before = this.raw[id] ?? 0;
    if (before === 0) {
      if (this.touchedCount === this.touched.length) this.touched = grown(this.touched, this.touched.length * 2);
      this.touched[this.touchedCount++] = id;
    }
    this.raw[id] = before + weight;
  }

  /** Closes the current doc as number `doc` (ascending across calls). */
  endDoc(doc: number): void {
    const state = this.state;
    for (let t = 0; t < this.touchedCount; t++) {
      const id = this.touched[t] ?? 0;
      const s = id * STRIDE;
      const raw = this.raw[id] ?? 0;
      this.raw[id] = 0;
      const weight = raw < WEIGHT_BYTES.length ? (WEIGHT_BYTES[raw] ?? 1) : weightByte(raw);
      this.append(s, doc - (state[s + LAST] ?? 0), weight);
      state[s + LAST] = doc;
      state[s + COUNT] = (state[s + COUNT] ?? 0) + 1;
    }
    this.touchedCount = 0;
  }

  /** Drops all lists once they are written, so their pages can go before the rest of the build. */
  release(): void {
    this.pages.length = 0;
    this.state = new Int32Array(0);
    this.raw = new Int32Array(0);
    this.keys = 0;
  }

  /** Number of docs in key `id`'s list. */
  count(id: number): number {
    return this.state[id * STRIDE + COUNT] ?? 0;
  }

  /** Length of key `id`'s encoded postings (without the leading count). */
  byteLength(id: number): number {
    return this.state[id * STRIDE + BYTES] ?? 0;
  }

  /** Copies key `id`'s encoded postings into `out` at `offset`; returns the offset after them. */
  copyTo(id: number, out: Uint8Array, offset: number): number {
    let remaining = this.state[id * STRIDE + BYTES] ?? 0;
    let address = this.state[id * STRIDE + HEAD] ?? -1;
    let written = 0;
    while (remaining > 0) {
      const size = chunkSize(written);
      const page = this.pages[address >>> PAGE_BITS] ?? new Uint8Array(0);
      const at = address & PAGE_MASK;
      const n = remaining < size ? remaining : size;
      // Most lists are a few bytes: a subarray per chunk would cost more than the copy.
      if (n > 64) {
        out.set(page.subarray(at, at + n), offset);
        offset += n;
      } else {
        for (let k = at; k < at + n; k++) out[offset++] = page[k] ?? 0;
      }
      remaining -= n;
      written += size;
      if (remaining > 0) {
        const l = at + size;
        address = (page[l] ?? 0) | ((page[l + 1] ?? 0) << 8) | ((page[l + 2] ?? 0) << 16) | ((page[l + 3] ?? 0) << 24);
      }
    }
    return offset;
  }

  /** Appends one posting to the list whose state starts at `s`. */
  private append(s: number, delta: number, weight: number): void {
    const state = this.state;
    const p = state[s + POS] ?? 0;
    if ((state[s + END] ?? 0) - p >= 6) {
      // Fast path: a varint of a doc delta is at most 5 bytes, and the chunk has room for it all.
      const page = this.pages[p >>> PAGE_BITS] ?? new Uint8Array(0);
      let at = p & PAGE_MASK;
      const start = at;
      let v = delta;
      while (v >= 0x80) {
        page[at++] = (v & 0x7f) | 0x80;
        v >>>= 7;
      }
      page[at++] = v;
      page[at++] = weight;
      state[s + POS] = p + (at - start);
      state[s + BYTES] = (state[s + BYTES] ?? 0) + (at - start);
      return;
    }
    let v = delta;
    while (v >= 0x80) {
      this.appendByte(s, (v & 0x7f) | 0x80);
      v >>>= 7;
    }
    this.appendByte(s, v);
    this.appendByte(s, weight);
  }

  private appendByte(s: number, value: number): void {
    let p = this.state[s + POS] ?? 0;
    if (p === (this.state[s + END] ?? 0)) p = this.newChunk(s);
    const page = this.pages[p >>> PAGE_BITS] ?? new Uint8Array(0);
    page[p & PAGE_MASK] = value;
    this.state[s + POS] = p + 1;
    this.state[s + BYTES] = (this.state[s + BYTES] ?? 0) + 1;
  }

  /** Starts the next chunk of the list whose state starts at `s`; returns its address. */
  private newChunk(s: number): number {
    const state = this.state;
    const size = chunkSize(state[s + BYTES] ?? 0);
    if (this.pageUsed + size + LINK > PAGE_SIZE) {
      if (this.pages.length === MAX_PAGES) throw new RangeError('search index: postings exceed 2 GiB');
      this.pages.push(new Uint8Array(PAGE_SIZE));
      this.pageUsed = 0;
    }
    const address = (this.pages.length - 1) * PAGE_SIZE + this.pageUsed;
    this.pageUsed += size + LINK;
    if ((state[s + HEAD] ?? -1) === -1) {
      state[s + HEAD] = address;
    } else {
      const link = state[s + END] ?? 0;
      const page = this.pages[link >>> PAGE_BITS] ?? new Uint8Array(0);
      const l = link & PAGE_MASK;
      page[l] = address & 0xff;
      page[l + 1] = (address >>> 8) & 0xff;
      page[l + 2] = (address >>> 16) & 0xff;
      page[l + 3] = (address >>> 24) & 0xff;
    }
    state[s + POS] = address;
    state[s + END] = address + size;
    return address;
  }
}
