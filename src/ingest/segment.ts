/**
 * Items of one file → articles. A file may hold several articles glued together; a new one
 * starts at a `date …` header, at a headline glued onto its lede, at a short headline line
 * followed by a datelined lede or a date line, at a datelined paragraph after a finished article,
 * or at a headline after an article's closing agency credit. Photo captions without a credit and
 * bylines that are only a name are set aside, never taken as headline or text.
 */
import type { DateLine, PartialDate } from './dates.ts';
import type { IngestFile } from './diagnostics.ts';
import {
  captionEvidence,
  looksLikeBylineName,
  looksLikeHeadline,
  looksLikeLabel,
  looksLikeSubheading,
  splitGluedHeadline,
  startsWithAnyDateline,
  startsWithDateline,
} from './headline.ts';
import headlineWords from '../data/headline-words.json' with { type: 'json' };
import { ledeChromeLength } from './lede-chrome.ts';
import { SALUTATION_MAX_LENGTH, type Item } from './paragraphs.ts';
import { alternation } from './pattern.ts';
import { addressesReader } from './prompt.ts';
import { authorBioName, looksLikeBylineWithRole } from './byline.ts';
import { countWords, isSpaceCode } from '../record/text.ts';

export interface SegmentBlock {
  /** Text segmentation finds paragraphs and headings (quotes are told at extraction); Markdown says which is which. */
  type: 'paragraph' | 'heading' | 'quote';
  line: number;
  text: string;
}

export interface Segment {
  headline: { text: string; line: number } | null;
  blocks: SegmentBlock[];
  dates: { line: number; text: string; date: DateLine }[];
  /** The most recent `date …` header before or at the article's start. */
  header: { line: number; raw: string; date: PartialDate | null } | null;
  line: number;
  /** A closing agency credit (`(ANP/AFP)`) after the article's text. */
  credit: { line: number; agency: string } | null;
  /** Markdown: its blocks are typed and rendered by the Markdown itself, not by the text rules. */
  markdown: { html: string } | null;
}

const HEADLINE_MAX_WORDS = 25;
const ATX_HEADING = /^#{1,6}\s+(\S.*?)\s*#*$/u;
const isCloser = (c: number): boolean => c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41;
/**
 * `/[.!?…]["”’')]*$/` read from the end: a regex anchored only at `$` is tried at every offset,
 * and this runs on the last paragraph for every paragraph of a file.
 */
function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isCloser(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** A body long enough to be a whole article, and a paragraph long enough to hold one's start. */
const ARTICLE_MIN_PARAGRAPHS = 3;
const ARTICLE_MIN_WORDS = 80;
const WEAK_GLUED_MIN_WORDS = 25;
/** At least WEAK_GLUED_MIN_WORDS words: a native regex scan, cheaper than counting by hand. */
const HAS_WEAK_GLUED_WORDS = new RegExp(`^\\s*(?:\\S+\\s+){${WEAK_GLUED_MIN_WORDS - 1}}\\S`);

/** Running totals of a segment's body, so each block is counted once however often it is asked. */
interface Tally {
  blocks: number;
  paragraphs: number;
  words: number;
}

/**
 * Both totals only grow as blocks are appended, so "the minimums are met at some prefix" (the
 * rule) equals "the running totals meet them": each block is counted once, not once per later
 * paragraph (quadratic on long files).
 */
function articleLike(segment: Segment, tally: Tally): boolean {
  for (; tally.blocks < segment.blocks.length; tally.blocks++) {
    if (tally.paragraphs >= ARTICLE_MIN_PARAGRAPHS && tally.words >= ARTICLE_MIN_WORDS) return true;
    const b = segment.blocks[tally.blocks];
    if (b?.type !== 'paragraph') continue;
    tally.paragraphs++;
    // Only the minimum matters, so a body is counted no further than it: most paragraphs are not counted at all.
    tally.words += countWords(b.text, ARTICLE_MIN_WORDS - tally.words);
  }
  return tally.paragraphs >= ARTICLE_MIN_PARAGRAPHS && tally.words >= ARTICLE_MIN_WORDS;
}

const normalHeadline = (text: string): string => text.replace(/\s+/g, ' ').toLowerCase();

/**
 * The same text ignoring case and spacing. `b` is usually the long lede after a headline `a`:
 * whitespace runs only shrink to one space and lowercasing never shortens a string, so once `b`
 * shows more non-space characters than normalised `a` has characters it cannot match, and is
 * not copied to be compared.
 */
function same(a: string, b: string): boolean {
  const normal = normalHeadline(a);
  let nonSpace = 0;
  for (let i = 0; i < b.length && nonSpace <= normal.length; i++) if (!isSpaceCode(b.charCodeAt(i))) nonSpace++;
  return nonSpace <= normal.length && normal === normalHeadline(b);
}

/** Reaction bars, counters and scene breaks (`❤️ 1,2K 👍 856`, `* * *`) are short. */
const WORDLESS_MAX_LENGTH = 80;
/** A letter: ASCII, or Latin, Greek or Cyrillic with accents (emoji and symbols lie above U+2000). */
const isLetter = (c: number): boolean => ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7);
/**
 * Two letters in a row: a word. A line without one (`👍 2,3K 🔥 310`, `🔁 412 · 💬 88`, `—`)
 * says nothing a reader reads, whatever its symbols; date stamps and credits are items of their own
 * by now.
 */
