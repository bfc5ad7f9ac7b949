/**
 * Reading the archive folder (src/ingest/load.ts) on a real file system: an unreadable folder is
 * reported under its own path while its siblings are read, a FIFO is skipped and never opened, a
 * link loop ends.
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT } from '../../src/build/eleventy-command.ts';
import { createIngestCache } from '../../src/ingest/cache.ts';
import { loadFileIngests } from '../../src/ingest/load.ts';
import { SITE_ARTICLES } from '../support/site.ts';

/**
 * Root reads any folder, so as root (CI) the CLI runs without the two capabilities that let it
 * (setpriv, util-linux): still as root, so it reads the clone wherever it lies, but a folder
 * without read permission stays closed to it.
 */
const WITHOUT_OVERRIDE = ['--bounding-set', '-dac_override,-dac_read_search'];

let tmp = '';
let archive = '';

before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'kroniek-load-'));
  await chmod(tmp, 0o755);
  archive = path.join(tmp, 'articles');
  for (const [dir, file] of [
    ['a', '02-geneve-top.md'],
    ['b', '03-videogesprek.txt'],
    ['c', '09-riyad.txt'],
  ] as const) {
    await mkdir(path.join(archive, dir), { recursive: true });
    await copyFile(path.join(SITE_ARTICLES, file), path.join(archive, dir, file));
  }
  execFileSync('mkfifo', [path.join(archive, 'a', 'pijp.txt')]);
  await symlink('..', path.join(archive, 'b', 'terug'));
  await chmod(path.join(archive, 'b'), 0o000);
});

after(async () => {
  if (tmp) {
    await chmod(path.join(archive, 'b'), 0o755).catch(() => undefined);
    await rm(tmp, { recursive: true, force: true });
  }
});

describe('loading the archive folder', () => {
  it('an unreadable folder is an error under its own path; its siblings are still read', async () => {
    const cli = [process.execPath, '--import', 'tsx', 'src/cli/ingest.ts', archive];
    const [command, ...args] = process.getuid?.() === 0 ? ['setpriv', ...WITHOUT_OVERRIDE, ...cli] : cli;
    const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(command as string, args, { cwd: REPO_ROOT, timeout: 60_000 }, (error, stdout) =>
        resolve({ code: (error as { code?: number } | null)?.code ?? 0, stdout }),
      );
    });
    assert.equal(result.code, 1, result.stdout);
    assert.match(result.stdout, /^b\n\s+error\s+b load\/folder cannot read folder: EACCES$/m);
    assert.match(result.stdout, /^a\/02-geneve-top\.md\n\s+kept /m);
    assert.match(result.stdout, /^c\/09-riyad\.txt\n\s+kept /m);
  });

  it('a FIFO named like an article is skipped with a warning, never waited on; a link loop ends', async () => {
    await chmod(path.join(archive, 'b'), 0o755);
    try {
      const cache = createIngestCache({ dir: null });
      const files = await loadFileIngests(archive, { cache });
      const fifo = files.find((f) => f.file === 'a/pijp.txt');
      assert.deepEqual(
        fifo?.warnings.map((w) => w.rule),
        ['load/not-a-file'],
      );
      assert.deepEqual(fifo?.errors, []);
      assert.match(fifo?.warnings[0]?.message ?? '', /FIFO/);
      // Every article once, though b/terug leads back to the archive itself.
      assert.deepEqual(
        files.filter((f) => f.records.length > 0).map((f) => f.file),
        ['a/02-geneve-top.md', 'b/03-videogesprek.txt', 'c/09-riyad.txt'],
      );
      const direct = await loadFileIngests(path.join(archive, 'a', 'pijp.txt'), { cache });
      assert.deepEqual(
        direct.map((f) => f.warnings.map((w) => w.rule)),
        [['load/not-a-file']],
      );
    } finally {
      await chmod(path.join(archive, 'b'), 0o000);
    }
  });
});
