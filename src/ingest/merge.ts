/**
 * Cross-file step: the same article scraped twice (different page noise, same headline and
 * body) becomes one record, and every record gets a unique id. Deterministic: files and parts
 * are processed in sorted order, so ids are stable across rebuilds.
 */
import type { FileIngest } from './file-ingest.ts';
import { fold } from '../record/text.ts';
import type { ArticleRecord, DateSource, FileReport, IngestResult } from '../record/types.ts';

/** What one character contributes to a key: folded letters/digits, ' ' for anything else, '' for a mark. */
const charKeys = new Map<string, string>();
function charKey(ch: string): string {
  let key = charKeys.get(ch);
  if (key === undefined) {
    key = fold(ch).replace(/[^\p{L}\p{N}]+/gu, ' ');
    charKeys.set(ch, key);
  }
  return key;
}

const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

/**
 * `fold(text)` with every run of non-letters collapsed to one space, trimmed. Built character by
 * character: NFKD decomposes each character on its own, so this equals folding the whole string,
 * and it avoids ICU normalisation of whole article bodies (the costliest step of a large merge).
 */
function norm(text: string, limit = Infinity): string {
  let out = '';
  let space = false;
  // Output is only ever appended to, so once `limit` characters exist they are final.
  for (let i = 0; i < text.length && out.length < limit; i++) {
    const code = text.charCodeAt(i);
    let key: string;
    if (code < 128) {
      if (!isAsciiAlnum(code)) key = ' ';
      else {
        // A whole ASCII word at once: one concatenation per word instead of one per letter.
        let end = i + 1;
        while (end < text.length && isAsciiAlnum(text.charCodeAt(end))) end++;
        key = text.slice(i, end).toLowerCase();
        i = end - 1;
      }
    } else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      key = charKey(text.slice(i, i + 2)); // a surrogate pair is one character
      i++;
    } else key = charKey(text.charAt(i));
    if (key === '') continue;
    if (key.length > 1 && key.includes(' ')) {
      // A compatibility character such as `⑴` folds to letters and separators: rare, do it slowly.
      for (const part of key.split(/( )/)) {
        if (part === ' ') space = out !== '';
        else if (part !== '') {
          out += space ? ` ${part}` : part;
          space = false;
        }
      }
      continue;
    }
    if (key === ' ') {
      space = out !== '';
      continue;
    }
    out += space ? ` ${key}` : key;
    space = false;
  }
  return out.length > limit ? out.slice(0, limit) : out;
}

/** Same headline and body, ignoring case, accents, punctuation and spacing. */
export function articleKey(record: ArticleRecord): string {
  return `${norm(record.title)}\n${norm(record.blocks.map((b) => b.text).join(' '))}`;
}

/** Characters of a folded body compared before whole bodies are: distinct bodies differ early. */
const BODY_PREFIX = 120;

/**
 * The first BODY_PREFIX characters of the body part of articleKey, folding only the leading
 * blocks. Whole blocks are joined (as articleKey joins them), so no character is cut in two.
 */
function bodyPrefixKey(record: ArticleRecord): string {
  let text = '';
  for (let i = 0; i < record.blocks.length && text.length < 4 * BODY_PREFIX; i++) {
    text = i === 0 ? (record.blocks[i]?.text ?? '') : `${text} ${record.blocks[i]?.text ?? ''}`;
  }
  const key = norm(text, BODY_PREFIX);
  // Mostly punctuation so far: fold the whole body rather than reason about the rest.
  return key.length === BODY_PREFIX ? key : norm(record.blocks.map((b) => b.text).join(' '), BODY_PREFIX);
}

/**
 * Records grouped by articleKey. Folding every body is the costliest step of a large merge, and
 * two records can only share a key when they share a title, so bodies are folded only for
 * records whose title occurs more than once, and then whole bodies only where the start of the
 * folded body (a prefix of the key) is shared too.
 */
function groupByArticle(records: ArticleRecord[]): ArticleRecord[][] {
  const groups: ArticleRecord[][] = [];
  for (const sameTitle of groupBy(records, (r) => norm(r.title))) {
    if (sameTitle.length === 1) {
      groups.push(sameTitle);
      continue;
    }
    for (const samePrefix of groupBy(sameTitle, bodyPrefixKey)) {
      if (samePrefix.length === 1) groups.push(samePrefix);
      else groups.push(...groupBy(samePrefix, articleKey));
    }
  }
  // Back to the order of each group's first record, so ids and output order do not depend on titles.
  const position = new Map(records.map((r, i) => [r, i]));
  const first = (g: ArticleRecord[]): number => position.get(g[0] as ArticleRecord) ?? 0;
  return groups.sort((a, b) => first(a) - first(b));
}

/** Items grouped by key, groups in order of first appearance, items in input order. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

const DATE_RANK: Record<DateSource, number> = { frontmatter: 3, text: 2, header: 1 };
const rank = (r: ArticleRecord): number => (r.dateSource ? DATE_RANK[r.dateSource] : 0);

export function mergeIngests(perFile: FileIngest[]): IngestResult {
  const seenFiles = new Set<string>();
  const ingests: FileIngest[] = [];
  for (const f of [...perFile].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    if (seenFiles.has(f.file)) continue;
    seenFiles.add(f.file);
    ingests.push(f);
  }

  const ordered = ingests.flatMap((f) => [...f.records].sort((a, b) => a.part - b.part));
  const groups = groupByArticle(ordered);

  const usedIds = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const records: ArticleRecord[] = [];
  /** For every source record, the id of the record that now represents it. */
  const idOf = new Map<ArticleRecord, string>();
  const notes = new Map<string, FileReport['warnings']>();
  for (const group of groups) {
    // The best-dated copy wins; among equals, the first in file order.
    const chosen = group.reduce((best, r) => (rank(r) > rank(best) ? r : best));
    let id = chosen.id;
    if (usedIds.has(id)) {
      // Ids only ever get taken, so every suffix below the one remembered is still taken: a
      // popular title does not re-walk `-2`, `-3`, … for each further copy.
      let n = nextSuffix.get(chosen.id) ?? 2;
      while (usedIds.has(`${chosen.id}-${n}`)) n++;
      id = `${chosen.id}-${n}`;
      nextSuffix.set(chosen.id, n + 1);
    }
    usedIds.add(id);
    const files = [...new Set(group.map((r) => r.file))].sort();
    records.push({ ...chosen, id, duplicates: group.length > 1 ? files : [] });
    for (const r of group) {
      idOf.set(r, id);
      if (r !== chosen) {
        const list = notes.get(r.file) ?? [];
        list.push({
          file: r.file,
          line: null,
          rule: 'dedupe/duplicate',
          message: `part ${r.part} is the same article as ${chosen.file} part ${chosen.part}; merged into ${id}`,
        });
        notes.set(r.file, list);
      }
    }
  }

  const files: FileReport[] = ingests.map((f) => ({
    file: f.file,
    records: [...new Set(f.records.map((r) => idOf.get(r) ?? r.id))],
    warnings: [...f.warnings, ...(notes.get(f.file) ?? [])],
    errors: f.errors,
  }));
  return { records, files };
}
