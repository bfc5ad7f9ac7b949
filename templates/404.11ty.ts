import { renderNotFound } from '../src/site/pages/misc.ts';

export const data = { permalink: '/404.html', eleventyExcludeFromCollections: true };

export function render(): string {
  return renderNotFound();
}
