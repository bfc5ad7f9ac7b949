import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadArchive } from '../../src/ingest/load.ts';
import { ingestFiles } from '../../src/ingest/pipeline.ts';
import type { ArticleRecord } from '../../src/record/types.ts';
import { buildSearchIndex } from '../../src/search/build.ts';
import { createSearchEngine } from '../../src/search/query/engine.ts';
import { parseQuery } from '../../src/search/query/parse.ts';
import { topK } from '../../src/search/query/rank.ts';
import type { SearchRequest, TextPart } from '../../src/search/query/types.ts';
import { editDistance } from '../../src/search/query/distance.ts';
import { escapeHtml } from '../../src/record/text.ts';
import { MANIFEST_PATH, type Manifest } from '../../src/search/format.ts';
import { stateFromParams, stateToParams } from '../../src/client/state.ts';

/** Escaped HTML with `<mark>` around matches, to check what the UI's DOM nodes would show. */
function partsToHtml(parts: readonly TextPart[]): string {
  return parts.map((p) => (p.mark ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('');
}

const root = path.resolve(import.meta.dirname, '../..');
const seeds = (await loadArchive(path.join(root, 'articles'))).records;

function engineFor(records: readonly ArticleRecord[]) {
  const files = buildSearchIndex(records);
  const loads: string[] = [];
  const engine = createSearchEngine(async (p) => {
    loads.push(p);
    const f = files.get(p);
    if (f === undefined) throw new Error(`missing index file ${p}`);
    return f;
  });
  return { engine, files, loads };
}

function byTitle(records: readonly ArticleRecord[], fragment: string): ArticleRecord {
  const found = records.filter((r) => r.title.includes(fragment));
  assert.equal(found.length, 1, `exactly one seed title contains "${fragment}"`);
  return found[0] as ArticleRecord;
}

const { engine } = engineFor(seeds);
const titleOf = (url: string): string => seeds.find((r) => url === `artikelen/${r.id}/`)?.title ?? `?${url}`;
async function topTitles(request: SearchRequest | string): Promise<string[]> {
  const r = await engine.search(typeof request === 'string' ? { q: request } : request);
  return r.hits.map((h) => titleOf(h.url));
}

test('the seeds produce a sound index', async () => {
  assert.ok(seeds.length >= 6);
  const m = (await engine.manifest()) as Manifest;
  assert.equal(m.docs, seeds.filter((r) => !r.draft).length);
  assert.ok(m.people.some(([name]) => name.includes('Poetin')));
});

const expectations: Array<[string, string]> = [
  ['Poetn', 'Poetin'], // typo → any Poetin article; checked more strictly below
  ['Makron', 'spreken ruim een uur'],
  ['Blinkn', 'Genève'],
  ['Oekraine', 'Oekraïne'],
  ['Geneve', 'Genève'],
  ['Lavrov Genève', 'Genève'],
  ['"videogesprek volgende week"', 'gaan praten over spanning'],
  ['Baerbock', 'Genève'],
  ['Kirby', 'geen enkele intentie'],
  ['derde land', 'derde land'],
  ['telefoongesprek uitgenodigd', 'derde land'],
];

for (const [q, fragment] of expectations) {
  test(`"${q}" puts an article whose title contains "${fragment}" first`, async () => {
    const titles = await topTitles(q);
    assert.ok(titles.length > 0, `no results for ${q}`);
    assert.ok(titles[0]?.includes(fragment), `${q}: got ${JSON.stringify(titles)}`);
  });
}

test('typos resolve to the archive spelling, and the corrected query finds the same articles', async () => {
  for (const [typo, right] of [
    ['Poetn', 'poetin'],
    ['Makron', 'macron'],
    ['Blinkn', 'blinken'],
    ['Zelenksi', 'zelenski'],
  ]) {
    const r = await engine.search({ q: typo ?? '' });
    assert.deepEqual(r.words[0]?.terms.slice(0, 1), [right], typo);
    assert.equal(r.words[0]?.kind, 'fuzzy');
    const exact = await engine.search({ q: right ?? '' });
    assert.deepEqual(r.hits.map((h) => h.url).sort(), exact.hits.map((h) => h.url).sort(), `${typo} finds what ${right} finds`);
  }
});

test('Makron finds exactly the articles mentioning Macron', async () => {
  const r = await engine.search({ q: 'Makron' });
  const expected = seeds.filter((s) => s.onTopic && /Macron/.test(s.title + s.lede + s.blocks.map((b) => b.text).join(' ')));
  assert.deepEqual(r.hits.map((h) => h.url).sort(), expected.map((s) => `artikelen/${s.id}/`).sort());
});

test('short words are never fuzzed: a three-letter miss finds nothing', async () => {
  const r = await engine.search({ q: 'vsx' });
  assert.equal(r.total, 0);
  assert.equal(r.words[0]?.kind, 'none');
});

test('case and diacritics do not matter', async () => {
  for (const [a, b] of [
    ['OEKRAÏNE', 'oekraine'],
    ['genève', 'GENEVE'],
    ['Poetin', 'poetin'],
  ]) {
    assert.deepEqual(await topTitles(a ?? ''), await topTitles(b ?? ''), `${a} vs ${b}`);
  }
});

test('articles matching all words rank before articles matching some', async () => {
  const r = await engine.search({ q: 'Lavrov Kirby Oekraïne' });
  // No article mentions both Lavrov and Kirby: best are those with two of three words.
  const genf = byTitle(seeds, 'Genève');
  const kirby = byTitle(seeds, 'geen enkele intentie');
  const top2 = r.hits
    .slice(0, 2)
    .map((h) => h.url)
    .sort();
  assert.deepEqual(top2, [`artikelen/${genf.id}/`, `artikelen/${kirby.id}/`].sort());
  for (let i = 1; i < r.hits.length; i++) assert.ok((r.hits[i - 1]?.matched ?? 0) >= (r.hits[i]?.matched ?? 0));
  assert.equal(r.complete, 0);
  const both = await engine.search({ q: 'Blinken Lavrov' });
  assert.equal(both.complete, 1);
  assert.equal(both.hits[0]?.url, `artikelen/${genf.id}/`);
  assert.ok(both.total > 1, 'partial matches (Blinken only) follow');
});

test('a quoted phrase matches only the phrase, not the words apart', async () => {
  const phrase = await engine.search({ q: '"derde land"' });
  const loose = await engine.search({ q: 'land derde' });
  assert.equal(phrase.total, 1);
  const reversed = await engine.search({ q: '"land derde"' });
  assert.equal(reversed.total, 0);
  assert.ok(loose.total >= phrase.total);
});

test('prefix matching completes the word being typed', async () => {
  const typing = await engine.search({ q: 'Lav', prefix: true });
  assert.equal(typing.words[0]?.kind, 'prefix');
  assert.ok(typing.words[0]?.terms.includes('lavrov'));
  assert.equal(titleOf(typing.hits[0]?.url ?? ''), byTitle(seeds, 'Genève').title);
  const done = await engine.search({ q: 'Lav ', prefix: true });
  assert.equal(done.total, 0, 'after a space the word is complete');
});

test('filters: off-topic hidden unless asked, year, person, and sort by date', async () => {
  const afghan = byTitle(seeds, 'Afghanistan');
  assert.equal(afghan.onTopic, false);
  const hidden = await engine.search({ q: 'Afghanistan' });
  assert.ok(!hidden.hits.some((h) => h.url.includes(afghan.id)));
  const shown = await engine.search({ q: 'Afghanistan', offTopic: true });
  assert.equal(shown.hits[0]?.url, `artikelen/${afghan.id}/`);

  const y2021 = await engine.search({ q: 'Poetin', year: 2021 });
  assert.ok(y2021.total > 0);
  for (const h of y2021.hits) assert.match(h.date ?? '', /^2021/);
  const all = await engine.search({ q: 'Poetin' });
  assert.ok(all.total > y2021.total);

  const lavrov = seeds.find((r) => r.people.some((p) => p.includes('Lavrov')))?.people.find((p) => p.includes('Lavrov'));
  assert.ok(lavrov);
  const withPerson = await engine.search({ q: 'Oekraïne', person: lavrov });
  assert.ok(withPerson.total >= 1);
  for (const h of withPerson.hits) assert.ok(h.people.includes(lavrov));

  const byDate = await engine.search({ q: 'Poetin', sort: 'date' });
  const dates = byDate.hits.map((h) => h.date ?? '');
  assert.deepEqual(dates, [...dates].sort().reverse());

  const browse = await engine.search({ q: '', person: lavrov });
  assert.equal(browse.total, seeds.filter((r) => r.onTopic && r.people.includes(lavrov)).length);
});

test('results carry Dutch dates with honest precision', async () => {
  const month: ArticleRecord = { ...byTitle(seeds, 'Genève'), id: 'maand', date: '2021-04', datePrecision: 'month' };
  const { engine: e } = engineFor([month]);
  const r = await e.search({ q: 'Lavrov' });
  assert.equal(r.hits[0]?.dateText, 'april 2021');
  const day = await engine.search({ q: 'Baerbock' });
  assert.match(day.hits[0]?.dateText ?? '', /^dinsdag 18 januari 2022$/);
});

test('highlighting marks matched words and escapes everything else', async () => {
  const bytes = await readFile(path.join(root, 'tests/fixtures/search/xss.txt'));
  const xss = ingestFiles([{ file: 'xss.txt', bytes: new Uint8Array(bytes) }]).records;
  assert.equal(xss.length, 1);
  const { engine: e } = engineFor([...seeds, ...xss]);
  const r = await e.search({ q: 'onerror Genève' });
  const hit = r.hits[0];
  assert.ok(hit);
  assert.ok(hit.url.includes(xss[0]?.id ?? '!'));
  const title = partsToHtml(hit.title);
  const snippet = partsToHtml(hit.snippet);
  for (const out of [title, snippet]) {
    assert.ok(out.includes('&lt;img'), out);
    assert.ok(!/<(?!\/?mark>)/.test(out), `only <mark> tags in: ${out}`);
  }
  assert.ok(title.includes('<mark>Genève</mark>'));
  assert.ok(title.includes('<mark>onerror</mark>'));
});

test('a query loads only the index files it needs', async () => {
  const files = buildSearchIndex(seeds, { shardBytes: 1500 });
  const loads: string[] = [];
  const e = createSearchEngine(async (p) => {
    loads.push(p);
    return files.get(p) ?? '';
  });
  await e.search({ q: 'Poetin' });
  const shards = [...files.keys()].filter((k) => k.startsWith('p/'));
  assert.ok(loads.includes(MANIFEST_PATH));
  assert.deepEqual(
    loads.filter((l) => l.startsWith('v/')),
    ['v/p.json'],
  );
  assert.ok(shards.length >= 10, `small shards for this test: ${shards.length}`);
  // One shard for the term, one for the completions considered while typing at most.
  assert.ok(loads.filter((l) => l.startsWith('p/')).length <= 2, loads.join(' '));
  assert.equal(new Set(loads).size, loads.length, 'nothing is fetched twice');
  const chunks = [...files.keys()].filter((k) => k.startsWith('d/'));
  assert.ok(loads.filter((l) => l.startsWith('d/')).length <= chunks.length);
});

test('drafts are never indexed', async () => {
  const draft: ArticleRecord = { ...byTitle(seeds, 'Genève'), id: 'concept', title: 'Conceptstuk Zwolle', draft: true };
  const { engine: e } = engineFor([...seeds, draft]);
  assert.equal((await e.search({ q: 'Zwolle' })).total, 0);
  assert.equal((await e.manifest()).docs, seeds.length);
});

test('query parsing and edit distance', () => {
  assert.deepEqual(
    parseQuery('Lavrov "de videogesprek  volgende" en Genève').map((p) => [p.phrase, p.terms]),
    [
      [false, ['lavrov']],
      [true, ['videogesprek', 'volgende']],
      [false, ['geneve']],
    ],
  );
  assert.equal(editDistance('poetn', 'poetin'), 1);
  assert.equal(editDistance('zelenksi', 'zelenski'), 1, 'a transposition is one edit');
  assert.equal(editDistance('makron', 'macron'), 1);
  assert.ok(editDistance('biden', 'lavrov') > 2);
});

test('search state round-trips through the URL', () => {
  const params = new URLSearchParams('q=gen%C3%A8ve&jaar=2022&persoon=Sergej+Lavrov&overig=1&sorteer=datum');
  const state = stateFromParams(params);
  assert.deepEqual(state, { q: 'genève', year: 2022, person: 'Sergej Lavrov', offTopic: true, sort: 'date' });
  assert.equal(stateToParams(state).toString(), params.toString());
  assert.equal(stateToParams(stateFromParams(new URLSearchParams('q=x&jaar=abc'))).toString(), 'q=x');
});

test('topK returns the same order as a full sort', async () => {
  const fc = await import('fast-check');
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: 0, max: 30 }), (values, k) => {
      const before = (a: number, b: number): boolean => a > b;
      assert.deepEqual(topK(values, k, before), [...values].sort((a, b) => b - a).slice(0, k));
    }),
  );
});

