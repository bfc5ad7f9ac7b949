/** The coverage chart's data: articles per calendar month. */
import { formatDutchMonth } from '../../record/dates.ts';
import type { Milestone } from '../inputs.ts';
import type { ChartMonth, MonthGroup, YearGroup } from './types.ts';

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
