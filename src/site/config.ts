/**
 * Build settings from the environment: ARTICLES_DIR, PATH_PREFIX, SITE_URL.
 *
 * One URL model: SITE_URL is the public URL of the site root, sub-path included
 * (`https://example.org/archief/`), and PATH_PREFIX defaults to its path. SITE_URL may also be the
 * origin alone with PATH_PREFIX giving the path; any other combination is refused, so the two can
 * never double. Both are hostile input (they end up in every page): a value that is not a plain
 * http(s) URL or a prefix of URL-safe segments stops the build with one line.
 */

export interface SiteConfig {
  articlesDir: string;
  /** `/` or `/segment/…/`: only URL-safe characters, so it needs no escaping anywhere. */
  pathPrefix: string;
  /** Public URL of the site root, ending in the path prefix (`https://example.org/archief/`); null when SITE_URL is unset. */
  siteUrl: string | null;
  /** `YYYY-MM-DD` (UTC) of this build, or of SOURCE_DATE_EPOCH for reproducible builds: the sitemap's lastmod of listings. */
  buildDate: string;
}

/** A setting that cannot be used; the message is the one line the build prints. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** RFC 3986 unreserved characters: safe in a URL, an HTML attribute and XML without escaping. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** `/a/b/` from the segments of a path; throws ConfigError naming `setting` for anything else. */
function prefixFromPath(path: string, setting: string, shown: string): string {
  const segments = path.split('/').filter((s) => s !== '');
  for (const s of segments) {
    if (s === '.' || s === '..')
      throw new ConfigError(`${setting} ${JSON.stringify(shown)} contains "${s}"; use a plain path such as /archief/`);
    if (!SEGMENT.test(s)) {
      throw new ConfigError(
        `${setting} ${JSON.stringify(shown)} has a path segment ${JSON.stringify(s)} with characters other than letters, digits, "-", "_", "." and "~"`,
      );
    }
  }
  return segments.length ? `/${segments.join('/')}/` : '/';
}

export function normalizePathPrefix(prefix: string | undefined): string {
  const raw = (prefix ?? '').trim();
  return prefixFromPath(raw, 'PATH_PREFIX', raw);
}

/** SITE_URL → origin and path prefix; throws ConfigError with one line for anything but a plain http(s) URL. */
export function parseSiteUrl(value: string): { origin: string; pathPrefix: string } {
  const raw = value.trim();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      `SITE_URL ${JSON.stringify(raw)} is not an absolute URL; use the public URL of the site, e.g. https://example.org/archief/`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`SITE_URL ${JSON.stringify(raw)} must start with https:// or http://`);
  }
  if (url.username || url.password || url.search || url.hash || !url.hostname) {
    throw new ConfigError(`SITE_URL ${JSON.stringify(raw)} must be a plain URL: a host and a path, no user, query or fragment`);
  }
  return { origin: url.origin, pathPrefix: prefixFromPath(url.pathname, 'SITE_URL', raw) };
}

function buildDate(env: Record<string, string | undefined>, now: Date): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const when = env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : now;
  return when.toISOString().slice(0, 10);
}

export function siteConfigFromEnv(env: Record<string, string | undefined>, now = new Date()): SiteConfig {
  const articlesDir = env.ARTICLES_DIR || 'articles';
  const date = buildDate(env, now);
  const hasPrefix = (env.PATH_PREFIX ?? '').trim() !== '';
  const explicitPrefix = normalizePathPrefix(env.PATH_PREFIX);
  if (!(env.SITE_URL ?? '').trim()) return { articlesDir, pathPrefix: explicitPrefix, siteUrl: null, buildDate: date };
  const site = parseSiteUrl(env.SITE_URL ?? '');
  if (hasPrefix && site.pathPrefix !== '/' && site.pathPrefix !== explicitPrefix) {
    throw new ConfigError(
      `SITE_URL ${JSON.stringify(env.SITE_URL)} ends in ${site.pathPrefix} but PATH_PREFIX is ${explicitPrefix}; SITE_URL is the public URL of the site root, so leave PATH_PREFIX unset`,
    );
  }
  const pathPrefix = site.pathPrefix !== '/' ? site.pathPrefix : explicitPrefix;
  return { articlesDir, pathPrefix, siteUrl: `${site.origin}${pathPrefix}`, buildDate: date };
}

/** The warning a build without SITE_URL prints: what it leaves out instead of guessing a host. */
export const NO_SITE_URL_WARNING =
  'SITE_URL is not set: the feed uses relative links, and sitemap.xml and the Sitemap line of robots.txt are left out. Set SITE_URL to the public URL of the site, e.g. SITE_URL=https://example.org/archief/';

/** A root-relative site URL (`/artikelen/x/`) with the path prefix applied: the URL on the host. */
export function prefixedUrl(config: Pick<SiteConfig, 'pathPrefix'>, url: string): string {
  return `${config.pathPrefix}${url.replace(/^\/+/, '')}`;
}

/** Absolute URL for a root-relative site URL; null without SITE_URL (never a guessed host). */
export function absoluteUrl(config: Pick<SiteConfig, 'siteUrl'>, url: string): string | null {
  return config.siteUrl === null ? null : `${config.siteUrl}${url.replace(/^\/+/, '')}`;
}
