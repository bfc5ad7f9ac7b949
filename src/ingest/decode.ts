/**
 * Bytes → text. Scraped files arrive in whatever encoding the scraper saw, so decoding is
 * forgiving (Windows-1252 for a legacy file, or only for the bad bytes of an otherwise UTF-8 one;
 * any line ending) but sets binaries and empty files aside, with a warning, instead of producing
 * garbage records. Characters no output may carry (control characters, non-characters) are
 * removed with a warning naming their line, so every page, feed and JSON file stays valid.
 */
import type { IngestFile } from './diagnostics.ts';

export interface Decoded {
  text: string;
  encoding: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F. Node 20's TextDecoder('windows-1252')
 * decodes those bytes as C1 controls (Latin-1), losing curly quotes and dashes, so map them here.
 */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\u0080-\u009F]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80] ?? ch);
}

const cp1252Char = (byte: number): string => (byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? '') : String.fromCharCode(byte));

/**
 * UTF-8 with its invalid bytes read as Windows-1252, one byte at a time: every valid sequence
 * keeps its character, so one stray byte does not turn `Oekraïne` into `OekraÃ¯ne`.
 */
function decodeLenient(bytes: Uint8Array): { text: string; stray: string[] } {
  let text = '';
  const stray: string[] = [];
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      text += String.fromCharCode(b);
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let cp = length === 2 ? b & 0x1f : length === 3 ? b & 0x0f : b & 0x07;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) {
      const c = bytes[i + k] as number;
      ok = (c & 0xc0) === 0x80;
      cp = (cp << 6) | (c & 0x3f);
    }
    const min = length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000;
    if (ok && cp >= min && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff)) {
      text += String.fromCodePoint(cp);
      i += length;
    } else {
      const ch = cp1252Char(b);
      text += ch;
      stray.push(ch);
      i++;
    }
  }
  return { text, stray };
}

/** Byte ranges of the lines of `bytes` (split at LF, or at CR in a CR-only file), ends exclusive. */
function lineRanges(bytes: Uint8Array): [number, number][] {
  const newline = bytes.includes(0x0a) ? 0x0a : 0x0d;
  const ranges: [number, number][] = [];
  let start = 0;
  for (let i = bytes.indexOf(newline); i !== -1; i = bytes.indexOf(newline, start)) {
    ranges.push([start, i + 1]);
    start = i + 1;
  }
  ranges.push([start, bytes.length]);
  return ranges;
}

/** Some valid multi-byte UTF-8 sequence: the file is UTF-8, whatever its stray bytes. */
const hasMultibyte = (bytes: Uint8Array): boolean => {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b >= 0xc2 && b <= 0xf4 && ((bytes[i + 1] as number) & 0xc0) === 0x80) return true;
  }
  return false;
};

/**
 * Not valid UTF-8 as a whole. A file with no valid multi-byte sequence at all is a legacy
 * Windows-1252 file (one warning); otherwise it is UTF-8 with stray bytes, and only the bad lines
 * read those bytes as Windows-1252, each with a warning on its line.
 */
function decodeInvalid(bytes: Uint8Array, file: IngestFile): Decoded {
  if (!hasMultibyte(bytes)) {
    file.message('not valid UTF-8; decoded as Windows-1252', { line: null, rule: 'decode/windows-1252' });
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
  let text = '';
  lineRanges(bytes).forEach(([start, end], i) => {
    const line = bytes.subarray(start, end);
    try {
      text += utf8.decode(line);
      return;
    } catch {
      // decoded leniently below
    }
    const lenient = decodeLenient(line);
    text += lenient.text;
    file.message(`invalid UTF-8 byte(s) read as Windows-1252: ${lenient.stray.map((c) => `"${c}"`).join(', ')}`, {
      line: i + 1,
      rule: 'decode/invalid-utf8',
    });
  });
  return { text, encoding: 'utf-8' };
}

/**
 * Share of C0 control characters (other than tab, LF, CR, FF) that marks a file as binary; a few
 * stray ones in a short text are removed instead (removeInvalidCharacters).
 */
const MAX_CONTROL_RATIO = 0.02;
const MIN_BINARY_CONTROLS = 8;

function looksBinary(text: string): boolean {
  if (text.length === 0) return false;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
  }
  return control >= MIN_BINARY_CONTROLS && control / text.length > MAX_CONTROL_RATIO;
}

