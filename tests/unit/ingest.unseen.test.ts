/**
 * Article pages in the styles of outlets the seeds do not come from (NOS, NU.nl, de Volkskrant,
 * NRC, Trouw, AD, RTL Nieuws, De Standaard, HLN, VRT NWS, De Morgen, De Telegraaf), each with
 * what a careful human reader would take from it. The parser's rules are general; these files
 * check that they carry over to page chrome and date formats it was not written against.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseDateLine } from '../../src/ingest/dates.ts';
import { splitGluedHeadline } from '../../src/ingest/headline.ts';
import { ingestFile } from '../../src/ingest/pipeline.ts';
import { IngestFile } from '../../src/ingest/diagnostics.ts';
import { stripNoise } from '../../src/ingest/noise.ts';
import type { ArticleRecord } from '../../src/record/types.ts';

const DIR = new URL('../fixtures/ingest/unseen/', import.meta.url);

interface Expected {
  title: string;
  titleSource?: 'headline' | 'derived';
  /** [date, precision, source], or null when the page states no publication date. */
  date: [string, 'day' | 'month' | 'year', 'text' | 'header'] | null;
  dateline: string | null;
  agency: string | null;
  paragraphs: number;
  headings: string[];
  ledeStarts: string;
  /** Must occur exactly once in the body. */
  contains: string[];
  /** Must occur nowhere: title, lede or body. */
  absent: string[];
}

