/** Person pages (a mini-timeline per person) and the index of people. */
import { articleList, breadcrumb, countLabel, pager } from '../components.ts';
import type { SiteData } from '../data.ts';
import { html } from '../html.ts';
import { renderPage } from '../layout.ts';
import type { PersonPage } from '../routes.ts';

/** Ledes only while the page stays short; long lists show date and headline. */
const FULL_PERSON_LIMIT = 60;

export function renderPerson(page: PersonPage): string {
  const p = page.person;
  const n = p.articles.length;
  const body = html`${breadcrumb([{ href: '/personen/', label: 'Personen' }, { label: p.name }])}
<div class="page-head"><h1>${p.name}</h1>
${p.role ? html`<p class="role">${p.role}</p>` : ''}
<p class="lede">${p.name} komt voor in ${countLabel(p.onTopic, 'bericht', 'berichten')} op de tijdlijn${n > p.onTopic ? ` en ${countLabel(n - p.onTopic, 'bericht', 'berichten')} in Overig nieuws` : ''}, hieronder in de volgorde van de tijdlijn.</p></div>
${articleList(page.items, n > FULL_PERSON_LIMIT, 2, true)}
${pager(p.url, page.page, page.pages, `Pagina's over ${p.name}`)}`;
  return renderPage({
    title: page.page > 1 ? `${p.name} (pagina ${page.page})` : p.name,
    url: page.url,
    body,
    description: `Alle berichten over ${p.name}`,
  });
}

export function renderPeopleIndex(site: SiteData): string {
  const body = html`<div class="page-head"><h1>Personen</h1>
<p class="lede">${countLabel(site.people.length, 'persoon wordt', 'personen worden')} in het archief genoemd, wie het vaakst op de tijdlijn staat eerst.</p></div>
<ul class="people-index">${site.people.map(
    (p) =>
      html`<li><span class="person-name"><a href="${p.url}">${p.name}</a>${p.role ? html` <span class="role">${p.role}</span>` : ''}</span> <span class="count">${countLabel(p.onTopic, 'bericht', 'berichten')}${p.articles.length > p.onTopic ? ` + ${p.articles.length - p.onTopic} overig` : ''}</span></li>`,
  )}</ul>`;
  return renderPage({ title: 'Personen', url: '/personen/', body, description: 'Wie komt voor in het archief' });
}
