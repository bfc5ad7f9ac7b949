/**
 * The headline's words in headline order (subject, finite verb, the rest), grouped into the
 * phrases a length fit may drop as a whole: a prepositional phrase (`in de Turkse hoofdstad
 * Ankara`, with its `van` phrases), a subordinate or `om … te` clause, an aside after a comma,
 * an adverbial moved from the front. Subject, verb and a verb particle are never dropped.
 */
import type { Clause } from './clause.ts';
import { commaAfter, finiteAt, opensSubordinate } from './clause.ts';
import type { Draft } from './draft.ts';
import {
  ADVERBS,
  CLAUSE_TAKERS,
  COORDINATORS,
  DETERMINERS,
  isWeekday,
  finiteOf,
  PARTICIPLES,
  PARTICLES,
  PREPOSITIONS,
  SUBORDINATORS,
  splitSeparable,
} from './lexicon.ts';
import { isCapitalised, type Token, withCore } from './tokens.ts';

/**
 * `core`: subject, verb, particle; `complement`: the opening of a `dat` clause that is the verb's
 * object (never dropped; its phrases may be); `front`: an adverbial moved from before the verb; `aside`: a
 * phrase after a comma, up to the next; `list`: the rest of a list after a comma (`, gas en
 * steenkool`), kept or dropped whole (last of all); `clause`: a subordinate or `om … te` clause, to the end;
 * `modifier`: a prepositional phrase inside the subject; `adjunct`: a prepositional phrase before an object (`pakt in Jekaterinenburg | een verslaggever
 * op`: where and how, not what); `phrase`: any other prepositional phrase; `object`: anything
 * else (objects, adverbs).
 */
export type ChunkKind = 'core' | 'complement' | 'front' | 'aside' | 'list' | 'clause' | 'adjunct' | 'phrase' | 'modifier' | 'object';

export interface Chunk {
  kind: ChunkKind;
  tokens: Token[];
  /** Starts right after a comma: when it is dropped, that comma goes too (fit.ts, chunksText). */
  afterComma?: boolean;
}

/** An infinitive or participle of the clause's verb (`kan … beginnen`, `is … vrijgelaten`): part of the core. */
function isVerbForm(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.quoted || isCapitalised(t)) return false;
  // After a determiner a participle is an adjective (`de bezette gebieden`), unless nothing follows (`zijn gevoerd`).
  if (PARTICIPLES.has(t.lower)) return !DETERMINERS.has(tokens[i - 1]?.lower ?? '') || endsClauseHere(tokens, i);
  if (!endsClauseHere(tokens, i) || tokens[i - 1]?.lower === 'te') return false;
  // `kan … beginnen`, `moet … opgeven` (an infinitive with its particle in one word).
  return (finiteOf(t.lower)?.number === 'pl' && finiteAt(tokens, i) !== undefined) || splitSeparable(t.lower) !== null;
}

/** Word `i` stands at the end of its clause: the last word, or one before a comma or a preposition. */
function endsClauseHere(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !next || commaAfter(tokens[i]) || PREPOSITIONS.has(next.lower);
}

/** The comma before word `i` separates items of a list (`olie, gas en steenkool`): an `en` or `of` follows before the next comma. */
function continuesList(tokens: readonly Token[], i: number): boolean {
  // `, in een ander land dan de VS of Rusland` is a phrase set off by a comma, not a list item.
  if (PREPOSITIONS.has((tokens[i] as Token).lower)) return false;
  // `cafés, restaurants, kappers en sportscholen`: a one-word item and its comma, the list goes on.
  if (commaAfter(tokens[i]) && !(tokens[i] as Token).quoted && i + 1 < tokens.length) return continuesList(tokens, i + 1);
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.quoted) return false;
    if ((t.lower === 'en' || t.lower === 'of') && !commaAfter(tokens[k - 1])) return true;
    // `, het verdrag tussen Rusland en de VS` is an apposition: its `en` joins inside a phrase.
    if (commaAfter(t) || SUBORDINATORS.has(t.lower) || PREPOSITIONS.has(t.lower)) return false;
  }
  return false;
}

/**
 * A preposition after a list's last item (`, brandstof en winterkleding | in Zolotoilanka`) opens a
 * phrase of its own, which may go while the list stays; before the `en` it belongs to an item.
 */
function phraseAfterList(list: Chunk, t: Token): boolean {
  if (list.kind !== 'list' || t.quoted || !PREPOSITIONS.has(t.lower)) return false;
  const last = list.tokens[list.tokens.length - 1];
  if (last === undefined || COORDINATORS.has(last.lower) || !list.tokens.some((w) => w.lower === 'en' || w.lower === 'of')) return false;
  // A list of verb phrases (`zijn grenzen openen en afzien | van …`): the phrase is what its verb needs.
  return !list.tokens.some((w) => finiteOf(w.lower) !== undefined || splitSeparable(w.lower) !== null || PARTICIPLES.has(w.lower));
}

