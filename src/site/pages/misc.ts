/** Overig nieuws, Datum onbekend, Over, 404. */
import { articleList, countLabel, pager } from '../components.ts';
import type { SiteData } from '../data.ts';
import type { SiteArticle } from '../view/types.ts';
import { formatDutchDate } from '../../record/dates.ts';
import { html } from '../html.ts';
import { renderPage } from '../layout.ts';
import { TOPIC_RULE_NL } from '../../ingest/topic.ts';
import type { Chunk } from '../routes.ts';

export function renderOffTopic(page: Chunk<SiteArticle>): string {
  const body = html`<div class="page-head"><h1>Overig nieuws</h1>
<p class="lede">Berichten die in dezelfde bronbestanden stonden maar niet over de diplomatie tussen de VS en Rusland over Oekraïne gaan. Ze staan niet op de tijdlijn, maar blijven vindbaar.</p></div>
${page.items.length ? articleList(page.items, false, 2) : html`<p>Er is geen overig nieuws.</p>`}
${pager(page.base, page.page, page.pages, "Pagina's overig nieuws")}`;
  return renderPage({ title: 'Overig nieuws', url: page.url, body });
}

export function renderUndated(page: Chunk<SiteArticle>): string {
  const body = html`<div class="page-head"><h1>Datum onbekend</h1>
<p class="lede">Deze berichten noemen zelf geen publicatiedatum en de bron gaf er ook geen. We verzinnen er geen; daarom staan ze niet op de tijdlijn.</p></div>
${page.items.length ? articleList(page.items, false, 2) : html`<p>Alle berichten in het archief hebben een datum.</p>`}
${pager(page.base, page.page, page.pages, "Pagina's zonder datum")}`;
  return renderPage({ title: 'Datum onbekend', url: page.url, body });
}

export function renderAbout(site: SiteData): string {
  const s = site.stats;
  const span =
    s.firstDate && s.lastDate
      ? html` Het oudste gedateerde bericht is van ${formatDutchDate(s.firstDate, null)}, de nieuwste van ${formatDutchDate(s.lastDate, null)}.`
      : html``;
  const body = html`<div class="page-head"><h1>Over dit archief</h1>
<p class="lede">Kroniek bewaart Nederlandstalige nieuwsberichten over de diplomatie tussen de Verenigde Staten en Rusland over de oorlog in Oekraïne, en zet ze op een tijdlijn.</p></div>
<div class="prose">
<h2>Wat het archief bevat</h2>
<ul class="figures">
<li><strong>${s.published.toLocaleString('nl-NL')}</strong> gepubliceerde berichten uit ${countLabel(s.files, 'bronbestand', 'bronbestanden')}</li>
<li><strong>${s.onTopic.toLocaleString('nl-NL')}</strong> op de tijdlijn</li>
<li><strong>${s.offTopic.toLocaleString('nl-NL')}</strong> als <a href="/overig/">overig nieuws</a></li>
<li><strong>${s.undated.toLocaleString('nl-NL')}</strong> met <a href="/datum-onbekend/">onbekende datum</a></li>
<li><strong>${site.milestones.length.toLocaleString('nl-NL')}</strong> mijlpalen en <strong>${site.people.length.toLocaleString('nl-NL')}</strong> <a href="/personen/">personen</a></li>
</ul>
<p>${span} ${countLabel(s.byPrecision.day, 'bericht heeft', 'berichten hebben')} een datum op de dag nauwkeurig, ${countLabel(s.byPrecision.month, 'bericht', 'berichten')} alleen een maand en ${countLabel(s.byPrecision.year, 'bericht', 'berichten')} alleen een jaar.${s.duplicatesMerged ? html` ${countLabel(s.duplicatesMerged, 'dubbel gevonden kopie is', 'dubbel gevonden kopieën zijn')} samengevoegd met het origineel.` : ''}</p>
<h2>Hoe de datum wordt bepaald</h2>
<p>Een datum komt uit de gegevens die de redactie aan een bestand toevoegt, of uit het bericht zelf: een datumregel als ‘dinsdag 7 december 2021, 19:05’ of een kop als ‘date 2021-04’. Datums uit de rommel rond een bericht (zoals ‘3 uur geleden’ of lijstjes met ander nieuws) tellen niet mee. We tonen nooit meer precisie dan de bron geeft: staat alleen de maand vast, dan staat er ‘april 2021’ en staat het bericht bovenaan die maand op de tijdlijn; staat alleen het jaar vast, dan staat het bovenaan dat jaar. Zonder datum komt een bericht onder <a href="/datum-onbekend/">Datum onbekend</a>.</p>
<h2>Wat op de tijdlijn komt</h2>
<p>${TOPIC_RULE_NL}</p>
<p>Die berichten staan onder <a href="/overig/">Overig nieuws</a>. Concepten (berichten met <code>draft: true</code>) worden niet gepubliceerd.</p>
<h2>Herkomst</h2>
<p>Elk bericht vermeldt het bronbestand en, als een bestand meerdere berichten bevat, welk deel. Ruis van de oorspronkelijke webpagina (fotobijschriften, kaders met ander nieuws, advertenties) is verwijderd. Alle gegevens zijn te downloaden als <a href="/data/records.json">JSON</a>; nieuwe berichten volgen via de <a href="/feed.xml">Atom-feed</a>.</p>
</div>`;
  return renderPage({ title: 'Over dit archief', url: '/over/', body, description: 'Wat het archief bevat en hoe het is gemaakt' });
}

export function renderNotFound(): string {
  const body = html`<div class="page-head"><h1>Pagina niet gevonden</h1>
<p class="lede">Deze pagina bestaat niet (meer). Misschien is het adres verkeerd getypt.</p></div>
<div class="prose"><ul>
<li><a href="/">Naar de tijdlijn</a></li>
<li><a href="/personen/">Alle personen</a></li>
<li><a href="/zoeken/">Zoek in het archief</a></li>
</ul></div>`;
  return renderPage({ title: 'Pagina niet gevonden', url: '/404.html', body });
}
