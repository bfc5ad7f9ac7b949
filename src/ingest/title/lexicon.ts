/**
 * The word knowledge of the headline rules, compiled once when the module loads: sets and maps
 * from src/data (headline-derive.json, verbs-nl.json, dutch-dates.json, headline-words.json and
 * the gazetteer's people), so a derived title costs lookups, never a rebuilt table.
 */
import rules from '../../data/headline-derive.json' with { type: 'json' };
import verbData from '../../data/verbs-nl.json' with { type: 'json' };
import dutchDates from '../../data/dutch-dates.json' with { type: 'json' };
import headlineWords from '../../data/headline-words.json' with { type: 'json' };
import { gazetteer } from '../gazetteer.ts';
import type { Token } from './tokens.ts';

export type VerbNumber = 'sg' | 'pl';

export interface VerbForms {
  sg: string;
  pl: string;
  particle?: string;
  aux: string;
  /** The participle a headline writes alone for this verb's perfect and past (`is gestorven`, `stierf` → `overleden`). */
  headline?: string;
}

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);

/** `de`, `het`, `een`. */
export const ARTICLES = set(rules.articles);
export const PREPOSITIONS = set(rules.prepositions);
export const SUBORDINATORS = set(rules.subordinators);
export const LEADING_SUBORDINATORS = set(rules.leadingSubordinators);
export const COORDINATORS = set(rules.coordinators);
export const ADVERBS = set(rules.adverbs);
export const DETERMINERS = set(rules.determiners);
export const KEEP_ROLE = set(rules.keepRole);
const RANK_ROLES = set(rules.rankRoles);
/** `delegaties`, `regering`: as the subject, `… van Rusland en Oekraïne` is named by the countries alone. */
export const GROUP_NOUNS = set(rules.groupNouns);
const ABBREVIATION_PREFIX = /^\p{Lu}{2,}-\p{Ll}/u;
/** A title a headline keeps before the surname: a rank below the top (`onderminister`), or one of an organisation (`CIA-directeur`). */
export const keepsRankRole = (role: Token): boolean =>
  RANK_ROLES.has(role.lower) || (role.core.indexOf('-') > 1 && ABBREVIATION_PREFIX.test(role.core));
export const PLACE_NOUNS = set(rules.placeNouns);
/** Words after which `een` is a number: `ruim een uur`, `meer dan een jaar`. */
export const COUNTING_WORDS = set(rules.countingWords);
/** Nouns after which `een` is a number, not an article. */
export const NUMBER_UNITS = set(rules.numberUnits);
/** Fixed phrases that keep their article: `voor het eerst`, `het eens`. */
export const ARTICLE_KEEPERS = set(rules.articleKeepers);
/** Verbs that attribute a sentence to its speaker: `…, zegt Lavrov`. */
export const SPEAKER_VERBS = set(rules.speakerVerbs);
/** `Ook Polen en Duitsland zijn …`: adverbs that focus the subject they stand before. */
export const FOCUS_PARTICLES = set(rules.focusParticles);
/** Words whose `om … te` or `dat` clause is their object: `bereid om`, `van plan om`. */
export const CLAUSE_TAKERS = set(rules.clauseTakers);
export interface Filler {
  words: readonly string[];
  /** An approximator (`ongeveer`, `zo'n`): left out only before a number (`zo'n 8500`, not `zo'n groot land`). */
  beforeNumber: boolean;
}
/**
 * Words and phrases a headline leaves out (`met elkaar`, `onder meer`), and approximators before
 * a number, in one table by their first word: one lookup per word.
 */