test('international spellings from the gazetteer find the archive spelling, and say so', async () => {
  for (const [typed, term] of [
    ['Putin', 'poetin'],
    ['Zelensky', 'zelenski'],
    ['Kyiv', 'kiev'],
  ]) {
    const r = await engine.search({ q: typed ?? '' });
    assert.equal(r.words[0]?.kind, 'alias', typed);
    assert.equal(r.words[0]?.terms[0], term, typed);
    const own = await engine.search({ q: term ?? '' });
    assert.ok(own.total > 0);
    assert.deepEqual(r.hits.map((h) => h.url).sort(), own.hits.map((h) => h.url).sort(), `${typed} finds what ${term} finds`);
    assert.ok(
      r.hits.every((h) => h.title.some((p) => p.mark) || h.snippet.some((p) => p.mark)),
      `${typed}: the archive spelling is marked`,
    );
  }
  // A quoted word means exactly that spelling.
  assert.equal((await engine.search({ q: '"Putin"' })).total, 0);
});

test('a misspelt first letter is corrected in long enough words, by the neighbouring letters', async () => {
  const r = await engine.search({ q: 'Boetin' });
  assert.equal(r.words[0]?.kind, 'fuzzy');
  assert.equal(r.words[0]?.terms[0], 'poetin');
  const exact = await engine.search({ q: 'Poetin' });
  assert.deepEqual(r.hits.map((h) => h.url).sort(), exact.hits.map((h) => h.url).sort());
  // Four letters: too many words are one letter apart to guess.
  const short = await engine.search({ q: 'Niev' });
  assert.equal(short.total, 0);
  assert.equal(short.words[0]?.kind, 'none');
});

