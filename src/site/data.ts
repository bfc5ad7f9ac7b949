/**
 * Records → everything the templates show. Pure: same input, same output, no I/O.
 *
 * Ordering rule (also on /over/): dated records sort by their date, a month-precision date at
 * the start of its month and a year-precision date at the start of its year (see dateSortKey);
 * ties keep source order (file, then part), then id.
 */
import type { ArticleRecord, IngestResult } from '../record/types.ts';
import { slugify } from '../record/text.ts';
import { dateSortKey, formatDutchDate, formatDutchMonth, parseDateParts } from '../record/dates.ts';
import { chronological, isDated, isPublished } from '../record/order.ts';
import type { Milestone, PersonInfo } from './inputs.ts';
import { articleAnchor, articleUrl, milestoneAnchor, monthAnchor, monthUrl, pageOf, personUrl, yearUrl } from './urls.ts';

export type Sequence = 'main' | 'offTopic' | 'undated';

export interface ArticleLink {
  id: string;
  title: string;
  url: string;
  dateLabel: string;
}

export interface PersonRef {
  name: string;
  slug: string;
  url: string;
}

export interface SiteArticle {
  record: ArticleRecord;
  id: string;
  url: string;
  dateLabel: string;
  sortKey: string | null;
  year: number | null;
  month: number | null;
  sequence: Sequence;
  people: PersonRef[];
  prev: ArticleLink | null;
  next: ArticleLink | null;
  related: ArticleLink[];
  /** Where this article sits in a listing: its year page anchor, or the section it lives in. */
  listingUrl: string;
  listingLabel: string;
}

export type TimelineItem =
  | { kind: 'article'; article: SiteArticle }
  | { kind: 'milestone'; milestone: Milestone; dateLabel: string; anchor: string; people: PersonRef[] };

export interface MonthGroup {
  year: number;
  /** null: the year is known but not the month. */
  month: number | null;
  anchor: string;
  label: string;
  /** The month archive, when the month has articles. */
  url: string | null;
  items: TimelineItem[];
  articleCount: number;
}

export interface YearGroup {
  year: number;
  url: string;
  months: MonthGroup[];
  articleCount: number;
}

export interface Person {
  name: string;
  slug: string;
  url: string;
  role: string | null;
  /** Chronological: dated first, then undated. Includes off-topic articles. */
  articles: SiteArticle[];
}

export interface ChartMonth {
  year: number;
  month: number;
  label: string;
  count: number;
  url: string | null;
  milestones: Milestone[];
}

export interface SiteStats {
  published: number;
  drafts: number;
  onTopic: number;
  offTopic: number;
  undated: number;
  byPrecision: { day: number; month: number; year: number };
  files: number;
  warnings: number;
  errors: number;
  duplicatesMerged: number;
  firstDate: string | null;
  lastDate: string | null;
}

/**
 * A class, not a plain object: Eleventy deep-copies plain-object global data into every
 * template's data; a class instance is passed by reference, which keeps big archives cheap.
 */
export class SiteData {
  constructor(
    /** All published articles: main line, then off-topic, then undated. */
    readonly articles: SiteArticle[],
    readonly years: YearGroup[],
    readonly months: MonthGroup[],
    readonly offTopic: SiteArticle[],
    readonly undated: SiteArticle[],
    readonly people: Person[],
    readonly chart: ChartMonth[],
    readonly milestones: Milestone[],
    readonly stats: SiteStats,
    readonly records: ArticleRecord[],
  ) {}
}

const RELATED_LIMIT = 5;
/** Candidates for "related" come from this many neighbours in each shared person's list. */
const RELATED_WINDOW = 12;

function linkTo(a: SiteArticle): ArticleLink {
  return { id: a.id, title: a.record.title, url: a.url, dateLabel: a.dateLabel };
}

type RefMaker = (name: string) => PersonRef;

