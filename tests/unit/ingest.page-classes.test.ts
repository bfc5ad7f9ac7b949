/**
 * The classes of trouble on real scraped pages, each in several variants of our own: what must go
 * (captions, page facts, disclaimers, prompts, logos, stamps) and what must stay (prose that looks
 * a little like them), and how dates, datelines, agencies and headlines are read around them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isYearlessStamp, parseDateLine, parseDatePrefix } from '../../src/ingest/dates.ts';
import { IngestFile } from '../../src/ingest/diagnostics.ts';
import { captionEvidence, looksLikeBylineName, splitDateline, splitGluedHeadline } from '../../src/ingest/headline.ts';
import { stripNoise } from '../../src/ingest/noise.ts';
import { ingestFile } from '../../src/ingest/pipeline.ts';
import type { ArticleRecord } from '../../src/record/types.ts';

const lines = (texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));
/** What is left of each line after noise removal (one line at a time). */
const keptOf = (text: string): string | null => stripNoise(lines([text]), new IngestFile('t.txt'))[0]?.text ?? null;
const ruleOf = (text: string): string | undefined => {
  const file = new IngestFile('t.txt');
  stripNoise(lines([text]), file);
  return file.dropped[0]?.rule;
};
const only = (text: string): ArticleRecord => {
  const result = ingestFile({ file: 't.txt', bytes: new TextEncoder().encode(text) });
  assert.equal(result.records.length, 1, text.slice(0, 60));
  return result.records[0] as ArticleRecord;
};
const body = (r: ArticleRecord): string => r.blocks.map((b) => b.text).join('\n');

const LEDE =
  'De Amerikaanse president Joe Biden en de Russische president Vladimir Poetin hebben dinsdag ruim twee uur met elkaar gesproken over Oekraïne.';
const SECOND = 'Biden dreigde met zware economische sancties als Rusland Oekraïne binnenvalt. Poetin eiste garanties van de NAVO.';

test('caption-credit: a caption ending in a credit in any style is dropped, prose about photos is not', () => {
  for (const caption of [
    'Poetin tijdens een persconferentie in het Kremlin. Beeld AFP',
    'De delegaties aan tafel in Riyad. Foto Evelyn Hockstein/Reuters',
    'Zelensky spreekt het parlement toe Ⓒ FOTO ANP',
    'Biden in het Oval Office (c) Belga',
    'Lavrov bij aankomst in Moskou. Foto: Photo News',
    'Een uitgebrande tank bij Charkiv. Beeld: Reuters',
    'Macron en Scholz in Parijs. Foto ANP / Remko de Waal',
    'Leden van de Nationale Garde bij de grens. (Foto: Omroep Zuid)',
    'Trump en Poetin schudden elkaar de hand in Anchorage. Ⓒ ANP/HH',
    'foto: HH',
    'Copyright 2023 The Associated Press. All rights reserved.',
    '© 2024 Microsoft',
  ]) {
    assert.equal(keptOf(caption), null, caption);
    assert.equal(ruleOf(caption), 'noise/photo-credit', caption);
  }
  for (const prose of [
    "Foto's van de ramp gingen de wereld over.",
    'Het beeld dat Poetin schetste, klopt volgens Kiev niet.',
    'De minister zei dat de foto van Biden en Poetin "veel zegt".',
    'Beeldvorming speelt een grote rol, zegt analist Jan de Boer.',
  ]) {
    assert.equal(keptOf(prose), prose, prose);
  }
});

