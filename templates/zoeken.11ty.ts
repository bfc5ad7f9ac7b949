/**
 * /zoeken/: the search page. The form and result list are enhanced by the lazily loaded search
 * UI (src/client/); without JavaScript the page says so and lists every published article.
 */
import type { ArticleRecord } from '../src/record/types.ts';
import { html, raw, type SafeHtml } from '../src/site/html.ts';
import { renderPage } from '../src/site/layout.ts';
import { formatDutchDate } from '../src/record/dates.ts';
import { articleUrl, yearUrl } from '../src/site/urls.ts';

/** Above this the no-JavaScript list links to the year pages instead of growing past ~1 MB. */
export const NOSCRIPT_LIMIT = 3000;

interface ZoekenData {
  searchRecords?: ArticleRecord[];
}

function isRecordList(value: unknown): value is ArticleRecord[] {
  return Array.isArray(value);
}

export function peopleByCount(records: readonly ArticleRecord[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const r of records) for (const p of new Set(r.people)) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl'));
}

function noscriptList(records: readonly ArticleRecord[]): SafeHtml {
  const years = [...new Set(records.map((r) => r.date?.slice(0, 4)).filter((y): y is string => Boolean(y)))];
  if (records.length > NOSCRIPT_LIMIT) {
    return html`<p>Het archief telt ${records.length} artikelen; blader per jaar:</p>
<ul class="zoeken-jaren">${years.map((y) => html`<li><a href="${yearUrl(Number(y))}">${y}</a></li>`)}</ul>`;
  }
  return html`<ol class="zoeken-alles">${records.map(
    (r) =>
      html`<li><a href="${articleUrl(r.id)}">${r.title}</a> — ${r.date ? html`<time datetime="${r.date}">${formatDutchDate(r.date, r.datePrecision)}</time>` : 'Datum onbekend'}</li>`,
  )}</ol>`;
}

export function renderSearchPage(records: readonly ArticleRecord[]): string {
  const years = [...new Set(records.map((r) => Number(r.date?.slice(0, 4))).filter((y) => y > 0))].sort((a, b) => b - a);
  const people = peopleByCount(records);
  const body = html`<section id="zoeken" class="zoeken" aria-labelledby="zoeken-titel">
<h1 id="zoeken-titel">Zoeken in het archief</h1>
<form id="zoeken-form" class="zoeken-form" role="search" aria-labelledby="zoeken-titel" action="/zoeken/" method="get">
<div class="zoeken-form__query">
<label for="zoeken-q" class="visually-hidden">Zoekterm</label>
<input id="zoeken-q" name="q" type="search" autocomplete="off" spellcheck="false" placeholder="Naam, plaats of onderwerp — tikfouten mogen">
<button type="submit">Zoeken</button>
</div>
<fieldset class="zoeken-filters">
<legend class="visually-hidden">Filters en volgorde</legend>
<label>Jaar <select id="zoeken-jaar" name="jaar"><option value="">Alle jaren</option>${years.map((y) => html`<option value="${y}">${y}</option>`)}</select></label>
<label>Persoon <select id="zoeken-persoon" name="persoon"><option value="">Iedereen</option>${people.map(([name, n]) => html`<option value="${name}">${name} (${n})</option>`)}</select></label>
<label><input id="zoeken-overig" name="overig" type="checkbox" value="1"> Ook overig nieuws</label>
<label>Sorteren op <select id="zoeken-sorteer" name="sorteer"><option value="">relevantie</option><option value="datum">datum (nieuwste eerst)</option></select></label>
</fieldset>
</form>
<p id="zoeken-status" class="zoeken-status" role="status" aria-live="polite"></p>
<ol id="zoeken-resultaten" class="zoeken-resultaten" aria-label="Zoekresultaten"></ol>
<button id="zoeken-meer" type="button" hidden>Meer resultaten</button>
<noscript>
<p class="zoeken-noscript"><strong>Zoeken werkt alleen met JavaScript.</strong> Hieronder staan alle artikelen, nieuwste eerst.</p>
${noscriptList(records)}
</noscript>
</section>`;
  return renderPage({
    title: 'Zoeken',
    url: '/zoeken/',
    description: 'Zoek in het archief op naam, plaats of onderwerp.',
    head: raw('<link rel="stylesheet" href="/assets/search.css" data-search-css>'),
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
