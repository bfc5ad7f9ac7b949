/**
 * The main clause of a lede's first sentence: its finite verb, its subject, what stands before
 * the verb when the subject does not (Dutch puts the finite verb second: `Donderdagavond hebben
 * Biden en Poetin …`), and where it ends (before a subordinate clause, an `om … te` clause, a
 * trailing attribution). Rules of thumb over word lists, not a parser: when the shape is not
 * recognised, analyse() returns null and the deriver falls back to the sentence itself.
 */
import {
  ADVERBS,
  ATTRIBUTION_PARTICIPLES,
  ATTRIBUTION_VERBS,
  COORDINATORS,
  DETERMINERS,
  type Finite,
  finiteOf,
  FOCUS_PARTICLES,
  isAuxiliary,
  isRoleNoun,
  isTimeWord,
  LEADING_SUBORDINATORS,
  splitSeparable,
  PARTICIPLES,
  PREPOSITIONS,
  SUBORDINATORS,
  TIME_HEDGES,
  TIME_PHRASE,
  ARTICLES,
} from './lexicon.ts';
import { endsPhrase, isCapitalised, type Token } from './tokens.ts';

export interface Clause {
  /** Index of the finite verb. */
  finite: number;
  verb: Finite;
  /** The subject, [from, to). */
  subject: [number, number];
  /** Words before the finite verb that are not its subject (an adverbial or a subordinate clause), [from, to); empty when the subject comes first. */
  front: [number, number];
  /** The main clause ends before this index. */
  end: number;
  /** Where a trailing attribution starts (`, meldt het Witte Huis`), or -1. */
  attribution: number;
}

/** An attributive adjective: `Russische`, `Amerikaanse`, `nieuwe` (not a noun, not a name). */
export function isAdjectiveLike(t: Token): boolean {
  if (isCapitalised(t)) return /(?:s|sch|ees|aans|iaan)e$/u.test(t.core) && !/^\p{Lu}{2}/u.test(t.core);
  // Nouns in -ie (`invasie`, `delegatie`) and -ee (`zee`) are not adjectives. Character tests: this runs for most words.
  const w = t.lower;
  const n = w.length;
  if (n <= 3 || w.charCodeAt(n - 1) !== 101) return false;
  const before = w.charCodeAt(n - 2);
  return before !== 105 && before !== 101 && !DETERMINERS.has(w) && !ADVERBS.has(w);
}

/** Word `i` is an adjective before its noun: adjective-like, and followed by a word that can be a noun (not a preposition, verb or `en`). */
function attributive(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!isAdjectiveLike(t) || !next || endsPhrase(t)) return false;
  // `westerse landen`: after an adjective `landen` is a noun (finiteAt knows), not the verb.
  return !PREPOSITIONS.has(next.lower) && !COORDINATORS.has(next.lower) && !finiteAt(tokens, i + 1);
}

/** A number, in digits or words (`24`, `dertig`, `honderden`): a plural after it is a noun. */
export const isNumber = (t: Token): boolean =>
  /^\d|(?:tig|tien|honderd|honderden|duizend|duizenden|twee|drie|vier|vijf|zes|zeven|acht|negen|elf|twaalf)$/u.test(t.lower);

/** `zijn`/`haar` after `en` or a preposition is a possessive (`en zijn Russische ambtgenoot`), not a verb. */
const POSSESSIVE_OR_VERB = new Set(['zijn']);

/** Word `i` as the finite verb of a main clause, or undefined. */
export function finiteAt(tokens: readonly Token[], i: number): Finite | undefined {
  const t = tokens[i];
  if (!t || t.quoted || (i > 0 && isCapitalised(t))) return undefined;
  // `uit`, `buiten` are also verb forms (uiten, buiten), but far more often prepositions.
  const verb = PREPOSITIONS.has(t.lower) ? undefined : finiteOf(t.lower);
  if (!verb) return undefined;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (POSSESSIVE_OR_VERB.has(t.lower)) {
    if (i === 0) return undefined;
    if (prev && !endsPhrase(prev) && (COORDINATORS.has(prev.lower) || PREPOSITIONS.has(prev.lower))) return undefined;
    if (next && isAdjectiveLike(next) && prev && DETERMINERS.has(prev.lower)) return undefined;
  }
  if (prev && !endsPhrase(prev)) {
    // `de eisen`, `het bericht`, `beide landen`, `westerse landen`, `24 gevangenen`: nouns.
    // (`Het is`, `Dat heeft`: an auxiliary is never a noun.)
    if (DETERMINERS.has(prev.lower) && !/^(?:die|dat|zijn)$/u.test(prev.lower) && !isAuxiliary(t.lower)) return undefined;
    if (t.lower.endsWith('en') && (isAdjectiveLike(prev) || isNumber(prev) || PREPOSITIONS.has(prev.lower))) return undefined;
  }
  return verb;
}