export const FILLERS: ReadonlyMap<string, readonly Filler[]> = (() => {
  const byFirst = new Map<string, Filler[]>();
  const add = (phrase: string, beforeNumber: boolean): void => {
    const words = phrase.split(' ');
    byFirst.set(words[0] as string, [...(byFirst.get(words[0] as string) ?? []), { words, beforeNumber }]);
  };
  for (const phrase of rules.fillers) add(phrase, false);
  for (const phrase of rules.approximators) add(phrase, true);
  return byFirst;
})();
/** `de Oekraïense hoofdstad` → `Kiev`: a headline names the capital (by the adjective of its country). */
export const CAPITALS: ReadonlyMap<string, string> = new Map(Object.entries(rules.capitals as Record<string, string>));
/** `volgens mij`, `volgens velen`: an opinion, not a source to name or drop. */
export const OPINION_PRONOUNS = set(rules.opinionPronouns);
/** `tot zeker 14 januari`, `uiterlijk vrijdag`: words that only qualify a time adverbial go with it. */
export const TIME_HEDGES = set(rules.timeHedges);
export const ATTRIBUTION_VERBS = set(rules.attributionVerbs);
export const ATTRIBUTION_PARTICIPLES = set(rules.attributionParticiples);
export const REPORT_VERBS = set(rules.reportVerbs);
/** Words that refer back to an earlier sentence: a sentence opening with one cannot stand alone. */
export const ANAPHORS = set(rules.anaphors);
/** `Dat staat in …`, `Dat blijkt uit …`: a second sentence's verb that names a document as the source, with its preposition. */
export const SOURCE_VERBS: ReadonlyMap<string, string> = new Map(Object.entries(rules.sourceVerbs as Record<string, string>));
/** Participles of verbs that report speech: `X zegt dat Y` becomes `X: Y`. */
export const SAYING_VERBS = set(rules.sayingVerbs);
/** Words that make a finite verb report speech: `weten` after `laat`, `liet`. */
export const SAYING_WITH: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(rules.sayingWith).map(([w, finites]) => [w, new Set(finites)]),
);
/** Lowercase words inside a surname: `von der Leyen`, `bin Salman`. */
export const NAME_PARTICLES = set(rules.nameParticles.flatMap((p) => p.split(' ')));

const ROLE_NOUNS = set(rules.roleNouns);
/** A compound ending in a role (`veiligheidsadviseur`): one regex test instead of a loop over the suffixes. */
const ROLE_SUFFIX = new RegExp(`.(?:${headlineWords.roleSuffixes.join('|')})$`, 'u');
/** The shortest compound ending in a role (`exchef`, six letters): shorter words are no compound. */
const MIN_ROLE_COMPOUND = 5;
/** A title or function before a name, also as a compound's end: `CIA-directeur`, `veiligheidsadviseur`. */
export function isRoleNoun(lower: string): boolean {
  if (ROLE_NOUNS.has(lower)) return true;
  const dash = lower.lastIndexOf('-');
  if (dash > 0 && ROLE_NOUNS.has(lower.slice(dash + 1))) return true;
  // Most words are short and no role: the suffix regex only for words that could end in one.
  return lower.length > MIN_ROLE_COMPOUND && ROLE_SUFFIX.test(lower);
}

/**
 * Words a headline never ends on: articles, conjunctions, subordinators, and prepositions that
 * are no verb particle (headline-words.json's neverLast without its titles: `kiezen nieuwe paus` ends well).
 */
const DANGLING = new Set([
  ...headlineWords.neverLast.filter((w) => !isRoleNoun(w)),
  ...rules.subordinators.filter((w) => !w.includes(' ')),
  ...rules.coordinators,
]);
export const isDangling = (lower: string): boolean => DANGLING.has(lower);

const WEEKDAYS = dutchDates.weekdays.map((w) => w.names[0] as string);
const MONTHS = dutchDates.months.map((m) => m.names[0] as string);
const DAY_PARTS = rules.dayParts;
const TIME_WORDS = new Set<string>(rules.timeWords);
for (const day of WEEKDAYS) {
  TIME_WORDS.add(day);
  for (const part of DAY_PARTS) TIME_WORDS.add(day + part);
}
/** A single word that only says when: `donderdagavond`, `gisteren`. */
export const isTimeWord = (lower: string): boolean => TIME_WORDS.has(lower);
export const isMonth = (lower: string): boolean => MONTHS.includes(lower);
const WEEKDAY_SET = new Set(WEEKDAYS);
export const isWeekday = (lower: string): boolean => WEEKDAY_SET.has(lower);

/**
 * Multi-word time adverbials, anchored at a word start with the sticky flag: tested at one
 * offset of a sentence, never scanned across it.
 */
export const TIME_PHRASE = new RegExp(
  `(?:${rules.timePhrases
    .map((p) =>
      p
        .replaceAll('{weekday}', `(?:${WEEKDAYS.join('|')})`)
        .replaceAll('{month}', MONTHS.join('|'))
        .replaceAll('{daypart}', `(?:${DAY_PARTS.join('|')})`),
    )
    .join('|')})(?=$|[\\s,.;:])`,
  'iyu',
);

