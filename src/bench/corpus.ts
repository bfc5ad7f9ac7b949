/**
 * Deterministic synthetic archive of raw, noisy Dutch article files in the shapes of the real seeds
 * (tests/fixtures/seeds): headline line or glued headline, ` date YYYY-MM ` headers and Dutch date
 * lines, agency datelines, photo credits, sidebars with glued relative timestamps and teasers, the odd
 * repeated paragraph or second glued article, a few re-scraped duplicates and Markdown files.
 * Used by the build and search benchmarks; CLI: `tsx src/bench/corpus.ts --articles N --out DIR`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SourceFile } from '../ingest/pipeline.ts';
import { slugify } from '../record/text.ts';
import { chance, int, mixSeed, mulberry32, pick, pickSkewed, type Rng } from './prng.ts';
import * as W from './corpus-words.ts';
import { loadCast, type Cast, type CastPerson } from './corpus-cast.ts';
import { argValue } from './args.ts';

export interface CorpusOptions {
  articles: number;
  seed?: number;
}

export interface CorpusFile {
  /** Path relative to the archive root, e.g. `synthetic/2023/00042_<slug>.txt`. */
  file: string;
  text: string;
}

export type DateStyle = 'header' | 'weekday-line' | 'published' | 'updated' | 'abbreviated' | 'frontmatter' | 'none';
export type HeadlineStyle = 'line' | 'glued' | 'none' | 'frontmatter';

/** What the generator put into a file: the ground truth a parser should recover. */
export interface ArticleTruth {
  title: string;
  headlineStyle: HeadlineStyle;
  /** The date as the file states it (`YYYY-MM-DD`, or `YYYY-MM` for a header), null when it states none. */
  date: string | null;
  dateStyle: DateStyle;
  dateline: string | null;
  agency: string | null;
  onTopic: boolean;
  people: string[];
  /** Articles in the file (2 when a second one is glued on). */
  parts: number;
  /** Index of the article this file re-scrapes, or null. */
  duplicateOf: number | null;
}

export interface GeneratedFile extends CorpusFile {
  truth: ArticleTruth;
}

const DEFAULT_SEED = 20211207;
const FIRST_DAY = Date.UTC(2021, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);
const DAY_MS = 86_400_000;

interface Core {
  title: string;
  day: Date;
  hour: number;
  minute: number;
  onTopic: boolean;
  dateline: string | null;
  agency: string | null;
  /** Body paragraphs; a heading is a paragraph prefixed with '#'. */
  paragraphs: string[];
  people: string[];
}

class Writer {
  private readonly mentioned = new Set<string>();
  constructor(
    private readonly rng: Rng,
    private readonly cast: CastPerson[],
    private readonly pool: Cast,
    private readonly localCompound: string,
    private readonly city: string,
  ) {}

  /** Names already used in the sentence being filled: "Biden sprak met Biden" reads as a bug. */
  private used = new Set<string>();

