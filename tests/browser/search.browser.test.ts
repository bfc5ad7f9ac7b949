/**
 * End to end: the real site built under PATH_PREFIX=/archief/ from the seed articles plus an XSS
 * fixture, served on 127.0.0.1, driven in headless Chromium through the header box and /zoeken/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { buildFullSite } from '../../src/bench/search-site.ts';
import { serveStatic, type StaticServer } from '../../src/build/static-server.ts';

const root = path.resolve(import.meta.dirname, '../..');
let work = '';
let server: StaticServer;
let browser: Browser;
const dialogs: string[] = [];
const pageErrors: string[] = [];

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'kroniek-search-'));
  const articles = path.join(work, 'articles');
  await mkdir(articles);
  for (const f of await readdir(path.join(root, 'articles'))) await copyFile(path.join(root, 'articles', f), path.join(articles, f));
  await copyFile(path.join(root, 'tests/fixtures/search/xss.txt'), path.join(articles, 'xss.txt'));
  await buildFullSite(articles, path.join(work, 'site'), '/archief/');
  server = await serveStatic(path.join(work, 'site'), '/archief/');
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function open(url: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // The site makes no requests to other hosts.
  page.on('request', (r) => assert.ok(r.url().startsWith(server.url) || r.url().startsWith('data:'), `external request ${r.url()}`));
  await page.goto(new URL(url, server.url).href);
  return page;
}

test('header box: "/" focuses, typing a typo shows highlighted results, arrows + Enter open an article', async () => {
  const page = await open('./');
  assert.equal(await page.evaluate(() => document.querySelector('script[src$="search-ui.js"]')), null);
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'site-search-q');
  await page.keyboard.type('Poetn');
  // Wait for the state asserted: under load the debounce can fire mid-typing, and a prefix's
  // results would satisfy a wait for "some result".
  const status = page.locator('.search-popup__status');
  await status.filter({ hasText: /\d+ resultat?en? \(gezocht naar poetin\)/ }).waitFor();
  const first = page.locator('.search-popup__list li').first();
  assert.equal(await page.locator('.search-popup__list mark').first().textContent(), 'Poetin');
  const href = await first.locator('a').getAttribute('href');
  assert.ok(href?.startsWith(new URL('artikelen/', server.url).href), `sub-path link: ${href}`);
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href), href);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href), href);
  await Promise.all([page.waitForURL(href ?? ''), page.keyboard.press('Enter')]);
  assert.ok((await page.locator('h1').first().textContent())?.includes('Poetin'));
  await page.close();
});

test('header box: Escape closes the dropdown, a second Escape clears; Enter goes to the search page, focus in its box', async () => {
  const page = await open('over/');
  await page.locator('#site-search-q').fill('Lavrov');
  await page.locator('.search-popup__list li').first().waitFor();
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.search-popup').isHidden(), true);
  assert.equal(await page.locator('#site-search-q').inputValue(), 'Lavrov', 'the first Escape keeps the query');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#site-search-q').inputValue(), '');
  await page.locator('#site-search-q').fill('Lavrov');
  await Promise.all([page.waitForURL(/\/archief\/zoeken\/\?q=Lavrov$/), page.keyboard.press('Enter')]);
  await page.locator('#zoeken-resultaten li').first().waitFor();
  assert.equal(await page.locator('#zoeken-q').inputValue(), 'Lavrov');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'zoeken-q', 'focus is in the box, not on the page body');
  await page.close();
});

test('search page: URL state, filters, back button, live count, keyboard', async () => {
  const page = await open('zoeken/?q=oekraine');
  const items = page.locator('#zoeken-resultaten > li');
  await items.first().waitFor();
  const allCount = await items.count();
  assert.ok(allCount >= 4);
  assert.equal(await page.locator('#zoeken-status').getAttribute('aria-live'), 'polite');
  assert.match((await page.locator('#zoeken-status').textContent()) ?? '', new RegExp(`^${allCount} resultaten`));
  assert.equal(await page.locator('#zoeken-resultaten mark').first().textContent(), 'Oekraïne');

  await page.locator('#zoeken-jaar').selectOption('2021');
  await page.waitForURL(/jaar=2021/);
  await page.waitForFunction((n) => document.querySelectorAll('#zoeken-resultaten > li').length < n, allCount);
  for (const t of await page.locator('#zoeken-resultaten time').allTextContents()) assert.match(t, /2021$/);

  await page.goBack();
  await page.waitForURL((u) => !u.search.includes('jaar'));
  await page.waitForFunction((n) => document.querySelectorAll('#zoeken-resultaten > li').length === n, allCount);
  assert.equal(await page.locator('#zoeken-jaar').inputValue(), '');

  // Off-topic articles appear only with "ook overig nieuws".
  await page.locator('#zoeken-q').fill('Afghanistan');
  await page.waitForURL(/q=Afghanistan/);
  await page.waitForFunction(() => /^(Geen|\d)/.test(document.querySelector('#zoeken-status')?.textContent ?? ''));
  await page.waitForFunction(() => !document.querySelector('#zoeken-resultaten')?.textContent?.includes('terugtrekken'));
  await page.locator('#zoeken-overig').check();
  await page.waitForURL(/overig=1/);
  await page.locator('#zoeken-resultaten a', { hasText: 'Afghanistan' }).first().waitFor();

  // Keyboard: ArrowDown from the box focuses the first result; Enter opens it.
  await page.locator('#zoeken-q').focus();
  await page.keyboard.press('ArrowDown');
  const focusedHref = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
  assert.match(focusedHref, /\/archief\/artikelen\//);
  await Promise.all([page.waitForURL(focusedHref), page.keyboard.press('Enter')]);
  await page.close();
});

test('an XSS title is shown as text and nothing runs', async () => {
  const page = await open('zoeken/?q=onerror');
  const link = page.locator('#zoeken-resultaten a').first();
  await link.waitFor();
  assert.match((await link.textContent()) ?? '', /<img src=x onerror=alert\(1\)>/);
  assert.equal(await page.locator('#zoeken-resultaten img, #zoeken-resultaten script').count(), 0);
  await page.goto(new URL('over/', server.url).href);
  await page.locator('#site-search-q').fill('onerror');
  await page.locator('.search-popup__list li').first().waitFor();
  assert.equal(await page.locator('.search-popup img').count(), 0);
  await page.waitForTimeout(200);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test('without JavaScript the search page says so and lists every article', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL('zoeken/', server.url).href);
  const note = page.locator('.zoeken-noscript');
  assert.ok(await note.isVisible());
  assert.match((await note.textContent()) ?? '', /Zoeken werkt alleen met JavaScript/);
  const links = await page.locator('.zoeken-alles a').count();
  const manifest = (await (await fetch(new URL('search/manifest.json', server.url))).json()) as { docs: number };
  assert.equal(links, manifest.docs);
  await context.close();
});
