/** Small building blocks shared by the page renderers. All escape by default (html``). */
import type { MilestoneArticles, MonthGroup, PersonRef, SiteArticle, TimelineItem } from './view/types.ts';
import type { Milestone } from './inputs.ts';
import { format } from 'date-fns/format';
import { nl } from 'date-fns/locale/nl';
import { html, join, raw, type SafeHtml } from './html.ts';
import { articleAnchor, pagedUrl } from './urls.ts';

export function countLabel(n: number, one: string, many: string): string {
  return `${n.toLocaleString('nl-NL')} ${n === 1 ? one : many}`;
}

/** Shorten to at most `max` characters at a word boundary; listings stay light whatever a lede holds. */
export function excerpt(text: string, max = 320): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

export function timeTag(date: string | null, label: string): SafeHtml {
  return date ? html`<time datetime="${date}">${label}</time>` : html`<span class="undated">${label}</span>`;
}

export function peopleLinks(people: readonly PersonRef[]): SafeHtml {
  if (people.length === 0) return html``;
  return html`<ul class="people-list">${people.map((p) => html`<li><a href="${p.url}">${p.name}</a></li>`)}</ul>`;
}

function metaLine(a: SiteArticle, tagOffTopic: boolean): SafeHtml {
  const bits: SafeHtml[] = [];
  // Person pages mix in news that is not on the timeline; say so there.
  if (tagOffTopic && a.sequence === 'offTopic') bits.push(html`<span class="entry-tag">Overig nieuws</span>`);
  if (a.record.dateline) bits.push(html`<span class="dateline">${a.record.dateline}</span>`);
  if (a.record.agency) bits.push(html`<span class="agency">${a.record.agency}</span>`);
  return bits.length ? html`<p class="entry-meta">${bits}</p>` : html``;
}

/** Space-separated person slugs for the client-side filter. */
function peopleData(people: readonly PersonRef[]): string {
  return people.map((p) => p.slug).join(' ');
}

/** One article on a timeline. `compact` drops the lede for very long listings. */
export type Level = 2 | 3 | 4;

/** `<hN class="…">` without string-built tag names leaking into untrusted territory. */
export function heading(level: Level, cls: string, content: SafeHtml, id?: string): SafeHtml {
  const tag = raw(`h${level}`);
  return id ? html`<${tag} class="${cls}" id="${id}">${content}</${tag}>` : html`<${tag} class="${cls}">${content}</${tag}>`;
}

export function articleEntry(a: SiteArticle, opts: { compact?: boolean; headingLevel?: Level; tagOffTopic?: boolean } = {}): SafeHtml {
  const h = heading(opts.headingLevel ?? 3, 'entry-title', html`<a href="${a.url}">${a.record.title}</a>`);
  const precision = a.record.datePrecision && a.record.datePrecision !== 'day' ? ` entry--${a.record.datePrecision}` : '';
  return html`<li class="entry${precision}" id="${articleAnchor(a.id)}" data-people="${peopleData(a.people)}">
<p class="entry-date">${timeTag(a.record.date, a.dateLabel)}</p>
<div class="entry-body">${h}${opts.compact ? '' : html`<p class="entry-lede">${excerpt(a.record.lede)}</p>`}${metaLine(a, opts.tagOffTopic ?? false)}${opts.compact ? '' : peopleLinks(a.people)}</div>
</li>`;
}

export function timelineItem(item: TimelineItem, compact: boolean, level: Level = 3): SafeHtml {
  if (item.kind === 'article') return articleEntry(item.article, { compact, headingLevel: level });
  return milestoneEntry(item);
}

/** "Witte Huis, 16 juni 2021", a link only when the curated source has a known page. */
function milestoneSource(source: Milestone['source']): SafeHtml {
  const [y, m, d] = source.date.split('-').map(Number);
  const text = `${source.outlet}, ${format(new Date(y ?? 0, (m ?? 1) - 1, d ?? 1), 'd MMMM yyyy', { locale: nl })}`;
  return source.url ? html`<a href="${source.url}" rel="external noopener">${text}</a>` : html`${text}`;
}

function milestoneArticles(articles: MilestoneArticles | null): SafeHtml {
  if (!articles) return html``;
  const what = articles.links.length === 1 ? 'Bericht' : 'Berichten';
  const when = articles.when === 'day' ? 'van die dag' : 'uit die week';
  return html`<p class="milestone__articles">${what} ${when}: ${join(
    articles.links.map((l) => html`<a href="${l.url}">${l.title}</a>`),
    html` · `,
  )}</p>`;
}

/**
 * A milestone in one line: date, title and its archive articles; what happened, where, and the
 * source open on request. Curated context must not outweigh the articles themselves.
 */
