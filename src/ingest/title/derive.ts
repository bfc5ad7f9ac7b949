/**
 * A headline for an article without one, made from its lede the way a Dutch news desk writes
 * one: the main clause of the first sentence, subject first, in the present tense, people by
 * surname, without the day it happened or who reported it, without articles, at most 90
 * characters and ending on a whole phrase. A person the sentence is attributed to leads with a
 * colon (`Sullivan: …`). When the rules do not recognise the sentence (no finite verb, a
 * question), the first sentence stands as it is if it is short enough, else it is cut at a clause
 * boundary. Never an ellipsis.
 *
 * Steps, one module each: clause.ts (finite verb, subject, clause end), adverbials.ts (time),
 * tense.ts (perfect and past → present), names.ts (appositions, surnames, short forms),
 * speech.ts (speaker and `X zegt dat Y` → `X: Y`), chunks.ts + articles.ts + fit.ts (order,
 * articles, length).
 */
import { DEFAULT_NOISE_RULES } from '../noise.ts';
import { splitSentences } from '../repeats.ts';
import { dropFillers, dropTimeAdverbials, namesDay } from './adverbials.ts';
import { dropArticles } from './articles.ts';
import { analyse, type Clause, commaAfter, findFinite, isAttributionAt, timeSpan } from './clause.ts';
import { type Chunk, chunksOf, headlineOrder, maySoftDrop } from './chunks.ts';
import { Draft } from './draft.ts';
import { chunksText, dangles, fallbackTitle, fitChunks, MAX_HEADLINE, MAX_SENTENCE, SOFT_DROPS, SOFT_HEADLINE, trimEnd } from './fit.ts';
import {
  ADVERBS,
  ANAPHORS,
  DETERMINERS,
  finiteOf,
  isKnownSurname,
  isPresentFinite,
  PREPOSITIONS,
  SAYING_VERBS,
  SPEAKER_VERBS,
  TITLE_NOISE,
} from './lexicon.ts';
import { ageAfterSubject, groupToNames, nameAt, shortenNames } from './names.ts';
import { reportedClause, speakerOf } from './speech.ts';
import { toPresent } from './tense.ts';
import { capitalise, join, LazySentence, type Token, tokenize } from './tokens.ts';

const EMPTY_TITLE = 'Zonder titel';
const NEGATIONS = new Set(['nooit', 'niet', 'geen', 'nergens', 'niemand', 'niets']);

/**
 * The clause's verb may tell what is to come: a present tense, but not one that reports speech
 * (`Gerasimov zegt maandag dat …`: the day is when it was said).
 */
function toCome(finite: string): boolean {
  if (!isPresentFinite(finite) || SPEAKER_VERBS.has(finite)) return false;
  const participle = finiteOf(finite)?.participle;
  return participle === undefined || !SAYING_VERBS.has(participle);
}

/**
 * A non-time adverbial before the verb (`In een telefoongesprek met Poetin heeft Biden …`) moves
 * after it, and so does the day something is to happen (`Op 16 juni zitten Biden en Poetin …`);
 * anything else there goes.
 */
function frontIsMovable(tokens: readonly Token[], clause: Clause, present: boolean): boolean {
  const [from, to] = clause.front;
  if (to === from) return false;
  if (present && timeSpan(tokens, from) === to - from && namesDay(tokens, from, to - from)) return true;
  const first = tokens[from] as Token;
  if (!PREPOSITIONS.has(first.lower) || first.lower === 'volgens') return false;
  return timeSpan(tokens, from) < to - from;
}

/**
 * After a colon the clause goes on in the case its first word had in the source: `Biden: gesprek
 * met Poetin was goed` (from `Het gesprek`), `Hegseth: Oekraïne moet …`. A sentence's first word
 * is lowered only when it is a function word (its capital was the sentence's, not a name's).
 */
