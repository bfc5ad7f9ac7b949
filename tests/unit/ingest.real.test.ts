/**
 * Real pages: our own scraped-page fixtures (tests/fixtures/ingest/real/), one or more per class
 * of trouble the parser meets on outlets it has never seen — captions with and without a credit,
 * page facts, disclaimers, paywall prompts, logo labels, closing agency credits, date lines in
 * more shapes, year-less live-blog stamps, datelines without an agency, headlines with noise
 * glued on, glued articles and pages without an article. Each file mixes several classes; the
 * expectations are what a careful reader takes from it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ingestFile } from '../../src/ingest/pipeline.ts';
import type { ArticleRecord } from '../../src/record/types.ts';

const DIR = new URL('../fixtures/ingest/real/', import.meta.url);

interface Expected {
  /** The headline, or null when the page has none and the title is derived. */
  title: string | null;
  date: string | null;
  dateline: string | null;
  agency: string | null;
  paragraphs: number;
  ledeStarts: string;
  /** Each exactly once in the body. */
  contains: string[];
  /** Nowhere in title, lede or body. */
  absent: string[];
}

const CASES: Record<string, Expected[]> = {
  'regional-caption-facts.txt': [
    {
      title: 'Zelensky vraagt Biden om meer luchtafweer voor Oekraïense steden',
      date: '2022-06-14',
      dateline: null,
      agency: 'ANP/Reuters',
      paragraphs: 3,
      ledeStarts: 'De Oekraïense president Volodymyr Zelensky heeft',
      contains: ['Een militaire reactie sloot hij niet uit.'],
      absent: ['Logo', 'Menu', 'leestijd', '856', 'bewaren', 'bij aankomst', 'Foto ANP', 'Bobok', '(ANP/Reuters)', 'WhatsApp', 'Patriot'],
    },
  ],
  'flemish-mixed-dateline.txt': [
    {
      title: 'Blinken en Lavrov praten twintig minuten in de marge van de G20',
      date: '2023-02-15',
      dateline: 'GENÈVE',
      agency: 'Belga',
      paragraphs: 3,
      ledeStarts: 'De Amerikaanse minister van Buitenlandse Zaken Antony Blinken heeft woensdag',
      contains: ['beide kanten willen het contact voortzetten.'],
      absent: ['Zoeken', '21u40', 'archiefbeeld', '(c) Belga', '(Belga)', 'automatisch vertaald', 'Meer van'],
    },
  ],
  'liveblog-yearless.txt': [
    {
      title: 'Russische troepen rukken op naar Kiev, Biden kondigt nieuwe sancties aan',
      date: null,
      dateline: null,
      agency: null,
      paragraphs: 3,
      ledeStarts: 'Het Witte Huis maakt bekend',
      contains: ['Hij roept de Verenigde Staten en Europa op meer te doen.'],
      absent: ['inhoud', 'logo', 'LIVE', 'Liveblog', '22:10', '21.35', 'tijdens een videotoespraak', '25 februari', '23:50', 'Deel dit'],
    },
  ],
  'wire-closing-credit-two.txt': [
    {
      title: 'Biden belooft Oekraïne nieuw steunpakket van 800 miljoen dollar',
      date: null,
      dateline: 'WASHINGTON',
      // The dateline's agency wins over the closing credit.
      agency: 'AFP',
      paragraphs: 3,
      ledeStarts: 'De Amerikaanse president Joe Biden heeft woensdag',
      contains: ['Biden zei dat de Verenigde Staten Oekraïne blijven steunen "zo lang als nodig is".'],
      absent: ['(Belga/AFP)', 'Antwerpse', 'brandweer'],
    },
    {
      title: 'Brand in Antwerpse haven snel onder controle',
      date: null,
      dateline: 'ANTWERPEN',
      agency: 'Belga',
      paragraphs: 2,
      ledeStarts: 'In een loods in de Antwerpse haven',
      contains: ['De oorzaak van de brand wordt onderzocht, meldt de havenpolitie.'],
      absent: ['(Belga)', 'Biden', 'Kremlin'],
    },
  ],
  'fake-headline-glued.txt': [
    {
      title: 'Rusland en Amerika openen in Istanbul gesprek over ambassades',
      date: '2025-02-27',
      dateline: 'ISTANBUL',
      agency: null,
      paragraphs: 3,
      ledeStarts: 'Amerikaanse en Russische diplomaten zijn donderdag',
      contains: ['Washington liet weten dat het om een eerste stap gaat.'],
      absent: ['Leestijd', '3 minuten', '27-02-25', 'Opslaan'],
    },
  ],
  'fake-headline-credit.txt': [
    {
      title: 'Blinken waarschuwt Moskou voor gevolgen van inval',
      date: '2021-12-07',
      dateline: 'WASHINGTON',
      agency: null,
      paragraphs: 3,
      ledeStarts: 'De Amerikaanse minister van Buitenlandse Zaken Antony Blinken heeft Rusland',
      contains: ['Het Kremlin noemt de waarschuwingen "hysterisch".'],
      absent: ['Foto', 'EPA', 'Sanne Bakker', 'dinsdag 7 december'],
    },
  ],
  'date-headline-one-line.txt': [
    {
      title: 'Biden en Poetin praten twee uur via een videoverbinding',
      date: '2021-12-07',
      dateline: null,
      agency: null,
      paragraphs: 3,
      ledeStarts: 'De Amerikaanse president Joe Biden en de Russische president',
      contains: ['Beide leiders spraken af dat hun adviseurs het gesprek voortzetten.'],
      absent: ['Wereldnieuws', '7 december 2021', 'Redactie'],
    },
  ],
  'disclaimer-notes.txt': [
    {
      title: 'Kremlin wijst Amerikaans voorstel voor gevangenenruil af',
      // Not 10 November: that date is in a print-edition note.
      date: '2022-11-09',
      dateline: 'MOSKOU',
      agency: null,
      paragraphs: 2,
      ledeStarts: 'Het Kremlin heeft een Amerikaans voorstel',
      contains: ['Volgens Peskov is het voorstel "niet serieus".'],
      absent: ['Correctie', 'eerdere versie', 'AI', 'gecontroleerd', 'de krant van', '11:20'],
    },
  ],
  'caption-top-header.txt': [
    {
      title: null,
      date: '2022-01',
      dateline: null,
      agency: 'ANP/AFP',
      paragraphs: 3,
      ledeStarts: 'De Amerikaanse minister van Buitenlandse Zaken Antony Blinken en zijn Russische collega',
      contains: ['Blinken noemde het gesprek "openhartig".'],
      absent: ['na afloop van hun ontmoeting', '(ANP/AFP)', 'icon-share', 'date 2022-01'],
    },
  ],
  'verbless-headline.txt': [
    {
      // A verb-less headline that opens on a person and names a place is still the headline.
      title: 'Blinken in Kiev voor overleg over wapenleveranties',
      date: null,
      dateline: 'KIEV',
      agency: 'Reuters',
      paragraphs: 3,
      ledeStarts: 'De Amerikaanse minister van Buitenlandse Zaken Antony Blinken is onverwacht',
      contains: ['Moskou reageerde niet direct.'],
      absent: [],
    },
  ],
  'caption-credit-shapes.txt': [
    {
      title: 'Amerikaanse en Russische diplomaten praten in Istanbul over hun ambassades',
      date: '2025-02-27',
      dateline: 'ISTANBUL',
      agency: 'ANP/AFP',
      paragraphs: 3,
      ledeStarts: 'Amerikaanse en Russische diplomaten zijn donderdag in Istanbul',
      // Prose that names an agency or photographers stays.
      contains: ['meldt persbureau Reuters.', 'sprak tegen fotografen van AFP niet over de oorlog in Oekraïne.'],
      absent: ['Beluister', 'Umit Bektas', 'consulaat', 'Sputnik via AP', 'persconferentie', '(ANP/AFP)'],
    },
  ],
  'caption-credit-top-agencies.txt': [
    {
      title: 'Blinken en Lavrov spreken elkaar kort in Stockholm',
      date: '2022-12-02',
      dateline: null,
      agency: null,
      paragraphs: 3,
      ledeStarts: 'De Amerikaanse minister van Buitenlandse Zaken Antony Blinken heeft vrijdag',
      contains: ['Dat meldt Belga.'],
      absent: ['Bewaar artikel', 'wandelgangen', '(Reuters / AFP)', 'Shutterstock', 'Bachmoet', 'vliegveld'],
    },
  ],
  'caption-credit-mark.txt': [
    {
      title: 'Trump en Poetin spreken af in Boedapest, Zelensky reageert sceptisch',
      date: '2025-10-16',
      dateline: 'WASHINGTON',
      agency: null,
      paragraphs: 3,
      ledeStarts: 'De Amerikaanse president Donald Trump en zijn Russische ambtgenoot',
      contains: ['schrijft The Wall Street Journal.'],
      absent: ['Zeeuwse Koerier', 'HOLLANDSE HOOGTE', 'Orbán', 'Getty', 'Alaska'],
    },
  ],
  'closing-credit-lowercase.txt': [
    {
      title: 'Biden en Zelensky praten over nieuwe luchtafweer',
      date: '2021-12-21',
      dateline: 'WASHINGTON',
      agency: 'Belga/Reuters',
      paragraphs: 3,
      ledeStarts: 'De Amerikaanse president Joe Biden heeft dinsdag',
      contains: ['Het Kremlin noemde het gesprek "een poging om spanningen op te drijven".'],
      absent: ['(belga', 'garanties', 'Kempens'],
    },
    {
      // Glued wire copy: the headline after a closing credit opens the next article; it states no date.
      title: "Poetin wil garanties over NAVO 'binnen enkele weken'",
      date: null,
      dateline: null,
      agency: 'Belga',
      paragraphs: 3,
      ledeStarts: 'Het Kremlin wil nog voor het einde van januari',
      contains: ['Een woordvoerder verwees naar een verklaring van persbureau AP.'],
      absent: ['(belga)', 'luchtafweer'],
    },
  ],
  'closing-credit-dash.txt': [
    {
      title: 'Rusland en VS ruilen gevangenen uit in Abu Dhabi',
      date: '2022-12-08',
      dateline: 'ABU DHABI',
      agency: 'ANP',
      paragraphs: 3,
      ledeStarts: 'De Verenigde Staten en Rusland hebben donderdag',
      contains: ['Het Kremlin bevestigde de ruil via het staatspersbureau TASS.'],
      absent: ['- ANP', 'Noordkaap', 'Gevangenenruil'],
    },
  ],
  'prompts-regional.txt': [
    {
      title: 'Russische en Amerikaanse onderhandelaars praten in Genève over kernwapens',
      date: '2022-01-10',
      dateline: 'GENÈVE',
      agency: null,
      paragraphs: 4,
      ledeStarts: 'Amerikaanse en Russische onderhandelaars hebben maandag in Genève',
      // Prose about subscribers, a subscription and a quoted tip stays.
      contains: [
        'Het aantal abonnees van Russische staatskanalen',
        'Wie een abonnement heeft op de Russische staatskrant',
        'grapte de Russische onderminister Rjabkov.',
      ],
      absent: ['gratis artikel', 'Tip ons', 'inbox', 'voorbehouden'],
    },
  ],
  'channel-copy.txt': [
    {
      // A channel copy has no headline: the channel's name above its audience count is no title.
      title: null,
      date: '2025-02-18',
      dateline: null,
      agency: null,
      paragraphs: 3,
      ledeStarts: 'Rubio en Lavrov hebben dinsdag in Riyad',
      contains: ['Het Kremlin meldde op Telegram dat de sfeer "zakelijk" was.', 'die op X meer dan acht miljoen volgers heeft'],
      absent: ['Frontlinie', 'abonnees', 'Gedeeld van', '#Riyad', '1,2K', '23.4K', 't.me'],
    },
  ],
  'aggregator-tags.txt': [
    {
      title: "Biden waarschuwt Poetin in telefoongesprek voor 'hoge prijs'",
      date: '2022-02-13',
      dateline: 'WASHINGTON',
      agency: null,
      paragraphs: 3,
      ledeStarts: 'De Amerikaanse president Joe Biden heeft de Russische president',
      // Prose that opens on `Meer over` or a hashtag stays.
      contains: ['Meer over de inhoud van het gesprek maakte het Witte Huis niet bekend.', '#Oekraïne is volgens Biden'],
      absent: ['Nieuwsbundel', 'Lees ook bij', 'ochtendpost.nl', 'Onderwerpen', 'Rusland-Oekraïneoorlog', 'Vergelijkbare', 'ambassade'],
    },
  ],
  'paywall-teaser-only.txt': [],
  'link-list-only.txt': [],
};

