import type { SiteArticle } from '../src/site/data.ts';
import { renderOffTopic } from '../src/site/pages/misc.ts';
import type { Chunk } from '../src/site/routes.ts';
import type { TemplateData } from '../src/build/template-data.ts';

type Data = TemplateData & { listPage: Chunk<SiteArticle> };

export const data = {
  pagination: { data: 'kroniek.routes.offTopic', size: 1, alias: 'listPage' },
  permalink: (d: Data): string => d.listPage.url,
};

export function render(d: Data): string {
  return renderOffTopic(d.listPage);
}
