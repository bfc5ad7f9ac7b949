/**
 * Copies of social-media posts carry the account's handle on a line of its own (`@nos`,
 * `@rtlnieuws.bsky.social`, `u/naam`), alone or among page facts (`@nos · 2 u`): a handle is
 * never the headline or text (`noise/account-handle`), and prose that opens on one stays. An
 * embedded post's label (`— Naam (@handle) datum`) and a `Tekst gaat verder onder de video` line
 * between paragraphs go too (`noise/social-embed`, `noise/continues-below`).
 * Fixtures of our own in tests/fixtures/ingest/social/.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ingestFile } from '../../src/ingest/pipeline.ts';

const DIR = new URL('../fixtures/ingest/social/', import.meta.url);
const ingest = (file: string) => ingestFile({ file, bytes: readFileSync(new URL(file, DIR)) });

test('a handle on its own line is dropped and the post’s headline is the title', () => {
  const result = ingest('bluesky-copy.txt');
  assert.deepEqual(
    result.dropped.filter((d) => d.rule === 'noise/account-handle').map((d) => [d.line, d.text]),
    [[2, '@rtlnieuws.bsky.social']],
  );
  assert.equal(result.records[0]?.title, "Witkoff en Kushner na vijf uur terug uit het Kremlin: 'Nuttig gesprek'");
  assert.equal(result.records[0]?.blocks.length, 2);
});

test('a handle among page facts goes; a sentence that opens on a handle stays', () => {
  const result = ingest('threads-copy-handle-in-text.txt');
  const [record] = result.records;
  assert.equal(record?.title, "Blinken: 'Rusland heeft nog niets teruggetrokken'");
  assert.ok(!record?.blocks.some((b) => b.text.startsWith('@nos')));
  assert.ok(record?.blocks.some((b) => b.text.startsWith('@NOS vroeg het Pentagon')));
});

test('embed labels and a continues-below line between paragraphs go; prose with a handle or about a story stays', () => {
  const result = ingest('embeds-in-text.txt');
  assert.deepEqual(
    result.dropped.filter((d) => d.rule === 'noise/social-embed' || d.rule === 'noise/continues-below').map((d) => [d.line, d.rule]),
    [
      [6, 'noise/social-embed'],
      [10, 'noise/social-embed'],
      [12, 'noise/continues-below'],
    ],
  );
  const texts = result.records[0]?.blocks.map((b) => b.text) ?? [];
  assert.equal(texts.length, 4);
  assert.ok(texts.some((t) => t.startsWith('Zelensky (@ZelenskyyUa) schreef')));
  assert.ok(texts.some((t) => t.startsWith('Het verhaal gaat verder dan Oekraïne')));
});
