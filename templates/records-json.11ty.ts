import { renderRecordsJson } from '../src/site/feeds.ts';
import type { TemplateData } from '../src/site/template-data.ts';

export const data = { permalink: '/data/records.json', eleventyExcludeFromCollections: true };

export function render({ kroniek }: TemplateData): string {
  return renderRecordsJson(kroniek.site);
}