test('fake headline: a credit or page fact glued onto the headline is cut off, the headline kept', () => {
  assert.equal(keptOf('Foto: ANPBiden belt Poetin over Oekraïne'), 'Biden belt Poetin over Oekraïne');
  assert.equal(keptOf('Beeld AFPRubio en Lavrov praten in Riyad'), 'Rubio en Lavrov praten in Riyad');
  assert.equal(keptOf('© EPAZelensky vraagt om luchtafweer'), 'Zelensky vraagt om luchtafweer');
  assert.equal(keptOf('Leestijd 2 minBiden waarschuwt Poetin'), 'Biden waarschuwt Poetin');
  assert.equal(keptOf('leestijd: 4 minutenKremlin reageert'), 'Kremlin reageert');
  assert.equal(keptOf('gisteren, 18:04MOSKOU - Het Kremlin zegt nee.'), 'MOSKOU - Het Kremlin zegt nee.');
  assert.equal(keptOf('Vandaag om 09:15 | KIEV - Raketten op de stad.'), 'KIEV - Raketten op de stad.');
  assert.equal(keptOf('21:47 Biden zegt dat het gesprek zakelijk was.'), 'Biden zegt dat het gesprek zakelijk was.');
  // A headline that merely opens with a word like these keeps it.
  assert.equal(keptOf('Vandaag spreekt Biden met Poetin'), 'Vandaag spreekt Biden met Poetin');
  assert.equal(keptOf('FOTO: ANP'), null);
  const r = only(['Leestijd 3 minBiden en Poetin spreken ruim twee uur', 'dinsdag 7 december 2021', LEDE, SECOND].join('\n'));
  assert.equal(r.title, 'Biden en Poetin spreken ruim twee uur');
  const named = only(['Biden en Poetin spreken ruim twee uur', 'Karin van den Broek', '7 december 2021', LEDE, SECOND].join('\n'));
  assert.equal(named.title, 'Biden en Poetin spreken ruim twee uur', 'a byline that is only a name is not the headline');
  assert.ok(
    looksLikeBylineName('Karin van den Broek') && !looksLikeBylineName('Het Witte Huis') && !looksLikeBylineName('Verenigde Staten'),
  );
});

test('caption-bare: a verb-less caption is set aside before the lede, at the top and between paragraphs', () => {
  for (const caption of [
    'Poetin tijdens een persconferentie in het Kremlin',
    'Zelensky bij aankomst op de luchthaven van Warschau',
    'Sergej Lavrov en Antony Blinken, archiefbeeld',
    'Kremlin-woordvoerder Peskov na afloop van de persconferentie',
    'Mark Rutte (links) en Joe Biden in het Witte Huis',
  ]) {
    assert.equal(captionEvidence(caption), 'cue', caption);
  }
  assert.equal(captionEvidence('De Oekraïense president Zelensky en zijn Poolse ambtgenoot Duda in Kiev'), 'shape');
  // A place whose name has a particle ends a caption too.
  for (const caption of ['Rubio en Lavrov bij het Paleis van de Naties', 'Blinken en Lavrov aan de Golf van Finland']) {
    assert.equal(captionEvidence(caption), 'shape', caption);
  }
  assert.equal(captionEvidence('Blinken spreekt Lavrov aan de Golf van Finland'), null, 'with a verb it is a headline');
  for (const headline of [
    'Biden belt Poetin over Oekraïne',
    'Basketbalster Griner vrij na gevangenenruil tussen VS en Rusland',
    'Poetin: westerse sancties ‘vergelijkbaar met oorlogsverklaring’',
    'Biden waarschuwt Poetin tijdens videogesprek',
    'Sancties dreigen',
    'Poetin in het defensief',
    'Kort overleg in Genève.',
  ]) {
    assert.equal(captionEvidence(headline), null, headline);
  }
  const between = only(
    ['Biden en Poetin spreken ruim twee uur', '7 december 2021', 'Biden tijdens het videogesprek in de Situation Room', LEDE, SECOND].join(
      '\n',
    ),
  );
  assert.equal(between.title, 'Biden en Poetin spreken ruim twee uur');
  assert.ok(!body(between).includes('Situation Room'));
  const top = only(['Poetin tijdens het videogesprek in Sotsji', LEDE, SECOND].join('\n'));
  assert.equal(top.titleSource, 'derived');
  assert.ok(!`${top.title}\n${body(top)}`.includes('Sotsji'));
  const inside = only(
    [
      'Biden en Poetin spreken ruim twee uur',
      LEDE,
      'De Amerikaanse minister Blinken en zijn Russische ambtgenoot Lavrov in Genève',
      SECOND,
    ].join('\n'),
  );
  assert.deepEqual(
    inside.blocks.map((b) => b.type),
    ['paragraph', 'paragraph'],
  );
  // Without a caption phrase, a verb-less line that opens on a person and names a place is still
  // the headline when nothing else is.
  assert.equal(
    only(['Blinken in Kiev voor overleg over wapenleveranties', LEDE, SECOND].join('\n')).title,
    'Blinken in Kiev voor overleg over wapenleveranties',
  );
});

