/** Machine-readable outputs: Atom feed, sitemap, robots.txt (records.json: export.ts). */
import { dateToRfc3339 } from '@11ty/eleventy-plugin-rss';
import { absoluteUrl, type SiteConfig } from './config.ts';
import type { SiteArticle, SiteData } from './data.ts';
import { parseDateParts } from '../record/dates.ts';
import { html, type SafeHtml } from './html.ts';
import { SITE_NAME, SITE_TAGLINE } from './layout.ts';

const FEED_SIZE = 50;

/** A partial date as an instant: the first moment of its period (an honest lower bound). */
function dateOf(date: string | null): Date | null {
  const p = parseDateParts(date);
  return p ? new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1)) : null;
}

/** The newest dated articles of the main line, newest first. */
export function feedArticles(site: SiteData, size = FEED_SIZE): SiteArticle[] {
  return site.articles
    .filter((a) => a.sequence === 'main' && a.sortKey !== null)
    .sort((a, b) => ((a.sortKey ?? '') < (b.sortKey ?? '') ? 1 : (a.sortKey ?? '') > (b.sortKey ?? '') ? -1 : 0))
    .slice(0, size);
}

export function renderAtom(site: SiteData, config: Pick<SiteConfig, 'pathPrefix' | 'siteUrl'>): string {
  const items = feedArticles(site);
  const newest = items[0] ? dateOf(items[0].record.date) : null;
  const updated = dateToRfc3339(newest ?? new Date(Date.UTC(2000, 0, 1)));
  const entries = items.map((a) => {
    const url = absoluteUrl(config, a.url);
    const when = dateToRfc3339(dateOf(a.record.date) ?? new Date(Date.UTC(2000, 0, 1)));
    // `content` carries the sanitized body as escaped text (type="html"), so the XML stays well-formed.
    return html`<entry>
<title>${a.record.title}</title>
<link href="${url}"/>
<id>${url}</id>
<updated>${when}</updated>
<summary>${a.record.lede}</summary>
<content type="html">${a.record.html}</content>
${a.people.map((p) => html`<category term="${p.name}"/>`)}
</entry>`;
  });
  return html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
<title>${SITE_NAME}</title>
<subtitle>${SITE_TAGLINE}</subtitle>
<link href="${absoluteUrl(config, '/feed.xml')}" rel="self"/>
<link href="${absoluteUrl(config, '/')}"/>
<updated>${updated}</updated>
<id>${absoluteUrl(config, '/')}</id>
<author><name>${SITE_NAME}</name></author>
${entries}
</feed>
`.value;
}

export function renderSitemap(urls: readonly string[], config: Pick<SiteConfig, 'pathPrefix' | 'siteUrl'>): string {
  const rows: SafeHtml[] = urls.map((u) => html`<url><loc>${absoluteUrl(config, u)}</loc></url>\n`);
  return html`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${rows}</urlset>
`.value;
}

export function renderRobots(config: Pick<SiteConfig, 'pathPrefix' | 'siteUrl'>): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(config, '/sitemap.xml')}\n`;
}
