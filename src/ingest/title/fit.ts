/**
 * Length and ending: a derived headline is at most 90 characters and ends on a whole phrase,
 * never on `de`, `van`, `en`, `dat` or an ellipsis. Too long, it loses whole phrases (an
 * adverbial moved from the front first, then prepositional phrases from the right), never
 * the subject, the verb or a verb particle. A sentence the rules cannot compress is cut at a
 * clause or phrase boundary instead.
 */
import type { Chunk, ChunkKind } from './chunks.ts';
import { findFinite, isAdjectiveLike, opensSubordinate } from './clause.ts';
import { COORDINATORS, finiteOf, isAuxiliary, isDangling, PARTICIPLES, PREPOSITIONS, SUBORDINATORS } from './lexicon.ts';
import { endsPhrase, join, type Token } from './tokens.ts';

export const MAX_HEADLINE = 90;
/** Real headlines are ~40–60 characters: past this, a headline loses its droppable extras (SOFT_DROPS) as well. */
export const SOFT_HEADLINE = 70;
/** Asides, subordinate clauses and where-and-how phrases before an object: what a headline near the soft limit can spare. */
export const SOFT_DROPS: readonly ChunkKind[] = ['clause', 'adjunct'];
/** A first sentence up to this length may stand as the title when no rule applies. */
export const MAX_SENTENCE = 110;
/** A cut shorter than this says too little: better a longer whole sentence. */
const MIN_CUT = 25;

/** Closing punctuation a headline does not end on. */
const TRAILING = /[,;:.\s–—-]+$/u;

/** Without trailing commas or a final full stop. */
export const trimEnd = (text: string): string => text.replace(TRAILING, '');

/** The words of the chunks, without trailing commas or a final full stop. */
export function chunksText(chunks: readonly Chunk[]): string {
  let text = '';
  for (let k = 0; k < chunks.length; k++) {
    const chunk = chunks[k] as Chunk;
    // A comma stays only before the chunk it introduced: `graan, verlengd` loses it when the apposition went.
    if (k > 0 && !chunk.afterComma) text = text.replace(/,$/u, '');
    text += (text === '' ? '' : ' ') + join(chunk.tokens);
  }
  return text.replace(TRAILING, '');
}

/** A word no headline ends on: an article, conjunction, preposition (unless it is the verb's particle), a title. */
export function dangles(last: Token | undefined, particle: boolean): boolean {
  if (!last) return true;
  if (last.quoted) return false;
  // `Poetin heeft` (its object dropped) dangles as much as `… van de`.
  if (isDangling(last.lower) || isAuxiliary(last.lower)) return true;
  return PREPOSITIONS.has(last.lower) && !particle;
}

/**
 * What a too-long headline loses first: an aside after a comma, a moved front adverbial, adjuncts,
 * a subordinate clause, phrases, the phrases inside the subject, and last the rest of a list
 * (`opgeven, | zijn leger verkleinen en …`), whole.
 */
const DROP_ORDER: readonly ChunkKind[] = ['aside', 'front', 'adjunct', 'clause', 'phrase', 'modifier', 'list'];

/** The next chunk to drop: in DROP_ORDER, the rightmost of a kind first; a chunk naming a person only when nothing else is left. */
function victimOf(chunks: readonly Chunk[], namesPerson: (c: Chunk) => boolean, order: readonly ChunkKind[]): number {
  for (const spare of [true, false]) {
    for (const kind of order) {
      for (let i = chunks.length - 1; i >= 0; i--) {
        const c = chunks[i] as Chunk;
        if (c.kind === kind && !(spare && namesPerson(c))) return i;
      }
    }
  }
  return -1;
}

/** The joined length of a chunk's words, with the space before each. */
const chunkLength = (c: Chunk): number => c.tokens.reduce((n, t) => n + 1 + t.pre.length + t.core.length + t.post.length, 0);

const opensWithVan = (c: Chunk): boolean => c.kind === 'phrase' && c.tokens[0]?.lower === 'van';

/**
 * Drop whole chunks until the headline fits. Who did what matters most: phrases naming a person go
 * last. Then, since dropping in order can overshoot (a second drop makes the first unnecessary),
 * the dropped chunks are offered back, the last dropped first, wherever they still fit.
 */
