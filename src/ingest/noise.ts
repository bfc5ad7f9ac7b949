/**
 * Page noise (credits, sidebars, banners, share buttons, relative timestamps, teasers) removed
 * line by line. The patterns are data (`data/noise.json`) so a maintainer can add an outlet's
 * quirks without touching code; this module only knows the three kinds of rule.
 */
import noiseData from '../data/noise.json' with { type: 'json' };
import { isCaptionCredit } from './caption-credit.ts';
import { promptKind } from './prompt.ts';
import { parseDateHeader } from './dates.ts';
import type { IngestFile } from './diagnostics.ts';

export type NoiseKind = 'line' | 'sidebar' | 'inline' | 'fact';

export interface NoiseRule {
  id: string;
  kind: NoiseKind;
  pattern: RegExp;
  /** Sidebar only: ends the article only after article text was seen (else drops just its line). */
  afterBody?: boolean;
  /** Tried only on lines this short: a caption rule need not scan a long paragraph. */
  maxLength?: number;
  /** Tried only when this (cheap, literal) pattern is found in the last 120 characters of the line. */
  requires?: RegExp;
  /** An audience count (`12.431 abonnees`): the short line just above it is the channel's or account's name. */
  dropsName?: boolean;
}

export interface SourceLine {
  /** 1-based line in the file. */
  line: number;
  text: string;
}

function isKind(value: unknown): value is NoiseKind {
  return value === 'line' || value === 'sidebar' || value === 'inline' || value === 'fact';
}

/** Compile rule data once; a malformed entry is a programming error in the data file, so it throws. */
export function compileNoiseRules(data: {
  rules: {
    id: string;
    kind: string;
    pattern: string;
    flags?: string;
    afterBody?: boolean;
    maxLength?: number;
    requires?: string;
    dropsName?: boolean;
  }[];
}): NoiseRule[] {
  return data.rules.map((r) => {
    if (!isKind(r.kind)) throw new Error(`noise rule ${r.id}: unknown kind ${r.kind}`);
    const rule: NoiseRule = { id: r.id, kind: r.kind, pattern: new RegExp(r.pattern, r.flags ?? 'u') };
    if (r.afterBody === true) rule.afterBody = true;
    if (r.maxLength !== undefined) rule.maxLength = r.maxLength;
    if (r.requires !== undefined) rule.requires = new RegExp(r.requires, 'u');
    if (r.dropsName === true) rule.dropsName = true;
    return rule;
  });
}

/** `requires` is sought near the end of the line, where a caption's credit is. */
const GUARD_TAIL = 120;

const tailOf = (text: string): string => (text.length > GUARD_TAIL ? text.slice(-GUARD_TAIL) : text);

/** The rule's guards pass and its pattern matches. */
function matches(rule: NoiseRule, text: string): boolean {
  if (rule.maxLength !== undefined && text.length > rule.maxLength) return false;
  if (rule.requires !== undefined && !rule.requires.test(tailOf(text))) return false;
  return rule.pattern.test(text);
}

