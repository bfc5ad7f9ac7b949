/**
 * Time adverbials: a headline says what happened, not on which weekday (`Donderdagavond`,
 * `Op 26 januari`, `maandag 10 januari`, `vorige week`); nor does it need fillers (`met elkaar`,
 * `onder meer`, `inmiddels`). Dropped wherever they stand in the main clause, never inside a
 * quotation.
 */
import { isNumber, timeSpan } from './clause.ts';
import type { Draft } from './draft.ts';
import { APPROXIMATORS, FILLERS, PREPOSITIONS, TIME_HEDGES } from './lexicon.ts';
import type { Token } from './tokens.ts';

/** How many words of a phrase of `table` start at word `i` (0 when none): the whole phrase, unquoted, with no comma inside. */
function phraseAt(tokens: readonly Token[], i: number, table: ReadonlyMap<string, readonly string[][]>): number {
  for (const filler of table.get((tokens[i] as Token).lower) ?? []) {
    let k = 0;
    while (k < filler.length) {
      const t = tokens[i + k];
      if (!t || t.quoted || t.pre !== '' || t.lower !== filler[k] || (k < filler.length - 1 && t.post !== '')) break;
      k++;
    }
    if (k === filler.length) return k;
  }
  return 0;
}

/** An approximator right before a number (`ongeveer vijf uur`, `zo'n 8500`), not elsewhere (`zo'n groot land`). */
function approximatorAt(tokens: readonly Token[], i: number): number {
  const n = phraseAt(tokens, i, APPROXIMATORS);
  const next = tokens[i + n];
  return n > 0 && next !== undefined && !next.quoted && (tokens[i + n - 1] as Token).post === '' && isNumber(next) ? n : 0;
}

/** Drop every filler in [from, to), and approximators before numbers. */
export function dropFillers(draft: Draft, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const n = phraseAt(draft.tokens, i, FILLERS) || approximatorAt(draft.tokens, i);
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
