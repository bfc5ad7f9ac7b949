/**
 * YAML of a front-matter block, parsed so that every value can be judged as written: dates stay
 * text (js-yaml's default schema turns `2022-02-30` into 2 March, so a wrong date would look right),
 * and every mapping key and list item keeps the line it is on, in any YAML style (block, flow,
 * quoted keys, values on the next line, anchors, tags). A syntax error becomes a plain hint on
 * its line, and the problems of every top-level field are reported, not only the first.
 */
import { CORE_SCHEMA, load, type LoaderState, Type, types, YAMLException } from 'js-yaml';

/**
 * Core YAML (null, booleans, numbers, strings) with merge keys; no implicit timestamps. An explicit
 * `!!timestamp` tag is accepted and keeps the text written, to be checked like any date.
 */
const SCHEMA = CORE_SCHEMA.extend({
  implicit: [types.merge],
  explicit: [new Type('tag:yaml.org,2002:timestamp', { kind: 'scalar', resolve: (d) => typeof d === 'string', construct: (d) => d })],
});
/** Front matter needs three levels (`parts`, an item, its fields); far deeper nesting is a mistake or an attack. */
const MAX_DEPTH = 50;

/** 0-based text lines of each mapping's keys (and their values) and of each list's items. */
export interface YamlLines {
  keys: WeakMap<object, Map<string, { key: number; value: number }>>;
  items: WeakMap<object, number[]>;
}

export interface YamlProblem {
  /** 0-based line in the YAML text. */
  line: number;
  hint: string;
}

export type YamlResult =
  | { ok: true; data: unknown; lines: YamlLines }
  /** `partial`: the top-level fields that did parse on their own, to be checked too. */
  | { ok: false; problems: YamlProblem[]; partial: { data: Record<string, unknown>; lines: YamlLines } };

interface Frame {
  line: number;
  children: Frame[];
  kind: string | null;
  result: unknown;
}

const isCollection = (f: Frame): boolean => f.kind === 'mapping' || f.kind === 'sequence';

/** Where a node's text starts: a value read after its key (`date:\n  2022-…`) starts at its inner node. */
function startLine(frame: Frame): number {
  let f = frame;
  while (!isCollection(f) && f.children[0] !== undefined) f = f.children[0];
  return f.line;
}

function collectLines(frame: Frame, lines: YamlLines): void {
  const { children, result } = frame;
  // A collection read as a value is wrapped in a node of the same result.
  const only = children.length === 1 ? children[0] : undefined;
  if (only && only.result === result && typeof result === 'object' && result !== null) {
    collectLines(only, lines);
    return;
  }
  if (frame.kind === 'mapping' && typeof result === 'object' && result !== null) {
    const keys = new Map<string, { key: number; value: number }>();
    for (let i = 0; i + 1 < children.length; i += 2) {
      const key = children[i] as Frame;
      keys.set(String(key.result), { key: startLine(key), value: startLine(children[i + 1] as Frame) });
    }
    lines.keys.set(result, keys);
  } else if (frame.kind === 'sequence' && Array.isArray(result)) {
    lines.items.set(result, children.map(startLine));
  }
  for (const child of children) collectLines(child, lines);
}

const newLines = (): YamlLines => ({ keys: new WeakMap(), items: new WeakMap() });

function parseOnce(source: string, lines: YamlLines): unknown {
  const root: Frame = { line: 0, children: [], kind: null, result: undefined };
  const stack: Frame[] = [root];
  const listener = (event: 'open' | 'close', state: LoaderState): void => {
    if (event === 'open') {
      const frame: Frame = { line: state.line, children: [], kind: null, result: undefined };
      stack[stack.length - 1]?.children.push(frame);
      stack.push(frame);
    } else {
      const frame = stack.pop();
      if (frame) {
        frame.kind = state.kind;
        frame.result = state.result;
      }
    }
  };
  const data = load(source, { schema: SCHEMA, maxDepth: MAX_DEPTH, listener });
  for (const top of root.children) collectLines(top, lines);
  return data;
}

const textLines = (source: string): string[] => source.split('\n');

/** The value part of a `key: value` line, or null. */
function fieldValue(text: string): string | null {
  const m = /^\s*(?:-\s+)?(?:"[^"]*"|'[^']*'|[^\s:#][^:#]*?)\s*:(?:\s+(.*))?$/.exec(text);
  return m ? (m[1] ?? '') : null;
}

/** The last line at or before `from` where a `[`/`{` (or a quote) opens and is not closed on that line. */
function openerLine(lines: string[], from: number, open: RegExp, close: RegExp): number {
  for (let i = Math.min(from, lines.length - 1); i >= 0; i--) {
    const text = lines[i] ?? '';
    if ((text.match(open)?.length ?? 0) > (text.match(close)?.length ?? 0)) return i;
  }
  return from;
}