function afterColon(text: string, source: readonly Token[]): string {
  const first = /^\S+/u.exec(text)?.[0] ?? '';
  const lower = first.toLowerCase();
  const at = source.findIndex((t) => t.lower === lower);
  const inner = at > 0 ? (source[at] as Token).core : null;
  const function_ = DETERMINERS.has(lower) || ADVERBS.has(lower) || PREPOSITIONS.has(lower) || ANAPHORS.has(lower);
  const cased = inner ?? (function_ ? lower : first);
  return cased + text.slice(first.length);
}

/** `t` is the verb's particle (at index `particle`, or -1): the headline may end on it. */
const isParticle = (draft: Draft, particle: number, t: Token | undefined): boolean =>
  particle !== -1 && t?.core === draft.at(particle)?.core;

/** A phrase naming a person, or saying how it ended (`zonder resultaat`), goes last. Module-level: no closure per headline. */
function dropsLast(c: Chunk): boolean {
  const tokens = c.tokens;
  if (tokens[0]?.lower === 'zonder') return true;
  for (const t of tokens) if (isKnownSurname(t.core)) return true;
  return false;
}

interface Compressed {
  /** In the case the words had in the sentence (not yet capitalised). */
  text: string;
}

/** The main clause of one sentence as a headline (without speaker), or null when the rules do not recognise it. */
function compressClause(
  tokens: readonly Token[],
  clause: Clause,
  dropSpan: [number, number] | null,
  max = MAX_HEADLINE,
): Compressed | null {
  // `Nog nooit waren …`: a negation before the verb is no adverbial to drop or move.
  for (let i = clause.front[0]; i < clause.front[1]; i++) if (NEGATIONS.has((tokens[i] as Token).lower)) return null;
  const draft = new Draft(tokens);
  const present = toCome((tokens[clause.finite] as Token).lower);
  const moveFront = frontIsMovable(tokens, clause, present);
  if (!moveFront) draft.dropSpan(clause.front[0], clause.front[1]);
  if (dropSpan) draft.dropSpan(dropSpan[0], dropSpan[1]);
  draft.dropSpan(clause.end, tokens.length);
  const particle = toPresent(draft, clause);
  dropTimeAdverbials(draft, 0, clause.end, present);
  dropFillers(draft, 0, clause.end);
  shortenNames(draft, 0, clause.end);
  groupToNames(draft, clause.subject[0], clause.subject[1]);
  if (clause.subject[0] < clause.finite) ageAfterSubject(draft, clause.subject[1], clause.finite + 1, clause.end);
  // Most headlines fit as they are: then the words in headline order are all there is to it.
  const words = dropArticles(headlineOrder(draft, clause, moveFront));
  const whole = trimEnd(join(words));
  const fits = whole.length <= max && words.length > 0;
  if (fits && (whole.length <= SOFT_HEADLINE || !maySoftDrop(draft, clause)))
    return dangles(words[words.length - 1], isParticle(draft, particle, words[words.length - 1])) ? null : { text: whole };
  const chunks: Chunk[] = chunksOf(draft, clause, particle, moveFront)
    .map((c) => ({ ...c, tokens: dropArticles(c.tokens) }))
    .filter((c) => c.tokens.length > 0);
  let fitted = fits ? chunks : fitChunks(chunks, max, dropsLast);
  if (!fitted) return null;
  // Past the length real headlines have, what is only an aside, a subordinate clause or where and how goes too.
  if ((fits ? whole : chunksText(fitted)).length > SOFT_HEADLINE)
    fitted = fitChunks(fitted, SOFT_HEADLINE, dropsLast, SOFT_DROPS) ?? fitted;
  const all = fitted.flatMap((c) => c.tokens);
  const last = all[all.length - 1];
  if (all.length === 0 || dangles(last, isParticle(draft, particle, last))) return null;
  return { text: chunksText(fitted) };
}