test('page-facts: a line of facts is dropped, a date stamp among them is kept as the date line', () => {
  for (const facts of [
    'Nieuws • Gisteren • leestijd 3 minuten • 1.204 keer bekeken • opslaan',
    'Politiek | 12 reacties | Delen',
    'Verhaal door Reuters • 3 u',
    'Opslaan',
    'Bewaar in leeslijst',
    '512 woorden',
    '3 u',
    'Delen via WhatsApp',
    'Deel dit liveblog',
  ]) {
    assert.equal(keptOf(facts), null, facts);
  }
  assert.equal(keptOf('Buitenland · 7 december 2021, 19:05 · 4 min leestijd'), '7 december 2021, 19:05');
  assert.equal(
    keptOf('NOS Nieuws•Buitenland•dinsdag 7 december 2021, 22:38•Aangepast dinsdag 7 december 2021, 23:14'),
    'dinsdag 7 december 2021, 22:38 | Aangepast dinsdag 7 december 2021, 23:14',
  );
  const r = only(['Biden en Poetin spreken ruim twee uur', 'Trouw · 8 december 2021 · Pagina 5 · 412 woorden', LEDE, SECOND].join('\n'));
  assert.deepEqual([r.date, r.dateSource], ['2021-12-08', 'text']);
  // A bar inside prose is not a facts line.
  const prose = 'Biden | Poetin: het gesprek duurde ruim twee uur en leverde volgens beide kanten weinig op.';
  assert.equal(keptOf(prose), prose);
});

test('disclaimer: AI, translation, correction, update and print-edition notes are dropped; prose about an "artikel" is not', () => {
  for (const note of [
    'Dit artikel is met behulp van AI geschreven.',
    'Deze tekst is automatisch vertaald.',
    'Dit bericht is automatisch vertaald',
    'Correctie: in een eerdere versie stond een verkeerde datum.',
    'Dit artikel is bijgewerkt met een reactie van het Kremlin.',
    'De redactie heeft dit artikel aangepast',
    'Een versie van dit artikel verscheen ook in de krant van 3 maart 2022.',
    '(Dit stuk werd later aangevuld.)',
  ]) {
    assert.equal(ruleOf(note), 'noise/disclaimer', note);
  }
  for (const prose of [
    'Artikel 5 van het NAVO-verdrag is volgens Biden "heilig".',
    'Lavrov noemde het artikel in de Washington Post "leugens".',
  ]) {
    assert.equal(keptOf(prose), prose, prose);
  }
});

test('paywall and logo: prompts, logo and icon labels, skip links and aggregator chrome are dropped', () => {
  for (const prompt of [
    'Word abonnee en lees verder',
    'Meld je aan en lees dit artikel gratis',
    'Al abonnee? Log in',
    'Lees verder met Premium',
    'Krijg onbeperkt toegang tot al onze artikelen.',
    'Je hebt nog 2 gratis artikelen deze maand',
    'Dit artikel is exclusief voor abonnees',
    'Gratis registreren',
  ]) {
    assert.equal(ruleOf(prompt), 'noise/paywall', prompt);
  }
  for (const chrome of [
    'NOS logo',
    'Logo De Telegraaf',
    'icon-print',
    'Ga naar de hoofdinhoud',
    'Skip to content',
    'Menu',
    'Zoeken',
    'Luister live',
    'Meer voor jou',
  ]) {
    assert.equal(keptOf(chrome), null, chrome);
  }
  for (const prose of ['Wie abonnee wordt, krijgt volgens de krant korting.', 'Het logo van de NAVO hangt in Brussel.']) {
    assert.equal(keptOf(prose), prose, prose);
  }
});

