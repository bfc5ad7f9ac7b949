/**
 * The headline deriver's transformations one by one (src/ingest/title/): each rule on real Dutch
 * news sentences, where it must fire and where it must not (a quotation, a question, a sentence
 * without a finite verb, a word that only looks like a match).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropFillers, dropTimeAdverbials } from '../../src/ingest/title/adverbials.ts';
import { dropArticles } from '../../src/ingest/title/articles.ts';
import { analyse } from '../../src/ingest/title/clause.ts';
import { Draft } from '../../src/ingest/title/draft.ts';
import { shortenNames } from '../../src/ingest/title/names.ts';
import { toPresent } from '../../src/ingest/title/tense.ts';
import { join, type Token, tokenize } from '../../src/ingest/title/tokens.ts';

const kept = (draft: Draft): string => join(draft.live().map((i) => draft.at(i) as Token));

/** Apply one rule to a sentence and give back its words. */
function withRule(sentence: string, rule: (draft: Draft, tokens: Token[]) => void): string {
  const tokens = tokenize(sentence);
  const draft = new Draft(tokens);
  rule(draft, tokens);
  return kept(draft);
}

const time = (s: string): string => withRule(s, (d, t) => dropTimeAdverbials(d, 0, t.length));
const names = (s: string): string => withRule(s, (d, t) => shortenNames(d, 0, t.length));
const tense = (s: string): string =>
  withRule(s, (d, t) => {
    const clause = analyse(t);
    if (clause) toPresent(d, clause);
  });

test('adverbials: leading and inner time adverbials go', () => {
  assert.equal(time('Donderdagavond hebben Biden en Poetin getelefoneerd'), 'hebben Biden en Poetin getelefoneerd');
  assert.equal(time('Op 26 januari stuurde de NAVO haar antwoord'), 'stuurde de NAVO haar antwoord');
  assert.equal(time('Morgen spreken de ministers in Brussel'), 'spreken de ministers in Brussel');
  assert.equal(time('Maandag 10 januari begint het overleg in Genève'), 'begint het overleg in Genève');
  assert.equal(time('De Russische troepen trokken zich vorige week terug'), 'De Russische troepen trokken zich terug');
  assert.equal(time('Het verdrag werd drie jaar geleden gesloten'), 'Het verdrag werd gesloten');
  assert.equal(time('Het kabinet valt om 14.00 uur'), 'Het kabinet valt');
});

test('adverbials: in a present-tense clause the day something is to happen stays, and only the day', () => {
  const days = (s: string): string => withRule(s, (d, t) => dropTimeAdverbials(d, 0, t.length, true));
  assert.equal(days('Blinken en Lavrov komen vrijdag samen in Genève'), 'Blinken en Lavrov komen vrijdag samen in Genève');
  assert.equal(days('Biden en Poetin zitten op 16 juni tegenover elkaar'), 'Biden en Poetin zitten op 16 juni tegenover elkaar');
  assert.equal(days('Trump en Poetin zien elkaar op vrijdag in Alaska'), 'Trump en Poetin zien elkaar op vrijdag in Alaska');
  // Not a day: a day part, a clock time, a `vanaf`, a week, a year.
  assert.equal(days('De ministers spreken donderdagavond in Brussel'), 'De ministers spreken in Brussel');
  assert.equal(days('Nederland gaat vanaf zondag 05.00 uur op slot'), 'Nederland gaat op slot');
  assert.equal(days('De top begint volgende week in Den Haag'), 'De top begint in Den Haag');
  assert.equal(days('Het verdrag verloopt op 5 februari 2026'), 'Het verdrag verloopt');
  assert.equal(days('Winkels sluiten tot zeker 14 januari'), 'Winkels sluiten');
  // A deadline is to come as well.
  assert.equal(days('De grens blijft dicht tot maandag'), 'De grens blijft dicht tot maandag');
});

