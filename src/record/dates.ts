/** Dutch dates with honest precision: never print a day or month the source did not give. */
import { format } from 'date-fns/format';
import { nl } from 'date-fns/locale/nl';
import type { DatePrecision } from './types.ts';

export interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

/** Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when the string is none of these. */
export function parseDateParts(date: string | null | undefined): DateParts | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  return {
    year: Number(m[1]),
    month: m[2] === undefined ? null : Number(m[2]),
    day: m[3] === undefined ? null : Number(m[3]),
  };
}

const labelCache = new Map<string, string>();

/**
 * `vrijdag 3 december 2021`, `april 2021`, `2021`; `Datum onbekend` for no date.
 * The precision argument caps what is shown even if the string carries more.
 */
export function formatDutchDate(date: string | null | undefined, precision: DatePrecision | null | undefined): string {
  // Thousands of articles share a few hundred dates; date-fns formatting is the costly part.
  const cacheKey = `${date ?? ''}|${precision ?? ''}`;
  let label = labelCache.get(cacheKey);
  if (label === undefined) {
    label = formatUncached(date, precision);
    labelCache.set(cacheKey, label);
  }
  return label;
}

function formatUncached(date: string | null | undefined, precision: DatePrecision | null | undefined): string {
  const parts = parseDateParts(date);
  if (!parts) return 'Datum onbekend';
  const effective = precision ?? (parts.day !== null ? 'day' : parts.month !== null ? 'month' : 'year');
  if (effective === 'year' || parts.month === null) return String(parts.year);
  const d = new Date(parts.year, parts.month - 1, parts.day ?? 1);
  if (effective === 'month' || parts.day === null) return format(d, 'MMMM yyyy', { locale: nl });
  return format(d, 'EEEE d MMMM yyyy', { locale: nl });
}

/** `december 2021` for a month key `2021-12`. */
export function formatDutchMonth(year: number, month: number): string {
  return format(new Date(year, month - 1, 1), 'MMMM yyyy', { locale: nl });
}

/**
 * Sort key for a (possibly partial) date. A month-precision date sorts at the START of its
 * month (`2021-06-00`), a year-precision date at the start of its year (`2021-00-00`): the
 * reader meets "juni 2021" above the dated June articles, and no day is invented.
 */
export function dateSortKey(date: string | null | undefined): string | null {
  const parts = parseDateParts(date);
  if (!parts) return null;
  const pad = (n: number | null): string => String(n ?? 0).padStart(2, '0');
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}
