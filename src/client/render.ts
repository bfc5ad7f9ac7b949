/**
 * Result rendering with DOM APIs only: article text reaches the page through textContent,
 * never innerHTML, so a title like `<img src=x onerror=…>` is shown, not run.
 */
import type { SearchHit, TextPart } from '../search/query/types.ts';

export function appendParts(parent: HTMLElement, parts: readonly TextPart[]): void {
  for (const part of parts) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      parent.append(mark);
    } else parent.append(document.createTextNode(part.text));
  }
}

/** One result: a link with the title, then date, people and the highlighted snippet. */
export function renderHit(hit: SearchHit, siteRoot: URL, id: string, compact: boolean): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-hit';
  const heading = document.createElement(compact ? 'p' : 'h2');
  heading.className = 'search-hit__title';
  const link = document.createElement('a');
  link.href = new URL(hit.url, siteRoot).href;
  link.id = id;
  appendParts(link, hit.title);
  heading.append(link);
  li.append(heading);

  const meta = document.createElement('p');
  meta.className = 'search-hit__meta';
  if (hit.date) {
    const time = document.createElement('time');
    time.dateTime = hit.date;
    // Formatted at build time with date-fns `nl` (src/site/dates.ts), so no date library ships here.
    time.textContent = hit.dateText;
    meta.append(time);
  } else meta.append(document.createTextNode('Datum onbekend'));
  if (hit.people.length) meta.append(document.createTextNode(` · ${hit.people.slice(0, compact ? 3 : 6).join(', ')}`));
  li.append(meta);

  if (hit.snippet.length) {
    const snippet = document.createElement('p');
    snippet.className = 'search-hit__snippet';
    appendParts(snippet, hit.snippet);
    li.append(snippet);
  }
  return li;
}
