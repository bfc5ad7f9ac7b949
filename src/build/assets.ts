/**
 * The site's static files: public/ (copied to /assets/) and the bundled search client, written
 * into the output by each build, with a content version per file for their URLs
 * (src/build/links.ts). Read once per build, so an edited stylesheet gets a new version in watch mode.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AssetVersions } from './links.ts';
import { bundleClient } from './search-plugin.ts';
import { writeFiles } from './search-files.ts';

export const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

/** The client's entry script: it passes its own `?v=` on to the UI, worker and CSS it loads. */
const CLIENT_ENTRY = 'assets/js/search-boot.js';

const versionOf = (...parts: Uint8Array[]): string => {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p);
  return hash.digest('hex').slice(0, 10);
};

/** public/x → `assets/x`, with contents. */
async function readPublic(): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const entry of await readdir(PUBLIC_DIR, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(`assets/${path.relative(PUBLIC_DIR, full).split(path.sep).join('/')}`, new Uint8Array(await readFile(full)));
  }
  return files;
}

/** URL → version for every file; the client entry is versioned by the whole client it loads. */
export function assetVersions(files: ReadonlyMap<string, Uint8Array>, client: ReadonlyMap<string, Uint8Array>): Map<string, string> {
  const versions = new Map<string, string>();
  for (const [rel, bytes] of files) versions.set(`/${rel}`, versionOf(bytes));
  const clientFiles = [...client.keys()].sort().map((k) => client.get(k) as Uint8Array);
  if (client.has(CLIENT_ENTRY)) versions.set(`/${CLIENT_ENTRY}`, versionOf(...clientFiles));
  return versions;
}

interface Prepared {
  files: Map<string, Uint8Array>;
  versions: AssetVersions;
}

export class SiteAssets {
  private current: Promise<Prepared> | null = null;

  /** Starts reading public/ and bundling the client for the next build (esbuild runs in its own process). */
  start(): void {
    this.current = (async () => {
      const [own, client] = await Promise.all([readPublic(), bundleClient()]);
      const files = new Map([...own, ...client]);
      return { files, versions: assetVersions(files, client) };
    })();
    this.current.catch(() => undefined);
  }

  async versions(): Promise<AssetVersions> {
    return (await this.prepared()).versions;
  }

  async write(outputDir: string): Promise<void> {
    await writeFiles(outputDir, (await this.prepared()).files);
  }

  private prepared(): Promise<Prepared> {
    if (!this.current) this.start();
    return this.current as Promise<Prepared>;
  }
}
