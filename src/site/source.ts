/**
 * The one impure step of the site: read the archive and the curated data, then build the site
 * data once per Eleventy build (watch mode rebuilds it when an article changes).
 */
import { loadArchive } from '../load.ts';
import { loadMilestones } from '../milestones.ts';
import { listPeople } from '../tag.ts';
import type { ArticleRecord } from '../types.ts';
import type { SiteConfig } from './config.ts';
import { buildSiteData, type SiteData } from './data.ts';
import { BuildError, formatErrors, formatReport, ingestErrors } from './report.ts';
import { buildRoutes, type Routes } from './routes.ts';

export interface SiteBundle {
  config: SiteConfig;
  site: SiteData;
  routes: Routes;
}

export async function loadSite(config: SiteConfig, log: (line: string) => void = console.log): Promise<SiteBundle> {
  const result = await loadArchive(config.articlesDir);
  const site = buildSiteData(result, loadMilestones(), listPeople());
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
  constructor(private readonly config: SiteConfig) {}

  refresh(): Promise<SiteBundle> {
    this.current = loadSite(this.config);
    return this.current;
  }

  get(): Promise<SiteBundle> {
    return this.current ?? this.refresh();
  }

  /** Published records in timeline order, for plugins such as search. */
  async getRecords(): Promise<ArticleRecord[]> {
    return (await this.get()).site.records;
  }
}
