/**
 * Machine-readable outputs: Atom feed, sitemap, robots.txt (records.json: src/build/records-export.ts).
 * Absolute URLs come only from SITE_URL (src/site/config.ts); without it the feed links are
 * root-relative and no sitemap is written, never a guessed host. Every document goes through
 * xmlSafe, so no character in a record can make it ill-formed.
 */
import { createHash } from 'node:crypto';
import { dateToRfc3339 } from '@11ty/eleventy-plugin-rss';
import { absoluteUrl, prefixedUrl, type SiteConfig } from './config.ts';
import type { SiteArticle, SiteData } from './data.ts';
import { parseDateParts } from '../record/dates.ts';
import { html, type SafeHtml } from './html.ts';
import { SITE_NAME, SITE_TAGLINE } from './layout.ts';
import { pageUrls, type Routes } from './routes.ts';
import { xmlSafe } from './xml.ts';

const FEED_SIZE = 50;

type UrlConfig = Pick<SiteConfig, 'pathPrefix' | 'siteUrl'>;

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

/** A link in the feed: absolute with SITE_URL, else relative to the host (RFC 4287 allows both). */
const feedLink = (config: UrlConfig, url: string): string => absoluteUrl(config, url) ?? prefixedUrl(config, url);

/**
 * An Atom id must be an absolute IRI: the page's URL when SITE_URL gives one, else a name-based
 * UUID (RFC 4122 version 5) of the page path, stable from build to build.
 */
function feedId(config: UrlConfig, url: string): string {
  const absolute = absoluteUrl(config, url);
  if (absolute) return absolute;
  const bytes = createHash('sha1').update(`kroniek:${url}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function renderAtom(site: SiteData, config: UrlConfig): string {
  const items = feedArticles(site);
  const newest = items[0] ? dateOf(items[0].record.date) : null;
  const updated = dateToRfc3339(newest ?? new Date(Date.UTC(2000, 0, 1)));
  const entries = items.map((a) => {
    const when = dateToRfc3339(dateOf(a.record.date) ?? new Date(Date.UTC(2000, 0, 1)));
    // `content` carries the sanitized body as escaped text (type="html"), so the XML stays well-formed.
    return html`<entry>
<title>${a.record.title}</title>
<link href="${feedLink(config, a.url)}"/>
<id>${feedId(config, a.url)}</id>
<updated>${when}</updated>
<summary>${a.record.lede}</summary>
<content type="html">${a.record.html}</content>
${a.people.map((p) => html`<category term="${p.name}"/>`)}
</entry>`;
  });
  return xmlSafe(
    html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
<title>${SITE_NAME}</title>
<subtitle>${SITE_TAGLINE}</subtitle>
<link href="${feedLink(config, '/feed.xml')}" rel="self"/>
<link href="${feedLink(config, '/')}"/>
<updated>${updated}</updated>
<id>${feedId(config, '/')}</id>
<author><name>${SITE_NAME}</name></author>
${entries}
</feed>
`.value,
  );
}

export interface SitemapEntry {
  /** Root-relative URL. */
  url: string;
  /** W3C datetime (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or null when nothing honest is known. */
  lastmod: string | null;
}

/**
 * Every page worth listing: article pages dated by their record (an undated article gets no
 * lastmod, never a guess), listings by the build date; listing pages with nothing on them
 * (an empty "Overig nieuws", say) are left out. `extra`: pages other templates add.
 */
export function sitemapEntries(site: SiteData, routes: Routes, buildDate: string, extra: readonly string[] = []): SitemapEntry[] {
  const articleDates = new Map(site.articles.map((a) => [a.url, a.sortKey === null ? null : a.record.date]));
  const empty = new Set([...routes.offTopic, ...routes.undated].filter((c) => c.items.length === 0).map((c) => c.url));
  const urls = [...new Set([...pageUrls(site, routes), ...extra])].filter((u) => !empty.has(u)).sort();
  return urls.map((url) => ({ url, lastmod: articleDates.has(url) ? (articleDates.get(url) ?? null) : buildDate }));
}

/** The sitemap; null without SITE_URL, since the sitemap protocol allows absolute URLs only. */
export function renderSitemap(entries: readonly SitemapEntry[], config: UrlConfig): string | null {
  if (config.siteUrl === null) return null;
  const rows: SafeHtml[] = entries.map(
    (e) => html`<url><loc>${absoluteUrl(config, e.url)}</loc>${e.lastmod ? html`<lastmod>${e.lastmod}</lastmod>` : ''}</url>\n`,
  );
  return xmlSafe(
    html`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${rows}</urlset>
`.value,
  );
}

export function renderRobots(config: UrlConfig): string {
  const sitemap = absoluteUrl(config, '/sitemap.xml');
  return `User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`;
}
