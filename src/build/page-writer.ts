/**
 * The pages whose number grows with the archive (one per article; person and month listings, 400
 * entries a page), rendered and written straight to the output folder instead of through Eleventy
 * pagination templates. Eleventy keeps every page it builds in memory (~37 KB per page for a bare
 * Markdown site, 3.7 GiB at 100,000 pages): written and dropped one at a time, these pages cost no
 * memory between them, and a watched rebuild rewrites only pages whose HTML changed and removes
 * pages that are gone. Eleventy renders the rest: the timeline, years, indexes, feed, sitemap…
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import type { SiteData } from '../site/data.ts';
import { renderArticle } from '../site/pages/article.ts';
import { renderPerson } from '../site/pages/people.ts';
import { renderMonth } from '../site/pages/timeline.ts';
import type { Routes } from '../site/routes.ts';
import { siteLinks, type AssetVersions } from './links.ts';
import { builtPages, hashPage } from './page-hashes.ts';

/** A page to write: its root-relative URL, and how to render it (called once, when written). */
export interface SitePage {
  url: string;
  render: () => string;
}

/** Every page the writer owns, in a stable order: articles, then person pages, then month pages. */
export function* writtenPages(site: SiteData, routes: Routes): Generator<SitePage> {
  for (const a of site.articles) yield { url: a.url, render: () => renderArticle(a) };
  for (const p of routes.people) yield { url: p.url, render: () => renderPerson(p) };
  for (const m of routes.months) yield { url: m.url, render: () => renderMonth(site, m) };
}

/** `/artikel/x/` → `<output>/artikel/x/index.html`. */
export function outputFile(outputDir: string, url: string): string {
  return path.join(outputDir, ...url.split('/').filter(Boolean), 'index.html');
}

export interface WriteStats {
  written: number;
  unchanged: number;
  removed: number;
}

export class PageWriter {
  /** What this process last wrote: output folder, and per URL a hash of the page. */
  private outputDir: string | null = null;
  private hashes = new Map<string, string>();

  async write(outputDir: string, pages: Iterable<SitePage>, pathPrefix: string, versions?: AssetVersions): Promise<WriteStats> {
    const previous = this.outputDir === outputDir ? this.hashes : new Map<string, string>();
    const next = new Map<string, string>();
    const stats: WriteStats = { written: 0, unchanged: 0, removed: 0 };
    const made = new Set<string>();
    for (const { url, render } of pages) {
      const page = siteLinks(render(), pathPrefix, versions);
      const hash = hashPage(page);
      const file = outputFile(outputDir, url);
      next.set(url, hash);
      builtPages.set(path.resolve(file), hash);
      if (previous.get(url) === hash) {
        stats.unchanged++;
        continue;
      }
      // Synchronous, as Eleventy writes its pages: promise-based file calls measured slower here,
      // since the other core is busy with the archive worker anyway.
      const dir = path.dirname(file);
      const parent = path.dirname(dir);
      if (!made.has(parent)) {
        mkdirSync(parent, { recursive: true });
        made.add(parent);
      }
      try {
        mkdirSync(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      writeFileSync(file, page);
      stats.written++;
    }
    for (const url of previous.keys()) {
      if (next.has(url)) continue;
      const file = outputFile(outputDir, url);
      await rm(file, { force: true });
      await rmdir(path.dirname(file)).catch(() => undefined);
      stats.removed++;
    }
    this.outputDir = outputDir;
    this.hashes = next;
    return stats;
  }
}
