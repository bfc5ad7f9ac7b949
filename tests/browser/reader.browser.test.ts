/**
 * The site as a reader meets it (issue 13), built from the seed articles in articles/ and driven in
 * headless Chromium at 375 and 1280 px: the coverage chart reads without hovering and follows the
 * person filter; search respells, corrects, explains what it hides and shows excerpts; the search
 * page without JavaScript has no dead controls; Escape and focus; axe-core in light and dark.
 * Screenshots go to <tmp>/kroniek-screenshots/reader/.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium } from '../support/browser.ts';
import { buildSite, repoRoot, serve } from '../support/site.ts';

const SHOTS = path.join(tmpdir(), 'kroniek-screenshots', 'reader');
const WIDTHS = [375, 1280] as const;

let work = '';
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
const foreign: string[] = [];
const pageErrors: string[] = [];

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'kroniek-reader-'));
  const out = path.join(work, 'site');
  const built = await buildSite(out, { ARTICLES_DIR: path.join(repoRoot, 'articles') });
  assert.equal(built.code, 0, built.stderr);
  server = await serve(out);
  browser = await launchChromium();
  await mkdir(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function open(url: string, width: number, options: { js?: boolean; scheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: options.js ?? true, colorScheme: options.scheme ?? 'light' });
  const page = await context.newPage();
  await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
  page.on('request', (r) => {
    if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${server.origin}${url}`);
  return page;
}

async function close(page: Page): Promise<void> {
  await page.context().close();
}

/** Waits until the search page has answered `q` (its own event), so no test sleeps. */
async function searchAnswered(page: Page): Promise<void> {
  await page.locator('#zoeken-status').filter({ hasText: /\S/ }).waitFor();
}

const hitTitles = (page: Page): Promise<string[]> => page.locator('#zoeken-resultaten .search-hit__title').allTextContents();

describe('the coverage chart', () => {
  for (const width of WIDTHS) {
    it(`has visible numbers, bars of at least 24 px, no scroll box and a table (${width} px)`, async () => {
      const page = await open('/', width);
      const chart = await page.evaluate(() => {
        const view = [...document.querySelectorAll<HTMLElement>('.chart__view')].find((v) => v.offsetParent !== null);
        const box = document.querySelector<HTMLElement>('.coverage');
        const scrollers = [...document.querySelectorAll<HTMLElement>('.coverage *')].filter(
          (e) => e.scrollWidth > e.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX),
        );
        const targets = view ? [...view.querySelectorAll<HTMLElement>('a.chart__target')].map((a) => a.getBoundingClientRect()) : [];
        return {
          unit: view?.className.match(/chart__view--(\w+)/)?.[1] ?? null,
          values: view ? [...view.querySelectorAll<HTMLElement>('.chart__value')].map((v) => v.innerText).filter(Boolean) : [],
          ticks: view ? [...view.querySelectorAll<HTMLElement>('.chart__tick-label')].map((t) => t.innerText) : [],
          years: view ? [...view.querySelectorAll<HTMLElement>('.chart__years li')].map((y) => y.innerText.replace(/\s+/g, ' ')) : [],
          targetWidths: targets.map((r) => r.width),
          fits: box ? box.scrollWidth <= box.clientWidth : false,
          inside: targets.every((r) => r.left >= 0 && r.right <= window.innerWidth),
          scrollers: scrollers.length,
          pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
          tableRows: document.querySelectorAll('.coverage__table tbody th[scope="row"]').length,
        };
      });
      assert.ok(chart.unit, 'one view is shown');
      assert.equal(chart.unit, width === 375 ? 'quarter' : 'month', 'months where 24 px bars fit, else quarters');
      assert.ok(chart.values.length > 0 && chart.values.every((v) => /^\d+$/.test(v)), `counts on the bars: ${chart.values}`);
      assert.deepEqual(chart.ticks, ['4', '2', '0'], 'a count axis whose top is not one article');
      assert.deepEqual(
        chart.years.map((y) => y.split(' ')[0]),
        ['2021', '2022'],
      );
      assert.ok(
        chart.years.every((y) => /^\d{4} \d+/.test(y)),
        `a total under each year: ${chart.years}`,
      );
      assert.ok(chart.targetWidths.length > 0 && chart.targetWidths.every((w) => w >= 24), `targets ≥ 24 px: ${chart.targetWidths}`);
      assert.ok(chart.fits && chart.inside, 'the chart fits its box and the screen');
      assert.equal(chart.scrollers, 0, 'no scroll box');
      assert.ok(chart.pageOverflow <= 0, 'no horizontal page scroll');
      // The text equivalent: every month from April 2021 to December 2022.
      assert.equal(chart.tableRows, 21);
      await page.locator('.coverage__table summary').click();
      assert.ok(await page.locator('.coverage__table table').isVisible());
      await close(page);
    });
  }

  it('follows the person filter', async () => {
    const page = await open('/', 1280);
    const valuesOf = (): Promise<string[]> =>
      page.locator('.chart__view:visible .chart__value').evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText));
    const before = await valuesOf();
    await page.locator('.person-filter button[data-person="annalena-baerbock"]').click();
    const after = await valuesOf();
    assert.notDeepEqual(after, before);
    assert.deepEqual(after.filter(Boolean), ['1'], 'Baerbock is in one article');
    assert.match(await page.locator('.coverage__status').innerText(), /Annalena Baerbock/);
    const label = await page.locator('.chart__view:visible a.chart__target[data-count="1"]').first().getAttribute('aria-label');
    assert.match(label ?? '', /: [01] van 1 artikel met Annalena Baerbock/);
    await page.locator('.person-filter button', { hasText: 'Iedereen' }).click();
    assert.deepEqual(await valuesOf(), before);
    await close(page);
  });
});