/** The words before a colon that opens a sentence (`Witte rook boven de Sixtijnse Kapel:`), or -1: a kicker, not a clause. */
function kickerEnd(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length - 3; i++) {
    const t = tokens[i] as Token;
    if (t.quoted) return -1;
    if (/:$/u.test(t.post)) return findFinite(tokens, 0, i + 1) === -1 ? i + 1 : -1;
  }
  return -1;
}

/** The kicker as a headline writes it: names shortened, no articles, no colon. */
function kickerText(tokens: readonly Token[]): string {
  const draft = new Draft(tokens);
  shortenNames(draft, 0, tokens.length);
  return join(dropArticles(draft.live().map((i) => draft.at(i) as Token))).replace(/[:,;]$/u, '');
}

/**
 * `Kicker: clause`. When the clause only points back (`…: dat is volgens Trump de beste manier`),
 * the kicker is what was said and its speaker leads (`Trump: …`); else the kicker stays before the
 * compressed clause if both fit.
 */
function compressKicker(tokens: readonly Token[], end: number, next: LazySentence | null): string | null {
  const kicker = kickerText(tokens.slice(0, end));
  const body = tokens.slice(end);
  const clause = analyse(body);
  if (!clause || kicker === '') return null;
  const [from, to] = clause.subject;
  if (to - from === 1 && ANAPHORS.has((body[from] as Token).lower)) {
    const speaker = speakerOf(body, clause, next);
    const text = speaker && speaker.name !== '' ? `${speaker.name}: ${afterColon(kicker, tokens)}` : null;
    return text !== null && text.length <= MAX_HEADLINE ? text : null;
  }
  const inner = compress(body, next);
  if (inner === null) return null;
  const both = `${kicker}: ${afterColon(inner, body)}`;
  return both.length <= MAX_HEADLINE ? both : inner;
}

/** `“We hebben lang gesproken”, zei Biden …` → `Biden: “We hebben lang gesproken”`, or null. */
function quoteFirst(tokens: readonly Token[]): string | null {
  let end = 0;
  while (end < tokens.length && (tokens[end] as Token).quoted) end++;
  if (end === 0 || end === tokens.length || !commaAfter(tokens[end - 1]) || !isAttributionAt(tokens, end)) return null;
  const speaker = firstPerson(tokens.slice(end));
  if (!speaker) return null;
  const quote = join(tokens.slice(0, end)).replace(/,$/u, '');
  const text = `${speaker}: ${quote}`;
  return text.length <= MAX_HEADLINE ? text : null;
}

/** One sentence as a headline: `Speaker: clause`, the compressed clause, or null. `colon: false` asks for a plain clause. */
function compress(tokens: readonly Token[], next: LazySentence | null, colon = true): string | null {
  const kicker = kickerEnd(tokens);
  if (kicker !== -1) return compressKicker(tokens, kicker, next);
  const quoted = quoteFirst(tokens);
  if (quoted) return quoted;
  const clause = analyse(tokens);
  if (!clause) return null;
  const reported = colon ? reportedClause(tokens, clause) : null;
  if (reported) {
    const inner = compressClause(reported.content, reported.clause, null);
    const text = inner ? `${reported.label}: ${afterColon(inner.text, reported.content)}` : null;
    if (text && text.length <= MAX_HEADLINE) return text;
  }
  const speaker = colon ? speakerOf(tokens, clause, next) : null;
  // The speaker leads (`Sullivan: …`) when named in the gazetteer or said it in so many words; room is made for the name.
  // A source without a name (`volgens Amerikaanse media`) only loses its words.
  if (speaker && speaker.name !== '' && (speaker.strong || speaker.span)) {
    const room = MAX_HEADLINE - speaker.name.length - 2;
    const result = compressClause(tokens, clause, speaker.span, room);
    if (result && !result.text.includes(speaker.name)) return `${speaker.name}: ${afterColon(result.text, tokens)}`;
  }
  const result = compressClause(tokens, clause, speaker?.span ?? null);
  return result ? capitalise(result.text) : null;
}

