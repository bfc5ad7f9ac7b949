/**
 * Which pages exist, and how long listings are split so that no HTML page grows past
 * ~1 MB at 10,000+ articles. Templates paginate over these lists, one page per item.
 */
import type { MonthMode } from './components.ts';
import type { MonthGroup, Person, SiteArticle, SiteData, YearGroup } from './data.ts';
import { LIST_PAGE_SIZE, pagedUrl } from './urls.ts';

export { LIST_PAGE_SIZE };

/** Above this many articles a year page previews each month and links to the month archives. */
export const FULL_YEAR_LIMIT = 400;
/** The index shows the whole timeline up to this many articles, else only the latest year. */
export const FULL_INDEX_LIMIT = 300;
/** The index lists undated articles inline up to this many; beyond, it links to their page. */
export const INLINE_UNDATED_LIMIT = 50;

export interface Chunk<T> {
  items: T[];
  page: number;
  pages: number;
  base: string;
  url: string;
}

export function chunk<T>(items: readonly T[], size: number, base: string): Chunk<T>[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const out: Chunk<T>[] = [];
  for (let p = 1; p <= pages; p++) {
    out.push({ items: items.slice((p - 1) * size, p * size), page: p, pages, base, url: pagedUrl(base, p) });
  }
  return out;
}

export interface PersonPage extends Chunk<SiteArticle> {
  person: Person;
}

export interface MonthPage extends Chunk<MonthGroup['items'][number]> {
  group: MonthGroup;
  prev: MonthGroup | null;
  next: MonthGroup | null;
}

/** A year that has a page (a year of milestones only has none). */
export type PagedYear = YearGroup & { url: string };

export interface YearPage {
  year: PagedYear;
  url: string;
  mode: MonthMode;
  prev: PagedYear | null;
  next: PagedYear | null;
}

export function pagedYears(years: readonly YearGroup[]): PagedYear[] {
  return years.filter((y): y is PagedYear => y.url !== null);
}

export class Routes {
  constructor(
    readonly years: YearPage[],
    readonly months: MonthPage[],
    readonly people: PersonPage[],
    readonly offTopic: Chunk<SiteArticle>[],
    readonly undated: Chunk<SiteArticle>[],
  ) {}
}

export function buildRoutes(site: SiteData): Routes {
  const paged = pagedYears(site.years);
  const years: YearPage[] = paged.map((y, i) => ({
    year: y,
    url: y.url,
    mode: y.articleCount > FULL_YEAR_LIMIT ? 'preview' : 'full',
    prev: paged[i - 1] ?? null,
    next: paged[i + 1] ?? null,
  }));
  const months: MonthPage[] = site.months.flatMap((g, i) =>
    g.url === null
      ? []
      : chunk(g.items, LIST_PAGE_SIZE, g.url).map((c) => ({
          ...c,
          group: g,
          prev: site.months[i - 1] ?? null,
          next: site.months[i + 1] ?? null,
        })),
  );
  const people: PersonPage[] = site.people.flatMap((p) => chunk(p.articles, LIST_PAGE_SIZE, p.url).map((c) => ({ ...c, person: p })));
  return new Routes(
    years,
    months,
    people,
    chunk(site.offTopic, LIST_PAGE_SIZE, '/overig/'),
    chunk(site.undated, LIST_PAGE_SIZE, '/datum-onbekend/'),
  );
}

/** Every HTML page URL the site's own templates write (for the sitemap). */
export function pageUrls(site: SiteData, routes: Routes): string[] {
  return [
    '/',
    '/personen/',
    '/over/',
    // The search page (src/search) is linked from every page header.
    '/zoeken/',
    ...routes.years.map((y) => y.url),
    ...routes.months.map((m) => m.url),
    ...site.articles.map((a) => a.url),
    ...routes.people.map((p) => p.url),
    ...routes.offTopic.map((p) => p.url),
    ...routes.undated.map((p) => p.url),
  ];
}