  fill(template: string): string {
    this.used = new Set();
    const text = template.replace(/\{(\w+)\}/g, (_m, slot: string) => this.slot(slot));
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  private distinct<T extends string | { name: string }>(items: readonly T[]): T {
    let item = pick(this.rng, items);
    for (let tries = 0; tries < 8 && this.used.has(typeof item === 'string' ? item : item.name); tries++) {
      item = pick(this.rng, items);
    }
    this.used.add(typeof item === 'string' ? item : item.name);
    return item;
  }

  private person(full: boolean): string {
    const p = this.distinct(this.cast.length > 1 ? this.cast : this.pool.people);
    if (!full) return p.surname;
    if (this.mentioned.has(p.name)) return p.surname;
    this.mentioned.add(p.name);
    return p.role ? `${p.role} ${p.name}` : p.name;
  }

  private slot(slot: string): string {
    const r = this.rng;
    switch (slot) {
      case 'P':
        return this.person(true);
      case 'p':
        return this.person(false);
      case 'PL':
        return withArticle(pickSkewed(r, this.pool.places));
      case 'O':
        return pick(r, this.pool.organisations);
      case 'T':
        return pickSkewed(r, W.TOPICS);
      case 'C':
        return pickSkewed(r, W.COMPOUNDS);
      case 'D':
        return pick(r, W.WEEKDAYS);
      case 'N':
        return String(int(r, 2, 250));
      case 'A':
        return pick(r, W.ADJECTIVES);
      case 'Q':
        return pick(r, W.QUOTES);
      case 'V':
        return pick(r, W.REPORTING_VERBS);
      case 'COUNTRY':
        return this.distinct(W.COUNTRIES);
      case 'ADV':
        return pick(r, W.ADVERBS);
      case 'LC':
        return this.localCompound;
      case 'CITY':
        return this.city;
      case 'VILLAGE':
        return syllables(r, W.VILLAGE_PARTS);
      case 'LOCAL':
        return `${pick(r, W.FIRST_NAMES)} ${syllables(r, W.SURNAME_PARTS)}`;
      case 'M':
        return `${pick(r, W.MINOR_ROLES)} ${pick(r, W.FIRST_NAMES)} ${pick(r, W.SURNAMES)}`;
      default:
        return slot;
    }
  }
}

/** A made-up but plausible name from syllable lists, skewed so some names recur across articles. */
function syllables(rng: Rng, parts: readonly (readonly string[])[]): string {
  return parts.map((list) => pickSkewed(rng, list)).join('');
}

const PLACE_ARTICLES: Record<string, string> = {
  'Verenigde Staten': 'de',
  Krim: 'de',
  Donbas: 'de',
  'Verenigd Koninkrijk': 'het',
  'Zwarte Zee': 'de',
};

function withArticle(place: string): string {
  const article = PLACE_ARTICLES[place];
  return article ? `${article} ${place}` : place;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Ledes that open on a person: with the role on first mention ("De Russische president …"), as agency copy does. */
const LEDE_SENTENCES = W.SENTENCES.filter((t) => t.startsWith('{P} '));

function buildCore(seed: number, index: number, pool: Cast): Core {
  const rng = mulberry32(mixSeed(seed, index));
  const day = new Date(FIRST_DAY + int(rng, 0, (LAST_DAY - FIRST_DAY) / DAY_MS) * DAY_MS);
  const onTopic = chance(rng, 0.88);
  const eligible = pool.people.filter((p) => (!p.from || isoDay(day) >= p.from) && (!p.until || isoDay(day) <= p.until));
  const cast: CastPerson[] = [];
  if (onTopic) {
    const leaders = eligible.filter((p) => p.leader);
    for (const p of leaders) if (chance(rng, 0.7)) cast.push(p);
    const candidates = eligible.length > 1 ? eligible : pool.people;
    for (let k = int(rng, 1, 3); k > 0 || cast.length < 2; k--) {
      const p = pick(rng, candidates);
      if (!cast.includes(p)) cast.push(p);
    }
  }
  const city = pick(rng, W.NOISE_CITIES);
  const writer = new Writer(rng, cast, pool, pick(rng, W.LOCAL_COMPOUNDS), city);
  const sentences = onTopic ? W.SENTENCES : W.OFFTOPIC_SENTENCES;
  const title = writer.fill(pick(rng, onTopic ? W.HEADLINES : W.OFFTOPIC_HEADLINES)).replace(/\.$/, '');
  const hasDateline = chance(rng, 0.6);
  const dateline = hasDateline ? (onTopic ? pick(rng, W.DATELINE_CITIES) : city.toUpperCase()) : null;
  const agency = hasDateline ? pick(rng, W.AGENCIES) : null;

  const target = int(rng, 300, 400);
  const paragraphs: string[] = [];
  let words = 0;
  let subheadingPlaced = !chance(rng, 0.35);
  while (words < target) {
    if (!subheadingPlaced && paragraphs.length >= 3 && chance(rng, 0.4)) {
      paragraphs.push(`#${writer.fill(pick(rng, W.SUBHEADINGS))}`);
      subheadingPlaced = true;
    }
    const count = int(rng, 1, 4);
    const parts: string[] = [];
    if (paragraphs.length === 0 && onTopic && chance(rng, 0.6)) parts.push(writer.fill(pick(rng, LEDE_SENTENCES)));
    while (parts.length < count) parts.push(writer.fill(pick(rng, sentences)));
    const paragraph = parts.join(' ');
    paragraphs.push(paragraph);
    words += wordCount(paragraph);
  }
  return {
    title,
    day,
    hour: int(rng, 6, 23),
    minute: int(rng, 0, 59),
    onTopic,
    dateline,
    agency,
    paragraphs,
    people: cast.map((p) => p.name),
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

function dateLine(core: Core, style: DateStyle): string {
  const d = core.day;
  const dd = d.getUTCDate();
  const mm = d.getUTCMonth();
  const yyyy = d.getUTCFullYear();
  const time = `${pad(core.hour)}:${pad(core.minute)}`;
  switch (style) {
    case 'weekday-line':
      return `${W.WEEKDAYS[d.getUTCDay()]} ${dd} ${W.MONTHS[mm]} ${yyyy}, ${time}`;
    case 'published':
      return `Gepubliceerd: ${pad(dd)}-${pad(mm + 1)}-${yyyy} ${time}`;
    case 'updated':
      return `Bijgewerkt op ${dd} ${W.MONTHS[mm]} ${yyyy} om ${time}`;
    case 'abbreviated':
      return `${dd} ${W.MONTH_ABBREVIATIONS[mm]} ${yyyy}, ${time}`;
    default:
      return '';
  }
}

function agencySidebar(rng: Rng): string[] {
  const lines: string[] = [pick(rng, W.SIDEBAR_HEADERS.agency)];
  const stamps = [
    '6 minuten geleden',
    '50 minuten geleden',
    '1 uur geleden',
    '2 uur geleden',
    '3 uur geleden',
    '4 uur geleden',
    '5 uur geleden',
  ];
  let stamp = int(rng, 0, 2);
  const items = int(rng, 3, 7);
  for (let k = 0; k < items; k++) {
    const city = pick(rng, W.NOISE_AGENCY_CITIES);
    const body = pick(rng, W.NOISE_AGENCY_ITEMS)
      .replace(/\{CITY\}/g, pick(rng, W.NOISE_CITIES))
      .replace(/\{N\}/g, String(int(rng, 2, 200)));
    const prefix = k === 0 ? '' : stamps[Math.min(stamp++, stamps.length - 1)];
    lines.push(`${prefix}${city} (${pick(rng, W.AGENCIES)}) - ${body}`);
  }
  if (chance(rng, 0.8)) lines.push(stamps[Math.min(stamp, stamps.length - 1)] ?? '5 uur geleden');
  return lines;
}

function noiseHeadline(rng: Rng): string {
  return pick(rng, W.NOISE_HEADLINES).replace(/\{CITY\}/g, pick(rng, W.NOISE_CITIES));
}

function headlineSidebar(rng: Rng): string[] {
  const lines: string[] = [pick(rng, W.SIDEBAR_HEADERS.headlines)];
  for (let k = int(rng, 3, 5); k > 0; k--) lines.push(noiseHeadline(rng));
  return lines;
}

function teaserSidebar(rng: Rng): string[] {
  const lines: string[] = [pick(rng, W.SIDEBAR_HEADERS.teasers)];
  for (let k = int(rng, 2, 4); k > 0; k--) lines.push(noiseHeadline(rng), `${pick(rng, W.NOISE_TEASERS)} …`);
  return lines;
}

function bodyParagraphs(core: Core, withDateline: boolean): string[] {
  return core.paragraphs.map((p, k) => {
    if (p.startsWith('#')) return p.slice(1);
    return k === 0 && withDateline && core.dateline ? `${core.dateline} (${core.agency}) - ${p}` : p;
  });
}

function renderMarkdown(core: Core): string {
  const body = core.paragraphs.map((p) => (p.startsWith('#') ? `## ${p.slice(1)}` : p)).join('\n\n');
  return `---\ntitle: ${JSON.stringify(core.title)}\ndate: ${isoDay(core.day)}\n---\n${body}\n`;
}

interface Rendered {
  text: string;
  headlineStyle: HeadlineStyle;
  dateStyle: DateStyle;
  parts: number;
}

function renderRaw(core: Core, rng: Rng, second: Core | null): Rendered {
  const dateStyle = pick<DateStyle>(rng, [
    'header',
    'header',
    'weekday-line',
    'weekday-line',
    'published',
    'published',
    'updated',
    'abbreviated',
    'none',
    'none',
  ]);
  const headlineStyle: HeadlineStyle =
    dateStyle === 'header' ? (chance(rng, 0.75) ? 'none' : 'glued') : chance(rng, 0.9) ? 'line' : 'glued';
  const blankLines = dateStyle === 'header' || chance(rng, 0.3);
  const lines: string[] = [];
  if (chance(rng, 0.25)) lines.push(pick(rng, W.PHOTO_CREDITS));
  if (headlineStyle === 'line') lines.push(core.title);
  const dl = dateLine(core, dateStyle);
  if (dl && dateStyle !== 'updated') lines.push(dl);

  const body = bodyParagraphs(core, dateStyle !== 'header' || chance(rng, 0.3));
  if (headlineStyle === 'glued') body[0] = `${core.title} ${body[0] ?? ''}`;
  if (dateStyle === 'header') {
    const d = core.day;
    body[0] = ` date ${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)} ${body[0] ?? ''}`;
  }
  if (body.length > 4 && chance(rng, 0.05)) body.splice(int(rng, 2, body.length - 2), 0, 'ADVERTENTIE');
  lines.push(...(blankLines ? body.flatMap((p, k) => (k === 0 ? [p] : ['', p])) : body));
  if (dl && dateStyle === 'updated') lines.push(dl);

  let parts = 1;
  if (second) {
    // Like the Afghanistan article in seed 003: headline glued into one long paragraph.
    const text = second.paragraphs.filter((p) => !p.startsWith('#')).join(' ');
    lines.push(...(blankLines ? [''] : []), `${second.title} ${text}`);
    parts = 2;
  }
  if (chance(rng, 0.08)) {
    // A scraper that grabbed part of the article twice, whitespace collapsed into one line.
    const from = int(rng, 1, Math.max(1, body.length - 3));
    const repeat = body.slice(from, from + int(rng, 1, 3)).filter((p) => p !== 'ADVERTENTIE');
    if (repeat.length > 0) lines.push(...(blankLines ? [''] : []), repeat.join(' '));
  }
  const sidebars = int(rng, 0, 2);
  for (let k = 0; k < sidebars; k++) {
    const kind = pick(rng, [agencySidebar, headlineSidebar, teaserSidebar]);
    lines.push(...kind(rng));
  }
  let text = lines.join('\n');
  if (chance(rng, 0.7)) text += '\n';
  if (chance(rng, 0.03)) text = text.replace(/\n/g, '\r\n');
  if (chance(rng, 0.02)) text = `\uFEFF${text}`;
  return { text, headlineStyle, dateStyle, parts };
}

function fileName(core: Core, index: number, width: number, ext: string): string {
  const slug = slugify(core.title, 40) || 'artikel';
  return `synthetic/${core.day.getUTCFullYear()}/${String(index).padStart(width, '0')}_${slug}.${ext}`;
}

/** Every article of the corpus, one at a time, so that 100,000 files never sit in memory together. */
export function* iterateCorpus(options: CorpusOptions, cast: Cast = loadCast()): Generator<GeneratedFile> {
  const seed = options.seed ?? DEFAULT_SEED;
  const width = Math.max(5, String(options.articles).length);
  for (let index = 0; index < options.articles; index++) {
    const rng = mulberry32(mixSeed(seed ^ 0x5bd1e995, index));
    const duplicateOf = index > 10 && chance(rng, 0.015) ? int(rng, 0, index - 1) : null;
    const core = buildCore(seed, duplicateOf ?? index, cast);
    const markdown = duplicateOf === null && chance(rng, 0.03);
    const second = !markdown && chance(rng, 0.05) ? buildCore(seed ^ 0x2545f491, index, cast) : null;
    const rendered: Rendered = markdown
      ? { text: renderMarkdown(core), headlineStyle: 'frontmatter', dateStyle: 'frontmatter', parts: 1 }
      : renderRaw(core, rng, second);
    const d = core.day;
    const date =
      rendered.dateStyle === 'none'
        ? null
        : rendered.dateStyle === 'header'
          ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`
          : isoDay(d);
    yield {
      file: fileName(core, index, width, markdown ? 'md' : 'txt'),
      text: rendered.text,
      truth: {
        title: core.title,
        headlineStyle: rendered.headlineStyle,
        date,
        dateStyle: rendered.dateStyle,
        dateline: core.dateline,
        agency: core.agency,
        onTopic: core.onTopic,
        people: core.people,
        parts: rendered.parts,
        duplicateOf,
      },
    };
  }
}

export function generateCorpusWithTruth(options: CorpusOptions): GeneratedFile[] {
  return Array.from(iterateCorpus(options));
}

export function generateCorpus(options: CorpusOptions): CorpusFile[] {
  return Array.from(iterateCorpus(options), ({ file, text }) => ({ file, text }));
}

/** The corpus as ingest's input: file names and UTF-8 bytes, as if read from disk. */
export function corpusSources(options: CorpusOptions): SourceFile[] {
  const encoder = new TextEncoder();
  return Array.from(iterateCorpus(options), ({ file, text }) => ({ file, bytes: encoder.encode(text) }));
}

/** Write the corpus under `dir`; returns the number of files and bytes written. */
export async function writeCorpus(dir: string, options: CorpusOptions): Promise<{ files: number; bytes: number }> {
  const made = new Set<string>();
  let files = 0;
  let bytes = 0;
  let batch: Promise<void>[] = [];
  for (const { file, text } of iterateCorpus(options)) {
    const target = path.join(dir, file);
    const parent = path.dirname(target);
    if (!made.has(parent)) {
      await mkdir(parent, { recursive: true });
      made.add(parent);
    }
    batch.push(writeFile(target, text));
    files++;
    bytes += Buffer.byteLength(text);
    if (batch.length >= 64) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  return { files, bytes };
}

async function main(args: string[]): Promise<void> {
  const articles = Number(argValue(args, '--articles') ?? '1000');
  const out = argValue(args, '--out');
  const seed = argValue(args, '--seed');
  if (!out || !Number.isInteger(articles) || articles < 0) {
    console.error('usage: tsx src/bench/corpus.ts --articles N --out DIR [--seed S]');
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const result = await writeCorpus(out, { articles, ...(seed !== undefined ? { seed: Number(seed) } : {}) });
  const seconds = (performance.now() - started) / 1000;
  console.log(`${result.files} files, ${(result.bytes / 1048576).toFixed(1)} MiB in ${out} (${seconds.toFixed(1)} s)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  // No top-level await: this module is also loaded by tools that compile it to CommonJS.
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
