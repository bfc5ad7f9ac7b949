/**
 * Between paragraphs, a caption may end on a full stop: a verb-less short line with a phrase about
 * the picture itself (`(rechts)`, `archiefbeeld`) is still a caption (`segment/caption`). A sentence
 * with an event phrase and a past-tense verb (`…, meldden diplomaten na afloop.`), prose about a
 * photo and a verb-less short paragraph without such a phrase stay. Fixtures of our own in
 * tests/fixtures/ingest/caption-stop/.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ingestFile } from '../../src/ingest/pipeline.ts';

const DIR = new URL('../fixtures/ingest/caption-stop/', import.meta.url);
const ingest = (file: string) => ingestFile({ file, bytes: readFileSync(new URL(file, DIR)) });
const captions = (result: ReturnType<typeof ingest>) => result.dropped.filter((d) => d.rule === 'segment/caption').map((d) => d.line);

test('a caption ending on a full stop between paragraphs is set aside', () => {
  const result = ingest('caption-with-stop.txt');
  assert.deepEqual(captions(result), [6, 10]);
  assert.equal(result.records[0]?.blocks.length, 3);
});

test('short paragraphs of text stay, also with an event phrase or a photo in them', () => {
  const result = ingest('short-paragraphs-stay.txt');
  assert.deepEqual(captions(result), []);
  assert.equal(result.records[0]?.blocks.length, 6);
});
