import { renderAtom } from '../src/site/feeds.ts';
import type { TemplateData } from '../src/build/template-data.ts';

export const data = { permalink: '/feed.xml', eleventyExcludeFromCollections: true };

export function render({ kroniek }: TemplateData): string {
  return renderAtom(kroniek.site, kroniek.config);
}