/** Person references share one object per name; slugs come from the gazetteer when it has one. */
export function personRefMaker(known: readonly PersonInfo[] = []): RefMaker {
  const slugs = new Map(known.map((k) => [k.name, k.slug || slugify(k.name)]));
  const cache = new Map<string, PersonRef>();
  return (name) => {
    let ref = cache.get(name);
    if (!ref) {
      const slug = slugs.get(name) ?? (slugify(name) || 'persoon');
      ref = { name, slug, url: personUrl(slug) };
      cache.set(name, ref);
    }
    return ref;
  };
}

function toSiteArticle(record: ArticleRecord, sequence: Sequence, ref: RefMaker): SiteArticle {
  const parts = parseDateParts(record.date);
  const year = parts?.year ?? null;
  let listingUrl = '/';
  let listingLabel = 'Naar de tijdlijn';
  if (sequence === 'main' && year !== null) {
    listingUrl = `${yearUrl(year)}#${articleAnchor(record.id)}`;
    listingLabel = `Naar ${parts?.month ? formatDutchMonth(year, parts.month) : String(year)} op de tijdlijn`;
  } else if (sequence === 'offTopic') {
    listingUrl = `/overig/#${articleAnchor(record.id)}`;
    listingLabel = 'Naar Overig nieuws';
  } else if (sequence === 'undated') {
    listingUrl = `/datum-onbekend/#${articleAnchor(record.id)}`;
    listingLabel = 'Naar Datum onbekend';
  }
  return {
    record,
    id: record.id,
    url: articleUrl(record.id),
    dateLabel: formatDutchDate(record.date, record.datePrecision),
    sortKey: dateSortKey(record.date),
    year,
    month: parts?.month ?? null,
    sequence,
    people: record.people.map(ref),
    prev: null,
    next: null,
    related: [],
    listingUrl,
    listingLabel,
  };
}

/** Link each article to its neighbours within its own sequence. */
export function linkNeighbours(list: SiteArticle[]): void {
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    if (!a) continue;
    const p = list[i - 1];
    const n = list[i + 1];
    a.prev = p ? linkTo(p) : null;
    a.next = n ? linkTo(n) : null;
  }
}

/**
 * Related = articles sharing the most people, nearest in the timeline first. Candidates come from
 * a window around the article in each shared person's chronological list, so the cost stays
 * linear in the archive size even when one person appears in most articles.
 */
export function computeRelated(articles: SiteArticle[], people: Person[]): void {
  const index = new Map<SiteArticle, number>();
  articles.forEach((a, i) => index.set(a, i));
  const lists = new Map<string, { list: SiteArticle[]; pos: Map<SiteArticle, number> }>();
  for (const p of people) lists.set(p.slug, { list: p.articles, pos: new Map(p.articles.map((a, i) => [a, i])) });
  // seen[j] === stamp marks article j as already scored for the current article (no per-article Set).
  const seen = new Int32Array(articles.length).fill(-1);
  articles.forEach((a, here) => {
    const mine = new Set(a.people.map((p) => p.slug));
    const best: Array<{ other: SiteArticle; shared: number; distance: number }> = [];
    seen[here] = here;
    for (const slug of mine) {
      const entry = lists.get(slug);
      const i = entry?.pos.get(a);
      if (!entry || i === undefined) continue;
      const to = Math.min(entry.list.length, i + RELATED_WINDOW + 1);
      for (let j = Math.max(0, i - RELATED_WINDOW); j < to; j++) {
        const other: SiteArticle | undefined = entry.list[j];
        const k = other ? index.get(other) : undefined;
        if (!other || k === undefined || seen[k] === here) continue;
        seen[k] = here;
        let shared = 0;
        for (const op of other.people) if (mine.has(op.slug)) shared++;
        const cand = { other, shared, distance: Math.abs(k - here) };
        // Keep the best RELATED_LIMIT by insertion: cheaper than sorting every candidate.
        let at = best.length;
        while (at > 0 && better(cand, best[at - 1]!)) at--;
        if (at < RELATED_LIMIT) {
          best.splice(at, 0, cand);
          if (best.length > RELATED_LIMIT) best.pop();
        }
      }
    }
    a.related = best.map((b) => linkTo(b.other));
  });
}

function better(
  x: { other: SiteArticle; shared: number; distance: number },
  y: { other: SiteArticle; shared: number; distance: number },
): boolean {
  if (x.shared !== y.shared) return x.shared > y.shared;
  if (x.distance !== y.distance) return x.distance < y.distance;
  return x.other.id < y.other.id;
}