const CASES: Record<string, Expected[]> = {
  'nos-liveblog-undated.txt': [
    {
      title: 'Biden en Poetin spreken elkaar dinsdag via een videoverbinding',
      date: null,
      dateline: null,
      agency: null,
      paragraphs: 3,
      headings: [],
      ledeStarts: 'De Amerikaanse president Biden en de Russische president Poetin spreken elkaar dinsdag',
      contains: ['Dat heeft het Witte Huis bevestigd.', 'niet verder naar het oosten uitbreidt.'],
      absent: ['NOS Nieuws', 'Vandaag', 'Foto: EPA', 'Deel artikel', 'Lees meer over', 'Bekijk ook', 'rode lijnen', 'Zo ziet'],
    },
  ],
  'nu-nl-dated.txt': [
    {
      title: 'Blinken en Lavrov praten in Genève over Oekraïnecrisis',
      date: ['2021-04-13', 'day', 'text'],
      dateline: null,
      agency: null,
      paragraphs: 3,
      headings: [],
      ledeStarts: 'De Amerikaanse minister van Buitenlandse Zaken Antony Blinken heeft dinsdag',
      contains: ['"We zijn bereid om te praten, maar we zijn ook bereid om te reageren", aldus Blinken.'],
      absent: ['Door Jan Jansen', 'NU.nl/ANP', 'Update:', '19:05', 'Leestijd', 'Reageer', '(124)', 'Lees meer over'],
    },
  ],
  'volkskrant-heading.txt': [
    {
      title: 'Poetin en Biden praten ruim een uur: ‘Geen doorbraak, wel contact’',
      date: ['2022-02-12', 'day', 'text'],
      dateline: null,
      agency: null,
      // The standfirst under the headline is the article's own text, so it is kept.
      paragraphs: 5,
      headings: ['Kremlin: hysterie'],
      ledeStarts: 'Het langverwachte telefoongesprek leverde vooral de afspraak op',
      contains: ['De Franse president Macron sprak eerder op de dag ook met Poetin.', 'Adviseur Joeri Oesjakov zei'],
      absent: [
        'Door Marieke de Vries',
        'Leestijd',
        'Beeld: AFP',
        'nieuwsbrief',
        'Meer over Oekraïne',
        'Lees ook',
        'juist nu de spanning',
        'Nieuws',
      ],
    },
  ],
  'ad-short-year.txt': [
    {
      title: 'Kremlin: ‘Geen Amerikaanse troepen in Oekraïne na wapenstilstand’',
      date: ['2022-02-12', 'day', 'text'],
      dateline: 'MOSKOU',
      agency: 'AFP/ANP',
      paragraphs: 3,
      headings: [],
      ledeStarts: 'Het Kremlin wil geen Amerikaanse of Europese troepen in Oekraïne',
      contains: [
        '„Dat zou de situatie alleen maar verergeren”, zei hij.',
        'Het Witte Huis heeft nog niet gereageerd op de uitspraken van Peskov.',
      ],
      absent: ['Laatste update', '12-02-22', 'Redactie', 'Foto: EPA', 'Populair', 'steekpartij', 'code oranje'],
    },
  ],
  'rtl-laatste-update.txt': [
    {
      title: 'Biden dreigt Poetin met zware sancties',
      date: ['2022-02-12', 'day', 'text'],
      dateline: 'WASHINGTON',
      agency: 'ANP',
      paragraphs: 3,
      headings: [],
      ledeStarts: 'President Biden heeft zijn Russische collega Poetin in een telefoongesprek gewaarschuwd',
      contains: ['Poetin herhaalde volgens het Kremlin zijn eis dat Oekraïne nooit lid wordt van de NAVO.'],
      absent: ['RTL Nieuws', 'Laatste update', 'Video', 'Bekijk hier', 'WhatsApp', 'Net binnen', 'Amsterdam-West', 'A2'],
    },
  ],
  'hln-slash-date.txt': [
    {
      title: 'Poetin en Biden bellen uur lang, maar geen doorbraak in Oekraïnecrisis',
      date: ['2022-02-12', 'day', 'text'],
      dateline: null,
      agency: null,
      paragraphs: 4,
      headings: [],
      ledeStarts: 'De Russische president Vladimir Poetin en zijn Amerikaanse ambtgenoot Joe Biden',
      contains: ['Een doorbraak kwam er niet.', 'Ook toen leverde dat geen akkoord op over de troepen aan de grens.'],
      absent: ['Bron: Belga', '12/02/2022', 'Lees ook', 'Meest bekeken', 'E40', 'schoolkoor', 'Reageer'],
    },
  ],
  'standaard-weekday-om.txt': [
    {
      title: 'Biden en Poetin houden de deur op een kier',
      date: ['2022-02-12', 'day', 'text'],
      dateline: null,
      agency: null,
      paragraphs: 4,
      headings: [],
      ledeStarts: 'Na een gesprek van een uur blijven de Amerikaanse en de Russische president praten.',
      contains: ['Hij zei dat paniek ‘de beste vriend van onze vijanden’ is.'],
      absent: ['zaterdag 12 februari', 'Buitenland', 'Beeld: AP', 'Lees meer', 'een overzicht', 'Het laatste nieuws over de crisis'],
    },
  ],
  'vrt-glued-name.txt': [
    {
      // The lede opens with a person's full name: the headline is glued onto it.
      title: 'Rusland wijst Amerikaans vredesplan af',
      date: ['2025-05-16', 'day', 'text'],
      dateline: null,
      agency: null,
      paragraphs: 3,
      headings: [],
      ledeStarts: 'Vladimir Medinski sprak donderdag na afloop van de onderhandelingen in Istanbul',
      contains: ['Volgens de Russische onderhandelaar houdt het voorstel van Washington geen rekening met de situatie aan het front.'],
      absent: ['VRT NWS', 'Deel dit artikel', 'Facebook', 'LinkedIn', 'vredesplan af Vladimir'],
    },
  ],
  'demorgen-month-only-quote-lede.txt': [
    {
      // The lede opens with an attributed quotation: the headline is glued onto it.
      title: 'Biden waarschuwt Poetin voor gevolgen van inval in Oekraïne',
      date: ['2022-02', 'month', 'text'],
      dateline: null,
      agency: null,
      paragraphs: 2,
      headings: [],
      ledeStarts: '"Als Rusland binnenvalt, zullen we snel en resoluut reageren", zei de Amerikaanse president Joe Biden',
      contains: ['Het Kremlin heeft nog niet gereageerd.'],
      absent: ['februari 2022', '© Belga', 'Lees ook', 'Wat wil Poetin'],
    },
  ],
  'telegraaf-two-articles.txt': [
    {
      title: 'Poetin belt met Macron en Biden over Oekraïne',
      date: ['2022-02-12', 'day', 'text'],
      dateline: 'MOSKOU',
      agency: 'ANP/AFP',
      paragraphs: 2,
      headings: [],
      ledeStarts: 'De Russische president Poetin heeft zaterdag met de Franse president Macron',
      contains: ['Macron zei na afloop dat hij "geen aanwijzingen" ziet dat Rusland een aanval voorbereidt.'],
      absent: ['Zweden', 'Gotland', 'Buitenland'],
    },
    {
      // A second article glued onto the page states no date of its own.
      title: 'Zweden stuurt extra militairen naar Gotland',
      date: null,
      dateline: 'STOCKHOLM',
      agency: 'ANP/RTR',
      paragraphs: 2,
      headings: [],
      ledeStarts: 'Zweden stuurt extra militairen naar het eiland Gotland in de Oostzee.',
      contains: ['De Zweedse regering benadrukt dat er geen directe dreiging is.'],
      absent: ['Poetin', 'Meer uit Buitenland', 'BERLIJN', 'geleden', 'wapenleveranties'],
    },
  ],
  'trouw-no-date.txt': [
    {
      title: 'Amerikaanse senatoren willen harde sancties tegen Moskou',
      date: null,
      dateline: null,
      agency: null,
      paragraphs: 4,
      headings: [],
      ledeStarts: 'Een groep Democratische senatoren wil Rusland nu al straffen',
      contains: ['Republikeinse senatoren willen dat de sancties direct ingaan.'],
      absent: [
        'Trouw',
        'Leestijd',
        'Door Pieter Bakker',
        'Anna van den Berg',
        'Foto: Reuters',
        'Facebook',
        'Gerelateerde artikelen',
        'klaar voor een oorlog',
      ],
    },
  ],
  'nrc-dateline-teaser.txt': [
    {
      title: 'Lavrov: Rusland wacht op schriftelijk antwoord uit Washington',
      date: ['2022-01-27', 'day', 'text'],
      // A dateline without an agency: the place is still the dateline.
      dateline: 'MOSKOU',
      agency: null,
      paragraphs: 3,
      headings: [],
      ledeStarts: 'De Russische minister van Buitenlandse Zaken Sergej Lavrov zegt',
      contains: ['Hij noemde het antwoord donderdag "niet positief".'],
      absent: ['NRC', 'Leestijd', 'Zemlianichenko', 'Meer over dit onderwerp', 'op een rij', 'Hoe Poetin de NAVO uitdaagt', 'Nieuws'],
    },
  ],
};

