/**
 * Query word → index terms: a gazetteer spelling's own term (`putin` → `poetin`); the exact term;
 * while typing, the last word's most frequent completions; and when there is no exact hit (or only
 * a rare one), fuzzy candidates from the word's letter's vocabulary, confirmed by edit distance —
 * or, when that letter has none, from the vocabularies of the letters the first one may have been
 * meant as (`Boetin` → `poetin`).
 */
import neighbourData from '../../data/letter-neighbours.json' with { type: 'json' };
import type { IndexFiles } from './load.ts';
import { postingKeys, type QueryPart } from './parse.ts';
import type { ResolvedWord } from './types.ts';

export interface Variant {
  term: string;
  /** 1 for an exact hit; less for prefix and fuzzy guesses, so exact spellings win ties. */
  quality: number;
}

export interface Resolved {
  word: ResolvedWord;
  variants: Variant[];
}

const MAX_FUZZY = 3;
const MAX_PREFIX = 4;
/** A first-letter typo is guessed only in words this long: in shorter ones too many words are one letter apart. */
const MIN_FIRST_LETTER_TYPO = 5;

const NEIGHBOURS: Readonly<Record<string, readonly string[]>> = neighbourData.neighbours;

const typoQuality = (distance: number): number => 0.75 - 0.15 * (distance - 1);

async function firstLetterTypos(files: IndexFiles, term: string): Promise<Variant[]> {
  const letters = Object.hasOwn(NEIGHBOURS, term[0] ?? '') ? (NEIGHBOURS[term[0] ?? ''] ?? []) : [];
  const vocabularies = await Promise.all(letters.map((l) => files.vocabularyOf(l)));
  return vocabularies
    .flatMap((v) => v?.otherFirstLetter(term, MAX_FUZZY).map((c) => ({ ...c, df: v.df(c.term) })) ?? [])
    .sort((a, b) => a.distance - b.distance || b.df - a.df)
    .slice(0, MAX_FUZZY)
    .map((c) => ({ term: c.term, quality: typoQuality(c.distance) }));
}

export async function resolveWord(files: IndexFiles, part: QueryPart, isLast: boolean, prefix: boolean): Promise<Resolved> {
  if (part.phrase && part.terms.length > 1) {
    return { word: { query: part.terms.join(' '), terms: postingKeys(part), kind: 'phrase' }, variants: [] };
  }
  const term = part.terms[0] ?? '';
  const vocab = await files.vocabulary(term);
  const df = vocab?.df(term) ?? 0;
  const variants: Variant[] = df > 0 ? [{ term, quality: 1 }] : [];
  let kind: ResolvedWord['kind'] = df > 0 ? 'exact' : 'none';
  // A quoted word means this spelling only.
  const alias = part.phrase ? undefined : vocab?.alias(term);
  if (alias !== undefined) {
    variants.unshift({ term: alias, quality: 1 });
    kind = 'alias';
  }
  if (vocab && !part.phrase) {
    if (prefix && isLast) {
      // Each completion may live in another postings shard: fewer when the word already exists.
      const completions = vocab.prefixed(term, df > 0 || term.length < 2 ? 2 : MAX_PREFIX);
      for (const t of completions) variants.push({ term: t, quality: 0.8 });
      if (kind === 'none' && completions.length) kind = 'prefix';
    }
    // A rare exact hit may itself be a typo in some article; let a common near spelling compete.
    if (alias === undefined && (variants.length === 0 || df <= 2)) {
      for (const { term: t, distance } of vocab.fuzzy(term, MAX_FUZZY)) {
        if (t === term || (df > 0 && vocab.df(t) < 20 * df)) continue;
        variants.push({ term: t, quality: typoQuality(distance) });
        if (kind === 'none') kind = 'fuzzy';
      }
    }
  }
  if (variants.length === 0 && !part.phrase && term.length >= MIN_FIRST_LETTER_TYPO) {
    variants.push(...(await firstLetterTypos(files, term)));
    if (variants.length) kind = 'fuzzy';
  }
  return { word: { query: term, terms: variants.map((v) => v.term), kind }, variants };
}
