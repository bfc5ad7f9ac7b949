/**
 * Helpers for the site tests (not a test file itself): build the site into a temp folder,
 * serve it, crawl its links and check XML well-formedness without extra packages.
 */
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Build with the real CLI (as `npm run build` does) into `output`. A child process keeps each
 * build's environment (ARTICLES_DIR, PATH_PREFIX, SITE_URL) and module state separate.
 */
export function buildSite(
  output: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'node_modules/@11ty/eleventy/cmd.cjs', '--config=.eleventy.ts', `--output=${output}`, '--quiet'],
      { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Map a URL path under `prefix` to a file in `dir` (directories → index.html); null when absent. */
export async function resolveToFile(dir: string, prefix: string, urlPath: string): Promise<string | null> {
  if (!urlPath.startsWith(prefix)) return null;
  let rel = decodeURIComponent(urlPath.slice(prefix.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = path.join(dir, rel);
  if (!file.startsWith(dir)) return null;
  try {
    const s = await stat(file);
    if (s.isFile()) return file;
    if (s.isDirectory()) return resolveToFile(dir, prefix, `${urlPath}/`);
  } catch {
    return null;
  }
  return null;
}

/** A tiny static server on 127.0.0.1 (random port); unknown paths get 404.html with status 404. */
export async function serve(dir: string, prefix = '/'): Promise<{ origin: string; server: Server; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    void resolveToFile(dir, prefix, url.pathname).then((file) => {
      const target = file ?? path.join(dir, '404.html');
      res.writeHead(file ? 200 : 404, { 'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream' });
      createReadStream(target).pipe(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface BrokenLink {
  page: string;
  link: string;
}

/** Every href/src in every HTML file must resolve to a file in the output (fragments ignored). */
export async function crawl(dir: string, prefix = '/'): Promise<{ pages: number; links: number; broken: BrokenLink[] }> {
  const files = (await listFiles(dir)).filter((f) => f.endsWith('.html'));
  const broken: BrokenLink[] = [];
  let links = 0;
  const cache = new Map<string, boolean>();
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    const rel = path.relative(dir, file).split(path.sep).join('/');
    const pageUrl = new URL(prefix + rel.replace(/index\.html$/, ''), 'http://site.invalid');
    for (const m of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = (m[1] ?? '').replace(/&amp;/g, '&');
      if (/^(?:[a-z]+:|#)/i.test(raw) && !raw.startsWith('http://site.invalid')) continue;
      links++;
      const target = new URL(raw, pageUrl);
      const key = target.pathname;
      let ok = cache.get(key);
      if (ok === undefined) {
        ok = (await resolveToFile(dir, prefix, key)) !== null;
        cache.set(key, ok);
      }
      if (!ok) broken.push({ page: rel, link: raw });
    }
  }
  return { pages: files.length, links, broken };
}

/**
 * Well-formedness check for generated XML (feed, sitemap): one root, balanced and properly nested
 * tags, quoted attributes, no stray `<` or `&`. Returns the problems found (empty = well-formed).
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  const body = xml.replace(/^\uFEFF?<\?xml[^?]*\?>/, '');
  const token = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of body.matchAll(token)) {
    const [whole, close, name, , selfClose, text, stray] = m;
    if (stray) {
      problems.push(`stray "<" at ${m.index}: ${body.slice(m.index, m.index + 30)}`);
      continue;
    }
    if (text !== undefined) {
      if (stack.length === 0 && text.trim()) problems.push(`text outside the root: ${text.trim().slice(0, 30)}`);
      for (const amp of text.matchAll(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/gi)) {
        problems.push(`bare "&" at ${(m.index ?? 0) + (amp.index ?? 0)}`);
      }
      continue;
    }
    if (!name || whole.startsWith('<!')) continue;
    if (close) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
    } else if (selfClose) {
      if (stack.length === 0) roots++;
    } else {
      if (stack.length === 0) roots++;
      stack.push(name);
    }
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`expected one root element, found ${roots}`);
  return problems;
}