test('adverbials: a time that is compared with or denied stays', () => {
  assert.equal(time('De economie groeit harder dan vorig jaar'), 'De economie groeit harder dan vorig jaar');
  assert.equal(time('Er zijn zoveel vluchtelingen als nu'), 'Er zijn zoveel vluchtelingen als nu');
  assert.equal(time('Rusland heeft nooit eerder zoveel drones afgevuurd'), 'Rusland heeft nooit eerder zoveel drones afgevuurd');
  // When it only says when, it goes.
  assert.equal(time('Rusland heeft eerder honderd drones afgevuurd'), 'Rusland heeft honderd drones afgevuurd');
});

test('adverbials: `tot nu toe` goes whole, never leaving `toe` behind', () => {
  assert.equal(time('De gesprekken in Genève waren de productiefste tot nu toe'), 'De gesprekken in Genève waren de productiefste');
  assert.equal(time('Het is tot dusver rustig in Kiev'), 'Het is rustig in Kiev');
  assert.equal(time('‘Tot nu toe is er geen akkoord’, zei Rubio'), '‘Tot nu toe is er geen akkoord’, zei Rubio');
});

test('adverbials: a word that only qualifies the time goes with it, and the preposition before it', () => {
  assert.equal(time('Winkels sluiten tot zeker 14 januari'), 'Winkels sluiten');
  assert.equal(time('Het plan moet uiterlijk vrijdag klaar zijn'), 'Het plan moet klaar zijn');
  assert.equal(time('Hij is nog altijd zeker van zijn zaak'), 'Hij is nog altijd zeker van zijn zaak');
  assert.equal(time('‘Tot zeker 14 januari blijft alles dicht’, zei Rutte'), '‘Tot zeker 14 januari blijft alles dicht’, zei Rutte');
});

test('adverbials: never inside a quotation, never part of a word, nothing when there is none', () => {
  assert.equal(time('“Morgen is het te laat”, zei Zelensky'), '“Morgen is het te laat”, zei Zelensky');
  assert.equal(time('De maandagochtendspits verliep rustig'), 'De maandagochtendspits verliep rustig');
  assert.equal(time('Rusland trekt troepen terug van de grens met Oekraïne'), 'Rusland trekt troepen terug van de grens met Oekraïne');
  // `na afloop van` is no time adverbial on its own: the phrase goes on.
  assert.equal(time('Medinski sprak na afloop van de onderhandelingen'), 'Medinski sprak na afloop van de onderhandelingen');
});

test('adverbials: a `sinds` phrase that only dates the event goes; one that says more stays, and so does a quotation', () => {
  assert.equal(time('Starmer sprak voor het eerst sinds zijn aantreden met Xi'), 'Starmer sprak voor het eerst met Xi');
  assert.equal(time('Het land groeit sinds het voorjaar van 2022 niet meer'), 'Het land groeit niet meer');
  assert.equal(time('Sinds de Russische invasie van 2022 zijn de prijzen gestegen'), 'zijn de prijzen gestegen');
  assert.equal(time('Hij woont sinds zijn jeugd in Kiev'), 'Hij woont sinds zijn jeugd in Kiev');
  assert.equal(time('Het bedrijf is sinds zijn aantredenspeech omstreden'), 'Het bedrijf is sinds zijn aantredenspeech omstreden');
  assert.equal(time('‘Sinds zijn aantreden is alles anders’, zegt Zelensky'), '‘Sinds zijn aantreden is alles anders’, zegt Zelensky');
});

test('adverbials: fillers a headline leaves out', () => {
  const fillers = (s: string): string => withRule(s, (d, t) => dropFillers(d, 0, t.length));
  // An approximator goes before a number, and only there.
  assert.equal(fillers("Het Pentagon zet zo'n 8500 militairen paraat"), 'Het Pentagon zet 8500 militairen paraat');
  assert.equal(fillers('Witkoff sprak ongeveer drie uur met Poetin'), 'Witkoff sprak drie uur met Poetin');
  assert.equal(fillers("Rusland is zo'n groot land"), "Rusland is zo'n groot land");
  assert.equal(fillers('Het kost ongeveer hetzelfde'), 'Het kost ongeveer hetzelfde');
  assert.equal(fillers('‘Het duurde ongeveer drie uur’, zei Witkoff'), '‘Het duurde ongeveer drie uur’, zei Witkoff');
  assert.equal(fillers('Biden en Poetin hebben opnieuw met elkaar getelefoneerd'), 'Biden en Poetin hebben opnieuw getelefoneerd');
  assert.equal(fillers('De EU wil onder meer Russische banken treffen'), 'De EU wil Russische banken treffen');
  assert.equal(fillers('‘We praten nog altijd met elkaar’, zegt Peskov'), '‘We praten nog altijd met elkaar’, zegt Peskov');
});

