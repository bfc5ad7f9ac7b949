import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGazetteer } from '../../src/ingest/gazetteer.ts';
import { compileGazetteer, listPeople, personSlug, scanEntities, tagEntities } from '../../src/ingest/tag.ts';
import { gazetteer } from '../../src/ingest/gazetteer.ts';

const people = (text: string): string[] => tagEntities(text).people;
const places = (text: string): string[] => tagEntities(text).places;
const orgs = (text: string): string[] => tagEntities(text).organisations;

test('spelling variants map to one canonical name', () => {
  for (const spelling of ['Zelenski', 'Zelensky', 'Zelenskyy', 'Zelenskiy', 'Volodymyr Zelensky', 'Selenskyj']) {
    assert.deepEqual(people(`President ${spelling} reageerde.`), ['Volodimir Zelenski'], spelling);
  }
  for (const spelling of ['Poetin', 'Putin', 'Vladimir Putin']) {
    assert.deepEqual(people(`Volgens ${spelling} niet.`), ['Vladimir Poetin'], spelling);
  }
  assert.deepEqual(people('Lavrow en Lavrov zijn dezelfde minister.'), ['Sergej Lavrov']);
  assert.deepEqual(people('Shoigu, Sjojgoe; Ushakov en Oesjakov.'), ['Sergej Sjojgoe', 'Joeri Oesjakov']);
  for (const spelling of ['Kiev', 'Kyiv', 'Kijv']) assert.deepEqual(places(`In ${spelling} vandaag.`), ['Kiev'], spelling);
  for (const spelling of ['Genève', 'Geneve', 'Genf']) assert.deepEqual(places(`Overleg in ${spelling}.`), ['Genève'], spelling);
  assert.deepEqual(orgs('De NATO, de NAVO en de Navo.'), ['NAVO']);
  assert.deepEqual(orgs('de Verenigde Naties en de VN'), ['VN']);
  assert.deepEqual(places('De VS, Amerika en de Verenigde Staten'), ['Verenigde Staten']);
});

test('diacritics are tolerated in both directions, also as combining marks', () => {
  assert.deepEqual(places('Oekraine zonder trema'), ['Oekraïne']);
  assert.deepEqual(places('Oekraïne met trema'), ['Oekraïne']);
  assert.deepEqual(places('Oekra\u0069\u0308ne als combinerend teken'), ['Oekraïne']);
  assert.deepEqual(people('Erdoğan en Erdogan'), ['Recep Tayyip Erdogan']);
  assert.deepEqual(people('premier Orban'), ['Viktor Orbán']);
});

test('Dutch genitives and hyphenated compounds count', () => {
  assert.deepEqual(people('de regering-Biden besloot'), ['Joe Biden']);
  assert.deepEqual(people('Bidens voorganger en Poetins leger'), ['Joe Biden', 'Vladimir Poetin']);
  assert.deepEqual(people('Trumps uitspraken'), ['Donald Trump']);
  assert.deepEqual(people("Zelenski's oproep"), ['Volodimir Zelenski']);
  assert.deepEqual(orgs('NAVO-landen en NAVO-chef Rutte'), ['NAVO']);
  assert.deepEqual(orgs('EU-buitenlandchef Kallas'), ['EU']);
  assert.deepEqual(places('in Oost-Oekraïne'), ['Oekraïne']);
  assert.deepEqual(orgs('Kremlinwoordvoerder Peskov'), ['Kremlin']);
});

test('no matches inside other words, in lowercase, or for bare first names', () => {
  assert.deepEqual(people('Hij speelde trompet en Trumpet, liep door de Bidenstraat en speelde zijn troef uit.'), []);
  assert.deepEqual(people('trump en biden in kleine letters zijn geen namen'), []);
  assert.deepEqual(people('Joe en Vladimir en Donald gingen uit eten.'), []);
  assert.deepEqual(places('De Kievse regering en de Russische ambassade'), [], 'adjectives are not place mentions');
  assert.deepEqual(orgs('Een vs.-wedstrijd en de EUR'), []);
  assert.deepEqual(people('Xiaomi en XI'), []);
});

test('phrases that contain an alias but mean something else are ignored', () => {
  assert.deepEqual(places('Handel met Latijns-Amerika en Noord-Amerika'), []);
  assert.deepEqual(places('Wit-Rusland en Rusland'), ['Belarus', 'Rusland']);
  assert.deepEqual(places('meldt The Washington Post'), []);
  assert.deepEqual(people('Hunter Biden en Melania Trump'), []);
  assert.deepEqual(people('Donald Trump Jr. en Donald Tusk'), ['Donald Tusk']);
});

