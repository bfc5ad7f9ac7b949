/**
 * The one rewrite of root-relative links, for both page pipelines (Eleventy's pages through a
 * transform in .eleventy.ts, Kroniek's own through src/build/page-writer.ts): the path prefix in
 * front, and a `?v=` content version behind every CSS/JS asset, so a redeploy never serves an old
 * script or stylesheet from a cache against new pages. Safe on this markup: attribute values are
 * escaped (a `"` in text is `&quot;`), so `href="` only ever starts a real attribute.
 */
import { escapeHtml } from '../record/text.ts';

/** Root-relative asset URL (`/assets/css/site.css`) → its content version. */
export type AssetVersions = ReadonlyMap<string, string>;

const NO_VERSIONS: AssetVersions = new Map();
const ROOT_RELATIVE = /(\s(?:href|src|action)=")\/(?!\/)([^"]*)"/g;

export function siteLinks(html: string, prefix: string, versions: AssetVersions = NO_VERSIONS): string {
  if (prefix === '/' && versions.size === 0) return html;
  // The prefix is validated to URL-safe characters (src/site/config.ts); escaped all the same, and
  // inserted by a function so that `$&` or `$1` in it mean nothing.
  const base = escapeHtml(prefix);
  return html.replace(ROOT_RELATIVE, (_whole, attr: string, rest: string) => {
    const version = versions.get(`/${rest}`);
    return `${attr}${base}${rest}${version ? `?v=${version}` : ''}"`;
  });
}
