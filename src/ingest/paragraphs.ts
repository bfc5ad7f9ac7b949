/**
 * Clean lines → a stream of items: text paragraphs, date lines, `date …` headers and closing
 * agency credits (`(ANP/AFP)`), each with the file line it starts on. Scrapes use either one
 * paragraph per line or blank-line blocks (sometimes hard-wrapped), so lines are joined only when
 * one clearly continues the other. Year-less live-blog stamps (`14:32`, `9 februari`) are dropped.
 */
import headlineWords from '../data/headline-words.json' with { type: 'json' };
import {
  isYearlessStamp,
  parseDateHeader,
  parseDateLine,
  parseDatePrefix,
  parseLabelledDateLine,
  type DateLine,
  type PartialDate,
} from './dates.ts';
import type { IngestFile } from './diagnostics.ts';
import { looksLikeHeadline } from './headline.ts';
import type { SourceLine } from './noise.ts';
import { alternation } from './pattern.ts';

export type Item =
  | { kind: 'text'; line: number; text: string }
  | { kind: 'date'; line: number; text: string; date: DateLine }
  | { kind: 'header'; line: number; raw: string; date: PartialDate | null }
  | { kind: 'credit'; line: number; text: string; agency: string };

const AGENCY = `(?:${alternation(headlineWords.agencies)})`;
const AGENCIES = `${AGENCY}(?:\\s*[/,]\\s*${AGENCY}){0,4}`;
/**
 * `(ANP/AFP)` or `- ANP` on its own line: the agency that credits the text above it. Any case
 * (`(belga/afp)`): no sentence of prose looks like this.
 */
const CREDIT_LINE = new RegExp(`^(?:\\(\\s*(${AGENCIES})\\s*\\)|[-–—]\\s*(${AGENCIES}))\\.?$`, 'i');
/** The same credit after the last sentence of a paragraph (`… aldus Peskov. (ANP)`). */
const CREDIT_TAIL = new RegExp(`[.!?"”’»…]\\s+\\((${AGENCIES})\\)$`, 'i');
const CREDIT_TAIL_MAX = 80;
/** `(`, `-`, `–`, `—`: the first character of a closing-credit line. */
const opensCredit = (c: number): boolean => c === 40 || c === 45 || c === 0x2013 || c === 0x2014;
/** An agency as the list spells it (`belga` → `Belga`); a spelling the list has is kept (`dpa`). */
const AGENCY_SPELLING = new Map<string, string>();
for (const agency of headlineWords.agencies) {
  if (!AGENCY_SPELLING.has(agency.toLowerCase())) AGENCY_SPELLING.set(agency.toLowerCase(), agency);
}
const LISTED = new Set(headlineWords.agencies);
const spelled = (agency: string): string => (LISTED.has(agency) ? agency : (AGENCY_SPELLING.get(agency.toLowerCase()) ?? agency));
const normalAgency = (agency: string): string =>
  agency
    .trim()
    .split(/\s*[/,]\s*/)
    .map(spelled)
    .join('/');

/** A paragraph of running text: once one is seen, a date stamp opening a line is prose, not a header. */
const BODY_MIN_LENGTH = 60;
const HEADLINE_MAX_WORDS = 25;