test('a match in the body gets an excerpt around it, with the word marked; the lede is the fallback', async () => {
  const macron = byTitle(seeds, 'spreken ruim een uur');
  assert.ok(!macron.lede.includes('Macron'), 'the fixture: Macron is not in the lede');
  const r = await engine.search({ q: 'Makron' });
  const hit = r.hits.find((h) => h.url === `artikelen/${macron.id}/`);
  assert.ok(hit, 'the Macron article is found');
  const snippet = partsToHtml(hit.snippet);
  assert.match(snippet, /<mark>Macron<\/mark>/);
  assert.ok(snippet.startsWith('…'), `an excerpt from the body, not the lede: ${snippet}`);
  assert.ok(snippet.length < 260);
  // Matched only in the title: the lede's start.
  const base = byTitle(seeds, 'Genève');
  const { engine: e } = engineFor([{ ...base, id: 'titel', title: 'Overleg in Zwolle' }]);
  const titleOnly = await e.search({ q: 'Zwolle' });
  assert.ok(
    titleOnly.hits[0]?.snippet
      .map((p) => p.text)
      .join('')
      .startsWith(base.lede.slice(0, 60)),
  );
});

test('the excerpt shows the stretch with the most distinct query words', async () => {
  const { excerpt, highlight } = await import('../../src/search/query/highlight.ts');
  const filler = 'tekst '.repeat(60);
  const text = `Poetin begint. ${filler} Hier komen Poetin en Biden samen in Genève. ${filler}`;
  const out = excerpt(text, new Set(['poetin', 'biden', 'geneve']), 120);
  assert.match(out, /Poetin en Biden samen in Genève/);
  assert.equal(excerpt(text, new Set(['onbekend']), 120).slice(0, 14), 'Poetin begint.');
  // Characters that fold to more or fewer characters keep the positions right.
  for (const odd of ['De ﬁets…', 'Het “ﬁnale” akkoord …', 'İstanbul…']) {
    const withOdd = `${filler} ${odd} Toen sprak Poetin in Genève. ${filler}`;
    const cut = excerpt(withOdd, new Set(['poetin', 'geneve']), 100);
    assert.match(cut, /Poetin in Genève/, odd);
    assert.ok(
      highlight(cut, new Set(['poetin', 'geneve'])).some((p) => p.mark && p.text === 'Genève'),
      odd,
    );
  }
});