/** A determiner after a noun starts a new noun phrase (`in Ankara | een ontmoeting`), unless coordinated. */
function opensNounPhrase(t: Token, prev: Token | undefined): boolean {
  if (t.quoted || !prev || !(t.lower === 'de' || t.lower === 'het' || t.lower === 'een')) return false;
  return !PREPOSITIONS.has(prev.lower) && !DETERMINERS.has(prev.lower) && !COORDINATORS.has(prev.lower);
}

/**
 * Whether chunksOf could find a subordinate clause or an adjunct (the chunks a headline past the
 * soft limit loses): a subordinator, or a determiner opening an object after a prepositional
 * phrase. One pass without chunking, so a headline with neither keeps the fast path.
 */
export function maySoftDrop(draft: Draft, clause: Clause): boolean {
  let phrase = false;
  let prev: Token | undefined;
  for (const i of draft.live(clause.finite + 1, clause.end)) {
    const t = draft.at(i) as Token;
    if (!t.quoted) {
      if ((SUBORDINATORS.has(t.lower) || t.lower === 'om') && opensSubordinate(draft.source, i) && !isComplement(draft, i)) return true;
      if (phrase && opensNounPhrase(t, prev)) return true;
      if (PREPOSITIONS.has(t.lower)) phrase = true;
    }
    prev = t;
  }
  return false;
}

/** The front adverbial as it reads inside the clause: `In een telefoongesprek,` → `in een telefoongesprek`. */
function movedFront(tokens: Token[]): Token[] {
  const first = tokens[0];
  if (first && (PREPOSITIONS.has(first.lower) || DETERMINERS.has(first.lower) || isWeekday(first.lower)))
    tokens[0] = withCore(first, first.lower);
  const last = tokens[tokens.length - 1];
  if (last) tokens[tokens.length - 1] = { ...last, post: last.post.replace(/,$/u, '') };
  return tokens;
}

/**
 * A `dat` or `om … te` clause right after the verb is its object (`laat weten dat …`, `is bereid
 * om …`): without it the headline says nothing, so it stays. After a noun (`het plan dat …`,
 * `naar Moskou om …`) it is a relative or purpose clause, which may go.
 */
function isComplement(draft: Draft, i: number): boolean {
  const t = draft.at(i) as Token;
  if (t.lower !== 'dat' && t.lower !== 'om') return false;
  const live = draft.live(0, i);
  const prev = draft.at(live[live.length - 1] ?? -1);
  if (!prev) return false;
  // Two-word takers: `van plan om`, `in staat om`.
  const pair = `${draft.at(live[live.length - 2] ?? -1)?.lower ?? ''} ${prev.lower}`;
  if (CLAUSE_TAKERS.has(pair)) return true;
  return (
    finiteOf(prev.lower) !== undefined ||
    PARTICIPLES.has(prev.lower) ||
    PARTICLES.has(prev.lower) ||
    ADVERBS.has(prev.lower) ||
    CLAUSE_TAKERS.has(prev.lower)
  );
}

/** The clause's kept words in headline order (subject, finite verb, moved front adverbial, the rest), without chunking. */
export function headlineOrder(draft: Draft, clause: Clause, moveFront: boolean): Token[] {
  const [subjectFrom, subjectTo] = clause.subject;
  const words: Token[] = [];
  for (const i of draft.live(subjectFrom, subjectTo)) words.push(draft.at(i) as Token);
  if (!draft.isDropped(clause.finite)) words.push(draft.at(clause.finite) as Token);
  if (moveFront) words.push(...movedFront(draft.live(clause.front[0], clause.front[1]).map((i) => draft.at(i) as Token)));
  for (const i of draft.live(clause.finite + 1, clause.end)) if (i < subjectFrom || i >= subjectTo) words.push(draft.at(i) as Token);
  return words;
}

/**
 * The subject: its head is core; prepositional phrases after it (`De gesprekken | tussen … | in
 * Genève | over het vredesplan`) may go when the headline is too long, last of all.
 */