const occurrences = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

for (const [file, expected] of Object.entries(CASES)) {
  test(`unseen outlet page ${file}`, () => {
    const result = ingestFile({ file, bytes: new Uint8Array(readFileSync(new URL(file, DIR))) });
    assert.deepEqual(result.errors, [], file);
    assert.deepEqual(
      result.records.map((r) => r.title),
      expected.map((e) => e.title),
      `${file}: titles`,
    );
    expected.forEach((want, i) => {
      const got = result.records[i] as ArticleRecord;
      const where = `${file} part ${i + 1}`;
      assert.equal(got.titleSource, want.titleSource ?? 'headline', `${where}: titleSource`);
      assert.deepEqual(got.date === null ? null : [got.date, got.datePrecision, got.dateSource], want.date, `${where}: date`);
      if (want.date === null) {
        assert.ok(
          result.warnings.some((w) => w.rule === 'date/missing' && w.message.includes(want.title)),
          `${where}: the report says it is undated`,
        );
      }
      assert.equal(got.dateline, want.dateline, `${where}: dateline`);
      assert.equal(got.agency, want.agency, `${where}: agency`);
      assert.equal(got.blocks.filter((b) => b.type !== 'heading').length, want.paragraphs, `${where}: paragraphs`);
      assert.deepEqual(
        got.blocks.filter((b) => b.type === 'heading').map((b) => b.text),
        want.headings,
        `${where}: headings`,
      );
      assert.ok(got.lede.startsWith(want.ledeStarts), `${where}: lede starts "${got.lede.slice(0, 80)}"`);
      const body = got.blocks.map((b) => b.text).join('\n');
      for (const phrase of want.contains) assert.equal(occurrences(body, phrase), 1, `${where}: "${phrase}" once in the body`);
      const everything = `${got.title}\n${got.lede}\n${body}\n${got.html}`;
      for (const phrase of want.absent) assert.ok(!everything.includes(phrase), `${where}: noise "${phrase}" left`);
    });
  });
}

