/**
 * Trailing furniture: what follows an article's last sentence and ends none itself (teaser
 * headlines, labels, tags, a byline, a heading with nothing under it) is dropped by structure,
 * whatever its wording; so is everything from a run of two such lines on, when nothing of article
 * length follows (a closing bio). A subheading between paragraphs stays, and so do a list inside the
 * text and a last paragraph that ends on a quotation. Fixtures of our own in
 * tests/fixtures/ingest/trailing/.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ingestFile } from '../../src/ingest/pipeline.ts';

const DIR = new URL('../fixtures/ingest/trailing/', import.meta.url);
const ingest = (file: string) => ingestFile({ file, bytes: readFileSync(new URL(file, DIR)) });

test('teaser headlines and labels after the last sentence are dropped, each reported with its line', () => {
  const result = ingest('wire-teasers-after.txt');
  const [record, ...rest] = result.records;
  assert.equal(rest.length, 0);
  assert.deepEqual(
    record?.blocks.map((b) => b.type),
    ['paragraph', 'paragraph', 'paragraph'],
  );
  const dropped = result.dropped.filter((d) => d.rule === 'segment/trailing-furniture');
  assert.deepEqual(
    dropped.map((d) => [d.line, d.text]),
    [
      [4, 'Veiligheid in Europa'],
      [5, 'Rjabkov, Sherman en de NAVO'],
      [6, 'Zo ziet de Russische troepenopbouw eruit'],
      [7, 'Dossier Oekraïne'],
    ],
  );
});

test('a subheading between paragraphs stays; a label after the last sentence goes', () => {
  const [record] = ingest('subheading-and-byline.txt').records;
  assert.deepEqual(
    record?.blocks.map((b) => [b.type, b.text.slice(0, 20)]),
    [
      ['paragraph', 'De Amerikaanse presi'],
      ['heading', 'Waarschuwing'],
      ['paragraph', 'Biden waarschuwde Po'],
      ['paragraph', 'Het Kremlin reageerd'],
    ],
  );
});

test('a last paragraph that ends on a quotation is the article, not furniture', () => {
  const result = ingest('ends-on-quote.txt');
  const [record] = result.records;
  assert.equal(record?.blocks.length, 2);
  assert.ok(record?.blocks[1]?.text.endsWith('antwoord op een escalatie."'));
  assert.deepEqual(
    result.dropped.filter((d) => d.rule === 'segment/trailing-furniture'),
    [],
  );
});

test('a page of labels only keeps them for the no-article verdict: nothing is trimmed without a sentence before it', () => {
  const result = ingest('only-labels.txt');
  assert.deepEqual(result.records, []);
  assert.ok(result.dropped.some((d) => d.rule === 'ingest/no-prose'));
  assert.ok(!result.dropped.some((d) => d.rule === 'segment/trailing-furniture'));
});

test('two lines that end no sentence, with nothing of article length after them, end the article: a closing bio goes too', () => {
  const result = ingest('run-then-prompt.txt');
  const [record] = result.records;
  assert.equal(record?.blocks.length, 2);
  assert.deepEqual(
    result.dropped.filter((d) => d.rule === 'segment/trailing-furniture').map((d) => d.line),
    [8, 10, 12],
  );
});

test('a list inside the text stays: paragraphs of article length follow it, or its items are list items', () => {
  assert.deepEqual(
    ingest('list-in-text.txt').records[0]?.blocks.map((b) => b.type),
    ['paragraph', 'heading', 'heading', 'heading', 'paragraph'],
  );
  const atEnd = ingest('list-at-end.txt');
  assert.equal(atEnd.records[0]?.blocks.length, 4);
  assert.ok(atEnd.records[0]?.blocks[3]?.text.startsWith('Washington reageert'));
  assert.deepEqual(
    atEnd.dropped.filter((d) => d.rule === 'segment/trailing-furniture'),
    [],
  );
});
