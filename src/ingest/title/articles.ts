/**
 * Headlines leave out articles: `Het Russische parlement stemt in met het verlengen …` →
 * `Russisch parlement stemt in met verlengen …`. An article goes when a noun phrase follows
 * (an adjective, a noun, a name), not when it is a pronoun (`Het gaat om …`, `heeft het eens`)
 * or counts (`ruim een uur`). A het-noun's adjective loses its -e with the article
 * (`Russische` → `Russisch`) where that is regular (-se, -sche); other adjectives keep the article.
 */
import { isAdjectiveLike } from './clause.ts';
import {
  ADVERBS,
  ARTICLE_KEEPERS as KEEP_BEFORE,
  COUNTING_WORDS as COUNTING,
  DETERMINERS,
  finiteOf,
  NUMBER_UNITS as UNITS,
  PREPOSITIONS,
  ARTICLES,
} from './lexicon.ts';
import { isCapitalised, type Token, withCore } from './tokens.ts';

const REGULAR_INFLECTION = /(?:s|sch|lijk|ig)e$/u;

/** Drop the articles of `tokens` that open a noun phrase; returns a new array. */
export function dropArticles(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if (t.quoted || !ARTICLES.has(t.lower) || !next || next.quoted || t.post !== '' || (i > 0 && isCapitalised(t))) {
      out.push(t);
      continue;
    }
    const nounPhrase =
      isCapitalised(next) ||
      isAdjectiveLike(next) ||
      !(ADVERBS.has(next.lower) || PREPOSITIONS.has(next.lower) || DETERMINERS.has(next.lower) || finiteOf(next.lower));
    const counting = t.lower === 'een' && ((prev && COUNTING.has(prev.lower)) || UNITS.has(next.lower));
    if (!nounPhrase || counting || KEEP_BEFORE.has(next.lower) || /^\d/u.test(next.core)) {
      out.push(t);
      continue;
    }
    if (t.lower === 'het' && isAdjectiveLike(next) && tokens[i + 2] !== undefined) {
      // `het Saudische Jeddah` keeps its article: the adjective stays inflected before a name.
      if (!REGULAR_INFLECTION.test(next.core) || isCapitalised(tokens[i + 2] as Token)) {
        out.push(t);
        continue;
      }
      out.push(withCore(next, next.core.slice(0, -1)));
      i++;
    }
  }
  return out;
}
