/**
 * The search UI, loaded lazily by search-boot.js: a results dropdown for the header box on
 * every page, and the full search page (/zoeken/) with filters and URL state.
 */
import type { Manifest } from '../search/format.ts';
import { personCount } from '../search/query/people.ts';
import type { ResolvedWord, SearchResponse } from '../search/query/types.ts';
import { SearchClient } from './client.ts';
import { renderHit } from './render.ts';
import { EMPTY_STATE, requestFor, resultCountText, stateFromParams, stateToParams, type SearchState } from './state.ts';

const DEBOUNCE_MS = 100;
const HEADER_LIMIT = 6;
// Each result may need its own metadata chunk: ten keep a first-seen query to about ten small fetches.
const PAGE_LIMIT = 10;

// The bundle lives at <site>/assets/js/; links in results are relative to the site root.
const siteRoot = new URL('../../', import.meta.url);
const searchPageUrl = new URL('zoeken/', siteRoot);

let client: SearchClient | null = null;
const getClient = (): SearchClient => (client ??= new SearchClient());

/** Lets tests and the benchmark wait for a rendered answer instead of sleeping. */
function announceRendered(where: 'header' | 'page', q: string, total: number, started: number, workerMs: number, answered: number): void {
  const now = performance.now();
  document.dispatchEvent(
    new CustomEvent('kroniek:search-rendered', {
      detail: { where, q, total, elapsed: now - started, workerMs, renderMs: now - answered },
    }),
  );
}

function debounce(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

/** "Gezocht naar poetin" when a word was corrected or respelt, so a match never surprises. */
function correctionsText(words: readonly ResolvedWord[]): string {
  const fixed = words.filter((w) => (w.kind === 'fuzzy' || w.kind === 'alias') && w.terms.length);
  const missing = words.filter((w) => w.kind === 'none');
  const parts: string[] = [];
  if (fixed.length) parts.push(`gezocht naar ${fixed.map((w) => w.terms[0]).join(', ')}`);
  if (missing.length) parts.push(`niet gevonden: ${missing.map((w) => w.query).join(', ')}`);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

/** "1 resultaat in Overig nieuws": what the off-topic filter hides, so that it never hides it silently. */
function hiddenText(response: SearchResponse): string {
  const n = response.offTopicHidden;
  return `${n === 1 ? '1 resultaat' : `${n} resultaten`} in Overig nieuws`;
}

function statusText(response: SearchResponse): string {
  let text = resultCountText(response.total);
  const words = response.words.length;
  if (words > 1 && response.complete < response.total) text += `, ${response.complete} met alle zoekwoorden`;
  return text + correctionsText(response.words);
}

// ---- header box -----------------------------------------------------------------------------

function enhanceHeader(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input || form.dataset.enhanced) return;
  form.dataset.enhanced = 'true';

  const popup = document.createElement('div');
  popup.className = 'search-popup';
  popup.hidden = true;
  const status = document.createElement('p');
  status.className = 'search-popup__status';
  status.setAttribute('role', 'status');
  const list = document.createElement('ol');
  list.className = 'search-popup__list';
  list.id = 'site-search-list';
  list.setAttribute('aria-label', 'Zoekresultaten');
  const hidden = document.createElement('p');
  hidden.className = 'search-popup__hidden';
  hidden.hidden = true;
  const all = document.createElement('a');
  all.className = 'search-popup__all';
  // A real href from the start: a link without one is neither a link nor crawlable.
  all.href = searchPageUrl.href;
  all.textContent = 'Naar de zoekpagina →';
  popup.append(status, list, hidden, all);
  form.append(popup);
  input.setAttribute('aria-controls', (popup.id = 'site-search-popup'));

  let seq = 0;
  // Result links are real links: ArrowDown moves focus into them (a listbox of options may not
  // contain links), Enter follows the focused one natively.
  const links = (): HTMLAnchorElement[] => [
    ...popup.querySelectorAll<HTMLAnchorElement>('.search-hit__title a, .search-popup__hidden a, .search-popup__all'),
  ];
  const open = (show: boolean): void => {
    popup.hidden = !show;
  };

  const run = async (): Promise<void> => {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) {
      list.replaceChildren();
      open(false);
      return;
    }
    const started = performance.now();
    try {
      const { response, ms } = await getClient().search({ q: input.value, prefix: true, limit: HEADER_LIMIT });
      if (mine !== seq) return;
      const answered = performance.now();
      list.replaceChildren(...response.hits.map((hit, i) => renderHit(hit, siteRoot, `site-search-hit-${i}`, true)));
      status.textContent = response.total ? statusText(response) : `Geen resultaten${correctionsText(response.words)}`;
      const params = new URLSearchParams({ q });
      hidden.hidden = response.offTopicHidden === 0;
      if (response.offTopicHidden) {
        const show = document.createElement('a');
        show.href = `${searchPageUrl.href}?${new URLSearchParams({ q, overig: '1' })}`;
        show.textContent = 'toon';
        hidden.replaceChildren(`${hiddenText(response)} — `, show);
      }
      all.href = `${searchPageUrl.href}?${params}`;
      all.textContent = response.total > response.hits.length ? `Alle ${response.total} resultaten →` : 'Naar de zoekpagina →';
      open(true);
      announceRendered('header', q, response.total, started, ms, answered);
    } catch (error) {
      if (mine !== seq) return;
      status.textContent = 'Zoeken is nu niet beschikbaar.';
      list.replaceChildren();
      open(true);
      console.error(error);
    }
  };
  const schedule = debounce(() => void run(), DEBOUNCE_MS);

  input.addEventListener('input', schedule);
  input.addEventListener('focus', () => {
    if (input.value.trim() && list.childElementCount) open(true);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !popup.hidden) {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Escape') {
      // First Escape closes the dropdown and keeps the query; the next one clears the box.
      if (!popup.hidden) {
        event.preventDefault();
        open(false);
      } else if (input.value) {
        event.preventDefault();
        input.value = '';
        seq++;
        list.replaceChildren();
      }
    }
  });
  popup.addEventListener('keydown', (event) => {
    const items = links();
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
      open(false);
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && at >= 0) {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else items[Math.min(next, items.length - 1)]?.focus();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node) || !form.contains(event.relatedTarget)) open(false);
  });
  if (input.value.trim()) void run();
}

