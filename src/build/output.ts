/**
 * The output folder is exactly what the last complete build made. A build writes into a staging
 * folder beside it (`_site.tmp-<pid>`) and swaps it in only when complete, so an interrupted or
 * failed build leaves the previous site as it was, and pages no record needs any more are simply
 * not there. A lock file beside it (`_site.lock`, holding the builder's pid) turns a second build
 * into the same folder away with one line instead of two builds mixing their files.
 */
import { spawn } from 'node:child_process';
import { linkSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The build cannot start (its output is locked); the message is the one line to print. */
export class OutputBusy extends Error {
  override name = 'OutputBusy';
}

const lockFile = (output: string): string => `${path.resolve(output)}.lock`;
export const stagingDir = (output: string, pid = process.pid): string => `${path.resolve(output)}.tmp-${pid}`;
const previousDir = (output: string, pid = process.pid): string => `${path.resolve(output)}.old-${pid}`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it just belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Creates `file` holding this pid, complete or not at all: written aside, then hard-linked into place. */
function createLockFile(file: string): boolean {
  const temp = `${file}.${process.pid}.new`;
  writeFileSync(temp, `${process.pid}\n`);
  try {
    linkSync(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

export class OutputLock {
  private released = false;
  private constructor(
    readonly file: string,
    readonly output: string,
  ) {}

  /**
   * Takes the lock of `output`, or throws OutputBusy naming the build that holds it. A lock whose
   * process is gone (a build that was killed) is stale and taken over.
   */
  static acquire(output: string): OutputLock {
    const file = lockFile(output);
    const busy = (pid: number): OutputBusy =>
      new OutputBusy(
        `another build (pid ${pid}) is writing ${path.resolve(output)}; wait for it to finish, or remove ${file} if no build is running`,
      );
    for (let attempt = 0; attempt < 5; attempt++) {
      if (createLockFile(file)) return new OutputLock(file, path.resolve(output));
      const holder = readPid(file);
      if (holder !== null && isAlive(holder)) throw busy(holder);
      // Stale: moved aside first, so that of two builds finding it only one removes it.
      const aside = `${file}.stale-${process.pid}`;
      try {
        renameSync(file, aside);
      } catch {
        continue;
      }
      const moved = readPid(aside);
      if (moved !== null && moved !== holder && isAlive(moved)) {
        // Another build took the stale lock in between: that lock was live; put it back.
        try {
          linkSync(aside, file);
        } catch {}
        rmSync(aside, { force: true });
        throw busy(moved);
      }
      rmSync(aside, { force: true });
    }
    throw busy(readPid(file) ?? 0);
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    if (readPid(this.file) === process.pid) rmSync(this.file, { force: true });
  }

  /**
   * Leftovers of builds that were killed: staging folders are removed; a previous site set aside
   * just before a swap that never finished is put back if the output is missing. Only ever called
   * with the lock held, so no live build owns them.
   */
  cleanLeftovers(): void {
    const dir = path.dirname(this.output);
    const base = path.basename(this.output);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    let outputExists = names.includes(base);
    for (const name of names) {
      const m = /^(.*)\.(tmp|old)-(\d+)(?:-discarded)?$/.exec(name);
      if (!m || m[1] !== base || Number(m[3]) === process.pid) continue;
      const full = path.join(dir, name);
      if (m[2] === 'old' && !outputExists) {
        renameSync(full, this.output);
        outputExists = true;
      } else rmSync(full, { recursive: true, force: true });
    }
  }
}

/** A fresh, empty staging folder for `output`. */
export async function prepareStaging(output: string): Promise<string> {
  const staging = stagingDir(output);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  return staging;
}

/**
 * Removes a folder in a process of its own that outlives this one: deleting a 10,000-article site
 * takes seconds of disk work nobody needs to wait for. A leftover is removed by the next build.
 */
function removeInBackground(dir: string): void {
  const child = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir], {
    detached: true,
    stdio: 'ignore',
  });
  child.on('error', () => rmSync(dir, { recursive: true, force: true }));
  child.unref();
}

/**
 * Throws away an unfinished staging folder, also from a signal handler while the archive worker
 * may still be writing into it: renamed first (atomic, so nothing half-deleted is ever mistaken for
 * a site), then removed by a process that outlives this one; a leftover goes with the next build.
 */
export function discardStaging(staging: string): void {
  const discarded = `${staging}-discarded`;
  try {
    renameSync(staging, discarded);
  } catch {
    return; // already swapped in, or never made
  }
  removeInBackground(discarded);
}

/** Swaps the finished staging folder in for `output` (two renames); the previous site is removed in the background. */
export async function swapIn(staging: string, output: string): Promise<void> {
  const target = path.resolve(output);
  const old = previousDir(output);
  let hadPrevious = true;
  try {
    await rename(target, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    hadPrevious = false;
  }
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadPrevious) await rename(old, target);
    throw error;
  }
  if (hadPrevious) removeInBackground(old);
}

export interface SiteChanges {
  /** HTML pages new, different or gone compared with the previous site, and how many there are now. */
  added: number;
  changed: number;
  removed: number;
  pages: number;
}

/** Page hashes of the site last swapped in, by relative path: `_site.pages.json`, beside the site, not in it. */
interface PageManifest {
  /** The output folder's inode: a manifest describes the folder it was written for, not a later one. */
  inode: number;
  pages: Record<string, string>;
}

const manifestFile = (output: string): string => `${path.resolve(output)}.pages.json`;

async function readManifest(output: string): Promise<Map<string, string> | null> {
  try {
    const manifest = JSON.parse(await readFile(manifestFile(output), 'utf8')) as PageManifest;
    return manifest.inode === (await stat(output)).ino ? new Map(Object.entries(manifest.pages)) : null;
  } catch {
    return null;
  }
}

/** Records the page hashes of the site now in `output`, for the next build's report. */
export async function writeManifest(output: string, pages: ReadonlyMap<string, string>): Promise<void> {
  const file = manifestFile(output);
  const manifest: PageManifest = { inode: (await stat(output)).ino, pages: Object.fromEntries(pages) };
  // Written aside and renamed: a build stopped half-way never leaves half a manifest.
  await writeFile(`${file}.${process.pid}`, JSON.stringify(manifest));
  await rename(`${file}.${process.pid}`, file);
}

async function listRelative(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

const isPage = (rel: string): boolean => rel.endsWith('.html');

/**
 * What a swap of `next` in for `previous` changes, page by page. `hashes`: every page of `next`
 * with its hash, by relative path (src/build/page-hashes.ts), so `next` is not even listed; with the
 * manifest of the previous build nothing is read, without one (a site from before manifests, or
 * from watch mode) pages present in both are compared byte by byte.
 */
export async function compareSites(previous: string, next: string, hashes: ReadonlyMap<string, string>): Promise<SiteChanges> {
  const known = await readManifest(previous);
  const old = new Set((known ? [...known.keys()] : await listRelative(previous)).filter(isPage));
  const changes: SiteChanges = { added: 0, changed: 0, removed: 0, pages: hashes.size };
  for (const [rel, hash] of hashes) {
    if (!old.delete(rel)) changes.added++;
    else if (known ? known.get(rel) !== hash : !(await readFile(path.join(previous, rel))).equals(await readFile(path.join(next, rel)))) {
      changes.changed++;
    }
  }
  changes.removed = old.size;
  return changes;
}