/**
 * Word `i` opens a subordinate clause inside the sentence's first part (`In een verklaring die
 * woensdag werd verspreid, staat …`): its verb is not the main clause's.
 */
function opensEmbeddedClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (t.quoted || i === 0 || !prev) return false;
  if (EMBEDDING.has(t.lower)) return true;
  // A relative `die`/`dat` right after a noun (`verklaring die`, `Brussel, die`), not a determiner after a preposition (`van die landen`).
  if (t.lower === 'die' || t.lower === 'dat') {
    return !PREPOSITIONS.has(prev.lower) && !DETERMINERS.has(prev.lower) && !finiteOf(prev.lower) && /\p{L}$/u.test(prev.core);
  }
  return false;
}
/** Subordinators that never open a main clause. */
const EMBEDDING = new Set([
  'omdat',
  'nadat',
  'terwijl',
  'hoewel',
  'zodat',
  'waardoor',
  'waarna',
  'waarin',
  'waarbij',
  'waarmee',
  'waarop',
  'doordat',
  'voordat',
  'totdat',
  'zodra',
]);

/** The first plausible finite verb in [from, to), outside quotations and embedded subordinate clauses (which end at a comma). */
export function findFinite(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (opensEmbeddedClause(tokens, i)) {
      while (i < to && !commaAfter(tokens[i])) i++;
      continue;
    }
    if (finiteAt(tokens, i)) return i;
  }
  return -1;
}

/** Character offsets of each word in the words joined by single spaces (for TIME_PHRASE). */
function offsets(tokens: readonly Token[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const t of tokens) {
    if (text !== '') text += ' ';
    starts.push(text.length);
    text += t.pre + t.core + t.post;
  }
  return { text, starts };
}

/** The longest first word of a time phrase (`afgelopen`, `donderdag`). */
const MAX_OPENER = 9;

/**
 * Per word of a word list, how many words a time adverbial starting there spans: computed once for
 * the sentence being worked on. A one-entry cache, not a WeakMap: weak keys cost every garbage
 * collection work, and the rules ask about one sentence at a time.
 */
let spansOf: readonly Token[] | null = null;
let spansCache = new Uint8Array(0);

function timeSpans(tokens: readonly Token[]): Uint8Array {
  if (tokens === spansOf) return spansCache;
  const joined = offsets(tokens);
  const spans = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.quoted || t.pre !== '') continue;
    if (isTimeWord(t.lower)) {
      spans[i] = 1;
      continue;
    }
    // Every time phrase opens with a short lowercase word, a weekday or a number (`op`, `vorige`,
    // `donderdag`, `26`): a name or a long word needs no regex.
    if (t.core.length > MAX_OPENER || (i > 0 && isCapitalised(t))) continue;
    TIME_PHRASE.lastIndex = joined.starts[i] as number;
    if (!TIME_PHRASE.test(joined.text)) continue;
    const end = TIME_PHRASE.lastIndex;
    let n = 0;
    while (i + n < tokens.length && (joined.starts[i + n] as number) < end) n++;
    spans[i] = n;
  }
  spansOf = tokens;
  spansCache = spans;
  return spans;
}

/** How many words a time adverbial starting at word `i` spans (0 when none starts there). */
export function timeSpan(tokens: readonly Token[], i: number): number {
  return timeSpans(tokens)[i] ?? 0;
}

const TIME_UNITS = new Set([
  'jaar',
  'jaren',
  'maand',
  'maanden',
  'week',
  'weken',
  'dag',
  'dagen',
  'uur',
  'uren',
  'minuten',
  'decennia',
  'eeuw',
  'later',
  'eerder',
]);