function hasWord(text: string): boolean {
  for (let i = 1; i < text.length; i++) if (isLetter(text.charCodeAt(i)) && isLetter(text.charCodeAt(i - 1))) return true;
  return false;
}

/** A headline this long is no page label (`Buitenland`, `Oorlog in Europa`) standing above the date. */
const SETTLED_HEADLINE_MIN_WORDS = 4;
const LABEL_SEPARATOR = /[·•|]/;

/**
 * An article head is headline, date line, text: once a headline of some length has a date line
 * below it, a short line before the text is furniture, not a headline closer to the text. A
 * shorter line above the date may be a label, and the headline may follow the date.
 */
function datedHeadline(segment: Segment): boolean {
  const headline = segment.headline;
  if (headline === null || segment.dates.length === 0 || !isLongHeadline(headline.text)) return false;
  for (const d of segment.dates) if (d.line > headline.line) return true;
  return false;
}

/**
 * A headline of four words or more, not labels joined by a separator as page facts are (`Voor jou
 * · Wereldnieuws`) nor an e-mail's sender: no outlet name or section label (`NOS Nieuws`, `The
 * Washington Post`), so a label below it does not take its place.
 */
function isLongHeadline(text: string): boolean {
  return countWords(text, SETTLED_HEADLINE_MIN_WORDS) >= SETTLED_HEADLINE_MIN_WORDS && !LABEL_SEPARATOR.test(text) && !text.includes('@');
}

