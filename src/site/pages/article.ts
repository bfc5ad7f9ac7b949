/** One article: headline, date with precision, body, who/where, neighbours, related, provenance. */
import { breadcrumb, excerpt, timeTag } from '../components.ts';
import type { ArticleLink, SiteArticle } from '../data.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import { renderPage } from '../layout.ts';
import { messageLocation } from '../../record/messages.ts';
import { formatDutchMonth } from '../../record/dates.ts';
import { monthUrl, yearUrl } from '../urls.ts';

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

function provenance(a: SiteArticle): SafeHtml {
  const r = a.record;
  const dateNote = r.date
    ? html`${r.dateSource ? (DATE_SOURCE[r.dateSource] ?? r.dateSource) : ''} ${PRECISION_NOTE[r.datePrecision ?? ''] ?? ''}`
    : html`Het bericht noemt geen datum.`;
  const warnings = r.warnings.length
    ? html`<div class="facet"><dt>Opmerkingen bij het inlezen</dt><dd><ul>${r.warnings.map(
        (w) => html`<li><code>${messageLocation(w)}</code> ${w.message}</li>`,
      )}</ul></dd></div>`
    : html``;
  return html`<section class="provenance" aria-labelledby="herkomst-kop"><h2 id="herkomst-kop">Herkomst</h2>
<dl>
<div class="facet"><dt>Bronbestand</dt><dd><code>${r.file}</code>, deel ${r.part}</dd></div>
${r.duplicates.length ? html`<div class="facet"><dt>Ook gevonden in</dt><dd><ul>${r.duplicates.map((d) => html`<li><code>${d}</code></li>`)}</ul></dd></div>` : ''}
${r.source ? html`<div class="facet"><dt>Bron</dt><dd>${r.source}</dd></div>` : ''}
<div class="facet"><dt>Kop</dt><dd>${TITLE_SOURCE[r.titleSource] ?? r.titleSource}</dd></div>
<div class="facet"><dt>Datum</dt><dd>${dateNote}</dd></div>
${warnings}
</dl></section>`;
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
  const meta: SafeHtml[] = [timeTag(r.date, a.dateLabel)];
  if (r.dateline) meta.push(html`<span class="dateline">${r.dateline}</span>`);
  if (r.agency) meta.push(html`<span class="agency">${r.agency}</span>`);
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
${termList(
  'Plaatsen',
  r.places.map((p) => html`${p}`),
)}
${termList(
  'Organisaties',
  r.organisations.map((o) => html`${o}`),
)}
</dl></aside>
</article>
${neighbours(a)}
<p class="back-link"><a href="${a.listingUrl}">${a.listingLabel}</a></p>
${related(a)}
${provenance(a)}`;
  return renderPage({ title: r.title, url: a.url, body, description: excerpt(r.lede, 200) });
}
