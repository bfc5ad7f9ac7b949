import { renderAbout } from '../src/site/pages/misc.ts';
import type { TemplateData } from '../src/build/template-data.ts';

export const data = { permalink: '/over/' };

export function render({ kroniek }: TemplateData): string {
  return renderAbout(kroniek.site);
}
