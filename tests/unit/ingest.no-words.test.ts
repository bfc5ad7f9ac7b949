/**
 * A line without a word — reaction bars and counters of a channel copy, scene breaks — is dropped
 * as `segment/no-words`, whatever its symbols; a one-word quotation and a date stamp are not.
 * Fixtures of our own in tests/fixtures/ingest/no-words/.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ingestFile } from '../../src/ingest/pipeline.ts';

const DIR = new URL('../fixtures/ingest/no-words/', import.meta.url);
const ingest = (file: string) => ingestFile({ file, bytes: readFileSync(new URL(file, DIR)) });
const wordless = (result: ReturnType<typeof ingest>) =>
  result.dropped.filter((d) => d.rule === 'segment/no-words').map((d) => [d.line, d.text]);

test('reaction bars between the posts of a channel copy are dropped, the posts kept', () => {
  const result = ingest('channel-reactions.txt');
  assert.deepEqual(wordless(result), [
    [5, '❤️ 1,2K   👍 856   😢 97'],
    [9, '👍 2,3K 🔥 310'],
  ]);
  const texts = result.records[0]?.blocks.map((b) => b.text.slice(0, 12)) ?? [];
  for (const post of ['Rubio en Lav', 'Kiev was nie', 'Het Kremlin ']) assert.ok(texts.includes(post), post);
  assert.ok(!texts.some((t) => /\d/.test(t)));
});

test('scene breaks go; a one-word quotation stays', () => {
  const result = ingest('scene-breaks.txt');
  assert.deepEqual(wordless(result), [
    [5, '* * *'],
    [9, '—'],
  ]);
  assert.ok(result.records[0]?.blocks.some((b) => b.text === '"Nee."'));
  assert.equal(result.records[0]?.blocks.length, 4);
});

test('a date stamp without letters is still a date, not a wordless line', () => {
  const text =
    'Blinken in Kiev\n24-02-2022\nMinister Blinken is donderdag onverwacht in Kiev aangekomen voor overleg met president Zelensky.\n';
  const result = ingestFile({ file: 'stamp.txt', bytes: Buffer.from(text) });
  assert.equal(result.records[0]?.date, '2022-02-24');
  assert.deepEqual(wordless(result), []);
});
