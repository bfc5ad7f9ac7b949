import { renderYear } from '../src/site/pages/timeline.ts';
import type { YearPage } from '../src/site/routes.ts';
import type { TemplateData } from '../src/build/template-data.ts';

type Data = TemplateData & { yearPage: YearPage };

export const data = {
  pagination: { data: 'kroniek.routes.years', size: 1, alias: 'yearPage' },
  permalink: (d: Data): string => d.yearPage.url,
};

export function render(d: Data): string {
  return renderYear(d.kroniek.site, d.yearPage);
}
