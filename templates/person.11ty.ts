import { renderPerson } from '../src/site/pages/people.ts';
import type { PersonPage } from '../src/site/routes.ts';
import type { TemplateData } from '../src/site/template-data.ts';

type Data = TemplateData & { personPage: PersonPage };

export const data = {
  pagination: { data: 'kroniek.routes.people', size: 1, alias: 'personPage' },
  permalink: (d: Data): string => d.personPage.url,
};

export function render(d: Data): string {
  return renderPerson(d.personPage);
}
