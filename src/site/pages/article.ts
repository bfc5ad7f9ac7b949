/** One article: headline, date with precision, body, who/where, neighbours, related, provenance. */
import { breadcrumb, excerpt, timeTag } from '../components.ts';
import type { ArticleLink, SiteArticle } from '../view/types.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import { renderPage } from '../layout.ts';
import { messageLocation } from '../../record/messages.ts';
import { formatDutchMonth } from '../../record/dates.ts';
import { monthUrl, yearUrl } from '../urls.ts';
import { escapeHtml } from '../../record/text.ts';

const PRECISION_NOTE: Record<string, string> = {
  month: 'Alleen de maand is bekend.',
  year: 'Alleen het jaar is bekend.',
};

const DATE_SOURCE: Record<string, string> = {
  frontmatter: 'Opgegeven door de redactie van dit archief.',
  header: 'Uit de kop van het bronbestand.',
  text: 'Uit de tekst van het bericht.',
};

const TITLE_SOURCE: Record<string, string> = {
  frontmatter: 'Opgegeven door de redactie van dit archief.',
  headline: 'De kop van het bericht zelf.',
  derived: 'Kop afgeleid uit de eerste alinea: het bericht had geen kop.',
};

function termList(label: string, items: SafeHtml[]): SafeHtml {
  if (items.length === 0) return html``;
  return html`<div class="facet"><dt>${label}</dt><dd><ul>${items.map((i) => html`<li>${i}</li>`)}</ul></dd></div>`;
}

function neighbours(a: SiteArticle): SafeHtml {
  if (!a.prev && !a.next) return html``;
  const link = (l: ArticleLink, rel: 'prev' | 'next'): SafeHtml =>
    html`<a class="${rel}" rel="${rel}" href="${l.url}"><span class="prev-next__dir">${rel === 'prev' ? 'Vorige' : 'Volgende'}</span> <span class="prev-next__title">${l.title}</span> <span class="prev-next__date">${l.dateLabel}</span></a>`;
  const label =
    a.sequence === 'offTopic'
      ? 'Vorig en volgend overig bericht'
      : a.sequence === 'undated'
        ? 'Vorig en volgend bericht zonder datum'
        : 'Vorig en volgend bericht op de tijdlijn';
  return html`<nav class="prev-next" aria-label="${label}">${a.prev ? link(a.prev, 'prev') : ''}${a.next ? link(a.next, 'next') : ''}</nav>`;
}

function related(a: SiteArticle): SafeHtml {
  if (a.related.length === 0) return html``;
  return html`<section class="related" aria-labelledby="verwant-kop"><h2 id="verwant-kop">Verwante berichten</h2>
<ul>${a.related.map((r) => html`<li><a href="${r.url}">${r.title}</a> <span class="related__date">${r.dateLabel}</span></li>`)}</ul></section>`;
}

/** An http(s) source becomes a link showing its host and path; anything else stays text. */
function sourceLink(source: string): SafeHtml {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return html`${source}`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return html`${source}`;
  const shown = `${url.host.replace(/^www\./, '')}${url.pathname === '/' ? '' : url.pathname}`;
  return html`<a href="${url.href}" rel="external nofollow noopener">${excerpt(shown, 60)}</a>`;
}

function facet(label: string, value: SafeHtml | string): SafeHtml {
  return html`<div class="facet"><dt>${label}</dt><dd>${value}</dd></div>`;
}

