/**
 * Page chrome glued before a lede. A scrape that flattens the top of a page into the lede's line
 * (`LIVEBLOG 08:55 President Biden kondigt …`, `Video afspelen 12:47 Een dag na …`, `Geplaatst door
 * x • 3 uur geleden Biden geeft …`) leaves labels, a post title or a video's duration before the first
 * sentence, ending in a time stamp. In prose a clock time stands after a word such as `om` or
 * `tussen` (`timeWords` in src/data/dutch-dates.json) and is followed by `uur` or the rest of the
 * sentence, never by the capitalised start of a new one: so a time stamp followed by a sentence's
 * start, with no finished sentence and no year before it, ends chrome, whatever its words.
 */
import dutch from '../data/dutch-dates.json' with { type: 'json' };

/** How far into a lede chrome may reach: a label or two, a post title, a byline. */
const CHROME_MAX = 200;
/** The text after the chrome must be a sentence of a lede, not a headline's rest. */
const LEDE_MIN_WORDS = 8;
/**
 * The last time stamp within CHROME_MAX characters that is followed by a capitalised word: a clock
 * time (`08:55`, `4:12`) or a relative time (`3 uur geleden`, `7 u. geleden`). Anchored at
 * the start, so the greedy prefix is tried once per article, backing off at most CHROME_MAX steps.
 */
const CHROME = new RegExp(
  `^(.{0,${CHROME_MAX}}?)(?<![\\p{L}\\d:.])(?:\\d{1,2}:\\d{2}|\\d{1,3}\\s*(?:u\\.|uur|min\\.?|minuten)\\s+geleden)\\s+(?=\\p{Lu}\\p{Ll})`,
  'u',
);
/** A greedy variant would take the last stamp; the lazy one takes the first: both are tried. */
const CHROME_LAST = new RegExp(CHROME.source.replace(`{0,${CHROME_MAX}}?`, `{0,${CHROME_MAX}}`), 'u');
const PATTERNS = [CHROME_LAST, CHROME];
/** A finished sentence inside the prefix (`. Het`), or a year: then the prefix is text or a date, not chrome. */
const SENTENCE_OR_YEAR = /[.!?](?:\s+\p{Lu}|\s*$)|\d{4}/u;
const TIME_WORDS = new Set(dutch.timeWords);

function wordsAtLeast(text: string, from: number, min: number): boolean {
  let n = 0;
  let inWord = false;
  for (let i = from; i < text.length && n < min; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n >= min;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** How far a stamp may end: the chrome's reach and the stamp itself. */
const STAMP_WINDOW = CHROME_MAX + 24;

/**
 * A clock time with a colon (`08:55`, `4:12`: how a page's stamps and video durations are
 * written) or `geleden` within reach, found by native string search: most first paragraphs hold
 * neither, and then the two anchored patterns are not tried at all.
 */
function mayHoldStamp(text: string): boolean {
  for (let i = text.indexOf(':'); i >= 0 && i < STAMP_WINDOW; i = text.indexOf(':', i + 1)) {
    if (i > 0 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2))) return true;
  }
  // Backwards from the window's end: a long paragraph is not searched past it.
  return text.lastIndexOf('geleden', STAMP_WINDOW) >= 0;
}

/**
 * The length of the chrome glued before the lede in `text` (the first paragraph of an article), or
 * 0. The last stamp that qualifies wins, so a post title and its edit stamp go with the labels.
 */
export function ledeChromeLength(text: string): number {
  if (!mayHoldStamp(text)) return 0;
  for (const re of PATTERNS) {
    const m = re.exec(text);
    const prefix = m?.[1];
    if (m === null || prefix === undefined) continue;
    if (SENTENCE_OR_YEAR.test(prefix)) continue;
    const before = prefix.trimEnd();
    const lastWord = before.slice(before.lastIndexOf(' ') + 1).toLowerCase();
    if (TIME_WORDS.has(lastWord)) continue;
    if (!wordsAtLeast(text, m[0].length, LEDE_MIN_WORDS)) continue;
    return m[0].length;
  }
  return 0;
}