test('appositions: a capital described by its country is named; with a name, a possessive or no country it stays', () => {
  assert.equal(names('Biden kwam onverwacht aan in de Oekraïense hoofdstad'), 'Biden kwam onverwacht aan in Kiev');
  assert.equal(names('De Russische hoofdstad ligt onder vuur'), 'Moskou ligt onder vuur');
  assert.equal(
    names('Trump en Poetin ontmoeten elkaar in de Hongaarse hoofdstad Boedapest'),
    'Trump en Poetin ontmoeten elkaar in Boedapest',
  );
  assert.equal(names('Zelensky verlaat zijn hoofdstad niet'), 'Zelensky verlaat zijn hoofdstad niet');
  assert.equal(names('Biden is in de hoofdstad aangekomen'), 'Biden is in de hoofdstad aangekomen');
  assert.equal(names('‘Ik blijf in de Oekraïense hoofdstad’, zegt Zelensky'), '‘Ik blijf in de Oekraïense hoofdstad’, zegt Zelensky');
});

test('appositions: people by surname, countries in headline form', () => {
  assert.equal(names('De Amerikaanse president Joe Biden belde met zijn Russische ambtgenoot Vladimir Poetin'), 'Biden belde met Poetin');
  assert.equal(names('De Amerikaanse minister Antony Blinken van Buitenlandse Zaken reist naar Kiev'), 'Blinken reist naar Kiev');
  assert.equal(names('De Amerikaanse minister van Buitenlandse Zaken Antony Blinken reist naar Kiev'), 'Blinken reist naar Kiev');
  assert.equal(names('De Verenigde Staten leggen sancties op'), 'VS leggen sancties op');
  // A title compounded with an organisation's abbreviation says whose: a headline keeps it (see the next test).
  assert.equal(
    names('CIA-directeur William Burns sprak in Moskou met Nikolaj Patroesjev'),
    'CIA-directeur Burns sprak in Moskou met Patroesjev',
  );
  assert.equal(names('Premier Bart De Wever sprak met de Franse president Emmanuel Macron'), 'De Wever sprak met Macron');
  assert.equal(names('De Amerikaanse ambassadeur in Moskou, John Sullivan, overhandigde de brief'), 'Sullivan overhandigde de brief');
  assert.equal(names('Geert Wilders haalt de PVV uit de coalitie'), 'Wilders haalt de PVV uit de coalitie');
  // `de` before an adjective opens the next person, it is no particle of the name before it.
  assert.equal(
    names('Gisteren heeft president Trump de Oekraïense president Zelensky ontvangen'),
    'Gisteren heeft Trump Zelensky ontvangen',
  );
  assert.equal(
    names('De voorzitter van de Europese Commissie Ursula von der Leyen kondigt sancties aan'),
    'von der Leyen kondigt sancties aan',
  );
  assert.equal(names('De delegaties ontmoeten elkaar in de Turkse hoofdstad Ankara'), 'De delegaties ontmoeten elkaar in Ankara');
});

test('appositions: a title below the top, or one of an organisation, stays before the surname with the nationality', () => {
  assert.equal(
    names('De Amerikaanse onderminister van Buitenlandse Zaken Victoria Nuland is in Moskou aangekomen'),
    'Amerikaanse onderminister Nuland is in Moskou aangekomen',
  );
  assert.equal(
    names('De Russische viceminister Sergej Rjabkov sluit gesprekken uit'),
    'Russische viceminister Rjabkov sluit gesprekken uit',
  );
  assert.equal(names('NAVO-chef Mark Rutte roept de bondgenoten op'), 'NAVO-chef Rutte roept de bondgenoten op');
  // The top (president, minister), a title not of an abbreviated organisation, a title without a name: surname or nothing changes.
  assert.equal(names('De Amerikaanse minister van Buitenlandse Zaken Antony Blinken reist naar Kiev'), 'Blinken reist naar Kiev');
  assert.equal(names('Kremlin-woordvoerder Dmitri Peskov ontkent het bericht'), 'Peskov ontkent het bericht');
  assert.equal(names('De Amerikaanse onderminister reist naar Moskou'), 'De Amerikaanse onderminister reist naar Moskou');
  assert.equal(
    names('‘De onderminister Victoria Nuland is welkom’, zei Lavrov'),
    '‘De onderminister Victoria Nuland is welkom’, zei Lavrov',
  );
});