/** Starts an adverbial, so the subject follows the finite verb: a preposition, a time word, an adverb, a number. */
function opensAdverbial(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  const second = tokens[1];
  if (!first) return false;
  // `Ook Polen en Duitsland zijn …`: a focus particle before a name or a determiner belongs to the subject.
  if (FOCUS_PARTICLES.has(first.lower) && second && (isCapitalised(second) || DETERMINERS.has(second.lower))) return false;
  return (
    PREPOSITIONS.has(first.lower) ||
    ADVERBS.has(first.lower) ||
    first.lower === 'zo' ||
    timeSpan(tokens, 0) > 0 ||
    // `Drie jaar na de inval …`, `Ruim een week later …`: an amount of time, not a subject (`Tien diplomaten …`).
    ((isNumber(first) || /^(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|ruim|bijna|kort|vlak|lang)$/u.test(first.lower)) &&
      tokens.slice(1, 3).some((t) => TIME_UNITS.has(t.lower)))
  );
}

/**
 * The subject after an inverted finite verb: determiners and adjectives, a head (a noun or a
 * name), names after a role (`president Joe Biden`), `van` phrases, and coordination with `en`.
 * It ends at a time word, an adverb, any other preposition, a verb or a second noun phrase.
 */
export function subjectEnd(tokens: readonly Token[], start: number, end: number): number {
  let i = start;
  let head = false;
  let afterRole = false;
  let afterName = false;
  while (i < end) {
    const t = tokens[i] as Token;
    if (t.quoted) break;
    // A subject never opens with a time word, an adverb or a preposition (`ontaardde vrijdag in …`).
    if (timeSpan(tokens, i) > 0 || ADVERBS.has(t.lower)) break;
    // A participle ends the subject, unless it stands as an adjective before the noun (`de bevroren tegoeden`).
    if (
      i > start &&
      PARTICIPLES.has(t.lower) &&
      !(head === false && i + 1 < end && !PREPOSITIONS.has((tokens[i + 1] as Token).lower) && !finiteAt(tokens, i + 1))
    )
      break;
    if (SUBORDINATORS.has(t.lower) && !DETERMINERS.has(t.lower)) break;
    if (t.lower === 'van' && head) {
      const next = tokens[i + 1];
      if (!next || !(isCapitalised(next) || DETERMINERS.has(next.lower) || isAdjectiveLike(next))) break;
      head = false;
      afterRole = false;
      afterName = false;
      i++;
      continue;
    }
    if (PREPOSITIONS.has(t.lower)) break;
    // A verb ends the subject (`58 doden` is a noun after a number, `en zijn` a possessive: finiteAt knows).
    if (i > start && finiteAt(tokens, i)) break;
    // `nog maar 30 kilometer`: a subject never opens with a conjunction.
    if (i === start && COORDINATORS.has(t.lower)) break;
    // `heeft het geen zin`: `het` before another determiner is the pronoun subject itself.
    if (i === start && t.lower === 'het' && DETERMINERS.has(tokens[i + 1]?.lower ?? '') && !isNumber(tokens[i + 1] as Token)) return i + 1;
    if (t.lower === 'en' || t.lower === 'of') {
      if (!head || i === start) break;
      head = false;
      afterRole = false;
      afterName = false;
      i++;
      continue;
    }
    if (head) {
      if (!(isCapitalised(t) && (afterRole || afterName))) break;
      afterName = true;
      afterRole = false;
    } else if (!DETERMINERS.has(t.lower) && !isNumber(t) && !(i + 1 < end && attributive(tokens, i))) {
      head = true;
      afterRole = isRoleNoun(t.lower);
      afterName = isCapitalised(t);
    }
    i++;
    if (endsPhrase(t)) break;
  }
  return i;
}

/** Adverbials a subject may follow (`begint in Genève het overleg`): at most this many. */
const MAX_SKIPPED = 2;

/**
 * The subject after an inverted finite verb, [from, to): right after the verb, or after an adverb
 * or a prepositional phrase or two (`begint in Genève het overleg tussen …`). Empty when none is found.
 */
function invertedSubject(tokens: readonly Token[], start: number): [number, number] {
  let at = start;
  for (let skipped = 0; skipped <= MAX_SKIPPED; skipped++) {
    // `zijn zeker twintig mensen …`, `minstens twaalf burgers`: a word that hedges the number belongs to the subject.
    const next = tokens[at + 1];
    if (next !== undefined && TIME_HEDGES.has((tokens[at] as Token).lower) && isNumber(next) && !next.quoted) {
      const counted = subjectEnd(tokens, at + 1, tokens.length);
      if (counted > at + 1) return [at, counted];
    }
    const end = subjectEnd(tokens, at, tokens.length);
    if (end > at) return [at, end];
    const t = tokens[at];
    if (!t || t.quoted || commaAfter(t)) break;
    // `is er geen sprake van …`: the existential `er` holds the subject's place.
    if (t.lower === 'er') return [at, at + 1];
    const time = timeSpan(tokens, at);
    if (time > 0) at += time;
    else if (ADVERBS.has(t.lower)) at++;
    else if (PREPOSITIONS.has(t.lower) && t.lower !== 'van') {
      // The phrase's noun phrase: up to the next determiner or name that opens another.
      at = subjectEnd(tokens, at + 1, tokens.length);
      if (at === start) break;
    } else break;
  }
  return [start, start];
}

