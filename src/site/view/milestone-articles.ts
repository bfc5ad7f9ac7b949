/**
 * A milestone's own articles in the archive: those of its day, or else those of the days just
 * around it (a week centred on it), so a reader can go from the curated event to the reporting.
 */
import { linkTo } from './articles.ts';
import type { MilestoneArticles, SiteArticle } from './types.ts';

/** Days either side of a milestone that still count as "its week". */
const WEEK_RADIUS = 3;
const MAX_LINKS = 3;
const DAY_MS = 86_400_000;

const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

export class MilestoneIndex {
  /** Day-precision main-line articles by day number, in timeline order. */
  private readonly byDay = new Map<number, SiteArticle[]>();

  constructor(main: readonly SiteArticle[]) {
    for (const a of main) {
      if (a.record.datePrecision !== 'day' || !a.record.date) continue;
      const day = dayNumber(a.record.date);
      const list = this.byDay.get(day);
      if (list) list.push(a);
      else this.byDay.set(day, [a]);
    }
  }

  articlesFor(date: string): MilestoneArticles | null {
    const day = dayNumber(date);
    const same = this.byDay.get(day);
    if (same) return { when: 'day', links: same.slice(0, MAX_LINKS).map(linkTo) };
    const near: SiteArticle[] = [];
    for (let d = day - WEEK_RADIUS; d <= day + WEEK_RADIUS; d++) near.push(...(this.byDay.get(d) ?? []));
    return near.length ? { when: 'week', links: near.slice(0, MAX_LINKS).map(linkTo) } : null;
  }
}
