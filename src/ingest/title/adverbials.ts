/**
 * Time adverbials: a headline says what happened, not on which weekday (`Donderdagavond`,
 * `Op 26 januari`, `maandag 10 januari`, `vorige week`); nor does it need fillers (`met elkaar`,
 * `onder meer`, `inmiddels`). Dropped wherever they stand in the main clause, never inside a
 * quotation.
 */
import { isNumber, timeSpan } from './clause.ts';
import type { Draft } from './draft.ts';
import { FILLERS, PREPOSITIONS, TIME_HEDGES } from './lexicon.ts';
import type { Token } from './tokens.ts';

/**
 * How many words of a filler start at word `i` (0 when none): the whole phrase, unquoted, with no
 * comma inside; an approximator only right before a number (`ongeveer vijf uur`, `zo'n 8500`).
 */
function fillerAt(tokens: readonly Token[], i: number): number {
  for (const filler of FILLERS.get((tokens[i] as Token).lower) ?? []) {
    const words = filler.words;
    let k = 0;
    while (k < words.length) {
      const t = tokens[i + k];
      if (!t || t.quoted || t.pre !== '' || t.lower !== words[k] || (k < words.length - 1 && t.post !== '')) break;
      k++;
    }
    if (k < words.length) continue;
    if (!filler.beforeNumber) return k;
    const next = tokens[i + k];
    if (next !== undefined && !next.quoted && (tokens[i + k - 1] as Token).post === '' && isNumber(next)) return k;
  }
  return 0;
}

/** Drop every filler in [from, to), approximators before numbers. */
export function dropFillers(draft: Draft, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const n = fillerAt(draft.tokens, i);
    if (n > 0) {
      draft.dropSpan(i, Math.min(i + n, to));
      i += n - 1;
    }
  }
}

/** Drop every time adverbial in [from, to). */
export function dropTimeAdverbials(draft: Draft, from: number, to: number): void {
  for (let i = from; i < to; ) {
    // On the sentence as written (the spans are cached per sentence); rewritten verbs and names open no time adverbial.
    const n = timeSpan(draft.source, i);
    if (n === 0) {
      i++;
      continue;
    }
    const span = Math.min(n, to - i);
    // A comma after the adverbial (`Op 26 januari, …`) belongs to it; one before it stays with its word.
    draft.dropSpan(i, i + span);
    // `tot zeker 14 januari`: a word that only qualified the time goes with it.
    let at = i - 1;
    const hedge = draft.source[at];
    if (hedge && !hedge.quoted && hedge.post === '' && TIME_HEDGES.has(hedge.lower)) draft.drop(at--);
    // `van vorig jaar`: a preposition whose object was the time adverbial goes with it.
    const before = draft.source[at];
    if (before && !before.quoted && before.post === '' && PREPOSITIONS.has(before.lower)) draft.drop(at);
    i += span;
  }
}
