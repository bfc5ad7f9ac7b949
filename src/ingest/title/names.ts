/**
 * People and places as a headline names them: a person by surname, without title or apposition
 * (`de Amerikaanse president Joe Biden` → `Biden`, `De Amerikaanse minister Antony Blinken van
 * Buitenlandse Zaken` → `Blinken`), except people known by title and given name (`paus Franciscus`)
 * and people whose title says more than their surname: a rank below the top and a title of an
 * abbreviated organisation stay, with the nationality (`Amerikaanse onderminister Nuland`,
 * `CIA-directeur Burns`; as a speaker only the surname); long proper names in their headline form
 * (`de Verenigde Staten` → `VS`). Full names come from the gazetteer, or a common given name
 * before a capitalised word. Quotations are left as written.
 */
import { isAdjectiveLike } from './clause.ts';
import type { Draft } from './draft.ts';
import {
  CAPITALS,
  isGivenName,
  isKnownSurname,
  isRoleNoun,
  GROUP_NOUNS,
  KEEP_ROLE,
  keepsRankRole,
  NAME_PARTICLES,
  nameFormsStartingWith,
  PLACE_NOUNS,
  ARTICLES,
} from './lexicon.ts';
import { endsPhrase, isCapitalised, type Token } from './tokens.ts';

export interface NameMatch {
  from: number;
  to: number;
  /** The headline form: `Biden`, `VS`, `paus Franciscus`. */
  short: string;
  person: boolean;
  /** A person of the gazetteer. */
  known?: boolean;
  /** Set off by commas (`ambassadeur in Moskou, John Sullivan,`): the closing comma goes with it. */
  comma?: boolean;
  /** In running text, with the title a headline keeps: `Amerikaanse onderminister Nuland` (a speaker is `Nuland`). */
  titled?: string;
}

const POSSESSIVES = new Set(['zijn', 'haar', 'hun']);
const ROMAN = /^[IVXL]+$/u;
const ABBREVIATED = /^\p{Lu}{2,}-/u;

/** A gazetteer spelling or short form (`Joe Biden`, `Verenigde Staten`) starting at word `i`. */
function knownAt(tokens: readonly Token[], i: number): NameMatch | null {
  const t = tokens[i];
  if (!t || t.quoted) return null;
  const forms = nameFormsStartingWith(t.core);
  if (!forms) return null;
  for (const form of forms) {
    let k = 0;
    for (; k < form.words.length; k++) {
      const w = tokens[i + k];
      if (!w || w.quoted || w.core !== form.words[k] || (k < form.words.length - 1 && endsPhrase(w))) break;
    }
    if (k === form.words.length) {
      // A short form that is itself a person's surname (`Biden`) marks a person; `VS` does not.
      const person = !/^\p{Lu}{2,}$/u.test(form.short) && form.short !== 'Rusland';
      return { from: i, to: i + k, short: form.short, person, known: person };
    }
  }
  return null;
}

/** The end of a run of name words from `i`: capitalised words, with particles (`von der`) inside. */
function nameRunEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    if (t.quoted) break;
    const capital = isCapitalised(t) && !isAdjectiveLike(t);
    // `von der Leyen`, not `Trump de Oekraïense president`: a particle goes on only to a name word.
    const after = tokens[k + 1];
    const particle = k > i && NAME_PARTICLES.has(t.lower) && after !== undefined && isCapitalised(after) && !isAdjectiveLike(after);
    if (!capital && !particle) break;
    k++;
    if (endsPhrase(t)) break;
  }
  return k;
}

/** The surname of the name words [from, to): gazetteer form, else from the first particle or the last word. */
function surname(tokens: readonly Token[], from: number, to: number): string {
  const known = knownAt(tokens, from);
  if (known && known.to === to) return known.short;
  if (to - from === 1) return (tokens[from] as Token).core;
  let start = to - 1;
  if (ROMAN.test((tokens[start] as Token).core) && start - 1 > from) start--;
  // `Bart De Wever`, `Ursula von der Leyen`: the particles belong to the surname.
  while (start - 1 > from && NAME_PARTICLES.has((tokens[start - 1] as Token).lower)) start--;
  return tokens
    .slice(start, to)
    .map((t) => t.core)
    .join(' ');
}

/** A person's name starts at word `k`: a given name, or a gazetteer spelling of a person. */
function startsName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  return isGivenName(t.core) || knownAt(tokens, k)?.person === true;
}

/** `van Buitenlandse Zaken`, `van de Russische Doema` after a role or a name: its end, or `i`. */
function departmentEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.quoted || t.lower !== 'van') return i;
  let k = i + 1;
  if (tokens[k] && /^(?:de|het)$/u.test((tokens[k] as Token).lower)) k++;
  const start = k;
  while (k < tokens.length && isCapitalised(tokens[k] as Token) && !(tokens[k] as Token).quoted && !startsName(tokens, k)) {
    k++;
    if (endsPhrase(tokens[k - 1] as Token)) break;
  }
  return k > start ? k : i;
}

