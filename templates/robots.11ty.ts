import { renderRobots } from '../src/site/feeds.ts';
import type { TemplateData } from '../src/build/template-data.ts';

export const data = { permalink: '/robots.txt', eleventyExcludeFromCollections: true };

export function render({ kroniek }: TemplateData): string {
  return renderRobots(kroniek.config);
}
