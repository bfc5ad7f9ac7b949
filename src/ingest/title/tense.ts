/**
 * Headlines are in the present tense. A perfect (`heeft … gewaarschuwd`, `hebben … gesproken`,
 * `is … aangekomen`) becomes the present of its participle in the auxiliary's number
 * (`waarschuwt`, `spreken`, `komt … aan`: a separable verb's particle takes the participle's
 * place); a simple past (`sprak`, `kondigde … aan`) becomes the present; a passive
 * (`is vrijgelaten`, `wordt verdacht`) keeps only its participle, as headlines write it
 * (`Griner vrijgelaten`). Forms come from src/data/verbs-nl.json. Only the main clause's finite
 * verb is touched, never inside a quotation.
 */
import { type Clause, opensSubordinate } from './clause.ts';
import type { Draft } from './draft.ts';
import { infinitiveOf, isAuxiliary, isZijnForm, PARTICIPLES, perfectAuxNumber, type VerbForms } from './lexicon.ts';
import { type Token, word } from './tokens.ts';

const PASSIVE_AUX = new Set(['wordt', 'worden', 'werd', 'werden']);
const FUTURE_AUX = new Set(['zal', 'zullen']);

/** The last participle in [from, to) outside quotations, or -1. */
function participleIn(draft: Draft, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const t = draft.at(i) as Token;
    if (!draft.isDropped(i) && !t.quoted && PARTICIPLES.has(t.lower)) return i;
  }
  return -1;
}

/** Keep a capital when the verb opens the sentence. */
function sameCase(original: string, form: string): string {
  return /^\p{Lu}/u.test(original) ? form.charAt(0).toUpperCase() + form.slice(1) : form;
}

/**
 * Rewrite the clause's finite verb in the present tense; returns the index of the verb's particle
 * or participle at the clause's end (it belongs to the verb, so the headline may end on it), or -1.
 */
export function toPresent(draft: Draft, clause: Clause): number {
  const f = clause.finite;
  const finite = draft.at(f) as Token;
  if (finite.quoted) return -1;
  // The participle follows the finite verb and, when inverted, the subject.
  const searchFrom = Math.max(f + 1, clause.subject[0] > f ? clause.subject[1] : f + 1);
  const number = perfectAuxNumber(finite.lower);
  if (number !== undefined || PASSIVE_AUX.has(finite.lower)) {
    // The participle stands before any subordinate clause (`… niet is opgelost` belongs to `zolang`).
    let searchTo = searchFrom;
    while (searchTo < clause.end && !opensSubordinate(draft.tokens, searchTo)) searchTo++;
    const p = participleIn(draft, searchFrom, searchTo);
    if (p === -1) return -1;
    const forms = PARTICIPLES.get((draft.at(p) as Token).lower) as VerbForms;
    const passive = PASSIVE_AUX.has(finite.lower) || (isZijnForm(finite.lower) && forms.aux === 'hebben');
    if (passive) {
      // `Er is … overeenstemming bereikt` keeps its verb: without it the existential `er` says nothing.
      if ((draft.at(clause.subject[0]) as Token).lower !== 'er') draft.drop(f);
      return p;
    }
    if (number === undefined || (!isZijnForm(finite.lower) && forms.aux === 'zijn')) return -1;
    // `heeft Poetin nooit ontmoet` says what never happened: in the present it would say something else.
    for (let i = f + 1; i < p; i++) if ((draft.at(i) as Token).lower === 'nooit') return -1;
    if (forms.headline !== undefined) return headlineParticiple(draft, f, p, forms.headline);
    draft.rewrite(f, sameCase(finite.core, forms[number]));
    if (forms.particle) {
      draft.put(p, { ...word(forms.particle), post: (draft.at(p) as Token).post });
      return p;
    }
    draft.drop(p);
    return -1;
  }
  if (FUTURE_AUX.has(finite.lower)) return futureToPresent(draft, f, searchFrom, clause);
  const { verb } = clause;
  const forms = verb.participle === undefined ? undefined : PARTICIPLES.get(verb.participle);
  if (!forms) return -1;
  if (verb.past && forms.headline !== undefined) {
    draft.rewrite(f, sameCase(finite.core, forms.headline));
    return f;
  }
  if (verb.past) draft.rewrite(f, sameCase(finite.core, forms[verb.number]));
  // A separable verb's particle already stands at the clause's end (`kondigde … aan`): it belongs to the verb.
  return forms.particle === undefined ? -1 : lastWord(draft, forms.particle, searchFrom, clause.end);
}

/**
 * `zal … hervatten` → `hervat`: a headline tells what is to come in the present. Only for one
 * infinitive the table knows (not `zal … moeten betalen`); returns the index of a separable
 * verb's particle, or -1.
 */
function futureToPresent(draft: Draft, f: number, from: number, clause: Clause): number {
  let to = from;
  while (to < clause.end && !opensSubordinate(draft.tokens, to)) to++;
  // The infinitive closes the verbs, a phrase may follow it (`zal … spreken met Trump`).
  let last = to - 1;
  while (last >= from && (draft.isDropped(last) || infinitiveOf((draft.at(last) as Token).lower) === undefined)) last--;
  const t = draft.at(last);
  const forms = last < from || t === undefined || t.quoted ? undefined : infinitiveOf(t.lower);
  const before = draft.at(last - 1);
  if (!forms || (before !== undefined && last - 1 >= from && isAuxiliary(before.lower))) return -1;
  draft.rewrite(f, sameCase((draft.at(f) as Token).core, forms[clause.verb.number]));
  if (forms.particle) {
    draft.put(last, { ...word(forms.particle), post: (t as Token).post });
    return last;
  }
  draft.drop(last);
  return -1;
}

/**
 * A death is reported with the participle alone, where it stood (`Navalny is … in een strafkamp
 * overleden` → `Navalny in strafkamp overleden`), like a passive; returns the participle's index.
 */
function headlineParticiple(draft: Draft, finite: number, participle: number, form: string): number {
  draft.drop(finite);
  draft.rewrite(participle, form);
  return participle;
}

/** The last kept, unquoted occurrence of `lower` in [from, to), or -1. */
function lastWord(draft: Draft, lower: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const t = draft.at(i) as Token;
    if (!draft.isDropped(i) && !t.quoted && t.lower === lower) return i;
  }
  return -1;
}
