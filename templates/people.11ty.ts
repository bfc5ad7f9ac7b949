import { renderPeopleIndex } from '../src/site/pages/people.ts';
import type { TemplateData } from '../src/build/template-data.ts';

export const data = { permalink: '/personen/' };

export function render({ kroniek }: TemplateData): string {
  return renderPeopleIndex(kroniek.site);
}
