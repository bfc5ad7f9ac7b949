/**
 * /zoeken/: the search page. The form and result list are enhanced by the lazily loaded search
 * UI (src/client/); without JavaScript the controls that need it are not shown, and the page says
 * plainly that search needs JavaScript and offers the year and person pages and every article.
 */
import type { ArticleRecord } from '../src/record/types.ts';
import { html, raw, type SafeHtml } from '../src/site/html.ts';
import { renderPage } from '../src/site/layout.ts';
import { formatDutchDate } from '../src/record/dates.ts';
import { articleUrl, yearUrl } from '../src/site/urls.ts';
import { countPeople } from '../src/search/people.ts';
import { personCount } from '../src/search/query/people.ts';

/** Above this the no-JavaScript list links to the year pages instead of growing past ~1 MB. */
export const NOSCRIPT_LIMIT = 3000;

interface ZoekenData {
  searchRecords?: ArticleRecord[];
}

function isRecordList(value: unknown): value is ArticleRecord[] {
  return Array.isArray(value);
}

// Hidden without JavaScript before the first paint, so nothing that needs it is ever on screen.
const NOSCRIPT_STYLE = raw('<noscript><style>.needs-js{display:none!important}</style></noscript>');

function datedYears(records: readonly ArticleRecord[]): number[] {
  return [...new Set(records.map((r) => Number(r.date?.slice(0, 4))).filter((y) => y > 0))].sort((a, b) => b - a);
}

function noscriptBlock(records: readonly ArticleRecord[]): SafeHtml {
  const years = datedYears(records);
  const browse = html`<p>Zonder JavaScript kun je bladeren: per jaar (${years.map((y, i) => html`${i ? ', ' : ''}<a href="${yearUrl(y)}">${y}</a>`)}), per <a href="/personen/">persoon</a>, of in de lijst van alle artikelen hieronder.</p>`;
  const list =
    records.length > NOSCRIPT_LIMIT
      ? html`<p>Het archief telt ${records.length.toLocaleString('nl-NL')} artikelen; blader per jaar.</p>`
      : html`<h2 class="zoeken-alles__kop">Alle artikelen, nieuwste eerst</h2><ol class="zoeken-alles">${records.map(
          (r) =>
            html`<li><a href="${articleUrl(r.id)}">${r.title}</a> — ${r.date ? html`<time datetime="${r.date}">${formatDutchDate(r.date, r.datePrecision)}</time>` : 'Datum onbekend'}</li>`,
        )}</ol>`;
  return html`<noscript>
<div class="zoeken-noscript">
<p><strong>Zoeken werkt alleen met JavaScript</strong>, en dat staat in deze browser uit: een zoekopdracht wordt hier niet uitgevoerd.</p>
${browse}
</div>
${list}
</noscript>`;
}

export function renderSearchPage(records: readonly ArticleRecord[]): string {
  const years = datedYears(records);
  // Counted as everywhere on the site: on-topic articles, until "ook overig nieuws" is on.
  const people = countPeople(records).map(([name, perYear]) => [name, personCount(perYear, {})] as const);
  const body = html`<section id="zoeken" class="zoeken" aria-labelledby="zoeken-titel">
<h1 id="zoeken-titel">Zoeken in het archief</h1>
<form id="zoeken-form" class="zoeken-form needs-js" role="search" aria-labelledby="zoeken-titel" action="/zoeken/" method="get">
<div class="zoeken-form__query">
<label for="zoeken-q" class="visually-hidden">Zoekterm</label>
<input id="zoeken-q" name="q" type="search" autocomplete="off" spellcheck="false" placeholder="Naam, plaats of onderwerp — tikfouten mogen">
<button type="submit">Zoeken</button>
</div>
<fieldset class="zoeken-filters">
<legend class="visually-hidden">Filters en volgorde</legend>
<label>Jaar <select id="zoeken-jaar" name="jaar"><option value="">Alle jaren</option>${years.map((y) => html`<option value="${y}">${y}</option>`)}</select></label>
<label>Persoon <select id="zoeken-persoon" name="persoon"><option value="">Iedereen</option>${people.map(([name, n]) => html`<option value="${name}"${n ? '' : raw(' hidden disabled')}>${name} (${n})</option>`)}</select></label>
<label><input id="zoeken-overig" name="overig" type="checkbox" value="1"> Ook overig nieuws</label>
<label>Sorteren op <select id="zoeken-sorteer" name="sorteer"><option value="">relevantie</option><option value="datum">datum (nieuwste eerst)</option></select></label>
</fieldset>
</form>
<div class="zoeken-uitkomst needs-js">
<h2 id="zoeken-kop" class="visually-hidden">Resultaten</h2>
<p id="zoeken-status" class="zoeken-status" role="status" aria-live="polite"></p>
<p id="zoeken-overig-melding" class="zoeken-overig" hidden></p>
<ol id="zoeken-resultaten" class="zoeken-resultaten" aria-labelledby="zoeken-kop"></ol>
<button id="zoeken-meer" type="button" hidden>Meer resultaten</button>
</div>
${noscriptBlock(records)}
</section>`;
  return renderPage({
    title: 'Zoeken',
    url: '/zoeken/',
    description: 'Zoek in het archief op naam, plaats of onderwerp.',
    head: html`<link rel="stylesheet" href="/assets/search.css" data-search-css>${NOSCRIPT_STYLE}`,
    headerSearch: false,
    body,
  });
}

export default class ZoekenPage {
  data(): Record<string, unknown> {
    return { permalink: '/zoeken/', eleventyExcludeFromCollections: true };
  }
  render(data: ZoekenData): string {
    const records = isRecordList(data.searchRecords) ? data.searchRecords : [];
    return renderSearchPage(records);
  }
}
