import { renderIndex } from '../src/site/pages/timeline.ts';
import type { TemplateData } from '../src/build/template-data.ts';

export const data = { permalink: '/' };

export function render({ kroniek }: TemplateData): string {
  return renderIndex(kroniek.site);
}