test('closing-credit: an agency in parentheses after the text is the agency, never text; a photo credit never is', () => {
  const own = only(['Biden en Poetin spreken ruim twee uur', LEDE, SECOND, '(ANP/Belga)'].join('\n'));
  assert.equal(own.agency, 'ANP/Belga');
  assert.ok(!body(own).includes('(ANP'));
  const glued = only(['Biden en Poetin spreken ruim twee uur', LEDE, `${SECOND} (AFP)`].join('\n'));
  assert.equal(glued.agency, 'AFP');
  assert.ok(body(glued).endsWith('garanties van de NAVO.'));
  const photo = only(
    ['Biden en Poetin spreken ruim twee uur', 'Biden in de Situation Room. © AFP', LEDE, SECOND, '(Belga/DPA)'].join('\n'),
  );
  assert.equal(photo.agency, 'Belga/DPA');
  const dateline = only(['Biden en Poetin spreken ruim twee uur', `WASHINGTON (AP) - ${LEDE}`, SECOND, '(Belga)'].join('\n'));
  assert.equal(dateline.agency, 'AP', 'the dateline names the agency first');
  const mention = only(['Biden en Poetin spreken ruim twee uur', LEDE, 'Dat meldt persbureau Reuters (RTR)'].join('\n'));
  assert.equal(mention.agency, null, 'an agency named inside a sentence is not a credit');
});

test('closing-credit in any case or after a dash: the agency as the list spells it, the line never text', () => {
  const forms: [string, string][] = [
    ['(belga)', 'Belga'],
    ['(belga/afp)', 'Belga/AFP'],
    ['(anp / reuters)', 'ANP/Reuters'],
    ['(ANP/Belga) ', 'ANP/Belga'],
    ['- ANP', 'ANP'],
    ['– AFP/dpa', 'AFP/dpa'],
    ['(Dpa)', 'DPA'],
  ];
  for (const [credit, agency] of forms) {
    const r = only(['Biden en Poetin spreken ruim twee uur', LEDE, SECOND, credit].join('\n'));
    assert.equal(r.agency, agency, credit);
    assert.ok(body(r).endsWith('garanties van de NAVO.'), credit);
  }
  const tail = only(['Biden en Poetin spreken ruim twee uur', LEDE, `${SECOND} (belga)`].join('\n'));
  assert.equal(tail.agency, 'Belga');
  // A dash inside prose, or a line that goes on after the agency, is no credit.
  for (const prose of ['- ANP-fotograaf Koen van Weel was erbij.', '- Reuters meldt dat het Kremlin niet reageerde.']) {
    const r = only(['Biden en Poetin spreken ruim twee uur', LEDE, SECOND, prose].join('\n'));
    assert.equal(r.agency, null, prose);
  }
});