/** `Wat wil Poetin van de NAVO?`: a headline but for its question or exclamation mark. */
function looksLikeAskingHeadline(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return (last === 63 || last === 33) && looksLikeHeadline(text.slice(0, -1), HEADLINE_MAX_WORDS) && !/^["“„‘'«]/u.test(text);
}

/** A caption is short: a longer line that ends on a full stop is not sliced to be asked. */
const CAPTION_STOP_MAX_LENGTH = 160;
/**
 * A phrase about the picture itself (`(links)`, `archiefbeeld`): never in a sentence of text.
 * Written lower-case or capitalised, matched case-sensitively: this is tried on short paragraphs.
 */
const PICTURE_CUE = new RegExp(
  `(?:${alternation(new Set(headlineWords.pictureCues.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)])))})(?=[\\s,.)]|$)`,
);
/** `… (rechts) bij aankomst in Genève.`, not `…` or `?!`. */
const endsOnOneStop = (text: string): boolean => text.charCodeAt(text.length - 1) === 46 && text.charCodeAt(text.length - 2) !== 46;

/** `Goedemorgen,`, `Beste lezer,`: a newsletter's greeting above the text, not its headline or lede. */
const SALUTATION_MAX_WORDS = 3;
const isSalutation = (text: string): boolean =>
  text.charCodeAt(text.length - 1) === 44 &&
  text.length <= SALUTATION_MAX_LENGTH &&
  countWords(text, SALUTATION_MAX_WORDS + 1) <= SALUTATION_MAX_WORDS;

/**
 * A line before an article's text, read against the head's order (headline, date line, text): the
 * text to go on with (chrome glued before the lede cut off), or null when the line was taken — a
 * greeting or furniture dropped, a question above the date line made the headline, a datelined
 * narrow-column line made the text's start. Apart from the loop, so the loop stays small.
 */
function headText(target: Segment, item: { line: number; text: string }, dateFollows: boolean, file: IngestFile): string | null {
  let text = item.text;
  if (isSalutation(text)) {
    file.drop(item.line, 'segment/salutation', text);
    return null;
  }
  // Chrome glued before the lede (`LIVEBLOG 08:55 President …`) is neither headline nor text.
  const chrome = ledeChromeLength(text);
  if (chrome > 0) {
    file.drop(item.line, 'segment/lede-chrome', text.slice(0, chrome).trim());
    text = text.slice(chrome);
  }
  const dated = datedHeadline(target);
  if (dateFollows && !dated && looksLikeAskingHeadline(text)) {
    // A question or exclamation right above the date line is the headline: headline, date, text.
    if (target.headline !== null) file.drop(target.headline.line, 'segment/preamble', target.headline.text);
    target.headline = { text, line: item.line };
    return null;
  }
  if (dated && looksLikeHeadline(text, HEADLINE_MAX_WORDS)) {
    // Between a headline's date line and the text: a kicker, section, series or reading-time
    // label — or, datelined, the start of the text itself in a narrow column.
    if (startsWithAnyDateline(text)) target.blocks.push({ type: 'paragraph', line: item.line, text });
    else file.drop(item.line, 'segment/head-furniture', text);
    return null;
  }
  return text;
}

/** The articles of a text file; short lines set aside before a headline are reported as dropped. */
export function segmentArticles(items: Item[], file: IngestFile): Segment[] {
  const segments: Segment[] = [];
  let header: Segment['header'] = null;
  let current: Segment | null = null;
  const start = (line: number): Segment => {
    current = { headline: null, blocks: [], dates: [], header, line, credit: null, markdown: null };
    segments.push(current);
    return current;
  };
  const tallies = new Map<Segment, Tally>();
  const tallyOf = (s: Segment): Tally => {
    let tally = tallies.get(s);
    if (!tally) {
      tally = { blocks: 0, paragraphs: 0, words: 0 };
      tallies.set(s, tally);
    }
    return tally;
  };
  // Options for a paragraph after a body, made once per file: splitGluedHeadline asks only for a
  // paragraph that could open an article, and then about the segment being filled.
  const afterBody = {
    weakLedes: (text: string): boolean => current !== null && articleLike(current, tallyOf(current)) && HAS_WEAK_GLUED_WORDS.test(text),
  };
  const hasBody = (s: Segment | null): boolean => s?.blocks.some((b) => b.type === 'paragraph') ?? false;
  // The text item after each position (null at a header or the end), computed once: O(n) overall.
  const following: (string | null)[] = new Array<string | null>(items.length).fill(null);
  for (let j = items.length - 2; j >= 0; j--) {
    const next = items[j + 1];
    following[j] = next?.kind === 'text' ? next.text : next?.kind === 'header' ? null : (following[j + 1] ?? null);
  }

  // The article whose closing credit was seen: a headline after it opens the next article.
  let closed: Segment | null = null;
  items.forEach((item, i) => {
    if (item.kind === 'credit') {
      const seg = current ?? start(item.line);
      seg.credit ??= { line: item.line, agency: item.agency };
      if (hasBody(seg)) closed = seg;
      return;
    }
    if (item.kind === 'header') {
      header = item;
      const seg = current as Segment | null;
      if (seg === null || hasBody(seg)) start(item.line);
      else seg.header = item;
      return;
    }
    if (item.kind === 'date') {
      (current ?? start(item.line)).dates.push(item);
      return;
    }
    if (item.text.length <= WORDLESS_MAX_LENGTH && !hasWord(item.text)) {
      file.drop(item.line, 'segment/no-words', item.text);
      return;
    }
    const seg = current as Segment | null;
    const next = following[i] ?? null;
    const lastBlock = seg?.blocks[seg.blocks.length - 1];
    const previousEnded = lastBlock === undefined || endsSentence(lastBlock.text);

    const atx = item.text.charCodeAt(0) === 35 ? ATX_HEADING.exec(item.text) : null; // `#`
    if (atx?.[1] !== undefined) {
      // An explicit `# Kop` in a text file: the headline before any body, a subheading after.
      if (seg === null || (!hasBody(seg) && seg.headline === null)) (seg ?? start(item.line)).headline = { text: atx[1], line: item.line };
      else seg.blocks.push({ type: 'heading', line: item.line, text: atx[1] });
      return;
    }
    // Scrapes often carry the headline twice (page title and article heading).
    if (seg?.headline && !hasBody(seg) && same(seg.headline.text, item.text)) {
      file.drop(item.line, 'segment/repeat', item.text);
      return;
    }
    // A caption: before the text (only with a caption phrase while no headline is known: a
    // verb-less headline may look like one) or between paragraphs.
    let caption = seg === null || seg.blocks.length === 0 || hasBody(seg) ? captionEvidence(item.text) : null;
    // Between paragraphs a caption may end on a full stop: one with a caption phrase and no verb is still one.
    if (caption === null && item.text.length <= CAPTION_STOP_MAX_LENGTH && endsOnOneStop(item.text) && hasBody(seg)) {
      caption = PICTURE_CUE.test(item.text) && captionEvidence(item.text.slice(0, -1)) === 'cue' ? 'cue' : null;
    }
    if (caption === 'cue' || (caption === 'shape' && (hasBody(seg) || seg?.headline))) {
      file.drop(item.line, 'segment/caption', item.text);
      return;
    }

    if (seg === null || !hasBody(seg)) {
      const target = seg ?? start(item.line);
      const text = target.blocks.length === 0 ? headText(target, item, items[i + 1]?.kind === 'date' && next !== null, file) : item.text;
      if (text === null) return;
      if (target.blocks.length === 0 && target.headline !== null && (looksLikeBylineName(text) || looksLikeBylineWithRole(text))) {
        file.drop(item.line, 'segment/byline', text);
        return;
      }
      if (target.blocks.length === 0 && target.headline !== null && next !== null && looksLikeHeadline(text, HEADLINE_MAX_WORDS)) {
        if (looksLikeLabel(text) && isLongHeadline(target.headline.text)) {
          // `Van onze correspondent` under a headline: a label, not a headline closer to the text.
          file.drop(item.line, 'segment/label', text);
          return;
        }
        // Several short lines before the body: page chrome first, the real headline closest to the text.
        file.drop(target.headline.line, 'segment/preamble', target.headline.text);
        target.headline = { text, line: item.line };
        return;
      }
      if (target.headline === null && target.blocks.length === 0) {
        if (next !== null && looksLikeHeadline(text, HEADLINE_MAX_WORDS)) {
          target.headline = { text, line: item.line };
          return;
        }
        // The very start of an article is where a headline is expected: weaker lede signals count.
        const glued = splitGluedHeadline(text, { weakLedes: true });
        if (glued) {
          target.headline = { text: glued.headline, line: item.line };
          target.blocks.push({ type: 'paragraph', line: item.line, text: glued.rest });
          return;
        }
      }
      target.blocks.push({ type: 'paragraph', line: item.line, text });
      return;
    }

    // A headline opens the next article when a datelined lede or a date line follows, or when the
    // article before it has closed with its agency credit.
    if (
      next !== null &&
      previousEnded &&
      looksLikeHeadline(item.text, HEADLINE_MAX_WORDS) &&
      (items[i + 1]?.kind === 'date' || closed === seg || startsWithDateline(next))
    ) {
      start(item.line).headline = { text: item.text, line: item.line };
      return;
    }
    if (next !== null && looksLikeSubheading(item.text)) {
      seg.blocks.push({ type: 'heading', line: item.line, text: item.text });
      return;
    }
    if (previousEnded) {
      // After a finished, article-length body a long paragraph may be a whole second article
      // whose lede opens on a person's name: the weaker lede signals of an article start apply.
      const glued = splitGluedHeadline(item.text, afterBody);
      if (glued) {
        const next = start(item.line);
        next.headline = { text: glued.headline, line: item.line };
        next.blocks.push({ type: 'paragraph', line: item.line, text: glued.rest });
        return;
      }
      if (startsWithDateline(item.text) || (closed === seg && startsWithAnyDateline(item.text))) {
        start(item.line).blocks.push({ type: 'paragraph', line: item.line, text: item.text });
        return;
      }
    }
    seg.blocks.push({ type: 'paragraph', line: item.line, text: item.text });
  });
  for (const segment of segments) {
    dropTrailingFurniture(segment, file);
    if (dropClosingAddress(segment, file)) dropTrailingFurniture(segment, file);
  }
  return segments;
}

/**
 * What follows an article's last sentence and ends none itself is page furniture, whatever its
 * wording: a teaser headline, a label, tags, a byline, a subheading with nothing under it. An
 * article's text ends on a sentence; a line in the middle without a full stop is a subheading and
 * stays. Only blocks after a paragraph that ends a sentence go, so a page of such lines keeps them
 * (and is then no article: notAnArticle).
 */
function dropTrailingFurniture(segment: Segment, file: IngestFile): void {
  const blocks = segment.blocks;
  let end = blocks.length;
  while (end > 0 && !endsSentence((blocks[end - 1] as SegmentBlock).text)) end--;
  if (end === 0 || (blocks[end - 1] as SegmentBlock).type !== 'paragraph') return;
  end = Math.min(end, furnitureRunStart(blocks, end));
  for (const b of blocks.splice(end)) file.drop(b.line, 'segment/trailing-furniture', b.text);
}

/** Paragraphs of text an article keeps before a closing address: a short piece is left whole. */
const CLOSING_MIN_KEPT = 2;
const CLOSING_MAX_WORDS = 40;
/** Forty words are seldom longer than this: a longer paragraph is not counted word by word. */
const CLOSING_MAX_LENGTH = 320;

/**
 * Why the short closing paragraph `blocks[at]` is no part of the article, or null. A bio is of
 * the page's maker, who is not what the article is about: a person the text names before is its
 * subject (`Evan Gersjkovitsj is journalist bij …` after a story about him), and the sentence stays.
 */
function closingRule(blocks: SegmentBlock[], at: number): 'segment/closing-address' | 'segment/author-bio' | null {
  const text = (blocks[at] as SegmentBlock).text;
  if (addressesReader(text)) return 'segment/closing-address';
  const name = authorBioName(text);
  if (name === null) return null;
  const surname = name.slice(name.lastIndexOf(' ') + 1);
  for (let i = 0; i < at; i++) if (namesWord((blocks[i] as SegmentBlock).text, surname)) return null;
  return 'segment/author-bio';
}

/** `word` in `text` as a whole word (`Wit`, not inside `Witkoff`). */
function namesWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at === 0 ? 32 : text.charCodeAt(at - 1);
    const after = at + word.length >= text.length ? 32 : text.charCodeAt(at + word.length);
    if (!isLetter(before) && !isLetter(after)) return true;
  }
  return false;
}

