/**
 * Time adverbials: a headline says what happened, not on which weekday (`Donderdagavond`,
 * `Op 26 januari`, `maandag 10 januari`, `vorige week`); nor does it need fillers (`met elkaar`,
 * `onder meer`, `inmiddels`). Dropped wherever they stand in the main clause, never inside a
 * quotation.
 */
import { isNumber, timeSpan } from './clause.ts';
import type { Draft } from './draft.ts';
import { FILLERS, isMonth, isWeekday, PREPOSITIONS, TIME_HEDGES } from './lexicon.ts';
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

const DAY_NUMBER = /^\d{1,2}$/u;
const COMPARATIVES = new Set(['als', 'dan', 'nooit']);

/**
 * The time adverbial at word `i` names a day and nothing else: `vrijdag`, `op 16 juni`, `dinsdag 10
 * januari` (not `donderdagavond`, `vanaf zondag 05.00 uur`, `vorige week`, a year).
 */
export function namesDay(tokens: readonly Token[], i: number, span: number): boolean {
  let day = false;
  for (let k = i; k < i + span; k++) {
    const w = (tokens[k] as Token).lower;
    if (isWeekday(w) || isMonth(w)) day = true;
    else if (!(k === i && w === 'op') && !DAY_NUMBER.test(w)) return false;
  }
  return day;
}

/**
 * Drop every time adverbial in [from, to). `keepDays`: the clause is in the present tense, so the
 * day it names is when something is to happen, which a headline says (`Blinken en Lavrov praten
 * vrijdag in Genève`); only the day stays.
 */
export function dropTimeAdverbials(draft: Draft, from: number, to: number, keepDays = false): void {
  for (let i = from; i < to; ) {
    // On the sentence as written (the spans are cached per sentence); rewritten verbs and names open no time adverbial.
    const n = timeSpan(draft.source, i);
    if (n === 0) {
      i++;
      continue;
    }
    const span = Math.min(n, to - i);
    const prev = draft.source[i - 1];
    // `zoveel als nu`, `meer dan vorig jaar`, `nooit eerder`: the time is what is compared with or denied, not when it happened.
    if (prev !== undefined && !prev.quoted && prev.post === '' && COMPARATIVES.has(prev.lower)) {
      i += span;
      continue;
    }
    // `tot zeker 14 januari`: a hedged day only bounds a time, it goes with its hedge.
    const hedged = prev !== undefined && TIME_HEDGES.has(prev.lower);
    if (keepDays && !hedged && namesDay(draft.source, i, span)) {
      i += span;
      continue;
    }
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
