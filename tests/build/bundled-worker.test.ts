/** src/build/bundled-worker.ts: a bundle behaves like its sources (module URLs, CommonJS deps, esbuild). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleWorker, startBundledWorker } from '../../src/build/bundled-worker.ts';

const entry = new URL('../fixtures/bundle/entry.ts', import.meta.url);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

test('a bundled worker sees each module at its source URL, can require CommonJS packages and import esbuild', async () => {
  const worker = await startBundledWorker(entry);
  try {
    const [message] = (await once(worker, 'message')) as [Record<string, unknown>];
    assert.deepEqual(message, {
      own: entry.href,
      sibling: new URL('../fixtures/bundle/data.json', import.meta.url).href,
      esbuild: 'function',
      matter: 'ok',
    });
  } finally {
    await worker.terminate();
  }
});

test('the bundle is made once per process and lives outside the sources', async () => {
  const file = await bundleWorker(entry);
  assert.equal(await bundleWorker(entry), file);
  assert.match(pathToFileURL(file).href, /\/node_modules\/\.cache\/kroniek\/entry-[0-9a-f]{8}-[0-9a-f]{16}\.mjs$/);
});

test('a later process reuses the bundle while its inputs are unchanged, and rebuilds when one changes', async () => {
  // A private copy of the fixture inside the repository (bundle inputs are recorded relative to it,
  // and its packages resolve from node_modules), in the ignored cache folder: tests leave the tree as it was.
  const scratch = path.join(repoRoot, 'node_modules', '.cache', 'kroniek-tests');
  await mkdir(scratch, { recursive: true });
  const dir = await mkdtemp(path.join(scratch, 'bundle-copy-'));
  const made: string[] = [];
  try {
    await cp(path.join(repoRoot, 'tests', 'fixtures', 'bundle'), dir, { recursive: true });
    const entryFile = path.join(dir, 'entry.ts');
    // Each call runs in a fresh process: within one process bundles are remembered anyway.
    const bundleInChild = (): string =>
      execFileSync(
        process.execPath,
        [
          '--import',
          'tsx',
          '-e',
          `import(${JSON.stringify(pathToFileURL(path.join(repoRoot, 'src', 'build', 'bundled-worker.ts')).href)}).then(async (m) => console.log(await m.bundleWorker(new URL(${JSON.stringify(pathToFileURL(entryFile).href)}))))`,
        ],
        { cwd: repoRoot, encoding: 'utf8' },
      ).trim();
    const first = bundleInChild();
    made.push(first);
    const written = (await stat(first)).mtimeMs;
    assert.equal(bundleInChild(), first, 'unchanged inputs: the same bundle');
    assert.equal((await stat(first)).mtimeMs, written, 'and it was not written again');
    await writeFile(path.join(dir, 'sibling.ts'), "export const siblingUrl = (): string => 'changed';\n");
    const second = bundleInChild();
    made.push(second);
    assert.notEqual(second, first, 'an edited input gives a new bundle');
    assert.match(await readFile(second, 'utf8'), /changed/);
    assert.ok(!existsSync(first), 'the outdated bundle is removed');
  } finally {
    await rm(dir, { recursive: true, force: true });
    // The copy's bundles and manifest (`<name>-<path hash>-<hash>.mjs`, `<name>-<path hash>.json`).
    for (const file of made) await rm(file, { force: true });
    if (made[0]) await rm(made[0].replace(/-[0-9a-f]{16}\.mjs$/, '.json'), { force: true });
  }
});