export function fitChunks(
  chunks: readonly Chunk[],
  max = MAX_HEADLINE,
  namesPerson: (c: Chunk) => boolean = () => false,
  order: readonly ChunkKind[] = DROP_ORDER,
): Chunk[] | null {
  const kept = chunks.map(() => true);
  const live = (): Chunk[] => chunks.filter((_, k) => kept[k]);
  const dropped: number[] = [];
  // Lengths add up without joining text; the final check uses the real text (trailing commas go).
  let length = chunks.reduce((n, c) => n + chunkLength(c), 0) - 1;
  while (length > max + 1 || (length > max - 3 && chunksText(live()).length > max)) {
    const remaining = live();
    const victim = victimOf(remaining, namesPerson, order);
    if (victim === -1) return null;
    const index = chunks.indexOf(remaining[victim] as Chunk);
    // A `van` phrase belongs to the phrase before it (`naar vijf procent | van het bbp`): it goes along.
    for (let k = index; k === index || (k < chunks.length && opensWithVan(chunks[k] as Chunk)); k++) {
      if (!kept[k]) continue;
      kept[k] = false;
      dropped.push(k);
      length -= chunkLength(chunks[k] as Chunk);
    }
  }
  for (const index of dropped.reverse().slice(1)) {
    // Only next to what it stood beside: a phrase may belong to the one before it (`voor de hack | in de verkiezingen`).
    if (!kept[index - 1]) continue;
    kept[index] = true;
    const back = live();
    const last = back[back.length - 1]?.tokens.at(-1);
    if (chunksText(back).length > max || (back[back.length - 1]?.kind !== 'core' && dangles(last, false))) kept[index] = false;
  }
  return live();
}

/** Quotation marks opened and closed in balance (a cut never leaves half a quotation). */
function balanced(tokens: readonly Token[]): boolean {
  let open = 0;
  for (const t of tokens) {
    if (/[“„‘«]/u.test(t.pre)) open++;
    if (/[”’»]/u.test(t.post)) open--;
  }
  return open === 0;
}

/**
 * For each cut position, whether a subordinate clause is open there without its verb yet (Dutch
 * puts it last: `als er geen akkoord komt`): a cut after `als er` leaves half a clause.
 */
function openSubordinates(tokens: readonly Token[]): boolean[] {
  const open: boolean[] = [false];
  let waiting = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.quoted && SUBORDINATORS.has(t.lower) && opensSubordinate(tokens, i)) waiting = true;
    else if (waiting && !t.quoted && (finiteOf(t.lower) !== undefined || PARTICIPLES.has(t.lower))) waiting = false;
    open.push(waiting);
  }
  return open;
}

/** A title from a sentence no rule compresses: the sentence if ≤ 110 characters, else a cut at a clause or phrase boundary. */
export function fallbackTitle(tokens: readonly Token[]): string | null {
  const whole = join(tokens).replace(/[.;:,\s]+$/u, '');
  if (whole.length <= MAX_SENTENCE) return whole;
  const finite = findFinite(tokens, 0, tokens.length);
  const unfinished = openSubordinates(tokens);
  let best: string | null = null;
  let bestRank = -1;
  for (let end = tokens.length - 1; end > 0; end--) {
    const prefix = tokens.slice(0, end);
    const last = prefix[prefix.length - 1] as Token;
    const next = tokens[end] as Token;
    if ((last.quoted && next.quoted) || unfinished[end]) continue;
    // `en` joins noun phrases as often as clauses: a boundary only after a comma.
    const clause = endsPhrase(last) || (SUBORDINATORS.has(next.lower) && !COORDINATORS.has(next.lower));
    const phrase = PREPOSITIONS.has(next.lower);
    const text = join(prefix).replace(TRAILING, '');
    // An adjective without its noun (`tussen Amerikaanse`) dangles too.
    if (text.length > MAX_HEADLINE || text.length < MIN_CUT || dangles(last, false) || isAdjectiveLike(last) || !balanced(prefix)) continue;
    // Longer says more; a clause boundary counts for 20 characters more than a phrase boundary, any other word for 60 less;
    // a cut that keeps the main verb beats one that does not.
    const rank = text.length + (clause ? 20 : phrase ? 0 : -60) + (finite !== -1 && end > finite ? 100 : 0);
    if (rank > bestRank) {
      best = text;
      bestRank = rank;
    }
  }
  return best;
}
