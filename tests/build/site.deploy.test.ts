/**
 * Deploying: the README's sub-path build gives absolute URLs with the prefix exactly once that a
 * static host serves; bad settings stop the build with one line; feed and sitemap stay well-formed
 * for a strict XML parser whatever an article contains; assets are versioned; `npm run preview`
 * and the deploy recipes (GitHub Pages workflow, netlify.toml) use the README's build command.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { BUILD_CLI, REPO_ROOT } from '../../src/build/eleventy-command.ts';
import { buildSite, listFiles, serve, strictXmlErrors, SITE_ARTICLES } from '../support/site.ts';

const SITE_URL = 'https://example.org/archief/';
const CONTROL = '\u000B\u000C\u0001\uFFFE\uFFFF';

let tmp = '';
let site = '';
let buildOutput = '';

const read = (rel: string): Promise<string> => readFile(path.join(site, rel), 'utf8');

before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'kroniek-deploy-'));
  const articles = path.join(tmp, 'articles');
  await cp(SITE_ARTICLES, articles, { recursive: true });
  // Characters XML forbids, in the headline, lede and body of an on-topic article.
  await writeFile(
    path.join(articles, '11-stuurtekens.txt'),
    `Poetin${CONTROL} en Biden praten over Oekraïne\nzondag 20 februari 2022, 21:10\n` +
      `WASHINGTON (ANP) - Poetin${CONTROL} en Biden spraken zondag over Oekraïne, meldt het Witte Huis.\n` +
      `Het Kremlin noemt het gesprek${CONTROL} zakelijk. Oekraïne was het enige onderwerp.\n` +
      // Enough ordinary text that the file reads as text with a few stray characters, not as a binary.
      'De Amerikaanse president en zijn Russische ambtgenoot spraken ruim een uur met elkaar. Biden waarschuwde ' +
      'voor zware sancties als Rusland Oekraïne binnenvalt. Het Kremlin zei dat Poetin zijn zorgen over de ' +
      'uitbreiding van de NAVO herhaalde. Beide presidenten spraken af dat hun ministers van Buitenlandse Zaken het ' +
      'overleg voortzetten. In Kiev werd het gesprek met gemengde gevoelens ontvangen; de Oekraïense regering wil ' +
      'bij elk overleg over haar land betrokken zijn. Washington stuurde eerder extra troepen naar Polen en ' +
      'Roemenië, Moskou hield grote oefeningen in Belarus.\n',
  );
  site = path.join(tmp, 'site');
  // The README's sub-path build, with both settings given.
  const built = await buildSite(site, { ARTICLES_DIR: articles, PATH_PREFIX: '/archief/', SITE_URL });
  assert.equal(built.code, 0, built.stderr);
  buildOutput = built.stdout + built.stderr;
});

after(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('deploying under a sub-path', () => {
  it('starts every <loc>, feed link and the robots Sitemap line with SITE_URL exactly once, and the host serves each', async () => {
    const sitemap = await read('sitemap.xml');
    const feed = await read('feed.xml');
    const robots = await read('robots.txt');
    const urls = [
      ...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''),
      ...[...feed.matchAll(/<link href="([^"]+)"/g)].map((m) => m[1] ?? ''),
      ...[...robots.matchAll(/^Sitemap: (.+)$/gm)].map((m) => m[1] ?? ''),
    ];
    assert.ok(urls.length > 40, `${urls.length} URLs`);
    const server = await serve(site, '/archief/');
    try {
      for (const url of urls) {
        assert.ok(url.startsWith(SITE_URL), url);
        assert.ok(!url.slice(SITE_URL.length).includes('archief/'), `prefix once: ${url}`);
        const local = `${server.origin}/archief/${url.slice(SITE_URL.length)}`;
        assert.equal((await fetch(local, { redirect: 'manual' })).status, 200, local);
      }
    } finally {
      await server.close();
    }
  });

  it('writes a feed.xml and sitemap.xml a strict XML parser accepts, even with control characters in an article', async () => {
    const feed = await read('feed.xml');
    assert.ok(feed.includes('Poetin en Biden praten over Oekraïne'), 'the article is in the feed, its text kept');
    assert.deepEqual(strictXmlErrors(feed), []);
    assert.deepEqual(strictXmlErrors(await read('sitemap.xml')), []);
    assert.notDeepEqual(strictXmlErrors(`<a>${CONTROL}</a>`), [], 'the parser rejects the raw characters');
  });

  it('dates sitemap entries and leaves out empty listings', async () => {
    const sitemap = await read('sitemap.xml');
    assert.match(sitemap, /<loc>https:\/\/example\.org\/archief\/artikelen\/2021-06-16-[^<]+<\/loc><lastmod>2021-06-16<\/lastmod>/);
    assert.match(sitemap, /<loc>https:\/\/example\.org\/archief\/2021\/<\/loc><lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/);
    for (const loc of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) assert.ok(!/\/(?:404\.html|feed\.xml)$/.test(loc[1] ?? ''));
  });

  it('versions every CSS and JavaScript URL by content', async () => {
    const html = (await listFiles(site)).filter((f) => f.endsWith('.html'));
    const seen = new Set<string>();
    for (const file of html) {
      const text = await readFile(file, 'utf8');
      for (const m of text.matchAll(/\s(?:href|src)="(\/archief\/[^"]+\.(?:css|js)(?:\?[^"]*)?)"/g)) seen.add(m[1] ?? '');
    }
    const assets = [...seen];
    for (const name of ['assets/css/site.css', 'assets/js/filter.js', 'assets/search.css', 'assets/js/search-boot.js']) {
      assert.ok(
        assets.some((u) => u.startsWith(`/archief/${name}?v=`)),
        `${name} is linked with a version`,
      );
    }
    for (const url of assets) {
      const [file, query] = url.slice('/archief/'.length).split('?');
      assert.match(query ?? '', /^v=[0-9a-f]{10}$/, url);
      if (file === 'assets/js/search-boot.js') continue; // versioned by the whole client it loads
      const hash = createHash('sha256')
        .update(await readFile(path.join(site, file ?? '')))
        .digest('hex')
        .slice(0, 10);
      assert.equal(query, `v=${hash}`, url);
    }
  });

  it('prints the report of the swap', () => {
    assert.match(buildOutput, /site: \d+ pages \(\d+ added, 0 changed, 0 removed\)$/m);
  });
});

/** Runs the build command with `env` and resolves with its exit code and every line it printed. */
function runBuildCommand(env: Record<string, string>, output: string): Promise<{ code: number | null; lines: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', BUILD_CLI, `--output=${output}`], {
      cwd: REPO_ROOT,
      env: { ...process.env, ARTICLES_DIR: SITE_ARTICLES, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (d: Buffer) => (text += d.toString()));
    child.stderr.on('data', (d: Buffer) => (text += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, lines: text.split('\n').filter((l) => l.trim() !== '') }));
  });
}