/** `dat` as a conjunction (`… gezegd dat Rusland …`), not a determiner (`dat land`). */
export function isConjunctionDat(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || t.quoted || t.lower !== 'dat' || !next) return false;
  return (
    isCapitalised(next) || DETERMINERS.has(next.lower) || ADVERBS.has(next.lower) || /^(?:hij|zij|ze|het|er|wij|we|men)$/u.test(next.lower)
  );
}

/**
 * `die` as a relative pronoun (`een resolutie die Rusland als agressor aanwijst`), not a determiner
 * (`die landen`): a determiner is followed by its noun or adjective, a relative pronoun by a name,
 * a determiner, an adverb, a pronoun or a verb.
 */
export function isRelativeDie(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || next.quoted || PREPOSITIONS.has(prev.lower) || DETERMINERS.has(prev.lower) || COORDINATORS.has(prev.lower))
    return false;
  return (
    isCapitalised(next) ||
    DETERMINERS.has(next.lower) ||
    ADVERBS.has(next.lower) ||
    isNumber(next) ||
    /^(?:hij|zij|ze|het|er|hem|hen|haar|hun|zich|wij|we|men)$/u.test(next.lower) ||
    finiteAt(tokens, i + 1) !== undefined
  );
}

/** An `om … te <verb>` clause starting at `i` (not `om` as a preposition: `om hack en inmenging`). */
export function isOmTe(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.lower !== 'om' || tokens[i]?.quoted) return false;
  for (let k = i + 1; k < tokens.length - 1; k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'te' && !t.quoted) return true;
    if (endsPhrase(t) && !t.quoted) return false;
  }
  return false;
}

/** A comma clause that attributes the sentence: `, meldt het Witte Huis`, `, zo heeft een woordvoerster gezegd`. */
export function isAttributionAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.quoted || !ATTRIBUTION_VERBS.has(t.lower)) return false;
  if (t.lower === 'aldus' || t.lower === 'zo') return true;
  if (t.lower === 'heeft' || t.lower === 'hebben' || t.lower === 'is') {
    for (let k = i + 1; k < tokens.length; k++) {
      const w = tokens[k] as Token;
      if (ATTRIBUTION_PARTICIPLES.has(w.lower)) return true;
      if (endsPhrase(w)) return false;
    }
    return false;
  }
  return true;
}

/** A comma after word `i` that may end a clause: after a plain word, or after a quotation's closing mark (`positief’,`). */
export function commaAfter(t: Token | undefined): boolean {
  if (!t || !endsPhrase(t)) return false;
  return !t.quoted || /[”’»"'][,;:]$/u.test(t.post);
}

/**
 * Where the main clause starting at `from` ends: before a comma that opens a subordinate or
 * coordinate clause or an attribution. (A `dat` or `om … te` clause without a comma stays: it
 * may be the verb's object, and the length fit drops it when it must.) Quotations are never cut.
 */
export function clauseEnd(tokens: readonly Token[], from: number): { end: number; attribution: number } {
  for (let i = Math.max(from, 1); i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.quoted) continue;
    // `…; de gasprijs steeg`: a semicolon ends the clause; so does `en` before a second finite verb (`duurden … en verliepen`).
    if (/;$/u.test((tokens[i - 1] as Token).post)) return { end: i, attribution: -1 };
    if ((t.lower === 'en' || t.lower === 'maar') && finiteAt(tokens, i + 1) && !commaAfter(tokens[i - 1]))
      return { end: i, attribution: -1 };
    if (!commaAfter(tokens[i - 1])) continue;
    if (isAttributionAt(tokens, i)) return { end: i, attribution: i };
    const pair = `${t.lower} ${tokens[i + 1]?.lower ?? ''}`;
    if (SUBORDINATORS.has(t.lower) || SUBORDINATORS.has(pair) || COORDINATORS.has(t.lower)) return { end: i, attribution: -1 };
    // `… aangenomen, het zeventiende sinds het begin van de oorlog`: after the clause's last verb, a noun phrase is an afterthought.
    if (PARTICIPLES.has((tokens[i - 1] as Token).lower) && ARTICLES.has(t.lower)) return { end: i, attribution: -1 };
  }
  return { end: tokens.length, attribution: -1 };
}

