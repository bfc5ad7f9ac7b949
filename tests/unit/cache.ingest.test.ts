import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cachedIngest, createIngestCache, ingestVersion } from '../../src/ingest/cache.ts';
import { ingestInputs } from '../../src/ingest/version.ts';
import { ingestFile, ingestFiles, type FileIngest, type SourceFile } from '../../src/ingest/pipeline.ts';
import { mergeIngests } from '../../src/ingest/merge.ts';
import { generateCorpus } from '../../src/bench/corpus.ts';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

async function seedSources(): Promise<SourceFile[]> {
  const dir = new URL('../../articles/', import.meta.url);
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  const shipped = await Promise.all(names.map(async (file) => ({ file, bytes: new Uint8Array(await readFile(new URL(file, dir))) })));
  const synthetic = generateCorpus({ articles: 40, seed: 5 }).map((f) => ({ file: f.file, bytes: new TextEncoder().encode(f.text) }));
  return [...shipped, ...synthetic];
}

function counting(): { ingest: (s: SourceFile) => FileIngest; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    ingest: (s) => {
      calls.push(s.file);
      return ingestFile(s);
    },
  };
}

test('an unchanged file is not parsed again; results equal an uncached run', async () => {
  const sources = await seedSources();
  const counter = counting();
  const cache = createIngestCache({ version: 'test', ingest: counter.ingest });
  const first = mergeIngests(cachedIngest(sources, cache));
  assert.equal(counter.calls.length, sources.length);
  const second = mergeIngests(cachedIngest(sources, cache));
  assert.equal(counter.calls.length, sources.length, 'no file parsed twice');
  assert.equal(cache.stats.hits, sources.length);
  const uncached = ingestFiles(sources);
  assert.deepEqual(first, uncached);
  assert.deepEqual(second, uncached);
});

test('a changed file is parsed again, and only that one', async () => {
  const sources = await seedSources();
  const counter = counting();
  const cache = createIngestCache({ version: 'test', ingest: counter.ingest });
  cachedIngest(sources, cache);
  const target = sources[1];
  assert.ok(target);
  const edited = sources.map((s) =>
    s === target
      ? { file: s.file, bytes: new TextEncoder().encode(new TextDecoder().decode(s.bytes).replace('Biden', 'President Biden')) }
      : s,
  );
  const before = counter.calls.length;
  const rebuilt = mergeIngests(cachedIngest(edited, cache));
  assert.deepEqual(counter.calls.slice(before), [target.file]);
  assert.deepEqual(rebuilt, ingestFiles(edited));
  assert.notDeepEqual(rebuilt, ingestFiles(sources));
});

test('the same bytes under another path are a separate entry', () => {
  const counter = counting();
  const cache = createIngestCache({ version: 'test', ingest: counter.ingest });
  const bytes = new TextEncoder().encode(
    'Kop van het artikel\nWASHINGTON (ANP) - De Amerikaanse president Joe Biden sprak met Vladimir Poetin.\n',
  );
  const a = cache.ingest({ file: 'a.txt', bytes });
  const b = cache.ingest({ file: 'b.txt', bytes });
  assert.equal(counter.calls.length, 2);
  assert.equal(a.file, 'a.txt');
  assert.equal(b.file, 'b.txt');
});

test('persisted entries serve a fresh process; another ingest version misses and prunes them', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'kroniek-cache-'));
  try {
    const sources = await seedSources();
    const writer = createIngestCache({ dir, version: 'aaaaaaaaaaaaaaaa' });
    const expected = cachedIngest(sources, writer);
    await writer.flush();
    assert.equal((await readdir(path.join(dir, 'aaaaaaaaaaaaaaaa'))).length, sources.length);

    const counter = counting();
    const reader = createIngestCache({ dir, version: 'aaaaaaaaaaaaaaaa', ingest: counter.ingest });
    assert.deepEqual(cachedIngest(sources, reader), expected);
    assert.equal(counter.calls.length, 0);
    assert.equal(reader.stats.diskHits, sources.length);

    const newer = counting();
    const other = createIngestCache({ dir, version: 'bbbbbbbbbbbbbbbb', ingest: newer.ingest });
    cachedIngest(sources, other);
    assert.equal(newer.calls.length, sources.length);
    await other.flush();
    assert.deepEqual(await readdir(dir), ['bbbbbbbbbbbbbbbb']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the ingest version covers exactly what ingest imports: its modules, record helpers and data files', () => {
  const inputs = ingestInputs().map((f) => path.relative(SRC, f).split(path.sep).join('/'));
  for (const needed of [
    'ingest/pipeline.ts',
    'ingest/noise.ts',
    'record/types.ts',
    'record/text.ts',
    'data/noise.json',
    'data/gazetteer.json',
  ]) {
    assert.ok(inputs.includes(needed), `${needed} is an ingest input`);
  }
  for (const other of inputs.filter((f) => !/^(ingest|record|data)\//.test(f))) assert.fail(`${other} is not ingest's`);
  assert.ok(!inputs.includes('data/milestones.json') && !inputs.includes('data/stopwords-nl.json'));
});

test('editing an ingest data file changes the version; editing a site module does not', async () => {
  const tmp = await mkdtemp(path.join(tmpdir(), 'kroniek-version-'));
  try {
    // Each copy of src/ is a fresh module instance (the version is memoised per process).
    const versionOf = async (name: string, edit?: (dir: string) => Promise<void>): Promise<string> => {
      const dir = path.join(tmp, name);
      await cp(SRC, dir, { recursive: true });
      await edit?.(dir);
      const mod = (await import(pathToFileURL(path.join(dir, 'ingest', 'version.ts')).href)) as { ingestVersion: () => string };
      return mod.ingestVersion();
    };
    const same = await versionOf('same');
    assert.match(same, /^[0-9a-f]{16}$/);
    assert.equal(same, ingestVersion(), 'the hash depends on content and relative paths only');
    const site = await versionOf('site', (dir) => appendFile(path.join(dir, 'site', 'layout.ts'), '\n// edited\n'));
    assert.equal(site, same);
    const noise = await versionOf('noise', (dir) => appendFile(path.join(dir, 'data', 'noise.json'), '\n'));
    assert.notEqual(noise, same);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
});