/**
 * The outlet's own voice after the text — a support appeal, `Dit liveblog is gesloten`, a question
 * put to the reader (prompt.ts addressesReader) — and a bio of the maker (`Jan de Vries is
 * correspondent in Moskou.`, byline.ts) are no part of the article, whatever their wording. Only
 * the closing paragraphs are asked, short ones, and only while enough text stays before them.
 */
function dropClosingAddress(segment: Segment, file: IngestFile): boolean {
  const blocks = segment.blocks;
  let end = blocks.length;
  const rules: string[] = [];
  while (end > CLOSING_MIN_KEPT) {
    const b = blocks[end - 1] as SegmentBlock;
    if (b.type !== 'paragraph' || b.text.length > CLOSING_MAX_LENGTH || countWords(b.text, CLOSING_MAX_WORDS + 1) > CLOSING_MAX_WORDS)
      break;
    const rule = closingRule(blocks, end - 1);
    if (rule === null) break;
    rules.unshift(rule);
    end--;
  }
  if (end === blocks.length) return false;
  let kept = 0;
  for (let i = 0; i < end; i++) if ((blocks[i] as SegmentBlock).type === 'paragraph') kept++;
  if (kept < CLOSING_MIN_KEPT) return false;
  blocks.splice(end).forEach((b, k) => file.drop(b.line, rules[k] ?? 'segment/closing-address', b.text));
  return true;
}