/**
 * A person with title and apposition starting at word `i`: `[de|zijn] [Amerikaanse]* president
 * [van Buitenlandse Zaken] Joe Biden [van Buitenlandse Zaken]`, also `ambassadeur in Moskou, John Sullivan,`.
 */
export function appositionAt(tokens: readonly Token[], i: number): NameMatch | null {
  let k = i;
  const first = tokens[k];
  if (!first || first.quoted) return null;
  if (ARTICLES.has(first.lower) || POSSESSIVES.has(first.lower)) k++;
  const adjectives = k;
  while (tokens[k] && isAdjectiveLike(tokens[k] as Token)) k++;
  const roleAt = k;
  const role = tokens[k];
  if (!role || role.quoted || !isRoleNoun(role.lower) || (isCapitalised(role) && k > i && !/-/u.test(role.core))) return null;
  k++;
  k = departmentEnd(tokens, k);
  let comma = endsPhrase(tokens[k - 1] as Token);
  // `ambassadeur in Moskou, John Sullivan,`: a place, then the name between commas.
  if (!comma && tokens[k]?.lower === 'in' && tokens[k + 1] && isCapitalised(tokens[k + 1] as Token) && endsPhrase(tokens[k + 1] as Token)) {
    k += 2;
    comma = true;
  }
  const nameStart = k;
  const known = knownAt(tokens, nameStart);
  const nameEnd = known?.person ? known.to : nameRunEnd(tokens, nameStart);
  if (nameEnd === nameStart) return null;
  const firstName = tokens[nameStart] as Token;
  // One capitalised word after a role is a name only if it is no place or organisation we know (`minister Rusland` is no person).
  if (nameEnd - nameStart === 1 && !known && nameFormsStartingWith(firstName.core) === undefined && firstName.core.length < 2) return null;
  let to = nameEnd;
  to = departmentEnd(tokens, to);
  if (KEEP_ROLE.has(role.lower)) {
    const given = tokens
      .slice(nameStart, nameEnd)
      .map((t) => t.core)
      .join(' ');
    return { from: i, to, short: `${role.lower} ${given}`, person: true, known: known?.person === true };
  }
  const short = known?.person ? known.short : surname(tokens, nameStart, nameEnd);
  // One object shape for every apposition (`titled` set or not), so the code reading matches stays monomorphic.
  const titled = keepsRankRole(role) ? titledName(tokens, adjectives, roleAt, short) : undefined;
  return { from: i, to, short, person: true, known: known?.person === true, comma, titled };
}

/** `Amerikaanse onderminister Nuland`, `CIA-directeur Burns`: the nationality and title before the surname. */
function titledName(tokens: readonly Token[], from: number, role: number, short: string): string {
  let text = '';
  for (let k = from; k <= role; k++) {
    const t = tokens[k] as Token;
    text += `${k === role && !ABBREVIATED.test(t.core) ? t.lower : t.core} `;
  }
  return text + short;
}

/** A place with its description: `de Turkse hoofdstad Ankara`, `het buurland Polen` → the name. */
function placeAt(tokens: readonly Token[], i: number): NameMatch | null {
  let k = i;
  const first = tokens[k];
  if (!first || first.quoted) return null;
  if (ARTICLES.has(first.lower)) k++;
  while (tokens[k] && isAdjectiveLike(tokens[k] as Token)) k++;
  const noun = tokens[k];
  if (!noun || noun.quoted || !PLACE_NOUNS.has(noun.lower) || endsPhrase(noun)) return null;
  const end = nameRunEnd(tokens, k + 1);
  if (end === k + 1) return capitalAt(tokens, i, k);
  const name = tokens
    .slice(k + 1, end)
    .map((t) => t.core)
    .join(' ');
  return { from: i, to: end, short: name, person: false };
}

/** `de Oekraïense hoofdstad` (no name after it, one country adjective before it, `de` first) → `Kiev`, else null. */
function capitalAt(tokens: readonly Token[], i: number, noun: number): NameMatch | null {
  const adjective = tokens[noun - 1] as Token;
  if (noun !== i + 2 || (tokens[i] as Token).lower !== 'de' || (tokens[noun] as Token).lower !== 'hoofdstad') return null;
  const capital = CAPITALS.get(adjective.core);
  return capital === undefined ? null : { from: i, to: noun + 1, short: capital, person: false };
}

/** An unknown full name with a common given name: `Geert Wilders`, `Max Verstappen`. */
function givenNameAt(tokens: readonly Token[], i: number): NameMatch | null {
  const t = tokens[i];
  if (!t || t.quoted || !isGivenName(t.core)) return null;
  const end = nameRunEnd(tokens, i);
  if (end - i < 2) return null;
  return { from: i, to: end, short: surname(tokens, i, end), person: true };
}

/** A gazetteer person by surname alone: `Biden`, `Poetin` (already as a headline writes them). */
function surnameAt(tokens: readonly Token[], i: number): NameMatch | null {
  const t = tokens[i];
  if (!t || t.quoted || !isKnownSurname(t.core)) return null;
  return { from: i, to: i + 1, short: t.core, person: true, known: true };
}