describe('settings', () => {
  const bad: Array<Record<string, string>> = [
    { SITE_URL: 'not a url' },
    { SITE_URL: 'javascript:x' },
    { PATH_PREFIX: '/a"b/' },
    { PATH_PREFIX: '/x$&y/' },
    { PATH_PREFIX: '/../' },
    { PATH_PREFIX: '/a b/' },
    { PATH_PREFIX: '/a/', SITE_URL: 'https://example.org/b/' },
  ];
  for (const env of bad) {
    it(`${JSON.stringify(env)} stops the build with one clear line and exit 1`, async () => {
      const output = path.join(tmp, `bad-${createHash('sha1').update(JSON.stringify(env)).digest('hex').slice(0, 8)}`);
      const { code, lines } = await runBuildCommand(env, output);
      assert.equal(code, 1);
      assert.equal(lines.length, 1, lines.join('\n'));
      assert.match(lines[0] ?? '', /^\[kroniek\] (SITE_URL|PATH_PREFIX) /);
      assert.ok(!existsSync(output), 'nothing written');
    });
  }

  it('without SITE_URL: one warning, no absolute URL and never localhost', async () => {
    const output = path.join(tmp, 'no-site-url');
    const { code, lines } = await runBuildCommand({ PATH_PREFIX: '/archief/' }, output);
    assert.equal(code, 0, lines.join('\n'));
    assert.equal(lines.filter((l) => /SITE_URL is not set/.test(l)).length, 1);
    assert.ok(!existsSync(path.join(output, 'sitemap.xml')));
    const feed = await readFile(path.join(output, 'feed.xml'), 'utf8');
    assert.deepEqual(strictXmlErrors(feed), []);
    assert.match(feed, /<link href="\/archief\/artikelen\//);
    for (const file of ['feed.xml', 'robots.txt', 'index.html']) {
      assert.doesNotMatch(await readFile(path.join(output, file), 'utf8'), /localhost/, file);
    }
  });
});

describe('npm run preview and the deploy recipes', () => {
  it('serves the built site under PATH_PREFIX as a static host does', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/preview.ts', `--output=${site}`, '--port=0'], {
      cwd: REPO_ROOT,
      env: { ...process.env, SITE_URL },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const base = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout.on('data', (d: Buffer) => {
          text += d.toString();
          const url = /serving .* at (http:\/\/\S+\/archief\/)/.exec(text)?.[1];
          if (url) resolve(url);
        });
        child.on('close', (code) => reject(new Error(`preview exited (${code}): ${text}`)));
      });
      assert.equal((await fetch(base)).status, 200);
      const folder = await fetch(`${base}artikelen`, { redirect: 'manual' });
      assert.equal(folder.status, 301);
      assert.equal(folder.headers.get('location'), '/archief/artikelen/');
      const missing = await fetch(`${base}bestaat-niet/`);
      assert.equal(missing.status, 404);
      assert.match(await missing.text(), /Pagina niet gevonden/);
      assert.equal((await fetch(new URL('/', base))).status, 404, 'nothing outside the prefix');
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('the GitHub Pages workflow is valid YAML, uses the official Pages actions and builds with the README command', async () => {
    const workflow = parseYaml(await readFile(path.join(REPO_ROOT, '.github/workflows/pages.yml'), 'utf8')) as {
      permissions: Record<string, string>;
      jobs: Record<string, { steps: Array<{ uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string> }> }>;
    };
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
    const uses = (action: string) => steps.find((s) => s.uses?.startsWith(`${action}@`));
    assert.ok(uses('actions/configure-pages'));
    assert.equal(uses('actions/upload-pages-artifact')?.with?.path, '_site');
    assert.ok(uses('actions/deploy-pages'));
    assert.equal(workflow.permissions.pages, 'write');
    assert.equal(workflow.permissions['id-token'], 'write');
    const buildAt = steps.findIndex((s) => s.run?.includes('build'));
    const build = steps[buildAt];
    const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const command = /\| `(npm run build)` \| build the site/.exec(readme)?.[1];
    assert.equal(build?.run, command, "the workflow's build step is the README's build command");
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JavaScript template
    assert.equal(build?.env?.SITE_URL, '${{ steps.pages.outputs.base_url }}/');
    assert.ok(steps.findIndex((s) => s.run === 'npm ci') < buildAt, 'installs first');
  });

  it('netlify.toml builds with the README command and publishes _site', async () => {
    const toml = await readFile(path.join(REPO_ROOT, 'netlify.toml'), 'utf8');
    assert.match(toml, /^\s*command = "SITE_URL=\$URL npm run build"$/m);
    assert.match(toml, /^\s*publish = "_site"$/m);
  });
});
