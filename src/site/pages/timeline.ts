/** The timeline: index, year pages and month archives. */
import { renderChart } from '../chart.ts';
import { articleList, breadcrumb, countLabel, monthSection, pager, personFilter, timelineItem, type MonthMode } from '../components.ts';
import type { SiteData } from '../data.ts';
import type { MonthGroup, PersonRef, TimelineItem, YearGroup } from '../view/types.ts';
import { html, type SafeHtml } from '../html.ts';
import { renderPage } from '../layout.ts';
import { yearUrl } from '../urls.ts';
import {
  FULL_INDEX_LIMIT,
  FULL_YEAR_LIMIT,
  INLINE_UNDATED_LIMIT,
  LIST_PAGE_SIZE,
  pagedYears,
  type MonthPage,
  type YearPage,
} from '../routes.ts';
import { formatDutchMonth } from '../../record/dates.ts';

const FILTER_PEOPLE = 12;
const FILTER_SCRIPT = html`<script type="module" src="/assets/js/filter.js"></script>`;

/** The people most present in these articles, for the filter bar (milestone people may lack a page). */
function filterPeople(items: Iterable<TimelineItem>): Array<PersonRef & { count: number }> {
  const counts = new Map<string, PersonRef & { count: number }>();
  for (const item of items) {
    if (item.kind !== 'article') continue;
    for (const r of item.article.people) {
      const c = counts.get(r.slug);
      if (c) c.count++;
      else counts.set(r.slug, { ...r, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'nl')).slice(0, FILTER_PEOPLE);
}

function* itemsOf(years: readonly YearGroup[]): Iterable<TimelineItem> {
  for (const y of years) for (const m of y.months) yield* m.items;
}

function chartFigure(site: SiteData, people: readonly PersonRef[]): SafeHtml {
  if (site.chart.length === 0) return html``;
  const total = site.chart.reduce((n, m) => n + m.count, 0);
  return html`<figure class="coverage" aria-labelledby="coverage-kop">
<figcaption id="coverage-kop"><span class="coverage__title">Artikelen op de tijdlijn: ${countLabel(total, 'artikel', 'artikelen')}</span> <span class="legend"><span class="legend-milestone" aria-hidden="true">◆</span> mijlpaal · onder elk jaar het totaal</span></figcaption>
${renderChart(
  site.chart,
  people.map((p) => p.slug),
)}
</figure>`;
}

/** Chips for the years with articles on the timeline; the current one is marked. */
function yearNav(site: SiteData, current: number | null): SafeHtml {
  const years = pagedYears(site.years).filter((y) => y.articleCount > 0 || y.year === current);
  if (years.length === 0) return html``;
  return html`<nav class="year-nav" aria-label="Jaren"><ul>${years.map((y) =>
    y.year === current
      ? html`<li><a href="${y.url}" aria-current="page">${y.year}</a></li>`
      : html`<li><a href="${y.url}">${y.year} <span class="count">(${y.articleCount})</span></a></li>`,
  )}</ul></nav>`;
}

function yearSection(y: YearGroup, mode: MonthMode): SafeHtml {
  const title = y.url ? html`<a href="${y.url}">${y.year}</a>` : html`${y.year}`;
  return html`<section class="year${y.articleCount ? '' : ' year--milestones'}" aria-labelledby="jaar-${y.year}-kop">
<h2 class="year-title" id="jaar-${y.year}-kop">${title}${y.articleCount ? '' : html` <span class="year-note">alleen mijlpalen</span>`}</h2>
${y.months.map((m) => monthSection(m, mode, 3))}
</section>`;
}

/** "van april 2021 tot en met december 2022": the span of the dated articles on the timeline. */
function articleSpan(site: SiteData): string {
  const dated = site.articles.filter((a) => a.sequence === 'main' && a.year !== null);
  const first = dated[0];
  const last = dated[dated.length - 1];
  if (!first || !last || first.year === null || last.year === null) return '';
  const label = (a: typeof first): string =>
    a.month !== null && a.year !== null ? formatDutchMonth(a.year, a.month) : String(a.year ?? '');
  return label(first) === label(last) ? `, in ${label(first)}` : `, van ${label(first)} tot en met ${label(last)}`;
}

function undatedSection(site: SiteData): SafeHtml {
  const n = site.undated.length;
  if (n === 0) return html``;
  const list = n <= INLINE_UNDATED_LIMIT ? articleList(site.undated, true, 3) : html``;
  return html`<section class="aside-section" id="datum-onbekend" aria-labelledby="datum-onbekend-kop">
<h2 id="datum-onbekend-kop">Datum onbekend</h2>
<p>${countLabel(n, 'artikel noemt', 'artikelen noemen')} zelf geen datum; we verzinnen er geen. <a href="/datum-onbekend/">Alle artikelen zonder datum</a>.</p>
${list}
</section>`;
}

function offTopicSection(site: SiteData): SafeHtml {
  const n = site.offTopic.length;
  if (n === 0) return html``;
  return html`<section class="aside-section" id="overig" aria-labelledby="overig-kop">
<h2 id="overig-kop">Overig nieuws</h2>
<p>${countLabel(n, 'artikel gaat', 'artikelen gaan')} niet over de diplomatie tussen de VS en Rusland over Oekraïne en ${n === 1 ? 'staat' : 'staan'} daarom niet op de tijdlijn. <a href="/overig/">Bekijk het overige nieuws</a>.</p>
</section>`;
}

function offTopicOfYear(site: SiteData, year: number): SafeHtml {
  const list = site.offTopic.filter((a) => a.year === year);
  if (list.length === 0) return html``;
  return html`<section class="aside-section" aria-labelledby="overig-${year}-kop">
<h2 id="overig-${year}-kop">Overig nieuws uit ${year}</h2>
<p>Deze berichten gaan niet over de diplomatie tussen de VS en Rusland over Oekraïne.</p>
${articleList(list.slice(0, LIST_PAGE_SIZE), true, 3)}
${list.length > LIST_PAGE_SIZE ? html`<p><a href="/overig/">Al het overige nieuws</a></p>` : ''}
</section>`;
}

export function renderIndex(site: SiteData): string {
  const all = site.stats.onTopic <= FULL_INDEX_LIMIT;
  const withArticles = site.years.filter((y) => y.articleCount > 0);
  const latest = withArticles[withArticles.length - 1];
  // A large archive shows its latest year with articles, and the milestones after it.
  const shown = all ? site.years : latest ? site.years.filter((y) => y.year >= latest.year) : [];
  const intro = site.stats.onTopic
    ? html`<p class="lede">${countLabel(site.stats.onTopic, 'bericht', 'berichten')} over de diplomatie tussen de Verenigde Staten en Rusland over Oekraïne${articleSpan(site)}, in de volgorde waarin het gebeurde, met de belangrijkste mijlpalen ertussen.</p>`
    : html`<p class="lede">Er staan nog geen gedateerde berichten in het archief.</p>`;
  const partial = !all && latest ? html`<p class="notice">Hieronder staat ${latest.year}; kies hierboven een eerder jaar.</p>` : html``;
  const people = filterPeople(itemsOf(shown));
  const body = html`<div class="page-head"><h1>Tijdlijn</h1>${intro}</div>
${chartFigure(site, people)}
${yearNav(site, null)}
${personFilter(people, '/')}
<div class="timeline" data-filterable="">
${partial}
${shown.map((y) => yearSection(y, all && y.articleCount <= FULL_YEAR_LIMIT ? 'full' : 'preview'))}
</div>
${undatedSection(site)}
${offTopicSection(site)}`;
  return renderPage({ title: 'Tijdlijn', url: '/', body, head: FILTER_SCRIPT });
}

export function renderYear(site: SiteData, page: YearPage): string {
  const y = page.year;
  const body = html`${breadcrumb([{ href: '/', label: 'Tijdlijn' }, { label: String(y.year) }])}
<div class="page-head"><h1>${y.year}</h1><p class="lede">${countLabel(y.articleCount, 'bericht', 'berichten')} op de tijdlijn in ${y.year}.${page.mode === 'preview' ? ' Per maand staan de eerste berichten hier; de maandarchieven hebben ze allemaal.' : ''}</p></div>
${yearNav(site, y.year)}
${personFilter(filterPeople(itemsOf([y])), y.url)}
<div class="timeline" data-filterable="">
${y.months.map((m) => monthSection(m, page.mode, 2))}
</div>
${offTopicOfYear(site, y.year)}
${adjacent(
  page.prev,
  page.next,
  'Vorig en volgend jaar',
  (g) => String(g.year),
  (g) => g.url,
)}`;
  return renderPage({ title: String(y.year), url: y.url, body, head: FILTER_SCRIPT, description: `Tijdlijn ${y.year}` });
}

function adjacent<T>(prev: T | null, next: T | null, label: string, name: (t: T) => string, url: (t: T) => string): SafeHtml {
  if (!prev && !next) return html``;
  return html`<nav class="prev-next" aria-label="${label}">
${prev ? html`<a class="prev" rel="prev" href="${url(prev)}"><span class="prev-next__dir">Vorige</span> ${name(prev)}</a>` : ''}
${next ? html`<a class="next" rel="next" href="${url(next)}"><span class="prev-next__dir">Volgende</span> ${name(next)}</a>` : ''}
</nav>`;
}

export function renderMonth(_site: SiteData, page: MonthPage): string {
  const g = page.group;
  const url = page.url;
  const monthLink = (m: MonthGroup): string => m.url ?? '/';
  const body = html`${breadcrumb([{ href: '/', label: 'Tijdlijn' }, { href: yearUrl(g.year), label: String(g.year) }, { label: g.label }])}
<div class="page-head"><h1>${g.label}</h1><p class="lede">${countLabel(g.articleCount, 'bericht', 'berichten')} op de tijdlijn.</p></div>
${personFilter(filterPeople(page.items), url)}
<div class="timeline" data-filterable="">
<ol class="entries">${page.items.map((i) => timelineItem(i, false, 2))}</ol>
</div>
${pager(g.url ?? '/', page.page, page.pages, `Pagina's van ${g.label}`)}
${adjacent(page.prev, page.next, 'Vorige en volgende maand', (m) => m.label, monthLink)}`;
  return renderPage({
    title: page.page > 1 ? `${g.label} (pagina ${page.page})` : g.label,
    url,
    body,
    head: FILTER_SCRIPT,
    description: `Berichten uit ${g.label}`,
  });
}
