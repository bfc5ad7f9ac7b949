/**
 * Who made the page, told by structure (src/ingest/byline.ts, roles in src/data/bylines.json): a
 * name with a press role under the headline is a byline (`segment/byline`), and a closing sentence
 * saying who the maker is is an author bio (`segment/author-bio`). A closing sentence about a person
 * the article is about, or about a source with another role, stays. Fixtures of our own in
 * tests/fixtures/ingest/byline/.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { authorBioName, looksLikeBylineWithRole } from '../../src/ingest/byline.ts';
import { ingestFile } from '../../src/ingest/pipeline.ts';

const DIR = new URL('../fixtures/ingest/byline/', import.meta.url);
const ingest = (file: string) => ingestFile({ file, bytes: readFileSync(new URL(file, DIR)) });
const dropped = (result: ReturnType<typeof ingest>, rule: string) => result.dropped.filter((d) => d.rule === rule).map((d) => d.line);

test('a byline with a press role and a closing author bio are dropped; the headline stays the title', () => {
  const result = ingest('role-byline-and-bio.txt');
  assert.deepEqual(dropped(result, 'segment/byline'), [2]);
  assert.deepEqual(dropped(result, 'segment/author-bio'), [11]);
  assert.equal(result.records[0]?.title, 'Poetin ontvangt Witkoff voor vijf uur durend gesprek');
  assert.equal(result.records[0]?.blocks.length, 3);
  const parenthesised = ingest('parenthesised-role.txt');
  assert.deepEqual(dropped(parenthesised, 'segment/byline'), [2]);
  assert.equal(parenthesised.records[0]?.title, "Blinken: antwoord aan Moskou is 'geen onderhandeling'");
});

test('a closing sentence about the article’s subject or about a source stays', () => {
  for (const [file, blocks] of [
    ['subject-journalist.txt', 4],
    ['source-closing.txt', 3],
  ] as const) {
    const result = ingest(file);
    assert.deepEqual(dropped(result, 'segment/author-bio'), [], file);
    assert.equal(result.records[0]?.blocks.length, blocks, file);
  }
});

test('byline and bio shapes', () => {
  assert.ok(looksLikeBylineWithRole('Jan de Vries, correspondent Moskou'));
  assert.ok(looksLikeBylineWithRole('Anne Smit | politiek verslaggeefster'));
  assert.ok(!looksLikeBylineWithRole('Joe Biden, de onzekere bondgenoot'));
  assert.ok(!looksLikeBylineWithRole('Sergej Lavrov, minister van Buitenlandse Zaken'));
  assert.equal(authorBioName('Jan de Vries is Ruslandcorrespondent.'), 'Jan de Vries');
  assert.equal(authorBioName('Het Kremlin is de zetel van de president.'), null);
  assert.equal(authorBioName('Jan de Vries is correspondent. Hij woont in Moskou.'), null);
});