const bodyOf = (r: ArticleRecord): string => r.blocks.map((b) => b.text).join('\n');
const occurrences = (haystack: string, needle: string): number => haystack.split(needle).length - 1;
const ingest = (name: string) => ingestFile({ file: name, bytes: new Uint8Array(readFileSync(new URL(name, DIR))) });

for (const [name, expected] of Object.entries(CASES)) {
  test(`${name}: ${expected.length} record(s) read as a careful reader would`, () => {
    const result = ingest(name);
    assert.deepEqual(result.errors, [], name);
    assert.equal(result.records.length, expected.length, `${name}: records`);
    expected.forEach((e, i) => {
      const r = result.records[i] as ArticleRecord;
      const where = `${name} #${i + 1}`;
      if (e.title === null) assert.equal(r.titleSource, 'derived', `${where}: title derived, got ${r.title}`);
      else assert.equal(r.title, e.title, `${where}: title`);
      assert.equal(r.date, e.date, `${where}: date`);
      assert.equal(r.dateline, e.dateline, `${where}: dateline`);
      assert.equal(r.agency, e.agency, `${where}: agency`);
      assert.equal(r.blocks.filter((b) => b.type !== 'heading').length, e.paragraphs, `${where}: paragraphs`);
      assert.ok(r.lede.startsWith(e.ledeStarts), `${where}: lede ${r.lede.slice(0, 80)}`);
      const body = bodyOf(r);
      for (const phrase of e.contains) assert.equal(occurrences(body, phrase), 1, `${where}: once in the body: ${phrase}`);
      const all = `${r.title}\n${r.lede}\n${body}`;
      for (const noise of e.absent) assert.ok(!all.includes(noise), `${where}: must not contain ${noise}`);
    });
  });
}