export function milestoneEntry(item: Extract<TimelineItem, { kind: 'milestone' }>): SafeHtml {
  const m = item.milestone;
  return html`<li class="entry milestone" id="${item.anchor}" data-people="${peopleData(item.people)}" data-milestone="">
<p class="entry-date">${timeTag(m.date, item.dateLabel)}</p>
<div class="entry-body"><details class="milestone__details"><summary><span class="milestone__mark" aria-hidden="true">◆</span> <span class="visually-hidden">Mijlpaal: </span>${m.title}</summary>
<p class="milestone__text">${m.description}</p>
<p class="milestone__meta">${m.place} · Bron: ${milestoneSource(m.source)}</p>
</details>${milestoneArticles(item.articles)}</div>
</li>`;
}

/**
 * How a month shows on a timeline page: `full` with ledes; `preview` with its milestones and only
 * the first few headlines plus a link to the month archive (keeps year pages light at any size).
 */
export type MonthMode = 'full' | 'preview';
export const MONTH_PREVIEW = 6;

function previewItems(g: MonthGroup): TimelineItem[] {
  let articles = 0;
  return g.items.filter((i) => i.kind === 'milestone' || articles++ < MONTH_PREVIEW);
}

/** A month (or "month unknown") section of the timeline. */
export function monthSection(g: MonthGroup, mode: MonthMode, level: 2 | 3 = 2): SafeHtml {
  const count = g.articleCount ? html` <span class="month-count">${countLabel(g.articleCount, 'artikel', 'artikelen')}</span>` : '';
  const title = g.url ? html`<a href="${g.url}">${g.label}</a>` : html`${g.label}`;
  // A month without an archive page (year-only dates) is always listed in full.
  const preview = mode === 'preview' && g.url !== null;
  const items = preview ? previewItems(g) : g.items;
  const more =
    preview && g.articleCount > MONTH_PREVIEW
      ? html`<p class="month-more"><a href="${g.url}">Alle ${g.articleCount.toLocaleString('nl-NL')} berichten uit ${g.label}</a></p>`
      : '';
  return html`<section class="month" id="${g.anchor}" aria-labelledby="${g.anchor}-kop">
${heading(level, 'month-title', html`${title}${count}`, `${g.anchor}-kop`)}
<ol class="entries">${items.map((i) => timelineItem(i, preview, level === 2 ? 3 : 4))}</ol>
${more}
</section>`;
}

/** A plain chronological list (person pages, Overig nieuws, Datum onbekend). */
export function articleList(articles: readonly SiteArticle[], compact = false, level: Level = 2, tagOffTopic = false): SafeHtml {
  return html`<ol class="entries">${articles.map((a) => articleEntry(a, { compact, headingLevel: level, tagOffTopic }))}</ol>`;
}

/**
 * Person filter: without JavaScript these are plain links to the person pages;
 * /assets/js/filter.js turns them into toggle buttons that filter the list in place.
 */
export function personFilter(people: ReadonlyArray<PersonRef & { count: number }>, pageUrl: string): SafeHtml {
  if (people.length === 0) return html``;
  // "Iedereen" is rendered here, not added by the script, so enhancing the bar shifts nothing.
  return html`<nav class="person-filter" aria-labelledby="person-filter-kop" data-person-filter="">
<h2 id="person-filter-kop" class="person-filter__title">Filter op persoon</h2>
<ul><li><a href="${pageUrl}" data-person="" aria-current="page">Iedereen</a></li>${people.map((p) => html`<li><a href="${p.url}" data-person="${p.slug}">${p.name} <span class="count">(${p.count})</span></a></li>`)}</ul>
<p class="person-filter__status" role="status" aria-live="polite"></p>
</nav>`;
}

export function pager(base: string, page: number, pages: number, label: string): SafeHtml {
  if (pages <= 1) return html``;
  const links: SafeHtml[] = [];
  for (let i = 1; i <= pages; i++) {
    links.push(
      i === page
        ? html`<li><a href="${pagedUrl(base, i)}" aria-current="page">${i}</a></li>`
        : html`<li><a href="${pagedUrl(base, i)}">${i}</a></li>`,
    );
  }
  return html`<nav class="pager" aria-label="${label}"><ul>${links}</ul></nav>`;
}

export function breadcrumb(items: ReadonlyArray<{ href?: string; label: string }>): SafeHtml {
  return html`<nav class="breadcrumb" aria-label="Kruimelpad"><ol>${items.map((it) =>
    it.href ? html`<li><a href="${it.href}">${it.label}</a></li>` : html`<li><span aria-current="page">${it.label}</span></li>`,
  )}</ol></nav>`;
}
