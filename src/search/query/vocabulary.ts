/** One letter's vocabulary: exact lookups, prefix completions and fuzzy (typo) candidates. */
import Fuse from 'fuse.js/basic';
import type { VocabShard } from '../format.ts';
import { allowedEdits, editDistance } from './distance.ts';

/** Fuse score threshold (0 = exact, 1 = anything). 0.34 admits one typo in 4–6 letters, two from 8. */
const FUSE_THRESHOLD = 0.34;

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class Vocabulary {
  private readonly index = new Map<string, number>();
  private readonly fuses = new Map<string, Fuse<string>>();
  constructor(readonly shard: VocabShard) {
    shard.terms.forEach((t, i) => this.index.set(t, i));
  }
  /** The index term or phrase pair a gazetteer spelling stands for (`putin` → `poetin`). */
  alias(term: string): string | undefined {
    const aliases = this.shard.aliases;
    return aliases && Object.hasOwn(aliases, term) ? aliases[term] : undefined;
  }
  df(term: string): number {
    const i = this.index.get(term);
    return i === undefined ? 0 : (this.shard.df[i] ?? 0);
  }
  prefixed(prefix: string, max: number): string[] {
    const { terms, df } = this.shard;
    const found: Array<[string, number]> = [];
    for (let i = lowerBound(terms, prefix); i < terms.length; i++) {
      const t = terms[i] ?? '';
      if (!t.startsWith(prefix)) break;
      if (t !== prefix) found.push([t, df[i] ?? 0]);
    }
    return found
      .sort((a, b) => b[1] - a[1])
      .slice(0, max)
      .map((e) => e[0]);
  }
  /**
   * Words of this letter within the typos `word` allows, when `word` itself starts with another
   * letter: the first letter is the one typo Fuse over the word's own letter cannot find.
   */
  otherFirstLetter(word: string, max: number): Array<{ term: string; distance: number }> {
    const edits = allowedEdits(word.length);
    const found: Array<{ term: string; distance: number }> = [];
    for (const term of this.shard.terms) {
      if (Math.abs(term.length - word.length) > edits) continue;
      const distance = editDistance(word, term, edits);
      if (distance <= edits) found.push({ term, distance });
    }
    return found.sort((a, b) => a.distance - b.distance || this.df(b.term) - this.df(a.term)).slice(0, max);
  }
  fuzzy(word: string, max: number): Array<{ term: string; distance: number }> {
    const edits = allowedEdits(word.length);
    if (edits === 0) return [];
    // Fuse finds fuzzy *substrings*; restricting lengths first keeps it to whole-word typos and
    // to a few hundred strings, and the Fuse instance per length window is reused by later queries.
    const cacheKey = `${word.length}`;
    let fuse = this.fuses.get(cacheKey);
    if (!fuse) {
      const near = this.shard.terms.filter((t) => Math.abs(t.length - word.length) <= edits);
      fuse = new Fuse(near, { includeScore: true, threshold: FUSE_THRESHOLD, ignoreLocation: true, isCaseSensitive: true });
      this.fuses.set(cacheKey, fuse);
    }
    return fuse
      .search(word, { limit: 20 })
      .map((r) => ({ term: r.item, distance: editDistance(word, r.item, edits) }))
      .filter((c) => c.distance <= edits)
      .sort((a, b) => a.distance - b.distance || this.df(b.term) - this.df(a.term))
      .slice(0, max);
  }
}