/** Participle → present forms (verbs-nl.json). */
// Every entry gets the same properties in the same order (absent ones undefined): one object shape, so the verb rules read them monomorphically.
export const PARTICIPLES: ReadonlyMap<string, VerbForms> = new Map(
  Object.entries(verbData.verbs as Record<string, VerbForms>).map(([participle, v]) => [
    participle,
    { sg: v.sg, pl: v.pl, particle: v.particle, aux: v.aux, headline: v.headline },
  ]),
);

export interface Finite {
  number: VerbNumber;
  /** The participle key of a lexical verb in PARTICIPLES (absent for auxiliaries and modals). */
  participle?: string;
  /** A past tense (`sprak`, `kondigde`): the headline puts it in the present. */
  past: boolean;
}

/** The regular past tense from a present form: `haalt` → `haalde`, `praat` → `praatte`, `leeft` (leven) → `leefde`. */
function weakPast(forms: VerbForms): [string, string] | null {
  const { sg, pl } = forms;
  if (!pl.endsWith('en')) return null;
  const plStem = pl.slice(0, -2);
  const stem = sg.endsWith('t') && !plStem.endsWith('t') ? sg.slice(0, -1) : sg;
  if (stem === '') return null;
  // 't kofschip on the infinitive's stem: leven/reizen take -de although the stem ends in f/s.
  const voiced = /[vz]$/u.test(plStem);
  const suffix = !voiced && /(?:[tkfsp]|ch)$/u.test(stem) ? 'te' : 'de';
  return [stem + suffix, `${stem + suffix}n`];
}

const FINITE = new Map<string, Finite>();
function addFinite(form: string, finite: Finite): void {
  if (!FINITE.has(form)) FINITE.set(form, finite);
}
for (const [number, forms] of Object.entries(rules.finiteVerbs) as [VerbNumber, string[]][]) {
  for (const form of forms) addFinite(form, { number, past: false });
}
for (const [form, [participle, number]] of Object.entries(rules.pastForms) as [string, [string, VerbNumber]][]) {
  addFinite(form, { number, participle, past: true });
}
// Plain verbs first: `zegt` is the present of `gezegd` before that of `afgezegd` (whose particle follows it).
const byParticle = [...PARTICIPLES].sort(([, a], [, b]) => Number(a.particle !== undefined) - Number(b.particle !== undefined));
for (const [participle, forms] of byParticle) {
  addFinite(forms.sg, { number: 'sg', participle, past: false });
  addFinite(forms.pl, { number: 'pl', participle, past: false });
  const past = weakPast(forms);
  if (past) {
    addFinite(past[0], { number: 'sg', participle, past: true });
    addFinite(past[1], { number: 'pl', participle, past: true });
  }
}
/** A word that can be the finite verb of a main clause, with its number. */
export const finiteOf = (lower: string): Finite | undefined => FINITE.get(lower);

/** Infinitive → the verb's forms, particle written in front (`aankondigen`): for `zal … aankondigen` → `kondigt … aan`. */
const INFINITIVES = new Map<string, VerbForms>();
for (const [, forms] of byParticle) {
  const infinitive = (forms.particle ?? '') + forms.pl;
  if (!INFINITIVES.has(infinitive)) INFINITIVES.set(infinitive, forms);
}
export const infinitiveOf = (lower: string): VerbForms | undefined => INFINITIVES.get(lower);

/** Finite forms of a past, a perfect or a passive (`ging`, `was`, `heeft`, `wordt`): a clause with one tells what happened. */
const NOT_PRESENT = new Set<string>([
  ...rules.pastFinites,
  ...Object.keys(rules.pastForms),
  ...Object.values(rules.perfectAux).flat(),
  'wordt',
  'worden',
]);
/** A present-tense finite verb (`komen`, `zal`, `gaat`): the clause may tell what is to come. */
export const isPresentFinite = (lower: string): boolean => {
  const finite = FINITE.get(lower);
  return finite !== undefined && !finite.past && !NOT_PRESENT.has(lower);
};

