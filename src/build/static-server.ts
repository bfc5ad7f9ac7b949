/**
 * The one static file server (tests, benchmarks, `npm run preview`): serves a built site under a
 * path prefix on 127.0.0.1 as a static host does — `index.html` for folders, the site's own
 * `404.html` with status 404 for anything else, gzip for text types (binary postings are sent as
 * they are, as most hosts do with application/octet-stream).
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.bin': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

const REDIRECT = Symbol('add a trailing slash');

/**
 * A URL path under `base` → the file a static host serves for it: `index.html` for a folder, a
 * redirect for a folder named without its trailing slash, null when there is none (or the path
 * is malformed or leaves the root).
 */
export async function resolveToFile(root: string, base: string, pathname: string): Promise<string | typeof REDIRECT | null> {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (!rel.startsWith(base)) return null;
  const top = path.resolve(root);
  const file = path.resolve(top, `.${path.sep}${rel.slice(base.length)}`);
  if (file !== top && !file.startsWith(top + path.sep)) return null;
  try {
    const info = await stat(file);
    if (info.isFile()) return file;
    if (!info.isDirectory()) return null;
    if (!rel.endsWith('/')) return REDIRECT;
    return (await stat(path.join(file, 'index.html'))).isFile() ? path.join(file, 'index.html') : null;
  } catch {
    return null;
  }
}

/** True when `pathname` names a page or file of the site (a folder without its slash counts). */
export async function existsInSite(root: string, base: string, pathname: string): Promise<boolean> {
  return (await resolveToFile(root, base, pathname)) !== null;
}

export interface ServedFile {
  /** Path relative to the site root. */
  path: string;
  /** Body bytes on the wire (gzipped when the client accepted it). */
  sent: number;
  /** Uncompressed size. */
  size: number;
}

export interface StaticServer {
  /** Base URL including the prefix, e.g. `http://127.0.0.1:41234/archief/`. */
  url: string;
  /** Every response so far, in order; the benchmark reads and clears it. */
  log: ServedFile[];
  close(): Promise<void>;
}

/**
 * `preload` folders (relative to root) are read and gzipped up front, so that measured requests
 * cost what a CDN's memory-served response costs, not this process's disk reads and gzip.
 */
export async function serveStatic(root: string, prefix = '/', preload: readonly string[] = [], port = 0): Promise<StaticServer> {
  const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
  const cache = new Map<string, { body: Buffer; gz: Buffer | null }>();
  for (const dir of preload) {
    const entries = await readdir(path.join(root, dir), { recursive: true, withFileTypes: true });
    for (const e of entries) {
      if (!e.isFile()) continue;
      const file = path.join(e.parentPath, e.name);
      const body = await readFile(file);
      cache.set(file, { body, gz: COMPRESSIBLE.has(path.extname(file)) ? gzipSync(body) : null });
    }
  }
  const log: ServedFile[] = [];
  const notFound = async (res: ServerResponse): Promise<void> => {
    try {
      res.writeHead(404, { 'content-type': TYPES['.html'] as string }).end(await readFile(path.join(root, '404.html')));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
      const file = await resolveToFile(root, base, pathname);
      if (file === null) {
        await notFound(res);
        return;
      }
      if (file === REDIRECT) {
        res.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      const rel = path.relative(root, file).split(path.sep).join('/');
      try {
        let entry = cache.get(file);
        if (!entry) {
          const body = await readFile(file);
          const ext = path.extname(file);
          entry = { body, gz: COMPRESSIBLE.has(ext) ? gzipSync(body) : null };
          cache.set(file, entry);
        }
        const ext = path.extname(file);
        const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
        const gzip = entry.gz && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        if (gzip) headers['content-encoding'] = 'gzip';
        const body = gzip && entry.gz ? entry.gz : entry.body;
        headers['content-length'] = String(body.length);
        log.push({ path: rel, sent: body.length, size: entry.body.length });
        res.writeHead(200, headers).end(body);
      } catch {
        await notFound(res);
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${bound}${base}`,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
