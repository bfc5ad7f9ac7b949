/**
 * One verdict for the same files wherever they are read: the default build (archive worker), the
 * main-thread build (ARCHIVE_WORKER=off) and `npm run ingest` report the same errors, and the two
 * builds write the same site. Files that yield no article are warnings, listed and never published.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../../src/build/eleventy-command.ts';
import type { IngestResult } from '../../src/record/types.ts';
import { buildSite, listFiles, repoRoot, SITE_ARTICLES } from '../support/site.ts';

const run = promisify(execFile);
const INGEST_FIXTURES = path.join(repoRoot, 'tests/fixtures/ingest');
/** The build date in the sitemap, fixed so that two builds can be compared byte for byte. */
const FIXED = { SOURCE_DATE_EPOCH: '1700000000', SITE_URL: 'https://example.org/' };

let tmp = '';
let failing = '';
let passing = '';

async function folder(name: string, files: Array<[string, string]>, extra: Array<[string, string]> = []): Promise<string> {
  const dir = path.join(tmp, name);
  await mkdir(dir);
  for (const [from, to] of files) await copyFile(from, path.join(dir, to));
  for (const [to, text] of extra) await writeFile(path.join(dir, to), text);
  return dir;
}

before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'kroniek-verdict-'));
  const fromIngest = (name: string): [string, string] => [path.join(INGEST_FIXTURES, name), name];
  // Front matter nested thousands deep: within a worker's default 4 MB stack, past the main thread's.
  const deep = `---\ntitle: Diep\ndate: 2021-04-01\nx: ${'['.repeat(3000)}${']'.repeat(3000)}\n---\nPoetin en Biden spraken over Oekraïne.\n`;
  failing = await folder(
    'failing',
    [
      fromIngest('broken-yaml.txt'),
      fromIngest('impossible-date.txt'),
      fromIngest('impossible-part-date.txt'),
      fromIngest('empty.txt'),
      fromIngest('binary.txt'),
      [path.join(SITE_ARTICLES, '02-geneve-top.md'), '02-geneve-top.md'],
    ],
    [['diep.md', deep]],
  );
  passing = await folder('passing', [
    fromIngest('only-noise.txt'),
    fromIngest('weekday-mismatch.txt'),
    fromIngest('dup-a.txt'),
    fromIngest('dup-b.txt'),
    fromIngest('multi-article.txt'),
    [path.join(SITE_ARTICLES, '02-geneve-top.md'), '02-geneve-top.md'],
    [path.join(SITE_ARTICLES, '06-concept.md'), '06-concept.md'],
  ]);
});

after(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** `npm run --silent ingest -- DIR`: exit code and stdout. */
async function ingestCli(dir: string, json = false): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', ...(json ? ['--json'] : []), dir], {
      cwd: REPO_ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '' };
  }
}

/** `file:line rule` of every error in a CLI report or a build's error list. */
function errorKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const m of text.matchAll(/^\s+error\s+(\S+) (\S+) /gm)) keys.add(`${m[1]} ${m[2]}`);
  const list = text.slice(text.indexOf('ingest reported'));
  if (text.includes('ingest reported')) {
    for (const m of list.matchAll(/^(?:\[11ty\])?\s+(\S+) ([a-z-]+\/[a-z-]+) /gm)) keys.add(`${m[1]} ${m[2]}`);
  }
  return [...keys].sort();
}

async function tree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const file of await listFiles(dir)) out.set(path.relative(dir, file), (await readFile(file)).toString('base64'));
  return out;
}

describe('the same verdict everywhere', () => {
  it('failing files: the CLI, the worker build and the main-thread build report the same errors and publish nothing', async () => {
    const [cli, viaWorker, onMain] = await Promise.all([
      ingestCli(failing),
      buildSite(path.join(tmp, 'failing-worker'), { ARTICLES_DIR: failing }),
      buildSite(path.join(tmp, 'failing-main'), { ARTICLES_DIR: failing, ARCHIVE_WORKER: 'off' }),
    ]);
    const expected = errorKeys(cli.stdout);
    assert.equal(cli.code, 1);
    for (const file of ['diep.md', 'broken-yaml.txt', 'impossible-date.txt']) {
      assert.ok(
        expected.some((k) => k.startsWith(`${file}:`)),
        `${file} is an error in the CLI: ${expected.join(', ')}`,
      );
    }
    for (const [name, build] of [
      ['worker', viaWorker],
      ['main thread', onMain],
    ] as const) {
      assert.equal(build.code, 1, `${name} build fails`);
      assert.deepEqual(errorKeys(build.stdout + build.stderr), expected, `${name} build: same errors as the CLI`);
      assert.doesNotMatch(build.stdout + build.stderr, /^\s+at .+:\d+:\d+\)?$/m, 'no stack trace');
    }
  });

  it('passing files: both builds write the same site, the CLI agrees on what is published, unpublished files are listed', async () => {
    const workerOut = path.join(tmp, 'passing-worker');
    const mainOut = path.join(tmp, 'passing-main');
    const [cli, viaWorker, onMain] = await Promise.all([
      ingestCli(passing, true),
      buildSite(workerOut, { ARTICLES_DIR: passing, ...FIXED }),
      buildSite(mainOut, { ARTICLES_DIR: passing, ARCHIVE_WORKER: 'off', ...FIXED }),
    ]);
    assert.equal(cli.code, 0);
    assert.equal(viaWorker.code, 0, viaWorker.stderr);
    assert.equal(onMain.code, 0, onMain.stderr);
    assert.deepEqual(await tree(workerOut), await tree(mainOut));
    const result = JSON.parse(cli.stdout) as IngestResult;
    const exported = JSON.parse(await readFile(path.join(workerOut, 'data', 'records.json'), 'utf8')) as Array<{ id: string }>;
    assert.deepEqual(
      exported.map((r) => r.id).sort(),
      result.records
        .filter((r) => !r.draft)
        .map((r) => r.id)
        .sort(),
    );
    // A file that yields no article: a warning, listed with its reason and counted, never an error.
    const unpublished = result.files.filter((f) => f.records.length === 0 && f.errors.length === 0).map((f) => f.file);
    assert.deepEqual(unpublished, ['only-noise.txt']);
    for (const build of [viaWorker, onMain]) {
      const out = build.stdout + build.stderr;
      assert.match(out, /\[kroniek\] warning: 1 file not published \(no article in it\):\n\s+only-noise\.txt \S+\/\S+ /);
    }
  });

  it('an empty archive builds an empty site with a warning', async () => {
    const empty = path.join(tmp, 'leeg');
    await mkdir(empty);
    const out = path.join(tmp, 'leeg-site');
    const built = await buildSite(out, { ARTICLES_DIR: empty });
    assert.equal(built.code, 0, built.stderr);
    assert.match(built.stdout + built.stderr, /\[kroniek\] warning: .*leeg holds no article files/);
    assert.match(await readFile(path.join(out, 'index.html'), 'utf8'), /<html lang="nl">/);
  });
});
