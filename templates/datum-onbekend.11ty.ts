import type { SiteArticle } from '../src/site/data.ts';
import { renderUndated } from '../src/site/pages/misc.ts';
import type { Chunk } from '../src/site/routes.ts';
import type { TemplateData } from '../src/build/template-data.ts';

type Data = TemplateData & { listPage: Chunk<SiteArticle> };

export const data = {
  pagination: { data: 'kroniek.routes.undated', size: 1, alias: 'listPage' },
  permalink: (d: Data): string => d.listPage.url,
};

export function render(d: Data): string {
  return renderUndated(d.listPage);
}
