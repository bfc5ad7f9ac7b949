/**
 * `_site/` is exactly the last complete build (src/build/output.ts): a rebuild after an article is
 * deleted or drafted leaves none of its pages behind, an interrupted build leaves the previous site
 * untouched, and two builds into one folder never mix.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { writeCorpus } from '../../src/bench/corpus.ts';
import { spawnEleventy } from '../../src/build/eleventy-command.ts';
import { buildSite, crawl, listFiles, SITE_ARTICLES } from '../support/site.ts';

let tmp = '';
before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'kroniek-publish-'));
});
after(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** Relative path → hash of the contents, for every file under `dir`. */
async function tree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const file of await listFiles(dir)) {
    out.set(
      path.relative(dir, file),
      createHash('sha1')
        .update(await readFile(file))
        .digest('hex'),
    );
  }
  return out;
}

const pages = async (dir: string): Promise<string[]> => [...(await tree(dir)).keys()].filter((f) => f.endsWith('.html')).sort();

/**
 * What a build leaves beside its output folder: only the page hashes for the next report — no
 * staging folder, no lock, and the previous site (or a discarded staging folder) once its removal in
 * the background is done.
 */
async function siblings(output: string): Promise<string[]> {
  const base = path.basename(output);
  const list = async (): Promise<string[]> =>
    (await readdir(path.dirname(output))).filter((n) => n.startsWith(`${base}.`) && n !== `${base}.pages.json`);
  for (let wait = 0; wait < 600 && (await list()).some((n) => n.startsWith(`${base}.old-`) || n.endsWith('-discarded')); wait++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  return list();
}

describe('publishing', () => {
  it('a rebuild after deleting one article and drafting another removes their pages and the listings only they filled', async () => {
    const articles = path.join(tmp, 'retract-articles');
    const out = path.join(tmp, 'retract-site');
    await cp(SITE_ARTICLES, articles, { recursive: true });
    const first = await buildSite(out, { ARTICLES_DIR: articles });
    assert.equal(first.code, 0, first.stderr);
    const before = await pages(out);
    // The only article of December 2021, and the only one of March 2022.
    const deleted = 'artikelen/2021-12-07-biden-waarschuwt-poetin-in-videogesprek-voor-zware-sancties/index.html';
    const drafted = 'artikelen/2022-03-01-poetin-en-biden-img-src-x-onerror-alert-1-praten-script/index.html';
    for (const page of [deleted, drafted, '2021/12/index.html', '2022/03/index.html']) assert.ok(before.includes(page), page);

    await rm(path.join(articles, '03-videogesprek.txt'));
    const xss = path.join(articles, '07-xss.md');
    await writeFile(xss, (await readFile(xss, 'utf8')).replace(/^---\n/, '---\ndraft: true\n'));
    const second = await buildSite(out, { ARTICLES_DIR: articles });
    assert.equal(second.code, 0, second.stderr);
    const now = await pages(out);
    for (const page of [deleted, drafted, '2021/12/index.html', '2022/03/index.html']) assert.ok(!now.includes(page), `${page} is gone`);

    // Exactly what a fresh build of the edited archive writes: nothing more, nothing less.
    const fresh = path.join(tmp, 'retract-fresh');
    assert.equal((await buildSite(fresh, { ARTICLES_DIR: articles })).code, 0);
    assert.deepEqual([...(await tree(out)).keys()].sort(), [...(await tree(fresh)).keys()].sort());
    assert.deepEqual((await crawl(out, '/')).broken, []);
    const removed = before.filter((p) => !now.includes(p)).length;
    const added = now.filter((p) => !before.includes(p)).length;
    assert.match(second.stdout, new RegExp(`${now.length} pages \\(${added} added, [1-9]\\d* changed, ${removed} removed\\)`));
    assert.deepEqual(await siblings(out), []);

    // Nothing edited: nothing changes. Then the same with the page hashes of the last build gone,
    // so that the pages are compared as files.
    const third = await buildSite(out, { ARTICLES_DIR: articles });
    assert.match(third.stdout, new RegExp(`${now.length} pages \\(0 added, 0 changed, 0 removed\\)`));
    await rm(`${out}.pages.json`);
    const fourth = await buildSite(out, { ARTICLES_DIR: articles });
    assert.match(fourth.stdout, new RegExp(`${now.length} pages \\(0 added, 0 changed, 0 removed\\)`));
  });

  it('an interrupted build (SIGINT) leaves the previous site complete', { timeout: 240_000 }, async () => {
    const articles = path.join(tmp, 'big-articles');
    const out = path.join(tmp, 'big-site');
    await writeCorpus(articles, { articles: 1500, seed: 3 });
    assert.equal((await buildSite(out, { ARTICLES_DIR: articles })).code, 0);
    const complete = await tree(out);
    assert.ok(complete.size > 1500);
    // A changed archive, so that a finished second build would be visibly different.
    await cp(path.join(SITE_ARTICLES, '02-geneve-top.md'), path.join(articles, 'nieuw.md'));

    const child = spawnEleventy({ output: out, env: { ARTICLES_DIR: articles } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })),
    );
    // Part-way: once the staging folder holds article pages.
    const staging = `${out}.tmp-${child.pid}`;
    while (!existsSync(path.join(staging, 'artikelen'))) {
      assert.equal(child.exitCode, null, `the build ended before it was interrupted:\n${output}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGINT');
    const { code } = await exited;
    assert.equal(code, 130, output);
    assert.match(output, /build interrupted \(SIGINT\)/);
    assert.deepEqual(await tree(out), complete, 'the previous site, file for file');
    assert.deepEqual(await siblings(out), [], 'no staging folder or lock left behind');
  });

  it('two builds at once into one folder: one builds, the other stops with one clear line', async () => {
    const out = path.join(tmp, 'twice-site');
    const [a, b] = await Promise.all([buildSite(out, { ARTICLES_DIR: SITE_ARTICLES }), buildSite(out, { ARTICLES_DIR: SITE_ARTICLES })]);
    const results = [a, b];
    assert.ok(
      results.some((r) => r.code === 0),
      'one of them builds',
    );
    for (const r of results.filter((x) => x.code !== 0)) {
      assert.equal(r.code, 1);
      assert.match(r.stderr, /^\[kroniek\] another build \(pid \d+\) is writing .*twice-site; wait for it to finish/m);
    }
    const fresh = path.join(tmp, 'twice-fresh');
    assert.equal((await buildSite(fresh, { ARTICLES_DIR: SITE_ARTICLES })).code, 0);
    assert.deepEqual([...(await tree(out)).keys()].sort(), [...(await tree(fresh)).keys()].sort());
    assert.deepEqual((await crawl(out, '/')).broken, []);
    assert.deepEqual(await siblings(out), []);
  });

  it('a lock and staging folder left by a killed build are taken over and cleaned up', async () => {
    const out = path.join(tmp, 'stale-site');
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => dead.on('close', r));
    await writeFile(`${out}.lock`, `${dead.pid}\n`);
    await mkdir(`${out}.tmp-${dead.pid}/artikelen`, { recursive: true });
    const r = await buildSite(out, { ARTICLES_DIR: SITE_ARTICLES });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(existsSync(path.join(out, 'index.html')));
    assert.deepEqual(await siblings(out), []);
  });
});
