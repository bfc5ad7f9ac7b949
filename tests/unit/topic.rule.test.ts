import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tagEntities } from '../../src/ingest/tag.ts';
import { TOPIC_RULE_NL, countUkraineMentions, isOnTopic, parseTopicConfig } from '../../src/ingest/topic.ts';

const SEEDS = new URL('../fixtures/seeds/', import.meta.url);
const FIXTURES = new URL('../fixtures/topic/', import.meta.url);

interface Article {
  title: string;
  text: string;
}

/** What ingest hands the rule: title, body, and the tags of both. */
function judge({ title, text }: Article): boolean {
  return isOnTopic({ title, text, ...tagEntities(`${title}\n${text}`) });
}

/** A fixture: first line is the headline, the rest the body. */
function fixture(name: string): Article {
  const [title = '', ...body] = readFileSync(new URL(name, FIXTURES), 'utf8').trim().split('\n');
  return { title, text: body.join('\n') };
}

/**
 * The seeds' article text without their page noise (cutting at the first sidebar marker stands
 * in for the ingest noise stage). `headline` false: the seed has no headline line.
 */
function seed(file: string, headline: boolean): Article {
  let raw = readFileSync(new URL(file, SEEDS), 'utf8').replace(/^© AFP\n/, '');
  for (const marker of ['Hoofdpunten', 'Meer uit Buitenland']) {
    if (raw.includes(marker)) raw = raw.slice(0, raw.indexOf(marker));
  }
  const lines = raw.trim().split('\n');
  return headline ? { title: lines[0] ?? '', text: lines.slice(1).join('\n') } : { title: '', text: raw.trim() };
}

interface Expected {
  file: string;
  records: { onTopic: boolean; titleSource: string }[];
}

const acceptance = JSON.parse(readFileSync(new URL('expected.json', SEEDS), 'utf8')) as { files: Expected[] };

test('every seed article gets the onTopic value of the acceptance file', () => {
  for (const expected of acceptance.files) {
    const first = expected.records[0];
    assert.ok(first);
    let articles: Article[];
    if (expected.file.startsWith('003_')) {
      const raw = readFileSync(new URL(expected.file, SEEDS), 'utf8');
      const start = raw.indexOf('Biden wil troepen tegen');
      const end = raw.indexOf('\n', start);
      const headline = 'Biden wil troepen tegen 11 september uit Afghanistan terugtrekken';
      articles = [
        { title: '', text: raw.slice(0, start).trim() },
        { title: headline, text: raw.slice(start + headline.length, end).trim() },
      ];
    } else {
      articles = [seed(expected.file, first.titleSource === 'headline')];
    }
    assert.equal(articles.length, expected.records.length);
    expected.records.forEach((record, i) => {
      assert.equal(judge(articles[i] as Article), record.onTopic, `${expected.file} #${i + 1}`);
    });
  }
});

test('a Ukraine article with only EU actors is off topic', () => {
  assert.equal(judge(fixture('eu-only-ukraine.txt')), false);
});

test('a US–Russia article without Ukraine is off topic (the theme is diplomacy over Ukraine)', () => {
  assert.equal(judge(fixture('us-russia-no-ukraine.txt')), false);
});

test('US aid for Ukraine with Russia only as an adjective is off topic', () => {
  const article = fixture('us-ukraine-aid-no-russia-actor.txt');
  assert.equal(judge(article), false);
  // …and naming a Russian party turns it on topic: the adjective was the only thing missing.
  assert.equal(judge({ ...article, text: `${article.text}\nHet Kremlin reageerde boos.` }), true);
});

test('English spellings (Putin, Ukraine, White House, Kyiv) are on topic too', () => {
  assert.equal(judge(fixture('english-spellings-on-topic.txt')), true);
});

test('a single passing mention of Ukraine late in the article is not enough; a second one is', () => {
  const article = fixture('ukraine-once-late.txt');
  assert.equal(countUkraineMentions(`${article.title}\n${article.text}`), 1);
  assert.equal(judge(article), false);
  assert.equal(judge({ ...article, text: `${article.text}\nKiev wil bij volgende gesprekken aanwezig zijn.` }), true);
});

test('Ukraine in the headline alone is enough, given both parties', () => {
  const article = { title: 'Rubio en Lavrov bellen over Oekraïne', text: 'Het Witte Huis en het Kremlin bevestigen het gesprek.' };
  assert.equal(judge(article), true);
  assert.equal(judge({ ...article, title: 'Rubio en Lavrov bellen' }), false);
});

test('the parties come from the tags the caller passes', () => {
  const base = { title: 'Gesprek over Oekraïne', text: 'Oekraïne en nog eens Oekraïne.' };
  assert.equal(isOnTopic({ ...base, people: ['Joe Biden', 'Vladimir Poetin'], places: [], organisations: [] }), true);
  assert.equal(isOnTopic({ ...base, people: [], places: ['Washington'], organisations: ['Kremlin'] }), true);
  assert.equal(isOnTopic({ ...base, people: ['Joe Biden'], places: ['Oekraïne'], organisations: ['NAVO'] }), false);
  assert.equal(isOnTopic({ ...base, people: ['Emmanuel Macron', 'Vladimir Poetin'], places: [], organisations: ['EU'] }), false);
});

test('Ukrainian adjectives and people count as Ukraine mentions', () => {
  assert.equal(countUkraineMentions('De Oekraïense regering en Zelenski'), 2);
  assert.equal(countUkraineMentions('OEKRAINERS in Kyiv'), 2);
  assert.equal(countUkraineMentions('Een kraïne is geen woord'), 0);
});

test('the rule is explained in Dutch and its config is validated', () => {
  assert.match(TOPIC_RULE_NL, /Oekraïne/);
  assert.match(TOPIC_RULE_NL, /Amerikaanse/);
  assert.match(TOPIC_RULE_NL, /Russische/);
  assert.throws(() => parseTopicConfig({ minUkraineMentions: 0, ruleNl: 'x' }), /minUkraineMentions/);
  assert.throws(() => parseTopicConfig({ minUkraineMentions: 2, ruleNl: 'x', ukraine: {}, us: {} }), /"russia"/);
});