/** What a sentence reports (`X heeft aangekondigd dat Y` → Y, compressed), whoever reported it, or null. */
function reportedOnly(tokens: readonly Token[]): string | null {
  const clause = analyse(tokens);
  const reported = clause ? reportedClause(tokens, clause, true) : null;
  const inner = reported ? compressClause(reported.content, reported.clause, null) : null;
  return inner && reported ? afterColon(inner.text, reported.content) : null;
}

/** A whole-sentence quotation: `“Ik wens hem een goede gezondheid.”` */
function isWholeQuotation(tokens: readonly Token[]): boolean {
  if (tokens.length === 0) return false;
  for (const t of tokens) if (!t.quoted) return false;
  return true;
}

/** The person the first word-run of a sentence names (`Zo heeft … Vladimir Poetin gereageerd`), for a quotation lede. */
function firstPerson(tokens: readonly Token[]): string | null {
  for (let i = 0; i < tokens.length; i++) {
    const m = nameAt(tokens, i);
    if (m?.person) return m.short;
  }
  return null;
}

/** The sentence with its names shortened (`De Amerikaanse president Joe Biden` → `Biden`), without time adverbials or fillers. */
function withShortNames(tokens: readonly Token[]): Token[] {
  const draft = new Draft(tokens);
  // `Nu wil ook Duitsland …`: without its opening time word the sentence would open with its verb, like a question.
  const lead = timeSpan(tokens, 0);
  const verbNext = lead > 0 && tokens[lead] !== undefined && finiteOf((tokens[lead] as Token).lower) !== undefined;
  dropTimeAdverbials(draft, verbNext ? lead : 0, tokens.length);
  dropFillers(draft, 0, tokens.length);
  shortenNames(draft, 0, tokens.length);
  return draft.live().map((i) => draft.at(i) as Token);
}

/** A compressed first sentence shorter than this says too little alone. */
const SHORT_HEADLINE = 35;

/** A sentence that does not lean on the one before it: no opening `Hij`, `Dat`, `Ook` (an article `Het ministerie` is fine). */
function standsAlone(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  const second = tokens[1];
  if (!first || !ANAPHORS.has(first.lower)) return true;
  return /^(?:het|die|deze|dit)$/u.test(first.lower) && second !== undefined && !finiteOf(second.lower) && !ADVERBS.has(second.lower);
}

