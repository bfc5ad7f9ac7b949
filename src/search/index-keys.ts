/**
 * The keys of the index's posting lists (terms, `a b` phrase pairs, `@person` filters) as dense
 * integer ids. A pair's key string is only made when its shard is written, so the half a million
 * phrase keys of a large archive never sit in memory as strings at once.
 */
import { hash32 } from './format.ts';

const FNV_PRIME = 0x01000193;
const SPACE = 0x20;

function grown(a: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(length);
  b.set(a);
  return b;
}

function pairHash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

function fnv(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

export class IndexKeys {
  /** Per key: term id of a term or pair's first word, or -1 - n for the n-th named key. */
  private first = new Int32Array(1024);
  /** Per key: term id of a pair's second word, else -1. */
  private second = new Int32Array(1024);
  private count = 0;
  /** Term id → its key, or -1 before the term's first posting. */
  private termKeys = new Int32Array(1024).fill(-1);
  private pairSlots = new Int32Array(4 << 14);
  private pairCount = 0;
  private readonly named = new Map<string, number>();
  private readonly names: string[] = [];

  /**
   * @param terms the scanner's term strings by term id (grows as the scanner meets new words)
   * @param create makes the next key id; ids must be dense and ascending
   */
  constructor(
    private readonly terms: readonly string[],
    private readonly create: () => number,
  ) {}

  get size(): number {
    return this.count;
  }

  termKey(term: number): number {
    if (term >= this.termKeys.length) {
      const n = Math.max(term + 1, this.termKeys.length * 2);
      const keys = new Int32Array(n).fill(-1);
      keys.set(this.termKeys);
      this.termKeys = keys;
    }
    const known = this.termKeys[term] ?? -1;
    if (known >= 0) return known;
    const key = this.add(term, -1);
    this.termKeys[term] = key;
    return key;
  }

  /** Key of the phrase pair `a b` (term ids). */
  pairKey(a: number, b: number): number {
    // Slots hold (a, b, key + 1, unused) side by side: one cache miss per probe on a large table.
    const slots = this.pairSlots;
    const mask = (slots.length >> 2) - 1;
    for (let slot = pairHash(a, b) & mask; ; slot = (slot + 1) & mask) {
      const at = slot << 2;
      const entry = slots[at + 2] ?? 0;
      if (entry === 0) {
        const key = this.add(a, b);
        slots[at] = a;
        slots[at + 1] = b;
        slots[at + 2] = key + 1;
        if (++this.pairCount * 2 > mask) this.rehashPairs();
        return key;
      }
      if (slots[at] === a && slots[at + 1] === b) return entry - 1;
    }
  }

  /** Key of a literal string (person filters). */
  namedKey(name: string): number {
    const known = this.named.get(name);
    if (known !== undefined) return known;
    const key = this.add(-1 - this.names.length, -1);
    this.names.push(name);
    this.named.set(name, key);
    return key;
  }

  /** The term of a single-word key, else null. */
  termOf(key: number): string | null {
    const a = this.first[key] ?? -1;
    return a >= 0 && this.second[key] === -1 ? (this.terms[a] ?? '') : null;
  }

  keyString(key: number): string {
    const a = this.first[key] ?? -1;
    const b = this.second[key] ?? -1;
    if (a < 0) return this.names[-1 - a] ?? '';
    const first = this.terms[a] ?? '';
    return b < 0 ? first : `${first} ${this.terms[b] ?? ''}`;
  }

  /** `keyString(key).length`, without making the string. */
  keyLength(key: number): number {
    const a = this.first[key] ?? -1;
    const b = this.second[key] ?? -1;
    if (a < 0) return (this.names[-1 - a] ?? '').length;
    const first = (this.terms[a] ?? '').length;
    return b < 0 ? first : first + 1 + (this.terms[b] ?? '').length;
  }

  /** `hash32(keyString(key))`, without making the string. */
  keyHash(key: number): number {
    const a = this.first[key] ?? -1;
    const b = this.second[key] ?? -1;
    if (a < 0 || b < 0) return hash32(this.keyString(key));
    let h = fnv(0x811c9dc5, this.terms[a] ?? '');
    h = Math.imul(h ^ SPACE, FNV_PRIME);
    return fnv(h, this.terms[b] ?? '') >>> 0;
  }

  private add(a: number, b: number): number {
    const key = this.create();
    if (key !== this.count) throw new Error('search index: key ids out of step');
    if (key === this.first.length) {
      this.first = grown(this.first, key * 2);
      this.second = grown(this.second, key * 2);
    }
    this.first[key] = a;
    this.second[key] = b;
    this.count++;
    return key;
  }

  private rehashPairs(): void {
    const slots = new Int32Array(this.pairSlots.length * 2);
    const mask = (slots.length >> 2) - 1;
    // In key order, not old slot order: reinserting runs of neighbouring hashes builds long probe chains.
    for (let key = 0; key < this.count; key++) {
      const a = this.first[key] ?? -1;
      const b = this.second[key] ?? -1;
      if (a < 0 || b < 0) continue;
      let slot = pairHash(a, b) & mask;
      while (slots[(slot << 2) + 2] !== 0) slot = (slot + 1) & mask;
      slots[slot << 2] = a;
      slots[(slot << 2) + 1] = b;
      slots[(slot << 2) + 2] = key + 1;
    }
    this.pairSlots = slots;
  }
}
