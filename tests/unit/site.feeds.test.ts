/** Feed, sitemap and robots.txt: well-formed whatever a record carries, and honest about URLs and dates. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { siteConfigFromEnv } from '../../src/site/config.ts';
import { buildSiteData } from '../../src/site/data.ts';
import { renderAtom, renderRobots, renderSitemap, sitemapEntries } from '../../src/site/feeds.ts';
import { buildRoutes } from '../../src/site/routes.ts';
import { xmlSafe } from '../../src/site/xml.ts';
import type { ArticleRecord, IngestResult } from '../../src/record/types.ts';
import { strictXmlErrors } from '../support/site.ts';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/site/records.json', import.meta.url), 'utf8')) as IngestResult;

const CONTROL = '\u000B\u000C\u0001\uFFFE\uFFFF';

/** The fixture with every text field of one main-line article laced with characters XML forbids. */
function laced(): IngestResult {
  const records = fixture.records.map((r): ArticleRecord => {
    if (r.id !== 'biden-en-poetin-ontmoeten-elkaar-in-geneve') return r;
    return {
      ...r,
      title: `Biden${CONTROL} en Poetin`,
      lede: `Lede${CONTROL}tekst`,
      html: `<p>Tekst${CONTROL} met \u0085 en \uD800 erin</p>`,
      people: [...r.people, `Naam${CONTROL}`],
    };
  });
  return { ...fixture, records };
}

describe('xmlSafe', () => {
  it('drops what XML 1.0 forbids or discourages and keeps all other text', () => {
    assert.equal(xmlSafe(`a${CONTROL}b\u0085c\uD800d\uDC00e\uFDD0f`), 'abcdef');
    assert.equal(xmlSafe('tab\tline\ncr\r 😀 Genève'), 'tab\tline\ncr\r 😀 Genève');
  });
});

describe('Atom feed', () => {
  const site = buildSiteData(laced());
  const config = siteConfigFromEnv({ SITE_URL: 'https://example.org/archief/' });

  it('is well-formed for a strict parser even when a record carries control characters', () => {
    const feed = renderAtom(site, config);
    assert.ok(feed.includes('<title>Biden en Poetin</title>'));
    assert.deepEqual(strictXmlErrors(feed), []);
    assert.notDeepEqual(strictXmlErrors(`<a>x${CONTROL}</a>`), [], 'the parser itself rejects them');
  });

  it('links absolutely under SITE_URL, exactly once', () => {
    const feed = renderAtom(site, config);
    const links = [...feed.matchAll(/<link href="([^"]+)"/g)].map((m) => m[1] ?? '');
    assert.ok(links.length > 5);
    for (const link of links) assert.match(link, /^https:\/\/example\.org\/archief\/(?!archief\/)/);
  });

  it('without SITE_URL links relative to the host and still has absolute ids', () => {
    const feed = renderAtom(site, siteConfigFromEnv({ PATH_PREFIX: '/archief/' }));
    assert.deepEqual(strictXmlErrors(feed), []);
    assert.doesNotMatch(feed, /localhost|https?:\/\/(?!www\.w3\.org)/);
    const links = [...feed.matchAll(/<link href="([^"]+)"/g)].map((m) => m[1] ?? '');
    for (const link of links) assert.match(link, /^\/archief\//);
    const ids = [...feed.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1] ?? '');
    for (const id of ids) assert.match(id, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(renderAtom(site, siteConfigFromEnv({})), renderAtom(site, siteConfigFromEnv({})), 'stable');
  });
});

describe('sitemap and robots.txt', () => {
  const site = buildSiteData(fixture);
  const routes = buildRoutes(site);
  const entries = sitemapEntries(site, routes, '2026-01-02', ['/zoeken/', '/extra/']);
  const lastmod = (url: string): string | null | undefined => entries.find((e) => e.url === url)?.lastmod;

  it('dates article pages by their record, listings by the build, and never guesses for undated ones', () => {
    const article = (id: string): string => site.articles.find((a) => a.record.id === id)?.url ?? '';
    assert.equal(lastmod(article('biden-en-poetin-ontmoeten-elkaar-in-geneve')), '2021-06-16');
    assert.equal(lastmod(article('voorbereidingen-voor-top-in-geneve')), '2021-06');
    assert.equal(lastmod(article('kremlin-reageert-op-sancties')), null);
    assert.equal(lastmod('/'), '2026-01-02');
    assert.equal(lastmod('/2021/'), '2026-01-02');
    assert.equal(lastmod('/extra/'), '2026-01-02');
  });

  it('leaves out listing pages with nothing on them', () => {
    const onlyMain = buildSiteData({ ...fixture, records: fixture.records.filter((r) => r.onTopic && r.date !== null) });
    const urls = sitemapEntries(onlyMain, buildRoutes(onlyMain), '2026-01-02').map((e) => e.url);
    assert.ok(!urls.includes('/overig/') && !urls.includes('/datum-onbekend/'));
    assert.ok(entries.some((e) => e.url === '/overig/') && entries.some((e) => e.url === '/datum-onbekend/'));
  });

  it('is well-formed with absolute URLs, and absent without SITE_URL', () => {
    const xml = renderSitemap(entries, siteConfigFromEnv({ SITE_URL: 'https://example.org/archief/' })) ?? '';
    assert.deepEqual(strictXmlErrors(xml), []);
    assert.match(xml, /<url><loc>https:\/\/example\.org\/archief\/<\/loc><lastmod>2026-01-02<\/lastmod><\/url>/);
    assert.equal(renderSitemap(entries, siteConfigFromEnv({})), null);
    assert.equal(renderRobots(siteConfigFromEnv({})), 'User-agent: *\nAllow: /\n');
    assert.match(
      renderRobots(siteConfigFromEnv({ SITE_URL: 'https://example.org/archief/' })),
      /\nSitemap: https:\/\/example\.org\/archief\/sitemap\.xml\n$/,
    );
  });
});
