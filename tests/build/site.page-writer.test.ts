/** Pages written by Kroniek itself (src/site/page-writer.ts): prefix, rewrite, removal. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { corpusSources } from '../../src/bench/corpus.ts';
import { ingestFiles } from '../../src/ingest/pipeline.ts';
import { PageWriter, outputFile, writtenPages, type SitePage } from '../../src/build/page-writer.ts';
import { siteLinks } from '../../src/build/links.ts';
import { renderArticle } from '../../src/site/pages/article.ts';
import { buildRoutes } from '../../src/site/routes.ts';
import { buildSiteData, type SiteArticle } from '../../src/site/data.ts';
import { formatPagesReport } from '../../src/build/report.ts';
import { escapeHtml } from '../../src/record/text.ts';

test('siteLinks: root-relative href/src/action get the prefix; nothing else changes', () => {
  const page = `<a href="/artikelen/x/">x</a> <img src="/assets/a.svg" alt=""> <form action="/zoeken/"></form>
<a href="//cdn.example/x">cdn</a> <a href="https://example.org/">abs</a> <a href="#top">top</a> <a href="rel/">rel</a>
<p>${escapeHtml('Tekst met href="/nep/" erin')}</p>`;
  const out = siteLinks(page, '/archief/');
  assert.match(out, /href="\/archief\/artikelen\/x\/"/);
  assert.match(out, /src="\/archief\/assets\/a\.svg"/);
  assert.match(out, /action="\/archief\/zoeken\/"/);
  assert.match(out, /href="\/\/cdn\.example\/x"/);
  assert.match(out, /href="https:\/\/example\.org\/"/);
  assert.match(out, /href="#top"/);
  assert.match(out, /href="rel\/"/);
  assert.match(out, /href=&quot;\/nep\/&quot;/, 'escaped text is text, not an attribute');
  assert.equal(siteLinks(page, '/'), page);
});

test('siteLinks: a prefix is inserted literally and escaped; listed assets get their version', () => {
  const page = '<a href="/x/">x</a><link rel="stylesheet" href="/assets/css/site.css"><script src="/assets/js/a.js?v=1"></script>';
  // Replacement patterns such as `$&` mean nothing; a quote cannot end the attribute.
  assert.match(siteLinks(page, '/x$&y/'), /href="\/x\$&amp;y\/x\/"/);
  assert.match(siteLinks(page, '/a"b/'), /href="\/a&quot;b\/x\/"/);
  const versions = new Map([
    ['/assets/css/site.css', 'abc123'],
    ['/assets/js/a.js', 'def456'],
  ]);
  const out = siteLinks(page, '/', versions);
  assert.match(out, /href="\/assets\/css\/site\.css\?v=abc123"/);
  assert.match(out, /href="\/x\/"/);
  assert.match(out, /src="\/assets\/js\/a\.js\?v=1"/, 'a URL that already has a query is left alone');
  assert.match(siteLinks(page, '/archief/', versions), /href="\/archief\/assets\/css\/site\.css\?v=abc123"/);
});

function articles(count: number, seed: number): SiteArticle[] {
  const result = ingestFiles(corpusSources({ articles: count, seed }));
  return buildSiteData(result).articles;
}

test('PageWriter: a page per article; a rebuild rewrites only changed pages and removes gone ones', async () => {
  const out = await mkdtemp(path.join(tmpdir(), 'kroniek-pages-'));
  try {
    const list = articles(40, 9);
    const writer = new PageWriter();
    const asPages = (list: SiteArticle[]): SitePage[] => list.map((a) => ({ url: a.url, render: () => renderArticle(a) }));
    const first = await writer.write(out, asPages(list), '/');
    assert.deepEqual(first, { written: list.length, unchanged: 0, removed: 0 });
    for (const a of list) {
      const html = await readFile(outputFile(out, a.url), 'utf8');
      assert.ok(html.startsWith('<!doctype html>'));
      assert.ok(html.includes(escapeHtml(a.record.title)), `${a.url} carries its title`);
    }
    const kept = list[1] as SiteArticle;
    const keptTime = (await stat(outputFile(out, kept.url))).mtimeMs;

    // Same articles: nothing is written again.
    assert.deepEqual(await writer.write(out, asPages(list), '/'), { written: 0, unchanged: list.length, removed: 0 });

    // One title edited, the last article gone: its neighbour's "volgende" link changes too.
    const gone = list[list.length - 1] as SiteArticle;
    const edited = { ...(list[0] as SiteArticle), record: { ...(list[0] as SiteArticle).record, title: 'Een nieuwe kop <b>vet</b>' } };
    const next = [edited, ...list.slice(1, -1)];
    const third = await writer.write(out, asPages(next), '/');
    assert.equal(third.removed, 1);
    assert.equal(third.written + third.unchanged, next.length);
    assert.ok(third.written >= 1 && third.written < 5, `only the edited page and pages that show it change (${third.written})`);
    assert.ok(!existsSync(outputFile(out, gone.url)), 'the page of a removed article is deleted');
    assert.ok((await readFile(outputFile(out, edited.url), 'utf8')).includes('Een nieuwe kop &lt;b&gt;vet&lt;/b&gt;'));
    assert.equal((await stat(outputFile(out, kept.url))).mtimeMs, keptTime, 'an unchanged page is not touched');

    // Another output folder, or a path prefix: everything is written, prefixed.
    const prefixed = path.join(out, 'sub');
    assert.equal((await writer.write(prefixed, asPages(next), '/archief/')).written, next.length);
    const page = await readFile(outputFile(prefixed, edited.url), 'utf8');
    assert.match(page, /href="\/archief\/assets\/css\/site\.css"/);
    assert.doesNotMatch(page, /(?:href|src|action)="\/(?!archief\/)/);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('formatPagesReport: what the build prints about article pages', () => {
  assert.equal(formatPagesReport({ written: 1, unchanged: 0, removed: 0 }), '[kroniek] 1 page written (articles, people, months)');
  assert.equal(
    formatPagesReport({ written: 3, unchanged: 9997, removed: 1 }),
    '[kroniek] 3 pages written (articles, people, months), 9997 unchanged, 1 removed',
  );
});

test('writtenPages: every article, person page and month page, each URL once', () => {
  const result = ingestFiles(corpusSources({ articles: 900, seed: 4 }));
  const site = buildSiteData(result);
  const routes = buildRoutes(site);
  const urls = [...writtenPages(site, routes)].map((p) => p.url);
  assert.equal(urls.length, site.articles.length + routes.people.length + routes.months.length);
  assert.equal(new Set(urls).size, urls.length);
  assert.ok(
    routes.people.some((p) => p.page > 1),
    'the corpus is large enough for a second person page',
  );
  for (const p of routes.people) assert.ok(urls.includes(p.url));
  for (const m of routes.months) assert.ok(urls.includes(m.url));
});
