/**
 * How many published articles tag each person, per year and topic: the numbers behind every
 * person count the search page shows (src/search/query/people.ts adds them up per filter).
 */
import type { ArticleRecord } from '../record/types.ts';
import { isPublished } from '../record/order.ts';
import type { Manifest } from './format.ts';

export type PersonCounts = Manifest['people'];

export function countPeople(records: readonly ArticleRecord[]): PersonCounts {
  const byPerson = new Map<string, Map<number, [number, number, number]>>();
  for (const record of records) {
    if (!isPublished(record)) continue;
    const year = record.date ? Number(record.date.slice(0, 4)) || 0 : 0;
    for (const name of new Set(record.people)) {
      let years = byPerson.get(name);
      if (!years) byPerson.set(name, (years = new Map()));
      let entry = years.get(year);
      if (!entry) years.set(year, (entry = [year, 0, 0]));
      entry[record.onTopic ? 1 : 2]++;
    }
  }
  const total = (years: Map<number, [number, number, number]>, at: 1 | 2): number => {
    let n = 0;
    for (const entry of years.values()) n += entry[at];
    return n;
  };
  return [...byPerson]
    .map(([name, years]) => ({ name, years, on: total(years, 1), all: total(years, 1) + total(years, 2) }))
    .sort((a, b) => b.on - a.on || b.all - a.all || a.name.localeCompare(b.name, 'nl'))
    .map((p): [string, Array<[number, number, number]>] => [p.name, [...p.years.values()].sort((a, b) => a[0] - b[0])]);
}