const SENTENCE_END = /[.!?:;…"”’'»)]$/u;
/** Hard-wrapped prose lines are long; a headline or subheading on its own line is short. */
const WRAP_MIN_LENGTH = 50;
const WRAP_MAX_LENGTH = 100;

/** Words that open a paragraph (or a lede after a headline) far more often than a wrapped line. */
const PARAGRAPH_START = /^(?:De|Het|Een|In|Op|Volgens|Bij|Na|Er|Ook|Dat|Die|Zo|Nu|Maar|En)\s|^\p{Lu}{2,}[\p{Lu} /'-]*\s*\(/u;

/**
 * A line this short that ends on a comma, above a capitalised line, is a salutation (`Goedemorgen,`,
 * `Beste lezer,`), unless the text is hard-wrapped (a narrow column wraps short); a lower-case next
 * line has joined already.
 */
export const SALUTATION_MAX_LENGTH = 30;

function continues(previous: string, next: string, wrapped: boolean): boolean {
  if (previous === next) return false;
  if (/^[\p{Ll}(,;]/u.test(next)) return true;
  // endsWith, not /[-,]$/: a regex anchored only at `$` is tried at every offset of the line.
  if (previous.endsWith('-') || (previous.endsWith(',') && (wrapped || previous.length > SALUTATION_MAX_LENGTH))) return true;
  return wrapped && previous.length >= WRAP_MIN_LENGTH && !SENTENCE_END.test(previous) && !PARAGRAPH_START.test(next);
}

export function buildItems(lines: SourceLine[], file: IngestFile): Item[] {
  const items: Item[] = [];
  const trimmed = lines.map((l) => l.text.trim());
  // Blank lines separate paragraphs only when they sit between text (a trailing newline does not count).
  const firstText = trimmed.findIndex((t) => t !== '');
  const lastText = trimmed.findLastIndex((t) => t !== '');
  const blankLineStyle = trimmed.some((t, i) => i > firstText && i < lastText && t === '');
  // Hard-wrapped text: blank-line paragraphs made of lines that all stop near a fixed width.
  const lengths = trimmed.map((t) => t.length).filter((n) => n > 0);
  const wrapped =
    blankLineStyle &&
    lengths.every((n) => n <= WRAP_MAX_LENGTH) &&
    lengths.filter((n) => n >= WRAP_MIN_LENGTH).length >= lengths.length * 0.6;
  let open: { line: number; text: string } | null = null;
  let lastLine = '';
  let previousBlank = true;
  let bodySeen = false;
  // A finished sentence of running text: a long headline (bodySeen) may still have its date line below it.
  let proseSeen = false;
  const close = (): void => {
    if (open) items.push({ kind: 'text', line: open.line, text: open.text });
    open = null;
  };
  for (let n = 0; n < lines.length; n++) {
    const source = lines[n] as SourceLine;
    let text = trimmed[n] as string;
    if (text === '') {
      close();
      previousBlank = true;
      continue;
    }
    const header = parseDateHeader(text);
    if (header) {
      close();
      items.push({ kind: 'header', line: source.line, raw: header.raw, date: header.date });
      bodySeen = false;
      proseSeen = false;
      text = header.rest.trim();
      if (text === '') continue;
    }
    // Above the text a page may put its date among labels (`Buitenland - 13 januari 2022 - 09:12`).
    const date = parseDateLine(text) ?? (proseSeen ? null : parseLabelledDateLine(text));
    if (date) {
      close();
      items.push({ kind: 'date', line: source.line, text, date });
      continue;
    }
    // Stamps and credits end the paragraph before them, like a blank line.
    if (isYearlessStamp(text)) {
      close();
      file.drop(source.line, 'date/yearless-stamp', text);
      previousBlank = true;
      continue;
    }
    const credit = opensCredit(text.charCodeAt(0)) ? CREDIT_LINE.exec(text) : null;
    const creditAgency = credit?.[1] ?? credit?.[2];
    if (creditAgency !== undefined) {
      close();
      items.push({ kind: 'credit', line: source.line, text, agency: normalAgency(creditAgency) });
      previousBlank = true;
      continue;
    }
    let tailCredit: string | null = null;
    if (text.endsWith(')')) {
      const start = Math.max(0, text.length - CREDIT_TAIL_MAX);
      const tail = CREDIT_TAIL.exec(text.slice(start));
      if (tail?.[1] !== undefined) {
        tailCredit = tail[1];
        text = text.slice(0, start + tail.index + 1);
      }
    }
    if (!bodySeen) {
      // `18 januari 2022 Blinken reist naar Kiev`: a headline glued after its date stamp.
      const prefix = parseDatePrefix(text);
      if (prefix && looksLikeHeadline(prefix.rest, HEADLINE_MAX_WORDS)) {
        close();
        items.push({ kind: 'date', line: source.line, text: prefix.stamp, date: prefix.date });
        text = prefix.rest;
        previousBlank = true;
      }
    }
    if (text.length >= BODY_MIN_LENGTH) {
      bodySeen = true;
      proseSeen ||= SENTENCE_END.test(text);
    }
    const current: { line: number; text: string } | null = open;
    if (current !== null && !previousBlank && continues(lastLine, text, wrapped)) {
      current.text = current.text.endsWith('-') && /^\p{Ll}/u.test(text) ? current.text + text : `${current.text} ${text}`;
    } else {
      close();
      open = { line: source.line, text };
    }
    previousBlank = false;
    lastLine = text;
    if (tailCredit !== null) {
      close();
      items.push({ kind: 'credit', line: source.line, text: `(${tailCredit})`, agency: normalAgency(tailCredit) });
      previousBlank = true;
    }
  }
  close();
  return items;
}