test('appositions: a pope keeps his title; no name means no change; quotations stay as written', () => {
  assert.equal(names('Paus Franciscus ontving president Volodymyr Zelensky'), 'paus Franciscus ontving Zelensky');
  assert.equal(
    names('De Amerikaanse president sprak met de minister van Buitenlandse Zaken'),
    'De Amerikaanse president sprak met de minister van Buitenlandse Zaken',
  );
  assert.equal(
    names('“President Joe Biden is een moordenaar”, zei de woordvoerder'),
    '“President Joe Biden is een moordenaar”, zei de woordvoerder',
  );
  assert.equal(names('Het Witte Huis en Washington reageren'), 'Het Witte Huis en Washington reageren');
});

test('tense: perfect and past become the present, in the auxiliary’s number, particles at the clause end', () => {
  assert.equal(tense('Biden heeft Poetin gewaarschuwd voor sancties'), 'Biden waarschuwt Poetin voor sancties');
  assert.equal(tense('Biden en Poetin hebben uitvoerig gesproken'), 'Biden en Poetin spreken uitvoerig');
  assert.equal(tense('Blinken is maandag in Kiev aangekomen'), 'Blinken komt maandag in Kiev aan');
  assert.equal(tense('De ministers zijn in Genève aangekomen'), 'De ministers komen in Genève aan');
  assert.equal(tense('De troepen hebben zich teruggetrokken uit Kiev'), 'De troepen trekken zich terug uit Kiev');
  assert.equal(
    tense('Biden en Poetin zijn het eens geworden over de ambassadeurs'),
    'Biden en Poetin worden het eens over de ambassadeurs',
  );
  assert.equal(tense('Poetin sprak met Macron'), 'Poetin spreekt met Macron');
  assert.equal(tense('De leiders spraken urenlang'), 'De leiders spreken urenlang');
  assert.equal(tense('Zelensky kondigde nieuwe gesprekken aan'), 'Zelensky kondigt nieuwe gesprekken aan');
  assert.equal(tense('Het Kremlin had het voorstel afgewezen'), 'Het Kremlin wijst het voorstel af');
});

test('tense: a passive keeps its participle, as headlines write it', () => {
  assert.equal(tense('De journalist is vrijgelaten uit de gevangenis'), 'De journalist vrijgelaten uit de gevangenis');
  assert.equal(tense('De sancties worden opgeheven'), 'De sancties opgeheven');
});

test('tense: a death is reported with the participle alone, from a perfect or a simple past', () => {
  assert.equal(
    tense('De Russische oppositieleider Aleksej Navalny is vrijdag in een strafkamp in Siberië overleden'),
    'De Russische oppositieleider Aleksej Navalny vrijdag in een strafkamp in Siberië overleden',
  );
  assert.equal(
    tense('Koningin Elizabeth II is donderdag op 96-jarige leeftijd gestorven'),
    'Koningin Elizabeth II donderdag op 96-jarige leeftijd overleden',
  );
  assert.equal(
    tense('Paus Franciscus stierf maandagochtend in zijn residentie'),
    'Paus Franciscus overleden maandagochtend in zijn residentie',
  );
  assert.equal(tense('Oud-president Jimmy Carter overleed zondag in Georgia'), 'Oud-president Jimmy Carter overleden zondag in Georgia');
  assert.equal(tense('Bij de aanval zijn zeker twaalf mensen omgekomen'), 'Bij de aanval zeker twaalf mensen omgekomen');
  // Not a death reported: a quotation, a question, a present tense, a participle that is no verb here.
  assert.equal(tense('“Hij is niet gestorven”, zei de woordvoerder'), '“Hij is niet gestorven”, zegt de woordvoerder');
  assert.equal(tense('Is de oud-president gestorven?'), 'Is de oud-president gestorven?');
  assert.equal(tense('Steeds meer soldaten sterven aan het front'), 'Steeds meer soldaten sterven aan het front');
  assert.equal(tense('De familie van de overleden journalist eist opheldering'), 'De familie van de overleden journalist eist opheldering');
});

