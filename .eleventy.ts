/**
 * Kroniek's Eleventy configuration, read as a table of contents:
 * archive → site data (src/site/) → templates (templates/*.11ty.ts) → _site/.
 * ARTICLES_DIR, PATH_PREFIX and SITE_URL come from the environment (src/site/config.ts); the build
 * itself is run by src/build/run.ts (`npm run build`, `npm start`), which validates them first.
 */
import path from 'node:path';
import type { EleventyConfig } from '@11ty/eleventy';
import { SiteAssets } from './src/build/assets.ts';
import { siteLinks } from './src/build/links.ts';
import { builtPages, hashPage } from './src/build/page-hashes.ts';
import { PageWriter, writtenPages } from './src/build/page-writer.ts';
import { siteConfigFromEnv } from './src/site/config.ts';
import { formatPagesReport } from './src/build/report.ts';
import { SiteSource } from './src/build/source.ts';
import { StaleOutputs } from './src/build/stale-outputs.ts';
import searchPlugin from './src/build/search-plugin.ts';

interface AfterBuild {
  directories: { output: string };
  results?: ReadonlyArray<{ outputPath?: string | false }>;
}

export default function (eleventyConfig: EleventyConfig) {
  const config = siteConfigFromEnv(process.env);
  const source = new SiteSource(config);
  const pages = new PageWriter();
  const assets = new SiteAssets();
  const stale = new StaleOutputs();

  // 1. The archive, read and parsed in a worker thread (src/build/archive.ts) from the moment this
  //    config loads; each build waits for it, and the report or the error list is printed.
  source.prefetch();
  eleventyConfig.on('eleventy.before', ({ directories }) => source.refresh(directories.output));
  eleventyConfig.addWatchTarget(config.articlesDir);

  // 2. Static files (public/ → /assets/, the search client), versioned by content (src/build/assets.ts).
  eleventyConfig.on('eleventy.before', () => assets.start());
  eleventyConfig.addWatchTarget('public');

  // 3. Site data for every template, as `kroniek` ({ config, site, routes }).
  eleventyConfig.addGlobalData('kroniek', () => source.get());

  // 4. One link rewrite for every page: the path prefix, and asset versions (src/build/links.ts);
  //    each page's hash is noted for the build report (src/build/page-hashes.ts).
  eleventyConfig.on('eleventy.before', () => builtPages.clear());
  eleventyConfig.addTransform('kroniek-links', async function (this: { page: { outputPath: unknown } }, content: string) {
    const out = this.page.outputPath;
    if (typeof out !== 'string' || !out.endsWith('.html')) return content;
    const page = siteLinks(content, config.pathPrefix, await assets.versions());
    builtPages.set(path.resolve(out), hashPage(page));
    return page;
  });

  // 5. Pages that grow with the archive (articles, person and month listings), written by Kroniek
  //    itself (src/build/page-writer.ts): Eleventy would hold all of them in memory. Then, in watch
  //    mode, what Eleventy wrote last time and not this time is removed.
  eleventyConfig.on('eleventy.after', async ({ directories, results }: AfterBuild) => {
    const { site, routes } = await source.get();
    const written = await pages.write(directories.output, writtenPages(site, routes), config.pathPrefix, await assets.versions());
    const ownOutputs = (results ?? []).map((r) => r.outputPath).filter((p): p is string => typeof p === 'string');
    const removed = await stale.sweep(directories.output, ownOutputs);
    console.log(formatPagesReport({ ...written, removed: written.removed + removed }));
  });

  // 6. /data/records.json and the search index, written by the archive worker meanwhile; the assets.
  eleventyConfig.on('eleventy.after', () => source.published());
  eleventyConfig.on('eleventy.after', ({ directories }: AfterBuild) => assets.write(directories.output));

  // 7. The search page's data. (Not the RSS plugin: feeds.ts uses its date helper only, and the
  //    plugin would add HtmlBasePlugin, a second prefix rewrite.)
  eleventyConfig.addPlugin(searchPlugin, { getRecords: () => source.getRecords() });

  // 8. One line per written file is noise at 10,000 articles; Kroniek prints its own report instead.
  eleventyConfig.setQuietMode(true);

  // 9. Templates are TypeScript modules run through tsx.
  eleventyConfig.addExtension(['11ty.ts'], { key: '11ty.js' });
  eleventyConfig.addTemplateFormats('11ty.ts');

  return {
    dir: { input: 'templates', output: '_site' },
    templateFormats: ['11ty.ts'],
    pathPrefix: config.pathPrefix,
  };
}
