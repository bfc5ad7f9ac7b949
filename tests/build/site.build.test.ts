/**
 * Builds the real site (CLI through tsx, as `npm run build`) from tests/fixtures/site/articles,
 * once plainly and once under PATH_PREFIX, and checks the HTML, feeds and links it produced.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadArchive } from '../../src/ingest/load.ts';
import { loadMilestones } from '../../src/site/milestones.ts';
import { buildSiteData, type SiteData } from '../../src/site/data.ts';
import { listPeople } from '../../src/ingest/tag.ts';
import { buildSite, crawl, listFiles, xmlProblems, SITE_ARTICLES } from '../support/site.ts';

const SITE_URL = 'https://kroniek.example';
const PREFIX = '/archief/';

let tmp = '';
let plain = '';
let prefixed = '';
let site: SiteData;
let buildOutput = '';
let failed: { code: number | null; stdout: string; stderr: string };

const read = (dir: string, rel: string): Promise<string> => readFile(path.join(dir, rel), 'utf8');
const pageOf = (dir: string, url: string): Promise<string> => read(dir, `${url.replace(/^\//, '')}index.html`);

before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'kroniek-site-'));
  plain = path.join(tmp, 'plain');
  prefixed = path.join(tmp, 'prefixed');
  const bad = path.join(tmp, 'bad-articles');
  await mkdir(bad);
  await writeFile(path.join(bad, 'kapot.md'), '---\ntitle: [oops\ndate: 2021-04-01\n---\nPoetin en Biden over Oekraïne.\n');
  const [a, b, c] = await Promise.all([
    buildSite(plain, { ARTICLES_DIR: SITE_ARTICLES, SITE_URL }),
    buildSite(prefixed, { ARTICLES_DIR: SITE_ARTICLES, SITE_URL, PATH_PREFIX: PREFIX }),
    buildSite(path.join(tmp, 'bad-out'), { ARTICLES_DIR: bad }),
  ]);
  assert.equal(a.code, 0, a.stderr);
  assert.equal(b.code, 0, b.stderr);
  buildOutput = a.stdout + a.stderr;
  failed = c;
  site = buildSiteData(await loadArchive(SITE_ARTICLES), loadMilestones(), listPeople());
});

after(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('site build', () => {
  it('prints a short report', () => {
    assert.match(buildOutput, /\[kroniek\] .*10 files → 9 articles \(7 on the timeline, 1 off-topic, 1 undated, 1 draft\), \d+ warnings?/);
  });

  it('fails with a file:line list and no stack trace when ingest reports errors', () => {
    assert.notEqual(failed.code, 0);
    const out = failed.stdout + failed.stderr;
    assert.match(out, /kapot\.md:\d+ frontmatter\/\S+ /);
    assert.doesNotMatch(out, /^\s+at .+:\d+:\d+\)?$/m, 'no stack frames');
  });

  it('writes a page for every published record and none for drafts', async () => {
    const records = (await loadArchive(SITE_ARTICLES)).records;
    const drafts = records.filter((r) => r.draft);
    assert.equal(drafts.length, 1);
    for (const r of records) {
      const file = path.join(plain, 'artikelen', r.id, 'index.html');
      assert.equal(existsSync(file), !r.draft, `${r.id}: page ${r.draft ? 'must not' : 'must'} exist`);
    }
    const exported = JSON.parse(await read(plain, 'data/records.json')) as Array<{ id: string }>;
    assert.deepEqual(
      exported.map((r) => r.id).sort(),
      records
        .filter((r) => !r.draft)
        .map((r) => r.id)
        .sort(),
    );
  });

  it('shows dates in Dutch with the precision of the source', async () => {
    const cases: Array<[string, string]> = [
      ['2021-06-voorbereidingen-voor-top-in-geneve-in-volle-gang', '<time datetime="2021-06">juni 2021</time>'],
      [
        '2021-12-07-biden-waarschuwt-poetin-in-videogesprek-voor-zware-sancties',
        '<time datetime="2021-12-07">dinsdag 7 december 2021</time>',
      ],
      ['2025-trump-wil-snel-een-akkoord-over-oekraine', '<time datetime="2025">2025</time>'],
    ];
    for (const [id, expected] of cases) {
      const page = await pageOf(plain, `/artikelen/${id}/`);
      assert.ok(page.includes(expected), `${id} shows ${expected}`);
    }
    const undated = site.undated[0];
    assert.ok(undated);
    assert.match(await pageOf(plain, undated.url), /<span class="undated">Datum onbekend<\/span>/);
    const index = await read(plain, 'index.html');
    assert.ok(index.includes('<time datetime="2021-06">juni 2021</time>'));
    assert.doesNotMatch(index, /\d+ juni 2021<\/time>[\s\S]*Voorbereidingen/, 'no invented day for the month-only article');
  });

  it('chains vorige/volgende through the main line in chronological order', async () => {
    const expected = site.articles.filter((a) => a.sequence === 'main').map((a) => a.url);
    const seen: string[] = [];
    let url: string | undefined = expected[0];
    while (url && seen.length <= expected.length) {
      seen.push(url);
      const page = await pageOf(plain, url);
      url = /<a class="next" rel="next" href="([^"]+)"/.exec(page)?.[1];
    }
    assert.deepEqual(seen, expected);
    const sortKeys = site.articles.filter((a) => a.sequence === 'main').map((a) => a.sortKey ?? '');
    assert.deepEqual(sortKeys, [...sortKeys].sort());
    const last = await pageOf(plain, expected[expected.length - 1] ?? '/');
    assert.match(last, /rel="prev"/);
    assert.doesNotMatch(last, /rel="next"/);
  });

  it('interleaves every milestone on the timeline, visibly marked', async () => {
    const index = await read(plain, 'index.html');
    for (const m of loadMilestones()) {
      assert.ok(index.includes(`id="mijlpaal-${m.date}"`), `milestone ${m.date}`);
    }
    assert.ok((index.match(/class="entry milestone"/g) ?? []).length >= loadMilestones().length);
    assert.match(index, /Mijlpaal/);
  });

  it('gives every person a complete page and lists them in the index', async () => {
    const peopleIndex = await read(plain, 'personen/index.html');
    for (const p of site.people) {
      const page = await pageOf(plain, p.url);
      for (const a of p.articles) assert.ok(page.includes(`href="${a.url}"`), `${p.name} lists ${a.id}`);
      assert.ok(peopleIndex.includes(`href="${p.url}"`));
    }
    const articlesLinkingPoetin = site.articles.filter((a) => a.record.people.includes('Vladimir Poetin')).length;
    const poetin = await pageOf(plain, '/personen/vladimir-poetin/');
    assert.equal((poetin.match(/class="entry[ "]/g) ?? []).length, articlesLinkingPoetin);
  });

  it('keeps off-topic and undated articles reachable', async () => {
    const index = await read(plain, 'index.html');
    assert.match(index, /Overig nieuws/);
    assert.match(index, /Datum onbekend/);
    const overig = await read(plain, 'overig/index.html');
    assert.ok(overig.includes('Biden haalt troepen voor 11 september uit Afghanistan'));
    const over = await read(plain, 'over/index.html');
    assert.match(over, /<strong>1<\/strong> met <a href="\/datum-onbekend\/">onbekende datum<\/a>/);
  });

  it('shows the XSS payload as text everywhere', async () => {
    const id = '2022-03-01-poetin-en-biden-img-src-x-onerror-alert-1-praten-script';
    const pages = [await pageOf(plain, `/artikelen/${id}/`), await read(plain, 'index.html'), await pageOf(plain, '/personen/joe-biden/')];
    for (const page of pages) {
      assert.ok(page.includes('&lt;img src=x onerror=alert(1)&gt;'));
      assert.doesNotMatch(page, /<img[^>]*onerror/i);
      assert.doesNotMatch(page, /<script>alert/i);
      assert.doesNotMatch(page, /href="javascript:/i);
    }
    assert.doesNotMatch(await read(plain, 'feed.xml'), /<script>|<img /);
  });

  it('writes a well-formed Atom feed and sitemap with absolute URLs', async () => {
    const feed = await read(plain, 'feed.xml');
    assert.deepEqual(xmlProblems(feed), []);
    assert.match(feed, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    const entries = feed.match(/<entry>/g) ?? [];
    assert.equal(entries.length, site.articles.filter((a) => a.sequence === 'main').length);
    assert.ok(feed.includes(`<link href="${SITE_URL}/artikelen/`));
    const sitemap = await read(plain, 'sitemap.xml');
    assert.deepEqual(xmlProblems(sitemap), []);
    for (const a of site.articles) assert.ok(sitemap.includes(`<loc>${SITE_URL}${a.url}</loc>`), a.url);
    assert.doesNotMatch(sitemap, /404/);
    assert.match(await read(plain, 'robots.txt'), new RegExp(`Sitemap: ${SITE_URL}/sitemap.xml`));
    const prefixedFeed = await read(prefixed, 'feed.xml');
    assert.deepEqual(xmlProblems(prefixedFeed), []);
    assert.ok(prefixedFeed.includes(`<link href="${SITE_URL}${PREFIX}artikelen/`));
  });

  it('the XML checker itself rejects broken XML', () => {
    assert.notDeepEqual(xmlProblems('<a><b></a></b>'), []);
    assert.notDeepEqual(xmlProblems('<a>x & y</a>'), []);
    assert.notDeepEqual(xmlProblems('<a></a><b></b>'), []);
    assert.notDeepEqual(xmlProblems('<a><b></b>'), []);
  });

  it('has a Dutch 404 page and keeps every HTML page under 1 MB', async () => {
    const notFound = await read(plain, '404.html');
    assert.match(notFound, /<html lang="nl">/);
    assert.match(notFound, /Pagina niet gevonden/);
    for (const file of (await listFiles(plain)).filter((f) => f.endsWith('.html'))) {
      assert.ok((await stat(file)).size < 1024 * 1024, file);
    }
  });

  it('has zero broken internal links', async () => {
    const result = await crawl(plain, '/');
    assert.ok(result.pages > 20 && result.links > 200, `crawled ${result.pages} pages, ${result.links} links`);
    assert.deepEqual(result.broken, []);
  });

  it('under PATH_PREFIX leaves no root-relative link and no broken link', async () => {
    const html = (await listFiles(prefixed)).filter((f) => f.endsWith('.html'));
    for (const file of html) {
      const text = await readFile(file, 'utf8');
      const stray = [...text.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1] ?? '').filter((u) => !u.startsWith(PREFIX));
      assert.deepEqual(stray, [], `${path.relative(prefixed, file)} has root-relative links`);
    }
    const result = await crawl(prefixed, PREFIX);
    assert.ok(result.links > 200);
    assert.deepEqual(result.broken, []);
  });

  it('the crawler itself reports a missing target', async () => {
    const probe = path.join(tmp, 'probe');
    await mkdir(probe);
    await writeFile(path.join(probe, 'index.html'), '<a href="/nergens/">x</a><a href="/">y</a>');
    const result = await crawl(probe, '/');
    assert.deepEqual(result.broken, [{ page: 'index.html', link: '/nergens/' }]);
  });
});