/** The main clause of a sentence's words, or null when no finite verb or subject is found. */
export function analyse(tokens: readonly Token[]): Clause | null {
  let finite = -1;
  let frontEnd = 0;
  const first = tokens[0];
  // `Wat een plechtige ondertekening had moeten worden, ontaardde …`: a clause as subject, beyond these rules.
  if (!first || first.lower === 'wat' || first.lower === 'wie') return null;
  // A question is no statement to rewrite.
  if (/\?/u.test(tokens[tokens.length - 1]?.post ?? '')) return null;
  if (LEADING_SUBORDINATORS.has(first.lower)) {
    // `Omdat India Russische olie blijft kopen, komt er …`: the main clause starts after the comma.
    for (let i = 1; i < tokens.length - 1 && finite === -1; i++) {
      if (endsPhrase(tokens[i] as Token) && !(tokens[i] as Token).quoted && finiteAt(tokens, i + 1)) finite = i + 1;
    }
    if (finite === -1) return null;
    frontEnd = finite;
  } else {
    finite = findFinite(tokens, 0, tokens.length);
    if (finite === -1) return null;
    frontEnd = finite > 0 && opensAdverbial(tokens) ? finite : 0;
    // `Na ruim drie uur praten in een villa … zijn Biden en Poetin …`: a plural present inside the
    // opening phrase is an infinitive used as a noun when an auxiliary follows before the first comma.
    const candidate = tokens[finite] as Token;
    if (frontEnd > 0 && candidate.lower.endsWith('en') && !isAuxiliary(candidate.lower) && !(finiteAt(tokens, finite) as Finite).past) {
      for (let k = finite + 1; k < tokens.length && !commaAfter(tokens[k - 1]); k++) {
        if (isAuxiliary((tokens[k] as Token).lower) && finiteAt(tokens, k)) {
          finite = k;
          frontEnd = k;
          break;
        }
      }
    }
  }
  const verb = finiteAt(tokens, finite) as Finite;
  const inverted = frontEnd > 0 || finite === 0;
  const subject: [number, number] = inverted ? invertedSubject(tokens, finite + 1) : [0, finite];
  if (subject[1] <= subject[0]) return null;
  // A subject that opens with a bare verb form (`blijven wilden …`) means the sentence was misread.
  const opener = tokens[subject[0]] as Token;
  if (!isCapitalised(opener) && opener.lower !== 'er' && (PARTICIPLES.has(opener.lower) || finiteOf(opener.lower))) return null;
  const { end, attribution } = clauseEnd(tokens, inverted ? subject[1] : finite + 1);
  if (end <= finite) return null;
  return { finite, verb, subject, front: [0, frontEnd], end, attribution };
}

/** A finite verb from word `from` to the next comma: also one written with its particle (`binnenvalt`). */
function hasVerb(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // A one-word separable verb counts when finite (`binnenvalt`), not as an infinitive (`sinds zijn aantreden`).
    if (!t.quoted && (finiteAt(tokens, i) || !(splitSeparable(t.lower)?.finite.endsWith('en') ?? true))) return true;
    if (commaAfter(t)) return false;
  }
  return false;
}

/** Word `i` of the clause opens a subordinate clause: `dat Rusland …`, `om … te …`, `die …`. */
export function opensSubordinate(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.quoted) return false;
  if (t.lower === 'dat') return isConjunctionDat(tokens, i);
  if (t.lower === 'die') return isRelativeDie(tokens, i);
  if (t.lower === 'om') return isOmTe(tokens, i);
  // `als Rusland Oekraïne binnenvalt` is a clause, `als vergelding` a phrase: a clause has a verb.
  if (t.lower === 'als') return hasVerb(tokens, i + 2);
  if (!SUBORDINATORS.has(t.lower) || DETERMINERS.has(t.lower)) return false;
  // `sinds zijn aantreden` is a phrase, `sinds Biden aantrad` a clause: a clause has a verb.
  return !PREPOSITIONS.has(t.lower) || hasVerb(tokens, i + 2);
}