/**
 * Characters no page, feed or JSON file may carry: C0 and C1 controls other than tab and newline,
 * Unicode non-characters (U+FFFE, U+FFFF, U+FDD0–U+FDEF…) and lone surrogates.
 */
const INVALID_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|\p{Noncharacter_Code_Point}|\p{Cs}/gu;
/**
 * A cheap first scan (no `u` flag, so any surrogate matches, also a valid pair): nearly every text
 * has none of these, and only one that has is searched precisely.
 */
const MAYBE_INVALID = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;
/** Lines with removed characters named one by one; the rest are counted in one last warning. */
const MAX_CHARACTER_WARNINGS = 10;
const NUL_BYTES = 'binary file (contains NUL bytes); not published';

const codePoint = (ch: string): string => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The text without invalid characters, each line that had any named in a warning. */
function removeInvalidCharacters(text: string, file: IngestFile): string {
  if (!MAYBE_INVALID.test(text)) return text;
  const lines = text.split('\n');
  let warned = 0;
  let unwarned = 0;
  const clean = lines.map((line, i) => {
    const found = line.match(INVALID_CHARACTERS);
    if (!found) return line;
    if (warned < MAX_CHARACTER_WARNINGS) {
      warned++;
      const names = [...new Set(found.map(codePoint))].join(', ');
      file.message(`removed ${found.length} character(s) no page may hold (control characters or non-characters: ${names})`, {
        line: i + 1,
        rule: 'decode/invalid-character',
      });
    } else unwarned++;
    return line.replace(INVALID_CHARACTERS, '');
  });
  if (unwarned > 0) {
    file.message(`removed control characters or non-characters on ${unwarned} more line(s)`, {
      line: null,
      rule: 'decode/invalid-character',
    });
  }
  return clean.join('\n');
}

/**
 * The file's text, or null when there is no text to publish (empty or binary): that is a warning
 * on the file, never an error, and the file gives no record.
 */
/** No text to publish: a warning on the file, and no record. */
function skip(file: IngestFile, rule: string, message: string): null {
  file.message(message, { line: null, rule });
  return null;
}

export function decode(bytes: Uint8Array, file: IngestFile): Decoded | null {
  let text: string;
  let encoding: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    encoding = 'utf-16be';
  } else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = utf8.decode(body);
      encoding = 'utf-8';
    } catch {
      if (bytes.includes(0)) return skip(file, 'decode/binary', NUL_BYTES);
      ({ text, encoding } = decodeInvalid(body, file));
    }
  }
  // One scan of the whole text for anything unusual; nearly every file has nothing.
  const unusual = MAYBE_INVALID.test(text);
  // A NUL is valid UTF-8: only text the scan flagged is searched for one (the bytes were, if not UTF-8).
  if (unusual && encoding === 'utf-8' && text.includes('\u0000')) return skip(file, 'decode/binary', NUL_BYTES);
  if (unusual && (looksBinary(text) || text.includes('\u0000'))) {
    return skip(file, 'decode/binary', 'binary file (too many control characters); not published');
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  // Decomposed accents (e + U+0308) would defeat matching against the gazetteer and dedupe keys.
  if (/[\u0300-\u036f]/.test(text)) text = text.normalize('NFC');
  if (unusual) text = removeInvalidCharacters(text, file);
  if (!/\S/.test(text)) return skip(file, 'decode/empty', 'empty file (no text); not published');
  return { text, encoding };
}
