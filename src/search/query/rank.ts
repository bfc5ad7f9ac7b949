/**
 * Scoring and ordering: score = Σ over words of the best variant's `quality × idf × weight`;
 * articles matching more words rank first, then by score (or date), newer first on ties.
 */
import type { Postings } from '../format.ts';
import type { IndexFiles } from './load.ts';
import type { Resolved } from './resolve.ts';

export interface Scores {
  score: Float32Array;
  /** How many words and phrases each doc matches. */
  matched: Uint8Array;
  /** Docs matching at least one word, in the order first met. */
  touched: number[];
}

export function binaryHas(sorted: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] ?? 0;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

export async function scoreWords(files: IndexFiles, resolved: readonly Resolved[], n: number): Promise<Scores> {
  const score = new Float32Array(n);
  const matched = new Uint8Array(n);
  const wordScore = new Float32Array(n);
  const seen = new Int32Array(n).fill(-1);
  const touched: number[] = [];
  const idf = (df: number): number => Math.log(1 + n / Math.max(1, df));

  for (let w = 0; w < resolved.length; w++) {
    const { word, variants } = resolved[w] as Resolved;
    const hitsThisWord: number[] = [];
    if (word.kind === 'phrase') {
      // Every bigram of the phrase must be present: intersect, scoring by the rarest bigram.
      const lists = await Promise.all(word.terms.map((t) => files.postings(t)));
      if (lists.some((l) => !l)) continue;
      const sorted = (lists as Postings[]).slice().sort((a, b) => a.docs.length - b.docs.length);
      const [first, ...rest] = sorted;
      if (!first) continue;
      const weight = 2 * idf(first.docs.length);
      for (let i = 0; i < first.docs.length; i++) {
        const doc = first.docs[i] ?? 0;
        if (rest.every((l) => binaryHas(l.docs, doc))) {
          wordScore[doc] = weight * ((first.weights[i] ?? 1) / 255);
          hitsThisWord.push(doc);
        }
      }
    } else {
      const lists = await Promise.all(variants.map((v) => files.postings(v.term)));
      lists.forEach((list, v) => {
        if (!list) return;
        const factor = (variants[v]?.quality ?? 0) * idf(list.docs.length);
        for (let i = 0; i < list.docs.length; i++) {
          const doc = list.docs[i] ?? 0;
          const s = factor * ((list.weights[i] ?? 1) / 255);
          if (seen[doc] !== w) {
            seen[doc] = w;
            wordScore[doc] = s;
            hitsThisWord.push(doc);
          } else if (s > (wordScore[doc] ?? 0)) wordScore[doc] = s;
        }
      });
    }
    for (const doc of hitsThisWord) {
      if (matched[doc] === 0) touched.push(doc);
      matched[doc] = (matched[doc] ?? 0) + 1;
      score[doc] = (score[doc] ?? 0) + (wordScore[doc] ?? 0);
    }
  }
  return { score, matched, touched };
}

/** "a before b": matched words first, then score (or only the date); the doc number (newer first) breaks ties. */
export function ordering(scores: Scores, byDate: boolean): (a: number, b: number) => boolean {
  const { matched, score } = scores;
  return byDate
    ? (a, b) => (matched[a] ?? 0) > (matched[b] ?? 0) || ((matched[a] ?? 0) === (matched[b] ?? 0) && a > b)
    : (a, b) => {
        const ma = matched[a] ?? 0;
        const mb = matched[b] ?? 0;
        if (ma !== mb) return ma > mb;
        const sa = score[a] ?? 0;
        const sb = score[b] ?? 0;
        return sa !== sb ? sa > sb : a > b;
      };
}

/** The k best items in order, without sorting all of them: a result set can be most of the archive. */
export function topK<T>(items: readonly T[], k: number, before: (a: T, b: T) => boolean): T[] {
  const best: T[] = [];
  for (const item of items) {
    if (best.length >= k && !before(item, best[best.length - 1] as T)) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(item, best[mid] as T)) hi = mid;
      else lo = mid + 1;
    }
    best.splice(lo, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}
