import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { gazetteer } from '../../src/ingest/gazetteer.ts';
import { tagEntities } from '../../src/ingest/tag.ts';
import { isOnTopic } from '../../src/ingest/topic.ts';

const canonical = {
  people: new Set(gazetteer.people.map((p) => p.name)),
  places: new Set(gazetteer.places.map((p) => p.name)),
  organisations: new Set(gazetteer.organisations.map((o) => o.name)),
};
const aliases = [...gazetteer.people, ...gazetteer.places, ...gazetteer.organisations].flatMap((e) => [e.name, ...e.aliases]);

/** Random text salted with real aliases, punctuation, hyphens and combining marks. */
const mangled = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(...aliases),
      fc.constantFrom(' ', '-', '\n', "'s", 's', '\u0308', '\u00a0', '“', '.', 'NAVO-', 'regering-'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

test('tagging never throws and returns only canonical names, each once', () => {
  fc.assert(
    fc.property(mangled, (text) => {
      const tags = tagEntities(text);
      for (const kind of ['people', 'places', 'organisations'] as const) {
        assert.equal(new Set(tags[kind]).size, tags[kind].length, `duplicate in ${kind}`);
        for (const name of tags[kind]) assert.ok(canonical[kind].has(name), `${name} is not a canonical ${kind} name`);
      }
      assert.equal(typeof isOnTopic({ title: text.slice(0, 20), text, ...tags }), 'boolean');
    }),
    { numRuns: 500 },
  );
});

test('an alias between spaces is always found', () => {
  fc.assert(
    fc.property(fc.constantFrom(...aliases), fc.string(), (alias, tail) => {
      const tags = tagEntities(`Volgens ${alias} ${tail}`);
      const all = [...tags.people, ...tags.places, ...tags.organisations];
      assert.ok(all.length > 0, `${alias} not found`);
    }),
    { numRuns: 300 },
  );
});
