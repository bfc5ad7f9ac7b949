/**
 * Reported speech the way headlines write it, with a colon: the person a sentence is attributed
 * to (`Volgens Biden …`, `…, zegt Biden`, a next sentence `Dat heeft Sullivan gezegd`) leads
 * (`Biden: …`), and `Lavrov zegt dat Rusland op een antwoord wacht` becomes `Lavrov: Rusland
 * wacht op een antwoord` (the `dat` clause put in main-clause order).
 */
import { dropArticles } from './articles.ts';
import { analyse, type Clause, commaAfter, findFinite, isAdjectiveLike, isAttributionAt, isConjunctionDat, subjectEnd } from './clause.ts';
import { Draft } from './draft.ts';
import {
  ANAPHORS,
  DETERMINERS,
  finiteOf,
  OPINION_PRONOUNS,
  PARTICIPLES,
  PREPOSITIONS,
  REPORT_VERBS,
  SAYING_VERBS,
  SPEAKER_VERBS,
  SAYING_WITH,
  SOURCE_VERBS,
  SUBORDINATORS,
  splitSeparable,
  ARTICLES,
} from './lexicon.ts';
import { nameAt } from './names.ts';
import { shortenNames } from './names.ts';
import { endsPhrase, isCapitalised, join, type LazySentence, type Token, withCore, word } from './tokens.ts';

export interface Speaker {
  /** The surname: `Biden`. */
  name: string;
  /** Named in the gazetteer, or said it in so many words (`zegt`, not `meldt`). */
  strong: boolean;
  /** Words of the sentence that only said who spoke (`volgens Joe Biden`), to drop. */
  span: [number, number] | null;
}

/**
 * `volgens` + a source, anywhere in [from, to): a person leads (`Volgens Biden …` → `Biden: …`), and
 * so does an institution of the gazetteer standing alone (`volgens het Kremlin` → `Kremlin: …`);
 * any other source (`volgens Amerikaanse media`) is a hedge a headline leaves out: its words go
 * (an empty name).
 */
function volgensSource(tokens: readonly Token[], from: number, to: number): Speaker | null {
  for (let i = from; i < to - 1; i++) {
    const t = tokens[i] as Token;
    if (t.quoted || t.lower !== 'volgens') continue;
    const m = nameAt(tokens, i + 1);
    if (m?.person && m.to <= to) return { name: m.short, strong: true, span: [i, m.to] };
    // `volgens mij` is an opinion, not a source.
    if (OPINION_PRONOUNS.has((tokens[i + 1] as Token).lower)) return null;
    const end = subjectEnd(tokens, i + 1, to);
    if (end === i + 1 || end > to) return null;
    // A proper name alone (`het Kremlin`, `de NAVO`, `het Witte Huis`), not a description (`Amerikaanse media`).
    const head = DETERMINERS.has((tokens[i + 1] as Token).lower) ? i + 2 : i + 1;
    const words = tokens.slice(head, end);
    const institution = words.length > 0 && words.length <= 3 && words.every((w) => isCapitalised(w) && !isAdjectiveLike(w));
    return { name: institution ? join(words).replace(/[,;:]$/u, '') : '', strong: false, span: [i, end] };
  }
  return null;
}

/** The first person named in [from, to), as a speaker. */
function personIn(tokens: readonly Token[], from: number, to: number, strong: boolean): Speaker | null {
  for (let i = from; i < to; i++) {
    const m = nameAt(tokens, i);
    if (m?.person) return { name: m.short, strong: strong || m.known === true, span: null };
  }
  return null;
}

/** `Dat heeft …`, `Dit zei …`: a second sentence that attributes the first. */
const REPORT_OPENING = /^(?:Dat|Dit)\s+(\p{L}+)\s/u;