// ---- search page ------------------------------------------------------------------------------

function enhancePage(section: HTMLElement): void {
  const form = section.querySelector<HTMLFormElement>('#zoeken-form');
  const input = section.querySelector<HTMLInputElement>('#zoeken-q');
  const year = section.querySelector<HTMLSelectElement>('#zoeken-jaar');
  const person = section.querySelector<HTMLSelectElement>('#zoeken-persoon');
  const offTopic = section.querySelector<HTMLInputElement>('#zoeken-overig');
  const sort = section.querySelector<HTMLSelectElement>('#zoeken-sorteer');
  const status = section.querySelector<HTMLElement>('#zoeken-status');
  const list = section.querySelector<HTMLOListElement>('#zoeken-resultaten');
  const more = section.querySelector<HTMLButtonElement>('#zoeken-meer');
  const hidden = section.querySelector<HTMLElement>('#zoeken-overig-melding');
  if (!form || !input || !year || !person || !offTopic || !sort || !status || !list || !more || !hidden) return;
  if (section.dataset.enhanced) return;
  section.dataset.enhanced = 'true';
  section.classList.add('zoeken--js');

  let state: SearchState = EMPTY_STATE;
  let seq = 0;
  let shown = 0;

  const readControls = (): SearchState => ({
    q: input.value,
    year: year.value ? Number(year.value) : null,
    person: person.value || null,
    offTopic: offTopic.checked,
    sort: sort.value === 'datum' ? 'date' : 'relevance',
  });
  const writeControls = (s: SearchState): void => {
    input.value = s.q;
    year.value = s.year ? String(s.year) : '';
    person.value = s.person ?? '';
    offTopic.checked = s.offTopic;
    sort.value = s.sort === 'date' ? 'datum' : '';
  };
  const urlFor = (s: SearchState): string => {
    const params = stateToParams(s).toString();
    return `${window.location.pathname}${params ? `?${params}` : ''}`;
  };
  const commit = (mode: 'push' | 'replace'): void => {
    const next = readControls();
    const url = urlFor(next);
    if (url !== `${window.location.pathname}${window.location.search}`) {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    state = next;
  };

  // Person counts follow the year and "ook overig nieuws" filters; a person with none is not offered.
  let people: Manifest['people'] = [];
  let peopleFor = '';
  const updatePeople = (): void => {
    // Only the filters change the counts: typing leaves the list (and the page's layout) alone.
    const key = `${people.length}|${state.year}|${state.offTopic}|${state.person}`;
    if (key === peopleFor) return;
    peopleFor = key;
    const counts = new Map(people.map(([name, years]) => [name, personCount(years, state)]));
    for (const option of person.options) {
      if (!option.value) continue;
      const n = counts.get(option.value) ?? 0;
      option.textContent = `${option.value} (${n})`;
      option.hidden = option.disabled = n === 0 && option.value !== state.person;
    }
  };
  void getClient()
    .manifest()
    .then((m) => {
      people = m.people;
      updatePeople();
    })
    .catch((error: unknown) => console.error(error));

  const showHidden = (response: SearchResponse): void => {
    hidden.hidden = response.offTopicHidden === 0;
    if (hidden.hidden) return;
    const show = document.createElement('button');
    show.type = 'button';
    show.className = 'zoeken-overig__toon';
    show.textContent = 'toon';
    show.addEventListener('click', () => {
      offTopic.checked = true;
      commit('push');
      void run(false, false);
    });
    hidden.replaceChildren(`${hiddenText(response)} — `, show);
  };

  const run = async (append: boolean, prefix: boolean): Promise<void> => {
    const mine = ++seq;
    updatePeople();
    const browsing = !state.q.trim() && (state.person || state.year);
    if (!state.q.trim() && !browsing) {
      list.replaceChildren();
      status.textContent = '';
      hidden.hidden = true;
      more.hidden = true;
      return;
    }
    const started = performance.now();
    const offset = append ? shown : 0;
    try {
      const { response, ms } = await getClient().search(requestFor(state, { prefix, limit: PAGE_LIMIT, offset }));
      if (mine !== seq) return;
      const answered = performance.now();
      const items = response.hits.map((hit, i) => renderHit(hit, siteRoot, `zoeken-hit-${offset + i}`, false));
      if (append) list.append(...items);
      else list.replaceChildren(...items);
      shown = offset + response.hits.length;
      more.hidden = shown >= response.total;
      status.textContent = response.total ? statusText(response) : `Geen resultaten${correctionsText(response.words)}`;
      showHidden(response);
      announceRendered('page', state.q, response.total, started, ms, answered);
    } catch (error) {
      if (mine !== seq) return;
      status.textContent = 'Zoeken is nu niet beschikbaar.';
      console.error(error);
    }
  };

  const typed = debounce(() => {
    commit('replace');
    void run(false, true);
  }, DEBOUNCE_MS);
  input.addEventListener('input', typed);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit('push');
    void run(false, false);
  });
  for (const control of [year, person, offTopic, sort]) {
    control.addEventListener('change', () => {
      commit('push');
      void run(false, false);
    });
  }
  more.addEventListener('click', () => void run(true, false));
  window.addEventListener('popstate', () => {
    state = stateFromParams(new URLSearchParams(window.location.search));
    writeControls(state);
    void run(false, false);
  });

  // Arrow keys walk from the box through the result links and back; Escape clears.
  const links = (): HTMLAnchorElement[] => [...list.querySelectorAll<HTMLAnchorElement>('.search-hit__title a')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Escape' && input.value) {
      event.preventDefault();
      input.value = '';
      commit('replace');
      void run(false, false);
    }
  });
  list.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  });

  state = stateFromParams(new URLSearchParams(window.location.search));
  writeControls(state);
  void run(false, false);
  // Arriving with a query (Enter in another page's box) or without one, the reader is in the box:
  // ready to refine, ArrowDown to the results, and the live region reads the count.
  input.focus();
}

export function init(): void {
  const header = document.querySelector<HTMLFormElement>('form.site-search');
  if (header) enhanceHeader(header);
  const page = document.getElementById('zoeken');
  if (page) enhancePage(page);
}
