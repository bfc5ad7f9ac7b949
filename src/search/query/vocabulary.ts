/** One letter's vocabulary: exact lookups, prefix completions and fuzzy (typo) candidates. */
import Fuse from 'fuse.js/basic';
import type { VocabShard } from '../format.ts';

/** Fuse score threshold (0 = exact, 1 = anything). 0.34 admits one typo in 4–6 letters, two from 8. */
const FUSE_THRESHOLD = 0.34;

/** Optimal-string-alignment distance (a transposition counts as one edit), capped for speed. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > cap) return cap + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] ?? cap + 1;
}

/** Typos allowed for a word of this length: none for short words, where a guess is mostly wrong. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

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
