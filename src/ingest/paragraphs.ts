/**
 * Clean lines → a stream of items: text paragraphs, date lines and `date …` headers, each with
 * the file line it starts on. Scrapes use either one paragraph per line or blank-line blocks
 * (sometimes hard-wrapped), so lines are joined only when one clearly continues the other.
 */
import { parseDateHeader, parseDateLine, type DateLine, type PartialDate } from './dates.ts';
import type { SourceLine } from './noise.ts';

export type Item =
  | { kind: 'text'; line: number; text: string }
  | { kind: 'date'; line: number; text: string; date: DateLine }
  | { kind: 'header'; line: number; raw: string; date: PartialDate | null };

const SENTENCE_END = /[.!?:;…"”’'»)]$/u;
/** Hard-wrapped prose lines are long; a headline or subheading on its own line is short. */
const WRAP_MIN_LENGTH = 50;
const WRAP_MAX_LENGTH = 100;

/** Words that open a paragraph (or a lede after a headline) far more often than a wrapped line. */
const PARAGRAPH_START = /^(?:De|Het|Een|In|Op|Volgens|Bij|Na|Er|Ook|Dat|Die|Zo|Nu|Maar|En)\s|^\p{Lu}{2,}[\p{Lu} /'-]*\s*\(/u;

function continues(previous: string, next: string, wrapped: boolean): boolean {
  if (previous === next) return false;
  if (/^[\p{Ll}(,;]/u.test(next)) return true;
  // endsWith, not /[-,]$/: a regex anchored only at `$` is tried at every offset of the line.
  if (previous.endsWith('-') || previous.endsWith(',')) return true;
  return wrapped && previous.length >= WRAP_MIN_LENGTH && !SENTENCE_END.test(previous) && !PARAGRAPH_START.test(next);
}

export function buildItems(lines: SourceLine[]): Item[] {
  const items: Item[] = [];
  // Blank lines separate paragraphs only when they sit between text (a trailing newline does not count).
  const firstText = lines.findIndex((l) => l.text.trim() !== '');
  const lastText = lines.findLastIndex((l) => l.text.trim() !== '');
  const blankLineStyle = lines.some((l, i) => i > firstText && i < lastText && l.text.trim() === '');
  // Hard-wrapped text: blank-line paragraphs made of lines that all stop near a fixed width.
  const lengths = lines.map((l) => l.text.trim().length).filter((n) => n > 0);
  const wrapped =
    blankLineStyle &&
    lengths.every((n) => n <= WRAP_MAX_LENGTH) &&
    lengths.filter((n) => n >= WRAP_MIN_LENGTH).length >= lengths.length * 0.6;
  let open: { line: number; text: string } | null = null;
  let lastLine = '';
  let previousBlank = true;
  const close = (): void => {
    if (open) items.push({ kind: 'text', line: open.line, text: open.text });
    open = null;
  };
  for (const source of lines) {
    let text = source.text.trim();
    if (text === '') {
      close();
      previousBlank = true;
      continue;
    }
    const header = parseDateHeader(text);
    if (header) {
      close();
      items.push({ kind: 'header', line: source.line, raw: header.raw, date: header.date });
      text = header.rest.trim();
      if (text === '') continue;
    }
    const date = parseDateLine(text);
    if (date) {
      close();
      items.push({ kind: 'date', line: source.line, text, date });
      continue;
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
  }
  close();
  return items;
}