function provenance(a: SiteArticle): SafeHtml {
  const r = a.record;
  const dateNote = r.date
    ? html`${r.dateSource ? (DATE_SOURCE[r.dateSource] ?? r.dateSource) : ''} ${PRECISION_NOTE[r.datePrecision ?? ''] ?? ''}`
    : html`Het bericht noemt geen datum.`;
  const warnings = r.warnings.length
    ? facet(
        'Opmerkingen bij het inlezen',
        html`<ul>${r.warnings.map((w) => html`<li><code>${messageLocation(w)}</code> ${w.message}</li>`)}</ul>`,
      )
    : html``;
  const published =
    r.outlet || r.source || r.agency
      ? html`${r.outlet ? facet('Verschenen bij', r.outlet) : ''}${r.agency ? facet('Persbureau', r.agency) : ''}${r.source ? facet('Bron', sourceLink(r.source)) : ''}`
      : facet('Bron', 'Niet bekend: het bericht kwam binnen als tekst zonder uitgever of adres.');
  return html`<section class="provenance" aria-labelledby="herkomst-kop"><h2 id="herkomst-kop">Herkomst</h2>
<dl>
${published}
${facet('Kop', TITLE_SOURCE[r.titleSource] ?? r.titleSource)}
${facet('Datum', dateNote)}
</dl>
<details class="provenance__file"><summary>Bronbestand en inlezen</summary>
<dl>
${facet('Bronbestand', html`<code>${r.file}</code>, deel ${r.part}`)}
${r.duplicates.length ? facet('Ook gevonden in', html`<ul>${r.duplicates.map((d) => html`<li><code>${d}</code></li>`)}</ul>`) : ''}
${warnings}
</dl>
</details></section>`;
}

/**
 * Dateline and agency in the meta line, unless the body already opens with them
 * (`WASHINGTON (ANP/RTR) - …`): a reader should not meet them twice in a row.
 */
function metaLine(r: SiteArticle['record'], dateLabel: string): SafeHtml[] {
  const opening = r.html.replace(/^<p>/, '').slice(0, 200);
  const meta: SafeHtml[] = [timeTag(r.date, dateLabel)];
  if (r.dateline && !opening.startsWith(escapeHtml(r.dateline))) meta.push(html`<span class="dateline">${r.dateline}</span>`);
  if (r.agency && !opening.includes(`(${escapeHtml(r.agency)})`)) meta.push(html`<span class="agency">${r.agency}</span>`);
  return meta;
}

/** A place or organisation opens a search for it: a phrase when it has more than one word. */
function searchLink(name: string): SafeHtml {
  const q = /\s/.test(name) ? `"${name}"` : name;
  return html`<a href="/zoeken/?q=${encodeURIComponent(q)}">${name}</a>`;
}

export function renderArticle(a: SiteArticle): string {
  const r = a.record;
  const crumbs =
    a.sequence === 'main' && a.year !== null
      ? [
          { href: '/', label: 'Tijdlijn' },
          { href: yearUrl(a.year), label: String(a.year) },
          ...(a.month !== null ? [{ href: monthUrl(a.year, a.month), label: formatDutchMonth(a.year, a.month) }] : []),
        ]
      : a.sequence === 'offTopic'
        ? [
            { href: '/', label: 'Tijdlijn' },
            { href: a.listingUrl, label: 'Overig nieuws' },
          ]
        : [
            { href: '/', label: 'Tijdlijn' },
            { href: a.listingUrl, label: 'Datum onbekend' },
          ];
  const kicker = a.sequence === 'offTopic' ? html`<p class="kicker">Overig nieuws</p>` : html``;
  const meta = metaLine(r, a.dateLabel);
  const people = a.people.map((p) => html`<a href="${p.url}">${p.name}</a>`);
  const body = html`${breadcrumb([...crumbs, { label: r.title }])}
<article class="article" aria-labelledby="artikel-kop">
<header class="article-head">
${kicker}<h1 id="artikel-kop">${r.title}</h1>
<p class="article-meta">${meta}</p>
</header>
<div class="article-body">${raw(r.html)}</div>
<aside class="facets" aria-label="In dit bericht"><dl>
${termList('Personen', people)}
${termList('Plaatsen', r.places.map(searchLink))}
${termList('Organisaties', r.organisations.map(searchLink))}
</dl></aside>
</article>
${neighbours(a)}
<p class="back-link"><a href="${a.listingUrl}">${a.listingLabel}</a></p>
${related(a)}
${provenance(a)}`;
  return renderPage({ title: r.title, url: a.url, body, description: excerpt(r.lede, 200) });
}