test('a page with only a paywall teaser, or only link titles, is no article and says why', () => {
  const teaser = ingest('paywall-teaser-only.txt');
  assert.deepEqual(
    teaser.warnings.map((w) => [w.rule, w.line]),
    [['ingest/no-article', null]],
  );
  assert.match(teaser.warnings[0]?.message ?? '', /paywall/);
  assert.ok(teaser.dropped.some((d) => d.rule === 'ingest/paywall-teaser' && d.text.startsWith('Ondanks de oorlog')));
  assert.ok(
    teaser.dropped.some((d) => d.rule === 'ingest/paywall-teaser' && d.text === '16 maart 2022, 06:00'),
    'its date is dropped too',
  );
  const links = ingest('link-list-only.txt');
  assert.deepEqual(
    links.warnings.map((w) => w.rule),
    ['ingest/no-article'],
  );
  assert.match(links.warnings[0]?.message ?? '', /list of links/);
});

test('a paywall prompt on a page with the whole article keeps the article', () => {
  const text = [
    'Biden en Poetin spreken elkaar in Genève',
    'Meld je gratis aan en lees dit artikel',
    'De Amerikaanse president Joe Biden en de Russische president Vladimir Poetin hebben woensdag in Genève ruim drie uur met elkaar gesproken over Oekraïne, cyberaanvallen en wapenbeheersing.',
    'Beide presidenten noemden het gesprek na afloop constructief, al bleven de standpunten over Oekraïne ver uiteen liggen.',
    'De ambassadeurs van beide landen keren terug naar hun post, zo spraken de twee af. Over een nieuwe ontmoeting werd niets gezegd.',
  ].join('\n');
  const result = ingestFile({ file: 'vol.txt', bytes: new TextEncoder().encode(text) });
  assert.equal(result.records.length, 1);
  assert.equal(result.records[0]?.blocks.length, 3);
  assert.ok(result.dropped.some((d) => d.rule === 'noise/paywall'));
});