/** Year → month groups with milestones interleaved (a milestone precedes same-day articles). */
export function groupTimeline(main: SiteArticle[], milestones: readonly Milestone[], ref: RefMaker = personRefMaker()): YearGroup[] {
  const groups = new Map<string, MonthGroup>();
  const keyed: Array<{ key: string; milestone: boolean; item: TimelineItem; year: number; month: number | null }> = [];
  for (const a of main) {
    if (a.year === null || a.sortKey === null) continue;
    keyed.push({ key: a.sortKey, milestone: false, item: { kind: 'article', article: a }, year: a.year, month: a.month });
  }
  for (const m of milestones) {
    const parts = parseDateParts(m.date);
    const key = dateSortKey(m.date);
    if (!parts || key === null) continue;
    keyed.push({
      key,
      milestone: true,
      item: {
        kind: 'milestone',
        milestone: m,
        dateLabel: formatDutchDate(m.date, null),
        anchor: milestoneAnchor(m.date),
        people: m.people.map(ref),
      },
      year: parts.year,
      month: parts.month,
    });
  }
  // Stable sort: articles keep their record order within one key.
  keyed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.milestone === y.milestone ? 0 : x.milestone ? -1 : 1));
  for (const k of keyed) {
    const gk = `${k.year}-${k.month ?? 0}`;
    let g = groups.get(gk);
    if (!g) {
      g = {
        year: k.year,
        month: k.month,
        anchor: monthAnchor(k.year, k.month),
        label: k.month === null ? `${k.year} (maand onbekend)` : formatDutchMonth(k.year, k.month),
        url: null,
        items: [],
        articleCount: 0,
      };
      groups.set(gk, g);
    }
    g.items.push(k.item);
    if (k.item.kind === 'article') g.articleCount++;
  }
  const years = new Map<number, YearGroup>();
  for (const g of groups.values()) {
    if (g.month !== null && g.articleCount > 0) {
      const url = monthUrl(g.year, g.month);
      g.url = url;
      // "Back to the timeline" lands on the article in its month archive (which page of it, too).
      g.items.forEach((item, i) => {
        if (item.kind === 'article') item.article.listingUrl = `${pageOf(url, i)}#${articleAnchor(item.article.id)}`;
      });
    }
    let y = years.get(g.year);
    if (!y) {
      y = { year: g.year, url: yearUrl(g.year), months: [], articleCount: 0 };
      years.set(g.year, y);
    }
    y.months.push(g);
    y.articleCount += g.articleCount;
  }
  return [...years.values()];
}

/** Every year with a dated article gets a year page, even when it holds only off-topic news. */
export function withYears(years: YearGroup[], others: readonly SiteArticle[]): YearGroup[] {
  const have = new Set(years.map((y) => y.year));
  const extra: YearGroup[] = [];
  for (const a of others) {
    if (a.year === null || have.has(a.year)) continue;
    have.add(a.year);
    extra.push({ year: a.year, url: yearUrl(a.year), months: [], articleCount: 0 });
  }
  return extra.length ? [...years, ...extra].sort((a, b) => a.year - b.year) : years;
}

/** People in the archive: everyone named in a published record, with gazetteer roles. */
export function buildPeople(articles: SiteArticle[], known: readonly PersonInfo[]): Person[] {
  const roles = new Map<string, string>();
  for (const k of known) if (k.role) roles.set(k.slug || slugify(k.name), k.role);
  const people = new Map<string, Person>();
  for (const a of articles) {
    for (const ref of a.people) {
      let p = people.get(ref.slug);
      if (!p) {
        p = { name: ref.name, slug: ref.slug, url: ref.url, role: roles.get(ref.slug) ?? null, articles: [] };
        people.set(ref.slug, p);
      }
      if (p.articles[p.articles.length - 1] !== a) p.articles.push(a);
    }
  }
  const rank = (a: SiteArticle): string => a.sortKey ?? '9999';
  for (const p of people.values()) p.articles.sort((x, y) => (rank(x) < rank(y) ? -1 : rank(x) > rank(y) ? 1 : 0));
  return [...people.values()].sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name, 'nl'));
}

