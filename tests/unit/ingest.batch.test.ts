import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIngestCache } from '../../src/ingest/cache.ts';
import { IngestFile } from '../../src/ingest/diagnostics.ts';
import { ingestBatch, ingestFile, ingestInto, type SourceFile } from '../../src/ingest/pipeline.ts';
import { corpusSources } from '../../src/bench/corpus.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Every article file of the fixtures: good pages, glued and multi-article files, and the failures (binary, empty, bad YAML, Markdown). */
function fixtureSources(): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(txt|md|markdown)$/i.test(name) && name !== 'README.md') {
        out.push({ file: path.relative(FIXTURES, full).split(path.sep).join('/'), bytes: new Uint8Array(readFileSync(full)) });
      }
    }
  };
  walk(FIXTURES);
  return out;
}

test('a batch gives every file exactly what it gets alone: records, warnings, errors and dropped lines, in order', () => {
  // More files than one batch holds, so batches are crossed; failures sit between good files.
  const sources = [...fixtureSources(), ...corpusSources({ articles: 150, seed: 11 })];
  assert.ok(sources.length > 200, `${sources.length} sources`);
  const failing = sources.filter((s) => ingestFile(s).errors.length > 0).length;
  assert.ok(failing >= 3, `the set holds failing files too (${failing})`);
  const batched = ingestBatch(sources);
  assert.equal(batched.length, sources.length);
  sources.forEach((source, i) => assert.deepEqual(batched[i], ingestFile(source), source.file));
});

test('the explain path (a traced context) and a batch of one agree', () => {
  for (const source of fixtureSources().slice(0, 40)) {
    const traced = ingestInto(source, new IngestFile(source.file, new Map()));
    assert.deepEqual(traced.records, ingestFile(source).records, source.file);
  }
});

test('the cache parses only its misses, as one batch, and hands back results in order', () => {
  const sources = corpusSources({ articles: 90, seed: 3 });
  const cache = createIngestCache({ version: 'batch-test' });
  const firstHalf = sources.slice(0, 45);
  cache.ingestAll(firstHalf);
  assert.equal(cache.stats.misses, 45);
  const all = cache.ingestAll(sources);
  assert.equal(cache.stats.misses, sources.length, 'only the second half was parsed');
  assert.equal(cache.stats.hits, 45);
  sources.forEach((source, i) => assert.deepEqual(all[i], ingestFile(source), source.file));
});

test('a file whose stage throws ends with its own error; the rest of its batch is untouched', () => {
  const sources = corpusSources({ articles: 10, seed: 4 });
  const broken = {
    file: 'broken.txt',
    get bytes(): Uint8Array {
      throw new Error('bytes unavailable');
    },
  };
  const batched = ingestBatch([...sources.slice(0, 5), broken, ...sources.slice(5)]);
  assert.deepEqual(batched[5], {
    file: 'broken.txt',
    records: [],
    warnings: [],
    errors: [{ file: 'broken.txt', line: null, rule: 'ingest/internal', message: 'could not ingest this file: bytes unavailable' }],
    dropped: [],
  });
  const others = [...batched.slice(0, 5), ...batched.slice(6)];
  others.forEach((result, i) => assert.deepEqual(result, ingestFile(sources[i] as SourceFile)));
  assert.ok(others.every((r) => r.records.length > 0));
});
