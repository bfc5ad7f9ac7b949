import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle, isWholeQuote } from '../../src/ingest/extract.ts';
import { deriveTitle } from '../../src/ingest/title/derive.ts';
import { looksLikeSubheading, splitDateline, splitGluedHeadline } from '../../src/ingest/headline.ts';
import type { SourceLine } from '../../src/ingest/noise.ts';
import { buildItems } from '../../src/ingest/paragraphs.ts';
import { dropRepeats } from '../../src/ingest/repeats.ts';
import { segmentArticles } from '../../src/ingest/segment.ts';
import { IngestFile } from '../../src/ingest/diagnostics.ts';

const linesOf = (text: string): SourceLine[] => text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
const segmentsOf = (text: string) => segmentArticles(buildItems(linesOf(text), new IngestFile('t.txt')), new IngestFile('t.txt'));

test('paragraphs: one per line, blank-line blocks, hard wraps joined', () => {
  const perLine = buildItems(linesOf('Kop\nEerste alinea.\nTweede alinea.'), new IngestFile('t.txt'));
  assert.deepEqual(
    perLine.map((i) => i.kind === 'text' && i.text),
    ['Kop', 'Eerste alinea.', 'Tweede alinea.'],
  );
  const wrapped = buildItems(
    linesOf(
      [
        'Biden en Poetin spreken over Oekraïne in een lang telefoongesprek',
        '',
        'De Amerikaanse president Joe Biden en de Russische president Vladimir',
        'Poetin hebben dinsdag ruim twee uur met elkaar gesproken over de',
        'spanningen rond Oekraïne, meldt het Witte Huis in een verklaring.',
        '',
        'Biden waarschuwde zijn ambtgenoot voor zware economische sancties.',
      ].join('\n'),
    ),
    new IngestFile('t.txt'),
  );
  assert.deepEqual(
    wrapped.map((i) => (i.kind === 'text' ? i.line : null)),
    [1, 3, 7],
  );
  const joined = wrapped[1];
  assert.ok(joined?.kind === 'text' && joined.text.includes('Vladimir Poetin hebben') && joined.text.endsWith('verklaring.'));
  // Not wrapped (long one-line paragraphs): a short capitalised line is its own paragraph.
  const headed = buildItems(
    linesOf(`${'Kop zonder punt aan het einde van de regel die best lang is hier'}\nAanvulling\n\n${'x'.repeat(150)}`),
    new IngestFile('t.txt'),
  );
  assert.equal(headed.length, 3);
});

test('date lines and headers become items, never paragraph text', () => {
  const items = buildItems(
    linesOf(' date 2021-04 De tekst begint hier.\ndinsdag 7 december 2021, 19:05\nMeer tekst.'),
    new IngestFile('t.txt'),
  );
  assert.deepEqual(
    items.map((i) => i.kind),
    ['header', 'text', 'date', 'text'],
  );
});

test('repeats: whole paragraphs and glued repeats vanish, partial repeats keep new sentences', () => {
  const a = 'Oekraïne is een van de onderwerpen van het gesprek.';
  const b = 'Biden sprak zijn zorgen uit over de Russische troepen.';
  const c = 'Het Kremlin meldt dat Poetin zijn opvattingen heeft uitgelegd.';
  const paragraphs = [
    { text: a },
    { text: b },
    { text: `${a}   ${b}\n${c}` },
    { text: `${c} Dit is een geheel nieuwe zin van vijf woorden.` },
    { text: 'Dat zei hij.' },
    { text: 'Dat zei hij.' },
  ];
  const { kept, removed } = dropRepeats(paragraphs);
  assert.deepEqual(
    kept.map((p) => p.text),
    [a, b, c, 'Dit is een geheel nieuwe zin van vijf woorden.', 'Dat zei hij.', 'Dat zei hij.'],
  );
  assert.deepEqual(removed, []);
  const whole = dropRepeats([{ text: a }, { text: b }, { text: `${a} ${b}` }]);
  assert.equal(whole.kept.length, 2);
  assert.equal(whole.removed.length, 1);
});

test('glued headline: split at a lede start, not inside ordinary sentences', () => {
  assert.deepEqual(
    splitGluedHeadline(
      'Biden wil troepen tegen 11 september uit Afghanistan terugtrekken De Amerikaanse president Joe Biden wil volgens mediaberichten alle troepen terugtrekken.',
    ),
    {
      headline: 'Biden wil troepen tegen 11 september uit Afghanistan terugtrekken',
      rest: 'De Amerikaanse president Joe Biden wil volgens mediaberichten alle troepen terugtrekken.',
    },
  );
  assert.equal(
    splitGluedHeadline('Biden en Poetin gaan praten WASHINGTON (ANP) - De Amerikaanse president Biden gaat met Poetin in gesprek.')
      ?.headline,
    'Biden en Poetin gaan praten',
  );
  for (const sentence of [
    'De Amerikaanse president Joe Biden heeft zijn Russische ambtgenoot Vladimir Poetin uitgenodigd.',
    'Gisteren zei burgemeester De Wever dat de stad veilig is en blijft voor iedereen die er woont.',
    'Volgens het Witte Huis maakte Biden duidelijk dat de VS resoluut zullen reageren.',
    'BRUSSEL (ANP) - De Europese Unie heeft besloten de sancties tegen Rusland te verlengen.',
    'Oekraïne is een van die onderwerpen. De president sprak zijn zorgen uit over de troepen.',
  ]) {
    assert.equal(splitGluedHeadline(sentence), null, sentence);
  }
});

