/** The timeline's shape: years of months, milestones interleaved with the articles. */
import { dateSortKey, formatDutchDate, formatDutchMonth, parseDateParts } from '../../record/dates.ts';
import type { Milestone } from '../inputs.ts';
import { articleAnchor, milestoneAnchor, monthAnchor, monthUrl, pageOf, yearUrl } from '../urls.ts';
import { personRefMaker, type RefMaker } from './articles.ts';
import { MilestoneIndex } from './milestone-articles.ts';
import type { MonthGroup, SiteArticle, TimelineItem, YearGroup } from './types.ts';

/** Year → month groups with milestones interleaved (a milestone precedes same-day articles). */
export function groupTimeline(main: SiteArticle[], milestones: readonly Milestone[], ref: RefMaker = personRefMaker()): YearGroup[] {
  const groups = new Map<string, MonthGroup>();
  const keyed: Array<{ key: string; milestone: boolean; item: TimelineItem; year: number; month: number | null }> = [];
  const reporting = new MilestoneIndex(main);
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
        articles: reporting.articlesFor(m.date),
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
      y = { year: g.year, url: null, months: [], articleCount: 0 };
      years.set(g.year, y);
    }
    y.months.push(g);
    y.articleCount += g.articleCount;
  }
  // A year of milestones only stays on the timeline, without a page of its own.
  for (const y of years.values()) if (y.articleCount > 0) y.url = yearUrl(y.year);
  return [...years.values()];
}

/** Every year with a dated article gets a year page, even when it holds only off-topic news. */
export function withYears(years: YearGroup[], others: readonly SiteArticle[]): YearGroup[] {
  const byYear = new Map(years.map((y) => [y.year, y]));
  const extra: YearGroup[] = [];
  for (const a of others) {
    if (a.year === null) continue;
    const known = byYear.get(a.year);
    if (known) {
      known.url ??= yearUrl(a.year);
      continue;
    }
    const added: YearGroup = { year: a.year, url: yearUrl(a.year), months: [], articleCount: 0 };
    byYear.set(a.year, added);
    extra.push(added);
  }
  return extra.length ? [...years, ...extra].sort((a, b) => a.year - b.year) : years;
}