describe('search that explains itself', () => {
  it('finds the Poetin articles for Putin and Boetin, and says it searched for poetin', async () => {
    const page = await open('/zoeken/?q=poetin', 1280);
    await searchAnswered(page);
    const poetin = (await hitTitles(page)).sort();
    assert.ok(poetin.length >= 5);
    for (const q of ['Putin', 'Boetin']) {
      await page.goto(`${server.origin}/zoeken/?q=${q}`);
      await page.locator('#zoeken-status').filter({ hasText: 'gezocht naar poetin' }).waitFor();
      assert.deepEqual((await hitTitles(page)).sort(), poetin, q);
      assert.equal(await page.locator('#zoeken-resultaten mark').first().innerText(), 'Poetin');
    }
    await close(page);
  });

  it('shows an excerpt around a match in the body, marked', async () => {
    const page = await open('/zoeken/?q=Makron', 1280);
    await searchAnswered(page);
    const hit = page.locator('#zoeken-resultaten .search-hit', { hasText: 'spreken ruim een uur' });
    const snippet = hit.locator('.search-hit__snippet');
    assert.equal(await snippet.locator('mark').first().innerText(), 'Macron');
    assert.match(await snippet.innerText(), /^…/, 'from the body, not the lede');
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
      await page.screenshot({ path: path.join(SHOTS, `zoeken-makron-${width}.png`) });
    }
    await close(page);
  });

  it('says when off-topic results are hidden and shows them in one click', async () => {
    const page = await open('/zoeken/?q=afghanistan', 375);
    const notice = page.locator('#zoeken-overig-melding');
    await notice.filter({ hasText: '1 resultaat in Overig nieuws' }).waitFor();
    assert.equal(await page.locator('#zoeken-resultaten li').count(), 0);
    await notice.getByRole('button', { name: 'toon' }).click();
    await page.locator('#zoeken-resultaten a', { hasText: 'Afghanistan' }).waitFor();
    assert.ok(await page.locator('#zoeken-overig').isChecked());
    assert.match(page.url(), /overig=1/);
    assert.ok(await notice.isHidden());
    // The header dropdown says it too, with a link.
    await page.goto(`${server.origin}/over/`);
    await page.locator('#site-search-q').fill('afghanistan');
    const link = page.locator('.search-popup__hidden a', { hasText: 'toon' });
    await link.waitFor();
    assert.match((await link.getAttribute('href')) ?? '', /\/zoeken\/\?q=afghanistan&overig=1$/);
    await close(page);
  });

  it('counts people the same on the timeline and in the search filter, and offers nobody with nothing to find', async () => {
    const page = await open('/', 1280);
    const chips = await page
      .locator('.person-filter button[data-person]:not([data-person=""])')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    assert.ok(chips.length >= 5);
    await page.goto(`${server.origin}/zoeken/?q=poetin`);
    await searchAnswered(page);
    const offered = await page
      .locator('#zoeken-persoon option:not([value=""])')
      .evaluateAll((els) => els.filter((e) => !(e as HTMLOptionElement).hidden).map((e) => (e as HTMLElement).textContent?.trim()));
    assert.deepEqual(offered.sort(), [...chips].sort(), 'the same people with the same counts');
    const trump = page.locator('#zoeken-persoon option[value="Donald Trump"]');
    assert.equal(await trump.evaluate((o) => (o as HTMLOptionElement).hidden), true, 'Trump has no on-topic article');
    await page.locator('#zoeken-overig').check();
    await page.waitForFunction(() => !(document.querySelector('#zoeken-persoon option[value="Donald Trump"]') as HTMLOptionElement).hidden);
    assert.equal(await trump.textContent(), 'Donald Trump (1)');
    assert.equal(await page.locator('#zoeken-persoon option[value="Joe Biden"]').textContent(), 'Joe Biden (6)');
    await close(page);
  });
});