test('date lines in more shapes; year-less stamps are noise, never dates', () => {
  const cases: [string, string, boolean][] = [
    ['Publicatie: wo 9 maart 2022 14.05 uur', '2022-03-09', false],
    ['Geplaatst op za 3 dec 2022 - 08u12', '2022-12-03', false],
    ['Gepubliceerd op 12-02-22 om 21:30', '2022-02-12', false],
    ['8 dec. 2022 in BUITENLAND', '2022-12-08', false],
    ['22 mrt. 2025 in Politiek', '2025-03-22', false],
    ['Laatste wijziging: 4 mei 2023 10:00', '2023-05-04', true],
    ['Publicatiedatum: 03-03-2022', '2022-03-03', false],
  ];
  for (const [line, date, updated] of cases) {
    assert.equal(parseDateLine(line)?.date, date, line);
    assert.equal(parseDateLine(line)?.updated, updated, line);
  }
  for (const stamp of ['9 februari', '14:32', 'wo 9 feb, 14.32 uur', '09.12', 'do 24 feb, 23:50']) {
    assert.ok(isYearlessStamp(stamp), stamp);
    assert.equal(parseDateLine(stamp), null, stamp);
  }
  for (const notStamp of ['9 februari 2022', '12.000 soldaten', 'Om 14:32 belde Biden.']) assert.ok(!isYearlessStamp(notStamp), notStamp);
  const live = only(['Biden en Poetin spreken over Oekraïne', '21:47', LEDE, '9 februari', '20:58', SECOND].join('\n'));
  assert.equal(live.date, null);
  assert.equal(live.title, 'Biden en Poetin spreken over Oekraïne');
  assert.equal(live.blocks.length, 2);
});

test('a date stamp glued before a headline is the date line; before prose or a dash it is not', () => {
  assert.deepEqual(
    [
      parseDatePrefix('18 januari 2022 Blinken reist naar Kiev en Genève')?.date.date,
      parseDatePrefix('18 januari 2022 Blinken reist')?.rest,
    ],
    ['2022-01-18', 'Blinken reist'],
  );
  assert.equal(parseDatePrefix('18 januari 2022 was een koude dag in Kiev.'), null);
  assert.equal(parseDatePrefix('12 januari 2023 – Blinken waarschuwt Moskou'), null);
  const r = only(['18 januari 2022 Blinken reist naar Kiev en Genève', LEDE, SECOND].join('\n'));
  assert.deepEqual([r.title, r.date], ['Blinken reist naar Kiev en Genève', '2022-01-18']);
  // After the article text has begun, a paragraph opening with a date is prose.
  const prose = only(['Biden en Poetin spreken over Oekraïne', LEDE, '24 februari 2022 Rusland valt Oekraïne binnen', SECOND].join('\n'));
  assert.equal(prose.date, null);
});

test('zero wrong dates: a date in a caption, a sidebar teaser or a print-edition note is never the date', () => {
  const r = only(
    [
      'Biden en Poetin spreken over Oekraïne',
      'Poetin in Sotsji, 3 maart 2022. Foto: AFP',
      LEDE,
      SECOND,
      'Een versie van dit artikel verscheen in de krant van 4 maart 2022.',
      'Lees ook',
      '2 maart 2022',
      'Eerder: Poetin waarschuwt het Westen',
    ].join('\n'),
  );
  assert.equal(r.date, null);
});

test('dateline without an agency: capitals, and a known place or one word in ordinary case before a lede word', () => {
  assert.deepEqual(splitDateline('WASHINGTON - De Amerikaanse president…'), {
    dateline: 'WASHINGTON',
    agency: null,
    rest: 'De Amerikaanse president…',
  });
  assert.equal(splitDateline('MOSKOU – Het Kremlin zegt…').dateline, 'MOSKOU');
  assert.equal(splitDateline('Brussel - De Europese leiders…').dateline, 'BRUSSEL');
  assert.equal(splitDateline('Den Haag – Volgens het kabinet…').dateline, 'DEN HAAG');
  assert.equal(splitDateline('Kiev — Zelensky zegt…').dateline, 'KIEV', 'a known place before any capitalised word');
  assert.equal(splitDateline('Mark Rutte - De NAVO-chef zegt…').dateline, null);
  assert.equal(splitDateline('Poetin - die al jaren regeert - zegt…').dateline, null);
});