/** Who a sentence is attributed to, if a person: `Volgens X`, `…, zegt X`, or the next sentence `Dat heeft X gezegd`. */
export function speakerOf(tokens: readonly Token[], clause: Clause, next: LazySentence | null): Speaker | null {
  const inClause = volgensSource(tokens, clause.front[0], clause.end);
  if (inClause) return inClause;
  for (let i = clause.end; i < tokens.length; i++) {
    if (!commaAfter(tokens[i - 1]) || !isAttributionAt(tokens, i)) continue;
    let end = i + 1;
    while (end < tokens.length && !commaAfter(tokens[end - 1])) end++;
    const said = SPEAKER_VERBS.has((tokens[i] as Token).lower) || tokens.slice(i, end).some((t) => t.lower === 'gezegd');
    const person = personIn(tokens, i, end, said);
    if (person) return person;
  }
  const report = next === null ? null : REPORT_OPENING.exec(next.text);
  if (!next || !report) return null;
  const verb = (report[1] as string).toLowerCase();
  if (REPORT_VERBS.has(verb)) return personIn(next.tokens, 1, next.tokens.length, true);
  return SOURCE_VERBS.has(verb) ? documentSource(next.tokens, SOURCE_VERBS.get(verb) as string) : null;
}

/**
 * `Dat staat in een Amerikaans vredesplan van 28 punten` → `Amerikaans vredesplan`; `Dat blijkt uit
 * cijfers van het CBS` → `CBS` (an institution the document is of names it best). A source a
 * headline can lead with, as it would a speaker, or null (a long phrase, a pronoun, a name of a person).
 */
function documentSource(tokens: readonly Token[], preposition: string): Speaker | null {
  if ((tokens[2] as Token | undefined)?.lower !== preposition) return null;
  const phrase = nounPhrase(tokens, 3);
  if (phrase === null) return null;
  const of = tokens[phrase.end];
  const owner = of?.lower === 'van' && !endsPhrase(tokens[phrase.end - 1] as Token) ? nounPhrase(tokens, phrase.end + 1) : null;
  // `de krant`, `het plan`, `de nieuwe plannen`: a definite description points back to what a reader cannot place.
  const placed = !/^(?:de|het)$/u.test((tokens[3] as Token).lower);
  const label = owner?.proper ? owner.text : phrase.proper || !placed ? null : phrase.text;
  if (!label || label.length > MAX_LABEL) return null;
  return { name: label.charAt(0).toUpperCase() + label.slice(1), strong: true, span: null };
}

/** The words of a noun phrase from `from` to a preposition, subordinate clause or comma, without its article; at most three. */
function nounPhrase(tokens: readonly Token[], from: number): { text: string; end: number; proper: boolean } | null {
  let end = from;
  while (end < tokens.length && !PREPOSITIONS.has((tokens[end] as Token).lower) && !SUBORDINATORS.has((tokens[end] as Token).lower)) {
    end++;
    if (endsPhrase(tokens[end - 1] as Token)) break;
  }
  // Every article goes, also one dropArticles keeps before a noun that can be a verb (`de plannen`).
  const words = dropArticles(tokens.slice(from, end)).filter((w) => !ARTICLES.has(w.lower));
  if (words.length === 0 || words.length > 3 || words.some((w) => w.quoted || ANAPHORS.has(w.lower))) return null;
  const draft = new Draft(words);
  shortenNames(draft, 0, words.length);
  const text = join(draft.live().map((i) => draft.at(i) as Token)).replace(/[,;:]$/u, '');
  return { text, end, proper: words.every(isCapitalised) };
}

const MAX_LABEL = 30;
/** A lowercase word that can be a finite verb: `bestudeert`, `reageren`. */
const VERB_FINAL = /^\p{Ll}+(?:t|en|de|te|den|ten)$/u;

/** The verb of the clause says something: `zegt`, `heeft … verklaard`. */
function isSaying(tokens: readonly Token[], clause: Clause, from: number, to: number): boolean {
  const finiteWord = (tokens[clause.finite] as Token).lower;
  const finite = finiteOf(finiteWord);
  if (finite?.participle && SAYING_VERBS.has(finite.participle)) return true;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.quoted) continue;
    if (PARTICIPLES.has(t.lower) && SAYING_VERBS.has(t.lower)) return true;
    // `maakte … bekend dat`: the particle makes `gemaakt` into `bekendgemaakt`; `laat … weten dat`.
    if (finite?.participle && SAYING_VERBS.has(t.lower + finite.participle)) return true;
    if (SAYING_WITH.get(t.lower)?.has(finiteWord)) return true;
  }
  return false;
}