/** The name or apposition starting at word `i`, if any. */
export function nameAt(tokens: readonly Token[], i: number): NameMatch | null {
  const t = tokens[i];
  // Most words open nothing: a lowercase word that is no article, possessive, adjective, role or place noun.
  if (!t || t.quoted) return null;
  if (
    !isCapitalised(t) &&
    !ARTICLES.has(t.lower) &&
    !POSSESSIVES.has(t.lower) &&
    !isAdjectiveLike(t) &&
    !isRoleNoun(t.lower) &&
    !PLACE_NOUNS.has(t.lower)
  ) {
    return null;
  }
  return appositionAt(tokens, i) ?? knownAt(tokens, i) ?? placeAt(tokens, i) ?? givenNameAt(tokens, i) ?? surnameAt(tokens, i);
}

/** Shorten every name, apposition and long proper name in [from, to) of the draft; `titled: false` for a speaker (`Nuland:`). */
export function shortenNames(draft: Draft, from: number, to: number, titled = true): void {
  const tokens = draft.tokens;
  // Every match ends in a capitalised name: after the last capital there is nothing to find.
  let lastCapital = to - 1;
  while (lastCapital >= from && !isCapitalised(tokens[lastCapital] as Token)) lastCapital--;
  for (let i = from; i <= lastCapital; i++) {
    if (draft.isDropped(i)) continue;
    const m = nameAt(tokens, i);
    if (!m) continue;
    const end = Math.min(m.to, to);
    if (end - i === 1 && tokens[i]?.core === m.short) continue;
    draft.collapse(i, end, (titled ? m.titled : undefined) ?? m.short);
    // `ambassadeur in Moskou, John Sullivan, heeft` → `Sullivan heeft`: the apposition's commas go with it.
    if (m.comma) draft.tokens[i] = { ...(draft.tokens[i] as Token), post: (draft.tokens[i] as Token).post.replace(/,$/u, '') };
    // `de Verenigde Staten` → `VS`: the article goes with the long form.
    const before = tokens[i - 1];
    if (!m.person && before && !before.quoted && (before.lower === 'de' || before.lower === 'het') && !endsPhrase(before))
      draft.drop(i - 1);
    i = end - 1;
  }
}

const AGE = /^(\d{1,3})-jarige$/u;

/**
 * `op 96-jarige leeftijd` goes after the subject as a headline writes an age: `Koningin Elizabeth
 * II (96) overleden`. Only in [from, to) of the main clause, never in a quotation.
 */
export function ageAfterSubject(draft: Draft, subjectEnd: number, from: number, to: number): void {
  const tokens = draft.tokens;
  for (let i = from; i + 2 < to; i++) {
    const t = tokens[i] as Token;
    if (t.lower !== 'op' || t.quoted || draft.isDropped(i)) continue;
    const age = tokens[i + 1] as Token;
    const noun = tokens[i + 2] as Token;
    if (noun.lower !== 'leeftijd' || age.quoted || noun.quoted || t.post !== '' || age.post !== '') continue;
    const years = AGE.exec(age.lower)?.[1];
    let last = subjectEnd - 1;
    while (last >= 0 && draft.isDropped(last)) last--;
    if (years === undefined || last < 0) return;
    const subject = tokens[last] as Token;
    draft.put(last, { ...subject, post: ` (${years})${subject.post}` });
    draft.dropSpan(i, i + 3);
    return;
  }
}

/**
 * `Delegaties van Rusland en Oekraïne praten …` → `Rusland en Oekraïne praten …`: a subject that is
 * the people speaking for named countries or parties is named by them, as headlines do. Only when
 * everything after `van` is names joined by `en`, as many as the verb agrees with.
 */
export function groupToNames(draft: Draft, from: number, to: number): void {
  let k = from;
  while (k < to && (draft.isDropped(k) || ARTICLES.has((draft.at(k) as Token).lower))) k++;
  const noun = draft.at(k);
  if (noun === undefined || noun.quoted || !GROUP_NOUNS.has(noun.lower) || noun.post !== '') return;
  let of = k + 1;
  while (of < to && draft.isDropped(of)) of++;
  if ((draft.at(of) as Token | undefined)?.lower !== 'van') return;
  let names = 0;
  for (let i = of + 1; i < to; i++) {
    if (draft.isDropped(i)) continue;
    const t = draft.at(i) as Token;
    if (t.quoted || (t.lower !== 'en' && !isCapitalised(t)) || (t.lower !== 'en' && isAdjectiveLike(t))) return;
    if (t.lower !== 'en') names++;
  }
  // The verb agrees: `delegaties` need two names (`Rusland en Oekraïne`), `regering` one.
  const plural = /(?:s|en)$/u.test(noun.lower);
  if (plural ? names < 2 : names !== 1) return;
  for (let i = from; i <= of; i++) draft.drop(i);
}