test('tense: a future with `zal`/`zullen` becomes the present, the particle at the end', () => {
  assert.equal(tense('Rusland zal de export van graan hervatten'), 'Rusland hervat de export van graan');
  assert.equal(tense('Biden en Poetin zullen elkaar in Genève ontmoeten'), 'Biden en Poetin ontmoeten elkaar in Genève');
  assert.equal(tense('De EU zal nieuwe sancties aankondigen tegen Rusland'), 'De EU kondigt nieuwe sancties aan tegen Rusland');
  // Not with a second verb (`moeten`, `blijven`), in a quotation, or a question.
  assert.equal(tense('Rusland zal moeten betalen voor de schade'), 'Rusland zal moeten betalen voor de schade');
  assert.equal(tense('Rusland zal tot het einde blijven vechten'), 'Rusland zal tot het einde blijven vechten');
  assert.equal(tense('“We zullen winnen”, zei Zelensky'), '“We zullen winnen”, zegt Zelensky');
  assert.equal(tense('Zal Rusland de export hervatten?'), 'Zal Rusland de export hervatten?');
});

test('tense: what never happened stays in the perfect', () => {
  assert.equal(tense('Biden heeft Poetin nooit ontmoet'), 'Biden heeft Poetin nooit ontmoet');
  assert.equal(tense('Rusland heeft nooit eerder zoveel drones afgevuurd'), 'Rusland heeft nooit eerder zoveel drones afgevuurd');
  assert.equal(tense('Biden heeft Poetin in Genève ontmoet'), 'Biden ontmoet Poetin in Genève');
});

test('tense: not in a quotation, a question, a sentence without a finite verb, or a present tense', () => {
  assert.equal(tense('“We hebben lang gesproken”, zei Biden'), '“We hebben lang gesproken”, zegt Biden');
  assert.equal(tense('Heeft Poetin de oorlog verloren?'), 'Heeft Poetin de oorlog verloren?');
  assert.equal(tense('Geen doorbraak in Genève na urenlang overleg'), 'Geen doorbraak in Genève na urenlang overleg');
  assert.equal(tense('Biden wil met Poetin praten'), 'Biden wil met Poetin praten');
  // `landen` after an adjective is a noun, not the verb `landen`.
  assert.equal(tense('Westerse landen hebben sancties aangekondigd'), 'Westerse landen kondigen sancties aan');
});

