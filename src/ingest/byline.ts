/**
 * Who made the page, told by structure rather than by an outlet's wording: a name with a press
 * role under the headline (`Jan de Vries, correspondent Moskou`) is a byline, and a closing sentence
 * that says who the maker is (`Jan de Vries is correspondent in Moskou.`) is an author bio. The
 * roles are `pressRoles` in src/data/bylines.json; a name is capitalised words and particles with
 * no gazetteer entity (headline.ts looksLikeBylineName), so a sentence about a known person stays.
 */
import bylines from '../data/bylines.json' with { type: 'json' };
import { looksLikeBylineName } from './headline.ts';
import { countWords } from '../record/text.ts';

const ROLES = bylines.pressRoles;
/** A byline's role part is short: `correspondent Moskou`, `redacteur buitenland van De Krant`. */
const ROLE_MAX_WORDS = 7;
/** A name of at most five words, then the verb: anchored, so a paragraph without one fails at once. */
const NAME_THEN_VERB = /^\p{Lu}\S*(?: \S+){1,4} (?:is|was|werkt als|schrijft als) /u;
/** An author bio is one sentence of a line or two. */
const BIO_MAX_LENGTH = 200;

/** A press role as a word or a compound's end (`buitenlandredacteur`), in lower case. */
function holdsRole(lower: string): boolean {
  for (const role of ROLES) {
    const at = lower.indexOf(role);
    if (at < 0) continue;
    const after = at + role.length;
    const endsWord = after === lower.length || !/\p{L}/u.test(lower.charAt(after));
    if (endsWord) return true;
  }
  return false;
}

/** `Jan de Vries, correspondent Moskou`, `Anne Smit (verslaggever)`, `Piet Bos | redacteur buitenland`. */
export function looksLikeBylineWithRole(text: string): boolean {
  if (text.length > 100) return false;
  const m = /^([^,(|]+?)\s*(?:,|\||\()\s*(.+?)\)?$/u.exec(text);
  const name = m?.[1];
  const role = m?.[2];
  if (name === undefined || role === undefined || !looksLikeBylineName(name)) return false;
  return countWords(role, ROLE_MAX_WORDS + 1) <= ROLE_MAX_WORDS && !/[.!?]$/u.test(role) && holdsRole(role.toLowerCase());
}

/** `Jan de Vries is correspondent in Moskou.`: one sentence saying who a maker is; the name, or null. */
export function authorBioName(text: string): string | null {
  if (text.length > BIO_MAX_LENGTH || !text.endsWith('.') || !NAME_THEN_VERB.test(text)) return null;
  // One sentence: no sentence end before the last character.
  if (/[.!?]\s/u.test(text)) return null;
  const m = /^(.+?) (?:is|was|werkt als|schrijft als) (.+)$/u.exec(text);
  const name = m?.[1];
  const rest = m?.[2];
  if (name === undefined || rest === undefined || !looksLikeBylineName(name)) return null;
  return holdsRole(rest.toLowerCase()) ? name : null;
}
