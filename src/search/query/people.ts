/**
 * A person's count under the search page's filters, by the one definition the whole site uses:
 * published articles that tag them, on-topic unless "ook overig nieuws" is on, in the chosen year.
 */
import type { Manifest } from '../format.ts';

export function personCount(years: Manifest['people'][number][1], filters: { year?: number | null; offTopic?: boolean }): number {
  let n = 0;
  for (const [year, onTopic, offTopic] of years) {
    if (filters.year && year !== filters.year) continue;
    n += onTopic + (filters.offTopic ? offTopic : 0);
  }
  return n;
}
