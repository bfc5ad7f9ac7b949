/** The data Eleventy hands to every template in templates/ (the `kroniek` global + page info). */
import type { SiteBundle } from './source.ts';

export interface TemplateData {
  kroniek: SiteBundle;
  page: { url: string | false; outputPath: string | false };
  collections: { all: ReadonlyArray<{ url: string | false; data?: Record<string, unknown> }> };
}
