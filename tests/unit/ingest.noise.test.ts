import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { IngestFile } from '../../src/ingest/diagnostics.ts';
import { compileNoiseRules, stripNoise, type SourceLine } from '../../src/ingest/noise.ts';

const linesOf = (text: string): SourceLine[] => text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
const keptText = (text: string): string[] =>
  stripNoise(linesOf(text), new IngestFile('t.txt'))
    .map((l) => l.text)
    .filter((t) => t !== '');

test('the noise data file documents itself and every rule compiles', () => {
  const data = JSON.parse(readFileSync(new URL('../../src/data/noise.json', import.meta.url), 'utf8')) as {
    $comment: string;
    rules: { id: string; kind: string; pattern: string; flags?: string }[];
  };
  assert.match(data.$comment, /sidebar/);
  assert.equal(compileNoiseRules(data).length, data.rules.length);
  assert.throws(() => compileNoiseRules({ rules: [{ id: 'x', kind: 'nonsense', pattern: 'a' }] }));
});

test('photo credits are dropped', () => {
  for (const credit of ['© AFP', 'Foto: ANP', 'Foto ANP', '(c) Reuters', 'Beeld: Reuters / Yves Herman', 'Copyright ANP']) {
    assert.deepEqual(keptText(`${credit}\nDe president sprak.`), ['De president sprak.'], credit);
  }
  assert.deepEqual(keptText("Foto's van de ramp gingen de wereld over."), ["Foto's van de ramp gingen de wereld over."]);
});

test('banners, ads, share buttons, relative timestamps and teasers are dropped', () => {
  const noise = [
    'Wij gebruiken cookies om de website goed te laten werken.',
    'ADVERTENTIE',
    'Advertentie',
    'Deel dit artikel',
    'Delen',
    '3 uur geleden',
    '6 minuten geleden',
    '1 dag geleden',
    'gisteren',
    'Nieuwe sancties tegen Rusland in de maak, zegt Brussel…',
    'Kremlin reageert op nieuwe sancties...',
  ];
  assert.deepEqual(keptText(['Kop van het stuk', ...noise, 'Slotzin van het stuk.'].join('\n')), [
    'Kop van het stuk',
    'Slotzin van het stuk.',
  ]);
});

test('a relative timestamp glued to the next word is cut off, the rest kept', () => {
  const file = new IngestFile('t.txt');
  const kept = stripNoise(linesOf('3 uur geledenBRUSSEL (ANP) - De EU besloot.\n50 minuten geleden WASHINGTON (ANP) - Tekst.'), file);
  assert.deepEqual(
    kept.map((l) => l.text),
    ['BRUSSEL (ANP) - De EU besloot.', 'WASHINGTON (ANP) - Tekst.'],
  );
  assert.deepEqual(
    file.dropped.map((d) => [d.line, d.rule, d.text]),
    [
      [1, 'noise/relative-time-glued', '3 uur geleden'],
      [2, 'noise/relative-time-glued', '50 minuten geleden'],
    ],
  );
});

test('a sidebar heading drops itself and everything after it', () => {
  for (const heading of [
    'Meer uit Buitenland',
    'Hoofdpunten',
    'MEER OVER',
    'Lees ook',
    'Bekijk ook',
    'Meest gelezen',
    'Gerelateerde artikelen',
    'Lees meer',
  ]) {
    const file = new IngestFile('t.txt');
    const kept = stripNoise(linesOf(`Kop\nDe tekst.\n${heading}\nANDER (ANP) - Ander nieuws.\n\nNog meer.`), file);
    assert.deepEqual(
      kept.map((l) => l.text),
      ['Kop', 'De tekst.'],
      heading,
    );
    assert.deepEqual(
      file.dropped.map((d) => d.line),
      [3, 4, 6],
      heading,
    );
  }
});

test('sidebar words inside prose are not sidebars', () => {
  const prose = 'Lees ook wat de minister gisteren zei over de Hoofdpunten van het akkoord.';
  assert.deepEqual(keptText(`${prose}\nDe tweede zin.`), [prose, 'De tweede zin.']);
  assert.deepEqual(keptText('Meest gelezen krant van het land meldt dat Poetin belde.'), [
    'Meest gelezen krant van het land meldt dat Poetin belde.',
  ]);
});