/** A sentence without its full stop (also one before closing quotes: `gezondheid.”` → `gezondheid”`); a question keeps its mark. */
const withoutFullStop = (sentence: string): string => sentence.replace(/[.;:!]+(?=["”’'»)]*$)/u, '');

/** A title for a lede: the compressed main clause, or the first sentence, or a clean cut of it. */
export function deriveHeadline(lede: string): string {
  const sentences = splitSentences(lede.trim());
  const first = sentences[0];
  if (first === undefined) return EMPTY_TITLE;
  const tokens = tokenize(withoutFullStop(first));
  const next = sentences[1] === undefined ? null : new LazySentence(withoutFullStop(sentences[1]));
  const third = sentences[2] === undefined ? null : new LazySentence(withoutFullStop(sentences[2]));
  let title: string | null = null;
  if (/\?["”’'»]?$/u.test(first)) {
    // A question stands as asked; only its names are put the way a headline writes them.
    title = fallbackTitle(withShortNames(tokens));
  } else if (isWholeQuotation(tokens) && next) {
    // `“…” Zo heeft Poetin gereageerd`: the speaker and the quotation, or the sentence that names him.
    const quote = join(tokens);
    const speaker = firstPerson(next.tokens);
    if (speaker && speaker.length + quote.length + 2 <= MAX_HEADLINE) title = `${speaker}: ${quote}`;
    else title = compress(next.tokens, null);
  } else {
    title = compress(tokens, next);
    // A first sentence too long to stand and beyond the rules: the second, if it does not lean on the first.
    if (title === null && next && join(tokens).length > MAX_SENTENCE && standsAlone(next.tokens)) title = compress(next.tokens, third);
    // A short first sentence (`Rusland slaat terug`) is a kicker: the second joins it after a comma, as headlines join two facts.
    if (title !== null && title.length < SHORT_HEADLINE && next && standsAlone(next.tokens)) {
      // When the second only reports what the first announced (`Rusland slaat terug. Moskou heeft aangekondigd
      // dat tien diplomaten …`), what was reported follows the first after a colon, without its reporter.
      const reported = reportedOnly(next.tokens);
      const more = reported === null ? compress(next.tokens, third, false) : null;
      const joined = reported !== null ? `${title}: ${reported}` : more === null ? null : `${title}, ${afterColon(more, next.tokens)}`;
      if (joined !== null && joined.length <= MAX_HEADLINE) title = joined;
    }
  }
  // A sentence beyond the rules still names people the way a headline does (`Trump`, not `De Amerikaanse president Donald Trump`).
  title ??= fallbackTitle(withShortNames(tokens));
  return title === null || title === '' ? EMPTY_TITLE : capitalise(title);
}

/** Longer than any menu item, label or page-facts line. */
const MAX_NOISE_LENGTH = 160;

/**
 * Page noise the noise rules know (whole lines and sidebar headings) and TITLE_NOISE, joined into
 * one regex per flag set: a paragraph that is none of them costs one test per set, not one per rule.
 */
const NOISE_LINES: readonly RegExp[] = (() => {
  const byFlags = new Map<string, string[]>();
  const unanchored: RegExp[] = [];
  for (const re of [...DEFAULT_NOISE_RULES.filter((r) => r.kind !== 'inline').map((r) => r.pattern), ...TITLE_NOISE]) {
    const flags = re.flags.replace(/[gy]/gu, '');
    if (!re.source.startsWith('^')) unanchored.push(new RegExp(re.source, flags));
    else byFlags.set(flags, [...(byFlags.get(flags) ?? []), `(?:${re.source})`]);
  }
  // The outer `^`: without it the alternation is retried at every offset of the line.
  return [...[...byFlags].map(([flags, sources]) => new RegExp(`^(?:${sources.join('|')})`, flags)), ...unanchored];
})();

/** A paragraph that is page furniture rather than article text (navigation, a label, page facts): never a title. */
export function isTitleNoise(text: string): boolean {
  const line = text.trim();
  // Furniture is short; a long paragraph is article text (and the noise stage has seen it already).
  if (line.length > MAX_NOISE_LENGTH) return false;
  // A loop, not `some` with an arrow: this runs twice for every derived title.
  for (const re of NOISE_LINES) if (re.test(line)) return true;
  return false;
}

/** Only the headline deriver's own patterns, joined: for a headline line, which the noise stage has already seen. */
const NAVIGATION = new RegExp(TITLE_NOISE.map((re) => `(?:${re.source})`).join('|'), 'iu');

/** A headline line that is navigation, a label or page facts (`Ga naar de hoofdinhoud`): never the title. */
export const isNavigationLine = (text: string): boolean => text.length <= MAX_NOISE_LENGTH && NAVIGATION.test(text.trim());

/** Paragraphs after the lede that may stand in for it when the lede is page furniture. */
const MAX_STAND_INS = 2;

/**
 * The derived title of an article: from its lede, or, when the lede is page furniture the noise
 * rules let through, from the first paragraph after it that is article text.
 */
export function deriveTitle(lede: string, blocks: readonly { type: string; text: string }[] = []): string {
  const candidates = [lede];
  for (const b of blocks) {
    if (candidates.length > MAX_STAND_INS) break;
    if (b.type === 'paragraph' && b.text !== lede && !b.text.endsWith(lede)) candidates.push(b.text);
  }
  for (const text of candidates) {
    if (text.trim() === '' || isTitleNoise(text)) continue;
    const title = deriveHeadline(text);
    if (title !== EMPTY_TITLE && !isTitleNoise(title)) return title;
  }
  return EMPTY_TITLE;
}