/** Separable verbs written as one word, as a subordinate clause writes them (`openstaat`, `aankondigde`). */
const SEPARABLE = new Map<string, { particle: string; finite: string }>();
for (const forms of PARTICIPLES.values()) {
  const { particle } = forms;
  if (particle === undefined) continue;
  const past = weakPast(forms) ?? [];
  for (const finite of [forms.sg, forms.pl, ...past]) SEPARABLE.set(particle + finite, { particle, finite });
}
/** The particles of separable verbs: `aan`, `op`, `terug`, `bekend`. */
export const PARTICLES: ReadonlySet<string> = new Set([...SEPARABLE.values()].map((s) => s.particle));
/** `openstaat` → `open` + `staat`, as a main clause writes it; null for any other word. */
export const splitSeparable = (lower: string): { particle: string; finite: string } | null => SEPARABLE.get(lower) ?? null;

const AUXILIARIES = new Set<string>(Object.values(rules.finiteVerbs).flat());
/** An auxiliary or modal (`heeft`, `wil`, `gaat`): a headline cannot end on one. */
export const isAuxiliary = (lower: string): boolean => AUXILIARIES.has(lower);

const PERFECT_AUX = new Map<string, VerbNumber>();
for (const [number, forms] of Object.entries(rules.perfectAux) as [VerbNumber, string[]][]) {
  for (const form of forms) PERFECT_AUX.set(form, number);
}
/** `heeft`, `zijn`, `had`…: with a participle, a perfect tense. */
export const perfectAuxNumber = (lower: string): VerbNumber | undefined => PERFECT_AUX.get(lower);
/** The zijn-forms: with a participle whose auxiliary is hebben, a passive. */
export const isZijnForm = (lower: string): boolean => lower === 'is' || lower === 'zijn' || lower === 'was' || lower === 'waren';

/**
 * Multi-word names a headline shortens, by their first word: gazetteer people (every spelling
 * with a given name → the surname as the press writes it) and shortForms (`Verenigde Staten` → `VS`).
 */
export interface NameForm {
  words: string[];
  short: string;
}
const NAME_FORMS = new Map<string, NameForm[]>();
function addNameForm(full: string, short: string): void {
  const words = full.split(' ');
  const first = words[0];
  if (first === undefined || words.length < 2) return;
  const list = NAME_FORMS.get(first) ?? [];
  if (list.some((f) => f.words.join(' ') === full)) return;
  list.push({ words, short });
  // Longest first: `Verenigde Staten van Amerika` before `Verenigde Staten`.
  list.sort((a, b) => b.words.length - a.words.length);
  NAME_FORMS.set(first, list);
}

/** The surname among a person's spellings that ends (or, for `Xi Jinping`, starts) this full spelling. */
function surnameFor(full: string, aliases: readonly string[]): string {
  const candidates = aliases.filter((a) => a !== full && (full.endsWith(` ${a}`) || full.startsWith(`${a} `)));
  candidates.sort((a, b) => a.split(' ').length - b.split(' ').length);
  return candidates[0] ?? (full.split(' ').pop() as string);
}

const GIVEN_NAMES = new Set<string>(rules.firstNames);
const SURNAMES = new Set<string>();
for (const person of gazetteer.people) {
  const spellings = [person.name, ...person.aliases];
  for (const spelling of spellings) {
    if (!spelling.includes(' ')) {
      SURNAMES.add(spelling);
      continue;
    }
    const short = surnameFor(spelling, spellings);
    if (short === spelling) continue;
    addNameForm(spelling, short);
    if (spelling.endsWith(` ${short}`)) GIVEN_NAMES.add(spelling.split(' ')[0] as string);
  }
}
for (const [full, short] of Object.entries(rules.shortForms)) addNameForm(full, short);

export const nameFormsStartingWith = (core: string): readonly NameForm[] | undefined => NAME_FORMS.get(core);
/** A gazetteer person's one-word name: `Biden`, `Poetin`. */
export const isKnownSurname = (core: string): boolean => SURNAMES.has(core);
/** A given name: `Joe`, `Geert`; an unknown full name starting with one is shortened to the surname. */
export const isGivenName = (core: string): boolean => GIVEN_NAMES.has(core);

/** Lines that are never a title (navigation, labels, page facts), even when the noise rules let them through. */
export const TITLE_NOISE: readonly RegExp[] = rules.titleNoise.map((p) => new RegExp(p, 'iu'));
