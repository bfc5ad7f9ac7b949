/**
 * Helpers for the site tests (not a test file itself): build the site into a temp folder,
 * serve it, crawl its links and check XML well-formedness without extra packages.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { REPO_ROOT, runEleventy, type EleventyResult } from '../../src/build/eleventy-command.ts';
import { existsInSite, serveStatic } from '../../src/build/static-server.ts';

export const repoRoot = REPO_ROOT;
/** The small archive the build, deploy, publish, watch and browser tests build. */
export const SITE_ARTICLES = path.join(REPO_ROOT, 'tests/fixtures/site/articles');

/** Build with the real command (src/build/eleventy-command.ts, as `npm run build`) into `output`. */
export function buildSite(output: string, env: Record<string, string>): Promise<EleventyResult> {
  return runEleventy({ output, env });
}

export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** The site served as a static host serves it (src/build/static-server.ts), on 127.0.0.1. */
export async function serve(dir: string, prefix = '/'): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = await serveStatic(dir, prefix);
  return { origin: new URL(server.url).origin, close: () => server.close() };
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
        ok = await existsInSite(dir, prefix, key);
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
  const token =
    /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
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

/** Errors of a strict, conformant XML 1.0 parser (saxes: well-formedness and legal characters); empty when well-formed. */
export function strictXmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => errors.push(e.message));
  parser.write(xml).close();
  return errors;
}
