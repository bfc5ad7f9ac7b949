/**
 * Worker threads running TypeScript modules, bundled to one JavaScript file by esbuild first.
 * Node 20 does not pass tsx's loader hooks on to a worker, and registering tsx inside the worker
 * took ~1.5 s of CPU (tsx itself, then every module through its hooks); a bundle loads in ~0.1 s,
 * which is what lets the build hand ingest and publishing to a worker at any archive size.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build, type Plugin } from 'esbuild';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** The conventional home of tool caches: ignored by git, removed with node_modules. */
const CACHE_DIR = path.join(REPO, 'node_modules', '.cache', 'kroniek');

/** Spelled in parts so that the plugin below does not rewrite this file's own mentions of it. */
const MODULE_URL = ['import', 'meta', 'url'].join('.');

// Bundled CommonJS dependencies (gray-matter, js-yaml) call require() for Node built-ins.
const REQUIRE_SHIM = `import { createRequire as __kroniekCreateRequire } from 'node:module'; const require = __kroniekCreateRequire(${MODULE_URL});`;

/**
 * Modules find their data and sibling workers relative to `import.meta.url`; in a bundle that
 * would be the bundle's own URL, so each module's own source URL is written in its place.
 */
const keepModuleUrls: Plugin = {
  name: 'kroniek-keep-module-urls',
  setup(bundler) {
    bundler.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(MODULE_URL)) return undefined;
      return { contents: source.replaceAll(MODULE_URL, JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

const bundles = new Map<string, Promise<string>>();

/** What a bundle was made from: every input file (sources and packages) with a hash of its bytes. */
interface BundleManifest {
  /** The repository it was made in: module URLs in the bundle are absolute paths. */
  root: string;
  bundle: string;
  inputs: Record<string, string>;
}

const hashFile = async (file: string): Promise<string> =>
  createHash('sha1')
    .update(await readFile(file))
    .digest('hex');

/** The bundle of a previous process, if none of its inputs changed since (checking takes ~20 ms, bundling ~1 s). */
async function reusable(manifestFile: string): Promise<string | null> {
  try {
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as BundleManifest;
    const bundle = path.join(CACHE_DIR, manifest.bundle);
    if (manifest.root !== REPO || !existsSync(bundle)) return null;
    const inputs = Object.entries(manifest.inputs);
    const same = await Promise.all(inputs.map(async ([file, hash]) => (await hashFile(path.join(REPO, file))) === hash));
    return inputs.length > 0 && same.every(Boolean) ? bundle : null;
  } catch {
    return null;
  }
}

async function writeAtomically(file: string, contents: string | Uint8Array): Promise<void> {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, contents);
  await rename(temp, file);
}

/**
 * The entry module bundled to `node_modules/.cache/kroniek/<name>-<path hash>-<hash>.mjs`: made once per
 * process, or reused from an earlier process when none of its inputs changed. Named by the hash
 * of its contents and written by rename: builds running side by side never read a half-written
 * bundle.
 */
export function bundleWorker(entry: URL): Promise<string> {
  let bundle = bundles.get(entry.href);
  if (!bundle) {
    bundle = (async () => {
      // Named by the entry's file name, and its path, since two entries may share a file name.
      const name = `${path.basename(entry.pathname).replace(/\.ts$/, '')}-${createHash('sha1').update(entry.href).digest('hex').slice(0, 8)}`;
      const manifestFile = path.join(CACHE_DIR, `${name}.json`);
      const previous = await reusable(manifestFile);
      if (previous) return previous;
      const result = await build({
        entryPoints: [fileURLToPath(entry)],
        absWorkingDir: REPO,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        write: false,
        metafile: true,
        banner: { js: REQUIRE_SHIM },
        plugins: [keepModuleUrls],
        // esbuild runs its own binary, so it cannot be bundled: left as an import.
        external: ['esbuild'],
        logLevel: 'warning',
      });
      const code = result.outputFiles[0]?.contents;
      if (!code) throw new Error(`esbuild produced no bundle for ${entry.pathname}`);
      const file = path.join(CACHE_DIR, `${name}-${createHash('sha1').update(code).digest('hex').slice(0, 16)}.mjs`);
      await mkdir(CACHE_DIR, { recursive: true });
      if (!existsSync(file)) await writeAtomically(file, code);
      const inputs: Record<string, string> = {};
      // Input paths are relative to absWorkingDir (the repository).
      for (const input of Object.keys(result.metafile.inputs)) inputs[input] = await hashFile(path.join(REPO, input));
      const manifest: BundleManifest = { root: REPO, bundle: path.basename(file), inputs };
      await writeAtomically(manifestFile, JSON.stringify(manifest));
      // Bundles of older sources are never used again (a worker already started keeps its code).
      for (const old of await readdir(CACHE_DIR)) {
        if (old.startsWith(`${name}-`) && old.endsWith('.mjs') && old !== manifest.bundle)
          await rm(path.join(CACHE_DIR, old), { force: true });
      }
      return file;
    })();
    bundles.set(entry.href, bundle);
    // A failed bundle is retried by the next caller instead of failing forever.
    bundle.catch(() => bundles.delete(entry.href));
  }
  return bundle;
}

/**
 * The stack a worker gets, in MB, so that JavaScript in it may recurse exactly as deep as on the
 * main thread: V8's default there is 984 KB (or --stack-size), and Node keeps 192 KB of a worker's
 * stack for itself. Workers default to 4 MB, where a front-matter block nested a few thousand
 * deep parsed fine, while the same file was a YAML error on the main thread and in the CLI; the
 * build must give every file the same verdict wherever it runs.
 */
export function mainThreadStackMb(execArgv: readonly string[] = process.execArgv): number {
  const flag = execArgv.map((a) => /^--stack[-_]size=(\d+)$/.exec(a)?.[1]).find((v) => v !== undefined);
  return (Number(flag ?? 984) + 192) / 1024;
}

export async function startBundledWorker(entry: URL, workerData?: unknown): Promise<Worker> {
  return new Worker(pathToFileURL(await bundleWorker(entry)), { workerData, resourceLimits: { stackSizeMb: mainThreadStackMb() } });
}
