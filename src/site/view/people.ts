/** The people of the archive, each with their articles in timeline order. */
import { slugify } from '../../record/text.ts';
import type { PersonInfo } from '../inputs.ts';
import type { Person, SiteArticle } from './types.ts';

/** People in the archive: everyone named in a published record, with gazetteer roles; most on-topic articles first. */
export function buildPeople(articles: SiteArticle[], known: readonly PersonInfo[]): Person[] {
  const roles = new Map<string, string>();
  for (const k of known) if (k.role) roles.set(k.slug || slugify(k.name), k.role);
  const people = new Map<string, Person>();
  for (const a of articles) {
    for (const ref of a.people) {
      let p = people.get(ref.slug);
      if (!p) {
        p = { name: ref.name, slug: ref.slug, url: ref.url, role: roles.get(ref.slug) ?? null, articles: [], onTopic: 0 };
        people.set(ref.slug, p);
      }
      if (p.articles[p.articles.length - 1] === a) continue;
      p.articles.push(a);
      if (a.record.onTopic) p.onTopic++;
    }
  }
  const rank = (a: SiteArticle): string => a.sortKey ?? '9999';
  for (const p of people.values()) p.articles.sort((x, y) => (rank(x) < rank(y) ? -1 : rank(x) > rank(y) ? 1 : 0));
  return [...people.values()].sort(
    (a, b) => b.onTopic - a.onTopic || b.articles.length - a.articles.length || a.name.localeCompare(b.name, 'nl'),
  );
}
