/**
 * The folders are the pipeline's layers (README, "How it works"): records flow
 * data → record → ingest → site / search → client / build → cli / bench, and an import may only
 * point down that list. Also no import cycle between any two modules.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = path.join(ROOT, 'src');

/** A folder may import from folders of a lower rank only; equal ranks do not import each other. */
const RANK: Record<string, number> = {
  data: 0,
  record: 1,
  ingest: 2,
  site: 3,
  search: 3,
  client: 4,
  build: 5,
  cli: 6,
  bench: 6,
};

const IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]|new URL\(\s*['"](\.{1,2}\/[^'"]+\.ts)['"]/g;

function sourceFiles(): string[] {
  return readdirSync(SRC, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => path.resolve(path.dirname(file), (m[1] ?? m[2]) as string));
}

const folderOf = (file: string): string => path.relative(SRC, file).split(path.sep)[0] as string;

const files = sourceFiles();
const graph = new Map(files.map((f) => [f, importsOf(f)]));

test('every folder under src/ has a rank, and the README names each one', () => {
  const folders = new Set(files.map(folderOf));
  folders.add('data');
  assert.deepEqual([...folders].sort(), Object.keys(RANK).sort());
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const diagram = readme.slice(readme.indexOf('## How it works'), readme.indexOf('## Commands'));
  for (const folder of folders) assert.match(diagram, new RegExp(`src/${folder}/`), `README diagram names src/${folder}/`);
});

test('imports between folders only point down the layers', () => {
  const edges = new Set<string>();
  for (const [file, targets] of graph) {
    for (const target of targets) {
      if (!target.startsWith(SRC)) continue;
      const from = folderOf(file);
      const to = folderOf(target);
      if (from === to) continue;
      edges.add(`${from} → ${to}`);
      assert.ok(
        (RANK[to] ?? 99) < (RANK[from] ?? -1),
        `${path.relative(ROOT, file)} imports ${path.relative(ROOT, target)}: ${from} may not depend on ${to}`,
      );
    }
  }
  assert.ok(edges.size > 5, 'the graph was read');
});

test('no import cycle between modules', () => {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      const cycle = stack.slice(stack.indexOf(file)).map((f) => path.relative(ROOT, f));
      assert.fail(`import cycle: ${[...cycle, path.relative(ROOT, file)].join(' → ')}`);
    }
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file) ?? []) if (graph.has(target)) visit(target);
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file);
});
