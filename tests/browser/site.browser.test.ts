/**
 * The built site in headless Chromium: person filter, article navigation, keyboard, axe-core,
 * the XSS article, no requests to other hosts. Also writes screenshots to <tmp>/kroniek-screenshots/fixtures/.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchChromium } from '../support/browser.ts';
import { buildSite, serve, SITE_ARTICLES } from '../support/site.ts';

const XSS_ID = '2022-03-01-poetin-en-biden-img-src-x-onerror-alert-1-praten-script';

let tmp = '';
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let context: BrowserContext;
const foreignRequests: string[] = [];
const dialogs: string[] = [];

async function newPage(width = 1280): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return page;
}

before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'kroniek-browser-'));
  const out = path.join(tmp, 'site');
  const built = await buildSite(out, { ARTICLES_DIR: SITE_ARTICLES });
  assert.equal(built.code, 0, built.stderr);
  server = await serve(out);
  browser = await launchChromium();
  context = await browser.newContext();
  context.on('request', (req) => {
    const host = new URL(req.url()).hostname;
    if (host !== '127.0.0.1') foreignRequests.push(req.url());
  });
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('site in the browser', () => {
  it('filters the timeline by a person, opens an article and follows "volgende"', async () => {
    const page = await newPage();
    await page.goto(`${server.origin}/`);
    const button = page.locator('.person-filter button[data-person="antony-blinken"]');
    await button.waitFor();
    const before = await page.locator('.timeline .entry:not([data-milestone]):visible').count();
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    const visible = page.locator('.timeline .entry:not([data-milestone]):visible');
    const count = await visible.count();
    assert.ok(count > 0 && count < before, `filter narrowed ${before} → ${count}`);
    for (const people of await visible.evaluateAll((els) => els.map((e) => e.getAttribute('data-people') ?? ''))) {
      assert.ok(people.split(' ').includes('antony-blinken'));
    }
    assert.match(await page.locator('.person-filter__status').innerText(), new RegExp(`${count} bericht`));
    assert.match(page.url(), /\?persoon=antony-blinken$/);

    const link = visible.first().locator('.entry-title a');
    const title = (await link.innerText()).trim();
    await link.click();
    await page.waitForURL(/\/artikelen\//);
    assert.equal((await page.locator('h1').innerText()).trim(), title);

    const next = page.locator('a[rel="next"]');
    const nextHref = await next.getAttribute('href');
    assert.ok(nextHref);
    assert.match(await next.innerText(), /Volgende/i);
    await next.click();
    await page.waitForURL((u) => u.pathname === nextHref);
    assert.ok(await page.locator('a[rel="prev"]').count(), 'the next article links back');
    await page.close();
  });

  it('restores the filter from the URL and resets it with "Iedereen"', async () => {
    const page = await newPage(375);
    await page.goto(`${server.origin}/?persoon=marco-rubio`);
    const hidden = page.locator('.timeline .entry[hidden]');
    assert.ok((await hidden.count()) > 0);
    assert.equal(await page.locator('.person-filter button[data-person="marco-rubio"]').getAttribute('aria-pressed'), 'true');
    await page.locator('.person-filter button', { hasText: 'Iedereen' }).click();
    assert.equal(await hidden.count(), 0);
    await page.close();
  });

  it('works from the keyboard: skip link first, visible focus', async () => {
    const page = await newPage();
    await page.goto(`${server.origin}/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return null;
      const style = getComputedStyle(el);
      return { text: el.textContent, outline: style.outlineStyle, top: el.getBoundingClientRect().top };
    });
    assert.equal(focused?.text, 'Naar de inhoud');
    assert.notEqual(focused?.outline, 'none');
    assert.ok((focused?.top ?? -1) >= 0, 'the skip link is on screen when focused');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => location.hash), '#inhoud');
    await page.close();
  });

  it('has zero axe-core violations on the timeline, an article, a person page and the 404 page', async () => {
    const targets = ['/', `/artikelen/${XSS_ID}/`, '/personen/vladimir-poetin/', '/bestaat-niet/'];
    for (const scheme of ['light', 'dark'] as const) {
      const page = await newPage();
      await page.emulateMedia({ colorScheme: scheme });
      for (const url of targets) {
        const response = await page.goto(`${server.origin}${url}`);
        if (url === '/bestaat-niet/') {
          assert.equal(response?.status(), 404);
          assert.match(await page.locator('h1').innerText(), /niet gevonden/);
        }
        assert.deepEqual(await axeViolations(page), [], `${url} (${scheme})`);
      }
      await page.close();
    }
  });

  it('shows the XSS payload as text and runs nothing', async () => {
    const page = await newPage();
    await page.addInitScript(() => {
      (window as unknown as { __alerts: number }).__alerts = 0;
      window.alert = () => {
        (window as unknown as { __alerts: number }).__alerts++;
      };
    });
    for (const url of [`/artikelen/${XSS_ID}/`, '/', '/personen/joe-biden/']) {
      await page.goto(`${server.origin}${url}`);
      await page.waitForLoadState('load');
      const state = await page.evaluate(() => ({
        alerts: (window as unknown as { __alerts: number }).__alerts,
        injectedImages: document.querySelectorAll('img[src="x"], img[onerror]').length,
        inlineScripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
        text: document.body.innerText,
      }));
      assert.equal(state.alerts, 0, url);
      assert.equal(state.injectedImages, 0, url);
      assert.equal(state.inlineScripts, 0, url);
      assert.ok(state.text.includes('<img src=x onerror=alert(1)>'), `${url} shows the payload as text`);
    }
    assert.deepEqual(dialogs, []);
    await page.close();
  });

  it('takes screenshots of the timeline and an article at 375 and 1280 px', async () => {
    // Into the temp folder: tests write nothing into the working tree.
    const dir = path.join(tmpdir(), 'kroniek-screenshots', 'fixtures');
    await mkdir(dir, { recursive: true });
    for (const width of [375, 1280]) {
      const page = await newPage(width);
      for (const [name, url] of [
        ['tijdlijn', '/'],
        ['artikel', '/artikelen/2021-06-16-biden-en-poetin-spreken-in-geneve-ruim-drie-uur-met-elkaar/'],
      ] as const) {
        await page.goto(`${server.origin}${url}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${name} at ${width}px has no horizontal scroll (${overflow}px)`);
        await page.screenshot({ path: path.join(dir, `${name}-${width}.png`), fullPage: true });
      }
      await page.close();
    }
  });

  it('made no request to another host', () => {
    assert.deepEqual(foreignRequests, []);
  });
});
