/** Build settings from the environment: ARTICLES_DIR, PATH_PREFIX, SITE_URL. */

export interface SiteConfig {
  articlesDir: string;
  /** Always starts and ends with `/`. */
  pathPrefix: string;
  /** Origin (and optional path) without trailing slash, e.g. `https://example.org`. */
  siteUrl: string;
}

export function normalizePathPrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function siteConfigFromEnv(env: Record<string, string | undefined>): SiteConfig {
  return {
    articlesDir: env.ARTICLES_DIR || 'articles',
    pathPrefix: normalizePathPrefix(env.PATH_PREFIX),
    siteUrl: (env.SITE_URL || 'http://localhost:8080').replace(/\/+$/, ''),
  };
}

/** Absolute URL for a root-relative site URL, with the path prefix applied. */
export function absoluteUrl(config: Pick<SiteConfig, 'pathPrefix' | 'siteUrl'>, url: string): string {
  return `${config.siteUrl}${config.pathPrefix}${url.replace(/^\/+/, '')}`;
}
