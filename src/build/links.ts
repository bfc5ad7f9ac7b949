/**
 * The one rewrite of root-relative links, for both page pipelines (Eleventy's pages through a
 * transform in .eleventy.ts, Kroniek's own through src/build/page-writer.ts): a `?v=` content
 * version behind every CSS/JS asset, so a redeploy never serves an old script or stylesheet from a
 * cache against new pages, and the path prefix in front. Safe on this markup: attribute values are
 * escaped (a `"` in text is `&quot;`), so `href="` only ever starts a real attribute.
 */
import { escapeHtml } from '../record/text.ts';

/** Root-relative asset URL (`/assets/css/site.css`) → its content version. */
export type AssetVersions = ReadonlyMap<string, string>;

const NO_VERSIONS: AssetVersions = new Map();
const ASSET_LINK = /(\s(?:href|src)=")(\/assets\/[^"?#]*)"/g;
const ROOT_RELATIVE = /(\s(?:href|src|action)=")\/(?!\/)/g;

export function siteLinks(html: string, prefix: string, versions: AssetVersions = NO_VERSIONS): string {
  let out = html;
  // A page links a handful of assets: only those matches pay for a callback.
  if (versions.size > 0) {
    out = out.replace(ASSET_LINK, (whole, attr: string, url: string) => {
      const version = versions.get(url);
      return version ? `${attr}${url}?v=${version}"` : whole;
    });
  }
  if (prefix === '/') return out;
  // The prefix is validated to URL-safe characters (src/site/config.ts); escaped all the same, and
  // with `$` doubled, so that `$&` or `$1` in it are inserted literally, never as a pattern.
  return out.replace(ROOT_RELATIVE, `$1${escapeHtml(prefix).replaceAll('$', '$$$$')}`);
}