test('glued articles: a second article after a closing credit, after a date line, or glued on its subject and verb', () => {
  const afterCredit = ingestFile({
    file: 't.txt',
    bytes: new TextEncoder().encode(
      [
        'Biden en Poetin spreken ruim twee uur',
        LEDE,
        SECOND,
        '(ANP)',
        'Storm legt treinverkeer in het noorden plat',
        'GRONINGEN - Door de storm rijden er geen treinen.',
        'ProRail verwacht dat het verkeer morgen weer op gang komt.',
      ].join('\n'),
    ),
  });
  assert.deepEqual(
    afterCredit.records.map((r) => [r.title, r.agency, r.dateline]),
    [
      ['Biden en Poetin spreken ruim twee uur', 'ANP', null],
      ['Storm legt treinverkeer in het noorden plat', null, 'GRONINGEN'],
    ],
  );
  const afterDate = ingestFile({
    file: 't.txt',
    bytes: new TextEncoder().encode(
      [
        'Biden en Poetin spreken ruim twee uur',
        '7 december 2021',
        LEDE,
        SECOND,
        'Zelensky wacht op uitleg uit Washington',
        '8 december 2021',
        'De Oekraïense president Zelensky wil weten wat Biden en Poetin hebben besproken.',
      ].join('\n'),
    ),
  });
  assert.deepEqual(
    afterDate.records.map((r) => [r.title, r.date]),
    [
      ['Biden en Poetin spreken ruim twee uur', '2021-12-07'],
      ['Zelensky wacht op uitleg uit Washington', '2021-12-08'],
    ],
  );
  const glued = ingestFile({
    file: 't.txt',
    bytes: new TextEncoder().encode(
      [
        ` date 2021-12 ${LEDE} Het gesprek was al weken eerder aangekondigd.`,
        '',
        `${SECOND} Een nieuwe ontmoeting staat nog niet in de agenda.`,
        '',
        'Volgens het Witte Huis volgt er binnenkort een nieuw gesprek. Ook de Europese bondgenoten worden door Washington uitgebreid ingelicht over de uitkomst van het overleg in de komende dagen.',
        '',
        'Storm treft de Zeeuwse kust hard Rijkswaterstaat sluit de Oosterscheldekering voor het eerst in jaren helemaal. Dat meldt de dienst zondagavond op zijn website. Ook veerdiensten varen niet.',
      ].join('\n'),
    ),
  });
  assert.deepEqual(
    glued.records.map((r) => r.title),
    [glued.records[0]?.title, 'Storm treft de Zeeuwse kust hard'],
  );
  assert.equal(glued.records[1]?.lede.startsWith('Rijkswaterstaat sluit de Oosterscheldekering'), true);
});

test('more page furniture: listen buttons, photographer lines, tag lists, subscriber notes, more-about headings', () => {
  for (const noise of [
    'Luister naar dit artikel (3 min)',
    'Fotograaf: Jan Jansen',
    'Tags: Oekraïne, Rusland',
    'Dit artikel is voor abonnees',
  ]) {
    assert.equal(keptOf(noise), null, noise);
  }
  const file = new IngestFile('t.txt');
  const kept = stripNoise(lines(['De tekst.', 'Meer artikelen over Oekraïne', 'Een teaser over iets anders']), file);
  assert.deepEqual(
    kept.map((l) => l.text),
    ['De tekst.'],
  );
  // An update stamp with only a time leaves the publication date.
  assert.equal(parseDateLine('14 maart 2022 08:00 | Laatste update 09:12')?.date, '2022-03-14');
});

test('a capital after a name particle is the rest of a name, not a glued lede', () => {
  assert.equal(
    splitGluedHeadline(
      'Poetin en von der Leyen spraken elkaar voor het laatst in Oekraïne, toen zonder resultaat. Oekraïne wil meer steun.',
      {
        weakLedes: true,
      },
    ),
    null,
  );
  assert.deepEqual(
    splitGluedHeadline('Storm treft de Zeeuwse kust hard Rijkswaterstaat sluit de kering voor het eerst in jaren helemaal.', {
      weakLedes: true,
    })?.headline,
    'Storm treft de Zeeuwse kust hard',
  );
});
