/**
 * A minimal static file server for the search browser test and benchmark: serves a built site
 * under a path prefix on 127.0.0.1 and gzips text types the way static hosts do (binary
 * postings are sent as they are, as most hosts do with application/octet-stream).
 */
import { createServer, type Server } from 'node:http';
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
export async function serveStatic(root: string, prefix = '/', preload: readonly string[] = []): Promise<StaticServer> {
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
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let rel = decodeURIComponent(url.pathname);
      if (!rel.startsWith(base)) {
        res.writeHead(404).end('not found');
        return;
      }
      rel = rel.slice(base.length);
      let file = path.resolve(root, rel);
      if (!file.startsWith(path.resolve(root))) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
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
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
