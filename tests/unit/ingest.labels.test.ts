/**
 * A page label in a headline's place: on a page without a headline the line right above the text
 * is often the outlet's or programme's name, a section or a byline label. It is never the title;
 * a short real headline (a verb, or a name of the gazetteer) still is. Fixtures in
 * tests/fixtures/ingest/labels/, written for this rule in the styles of other outlets.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { looksLikeLabel } from '../../src/ingest/headline.ts';
import { ingestFile } from '../../src/ingest/pipeline.ts';

const DIR = new URL('../fixtures/ingest/labels/', import.meta.url);
const ingest = (file: string) => ingestFile({ file, bytes: readFileSync(new URL(file, DIR)) }).records;

test('a label line above the text is not the title: the title is derived from the lede', () => {
  const cases: [string, string, string][] = [
    ['broadcaster-program-label.txt', 'Radio 1 Journaal', 'De Verenigde Staten roepen alle Amerikanen op'],
    ['byline-label.txt', 'Van onze correspondent', 'President Joe Biden heeft dinsdag'],
    ['search-box-label.txt', 'Zoek in nieuws', 'Een dag na de top in Alaska'],
    ['regional-station-labels.txt', 'Omroep West', 'De Amerikaanse minister van Buitenlandse Zaken'],
  ];
  for (const [file, label, lede] of cases) {
    const [record, ...rest] = ingest(file);
    assert.equal(rest.length, 0, file);
    assert.ok(record, file);
    assert.equal(record.titleSource, 'derived', `${file}: "${record.title}"`);
    assert.ok(!record.title.includes(label), `${file}: "${record.title}"`);
    assert.ok(record.lede.startsWith(lede), `${file}: ${record.lede.slice(0, 60)}`);
    assert.ok(!record.blocks.some((b) => b.text.includes(label)), `${file}: the label stays out of the body`);
  }
});

test('a short real headline stays the title: a verb, or a name of the gazetteer', () => {
  const cases: [string, string][] = [
    ['short-verb-headline.txt', 'Rusland slaat terug'],
    ['verbless-entity-headline.txt', 'Blinken in Kiev'],
  ];
  for (const [file, title] of cases) {
    const [record] = ingest(file);
    assert.equal(record?.title, title, file);
    assert.equal(record?.titleSource, 'headline', file);
  }
});

test('looksLikeLabel: short, verb-less, nameless lines only', () => {
  for (const label of ['Nieuws & Achtergrond', 'NPO Radio 1', 'Van onze verslaggever', 'Buitenland', 'Meer video']) {
    assert.ok(looksLikeLabel(label), label);
  }
  for (const headline of [
    'Poetin waarschuwt Biden',
    'Witkoff in Moskou',
    'Geen doorbraak in Genève',
    'Trump belt Zelensky',
    'Oorlog in Oekraïne',
    'Sancties treffen Russische banken hard',
  ]) {
    assert.ok(!looksLikeLabel(headline), headline);
  }
});