test('hidden off-topic matches are counted, so the reader can be offered them', async () => {
  const hidden = await engine.search({ q: 'afghanistan' });
  assert.equal(hidden.total, 0);
  assert.equal(hidden.offTopicHidden, 1);
  const shown = await engine.search({ q: 'afghanistan', offTopic: true });
  assert.equal(shown.total, 1);
  assert.equal(shown.offTopicHidden, 0);
  assert.equal((await engine.search({ q: 'Genève' })).offTopicHidden, 0);
});

test('person counts follow the one definition: published, on-topic unless "ook overig", per year', async () => {
  const { personCount } = await import('../../src/search/query/people.ts');
  const m = await engine.manifest();
  const published = seeds.filter((r) => !r.draft);
  for (const [name, years] of m.people) {
    const tagged = published.filter((r) => r.people.includes(name));
    assert.equal(personCount(years, {}), tagged.filter((r) => r.onTopic).length, name);
    assert.equal(personCount(years, { offTopic: true }), tagged.length, name);
    assert.equal(personCount(years, { year: 2021 }), tagged.filter((r) => r.onTopic && r.date?.startsWith('2021')).length, name);
    // The count is what the person filter then finds.
    const found = await engine.search({ q: '', person: name });
    assert.equal(found.total, personCount(years, {}), `${name}: browse count`);
  }
  const trump = m.people.find(([name]) => name === 'Donald Trump');
  assert.ok(trump, 'Trump is tagged in an off-topic seed');
  assert.equal(personCount(trump[1], {}), 0);
});