describe('without JavaScript and from the keyboard', () => {
  it('the search page has no dead controls and says plainly that search needs JavaScript', async () => {
    for (const width of WIDTHS) {
      const page = await open('/zoeken/?q=poetin', width, { js: false });
      const visible = await page.evaluate(
        () =>
          [...document.querySelectorAll('main input, main select, main button, main textarea')].filter(
            (e) => (e as HTMLElement).offsetParent !== null,
          ).length,
      );
      assert.equal(visible, 0, 'no control that needs JavaScript is shown');
      assert.equal(await page.locator('input[type="search"]:visible').count(), 0, 'no box that cannot search');
      const note = page.locator('.zoeken-noscript');
      assert.match(await note.innerText(), /Zoeken werkt alleen met JavaScript/);
      assert.ok(await note.locator('a[href="/2022/"]').isVisible(), 'year pages are offered');
      assert.ok(await note.locator('a[href="/personen/"]').isVisible(), 'person pages are offered');
      await close(page);
      // axe needs script, so it checks the same view rebuilt with script on: the page's HTML with
      // its <noscript> content unwrapped and its scripts removed.
      const url = `${server.origin}/zoeken/?q=poetin`;
      const served = await (await fetch(url)).text();
      const noScript = served.replace(/<\/?noscript>/g, '').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
      const view = await open('/404.html', width);
      await view.route(url, (route) => route.fulfill({ body: noScript, contentType: 'text/html; charset=utf-8' }));
      await view.goto(url);
      assert.ok(await view.locator('.zoeken-noscript').isVisible());
      assert.equal(await view.locator('#zoeken-q').isVisible(), false);
      assert.deepEqual(await axeViolations(view), [], `no-JS /zoeken/ at ${width}px`);
      await close(view);
    }
    const other = await open('/over/', 375, { js: false });
    assert.equal(await other.locator('#site-search-q').getAttribute('placeholder'), 'Zoeken…', 'no "(toets /)" without the script');
    await close(other);
  });

  it('has one search box on /zoeken/; Escape on a result returns to the box', async () => {
    const page = await open('/zoeken/?q=oekraine', 1280);
    await searchAnswered(page);
    assert.equal(await page.locator('input[type="search"]').count(), 1);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'zoeken-q');
    await page.keyboard.press('ArrowDown');
    assert.match(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href), /\/artikelen\//);
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'zoeken-q');
    assert.equal(await page.locator('#zoeken-q').inputValue(), 'oekraine', 'Escape on a result does not clear');
    await page.locator('#zoeken-q').fill('Genève');
    await page.keyboard.press('Enter');
    await page
      .locator('#zoeken-status')
      .filter({ hasText: /^1 resultaat/ })
      .waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'zoeken-q', 'after submit, focus stays in the box');
    await close(page);
  });
});

describe('accessibility and screenshots', () => {
  it('has zero axe-core violations at 375 and 1280 px, light and dark', async () => {
    const article = '/artikelen/2022-02-12-biden-en-poetin-spreken-ruim-een-uur-over-crisis-rond/';
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of WIDTHS) {
        const page = await open('/', width, { scheme });
        const check = async (label: string): Promise<void> =>
          assert.deepEqual(await axeViolations(page), [], `${label} ${width}px ${scheme}`);
        await check('/');
        await page.locator('.person-filter button[data-person="joe-biden"]').click();
        await page.locator('.coverage__table summary').click();
        await page.locator('.milestone summary').first().click();
        await check('/ filtered, table and milestone open');
        for (const url of [article, '/zoeken/?q=poetin', '/zoeken/?q=afghanistan', '/personen/']) {
          await page.goto(`${server.origin}${url}`);
          if (url.startsWith('/zoeken/')) await searchAnswered(page);
          await check(url);
        }
        await page.goto(`${server.origin}/over/`);
        await page.locator('#site-search-q').fill('Poetin');
        await page.locator('.search-popup__list li').first().waitFor();
        await check('header dropdown');
        await close(page);
      }
    }
  });

  it('takes screenshots of the timeline and an article', async () => {
    for (const width of WIDTHS) {
      const page = await open('/', width);
      await page.screenshot({ path: path.join(SHOTS, `tijdlijn-${width}.png`) });
      await page.screenshot({ path: path.join(SHOTS, `tijdlijn-heel-${width}.png`), fullPage: true });
      await page.goto(`${server.origin}/artikelen/2021-12-03-biden-en-poetin-gaan-praten-over-spanning-rond-oekraine/`);
      await page.screenshot({ path: path.join(SHOTS, `artikel-${width}.png`), fullPage: true });
      await close(page);
    }
  });

  it('made no request to another host and threw no error', () => {
    assert.deepEqual(foreign, []);
    assert.deepEqual(pageErrors, []);
  });
});
