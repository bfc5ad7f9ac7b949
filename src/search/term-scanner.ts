/**
 * The index builder's tokeniser: yields exactly the stream of `terms(text)` (tokenize.ts), but as
 * dense integer ids from a term table, without a string or array per token. Over a large archive
 * the per-token strings, arrays and map lookups of `terms()` were most of the build's time and
 * garbage.
 *
 * Folding is done per character (cached) instead of normalising whole texts. That equals `fold()`
 * because NFKD decomposes each character on its own and every character it would reorder is a
 * combining mark, which folding strips anyway. Lowercasing is per character too, except for capital
 * sigma (`ς` or `σ` by context): a text with any sigma falls back to `fold()`.
 */
import { fold } from '../record/text.ts';
import { isStopword } from './tokenize.ts';

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** ASCII code → its folded code if it is a word character, else 0. */
const ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = c;
for (let c = 97; c <= 122; c++) ASCII[c] = c;
for (let c = 65; c <= 90; c++) ASCII[c] = c + 32;

/** Marks a character whose fold depends on its neighbours (sigma); see the module comment. */
const UNSAFE = '\u0000unsafe';

export class TermScanner {
  /** Term strings by id: folded words, stop words included (they are never emitted). */
  readonly terms: string[] = [];
  /** Term ids of the last scan, in text order; the first `scan()` result entries are valid. */
  out = new Int32Array(1024);
  private skip = new Uint8Array(1024);
  private termHash = new Int32Array(1024);
  private slots = new Int32Array(1 << 14);
  private word = new Uint16Array(64);
  private wordLength = 0;
  private hash = FNV_OFFSET;
  private count = 0;
  private readonly folds = new Map<number, string>();
  private readonly bmpClass = new Uint8Array(0x10000);
  private readonly astralClass = new Map<number, boolean>();

  /** Indexable terms of `text` as ids in `out`; returns how many. */
  scan(text: string): number {
    this.count = 0;
    this.wordLength = 0;
    this.hash = FNV_OFFSET;
    if (!this.scanRaw(text)) {
      this.count = 0;
      this.wordLength = 0;
      this.hash = FNV_OFFSET;
      this.scanFolded(fold(text));
    }
    this.endWord();
    return this.count;
  }

  /** Scans unfolded text, folding as it goes; false if the text needs whole-string folding. */
  private scanRaw(text: string): boolean {
    // The ASCII path keeps the word in locals; rarer characters go through `feed` and `this`.
    const length = text.length;
    let word = this.word;
    let wordLength = 0;
    let hash = FNV_OFFSET;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        const k = ASCII[c] ?? 0;
        if (k !== 0) {
          if (wordLength === word.length) word = this.growWord();
          word[wordLength++] = k;
          hash = Math.imul(hash ^ k, FNV_PRIME);
        } else if (wordLength !== 0) {
          this.wordLength = wordLength;
          this.hash = hash;
          this.endWord();
          wordLength = 0;
          hash = FNV_OFFSET;
        }
        continue;
      }
      let cp = c;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
          i++;
        }
      }
      const folded = this.foldOf(cp);
      if (folded === UNSAFE) return false;
      this.wordLength = wordLength;
      this.hash = hash;
      for (let j = 0; j < folded.length; j++) {
        const f = folded.codePointAt(j) ?? 0;
        if (f > 0xffff) j++;
        this.feed(f);
      }
      word = this.word;
      wordLength = this.wordLength;
      hash = this.hash;
    }
    this.wordLength = wordLength;
    this.hash = hash;
    return true;
  }

  /** Scans text that is already folded. */
  private scanFolded(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i) ?? 0;
      if (cp > 0xffff) i++;
      this.feed(cp);
    }
  }

  private feed(cp: number): void {
    if (cp < 128) {
      const k = ASCII[cp] ?? 0;
      if (k !== 0) this.push(k);
      else if (this.wordLength !== 0) this.endWord();
    } else if (this.isWordChar(cp)) {
      if (cp > 0xffff) {
        this.push(0xd800 + ((cp - 0x10000) >> 10));
        this.push(0xdc00 + ((cp - 0x10000) & 0x3ff));
      } else {
        this.push(cp);
      }
    } else if (this.wordLength !== 0) {
      this.endWord();
    }
  }

  private growWord(): Uint16Array<ArrayBuffer> {
    const grown = new Uint16Array(this.word.length * 2);
    grown.set(this.word);
    this.word = grown;
    return grown;
  }

  private push(unit: number): void {
    if (this.wordLength === this.word.length) this.growWord();
    this.word[this.wordLength++] = unit;
    this.hash = Math.imul(this.hash ^ unit, FNV_PRIME);
  }

  private endWord(): void {
    const length = this.wordLength;
    if (length > 1) {
      const id = this.lookup(length, this.hash | 0);
      if (this.skip[id] === 0) {
        if (this.count === this.out.length) {
          const grown = new Int32Array(this.out.length * 2);
          grown.set(this.out);
          this.out = grown;
        }
        this.out[this.count++] = id;
      }
    }
    this.wordLength = 0;
    this.hash = FNV_OFFSET;
  }

  /** The id of the word in the scratch buffer, created on first sight. */
  private lookup(length: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) return this.create(slot, length, hash);
      const id = entry - 1;
      if (this.termHash[id] === hash && this.matches(id, length)) return id;
    }
  }

  private matches(id: number, length: number): boolean {
    const term = this.terms[id] ?? '';
    if (term.length !== length) return false;
    for (let k = 0; k < length; k++) if (term.charCodeAt(k) !== this.word[k]) return false;
    return true;
  }

  private create(slot: number, length: number, hash: number): number {
    const id = this.terms.length;
    // fromCharCode makes a fresh flat string: a slice would keep a whole article alive.
    let term = '';
    for (let k = 0; k < length; k += 4096) {
      term += String.fromCharCode(...this.word.subarray(k, Math.min(length, k + 4096)));
    }
    this.terms.push(term);
    if (id === this.skip.length) {
      const skip = new Uint8Array(id * 2);
      skip.set(this.skip);
      this.skip = skip;
      const hashes = new Int32Array(id * 2);
      hashes.set(this.termHash);
      this.termHash = hashes;
    }
    this.skip[id] = isStopword(term) ? 1 : 0;
    this.termHash[id] = hash;
    this.slots[slot] = id + 1;
    if (this.terms.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.terms.length; id++) {
      let slot = (this.termHash[id] ?? 0) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }

  private foldOf(cp: number): string {
    let folded = this.folds.get(cp);
    if (folded === undefined) {
      folded = fold(String.fromCodePoint(cp));
      if (folded.includes('\u03c3') || folded.includes('\u03c2')) folded = UNSAFE;
      this.folds.set(cp, folded);
    }
    return folded;
  }

  private isWordChar(cp: number): boolean {
    if (cp <= 0xffff) {
      let k = this.bmpClass[cp] ?? 0;
      if (k === 0) {
        k = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
        this.bmpClass[cp] = k;
      }
      return k === 1;
    }
    let known = this.astralClass.get(cp);
    if (known === undefined) {
      known = WORD_CHAR.test(String.fromCodePoint(cp));
      this.astralClass.set(cp, known);
    }
    return known;
  }
}
