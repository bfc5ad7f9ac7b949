/**
 * Accumulates postings for millions of (term, doc) pairs without a JS object per posting: all
 * postings live in a few growable typed arrays as per-term linked lists. A map of arrays per term
 * spent most of a 10,000-article index build in the garbage collector.
 */
export class PostingsBuilder {
  private readonly ids = new Map<string, number>();
  // Bigram ids keyed by a number made of the two term ids: hashing a fresh "a b" string per
  // occurrence cost more than everything else in the build.
  private readonly pairIds = new Map<number, number>();
  readonly keys: string[] = [];
  private head = new Int32Array(1024);
  private tail = new Int32Array(1024);
  private lastDoc = new Int32Array(1024);
  private counts = new Int32Array(1024);
  private docs = new Int32Array(1 << 16);
  private raw = new Float32Array(1 << 16);
  private next = new Int32Array(1 << 16);
  private size = 0;

  /** The id of a key, created on first use. */
  idOf(key: string): number {
    const id = this.ids.get(key);
    return id === undefined ? this.create(key, (i) => this.ids.set(key, i)) : id;
  }

  /** The id of the pair key `makeKey()` for two ids; the string is only made once. */
  pairId(a: number, b: number, makeKey: () => string): number {
    const code = a * 0x200000 + b;
    const id = this.pairIds.get(code);
    return id === undefined ? this.create(makeKey(), (i) => this.pairIds.set(code, i)) : id;
  }

  private create(key: string, remember: (id: number) => void): number {
    const id = this.keys.length;
    remember(id);
    this.keys.push(key);
    if (id >= this.head.length) this.growKeys();
    this.head[id] = -1;
    this.lastDoc[id] = -1;
    return id;
  }

  add(key: string, doc: number, weight: number): void {
    this.addId(this.idOf(key), doc, weight);
  }

  addId(id: number, doc: number, weight: number): void {
    if (this.lastDoc[id] === doc) {
      const t = this.tail[id] ?? 0;
      this.raw[t] = (this.raw[t] ?? 0) + weight;
      return;
    }
    if (this.size >= this.docs.length) this.growPool();
    const n = this.size++;
    this.docs[n] = doc;
    this.raw[n] = weight;
    this.next[n] = -1;
    if (this.head[id] === -1) this.head[id] = n;
    else this.next[this.tail[id] ?? 0] = n;
    this.tail[id] = n;
    this.lastDoc[id] = doc;
    this.counts[id] = (this.counts[id] ?? 0) + 1;
  }

  /** Docs (ascending, since docs are added in order) and raw weights of one key. */
  list(id: number): { docs: Uint32Array; raw: Float32Array } {
    const count = this.counts[id] ?? 0;
    const docs = new Uint32Array(count);
    const raw = new Float32Array(count);
    for (let n = this.head[id] ?? -1, i = 0; n !== -1; n = this.next[n] ?? -1, i++) {
      docs[i] = this.docs[n] ?? 0;
      raw[i] = this.raw[n] ?? 0;
    }
    return { docs, raw };
  }

  count(id: number): number {
    return this.counts[id] ?? 0;
  }

  private growKeys(): void {
    const grow = (a: Int32Array): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.head = grow(this.head);
    this.tail = grow(this.tail);
    this.lastDoc = grow(this.lastDoc);
    this.counts = grow(this.counts);
  }

  private growPool(): void {
    const docs = new Int32Array(this.docs.length * 2);
    docs.set(this.docs);
    this.docs = docs;
    const raw = new Float32Array(this.raw.length * 2);
    raw.set(this.raw);
    this.raw = raw;
    const next = new Int32Array(this.next.length * 2);
    next.set(this.next);
    this.next = next;
  }
}
