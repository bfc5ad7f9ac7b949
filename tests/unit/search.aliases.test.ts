import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { parseGazetteer } from '../../src/ingest/gazetteer.ts';
import { loadArchive } from '../../src/ingest/load.ts';
import { aliasTable } from '../../src/search/aliases.ts';
import { buildSearchIndex } from '../../src/search/build.ts';
import type { VocabShard } from '../../src/search/format.ts';

const table = aliasTable();

test('gazetteer spellings point at the archive spelling: a surname, a place, or a two-word phrase', () => {
  assert.equal(table.get('putin'), 'poetin');
  assert.equal(table.get('zelensky'), 'zelenski');
  assert.equal(table.get('volodymyr'), 'volodimir', 'word by word in a full-name alias');
  assert.equal(table.get('kyiv'), 'kiev');
  assert.equal(table.get('nato'), 'navo');
  assert.equal(table.get('amerika'), 'verenigde staten');
  assert.equal(table.get('saudi'), 'saoedi', 'one word of a two-word place, spelt alike');
});

test('no alias where a word is not a spelling of the name', () => {
  // `Groot-Brittannië` is not `Verenigd Koninkrijk` word for word; a number is no spelling.
  assert.equal(table.has('groot'), false);
  assert.equal(table.has('20'), false);
  for (const canonical of ['poetin', 'kiev', 'biden', 'navo']) assert.equal(table.has(canonical), false, canonical);
});

test('a word two entries claim differently is left out', () => {
  const t = aliasTable(
    parseGazetteer({
      people: [
        { name: 'Anna Alfa', role: 'x', country: 'NL', aliases: ['Beta'] },
        { name: 'Bert Gamma', role: 'x', country: 'NL', aliases: ['Beta'] },
        { name: 'Carla Delta', role: 'x', country: 'NL', aliases: ['Deltaa'] },
      ],
      places: [],
      organisations: [],
    }),
  );
  assert.deepEqual([...t], [['deltaa', 'delta']]);
});

test('the index ships an alias only where the archive writes the target more than the alias', async () => {
  const seeds = (await loadArchive(path.resolve(import.meta.dirname, '../../articles'))).records;
  const files = buildSearchIndex(seeds);
  const vocab = (key: string): VocabShard => JSON.parse(String(files.get(`v/${key}.json`))) as VocabShard;
  assert.equal(vocab('p').aliases?.putin, 'poetin');
  assert.equal(vocab('k').aliases?.kyiv, 'kiev');
  // `Amerikaanse` (from `Amerikaanse Congres`) is a word the archive uses far more than `amerikaans`.
  assert.equal(table.get('amerikaanse'), 'amerikaans');
  assert.equal(vocab('a').aliases?.amerikaanse, undefined);
  // Targets the archive does not hold are not shipped.
  assert.equal(vocab('s').aliases?.shoigu, undefined);
});