test('a name or quotation glued to a headline splits only where a new sentence starts', () => {
  const split = (text: string) => splitGluedHeadline(text, { weakLedes: true })?.headline ?? null;
  // A name that is the object of the opening sentence, not the subject of a new one.
  assert.equal(split('Gisteren sprak Biden opnieuw Vladimir Poetin over de troepen aan de grens met Oekraïne.'), null);
  // A lede that names people after its own title word is one sentence.
  assert.equal(split('De Amerikaanse en Russische presidenten Joe Biden en Vladimir Poetin spraken zaterdag een uur.'), null);
  // A lowercase quotation inside the first sentence is not a lede.
  assert.equal(split('Poetin noemt de Amerikaanse eisen "volstrekt onaanvaardbaar en gevaarlijk voor Europa", zegt het Kremlin.'), null);
  // Without the start-of-article context the weak signals are not used at all.
  assert.equal(
    splitGluedHeadline('Rusland wijst Amerikaans vredesplan af Vladimir Medinski sprak donderdag in Istanbul van een slecht plan.'),
    null,
  );
  assert.equal(
    split('Rusland wijst Amerikaans vredesplan af Vladimir Medinski sprak donderdag in Istanbul van een slecht plan.'),
    'Rusland wijst Amerikaans vredesplan af',
  );
});

test('outlet date formats: two-digit years, stamps run together, relative stamps after an outlet name', () => {
  const day = (line: string) => {
    const d = parseDateLine(line);
    return d && [d.date, d.precision];
  };
  assert.deepEqual(day('12-02-22, 21:30'), ['2022-02-12', 'day']);
  assert.deepEqual(day('Laatste update: 12-02-22, 22:10'), ['2022-02-12', 'day']);
  assert.deepEqual(day('13 apr 2021 om 19:05 Update: 14 apr 2021'), ['2021-04-13', 'day']);
  assert.deepEqual(day('12/02/2022 om 21:30'), ['2022-02-12', 'day']);
  assert.deepEqual(day('za 12 feb 2022 - 21:30'), ['2022-02-12', 'day']);
  assert.deepEqual(day('februari 2022'), ['2022-02', 'month']);
  // Still never a date: prose that merely contains one, an impossible two-digit date, a relative stamp.
  assert.equal(parseDateLine('Het akkoord van 12-02-22 werd bijgewerkt op 13 februari 2022'), null);
  assert.equal(parseDateLine('31-02-22'), null);
  assert.equal(parseDateLine('NOS Nieuws•Vandaag, 12:15'), null);
  const kept = stripNoise(
    ['NOS Nieuws•Vandaag, 12:15', 'Leestijd 3 minuten', 'Redactie', '(124)'].map((text, i) => ({ line: i + 1, text })),
    new IngestFile('t.txt'),
  );
  assert.deepEqual(kept, []);
});

test('a top-of-page label that is also a sidebar heading only ends the article after article text', () => {
  const lines = (text: string) => text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
  const keptText = (text: string) => stripNoise(lines(text), new IngestFile('t.txt')).map((l) => l.text);
  assert.deepEqual(keptText('Net binnen\nKop van het stuk\nDe tekst van het artikel.'), ['Kop van het stuk', 'De tekst van het artikel.']);
  assert.deepEqual(keptText('Kop van het stuk\nDe tekst van het artikel.\nNet binnen\nAnder bericht'), [
    'Kop van het stuk',
    'De tekst van het artikel.',
  ]);
});
