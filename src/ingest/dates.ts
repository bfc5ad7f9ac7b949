/**
 * Dates as articles state them: ISO-like values (front matter, `date 2021-04` headers) and Dutch
 * date LINES (a line that is nothing but a date stamp, maybe with a label and a time). A date
 * mentioned inside prose is never a publication date, so the line matcher is anchored at both ends.
 */
import { getDay } from 'date-fns/getDay';
import { isExists } from 'date-fns/isExists';
import type { DatePrecision } from '../record/types.ts';
import dutch from '../data/dutch-dates.json' with { type: 'json' };
import { alternation as alt } from './pattern.ts';

export interface PartialDate {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  precision: DatePrecision;
}

export interface DateLine extends PartialDate {
  /** Weekday named on the line (0 = Sunday), when there is one. */
  weekday: number | null;
  weekdayName: string | null;
  /** The line is an update stamp (`Bijgewerkt op …`), not the first publication. */
  updated: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function build(year: number, month?: number, day?: number): PartialDate | null {
  if (year < 1000 || year > 2999) return null;
  if (month === undefined) return { date: String(year), precision: 'year' };
  if (month < 1 || month > 12) return null;
  if (day === undefined) return { date: `${year}-${pad(month)}`, precision: 'month' };
  if (!isExists(year, month - 1, day)) return null;
  return { date: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

const ISO_RE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/** Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when malformed or impossible (`2021-02-30`). */
export function parseIsoDate(value: string): PartialDate | null {
  const m = ISO_RE.exec(value.trim());
  if (!m) return null;
  return build(Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
}

const MONTHS = new Map<string, number>();
for (const m of dutch.months) for (const name of m.names) MONTHS.set(name, m.number);
const WEEKDAYS = new Map<string, number>();
for (const w of dutch.weekdays) for (const name of w.names) WEEKDAYS.set(name, w.number);
const UPDATE_LABELS = new Set(dutch.updateLabels);

const LABEL = `(?<label>${alt(dutch.labels)})\\s*:?\\s*`;
const WEEKDAY = `(?<weekday>${alt(WEEKDAYS.keys())})\\.?,?\\s+`;
const MONTH = alt(MONTHS.keys());
const TIME = `(?:\\s*[,|·•-]?\\s*(?:om\\s+)?\\d{1,2}[:.u]\\d{2}(?::\\d{2})?(?:\\s*uur)?|T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?`;
const BODY = [
  `(?<d1>\\d{1,2})\\s+(?<m1>${MONTH})\\.?,?\\s+(?<y1>\\d{4})`,
  `(?<d2>\\d{1,2})[-/.](?<m2>\\d{1,2})[-/.](?<y2>\\d{4})`,
  `(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2})`,
  `(?<m4>${MONTH})\\.?\\s+(?<y4>\\d{4})`,
  // Two-digit years (`12-02-22, 21:30`, AD/Telegraaf style); only ever 20xx on a news page.
  `(?<d5>\\d{1,2})[-/.](?<m5>\\d{1,2})[-/.](?<y5>\\d{2})`,
].join('|');
/** `8 dec. 2022 in BUITENLAND`: a stamp may name the page's section after it. */
const SECTION = `(?:\\s+in\\s+(?:${alt(dutch.sections)}))?`;
const DATE_LINE_RE = new RegExp(`^(?:${LABEL})?(?:${WEEKDAY})?(?:${BODY})${TIME}${SECTION}\\.?$`, 'iu');
/** A stamp that opens a line and is followed by a capitalised text (a headline glued after its date). */
const DATE_PREFIX_RE = new RegExp(`^(?:${LABEL})?(?:${WEEKDAY})?(?:${BODY})${TIME}\\s+`, 'iu');
/** Tested apart: under the `i` flag `\p{Lu}` matches lowercase letters too. */
const CAPITAL_START = /^["“„‘']?\p{Lu}/u;
/**
 * A live-blog stamp that names no year (`9 februari`, `14:32`, `wo 9 feb, 14.32 uur`): noise,
 * never a publication date.
 */
const TIME_ONLY = `\\d{1,2}[:.u]\\d{2}(?::\\d{2})?(?:\\s*uur)?`;
const LABELLED_TIME_RE = new RegExp(`(?:\\s*[|·•]\\s*|\\s+)${LABEL}${TIME_ONLY}$`, 'iu');
const YEARLESS_RE = new RegExp(
  `^(?:${LABEL})?(?:(?:${WEEKDAY})?\\d{1,2}\\s+(?:${MONTH})\\.?(?:\\s*[,|·•-]?\\s*(?:om\\s+)?${TIME_ONLY})?|${TIME_ONLY})$`,
  'iu',
);

/**
 * Recognise a line that is only a date stamp; null for anything else (including prose). A line
 * of several stamps (`Gepubliceerd 7 dec 2021 | Bijgewerkt 8 dec 2021`) gives the publication one.
 */
export function parseDateLine(line: string): DateLine | null {
  // Runs on every line: prose paragraphs are far longer than any stamp line.
  if (line.length > MAX_STAMPS_LENGTH) return null;
  // Every form of stamp holds a digit; most short lines (headlines, labels) hold none.
  if (!ANY_DIGIT.test(line)) return null;
  const single = parseSingleDateLine(line);
  if (single) return single;
  // `… | Laatste update 09:12`: an update stamp with only a time says nothing about the date.
  const last = line.charCodeAt(line.length - 1);
  if ((last >= 48 && last <= 57) || line.endsWith('uur')) {
    const withoutTime = line.replace(LABELLED_TIME_RE, '');
    if (withoutTime !== line) return parseDateLine(withoutTime);
  }
  // Stamps separated by a bar, or run together before an update label (`… 19:05 Update: 13 apr 2021`).
  const parts = line.split(STAMP_SEPARATOR).filter((p) => p !== '');
  if (parts.length < 2) return null;
  const stamps = parts.map(parseSingleDateLine);
  if (stamps.some((s) => s === null)) return null;
  const valid = stamps.filter((s): s is DateLine => s !== null);
  return valid.find((s) => !s.updated) ?? valid[0] ?? null;
}

const STAMP_SEPARATOR = new RegExp(`\\s*[|·•]\\s*|\\s+(?=(?:${alt(UPDATE_LABELS)})\\b)`, 'iu');

const ANY_DIGIT = /\d/;

/** Two labelled stamps with times fit easily; a paragraph does not. */
const MAX_STAMPS_LENGTH = 200;

function parseSingleDateLine(line: string): DateLine | null {
  const text = line.trim();
  if (text.length > 80) return null;
  const g = DATE_LINE_RE.exec(text)?.groups;
  if (!g) return null;
  let found: PartialDate | null = null;
  if (g.y1 !== undefined) found = build(Number(g.y1), MONTHS.get((g.m1 ?? '').toLowerCase()), Number(g.d1));
  else if (g.y2 !== undefined) found = build(Number(g.y2), Number(g.m2), Number(g.d2));
  else if (g.y3 !== undefined) found = build(Number(g.y3), Number(g.m3), Number(g.d3));
  else if (g.y4 !== undefined) found = build(Number(g.y4), MONTHS.get((g.m4 ?? '').toLowerCase()));
  else if (g.y5 !== undefined) found = build(2000 + Number(g.y5), Number(g.m5), Number(g.d5));
  if (!found) return null;
  const weekdayName = g.weekday ?? null;
  return {
    ...found,
    weekday: weekdayName === null ? null : (WEEKDAYS.get(weekdayName.toLowerCase()) ?? null),
    weekdayName,
    updated: g.label !== undefined && UPDATE_LABELS.has(g.label.toLowerCase()),
  };
}

/** Separators of a byline-and-date or section-and-date line: bars, dots, spaced dashes, a comma. */
const LABEL_SEPARATOR = /\s*[|·•]\s*|\s+[-–—]\s+|,\s+/u;
/** A time of day on its own (`09:12`, `9.12 uur`, `09u12`). */
const CLOCK_TIME = new RegExp(`^${TIME_ONLY}$`, 'u');
/** Words a label beside the date may have: a section, a byline, an outlet (`Door Jan de Vries`). */
const LABEL_MAX_WORDS = 5;
const SENTENCE_END = /[.!?…]["”’']?$/u;

/**
 * A date stamp among short labels (`Buitenland - 13 januari 2022 - 09:12`, `Door Jan Jansen -
 * 13 januari 2022, 09:12`, `RTV Drenthe | 13 januari 2022`, `Vandaag, 13 januari 2022`): the
 * stamp, or null. Every other part must be a time, another stamp or a label of a few words; a
 * sentence, a long part or a second year it cannot read make it no date line. Only for the lines
 * above an article's text (the caller's choice), where a page puts its date.
 */
export function parseLabelledDateLine(line: string): DateLine | null {
  if (line.length > MAX_STAMPS_LENGTH || !ANY_DIGIT.test(line) || SENTENCE_END.test(line)) return null;
  const parts = line.split(LABEL_SEPARATOR).filter((p) => p !== '');
  if (parts.length < 2) return null;
  let found: DateLine | null = null;
  for (const part of parts) {
    const stamp = parseDateLine(part);
    if (stamp) {
      // The first stamp is the publication, unless it says it is an update and a later one does not.
      if (found === null || (found.updated && !stamp.updated)) found = stamp;
      continue;
    }
    if (CLOCK_TIME.test(part) || isDateLabel(part)) continue;
    return null;
  }
  return found;
}

const LABEL_PARTICLES = new Set(dutch.labelParticles);
/**
 * A section, outlet or byline of a few capitalised words (`Buitenland`, `RTV Drenthe`, `Door Jan
 * van der Berg`), not a phrase of prose such as a caption's `Poetin in Moskou`.
 */
function isDateLabel(part: string): boolean {
  const words = part.split(/\s+/u);
  return words.length <= LABEL_MAX_WORDS && words.every((w) => /^\p{Lu}/u.test(w) || LABEL_PARTICLES.has(w));
}

export function isYearlessStamp(line: string): boolean {
  return line.length <= 60 && ANY_DIGIT.test(line) && YEARLESS_RE.test(line.trim());
}

/**
 * A date stamp opening a longer line (`18 januari 2022 Blinken reist naar Kiev`): the stamp and
 * the text after it, or null. The caller decides whether the rest is a headline.
 */
export function parseDatePrefix(line: string): { date: DateLine; stamp: string; rest: string } | null {
  if (line.length > MAX_STAMPS_LENGTH + 200 || !ANY_DIGIT.test(line.slice(0, 40))) return null;
  const m = DATE_PREFIX_RE.exec(line);
  if (!m || !CAPITAL_START.test(line.slice(m[0].length))) return null;
  const stamp = m[0].trim();
  const date = parseSingleDateLine(stamp);
  return date ? { date, stamp, rest: line.slice(m[0].length) } : null;
}

/** True when a named weekday disagrees with a day-precision date. */
export function weekdayMismatch(line: DateLine): boolean {
  if (line.weekday === null || line.precision !== 'day') return false;
  const [y, m, d] = line.date.split('-').map(Number);
  return getDay(new Date(y ?? 0, (m ?? 1) - 1, d ?? 1)) !== line.weekday;
}

const HEADER_RE = /^\s*date\s+(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)(?=\s|$)\s*/;

/** A scraper's `date 2021-04` header at the start of a line: the date and the text after it. */
export function parseDateHeader(line: string): { raw: string; date: PartialDate | null; rest: string } | null {
  const m = HEADER_RE.exec(line);
  if (!m || m[1] === undefined) return null;
  return { raw: m[1], date: parseIsoDate(m[1]), rest: line.slice(m[0].length) };
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 1, month: 2, day: 3 };
export function finer(a: PartialDate, b: PartialDate): boolean {
  return PRECISION_RANK[a.precision] > PRECISION_RANK[b.precision];
}