/** A list item (`- geen NAVO-uitbreiding`, `2. terugtrekking`): text of the article, even without a full stop. */
const LIST_ITEM = /^(?:[-–—•*·]|\d{1,2}[.)])\s/u;
/** A block that ends no sentence and is no list item: a label, a teaser headline, a heading. */
const endsNoSentence = (text: string): boolean => !endsSentence(text) && !LIST_ITEM.test(text);

/** A paragraph this long is article text, wherever it stands. */
const ARTICLE_PARAGRAPH_WORDS = 30;

/**
 * Where a page's furniture starts before `end`: the first run of two blocks that end no sentence
 * (`Lees ook` and a teaser headline, a label and tags) after the text has begun, when nothing of
 * article length follows it — so a closing prompt that does end on a full stop (`Heb je een tip?
 * Mail ons.`) goes with the run before it. A list inside the text (`De eisen:`, items) is
 * followed by paragraphs of article length and stays.
 */
function furnitureRunStart(blocks: SegmentBlock[], end: number): number {
  let run = end;
  for (let i = end - 1; i >= 0; i--) {
    const b = blocks[i] as SegmentBlock;
    if (countWords(b.text, ARTICLE_PARAGRAPH_WORDS) >= ARTICLE_PARAGRAPH_WORDS) break;
    const next = blocks[i + 1];
    if (i > 0 && next !== undefined && i + 1 < end && endsNoSentence(b.text) && endsNoSentence(next.text)) run = i;
  }
  // The text must have begun: a sentence before the run.
  for (let i = 0; i < run; i++) if (endsSentence((blocks[i] as SegmentBlock).text)) return run;
  return end;
}

