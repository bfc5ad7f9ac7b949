/**
 * The headline's words in headline order (subject, finite verb, the rest), grouped into the
 * phrases a length fit may drop as a whole: a prepositional phrase (`in de Turkse hoofdstad
 * Ankara`, with its `van` phrases), a subordinate or `om … te` clause, an aside after a comma,
 * an adverbial moved from the front. Subject, verb and a verb particle are never dropped.
 */
import type { Clause } from './clause.ts';
import { commaAfter, finiteAt, isConjunctionDat, isOmTe } from './clause.ts';
import type { Draft } from './draft.ts';
import { COORDINATORS, DETERMINERS, finiteOf, PARTICIPLES, PREPOSITIONS, SUBORDINATORS, splitSeparable } from './lexicon.ts';
import { isCapitalised, type Token, withCore } from './tokens.ts';

/**
 * `core`: subject, verb, particle; `front`: an adverbial moved from before the verb; `aside`: a
 * phrase after a comma, up to the next; `list`: the rest of a list after a comma (`, gas en
 * steenkool`), kept whole; `clause`: a subordinate or `om … te` clause, to the end;
 * `adjunct`: a prepositional phrase before an object (`pakt in Jekaterinenburg | een verslaggever
 * op`: where and how, not what); `phrase`: any other prepositional phrase; `object`: anything
 * else (objects, adverbs).
 */
export type ChunkKind = 'core' | 'front' | 'aside' | 'list' | 'clause' | 'adjunct' | 'phrase' | 'object';

export interface Chunk {
  kind: ChunkKind;
  tokens: Token[];
}

/** Word `i` of the clause opens a subordinate clause: `dat Rusland …`, `om … te …`, `die …`. */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.quoted) return false;
  if (t.lower === 'dat') return isConjunctionDat(tokens, i);
  if (t.lower === 'om') return isOmTe(tokens, i);
  // `als Rusland Oekraïne binnenvalt` is a clause, `als vergelding` a phrase: a clause has a verb.
  if (t.lower === 'als') return hasVerb(tokens, i + 2);
  return SUBORDINATORS.has(t.lower) && !DETERMINERS.has(t.lower);
}

/** An infinitive or participle of the clause's verb (`kan … beginnen`, `is … vrijgelaten`): part of the core. */
function isVerbForm(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.quoted || isCapitalised(t)) return false;
  if (PARTICIPLES.has(t.lower)) return !DETERMINERS.has(tokens[i - 1]?.lower ?? '');
  return (
    finiteOf(t.lower)?.number === 'pl' && finiteAt(tokens, i) !== undefined && tokens[i - 1]?.lower !== 'te' && endsClauseHere(tokens, i)
  );
}

/** Word `i` stands at the end of its clause: the last word, or one before a comma or a preposition. */
function endsClauseHere(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !next || commaAfter(tokens[i]) || PREPOSITIONS.has(next.lower);
}

/** A finite verb from word `from` to the next comma: also one written with its particle (`binnenvalt`). */
function hasVerb(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.quoted && (finiteAt(tokens, i) || splitSeparable(t.lower))) return true;
    if (commaAfter(t)) return false;
  }
  return false;
}

/** The comma before word `i` separates items of a list (`olie, gas en steenkool`): an `en` or `of` follows before the next comma. */
function continuesList(tokens: readonly Token[], i: number): boolean {
  // `, in een ander land dan de VS of Rusland` is a phrase set off by a comma, not a list item.
  if (PREPOSITIONS.has((tokens[i] as Token).lower)) return false;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.quoted) return false;
    if ((t.lower === 'en' || t.lower === 'of') && !commaAfter(tokens[k - 1])) return true;
    if (commaAfter(t) || SUBORDINATORS.has(t.lower)) return false;
  }
  return false;
}

/** A determiner after a noun starts a new noun phrase (`in Ankara | een ontmoeting`), unless coordinated. */
function opensNounPhrase(t: Token, prev: Token | undefined): boolean {
  if (t.quoted || !prev || !(t.lower === 'de' || t.lower === 'het' || t.lower === 'een')) return false;
  return !PREPOSITIONS.has(prev.lower) && !DETERMINERS.has(prev.lower) && !COORDINATORS.has(prev.lower);
}

/** The front adverbial as it reads inside the clause: `In een telefoongesprek,` → `in een telefoongesprek`. */
function movedFront(tokens: Token[]): Token[] {
  const first = tokens[0];
  if (first && (PREPOSITIONS.has(first.lower) || DETERMINERS.has(first.lower))) tokens[0] = withCore(first, first.lower);
  const last = tokens[tokens.length - 1];
  if (last) tokens[tokens.length - 1] = { ...last, post: last.post.replace(/,$/u, '') };
  return tokens;
}

/**
 * The clause's kept words as chunks, subject and verb first. `particle` is the index of a particle
 * at the clause's end, or -1; `keepClause` makes a subordinate clause part of the core (the object
 * of `zegt`, without which the headline says nothing).
 */
export function chunksOf(draft: Draft, clause: Clause, particle: number, moveFront: boolean, keepClause = false): Chunk[] {
  const [subjectFrom, subjectTo] = clause.subject;
  const take = (indices: number[]): Token[] => indices.map((i) => draft.at(i) as Token);
  const chunks: Chunk[] = [{ kind: 'core', tokens: take(draft.live(subjectFrom, subjectTo)) }];
  if (!draft.isDropped(clause.finite)) chunks.push({ kind: 'core', tokens: take([clause.finite]) });
  if (moveFront) chunks.push({ kind: 'front', tokens: movedFront(take(draft.live(clause.front[0], clause.front[1]))) });
  let current: Chunk | null = null;
  for (const i of draft.live(clause.finite + 1, clause.end)) {
    if (i >= subjectFrom && i < subjectTo) continue;
    const t = draft.at(i) as Token;
    const prev = current?.tokens[current.tokens.length - 1];
    let kind: ChunkKind | null = null;
    if (i === particle) kind = 'core';
    else if ((current?.kind === 'clause' && !commaAfter(prev)) || (prev?.quoted && t.quoted)) kind = null;
    else if (isVerbForm(draft.tokens, i)) kind = 'core';
    else if (opensClause(draft.tokens, i)) kind = keepClause ? 'core' : 'clause';
    else if (commaAfter(prev)) kind = continuesList(draft.tokens, i) ? 'list' : 'aside';
    else if (current?.kind === 'aside' || current?.kind === 'list') kind = null;
    else if (!t.quoted && PREPOSITIONS.has(t.lower)) kind = 'phrase';
    else if (opensNounPhrase(t, prev) || current?.kind === 'core') kind = 'object';
    if (kind !== null || current === null) {
      if (kind === 'object' && current?.kind === 'phrase') current.kind = 'adjunct';
      // The list's first item stays with the rest of it.
      if (kind === 'list' && current && current.kind !== 'core') current.kind = 'object';
      current = { kind: kind ?? 'object', tokens: [] };
      chunks.push(current);
    }
    current.tokens.push(t);
  }
  return chunks.filter((c) => c.tokens.length > 0);
}
