/**
 * Spellings readers type → the archive's own terms, from the gazetteer: `Putin` → `poetin`,
 * `Kyiv` → `kiev`, `Amerika` → the phrase `verenigde staten`. International spellings are what
 * many readers type, and they are often too far from the Dutch press spelling for a typo match.
 * The table ships with the index, in the vocabulary file of the alias's first letter, which a
 * query reads anyway.
 */
import { gazetteer, type Gazetteer, type GazetteerEntry } from '../ingest/gazetteer.ts';
import { editDistance } from './query/distance.ts';
import { bigramKey, terms } from './tokenize.ts';

/** Two spellings of one word in a multi-word alias (`Saudi`/`Saoedi`, `St`/`Sint`) stay this close. */
const SAME_WORD_EDITS = 2;

/**
 * Where an alias word points: for a person, the surname (a one-word alias is a surname, and the
 * surname is what the reader asked for); for a place or organisation, its one term or the phrase
 * pair of its two words. Longer names have no single target.
 */
function targetOf(name: readonly string[], person: boolean): string | null {
  if (person || name.length === 1) return name[name.length - 1] ?? null;
  return name.length === 2 ? bigramKey(name[0] ?? '', name[1] ?? '') : null;
}

function aliasPairs(entry: GazetteerEntry, person: boolean): Array<[string, string]> {
  const name = terms(entry.name);
  const pairs: Array<[string, string]> = [];
  for (const alias of entry.aliases) {
    // A number (`G-20` → `20`) is no spelling of a name.
    const words = terms(alias).filter((w) => /\p{L}/u.test(w));
    if (words.length === 1) {
      const word = words[0] ?? '';
      const target = targetOf(name, person);
      if (target && !name.includes(word)) pairs.push([word, target]);
    } else if (words.length === name.length) {
      // Word by word (`Volodymyr Zelensky` → `volodimir`, `zelenski`), only where the two are
      // spellings of one word: `Groot-Brittannië` is not `Verenigd Koninkrijk` word for word.
      words.forEach((word, i) => {
        const own = name[i] ?? '';
        if (word === own || name.includes(word)) return;
        if (person || editDistance(word, own, SAME_WORD_EDITS) <= SAME_WORD_EDITS) pairs.push([word, own]);
      });
    }
  }
  return pairs;
}

/** Alias word → target term or pair key. A word two entries claim for different targets is left out. */
export function aliasTable(data: Gazetteer = gazetteer): Map<string, string> {
  const table = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (entries: readonly GazetteerEntry[], person: boolean): void => {
    for (const entry of entries) {
      for (const [word, target] of aliasPairs(entry, person)) {
        const known = table.get(word);
        if (known !== undefined && known !== target) ambiguous.add(word);
        else table.set(word, target);
      }
    }
  };
  add(data.people, true);
  add(data.places, false);
  add(data.organisations, false);
  // A canonical term is never rewritten, even when another entry lists it as an alias.
  const canonical = new Set([...data.people, ...data.places, ...data.organisations].flatMap((e) => terms(e.name)));
  for (const word of [...ambiguous, ...canonical]) table.delete(word);
  return table;
}
