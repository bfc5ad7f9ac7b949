/** Query text → words and quoted phrases, folded the way the index was built. */
import { bigramKey, isIndexable, words } from '../tokenize.ts';

export interface QueryPart {
  text: string;
  phrase: boolean;
  /** Folded indexable terms; a phrase of two or more becomes bigram keys. */
  terms: string[];
}

/** Split a query into words and quoted phrases; an unclosed quote still counts as a phrase. */
export function parseQuery(q: string): QueryPart[] {
  const parts: QueryPart[] = [];
  const re = /"([^"]*)"?|([^\s"]+)/g;
  for (let m = re.exec(q); m; m = re.exec(q)) {
    if (m[1] !== undefined) {
      const ts = words(m[1]).filter(isIndexable);
      if (ts.length) parts.push({ text: m[1], phrase: true, terms: ts });
    } else if (m[2] !== undefined) {
      for (const t of words(m[2]).filter(isIndexable)) parts.push({ text: t, phrase: false, terms: [t] });
    }
  }
  return parts;
}

/** The index keys a part's postings live under: its term, or a phrase's consecutive pairs. */
export function postingKeys(part: QueryPart): string[] {
  return part.phrase && part.terms.length > 1 ? part.terms.slice(1).map((t, i) => bigramKey(part.terms[i] ?? '', t)) : part.terms;
}
