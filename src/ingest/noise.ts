/**
 * Page noise (credits, sidebars, banners, share buttons, relative timestamps, teasers) removed
 * line by line. The patterns are data (`data/noise.json`) so a maintainer can add an outlet's
 * quirks without touching code; this module only knows the three kinds of rule.
 */
import noiseData from '../data/noise.json' with { type: 'json' };
import type { IngestFile } from './diagnostics.ts';

export type NoiseKind = 'line' | 'sidebar' | 'inline';

export interface NoiseRule {
  id: string;
  kind: NoiseKind;
  pattern: RegExp;
  /** Sidebar only: ends the article only after article text was seen (else drops just its line). */
  afterBody?: boolean;
}

export interface SourceLine {
  /** 1-based line in the file. */
  line: number;
  text: string;
}

function isKind(value: unknown): value is NoiseKind {
  return value === 'line' || value === 'sidebar' || value === 'inline';
}

/** Compile rule data once; a malformed entry is a programming error in the data file, so it throws. */
export function compileNoiseRules(data: {
  rules: { id: string; kind: string; pattern: string; flags?: string; afterBody?: boolean }[];
}): NoiseRule[] {
  return data.rules.map((r) => {
    if (!isKind(r.kind)) throw new Error(`noise rule ${r.id}: unknown kind ${r.kind}`);
    const rule: NoiseRule = { id: r.id, kind: r.kind, pattern: new RegExp(r.pattern, r.flags ?? 'u') };
    if (r.afterBody === true) rule.afterBody = true;
    return rule;
  });
}

/** A kept line this long is article text, so a top-of-page label after it is a sidebar heading. */
const BODY_LINE_MIN = 60;
const ENDS_SENTENCE = /[.!?]["”’']?$/u;

export const DEFAULT_NOISE_RULES: NoiseRule[] = compileNoiseRules(noiseData);

/**
 * Rules of one kind plus a cheap pre-test: the `^`-anchored patterns joined into one regex per
 * flag set, so a line that matches none of them costs one regex call instead of one per rule.
 * Only when the pre-test hits (or for unanchored rules) are the rules tried one by one, in order,
 * so the first matching rule is still the one reported.
 */
interface RuleSet {
  rules: NoiseRule[];
  anchoredAny: RegExp[];
  unanchored: NoiseRule[];
}

function ruleSet(rules: NoiseRule[]): RuleSet {
  const byFlags = new Map<string, string[]>();
  const unanchored: NoiseRule[] = [];
  for (const rule of rules) {
    // `g`/`y` make test() stateful; such a rule (and any unanchored one) is tried on its own.
    if (!rule.pattern.source.startsWith('^') || /[gy]/.test(rule.pattern.flags)) {
      unanchored.push(rule);
      continue;
    }
    const list = byFlags.get(rule.pattern.flags) ?? [];
    list.push(`(?:${rule.pattern.source})`);
    byFlags.set(rule.pattern.flags, list);
  }
  const anchoredAny: RegExp[] = [];
  for (const [flags, sources] of byFlags) {
    try {
      // The outer `^` matters: without it V8 retries the alternation at every position of the line.
      anchoredAny.push(new RegExp(`^(?:${sources.join('|')})`, flags));
    } catch {
      // e.g. a named group used in two rules: fall back to trying every rule.
      return { rules, anchoredAny: [], unanchored: rules };
    }
  }
  return { rules, anchoredAny, unanchored };
}

function firstMatch(set: RuleSet, text: string): NoiseRule | undefined {
  // Plain loops: this runs for every line, and callbacks would be allocated per call.
  let any = false;
  for (let i = 0; i < set.anchoredAny.length && !any; i++) any = (set.anchoredAny[i] as RegExp).test(text);
  for (let i = 0; i < set.unanchored.length && !any; i++) any = (set.unanchored[i] as NoiseRule).pattern.test(text);
  if (!any) return undefined;
  return set.rules.find((r) => r.pattern.test(text));
}

const compiledSets = new WeakMap<NoiseRule[], { inline: NoiseRule[]; sidebar: RuleSet; whole: RuleSet }>();

function setsFor(rules: NoiseRule[]): { inline: NoiseRule[]; sidebar: RuleSet; whole: RuleSet } {
  let sets = compiledSets.get(rules);
  if (!sets) {
    sets = {
      inline: rules.filter((r) => r.kind === 'inline'),
      sidebar: ruleSet(rules.filter((r) => r.kind === 'sidebar')),
      whole: ruleSet(rules.filter((r) => r.kind === 'line')),
    };
    compiledSets.set(rules, sets);
  }
  return sets;
}

/**
 * Drop noise lines (each reported to `file` with its rule) and return the rest. Blank lines are
 * kept (they separate paragraphs). A sidebar heading ends the article text: it and every later
 * line are dropped.
 */
export function stripNoise(lines: SourceLine[], file: IngestFile, rules: NoiseRule[] = DEFAULT_NOISE_RULES): SourceLine[] {
  const { inline, sidebar, whole } = setsFor(rules);
  const kept: SourceLine[] = [];
  let bodySeen = false;
  for (let i = 0; i < lines.length; i++) {
    const source = lines[i];
    if (source === undefined) continue;
    let text = source.text.trim();
    if (text === '') {
      kept.push(source);
      continue;
    }
    for (const rule of inline) {
      const stripped = text.replace(rule.pattern, '').trim();
      if (stripped !== text) {
        file.drop(source.line, `noise/${rule.id}`, text.slice(0, text.length - stripped.length).trim());
        text = stripped;
      }
    }
    if (text === '') continue;
    const side = firstMatch(sidebar, text);
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
      file.drop(source.line, `noise/${lineRule.id}`, text);
      continue;
    }
    kept.push(text === source.text ? source : { line: source.line, text });
    if (text.length >= BODY_LINE_MIN || ENDS_SENTENCE.test(text)) bodySeen = true;
  }
  return kept;
}
