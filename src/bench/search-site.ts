/**
 * Builds a site for the search browser test and benchmark: the real Eleventy build (the
 * default), or — when only search is being measured — a minimal site of the search page plus
 * the index and client, which skips the thousands of article pages.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleRecord } from '../record/types.ts';
import { runEleventy } from '../build/eleventy-command.ts';
import { writeSearchAssets, publishedNewestFirst } from '../build/search-plugin.ts';
import { renderPage } from '../site/layout.ts';
import { html } from '../site/html.ts';
import { renderSearchPage } from '../../templates/zoeken.11ty.ts';

/** Runs `npm run build`'s command with ARTICLES_DIR and PATH_PREFIX; rejects with its output on failure. */
export async function buildFullSite(articlesDir: string, outputDir: string, pathPrefix = '/'): Promise<void> {
  const run = await runEleventy({ output: outputDir, env: { ARTICLES_DIR: articlesDir, PATH_PREFIX: pathPrefix } });
  if (run.code !== 0) throw new Error(`site build failed (${run.code}):\n${run.stdout}${run.stderr}`);
}

/** Search page, a home page with the header box, and one stub page per article. Root-relative URLs: prefix '/'. */
export async function buildMiniSite(records: readonly ArticleRecord[], outputDir: string): Promise<void> {
  const published = publishedNewestFirst(records);
  const pages = new Map<string, string>([
    ['index.html', renderPage({ title: 'Kroniek', url: '/', body: html`<h1>Kroniek</h1>` })],
    ['zoeken/index.html', renderSearchPage(published)],
  ]);
  for (const r of published.slice(0, 50)) {
    pages.set(`artikelen/${r.id}/index.html`, renderPage({ title: r.title, url: `/artikelen/${r.id}/`, body: html`<h1>${r.title}</h1>` }));
  }
  for (const [rel, text] of pages) {
    await mkdir(path.dirname(path.join(outputDir, rel)), { recursive: true });
    await writeFile(path.join(outputDir, rel), text);
  }
  await writeSearchAssets(outputDir, records);
}
