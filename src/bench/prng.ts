/**
 * A tiny seeded PRNG (mulberry32) so that synthetic corpora are byte-identical across runs and
 * machines; Math.random would make benchmark inputs — and therefore figures — drift between runs.
 */

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mix two integers into a seed, so article N gets its own stream independent of how many came before. */
export function mixSeed(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be59b, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

export function int(rng: Rng, min: number, maxInclusive: number): number {
  return min + Math.floor(rng() * (maxInclusive - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

/** Zipf-like pick: early items much more often, so vocabulary has a realistic long tail. */
export function pickSkewed<T>(rng: Rng, items: readonly T[]): T {
  const r = rng();
  const item = items[Math.floor(r * r * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}
