/** The one page shell every HTML page uses. URLs are root-relative; src/build/links.ts adds PATH_PREFIX and asset versions. */
import { html, raw, type SafeHtml } from './html.ts';

export const SITE_NAME = 'Kroniek';
export const SITE_TAGLINE = 'De diplomatie tussen de VS en Rusland over Oekraïne, dag na dag';

const NAV: ReadonlyArray<{ href: string; label: string }> = [
  { href: '/', label: 'Tijdlijn' },
  { href: '/personen/', label: 'Personen' },
  { href: '/zoeken/', label: 'Zoeken' },
  { href: '/over/', label: 'Over' },
];

/** Which nav item is "current": the timeline owns `/` and the year/month archives. */
function isCurrent(navHref: string, url: string): boolean {
  if (navHref === '/') return url === '/' || /^\/\d{4}\//.test(url) || url.startsWith('/tijdlijn/');
  return url.startsWith(navHref);
}

// Fixed markup: the search helper's script enhances exactly this form (and adds the "/" hint
// to the placeholder: without JavaScript the key does nothing).
const SEARCH_FORM = raw(
  '<form class="site-search" role="search" action="/zoeken/" method="get"><label for="site-search-q" class="visually-hidden">Zoek in het archief</label><input id="site-search-q" name="q" type="search" placeholder="Zoeken…" autocomplete="off" spellcheck="false"><button type="submit">Zoeken</button></form>',
);

export interface PageOptions {
  title: string;
  body: SafeHtml;
  /** The page's own root-relative URL, e.g. '/zoeken/'. */
  url: string;
  description?: string;
  head?: SafeHtml;
  /** False on the search page, which has its own box: one search box per page. */
  headerSearch?: boolean;
}

export function renderPage(opts: PageOptions): string {
  const fullTitle = opts.url === '/' ? `${SITE_NAME} — ${SITE_TAGLINE}` : `${opts.title} — ${SITE_NAME}`;
  const nav = NAV.map(
    (item) => html`<li><a href="${item.href}"${isCurrent(item.href, opts.url) ? raw(' aria-current="page"') : ''}>${item.label}</a></li>`,
  );
  const page = html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${fullTitle}</title>
<meta name="description" content="${opts.description ?? SITE_TAGLINE}">
<link rel="stylesheet" href="/assets/css/site.css">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" href="/feed.xml" title="${SITE_NAME}">
${opts.head ?? ''}
</head>
<body>
<a class="skip-link" href="#inhoud">Naar de inhoud</a>
<header class="site-header">
<div class="site-header__inner">
<p class="site-name"><a href="/">${SITE_NAME}</a> <span class="site-tagline">${SITE_TAGLINE}</span></p>
<nav class="site-nav" aria-label="Hoofdmenu"><ul>${nav}</ul></nav>
${opts.headerSearch === false ? '' : SEARCH_FORM}
</div>
</header>
<main id="inhoud" tabindex="-1">
${opts.body}
</main>
<footer class="site-footer">
<div class="site-footer__inner">
<p>${SITE_NAME} is een archief van Nederlandstalige nieuwsberichten. <a href="/over/">Over dit archief</a> · <a href="/feed.xml">Atom-feed</a> · <a href="/data/records.json">Gegevens (JSON)</a></p>
</div>
</footer>
<script type="module" src="/assets/js/search-boot.js"></script>
</body>
</html>
`;
  return page.value;
}
