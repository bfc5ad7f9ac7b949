import { renderSitemap } from '../src/site/feeds.ts';
import { pageUrls } from '../src/site/routes.ts';
import type { TemplateData } from '../src/build/template-data.ts';

export const data = {
  permalink: '/sitemap.xml',
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
  const urls = [...new Set([...pageUrls(kroniek.site, kroniek.routes), ...fromCollections])].sort();
  return renderSitemap(urls, kroniek.config);
}
