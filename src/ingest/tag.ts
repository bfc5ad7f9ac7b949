/**
 * Entity tagging against the curated gazetteer. All aliases are compiled into ONE regex at module
 * load (as a prefix trie, so the engine does not retry hundreds of alternatives at each position);
 * a call is then a single pass over the text plus map look-ups.
 */
import { gazetteer, type EntityKind, type Gazetteer, type PersonEntry } from './gazetteer.ts';
import { slugify } from '../record/text.ts';

export interface Tags {
  people: string[];
  places: string[];
  organisations: string[];
}

export interface EntityMention {
  kind: EntityKind;
  name: string;
  /** Offset in the mark-stripped text (same as the original unless it held combining marks). */
  index: number;
}

interface Candidate {
  kind: EntityKind;
  name: string;
  /** `kind` + NUL + `name`, precomputed because it is the hot map key. */
  id: string;
}

/**
 * Strip diacritics but keep case: case is what tells the country `Polen` from `polen` and `VS`
 * from `vs.`. Precomposed letters map one-to-one, so offsets stay comparable.
 */
export function stripMarks(text: string): string {
  // Ingest strips the same title + body for tagging and again for the topic rule: remember one.
  if (text === lastStripped.text) return lastStripped.result;
  // Only the few non-ASCII characters are touched, each decomposed once and cached: NFD is a
  // per-character decomposition, so this equals normalising the whole text, which ICU does slowly.
  const result = NON_ASCII.test(text) ? text.replace(NON_ASCII_ALL, stripCharMarks) : text;
  lastStripped = { text, result };
  return result;
}

let lastStripped = { text: '', result: '' };

const NON_ASCII = /[^\x00-\x7F]/u;
const NON_ASCII_ALL = /[^\x00-\x7F]/gu;
const MARKS = /[\u0300-\u036f\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]+/g;
const strippedChars = new Map<string, string>();

function stripCharMarks(ch: string): string {
  let stripped = strippedChars.get(ch);
  if (stripped === undefined) {
    stripped = ch.normalize('NFD').replace(MARKS, '');
    strippedChars.set(ch, stripped);
  }
  return stripped;
}

/** Key under which a matched alias is looked up: marks stripped, whitespace runs collapsed. */
function aliasKey(alias: string): string {
  return stripMarks(alias).replace(/\s+/g, ' ').trim();
}

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

function escapeChar(ch: string): string {
  if (ch === ' ') return '\\s+';
  return /[\\^$.*+?()[\]{}|]/.test(ch) ? `\\${ch}` : ch;
}

/** Regex source for a trie; alternatives at a node are tried longest-first by construction. */
function trieSource(node: TrieNode): string {
  const branches = [...node.children.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([ch, child]) => escapeChar(ch) + trieSource(child));
  if (branches.length === 0) return '';
  const alternation = branches.join('|');
  // Greedy optional group: the longer alias is tried first, the shorter one on backtracking.
  if (node.end) return `(?:${alternation})?`;
  return branches.length === 1 ? alternation : `(?:${alternation})`;
}

/** Aliases at least this long also match in all capitals. */
const UPPERCASE_MIN_LENGTH = 4;

export interface Compiled {
  pattern: RegExp;
  lookup: Map<string, Candidate[]>;
}

export function compileGazetteer(data: Gazetteer): Compiled {
  const lookup = new Map<string, Candidate[]>();
  const addKey = (key: string, candidate: Candidate | null): void => {
    if (key === '') return;
    const list = lookup.get(key) ?? [];
    if (candidate && !list.some((c) => c.id === candidate.id)) list.push(candidate);
    lookup.set(key, list);
  };
  const add = (alias: string, candidate: Candidate | null): void => {
    const key = aliasKey(alias);
    addKey(key, candidate);
    // Datelines and some headlines are set in capitals (`WASHINGTON/MOSKOU (ANP) -`). Short
    // aliases stay exact so `XI` (a numeral) or `EUR` do not turn into names.
    if ([...key].length >= UPPERCASE_MIN_LENGTH) addKey(key.toUpperCase(), candidate);
  };
  const kinds: [EntityKind, { name: string; aliases: string[] }[]][] = [
    ['people', data.people],
    ['places', data.places],
    ['organisations', data.organisations],
  ];
  for (const [kind, list] of kinds) {
    for (const entry of list) {
      const candidate: Candidate = { kind, name: entry.name, id: `${kind}\u0000${entry.name}` };
      for (const alias of [entry.name, ...entry.aliases]) add(alias, candidate);
    }
  }
  for (const phrase of data.ignore) add(phrase, null);

  const root: TrieNode = { children: new Map(), end: false };
  for (const key of lookup.keys()) {
    let node = root;
    for (const ch of key) {
      let next = node.children.get(ch);
      if (!next) {
        next = { children: new Map(), end: false };
        node.children.set(ch, next);
      }
      node = next;
    }
    node.end = true;
  }
  // Whole words only; a trailing genitive `s` (Bidens, Poetins) is allowed, and a hyphen counts as
  // a word boundary so Dutch compounds (regering-Biden, NAVO-landen) match while Bidenstraat,
  // Trumpet or Kievse do not. The left boundary is checked in scanEntities: a lookbehind here
  // would stop V8 from skipping ahead on the first character and costs 4× the time.
  let source = `(${trieSource(root)})s?(?![\\p{L}\\p{N}])`;
  // A leading class of the aliases' first characters changes no match, but lets V8 rule out a
  // position with one class test instead of entering the trie: scans run about twice as fast.
  const firsts = [...root.children.keys()].map((ch) => ch.replace(/[\\\][^-]/g, '\\$&')).join('');
  if (firsts !== '') source = `(?=[${firsts}])${source}`;
  return { pattern: new RegExp(source, 'gu'), lookup };
}