/** A kept line this long is article text, so a top-of-page label after it is a sidebar heading. */
const BODY_LINE_MIN = 60;
const ENDS_SENTENCE = /[.!?]["”’']?$/u;

export const DEFAULT_NOISE_RULES: NoiseRule[] = compileNoiseRules(noiseData);

/**
 * Rules of one kind plus cheap pre-tests: the `^`-anchored patterns joined into one regex per
 * flag set and length limit, so a line that matches none of them costs a regex call per group
 * instead of one per rule (and none for a group whose limit the line exceeds). Only when a
 * pre-test hits are the rules tried one by one, in order, so the first matching rule is still the
 * one reported. Unanchored rules, stateful (`g`/`y`) ones and those with `requires` are tests of
 * their own.
 */
interface PreTest {
  pattern: RegExp;
  maxLength: number;
  requires: RegExp | undefined;
}

interface RuleSet {
  rules: NoiseRule[];
  tests: PreTest[];
}

const ownTest = (r: NoiseRule): PreTest => ({
  pattern: r.pattern,
  maxLength: r.maxLength ?? Number.POSITIVE_INFINITY,
  requires: r.requires,
});

function ruleSet(rules: NoiseRule[]): RuleSet {
  const groups = new Map<string, { flags: string; maxLength: number; sources: string[] }>();
  const tests: PreTest[] = [];
  for (const rule of rules) {
    if (!rule.pattern.source.startsWith('^') || /[gy]/.test(rule.pattern.flags) || rule.requires !== undefined) {
      tests.push(ownTest(rule));
      continue;
    }
    const maxLength = rule.maxLength ?? Number.POSITIVE_INFINITY;
    const key = `${rule.pattern.flags} ${maxLength}`;
    const group = groups.get(key) ?? { flags: rule.pattern.flags, maxLength, sources: [] };
    group.sources.push(`(?:${rule.pattern.source})`);
    groups.set(key, group);
  }
  for (const { flags, maxLength, sources } of groups.values()) {
    try {
      // The outer `^` matters: without it V8 retries the alternation at every position of the line.
      tests.push({ pattern: new RegExp(`^(?:${sources.join('|')})`, flags), maxLength, requires: undefined });
    } catch {
      // e.g. a named group used in two rules: fall back to trying every rule.
      return { rules, tests: rules.map(ownTest) };
    }
  }
  return { rules, tests };
}

function firstMatch(set: RuleSet, text: string): NoiseRule | undefined {
  // Plain loops: this runs for every line, and callbacks would be allocated per call.
  let any = false;
  for (let i = 0; i < set.tests.length && !any; i++) {
    const test = set.tests[i] as PreTest;
    any = text.length <= test.maxLength && (test.requires === undefined || test.requires.test(tailOf(text))) && test.pattern.test(text);
  }
  if (!any) return undefined;
  return set.rules.find((r) => matches(r, text));
}

interface Sets {
  inline: RuleSet;
  sidebar: RuleSet;
  /** Facts alone, for the parts of a page-facts line. */
  fact: RuleSet;
  /** Facts and line rules: what drops a whole line (one pre-test for both). */
  whole: RuleSet;
}

const compiledSets = new WeakMap<NoiseRule[], Sets>();

function setsFor(rules: NoiseRule[]): Sets {
  let sets = compiledSets.get(rules);
  if (!sets) {
    sets = {
      inline: ruleSet(rules.filter((r) => r.kind === 'inline')),
      sidebar: ruleSet(rules.filter((r) => r.kind === 'sidebar')),
      fact: ruleSet(rules.filter((r) => r.kind === 'fact')),
      whole: ruleSet(rules.filter((r) => r.kind === 'fact' || r.kind === 'line')),
    };
    compiledSets.set(rules, sets);
  }
  return sets;
}

/** Separators of a page-facts line (`Nieuws • Gisteren • leestijd 3 minuten • opslaan`). */
const FACT_SEPARATOR = /\s*[•·|]\s*/;
/** A line of page facts is short; prose with a `|` in it is not searched. */
const FACTS_MAX_LENGTH = 200;
/** Without the `u` flag: a plain character-class scan. */
const HAS_FACT_SEPARATOR = /[•·|]/;

/**
 * A line of page facts split on its separators: facts are dropped part by part, what is left (a
 * date stamp, usually) is kept, joined with ` | ` as date lines join several stamps. Null when the
 * line holds no fact.
 */
function stripFacts(text: string, line: number, fact: RuleSet, file: IngestFile): string | null {
  if (text.length > FACTS_MAX_LENGTH || !HAS_FACT_SEPARATOR.test(text)) return null;
  const parts = text.split(FACT_SEPARATOR).filter((p) => p !== '');
  const rest = parts.filter((p) => firstMatch(fact, p) === undefined);
  if (rest.length === parts.length) return null;
  file.drop(line, 'noise/page-facts', parts.filter((p) => !rest.includes(p)).join(' • '));
  return rest.join(' | ');
}

/** A channel or account name is a short label, not a sentence. */
const NAME_MAX_LENGTH = 60;

/** Drop the name line kept just above an audience count (blank lines between them are kept). */
function dropName(kept: SourceLine[], file: IngestFile): void {
  let i = kept.length - 1;
  while (i >= 0 && kept[i]?.text.trim() === '') i--;
  const name = kept[i];
  if (name === undefined) return;
  const text = name.text.trim();
  if (text.length > NAME_MAX_LENGTH || ENDS_SENTENCE.test(text)) return;
  kept.splice(i, 1);
  file.drop(name.line, 'noise/channel-name', text);
}

/** Keep what is left of a line: its header prefix (if any) and its text, as the source object when unchanged. */
function keepLine(kept: SourceLine[], source: SourceLine, prefix: string, text: string): void {
  const full = prefix === '' ? text : `${prefix}${text}`.trim();
  if (full !== '') kept.push(full === source.text ? source : { line: source.line, text: full });
}

/**
 * Drop noise lines (each reported to `file` with its rule) and return the rest. Blank lines are
 * kept (they separate paragraphs). A sidebar heading ends the article text: it and every later
 * line are dropped. A line of page facts loses its facts and keeps the rest.
 */
export function stripNoise(lines: SourceLine[], file: IngestFile, rules: NoiseRule[] = DEFAULT_NOISE_RULES): SourceLine[] {
  const { inline, sidebar, fact, whole } = setsFor(rules);
  const kept: SourceLine[] = [];
  let bodySeen = false;
  // A finished sentence of running text: before it, a caption credited to news agencies is no closing credit.
  let proseSeen = false;
  // The last line long enough to be a paragraph: a caption above it stands between paragraphs.
  let lastLong = lines.length - 1;
  while (lastLong >= 0 && (lines[lastLong]?.text.length ?? 0) < BODY_LINE_MIN) lastLong--;
  for (let i = 0; i < lines.length; i++) {
    const source = lines[i];
    if (source === undefined) continue;
    let text = source.text.trim();
    if (text === '') {
      kept.push(source);
      continue;
    }
    // A scraper's ` date 2022-03 ` header opens the line: the rules judge the text after it, and
    // the header stays whatever they drop.
    const header = text.charCodeAt(0) === 100 ? parseDateHeader(text) : null;
    const prefix = header ? text.slice(0, text.length - header.rest.length) : '';
    if (header) text = header.rest.trim();
    // Most lines start with none of the inline patterns: one pre-test, then each rule in turn.
    if (firstMatch(inline, text)) {
      for (const rule of inline.rules) {
        const stripped = text.replace(rule.pattern, '').trim();
        if (stripped !== text) {
          file.drop(source.line, `noise/${rule.id}`, text.slice(0, text.length - stripped.length).trim());
          text = stripped;
        }
      }
    }
    if (text === '') {
      keepLine(kept, source, prefix, '');
      continue;
    }
    const side = header ? undefined : firstMatch(sidebar, text);
    if (side?.afterBody && !bodySeen) {
      file.drop(source.line, `noise/${side.id}`, text);
      continue;
    }
    if (side) {
      const rule = `noise/${side.id}`;
      for (let j = i; j < lines.length; j++) {
        const rest = lines[j];
        const restText = rest?.text.trim() ?? '';
        if (rest !== undefined && restText !== '') file.drop(rest.line, rule, restText);
      }
      break;
    }
    const lineRule = firstMatch(whole, text);
    if (lineRule) {
      if (lineRule.dropsName) dropName(kept, file);
      file.drop(source.line, `noise/${lineRule.id}`, text);
      keepLine(kept, source, prefix, '');
      continue;
    }
    const prompt = promptKind(text);
    if (prompt !== null) {
      file.drop(source.line, `noise/${prompt}`, text);
      keepLine(kept, source, prefix, '');
      continue;
    }
    if (isCaptionCredit(text, !proseSeen, i < lastLong)) {
      file.drop(source.line, 'noise/caption-credit', text);
      keepLine(kept, source, prefix, '');
      continue;
    }
    const withoutFacts = stripFacts(text, source.line, fact, file);
    if (withoutFacts !== null) text = withoutFacts;
    keepLine(kept, source, prefix, text);
    // Both flags only turn on, so the `$`-anchored test (tried at every offset) runs only until then.
    if (!proseSeen) {
      const long = text.length >= BODY_LINE_MIN;
      const endsSentence = ENDS_SENTENCE.test(text);
      if (long || endsSentence) bodySeen = true;
      if (long && endsSentence) proseSeen = true;
    }
  }
  return kept;
}