/** The `dat` that opens what the clause's verb reports (`zegt dat …`, `heeft verklaard dat …`), or -1. */
export function sayingDat(tokens: readonly Token[], clause: Clause): number {
  const [subjectFrom, subjectTo] = clause.subject;
  const afterVerb = subjectFrom > clause.finite ? subjectTo : clause.finite + 1;
  for (let i = afterVerb; i < clause.end; i++) {
    if (isConjunctionDat(tokens, i)) return isSaying(tokens, clause, afterVerb, i) ? i : -1;
  }
  return -1;
}

/**
 * `X zegt dat Y` as a label and the words of Y in main-clause order (`dat Rusland op een antwoord
 * wacht` → `Rusland wacht op een antwoord`), or null when the clause does not report speech.
 */
export function reportedClause(
  tokens: readonly Token[],
  clause: Clause,
  anyLabel = false,
): { label: string; content: Token[]; clause: Clause } | null {
  const [subjectFrom, subjectTo] = clause.subject;
  const dat = sayingDat(tokens, clause);
  if (dat === -1) return null;
  // The subject as a headline names it: `De Russische minister … Sergej Lavrov` → `Lavrov`.
  const draft = new Draft(tokens);
  // A speaker is named by surname: `Nuland: …`, not `Amerikaanse onderminister Nuland: …`.
  shortenNames(draft, subjectFrom, subjectTo, false);
  const label = join(dropArticles(draft.live(subjectFrom, subjectTo).map((i) => draft.at(i) as Token))).replace(/[,;:]$/u, '');
  // `anyLabel`: the caller drops the label, so a long one (`Ministerie van Buitenlandse Zaken in Moskou`) does no harm.
  if (!anyLabel && (label === '' || label.length > MAX_LABEL || label.split(' ').length > 3)) return null;
  const words = tokens.slice(dat + 1, clause.end);
  let end = subjectEnd(words, 0, words.length);
  if (end === 0 || ANAPHORS.has((words[0] as Token).lower)) return null;
  // `dat de oorlog in Oekraïne ook … blijft`: a common noun's phrase is part of the subject (a name's is not: `dat Rusland op … wacht`).
  while (end < words.length && PREPOSITIONS.has((words[end] as Token).lower) && /^\p{Ll}/u.test((words[end - 1] as Token).core)) {
    const after = subjectEnd(words, end + 1, words.length);
    if (after === end + 1) break;
    end = after;
  }
  let finite = findFinite(words, end, words.length);
  let particle: Token[] = [];
  if (finite === -1) {
    // `dat Rusland openstaat voor …`: a separable verb in one word, split as a main clause writes it.
    for (let i = end; i < words.length && finite === -1; i++) {
      const t = words[i] as Token;
      const split = t.quoted ? null : splitSeparable(t.lower);
      if (split) {
        words[i] = withCore(t, split.finite);
        particle = [word(split.particle)];
        finite = i;
      }
    }
  }
  // A verb the table does not know: in a `dat` clause the finite verb stands last (`… bestudeert`).
  if (finite === -1 && VERB_FINAL.test((words[words.length - 1] as Token).core)) finite = words.length - 1;
  if (finite === -1 || finite < end) return null;
  let verb = words[finite] as Token;
  const between = words.slice(end, finite);
  // The verb moves forward, its comma stays where the clause ends (`dat de PVV de coalitie verlaat, omdat …`).
  const last = between[between.length - 1];
  if (last && verb.post !== '') {
    between[between.length - 1] = { ...last, post: last.post + verb.post };
    verb = { ...verb, post: '' };
  }
  const content = [...words.slice(0, end), verb, ...between, ...particle, ...words.slice(finite + 1)];
  // The clause is known: subject, then the verb (also one the verb table does not know).
  const contentClause: Clause = analyse(content) ?? {
    finite: end,
    verb: finiteOf(verb.lower) ?? { number: verb.lower.endsWith('en') ? 'pl' : 'sg', past: false },
    subject: [0, end],
    front: [0, 0],
    end: content.length,
    attribution: -1,
  };
  return { label: label.charAt(0).toUpperCase() + label.slice(1), content, clause: contentClause };
}