const compiled = compileGazetteer(gazetteer);

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Letter or digit before a match? ASCII answered by char code; the rest by the Unicode regex. */
function wordCharAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(text.charAt(index));
}

/** Every gazetteer mention in order, ambiguous surnames already resolved. */
export function scanEntities(text: string, data: Compiled = compiled): readonly EntityMention[] {
  return scanStripped(stripMarks(text), data);
}

/**
 * One-entry memo: ingest tags `title + "\n" + body` and the topic rule then scans that same
 * string again, so the second scan is free.
 */
let memo: { text: string; data: Compiled; mentions: readonly EntityMention[] } | null = null;

/** scanEntities for text already passed through stripMarks (offsets are then exact). */
export function scanStripped(stripped: string, data: Compiled = compiled): readonly EntityMention[] {
  if (memo && memo.data === data && memo.text === stripped) return memo.mentions;
  const mentions = scan(stripped, data);
  memo = { text: stripped, data, mentions };
  return mentions;
}

function scan(stripped: string, data: Compiled): readonly EntityMention[] {
  const raw: { candidates: Candidate[]; index: number }[] = [];
  const certain = new Set<string>();
  let ambiguous = false;
  const pattern = data.pattern; // shared; the loop calls nothing that could re-enter it
  pattern.lastIndex = 0;
  for (let match = pattern.exec(stripped); match !== null; match = pattern.exec(stripped)) {
    if (match.index > 0 && wordCharAt(stripped, match.index - 1)) {
      pattern.lastIndex = match.index + 1; // a shorter alias may still start inside this one
      continue;
    }
    const found = match[1] ?? '';
    const candidates = data.lookup.get(found) ?? data.lookup.get(found.replace(/\s+/g, ' ')) ?? [];
    const first = candidates[0];
    if (first === undefined) continue; // an `ignore` phrase
    if (candidates.length === 1) certain.add(first.id);
    else ambiguous = true;
    raw.push({ candidates, index: match.index });
  }
  // A shared surname (Johnson) goes to whoever the article names unambiguously, else to the
  // first-listed entry, so one later `Mike Johnson` re-labels the bare mentions too.
  return Object.freeze(
    raw.map(({ candidates, index }) => {
      const chosen = (ambiguous && candidates.find((c) => certain.has(c.id))) || (candidates[0] as Candidate);
      // The memo shares this array; its readonly type guards it (freezing every mention costs time).
      return { kind: chosen.kind, name: chosen.name, index } as const;
    }),
  );
}

/** Canonical people, places and organisations in `text`, each sorted by first occurrence. */
export function tagEntities(text: string): Tags {
  const tags: Tags = { people: [], places: [], organisations: [] };
  const seen = new Set<string>();
  // Mentions arrive in text order, so the first time a name is seen is its first occurrence.
  const mentions = scanEntities(text);
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i] as EntityMention;
    // Gazetteer names are unique across kinds (parseGazetteer checks), so the name is the key.
    if (seen.has(mention.name)) continue;
    seen.add(mention.name);
    tags[mention.kind].push(mention.name);
  }
  return tags;
}

/** URL slug of a person page (`/personen/<slug>/`). */
export function personSlug(name: string): string {
  return peopleByName.get(name)?.slug ?? slugify(name);
}

/** The gazetteer's people with role and slug, for the person pages. */
export function listPeople(): PersonEntry[] {
  return gazetteer.people.map((p) => ({ ...p, aliases: [...p.aliases] }));
}

/** Look up one person (by canonical name). */
export function findPerson(name: string): PersonEntry | undefined {
  return peopleByName.get(name);
}

const peopleByName = new Map(gazetteer.people.map((p) => [p.name, p]));