function subjectChunks(tokens: Token[]): Chunk[] {
  const chunks: Chunk[] = [{ kind: 'core', tokens: [] }];
  let current = chunks[0] as Chunk;
  for (const [k, t] of tokens.entries()) {
    const prev = current.tokens[current.tokens.length - 1];
    // `Het verdrag, het belangrijkste akkoord sinds de inval, is …`: an apposition between commas goes
    // first; `VS, EU, VK en Canada` is a list, which stays.
    const aside = commaAfter(prev) && current.kind !== 'aside' && !continuesList(tokens, k);
    const phrase = !aside && current.kind !== 'aside' && current.tokens.length > 0 && !t.quoted && PREPOSITIONS.has(t.lower);
    if (aside || phrase) {
      current = { kind: aside ? 'aside' : 'modifier', tokens: [], afterComma: aside };
      chunks.push(current);
    }
    current.tokens.push(t);
    if (current.kind === 'aside' && commaAfter(t)) current = { kind: 'modifier', tokens: [] } as Chunk;
  }
  return chunks.filter((c) => c.tokens.length > 0);
}

/** At most this many words between a comma and a subordinate clause lead into it (`een dag nadat`). */
const MAX_LEAD_IN = 3;

/** The clause's kept words as chunks, subject and verb first. `particle` is the index of a particle at the clause's end, or -1. */
export function chunksOf(draft: Draft, clause: Clause, particle: number, moveFront: boolean): Chunk[] {
  const [subjectFrom, subjectTo] = clause.subject;
  const take = (indices: number[]): Token[] => indices.map((i) => draft.at(i) as Token);
  const chunks: Chunk[] = subjectChunks(take(draft.live(subjectFrom, subjectTo)));
  if (!draft.isDropped(clause.finite)) chunks.push({ kind: 'core', tokens: take([clause.finite]) });
  if (moveFront) chunks.push({ kind: 'front', tokens: movedFront(take(draft.live(clause.front[0], clause.front[1]))) });
  let current = null as Chunk | null;
  let inComplement = false;
  // The current chunk began after a comma in the sentence as written (also one whose word went: `verklaard, een dag nadat`).
  let afterSourceComma = false;
  for (const i of draft.live(clause.finite + 1, clause.end)) {
    if (i >= subjectFrom && i < subjectTo) continue;
    const t = draft.at(i) as Token;
    const prev = current === null ? undefined : current.tokens[current.tokens.length - 1];
    let kind: ChunkKind | null = null;
    if (i === particle) kind = 'core';
    else if ((current?.kind === 'clause' && !commaAfter(prev)) || (prev?.quoted && t.quoted)) kind = null;
    // A list or aside runs to the next comma, but a subordinate clause inside it (`belastingen, heffingen en
    // sancties | als er geen akkoord komt`) is a clause of its own: it may go, the list stays.
    else if (
      (current?.kind === 'aside' || current?.kind === 'list') &&
      !commaAfter(prev) &&
      !opensSubordinate(draft.source, i) &&
      !phraseAfterList(current, t)
    )
      kind = null;
    else if (isVerbForm(draft.tokens, i)) kind = 'core';
    // Inside a `dat` clause its verb is the one found: `sinds`, `als` open phrases there (`dat er sinds het begin …`).
    else if (opensSubordinate(draft.source, i) && !(inComplement && PREPOSITIONS.has(t.lower)))
      kind = isComplement(draft, i) ? 'complement' : 'clause';
    else if (commaAfter(prev)) kind = continuesList(draft.tokens, i) ? 'list' : 'aside';
    else if (!t.quoted && PREPOSITIONS.has(t.lower)) kind = 'phrase';
    else if (opensNounPhrase(t, prev) || current?.kind === 'core') kind = 'object';
    // `, een dag nadat …`, `, ook als …`, `, kort voordat …`: a few words after a comma that lead into a
    // subordinate clause belong to it; dropped alone, the clause would leave `een dag` behind.
    const short = current !== null && current.kind !== 'list' && current.tokens.length <= MAX_LEAD_IN;
    if (kind === 'clause' && short && afterSourceComma && !commaAfter(prev)) {
      (current as Chunk).kind = 'clause';
      kind = null;
    }
    if (commaAfter(prev)) inComplement = false;
    if (kind === 'complement') inComplement = true;
    if (kind !== null || current === null) {
      if (kind === 'object' && current?.kind === 'phrase') current.kind = 'adjunct';
      // The list's first item stays with the rest of it: its phrases back to its head.
      for (let k = chunks.length - 1; kind === 'list' && k >= 2; k--) {
        const item = chunks[k] as Chunk;
        if (item.kind === 'phrase' || item.kind === 'adjunct') item.kind = 'object';
        else if (item.kind === 'object') break;
      }
      current = { kind: kind ?? 'object', tokens: [], afterComma: commaAfter(prev) };
      chunks.push(current);
      afterSourceComma = commaAfter(prev) || commaAfter(draft.source[i - 1]);
    }
    current.tokens.push(t);
  }
  return chunks.filter((c) => c.tokens.length > 0);
}
