import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { html, join, raw, SafeHtml } from '../../src/site/html.ts';
import { renderPage } from '../../src/site/layout.ts';
import { absoluteUrl, ConfigError, normalizePathPrefix, prefixedUrl, siteConfigFromEnv } from '../../src/site/config.ts';
import { BuildError, formatErrors } from '../../src/build/report.ts';

describe('html``', () => {
  it('escapes interpolated strings and attributes', () => {
    const payload = '<img src=x onerror=alert(1)>"\'&';
    const out = html`<p title="${payload}">${payload}</p>`;
    assert.ok(out instanceof SafeHtml);
    assert.equal(
      out.value,
      '<p title="&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;">&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;</p>',
    );
  });
  it('keeps SafeHtml and raw() as markup, joins arrays, drops null/undefined/false', () => {
    const inner = html`<b>${'<i>'}</b>`;
    assert.equal(html`<p>${inner}${raw('<br>')}</p>`.value, '<p><b>&lt;i&gt;</b><br></p>');
    assert.equal(html`<ul>${['<a>', html`<li>x</li>`]}</ul>`.value, '<ul>&lt;a&gt;<li>x</li></ul>');
    assert.equal(html`${null}${undefined}${false}${0}`.value, '0');
    assert.equal(join(['a', '<b>'], html`, `).value, 'a, &lt;b&gt;');
  });
});

describe('renderPage', () => {
  const page = renderPage({ title: 'Test <script>', url: '/zoeken/', body: html`<h1>${'Kop & <b>'}</h1>` });
  it('is a Dutch page with landmarks, skip link and the fixed search form', () => {
    assert.match(page, /^<!doctype html>\n<html lang="nl">/);
    assert.match(page, /<a class="skip-link" href="#inhoud">/);
    assert.match(page, /<main id="inhoud"/);
    assert.match(page, /<header class="site-header">/);
    assert.match(page, /<footer class="site-footer">/);
    assert.ok(
      page.includes(
        '<form class="site-search" role="search" action="/zoeken/" method="get"><label for="site-search-q" class="visually-hidden">Zoek in het archief</label><input id="site-search-q" name="q" type="search" placeholder="Zoeken…" autocomplete="off" spellcheck="false"><button type="submit">Zoeken</button></form>',
      ),
    );
    assert.match(page, /<script type="module" src="\/assets\/js\/search-boot.js"><\/script>\n<\/body>/);
  });
  it('escapes the title and body text and marks the current nav item', () => {
    assert.match(page, /<title>Test &lt;script&gt; — Kroniek<\/title>/);
    assert.match(page, /<h1>Kop &amp; &lt;b&gt;<\/h1>/);
    assert.match(page, /<a href="\/zoeken\/" aria-current="page">Zoeken<\/a>/);
    assert.doesNotMatch(page, /<a href="\/personen\/" aria-current/);
  });
});

describe('config and report', () => {
  it('normalizes PATH_PREFIX and builds absolute URLs with it', () => {
    assert.equal(normalizePathPrefix(undefined), '/');
    assert.equal(normalizePathPrefix('archief'), '/archief/');
    assert.equal(normalizePathPrefix('/a/b//'), '/a/b/');
    const c = siteConfigFromEnv({ PATH_PREFIX: '/archief', SITE_URL: 'https://example.org/' });
    assert.equal(absoluteUrl(c, '/artikelen/x/'), 'https://example.org/archief/artikelen/x/');
    assert.equal(c.articlesDir, 'articles');
  });
  it('SITE_URL is the site root: PATH_PREFIX follows its path, and the two never double', () => {
    const both = siteConfigFromEnv({ PATH_PREFIX: '/archief/', SITE_URL: 'https://example.org/archief/' });
    const urlOnly = siteConfigFromEnv({ SITE_URL: 'https://example.org/archief' });
    for (const c of [both, urlOnly]) {
      assert.equal(c.pathPrefix, '/archief/');
      assert.equal(c.siteUrl, 'https://example.org/archief/');
      assert.equal(absoluteUrl(c, '/feed.xml'), 'https://example.org/archief/feed.xml');
    }
    assert.equal(siteConfigFromEnv({ SITE_URL: 'http://localhost:8080' }).siteUrl, 'http://localhost:8080/');
    assert.throws(() => siteConfigFromEnv({ PATH_PREFIX: '/andere/', SITE_URL: 'https://example.org/archief/' }), ConfigError);
  });
  it('without SITE_URL there is no absolute URL, never a guessed host', () => {
    const c = siteConfigFromEnv({ PATH_PREFIX: '/archief/' });
    assert.equal(c.siteUrl, null);
    assert.equal(absoluteUrl(c, '/feed.xml'), null);
    assert.equal(prefixedUrl(c, '/feed.xml'), '/archief/feed.xml');
  });
  it('refuses hostile or malformed settings with one line', () => {
    const bad: Array<Record<string, string>> = [
      { SITE_URL: 'not a url' },
      { SITE_URL: 'javascript:x' },
      { SITE_URL: 'ftp://example.org/' },
      { SITE_URL: 'https://user:pw@example.org/' },
      { SITE_URL: 'https://example.org/?q=1' },
      { SITE_URL: 'https://example.org/a b/' },
      { PATH_PREFIX: '/a"b/' },
      { PATH_PREFIX: '/x$&y/' },
      { PATH_PREFIX: '/../' },
      { PATH_PREFIX: '/a/./b/' },
      { PATH_PREFIX: '/a b/' },
      { PATH_PREFIX: '/a%20b/' },
      { PATH_PREFIX: '/<script>/' },
    ];
    for (const env of bad) {
      assert.throws(
        () => siteConfigFromEnv(env),
        (error: unknown) => error instanceof ConfigError && !error.message.includes('\n') && /SITE_URL|PATH_PREFIX/.test(error.message),
        JSON.stringify(env),
      );
    }
  });
  it('dates listings in the sitemap by SOURCE_DATE_EPOCH or the build day', () => {
    assert.equal(siteConfigFromEnv({ SOURCE_DATE_EPOCH: '1700000000' }).buildDate, '2023-11-14');
    assert.equal(siteConfigFromEnv({}, new Date(Date.UTC(2024, 1, 29, 23))).buildDate, '2024-02-29');
  });
  it('lists errors as file:line rule message, without a stack', () => {
    const text = formatErrors([
      { file: 'a.md', line: 3, rule: 'frontmatter/yaml', message: 'broken YAML' },
      { file: 'b.txt', line: null, rule: 'decode/binary', message: 'binary file' },
    ]);
    assert.match(text, /a\.md:3 frontmatter\/yaml broken YAML/);
    assert.match(text, /b\.txt decode\/binary binary file/);
    const err = new BuildError(text);
    assert.equal(err.stack, text);
  });
});

describe('excerpt', () => {
  it('cuts long text at a word boundary and marks the cut', async () => {
    const { excerpt } = await import('../../src/site/components.ts');
    assert.equal(excerpt('kort', 10), 'kort');
    const long = 'De Amerikaanse president Joe Biden heeft zijn Russische ambtgenoot gebeld, zegt het Witte Huis.';
    const cut = excerpt(long, 40);
    assert.ok(cut.length <= 41, cut);
    assert.ok(cut.endsWith('…'));
    assert.ok(long.startsWith(cut.slice(0, -1)));
    assert.doesNotMatch(cut, /\s…$/);
  });
});