/** js-yaml's reason → what to do about it, and the line that needs the change. */
function explain(error: YAMLException, source: string): YamlProblem {
  const lines = textLines(source);
  const reason = error.reason ?? error.message;
  const at = error.mark?.line ?? 0;
  const text = lines[at] ?? '';
  const value = fieldValue(text);
  if (reason.startsWith('nesting exceeded maxDepth')) {
    return { line: at, hint: `lists or maps are nested more than ${MAX_DEPTH} levels deep; front matter needs at most three` };
  }
  if (reason.startsWith('bad indentation of a mapping entry') || reason.startsWith('incomplete explicit mapping pair')) {
    if (value !== null && /:\s/.test(value)) return { line: at, hint: 'quote the value: it contains ": " (write it as "…")' };
    if (value !== null && /^'.*'.*'/.test(value))
      return { line: at, hint: "quote the value with double quotes: it contains an apostrophe (')" };
    if (value !== null && /^[@`]/.test(value)) return { line: at, hint: `quote the value: it starts with ${value[0]}` };
    return { line: at, hint: 'this line is indented differently from the fields around it; give every field the same indentation' };
  }
  if (reason.startsWith('bad indentation of a sequence entry')) {
    return { line: at, hint: 'indent every list item (`- …`) and its fields the same way' };
  }
  if (reason.includes('double quoted scalar')) {
    return { line: openerLine(lines, at, /(?<!\\)"/g, /$^/g), hint: 'a double quote (") is opened but never closed' };
  }
  if (reason.includes('single quoted scalar')) {
    return {
      line: openerLine(lines, at, /'/g, /$^/g),
      hint: "a single quote (') is opened but never closed; use double quotes around a text with an apostrophe",
    };
  }
  if (reason.includes('flow collection') || reason.startsWith('missed comma')) {
    return {
      line: openerLine(lines, at, /[[{]/g, /[\]}]/g),
      hint: 'a list [ … ] or set { … } is not closed, or a comma is missing between its entries',
    };
  }
  if (reason.startsWith('duplicated mapping key')) {
    return { line: at, hint: `the field \`${/^\s*["']?([^"':]+)/.exec(text)?.[1]?.trim() ?? ''}\` appears twice; keep one` };
  }
  if (reason.startsWith('unknown tag')) {
    const tag = /![^\s]*/.exec(text)?.[0] ?? 'tag';
    return { line: at, hint: `unknown YAML tag ${tag}; remove it (a date is written as 2022-04-01)` };
  }
  if (reason.startsWith('unidentified alias')) {
    const name = /"([^"]+)"/.exec(reason)?.[1] ?? '';
    return { line: at, hint: `*${name} refers to an anchor &${name} that is not defined before it` };
  }
  if (reason.includes('multiline key may not be an implicit key') || reason.includes('end of the stream or a document separator')) {
    // The reader notices on the next field; the line without `key: value` is the one before.
    let line = at;
    for (let i = at; i >= 0; i--) {
      const t = lines[i] ?? '';
      if (t.trim() !== '' && !t.trim().startsWith('#') && fieldValue(t) === null) {
        line = i;
        break;
      }
    }
    return { line, hint: 'every line should be a field written as `name: value` (a colon and a space after the name)' };
  }
  return { line: at, hint: `not valid YAML (${reason})` };
}

/** A top-level field and the lines it spans, for reporting every field's problem. */
function topLevelEntries(source: string): { start: number; text: string }[] {
  const lines = textLines(source);
  const entries: { start: number; lines: string[] }[] = [];
  lines.forEach((text, i) => {
    const startsEntry = /^[^\s#-]/.test(text) || /^-\s/.test(text);
    const current = entries[entries.length - 1];
    if (startsEntry || !current) entries.push({ start: i, lines: [...new Array<string>(i).fill(''), text] });
    else current.lines.push(text);
  });
  return entries.map((e) => ({ start: e.start, text: e.lines.join('\n') }));
}

/**
 * Parse front-matter YAML. On a syntax error every top-level field is parsed on its own as well, so
 * that each broken field is reported (with its own line), not only the first.
 */
export function parseYaml(source: string): YamlResult {
  const lines = newLines();
  try {
    return { ok: true, data: parseOnce(source, lines), lines };
  } catch (error) {
    const partial = { data: {} as Record<string, unknown>, lines };
    if (!(error instanceof YAMLException)) {
      // A stack overflow or another engine failure: name it plainly, at the first line.
      return {
        ok: false,
        problems: [{ line: 0, hint: 'the front matter could not be read (it nests too deeply or is too large)' }],
        partial,
      };
    }
    const problems = [explain(error, source)];
    const topKeys = new Map<string, { key: number; value: number }>();
    for (const entry of topLevelEntries(source)) {
      try {
        // Padded with blank lines, so that js-yaml's line numbers are the file's.
        const data = parseOnce(entry.text, lines);
        if (typeof data !== 'object' || data === null || Array.isArray(data)) continue;
        Object.assign(partial.data, data);
        for (const [key, at] of lines.keys.get(data) ?? []) topKeys.set(key, at);
      } catch (inner) {
        if (!(inner instanceof YAMLException)) continue;
        // An alias to an anchor in another field is not an error of this field.
        if ((inner.reason ?? '').startsWith('unidentified alias')) continue;
        const problem = explain(inner, entry.text);
        if (!problems.some((p) => p.line === problem.line)) problems.push(problem);
      }
    }
    lines.keys.set(partial.data, topKeys);
    problems.sort((a, b) => a.line - b.line);
    return { ok: false, problems, partial };
  }
}
