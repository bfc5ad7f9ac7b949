/**
 * Kroniek's Eleventy configuration, read as a table of contents:
 * archive → site data (src/site/) → templates (templates/*.11ty.ts) → _site/.
 * ARTICLES_DIR, PATH_PREFIX and SITE_URL come from the environment (src/site/config.ts).
 */
import { HtmlBasePlugin, type EleventyConfig } from '@11ty/eleventy';
import rssPlugin from '@11ty/eleventy-plugin-rss';
import { PageWriter, writtenPages } from './src/build/page-writer.ts';
import { siteConfigFromEnv } from './src/site/config.ts';
import { formatPagesReport } from './src/build/report.ts';
import { SiteSource } from './src/build/source.ts';
import searchPlugin from './src/build/search-plugin.ts';

export default function (eleventyConfig: EleventyConfig) {
  const config = siteConfigFromEnv(process.env);
  const source = new SiteSource(config);
  const pages = new PageWriter();

  // 1. The archive, read and parsed in a worker thread (src/site/archive.ts) from the moment this
  //    config loads; each build waits for it, and the report or the error list is printed.
  source.prefetch();
  eleventyConfig.on('eleventy.before', ({ directories }) => source.refresh(directories.output));
  eleventyConfig.addWatchTarget(config.articlesDir);

  // 2. Site data for every template, as `kroniek` ({ config, site, routes }).
  eleventyConfig.addGlobalData('kroniek', () => source.get());

  // 3. Pages that grow with the archive (articles, person and month listings), written by Kroniek
  //    itself (src/site/page-writer.ts): Eleventy would hold all of them in memory.
  eleventyConfig.on('eleventy.after', async ({ directories }) => {
    const { site, routes } = await source.get();
    console.log(formatPagesReport(await pages.write(directories.output, writtenPages(site, routes), config.pathPrefix)));
  });

  // 4. /data/records.json and the search index, written by the archive worker meanwhile.
  eleventyConfig.on('eleventy.after', () => source.published());

  // 5. Plugins: sub-path hosting, Atom helpers, the search client.
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPlugin(rssPlugin);
  eleventyConfig.addPlugin(searchPlugin, { getRecords: () => source.getRecords() });

  // 6. Static assets: public/ → /assets/.
  eleventyConfig.addPassthroughCopy({ public: 'assets' });

  // 7. One line per written file is noise at 10,000 articles; Kroniek prints its own report instead.
  eleventyConfig.setQuietMode(true);

  // 8. Templates are TypeScript modules run through tsx.
  eleventyConfig.addExtension(['11ty.ts'], { key: '11ty.js' });
  eleventyConfig.addTemplateFormats('11ty.ts');

  return {
    dir: { input: 'templates', output: '_site' },
    templateFormats: ['11ty.ts'],
    pathPrefix: config.pathPrefix,
  };
}