test('names split by a line break or a no-break space still match', () => {
  assert.deepEqual(orgs('het Witte\nHuis'), ['Witte Huis']);
  assert.deepEqual(orgs('het Witte\u00a0Huis'), ['Witte Huis']);
  assert.deepEqual(people('Joe\u00a0Biden'), ['Joe Biden']);
});

test('results are deduplicated and ordered by first occurrence', () => {
  const tags = tagEntities('Poetin belde Biden. Biden belde Poetin terug. Daarna Zelenski, Poetin en Macron.');
  assert.deepEqual(tags.people, ['Vladimir Poetin', 'Joe Biden', 'Volodimir Zelenski', 'Emmanuel Macron']);
});

test('a shared surname goes to the person named in full, else to the first listed', () => {
  assert.deepEqual(people('Speaker Mike Johnson zei dat Johnson de stemming uitstelt.'), ['Mike Johnson']);
  assert.deepEqual(people('Johnson zei dat. Later bevestigde Mike Johnson het.'), ['Mike Johnson']);
  assert.deepEqual(people('Boris Johnson reisde naar Kiev. Johnson sprak met Zelenski.'), ['Boris Johnson', 'Volodimir Zelenski']);
  const first = gazetteer.people.find((p) => p.aliases.includes('Johnson'))?.name;
  assert.deepEqual(people('Johnson zei dat.'), [first]);
});

test('every alias in the gazetteer finds its own entry (no alias shadowed by another)', () => {
  const kinds = ['people', 'places', 'organisations'] as const;
  for (const kind of kinds) {
    for (const entry of gazetteer[kind]) {
      for (const alias of [entry.name, ...entry.aliases]) {
        const found = tagEntities(`Volgens ${alias} vandaag.`)[kind];
        const shared = gazetteer[kind].filter((e) => e.name === entry.name || e.aliases.includes(alias)).length > 1;
        if (shared) assert.equal(found.length, 1, `${alias} should resolve to one ${kind} entry`);
        else assert.deepEqual(found, [entry.name], `${alias} → ${entry.name}`);
      }
    }
  }
});

test('scanEntities reports every mention with its offset', () => {
  const text = 'Biden en Poetin; Biden.';
  assert.deepEqual(
    scanEntities(text).map((m) => [m.name, m.index]),
    [
      ['Joe Biden', 0],
      ['Vladimir Poetin', 9],
      ['Joe Biden', 17],
    ],
  );
});

test('people list: enough people, each with a Dutch role and an ASCII slug', () => {
  const list = listPeople();
  assert.ok(list.length >= 40, `only ${list.length} people`);
  for (const person of list) {
    assert.ok(person.role.length > 0, person.name);
    assert.match(person.slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, person.name);
    assert.equal(personSlug(person.name), person.slug);
  }
  assert.equal(personSlug('Viktor Orbán'), 'viktor-orban');
  assert.equal(new Set(list.map((p) => p.slug)).size, list.length, 'slugs are unique');
});

test('gazetteer validation names the broken entry', () => {
  const base = { people: [], places: [], organisations: [] };
  assert.throws(() => parseGazetteer({ ...base, people: [{ name: 'A B', aliases: [] }] }), /people\[0\] needs a non-empty string "role"/);
  assert.throws(
    () =>
      parseGazetteer({
        ...base,
        places: [
          { name: 'Kiev', aliases: [] },
          { name: 'Kiev', aliases: [] },
        ],
      }),
    /duplicate name "Kiev"/,
  );
  assert.throws(() => parseGazetteer({ ...base, organisations: [{ name: 'EU', aliases: 'Europese Unie' }] }), /aliases must be a list/);
  assert.throws(() => parseGazetteer([]), /top level/);
});

test('a custom gazetteer compiles into one working pattern', () => {
  const data = parseGazetteer({
    people: [{ name: 'Jan de Vries', role: 'test', country: 'NL', aliases: ['De Vries'] }],
    places: [{ name: 'Genève', aliases: ['Genf'] }],
    organisations: [],
  });
  const compiled = compileGazetteer(data);
  assert.deepEqual(
    scanEntities('De Vries in Genf en Geneve.', compiled).map((m) => m.name),
    ['Jan de Vries', 'Genève', 'Genève'],
  );
});

test('datelines in capitals are found; short aliases stay case-exact', () => {
  assert.deepEqual(places('WASHINGTON/MOSKOU (ANP/AFP/RTR) - De ministers'), ['Washington', 'Moskou']);
  assert.deepEqual(places('KYIV (ANP/RTR) - De stroom'), ['Kiev']);
  assert.deepEqual(places('GENÈVE (AFP) -'), ['Genève']);
  assert.deepEqual(people('BIDEN EN POETIN PRATEN'), ['Joe Biden', 'Vladimir Poetin']);
  assert.deepEqual(people('Paus Pius XI'), []);
  assert.deepEqual(places('meldt THE WASHINGTON POST'), []);
});