/** One bar per calendar month from the first to the last dated on-topic month. */
export function buildChart(years: YearGroup[], milestones: readonly Milestone[]): ChartMonth[] {
  const counts = new Map<string, MonthGroup>();
  for (const y of years) for (const m of y.months) if (m.month !== null) counts.set(`${m.year}-${m.month}`, m);
  // The range spans articles and milestones, so the chart shows the whole story being told.
  const shown = [...counts.values()].filter((m) => m.articleCount > 0 || m.items.length > 0);
  if (!shown.some((m) => m.articleCount > 0)) return [];
  const first = shown[0];
  const last = shown[shown.length - 1];
  if (!first || !last || first.month === null || last.month === null) return [];
  const out: ChartMonth[] = [];
  for (let y = first.year, m = first.month; y < last.year || (y === last.year && m <= last.month); ) {
    const g = counts.get(`${y}-${m}`);
    const prefix = `${y}-${String(m).padStart(2, '0')}`;
    out.push({
      year: y,
      month: m,
      label: formatDutchMonth(y, m),
      count: g?.articleCount ?? 0,
      url: g?.url ?? null,
      milestones: milestones.filter((ms) => ms.date.startsWith(prefix)),
    });
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

export function buildSiteData(
  result: IngestResult,
  milestones: readonly Milestone[] = [],
  knownPeople: readonly PersonInfo[] = [],
): SiteData {
  const ref = personRefMaker(knownPeople);
  const published = result.records.filter(isPublished);
  const sorted = chronological(published);
  const main: SiteArticle[] = [];
  const offTopic: SiteArticle[] = [];
  const undated: SiteArticle[] = [];
  for (const r of sorted) {
    if (!isDated(r)) undated.push(toSiteArticle(r, 'undated', ref));
    else if (!r.onTopic) offTopic.push(toSiteArticle(r, 'offTopic', ref));
    else main.push(toSiteArticle(r, 'main', ref));
  }
  undated.sort((a, b) => a.record.title.localeCompare(b.record.title, 'nl') || (a.id < b.id ? -1 : 1));
  for (const list of [main, offTopic, undated]) linkNeighbours(list);
  offTopic.forEach((a, i) => (a.listingUrl = `${pageOf('/overig/', i)}#${articleAnchor(a.id)}`));
  undated.forEach((a, i) => (a.listingUrl = `${pageOf('/datum-onbekend/', i)}#${articleAnchor(a.id)}`));
  const articles = [...main, ...offTopic, ...undated];
  const sortedMilestones = [...milestones].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const years = withYears(groupTimeline(main, sortedMilestones, ref), offTopic);
  const months = years.flatMap((y) => y.months).filter((m) => m.url !== null);
  const people = buildPeople(articles, knownPeople);
  computeRelated(articles, people);
  const chart = buildChart(years, sortedMilestones);
  const precision = { day: 0, month: 0, year: 0 };
  for (const r of published) if (r.datePrecision && isDated(r)) precision[r.datePrecision]++;
  // Earliest and latest date string by plain comparison: a linear scan, no second sort.
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const list of [main, offTopic]) {
    for (const a of list) {
      const d = a.record.date;
      if (!d) continue;
      if (firstDate === null || d < firstDate) firstDate = d;
      if (lastDate === null || d > lastDate) lastDate = d;
    }
  }
  const stats: SiteStats = {
    published: published.length,
    drafts: result.records.length - published.length,
    onTopic: main.length,
    offTopic: offTopic.length,
    undated: undated.length,
    byPrecision: precision,
    files: result.files.length,
    warnings: result.files.reduce((n, f) => n + f.warnings.length, 0),
    errors: result.files.reduce((n, f) => n + f.errors.length, 0),
    duplicatesMerged: published.reduce((n, r) => n + r.duplicates.length, 0),
    firstDate,
    lastDate,
  };
  return new SiteData(articles, years, months, offTopic, undated, people, chart, sortedMilestones, stats, sorted);
}
