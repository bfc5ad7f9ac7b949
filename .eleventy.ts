/**
 * Kroniek's Eleventy configuration, read as a table of contents:
 * archive → site data (src/site/) → templates (templates/*.11ty.ts) → _site/.
 * ARTICLES_DIR, PATH_PREFIX and SITE_URL come from the environment (src/site/config.ts).
 */
import { HtmlBasePlugin, type EleventyConfig } from '@11ty/eleventy';
import rssPlugin from '@11ty/eleventy-plugin-rss';
import { siteConfigFromEnv } from './src/site/config.ts';
import { writeRecordsJson } from './src/site/export.ts';
import { SiteSource } from './src/site/source.ts';
import searchPlugin from './src/search/plugin.ts';

export default function (eleventyConfig: EleventyConfig) {
  const config = siteConfigFromEnv(process.env);
  const source = new SiteSource(config);

  // 1. Load the archive once per build; prints the report, fails the build on ingest errors.
  eleventyConfig.on('eleventy.before', () => source.refresh());
  eleventyConfig.addWatchTarget(config.articlesDir);

  // 2. Site data for every template, as `kroniek` ({ config, site, routes }).
  eleventyConfig.addGlobalData('kroniek', () => source.get());

  // 3. The public export /data/records.json, streamed once the pages are written.
  eleventyConfig.on('eleventy.after', async ({ directories }) =>
    writeRecordsJson(directories.output, await source.getRecords()),
  );

  // 4. Plugins: sub-path hosting, Atom helpers, search index + client.
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPlugin(rssPlugin);
  eleventyConfig.addPlugin(searchPlugin, { getRecords: () => source.getRecords() });

  // 5. Static assets: public/ → /assets/.
  eleventyConfig.addPassthroughCopy({ public: 'assets' });

  // 6. One line per written file is noise at 10,000 articles; Kroniek prints its own report instead.
  eleventyConfig.setQuietMode(true);

  // 7. Templates are TypeScript modules run through tsx.
  eleventyConfig.addExtension(['11ty.ts'], { key: '11ty.js' });
  eleventyConfig.addTemplateFormats('11ty.ts');

  return {
    dir: { input: 'templates', output: '_site' },
    templateFormats: ['11ty.ts'],
    pathPrefix: config.pathPrefix,
  };
}