test('datelines with one or more places and agencies, any dash', () => {
  assert.deepEqual(splitDateline('WASHINGTON/MOSKOU (ANP/AFP/RTR) - De minister'), {
    dateline: 'WASHINGTON/MOSKOU',
    agency: 'ANP/AFP/RTR',
    rest: 'De minister',
  });
  assert.deepEqual(splitDateline('DEN HAAG (ANP) – Het kabinet'), { dateline: 'DEN HAAG', agency: 'ANP', rest: 'Het kabinet' });
  assert.deepEqual(splitDateline('KYIV (Reuters) — Zelensky'), { dateline: 'KYIV', agency: 'Reuters', rest: 'Zelensky' });
  assert.equal(splitDateline('De VS (Verenigde Staten) - tekst').dateline, null);
});

test('subheadings and whole-paragraph quotes', () => {
  assert.ok(looksLikeSubheading('Troepenmacht opgesteld'));
  assert.ok(looksLikeSubheading("Poetin vindt beschuldiging aan zijn adres 'provocatief'"));
  assert.ok(!looksLikeSubheading('"Dit is onacceptabel"'));
  assert.ok(!looksLikeSubheading('Dat zei hij.'));
  assert.ok(isWholeQuote('“We hebben geen reden tot optimisme.”'));
  assert.ok(isWholeQuote('"Dit is een zwarte dag voor Europa."'));
  assert.ok(!isWholeQuote('"De hysterie heeft zijn hoogtepunt bereikt", aldus een topadviseur.'));
});

test('segments: headline line, subheading, new article at a headline before a dateline', () => {
  const segments = segmentsOf(
    [
      'Biden en Poetin bellen over Oekraïne',
      'WASHINGTON (ANP) - De Amerikaanse president Joe Biden heeft met Poetin gebeld.',
      'Troepen aan de grens',
      'Rusland heeft troepen aan de grens met Oekraïne samengetrokken.',
      'Kremlin: gesprek was constructief',
      'MOSKOU (AFP) - Het Kremlin noemt het telefoongesprek constructief.',
    ].join('\n'),
  );
  assert.deepEqual(
    segments.map((s) => s.headline?.text),
    ['Biden en Poetin bellen over Oekraïne', 'Kremlin: gesprek was constructief'],
  );
  assert.deepEqual(
    segments[0]?.blocks.map((b) => b.type),
    ['paragraph', 'heading', 'paragraph'],
  );
  assert.equal(segments[1]?.line, 5);
});

test('extract: front matter wins, a headline is derived from the lede, undated is reported', () => {
  const [segment] = segmentsOf(
    'De Amerikaanse president Joe Biden heeft zijn Russische ambtgenoot Vladimir Poetin in een telefoongesprek uitgenodigd voor een top.\nTweede alinea.',
  );
  assert.ok(segment);
  const article = new IngestFile('t.txt');
  const derived = extractArticle(segment, {}, article);
  assert.equal(derived.titleSource, 'derived');
  assert.equal(derived.title, 'Biden nodigt Poetin in telefoongesprek uit voor top');
  assert.deepEqual([derived.date, derived.datePrecision, derived.dateSource], [null, null, null]);
  assert.deepEqual(
    article.warnings.map((i) => i.rule),
    ['date/missing'],
  );
  const curated = extractArticle(
    segment,
    { title: 'Biden nodigt Poetin uit', date: { date: '2021-04-13', precision: 'day' } },
    new IngestFile('t.txt'),
  );
  assert.deepEqual(
    [curated.title, curated.titleSource, curated.date, curated.dateSource],
    ['Biden nodigt Poetin uit', 'frontmatter', '2021-04-13', 'frontmatter'],
  );
  assert.equal(deriveTitle('Kort en krachtig. Tweede zin.'), 'Kort en krachtig');
});

test('extract: date line beats a coarser header; weekday mismatch warns with its line', () => {
  const [segment] = segmentsOf(
    ' date 2021-12 Biden belt Poetin De Amerikaanse president belt met zijn Russische ambtgenoot over Oekraïne.\nmaandag 7 december 2021\nTweede alinea.',
  );
  assert.ok(segment);
  const article = new IngestFile('t.txt');
  const x = extractArticle(segment, {}, article);
  assert.equal(x.title, 'Biden belt Poetin');
  assert.deepEqual([x.date, x.datePrecision, x.dateSource], ['2021-12-07', 'day', 'text']);
  assert.deepEqual(
    article.warnings.map((i) => [i.rule, i.line]),
    [['date/weekday-mismatch', 2]],
  );
});
