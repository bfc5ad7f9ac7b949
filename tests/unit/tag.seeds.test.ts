import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { listPeople, tagEntities } from '../../src/ingest/tag.ts';

const SEEDS = new URL('../fixtures/seeds/', import.meta.url);
const ACCEPTANCE = new URL('expected.json', SEEDS);

interface ExpectedRecord {
  people: string[];
}
interface ExpectedFile {
  file: string;
  records: ExpectedRecord[];
}

const acceptance = JSON.parse(readFileSync(ACCEPTANCE, 'utf8')) as { files: ExpectedFile[] };
const people = listPeople();

/** The acceptance file names surnames in any common spelling: match against name and aliases. */
function mentions(tagged: string[], surname: string): boolean {
  return tagged.some((name) => {
    const person = people.find((p) => p.name === name);
    return [name, ...(person?.aliases ?? [])].some((spelling) => spelling.split(/\s+/).includes(surname));
  });
}

/** Split seed 003 where the glued Afghanistan article starts (the ingest segmenter's job, not ours). */
function articlesOf(_file: string, raw: string): string[] {
  const glued = 'Biden wil troepen tegen';
  if (!raw.includes(glued)) return [raw];
  const start = raw.indexOf(glued);
  const end = raw.indexOf('\n', start);
  return [raw.slice(0, start), raw.slice(start, end === -1 ? undefined : end)];
}

for (const expected of acceptance.files) {
  test(`seed ${expected.file}: every expected person is tagged`, () => {
    const raw = readFileSync(new URL(expected.file, SEEDS), 'utf8');
    const texts = articlesOf(expected.file, raw);
    assert.equal(texts.length, expected.records.length, 'one text per expected record');
    expected.records.forEach((record, i) => {
      const tagged = tagEntities(texts[i] ?? '').people;
      for (const surname of record.people) {
        assert.ok(mentions(tagged, surname), `${expected.file} #${i + 1}: ${surname} missing from ${tagged.join(', ')}`);
      }
    });
  });
}

test('seed 000 article body: exactly its five people, in order of first mention', () => {
  const raw = readFileSync(new URL('000_e8255b9a43e5efdc.txt', SEEDS), 'utf8');
  const body = raw.slice(0, raw.indexOf('Hoofdpunten'));
  assert.deepEqual(tagEntities(body), {
    people: ['Joe Biden', 'Vladimir Poetin', 'Emmanuel Macron', 'Volodimir Zelenski', 'John Kirby'],
    places: ['Washington', 'Frankrijk', 'Moskou', 'Oekraïne'],
    organisations: ['Witte Huis', 'NAVO'],
  });
});

test('seed 002: regering-Biden, NAVO-landen and Kiev are found; noise-only names are not in the body', () => {
  const raw = readFileSync(new URL('002_d7145bf83ae64bad.txt', SEEDS), 'utf8');
  const body = raw.slice(0, raw.indexOf('Meer uit Buitenland'));
  const tags = tagEntities(body);
  assert.deepEqual(tags.people, ['Antony Blinken', 'Sergej Lavrov', 'Joe Biden', 'Vladimir Poetin', 'Annalena Baerbock']);
  assert.ok(tags.places.includes('Kiev') && tags.places.includes('Genève') && tags.places.includes('Berlijn'));
  assert.deepEqual(tags.organisations, ['NAVO']);
});

test('seed 003 Afghanistan article: Biden and Trump, nothing Russian or Ukrainian', () => {
  const raw = readFileSync(new URL('003_8bd9632aeaf2a08c.txt', SEEDS), 'utf8');
  const afghanistan = articlesOf('003', raw)[1] ?? '';
  const tags = tagEntities(afghanistan);
  assert.deepEqual(tags.people, ['Joe Biden', 'Donald Trump']);
  assert.ok(!tags.places.includes('Rusland') && !tags.places.includes('Oekraïne'));
  assert.ok(tags.places.includes('Afghanistan'));
});
