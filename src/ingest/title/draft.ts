/**
 * The headline being made from one sentence: the sentence's words by their original position,
 * each either kept, rewritten or dropped. Rules mark words by index, so each rule sees the
 * sentence as written and they compose without re-parsing; the order is decided at the end.
 */
import { type Token, withCore } from './tokens.ts';

export class Draft {
  readonly tokens: Token[];
  /** The sentence as written, never changed. */
  readonly source: readonly Token[];
  private readonly gone: Uint8Array;

  constructor(tokens: readonly Token[]) {
    this.source = tokens;
    this.tokens = tokens.slice();
    this.gone = new Uint8Array(tokens.length);
  }

  get length(): number {
    return this.tokens.length;
  }

  at(i: number): Token | undefined {
    return this.tokens[i];
  }

  isDropped(i: number): boolean {
    return this.gone[i] === 1;
  }

  drop(i: number): void {
    if (i >= 0 && i < this.gone.length) this.gone[i] = 1;
  }

  dropSpan(from: number, to: number): void {
    for (let i = from; i < to; i++) this.drop(i);
  }

  /** Rewrite one word, keeping its punctuation. */
  rewrite(i: number, core: string): void {
    const t = this.tokens[i];
    if (t) this.tokens[i] = withCore(t, core);
  }

  /**
   * Replace the words [from, to) by one word: it keeps the opening punctuation of the first and
   * the closing punctuation of the last (`, John Sullivan,` → `, Sullivan,`).
   */
  collapse(from: number, to: number, core: string): void {
    const first = this.tokens[from];
    const last = this.tokens[to - 1];
    if (!first || !last) return;
    this.tokens[from] = { ...withCore(first, core), post: last.post };
    this.dropSpan(from + 1, to);
  }

  /** Replace a word by another token (a particle at the end of a clause). */
  put(i: number, token: Token): void {
    this.tokens[i] = token;
    this.gone[i] = 0;
  }

  /** Kept word indices in [from, to). */
  live(from = 0, to = this.tokens.length): number[] {
    const out: number[] = [];
    for (let i = from; i < to; i++) if (this.gone[i] === 0) out.push(i);
    return out;
  }
}
