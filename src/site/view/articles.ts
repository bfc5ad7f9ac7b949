/** Records → site articles: date labels, listing links, person references and neighbours. */
import type { ArticleRecord } from '../../record/types.ts';
import { slugify } from '../../record/text.ts';
import { dateSortKey, formatDutchDate, formatDutchMonth, parseDateParts } from '../../record/dates.ts';
import type { PersonInfo } from '../inputs.ts';
import { articleAnchor, articleUrl, personUrl, yearUrl } from '../urls.ts';
import type { ArticleLink, PersonRef, Sequence, SiteArticle } from './types.ts';

export function linkTo(a: SiteArticle): ArticleLink {
  return { id: a.id, title: a.record.title, url: a.url, dateLabel: a.dateLabel };
}

export type RefMaker = (name: string) => PersonRef;

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

export function toSiteArticle(record: ArticleRecord, sequence: Sequence, ref: RefMaker): SiteArticle {
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
