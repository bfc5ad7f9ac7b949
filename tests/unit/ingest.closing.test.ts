/**
 * The outlet's own voice after the text — a support appeal, a closed-liveblog note, a note on how a
 * summary was made, a question put to the reader — is dropped by shape and position
 * (`segment/closing-address`), with no keyword: a short closing paragraph that opens on the page
 * speaking about itself or on a yes/no question to the reader, or whose last sentence opens on an
 * imperative, quoting and reporting nobody. A real short last paragraph, a column's generic `je`, a
 * quoted imperative and a short piece stay. Fixtures of our own in tests/fixtures/ingest/closing/.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ingestFile } from '../../src/ingest/pipeline.ts';
import { addressesReader } from '../../src/ingest/prompt.ts';

const DIR = new URL('../fixtures/ingest/closing/', import.meta.url);
const ingest = (file: string) => ingestFile({ file, bytes: readFileSync(new URL(file, DIR)) });
const closing = (file: string) => ingest(file).dropped.filter((d) => d.rule === 'segment/closing-address');

test('a closing paragraph in the outlet’s voice is dropped, the article before it kept whole', () => {
  const cases: [string, number, string, number][] = [
    ['support-appeal.txt', 12, 'Onafhankelijke journalistiek kost geld.', 3],
    ['liveblog-closed.txt', 4, 'Dit liveblog wordt niet meer bijgewerkt.', 3],
    ['summary-note.txt', 9, 'Dit overzicht is samengesteld', 3],
    ['question-to-reader.txt', 11, 'Heb jij een vraag over dit nieuws?', 3],
  ];
  for (const [file, line, start, paragraphs] of cases) {
    const dropped = closing(file);
    assert.deepEqual(
      dropped.map((d) => d.line),
      [line],
      file,
    );
    assert.ok(dropped[0]?.text.startsWith(start), file);
    const [record, ...rest] = ingest(file).records;
    assert.equal(rest.length, 0, file);
    assert.equal(record?.blocks.length, paragraphs, file);
    assert.ok(!record?.html.includes(start), file);
  }
});

test('a real short last paragraph, generic je, a quoted imperative and a short piece stay', () => {
  const cases: [string, string][] = [
    ['ends-on-short-paragraph.txt', 'Woensdag praten de NAVO en Rusland verder in Brussel.'],
    ['column-generic-you.txt', 'Je kunt een autocraat niet op zijn woord geloven.'],
    ['ends-on-quoted-imperative.txt', '"Stuur ons de Patriots die al klaarstaan.'],
    ['short-article-imperative.txt', 'Kies voor diplomatie, schreef Blinken aan Lavrov.'],
  ];
  for (const [file, last] of cases) {
    assert.deepEqual(closing(file), [], file);
    const blocks = ingest(file).records[0]?.blocks ?? [];
    assert.ok(blocks[blocks.length - 1]?.text.startsWith(last), file);
  }
});

test('addressesReader: the page about itself, a yes/no question to the reader, a closing imperative', () => {
  for (const text of [
    'Dit artikel is gratis te lezen. Het blad bestaat dankzij zijn leden.',
    'Deze video is automatisch ondertiteld.',
    'Snap je het nieuws niet helemaal? Schrijf de redactie!',
    'Heeft u vragen over dit onderwerp? Wij horen het graag.',
    'Het Blad is onafhankelijk en advertentievrij. Neem een abonnement.',
    'Leden maken dit werk mogelijk. Word ook lid en betaal wat je wilt.',
  ]) {
    assert.ok(addressesReader(text), text);
  }
  for (const text of [
    'Wat betekent dit voor jou? Voorlopig weinig, de gasprijs is nog niet gestegen.',
    'Je kunt Poetin niet vertrouwen. Dat bleek opnieuw.',
    'Kijk naar Boetsja, zei Zelensky.',
    '"Lees de tekst goed", zei Lavrov.',
    'Het Kremlin heeft nog niet gereageerd.',
    'Deel van het akkoord is een staakt-het-vuren. Volgende week praten de partijen verder.',
    'Analisten zijn somber. Wordt het een nieuwe Koude Oorlog?',
    'Moskou dreigt al maanden. Sluit Rusland deze winter de gaskraan?',
  ]) {
    assert.ok(!addressesReader(text), text);
  }
});
