/**
 * How close a derived title is to the real headline, and whether it reads like one: content-word
 * F1 (folded, split on non-letters, Dutch stop words of src/data/stopwords-nl.json left out), an
 * ellipsis or a dangling last word (cut mid-phrase), length, and page noise.
 */
import stopwords from '../data/stopwords-nl.json' with { type: 'json' };
import { DEFAULT_NOISE_RULES } from '../ingest/noise.ts';
import { isTitleNoise } from '../ingest/title/derive.ts';
import { isDangling } from '../ingest/title/lexicon.ts';
import { fold } from '../record/text.ts';

const STOP = new Set(stopwords.words);

export function contentWords(text: string): Set<string> {
  return new Set(
    fold(text)
      .split(/\P{L}+/u)
      .filter((w) => w !== '' && !STOP.has(w)),
  );
}

/** F1 of the content words of `derived` against those of `real`; 0 when they share none. */
export function contentF1(derived: string, real: string): number {
  const a = contentWords(derived);
  const b = contentWords(real);
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  if (shared === 0) return 0;
  const precision = shared / a.size;
  const recall = shared / b.size;
  return (2 * precision * recall) / (precision + recall);
}

export const endsInEllipsis = (title: string): boolean => /(?:…|\.\.\.)\s*$/u.test(title);

/**
 * Ends on a word no headline ends on (`de`, `van`, `en`, `dat`…, src/ingest/title/lexicon.ts):
 * cut mid-phrase. A verb particle (`levert weinig op`) or a title (`kiezen nieuwe paus`) ends well.
 */
export function endsMidPhrase(title: string): boolean {
  const words = title.replace(/[\s,;:–—-]+$/u, '').split(/\s+/u);
  const last = (words[words.length - 1] ?? '').replace(/[^\p{L}\p{N}'’-]+/gu, '').toLowerCase();
  return last === '' || isDangling(last);
}

/** A title that is page furniture: a noise rule's line or sidebar, or a navigation label. */
export function isNoiseTitle(title: string): boolean {
  if (isTitleNoise(title)) return true;
  return DEFAULT_NOISE_RULES.some((r) => r.kind !== 'inline' && r.pattern.test(title));
}

export interface LengthSummary {
  min: number;
  median: number;
  p90: number;
  max: number;
  /** Counts per bucket: ≤40, 41–60, 61–90, 91–110, >110 characters. */
  buckets: [number, number, number, number, number];
}

export function lengthSummary(titles: readonly string[]): LengthSummary {
  const lengths = titles.map((t) => [...t].length).sort((a, b) => a - b);
  const at = (q: number): number => lengths[Math.min(lengths.length - 1, Math.floor(q * lengths.length))] ?? 0;
  const buckets: LengthSummary['buckets'] = [0, 0, 0, 0, 0];
  for (const n of lengths) buckets[n <= 40 ? 0 : n <= 60 ? 1 : n <= 90 ? 2 : n <= 110 ? 3 : 4]++;
  return { min: lengths[0] ?? 0, median: at(0.5), p90: at(0.9), max: lengths[lengths.length - 1] ?? 0, buckets };
}
