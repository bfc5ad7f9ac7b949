import type { SiteArticle } from '../src/site/data.ts';
import { renderArticle } from '../src/site/pages/article.ts';
import type { TemplateData } from '../src/site/template-data.ts';

type Data = TemplateData & { article: SiteArticle };

export const data = {
  pagination: { data: 'kroniek.site.articles', size: 1, alias: 'article' },
  permalink: (d: Data): string => d.article.url,
};

export function render(d: Data): string {
  return renderArticle(d.article);
}