test('clause: finite verb, subject (also after a leading adverbial) and where the main clause ends', () => {
  const parts = (s: string) => {
    const tokens = tokenize(s);
    const c = analyse(tokens);
    if (!c) return null;
    const words = (from: number, to: number) => join(tokens.slice(from, to));
    return {
      subject: words(...c.subject),
      finite: tokens[c.finite]?.core,
      front: words(...c.front),
      main: words(0, c.end).replace(/,$/u, ''),
    };
  };
  assert.deepEqual(parts('Donderdagavond hebben Joe Biden en Vladimir Poetin opnieuw getelefoneerd'), {
    subject: 'Joe Biden en Vladimir Poetin',
    finite: 'hebben',
    front: 'Donderdagavond',
    main: 'Donderdagavond hebben Joe Biden en Vladimir Poetin opnieuw getelefoneerd',
  });
  assert.deepEqual(parts('Omdat India Russische olie blijft kopen, komt er een extra heffing'), {
    subject: 'er',
    finite: 'komt',
    front: 'Omdat India Russische olie blijft kopen,',
    main: 'Omdat India Russische olie blijft kopen, komt er een extra heffing',
  });
  assert.equal(
    parts('Rusland roept zijn ambassadeur terug, nadat Biden Poetin een moordenaar noemde')?.main,
    'Rusland roept zijn ambassadeur terug',
  );
  assert.equal(parts('Biden en Poetin spreken elkaar dinsdag, meldt het Witte Huis')?.main, 'Biden en Poetin spreken elkaar dinsdag');
  assert.equal(
    parts('Het gesprek vindt plaats op verzoek van Moskou, zo heeft een woordvoerster gezegd')?.main,
    'Het gesprek vindt plaats op verzoek van Moskou',
  );
  assert.equal(parts('Maandag begint in Genève het overleg tussen de VS en Rusland')?.subject, 'het overleg');
  // A word that hedges a number belongs to the subject it counts; an adverb before anything else does not.
  assert.equal(parts('Bij de aanval zijn minstens twaalf burgers gedood')?.subject, 'minstens twaalf burgers');
  assert.equal(parts('In Dnipro zijn zeker twintig mensen omgekomen')?.subject, 'zeker twintig mensen');
  assert.equal(parts('In Genève zijn de ministers zeker tevreden')?.subject, 'de ministers');
  assert.equal(parts('De man die gisteren werd gearresteerd, is een Russische diplomaat')?.finite, 'is');
  // A list's commas, a comma inside a quotation: no cut.
  assert.equal(
    parts('Rusland, Oekraïne en Turkije hebben een akkoord gesloten over de export van graan')?.main,
    'Rusland, Oekraïne en Turkije hebben een akkoord gesloten over de export van graan',
  );
  assert.equal(parts('‘Wij willen vrede, geen oorlog’, zegt Zelensky')?.finite, 'zegt');
  // A noun phrase after the clause's last verb is an afterthought; one after a noun is an apposition inside the clause.
  assert.equal(
    parts('De Europese Unie heeft een nieuw sanctiepakket aangenomen, het zeventiende sinds het begin van de oorlog')?.main,
    'De Europese Unie heeft een nieuw sanctiepakket aangenomen',
  );
  assert.equal(
    parts('Biden heeft Sullivan, de nationale veiligheidsadviseur, naar Moskou gestuurd')?.main,
    'Biden heeft Sullivan, de nationale veiligheidsadviseur, naar Moskou gestuurd',
  );
  assert.equal(
    parts('‘Wij hebben het voorstel aangenomen, de rest volgt’, zegt Zelensky')?.main,
    '‘Wij hebben het voorstel aangenomen, de rest volgt’, zegt Zelensky',
  );
  // No statement to analyse: a question, a sentence without a finite verb.
  assert.equal(parts('Heeft Poetin de oorlog verloren?'), null);
  assert.equal(parts('Geen doorbraak in Genève'), null);
});

test('articles: a headline leaves them out, but not a pronoun, a count or a fixed phrase', () => {
  const articles = (s: string): string => join(dropArticles(tokenize(s)));
  assert.equal(articles('Het Russische parlement stemt in met de verlenging'), 'Russisch parlement stemt in met verlenging');
  assert.equal(
    articles('Biden veroordeelt de Russische aanval op het Oekraïense grondgebied'),
    'Biden veroordeelt Russische aanval op Oekraïens grondgebied',
  );
  assert.equal(articles('Het gaat om een uur'), 'Het gaat om een uur');
  assert.equal(articles('Biden spreekt voor het eerst met Poetin'), 'Biden spreekt voor het eerst met Poetin');
  assert.equal(articles('Het nieuwe plan van het kabinet'), 'Het nieuwe plan van kabinet');
  // -lijke and -ige lose their -e regularly; -e after a changed stem (`grote` → `groot`) keeps the article.
  assert.equal(articles('Moskou bestudeert het schriftelijke antwoord'), 'Moskou bestudeert schriftelijk antwoord');
  assert.equal(articles('Kiev herstelt het zelfstandige gezag'), 'Kiev herstelt zelfstandig gezag');
  assert.equal(articles('Rusland wil het grote gebied houden'), 'Rusland wil het grote gebied houden');
  assert.equal(articles('Biden: ‘het schriftelijke antwoord komt’'), 'Biden: ‘het schriftelijke antwoord komt’');
});
