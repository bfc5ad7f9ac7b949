/** The coverage chart's data: on-topic articles per calendar month, with per-person counts. */
import { formatDutchMonth } from '../../record/dates.ts';
import type { Milestone } from '../inputs.ts';
import type { ChartMonth, MonthGroup, YearGroup } from './types.ts';

/**
 * One entry per calendar month from the first to the last month with a dated on-topic article:
 * the chart shows the archive's coverage, so months of milestones alone do not stretch it.
 */
export function buildChart(years: YearGroup[], milestones: readonly Milestone[]): ChartMonth[] {
  const counts = new Map<string, MonthGroup>();
  for (const y of years) for (const m of y.months) if (m.month !== null && m.articleCount > 0) counts.set(`${m.year}-${m.month}`, m);
  const shown = [...counts.values()];
  const first = shown[0];
  const last = shown[shown.length - 1];
  if (!first || !last || first.month === null || last.month === null) return [];
  const out: ChartMonth[] = [];
  for (let y = first.year, m = first.month; y < last.year || (y === last.year && m <= last.month); ) {
    const g = counts.get(`${y}-${m}`);
    const prefix = `${y}-${String(m).padStart(2, '0')}`;
    const people: Record<string, number> = {};
    for (const item of g?.items ?? []) {
      if (item.kind !== 'article') continue;
      for (const p of item.article.people) people[p.slug] = (people[p.slug] ?? 0) + 1;
    }
    out.push({
      year: y,
      month: m,
      label: formatDutchMonth(y, m),
      count: g?.articleCount ?? 0,
      url: g?.url ?? null,
      milestones: milestones.filter((ms) => ms.date.startsWith(prefix)),
      people,
    });
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