const PROSE_MIN_WORDS = 25;
/** A teaser shown above a paywall: an intro of a paragraph or two, short of an article. */
const TEASER_MAX_WORDS = 80;
const TEASER_MAX_PARAGRAPHS = 2;

/**
 * Why a segment with text is still no article, or null: `ingest/no-prose` when no paragraph is a
 * sentence or long enough to be one (a page of link titles), `ingest/paywall-teaser` when the file
 * shows a paywall prompt and the text is a teaser's length (the article itself is behind it).
 */
export function notAnArticle(segment: Segment, paywalled: boolean): 'ingest/no-prose' | 'ingest/paywall-teaser' | null {
  let words = 0;
  let paragraphs = 0;
  let prose = false;
  for (const b of segment.blocks) {
    if (b.type === 'heading') continue;
    paragraphs++;
    prose ||= endsSentence(b.text) || countWords(b.text, PROSE_MIN_WORDS) >= PROSE_MIN_WORDS;
    if (words < TEASER_MAX_WORDS) words += countWords(b.text, TEASER_MAX_WORDS);
    if (prose && (!paywalled || words >= TEASER_MAX_WORDS || paragraphs > TEASER_MAX_PARAGRAPHS)) return null;
  }
  if (!prose) return 'ingest/no-prose';
  return paywalled ? 'ingest/paywall-teaser' : null;
}
