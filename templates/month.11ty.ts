import { renderMonth } from '../src/site/pages/timeline.ts';
import type { MonthPage } from '../src/site/routes.ts';
import type { TemplateData } from '../src/site/template-data.ts';

type Data = TemplateData & { monthPage: MonthPage };

export const data = {
  pagination: { data: 'kroniek.routes.months', size: 1, alias: 'monthPage' },
  permalink: (d: Data): string => d.monthPage.url,
};

export function render(d: Data): string {
  return renderMonth(d.kroniek.site, d.monthPage);
}