test('custom rules from data work the same way', () => {
  const rules = compileNoiseRules({ rules: [{ id: 'outlet-footer', kind: 'sidebar', pattern: '^Uit de krant van vandaag$' }] });
  const kept = stripNoise(linesOf('Tekst.\nUit de krant van vandaag\nRest.'), new IngestFile('t.txt'), rules);
  assert.deepEqual(
    kept.map((l) => l.text),
    ['Tekst.'],
  );
});

test('breadcrumbs are dropped', () => {
  for (const crumb of ['Home > Nieuws > Buitenland', 'Nieuws › Politiek', 'Buitenland / Europa'])
    assert.deepEqual(keptText(`${crumb}\nDe president sprak.`), ['De president sprak.'], crumb);
});

test('every whole-line rule carries a length limit, so long paragraphs skip it', () => {
  const data = JSON.parse(readFileSync(new URL('../../src/data/noise.json', import.meta.url), 'utf8')) as {
    rules: { id: string; kind: string; pattern: string; maxLength?: number }[];
  };
  for (const rule of data.rules.filter((r) => r.kind !== 'inline' && r.pattern.startsWith('^') && r.id !== 'cookie-banner')) {
    assert.ok(typeof rule.maxLength === 'number' && rule.maxLength >= 60, `${rule.id}: maxLength`);
  }
});

test('tag and channel furniture is dropped: hashtags, counters, audience counts with the name above, channel prompts, source links', () => {
  const furniture = [
    '#Kremlin #Biden',
    '#Oekraïne, #NAVO',
    '👁 12,4K',
    '💬 318',
    '3,1K views',
    '1.204 volgers',
    'Doorgestuurd van Kanaal Oost',
    '📣 Volg ons kanaal voor meer updates: t.me/voorbeeld_kanaal',
    'Word lid van onze groep op WhatsApp: https://chat.example.com/abc',
    'https://t.me/voorbeeld_kanaal',
    'Lees het originele artikel bij nu.nl',
    'Bekijk het origineel op voorbeeld.nl',
    'Lees ook op Nieuwsplein: Zo verloopt de gevangenenruil',
  ];
  assert.deepEqual(keptText(['Slotzin van het stuk.', ...furniture].join('\n')), ['Slotzin van het stuk.']);
  const file = new IngestFile('t.txt');
  const kept = stripNoise(linesOf('Kanaal Oost 🇺🇦\n8.102 abonnees\nDe tekst van het bericht.'), file);
  assert.deepEqual(
    kept.map((l) => l.text),
    ['De tekst van het bericht.'],
  );
  assert.deepEqual(
    file.dropped.map((d) => d.rule),
    ['noise/channel-name', 'noise/audience-count'],
  );
  // A sentence above an audience count is text, not a channel name.
  assert.deepEqual(keptText('Het kanaal groeide snel.\n12.431 abonnees'), ['Het kanaal groeide snel.']);
});

test('prose about hashtags, followers, channels and sources stays', () => {
  for (const prose of [
    '#MeToo kwam ook in Rusland op gang, schreef de krant.',
    'Zelensky heeft op Telegram 1,2 miljoen volgers.',
    'Volgens het Telegram-kanaal Rybar rukten Russische troepen op.',
    'Volg het geld, zei de onderzoeker over de sancties.',
    'Het kanaal telt 12.431 abonnees, meldt de beheerder.',
    'Bekijk het origineel van het akkoord eens goed, zei Lavrov.',
    'Meer over de gesprekken maakte het Kremlin niet bekend.',
    '2 miljoen',
  ]) {
    assert.deepEqual(keptText(prose), [prose], prose);
  }
});

test('more furniture shapes: tag chips, label-first view counts, large audience counts, origin notes', () => {
  const furniture = [
    'Rusland · Oekraïne · Verenigde Staten',
    'Kremlin • Witte Huis • Sancties • Diplomatie',
    'Weergaven: 8.312',
    '1,2 mln. abonnees',
    'Via: nu.nl',
    'Oorspronkelijk verschenen op voorbeeld.nl',
    'Ga verder met lezen op voorbeeld.nl',
  ];
  assert.deepEqual(keptText(['Slotzin van het stuk.', ...furniture].join('\n')), ['Slotzin van het stuk.']);
  for (const kept of ['Nieuws • 7 december 2021', 'Biden · Poetin', 'Via Turkije reisde de delegatie door naar Moskou.']) {
    assert.equal(keptText(kept).length, 1, kept);
  }
});
