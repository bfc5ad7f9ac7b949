/**
 * The one impure step of the site: read the archive and the curated data, then build the site
 * data once per Eleventy build (watch mode rebuilds it when an article changes).
 */
import { loadMilestones } from '../site/milestones.ts';
import { listPeople } from '../ingest/tag.ts';
import type { ArticleRecord, IngestResult } from '../record/types.ts';
import { Archive } from './archive.ts';
import type { SiteConfig } from '../site/config.ts';
import { buildSiteData, type SiteData } from '../site/data.ts';
import { BuildError, formatBuildWarnings, formatErrors, formatReport, ingestErrors } from './report.ts';
import { buildRoutes, type Routes } from '../site/routes.ts';

export interface SiteBundle {
  config: SiteConfig;
  site: SiteData;
  routes: Routes;
}

export async function loadSite(
  config: SiteConfig,
  load: () => Promise<IngestResult>,
  log: (line: string) => void = console.log,
): Promise<SiteBundle> {
  const result = await load();
  const site = buildSiteData(result, loadMilestones(), listPeople());
  for (const line of formatBuildWarnings(result, config.articlesDir)) log(line);
  log(formatReport(site.stats, config.articlesDir));
  const errors = ingestErrors(result);
  if (errors.length) {
    // Eleventy prints the message (the list) when the build stops.
    throw new BuildError(formatErrors(errors));
  }
  return { config, site, routes: buildRoutes(site) };
}

/** Caches the bundle of the current build; `refresh` starts the next one. */
export class SiteSource {
  private current: Promise<SiteBundle> | null = null;
  private prefetched = false;
  private publishing: (() => Promise<void>) | null = null;
  private readonly archive: Archive;

  constructor(private readonly config: SiteConfig) {
    this.archive = new Archive([config.articlesDir], { worker: process.env.ARCHIVE_WORKER !== 'off' });
  }

  /**
   * Starts the first build's loading before Eleventy asks for it (called from the config), so that
   * ingest overlaps Eleventy's own start-up. Its errors surface when the build awaits it.
   */
  prefetch(): void {
    this.current = this.load();
    this.current.catch(() => undefined);
    this.prefetched = true;
  }

  /** Loads the archive for a build into `outputDir`; its records.json and index start being written. */
  async refresh(outputDir: string): Promise<SiteBundle> {
    if (!this.prefetched || !this.current) this.current = this.load();
    this.prefetched = false;
    const bundle = await this.current;
    this.publishing = this.archive.publish(outputDir);
    return bundle;
  }

  /** Waits for records.json and the search index of the current build. */
  async published(): Promise<void> {
    const publishing = this.publishing;
    this.publishing = null;
    await publishing?.();
  }

  get(): Promise<SiteBundle> {
    return (this.current ??= this.load());
  }

  /** Published records in timeline order, for plugins such as search. */
  async getRecords(): Promise<ArticleRecord[]> {
    return (await this.get()).site.records;
  }

  private load(): Promise<SiteBundle> {
    return loadSite(this.config, () => this.archive.load());
  }
}
