import { renderSitemap, sitemapEntries } from '../src/site/feeds.ts';
import type { TemplateData } from '../src/build/template-data.ts';

export const data = {
  // The sitemap protocol needs absolute URLs: without SITE_URL there is no sitemap (see src/site/config.ts).
  permalink: ({ kroniek }: TemplateData): string | false => (kroniek.config.siteUrl ? '/sitemap.xml' : false),
  eleventyExcludeFromCollections: true,
  // Render after the collections exist: pages from other templates (e.g. /zoeken/) come from there.
  eleventyImport: { collections: ['all'] },
};

/**
 * Our own pages come from the routes (cheap even at 100,000 pages: no need to put every
 * paginated page into Eleventy's collections); anything another template adds, from `collections.all`.
 */
export function render({ kroniek, collections }: TemplateData): string {
  const fromCollections = collections.all
    .map((item) => item.url)
    .filter((url): url is string => typeof url === 'string' && url.endsWith('/'));
  const entries = sitemapEntries(kroniek.site, kroniek.routes, kroniek.config.buildDate, fromCollections);
  return renderSitemap(entries, kroniek.config) ?? '';
}
