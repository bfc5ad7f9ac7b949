/**
 * Bytes → text. Scraped files arrive in whatever encoding the scraper saw, so decoding is
 * forgiving (Windows-1252 fallback, any line ending) but refuses binaries and empty files
 * instead of producing garbage records.
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

/** Share of C0 control characters (other than tab, LF, CR, FF) that marks a file as binary. */
const MAX_CONTROL_RATIO = 0.02;

/**
 * The characters controlRatio counts. Nearly every text has none, which one regex scan (about
 * twice as fast as the counting loop) shows.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

function controlRatio(text: string): number {
  if (text.length === 0 || !CONTROL.test(text)) return 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
  }
  return control / text.length;
}

/** The file's text, or null (with the reason reported) when there is no text to parse. */
export function decode(bytes: Uint8Array, file: IngestFile): Decoded | null {
  const fail = (rule: string, message: string): null => {
    file.fail(message, { line: null, rule });
    return null;
  };
  let text: string;
  let encoding: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    encoding = 'utf-16be';
  } else {
    if (bytes.includes(0)) return fail('decode/binary', 'binary file (contains NUL bytes); not parsed');
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = utf8.decode(body);
      encoding = 'utf-8';
    } catch {
      text = decodeWindows1252(body);
      encoding = 'windows-1252';
      file.message('not valid UTF-8; decoded as Windows-1252', { line: null, rule: 'decode/windows-1252' });
    }
  }
  if (controlRatio(text) > MAX_CONTROL_RATIO || text.includes('\u0000')) {
    return fail('decode/binary', 'binary file (too many control characters); not parsed');
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  // Decomposed accents (e + U+0308) would defeat matching against the gazetteer and dedupe keys.
  if (/[\u0300-\u036f]/.test(text)) text = text.normalize('NFC');
  if (text.trim() === '') return fail('decode/empty', 'empty file (no text); not parsed');
  return { text, encoding };
}
