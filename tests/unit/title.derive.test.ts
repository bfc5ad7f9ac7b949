/**
 * The headline deriver as a whole (src/ingest/title/derive.ts): a lede's first sentence becomes a
 * headline in the newspaper's style, or stays as it is when no rule applies with confidence, and
 * is never an ellipsis, a dangling phrase or page noise.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deriveHeadline, deriveTitle, isTitleNoise } from '../../src/ingest/title/derive.ts';
import { ingestFile } from '../../src/ingest/pipeline.ts';

test('the main clause, subject first, present tense, surnames, no weekday, no article', () => {
  assert.equal(
    deriveHeadline(
      'Donderdagavond hebben de Amerikaanse president Joe Biden en zijn Russische ambtgenoot Vladimir Poetin ruim een uur met elkaar getelefoneerd over de spanningen rond Oekraïne.',
    ),
    // A headline calls (`bellen`) rather than telephones: the verb table gives the headline's verb.
    'Biden en Poetin bellen ruim een uur over spanningen rond Oekraïne',
  );
  assert.equal(
    deriveHeadline(
      'De Amerikaanse minister van Buitenlandse Zaken Antony Blinken is maandag in Kiev aangekomen voor overleg met president Volodymyr Zelensky.',
    ),
    'Blinken komt in Kiev aan voor overleg met Zelensky',
  );
  assert.equal(
    deriveHeadline('De Verenigde Staten hebben dinsdag nieuwe sancties opgelegd aan Russische banken.'),
    'VS leggen nieuwe sancties op aan Russische banken',
  );
  assert.equal(
    deriveHeadline('Het Russische parlement heeft woensdag ingestemd met de verlenging van het verdrag.'),
    'Russisch parlement stemt in met verlenging van verdrag',
  );
});

test('what is to happen keeps its day; what happened loses it', () => {
  assert.equal(
    deriveHeadline(
      'De Amerikaanse minister Antony Blinken van Buitenlandse Zaken en zijn Russische ambtgenoot Sergej Lavrov komen vrijdag samen in Genève om de crisis rond Oekraïne te bespreken.',
    ),
    'Blinken en Lavrov komen vrijdag samen in Genève',
  );
  assert.equal(
    deriveHeadline('Vrijdag spreken de NAVO-ministers in Brussel over Oekraïne.'),
    'NAVO-ministers spreken vrijdag in Brussel over Oekraïne',
  );
  assert.equal(deriveHeadline('Zelensky zal dinsdag in Washington spreken met Trump.'), 'Zelensky spreekt dinsdag in Washington met Trump');
  // A verb that reports speech: the day is when it was said, it goes.
  assert.equal(
    deriveHeadline('Valeri Gerasimov zegt maandag dat de oorlog in Oekraïne ook de komende weken bovenaan de agenda blijft staan.'),
    'Gerasimov zegt dat de oorlog in Oekraïne ook bovenaan de agenda blijft staan',
  );
  // A perfect, a simple past, a past auxiliary: the day goes.
  assert.equal(deriveHeadline('Biden en Poetin hebben vrijdag in Genève gesproken.'), 'Biden en Poetin spreken in Genève');
  assert.equal(deriveHeadline('Biden en Poetin spraken vrijdag in Genève.'), 'Biden en Poetin spreken in Genève');
  assert.equal(deriveHeadline('Het Kremlin was dinsdag niet bereikbaar voor commentaar.'), 'Kremlin was niet bereikbaar voor commentaar');
  // A question stands as asked, without its day.
  assert.equal(deriveHeadline('Komen Biden en Poetin vrijdag samen in Genève?'), 'Komen Biden en Poetin samen in Genève?');
});

test('a death is reported the way headlines report it: the name, the age in parentheses and `overleden`', () => {
  assert.equal(
    deriveHeadline(
      'De Russische oppositieleider Aleksej Navalny is vrijdag in een strafkamp in Siberië overleden, meldt de Russische gevangenisdienst.',
    ),
    'Navalny in strafkamp in Siberië overleden',
  );
  assert.equal(
    deriveHeadline('Paus Franciscus stierf maandagochtend in zijn residentie in Vaticaanstad.'),
    'Paus Franciscus overleden in zijn residentie in Vaticaanstad',
  );
  assert.equal(
    deriveHeadline('Bij de aanval op het winkelcentrum zijn minstens twaalf burgers omgekomen.'),
    'Minstens twaalf burgers bij aanval op winkelcentrum omgekomen',
  );
  // An age goes after the name, in parentheses.
  assert.equal(
    deriveHeadline(
      'Koningin Elizabeth II van het Verenigd Koninkrijk is donderdag op 96-jarige leeftijd gestorven op kasteel Balmoral in Schotland.',
    ),
    'Koningin Elizabeth II (96) overleden op kasteel Balmoral in Schotland',
  );
  assert.equal(
    deriveHeadline('Oud-president Jimmy Carter is zondag op 100-jarige leeftijd overleden, heeft zijn stichting bekendgemaakt.'),
    'Carter (100) overleden',
  );
  // A question is not rewritten, nor is a quotation; an age that is no `op … leeftijd` stays.
  assert.equal(deriveHeadline('Is de Russische oppositieleider Aleksej Navalny vermoord?'), 'Is Navalny vermoord?');
  assert.equal(deriveHeadline('“Ik stop op 70-jarige leeftijd”, zei de premier.'), '“Ik stop op 70-jarige leeftijd”, zegt premier');
  assert.equal(
    deriveHeadline('De 24-jarige Max Verstappen is wereldkampioen Formule 1.'),
    'De 24-jarige Verstappen is wereldkampioen Formule 1',
  );
});

test('subordinate clauses and trailing attributions go; a clause the verb needs stays when it fits', () => {
  assert.equal(
    deriveHeadline(
      'Rusland roept zijn ambassadeur in Washington terug, nadat president Biden Poetin een moordenaar noemde. Het Kremlin is woedend.',
    ),
    'Rusland roept zijn ambassadeur in Washington terug',
  );
  assert.equal(
    deriveHeadline('Biden en Poetin spreken elkaar dinsdag via een videoverbinding, meldt het Witte Huis.'),
    // In the present tense the day is when the talk is to happen: it stays (see 'what is to happen keeps its day').
    'Biden en Poetin spreken elkaar dinsdag via videoverbinding',
  );
  assert.equal(
    deriveHeadline('Het gesprek vindt plaats op verzoek van Moskou, zo heeft een woordvoerster van de Nationale Veiligheidsraad gezegd.'),
    'Gesprek vindt plaats op verzoek van Moskou',
  );
  assert.equal(
    deriveHeadline(
      'De Amerikaanse president Joe Biden heeft zijn Russische ambtgenoot Vladimir Poetin in een telefoongesprek voorgesteld om elkaar binnen enkele maanden in een derde land te ontmoeten, waarbij ook de wapenbeheersing ter sprake moet komen.',
    ),
    'Biden stelt Poetin in telefoongesprek voor om elkaar in een derde land te ontmoeten',
  );
});

test('past 70 characters, how it ended (`zonder resultaat`) stays longer than where and when', () => {
  assert.equal(
    deriveHeadline('De gesprekken tussen Russische en Oekraïense onderhandelaars in Istanbul zijn na twee uur zonder resultaat geëindigd.'),
    'Gesprekken tussen Russische en Oekraïense onderhandelaars eindigen zonder resultaat',
  );
});

test('a subject that speaks for countries is named by them, when the verb still agrees', () => {
  assert.equal(
    deriveHeadline(
      'In Istanbul hebben delegaties van Rusland en Oekraïne vrijdag voor het eerst sinds het voorjaar van 2022 rechtstreeks met elkaar gepraat.',
    ),
    'Rusland en Oekraïne praten in Istanbul voor het eerst rechtstreeks',
  );
  assert.equal(deriveHeadline('De regering van Hongarije blokkeert het steunpakket.'), 'Hongarije blokkeert steunpakket');
  // Not one name for a plural (`leiders van de G7 komen`), not a description, not in a quotation.
  assert.equal(deriveHeadline('De leiders van de G7 komen bijeen in Italië.'), 'Leiders van G7 komen bijeen in Italië');
  assert.equal(deriveHeadline('De delegaties van beide landen praten in Riyad.'), 'Delegaties van beide landen praten in Riyad');
  assert.equal(
    deriveHeadline('“De delegaties van Rusland en Oekraïne praten”, zei Erdogan.'),
    'Erdogan: “De delegaties van Rusland en Oekraïne praten”',
  );
});

test('an afterthought after the clause’s last verb goes', () => {
  assert.equal(
    deriveHeadline(
      'De Europese Unie heeft maandag een nieuw sanctiepakket tegen Rusland aangenomen, het zeventiende sinds het begin van de oorlog.',
    ),
    'EU neemt nieuw sanctiepakket tegen Rusland aan',
  );
});

test('a subordinate clause after a list goes, the list stays', () => {
  assert.equal(
    deriveHeadline(
      'De Amerikaanse minister van Financiën Scott Bessent dreigt Rusland met hogere heffingen, nieuwe sancties en een olieboycot als het Kremlin niet snel instemt met een staakt-het-vuren.',
    ),
    'Bessent dreigt Rusland met hogere heffingen, nieuwe sancties en olieboycot',
  );
  // A list without a clause after it is left alone.
  assert.equal(
    deriveHeadline('De Europese Unie treft Russische banken, oliebedrijven en wapenfabrikanten.'),
    'EU treft Russische banken, oliebedrijven en wapenfabrikanten',
  );
});

test('a negation or a comparison keeps the words it needs; a sentence never opens with its verb', () => {
  assert.equal(deriveHeadline('Nooit eerder heeft Rusland zoveel drones afgevuurd.'), 'Nooit eerder heeft Rusland zoveel drones afgevuurd');
  assert.equal(
    deriveHeadline('De Russische economie groeit dit jaar harder dan vorig jaar.'),
    'Russische economie groeit harder dan vorig jaar',
  );
  assert.equal(deriveHeadline('Nu wil ook Duitsland tanks leveren.'), 'Nu wil ook Duitsland tanks leveren');
  assert.equal(deriveHeadline('Gisteren heeft Rusland honderd drones afgevuurd.'), 'Rusland vuurt honderd drones af');
});

test('a sentence beyond the rules names people by surname and is never cut inside a subordinate clause', () => {
  // No finite verb: the sentence stands, with the name as a headline writes it and without the day.
  assert.equal(deriveHeadline('Vanaf zondag Nederland in lockdown, winkels dicht.'), 'Nederland in lockdown, winkels dicht');
  assert.equal(deriveHeadline('Wat gebeurt er morgen in Genève?'), 'Wat gebeurt er in Genève?');
  assert.equal(
    deriveHeadline('De Amerikaanse president Joe Biden op bezoek in Kiev, tijdens luchtalarm.'),
    'Biden op bezoek in Kiev, tijdens luchtalarm',
  );
  // Too long and beyond the rules: cut where a phrase ends, never after `als er` (half a clause).
  const cut = deriveHeadline(
    'De Amerikaanse president Donald Trump legt Rusland hoge heffingen, nieuwe sancties en een olieboycot op als er voor het einde van de maand geen staakt-het-vuren is in Oekraïne.',
  );
  assert.equal(cut, 'Trump legt Rusland hoge heffingen, nieuwe sancties en een olieboycot');
});

test('a short first sentence is followed by what the second reports, after a colon; other second sentences join after a comma', () => {
  assert.equal(
    deriveHeadline(
      'Het Kremlin zwijgt. Het ministerie van Buitenlandse Zaken in Washington heeft maandag verklaard dat Rusland geen antwoord heeft gestuurd.',
    ),
    'Kremlin zwijgt: Rusland stuurt geen antwoord',
  );
  assert.equal(
    deriveHeadline('Het Kremlin zwijgt. Rusland heeft geen antwoord gestuurd, zegt Blinken.'),
    'Kremlin zwijgt, Rusland stuurt geen antwoord',
  );
  // A quotation as the second sentence is no report to join.
  assert.equal(deriveHeadline('Rusland slaat terug. “We laten ons niet intimideren”, zei Lavrov.'), 'Rusland slaat terug');
});

test('`volgens` an institution leads with a colon; a source without a name is a hedge that goes; an opinion or a quotation stays', () => {
  assert.equal(deriveHeadline('Het gesprek is volgens het Kremlin constructief verlopen.'), 'Kremlin: gesprek verloopt constructief');
  assert.equal(deriveHeadline('Volgens de NAVO trekt Rusland troepen samen bij de grens.'), 'NAVO: Rusland trekt troepen samen bij grens');
  assert.equal(
    deriveHeadline('Rusland heeft volgens Amerikaanse media honderd tanks naar de grens gestuurd.'),
    'Rusland stuurt honderd tanks naar grens',
  );
  assert.equal(deriveHeadline('Het gesprek is volgens mij constructief verlopen.'), 'Gesprek verloopt volgens mij constructief');
  assert.equal(
    deriveHeadline('‘Het gesprek is volgens het Kremlin constructief verlopen’, zegt Peskov.'),
    'Peskov: ‘Het gesprek is volgens het Kremlin constructief verlopen’',
  );
});

test('a few words leading into a dropped subordinate clause go with it', () => {
  assert.equal(
    deriveHeadline(
      'Moskou heeft vrijdag tien Amerikaanse diplomaten tot ongewenste personen verklaard, een dag nadat Washington hetzelfde had gedaan met tien Russische diplomaten.',
    ),
    'Moskou verklaart tien Amerikaanse diplomaten tot ongewenste personen',
  );
  // A list before the clause is no lead-in: it stays.
  assert.equal(
    deriveHeadline(
      'De Amerikaanse minister van Financiën Scott Bessent dreigt Rusland met hogere heffingen, nieuwe sancties en een olieboycot als het Kremlin niet snel instemt met een staakt-het-vuren.',
    ),
    'Bessent dreigt Rusland met hogere heffingen, nieuwe sancties en olieboycot',
  );
});

test('a reported clause put in main-clause order keeps its comma at the clause end, not after the moved verb', () => {
  assert.equal(deriveHeadline('Lavrov zegt dat Rusland de sancties negeert, omdat ze niet werken.'), 'Lavrov: Rusland negeert sancties');
  assert.equal(
    deriveHeadline(
      'Het kabinet is gevallen. De premier maakte dinsdag bekend dat de grootste partij de coalitie verlaat, omdat er geen akkoord kwam.',
    ),
    'Kabinet valt: grootste partij verlaat coalitie',
  );
});

test('past 70 characters a subordinate clause goes even when the whole would fit in 90; a shorter headline keeps it', () => {
  assert.equal(
    deriveHeadline(
      'De Amerikaanse president Joe Biden heeft Poetin gewaarschuwd voor zware economische gevolgen als Rusland Oekraïne binnenvalt.',
    ),
    'Biden waarschuwt Poetin voor zware economische gevolgen',
  );
  assert.equal(
    deriveHeadline('Biden waarschuwt Poetin voor gevolgen als Rusland Oekraïne binnenvalt.'),
    'Biden waarschuwt Poetin voor gevolgen als Rusland Oekraïne binnenvalt',
  );
  // A clause the verb needs (`bereid om …`) stays.
  assert.equal(
    deriveHeadline('Blinken en Lavrov zijn bereid om de crisis rond Oekraïne in Genève uitgebreid te bespreken.'),
    'Blinken en Lavrov zijn bereid om crisis rond Oekraïne in Genève uitgebreid te bespreken',
  );
});

test('when nothing else is left to drop, the rest of a list goes whole: the sentence is compressed, not left standing', () => {
  assert.equal(
    deriveHeadline(
      'Rusland moet alle troepen uit de bezette gebieden terugtrekken, zijn grenzen openen en afzien van elke steun aan separatisten.',
    ),
    'Rusland moet alle troepen uit bezette gebieden terugtrekken',
  );
  // A phrase after a list of nouns is a phrase of its own: it goes before the list does.
  assert.equal(
    deriveHeadline('Hulporganisaties waarschuwen voor een tekort aan medicijnen, brandstof en winterkleding in het zuiden van het land.'),
    'Hulporganisaties waarschuwen voor tekort aan medicijnen, brandstof en winterkleding',
  );
  // A list that fits stays whole.
  assert.equal(
    deriveHeadline('Rusland moet zijn troepen terugtrekken, zijn grenzen openen en de separatisten loslaten.'),
    'Rusland moet zijn troepen terugtrekken, zijn grenzen openen en separatisten loslaten',
  );
});

test('a subject that lists one-word items is one list, never asides to drop', () => {
  assert.equal(
    deriveHeadline(
      'Winkels, cafés, restaurants, kappers en sportscholen sluiten tot zeker 14 januari, heeft premier Mark Rutte zaterdagavond op een persconferentie gezegd.',
    ),
    'Rutte: Winkels, cafés, restaurants, kappers en sportscholen sluiten',
  );
});

test('a person with a title below the top is named with it; as a speaker, by surname', () => {
  assert.equal(
    deriveHeadline(
      'De Amerikaanse onderminister van Buitenlandse Zaken Victoria Nuland is maandag in Moskou aangekomen voor gesprekken met Russische functionarissen.',
    ),
    'Amerikaanse onderminister Nuland komt in Moskou aan voor gesprekken',
  );
  assert.equal(
    deriveHeadline('Volgens de Amerikaanse onderminister Victoria Nuland is Rusland niet bereid tot concessies.'),
    'Nuland: Rusland is niet bereid tot concessies',
  );
  assert.equal(
    deriveHeadline('De Amerikaanse onderminister Victoria Nuland zegt dat Moskou geen concessies doet.'),
    'Nuland: Moskou doet geen concessies',
  );
  assert.equal(
    deriveHeadline('CIA-directeur William Burns heeft gezegd dat Rusland de oorlog niet kan winnen.'),
    'Burns: Rusland kan oorlog niet winnen',
  );
});

test('reported speech leads with the speaker and a colon', () => {
  assert.equal(
    deriveHeadline(
      'Een Russische inval in Oekraïne kan elk moment beginnen. Dat heeft de Amerikaanse veiligheidsadviseur Jake Sullivan zondag gezegd.',
    ),
    'Sullivan: Russische inval in Oekraïne kan elk moment beginnen',
  );
  assert.equal(
    deriveHeadline('De Russische minister van Buitenlandse Zaken Sergej Lavrov zegt dat Moskou het Amerikaanse antwoord nog bestudeert.'),
    'Lavrov: Moskou bestudeert Amerikaans antwoord nog',
  );
  assert.equal(
    deriveHeadline(
      'Kremlin-woordvoerder Dmitri Peskov heeft woensdag gezegd dat Rusland openstaat voor gesprekken met de Verenigde Staten.',
    ),
    'Peskov: Rusland staat open voor gesprekken met VS',
  );
  assert.equal(
    deriveHeadline('Volgens de Amerikaanse president Joe Biden is een Russische invasie van Oekraïne nog altijd heel goed mogelijk.'),
    'Biden: Russische invasie van Oekraïne is heel goed mogelijk',
  );
  assert.equal(
    deriveHeadline(
      'Het Amerikaanse ministerie van Defensie heeft maandag 8500 militairen in verhoogde staat van paraatheid gebracht, zo heeft woordvoerder John Kirby gezegd.',
    ),
    'Kirby: Pentagon brengt 8500 militairen in verhoogde staat van paraatheid',
  );
  // Someone who is not a gazetteer person and only `meldt` something does not lead.
  assert.equal(
    deriveHeadline(
      'Rusland en Oekraïne hebben vrijdag in Istanbul elk duizend krijgsgevangenen uitgewisseld, meldt de Oekraïense regering.',
    ),
    'Rusland en Oekraïne wisselen in Istanbul elk duizend krijgsgevangenen uit',
  );
});

test('a second sentence that names a document as the source: the document, or the institution it is of, leads', () => {
  assert.equal(
    deriveHeadline(
      'Oekraïne moet de rest van de Donbas opgeven, zijn leger verkleinen en afzien van een NAVO-lidmaatschap. Dat staat in een Amerikaans vredesplan van 28 punten.',
    ),
    'Amerikaans vredesplan: Oekraïne moet rest van Donbas opgeven',
  );
  assert.equal(
    deriveHeadline('Het aantal asielaanvragen is vorig jaar met een kwart gestegen. Dat blijkt uit cijfers van het CBS.'),
    'CBS: aantal asielaanvragen stijgt met een kwart',
  );
  assert.equal(
    deriveHeadline('De Nederlandse economie groeit harder dan verwacht. Dat blijkt uit onderzoek.'),
    'Onderzoek: Nederlandse economie groeit harder dan verwacht',
  );
  // Not a source a reader could place (a bare `de krant`, `het plan`), not a source at all (`Dat staat vast`), a question.
  assert.equal(
    deriveHeadline('Rusland heeft 150.000 militairen aan de grens samengetrokken. Dat staat in de krant.'),
    'Rusland trekt 150.000 militairen aan grens samen',
  );
  assert.equal(
    deriveHeadline('Oekraïne moet de Donbas opgeven. Dat staat in het plan dat Witkoff schreef.'),
    'Oekraïne moet Donbas opgeven',
  );
  assert.equal(
    deriveHeadline('Het minimumloon stijgt met 10 procent. Dat staat in de nieuwe plannen van het kabinet.'),
    'Minimumloon stijgt met 10 procent',
  );
  assert.equal(deriveHeadline('De economie krimpt. Dat blijkt uit de cijfers van het CBS.'), 'CBS: economie krimpt');
  assert.equal(
    deriveHeadline('Rusland heeft 150.000 militairen aan de grens samengetrokken. Dat staat vast.'),
    'Rusland trekt 150.000 militairen aan grens samen',
  );
  assert.equal(
    deriveHeadline('Moet Oekraïne de Donbas opgeven? Dat staat in een Amerikaans vredesplan.'),
    'Moet Oekraïne de Donbas opgeven?',
  );
});

test('quotations are never rewritten: the speaker leads them', () => {
  assert.equal(
    deriveHeadline('“We hebben lang en openhartig gesproken”, zei Biden na afloop.'),
    'Biden: “We hebben lang en openhartig gesproken”',
  );
  assert.equal(
    deriveHeadline(
      '“Ik wens hem een goede gezondheid.” Zo heeft de Russische president Vladimir Poetin donderdag gereageerd op de uitspraak van Biden.',
    ),
    'Poetin: “Ik wens hem een goede gezondheid”',
  );
});

test('a question stands as asked (names aside); a sentence without a finite verb stands, or is cut cleanly', () => {
  assert.equal(
    deriveHeadline(
      'Wat kan Vladimir Poetin winnen bij een ontmoeting met Donald Trump in Alaska? Voor het Kremlin is de top al een overwinning.',
    ),
    'Wat kan Poetin winnen bij een ontmoeting met Trump in Alaska?',
  );
  assert.equal(
    deriveHeadline('Geen doorbraak in Genève na urenlang overleg tussen Amerikaanse en Russische diplomaten.'),
    'Geen doorbraak in Genève na urenlang overleg tussen Amerikaanse en Russische diplomaten',
  );
  // Over 110 characters: cut before a phrase, never after an adjective or an article.
  assert.equal(
    deriveHeadline(
      'Geen doorbraak in Genève na acht uur overleg tussen Amerikaanse en Russische diplomaten over de veiligheid in Europa, de toekomst van de NAVO en de spanningen rond Oekraïne.',
    ),
    'Geen doorbraak in Genève na acht uur overleg tussen Amerikaanse en Russische diplomaten',
  );
  assert.equal(
    deriveHeadline(
      'De Amerikaanse basketbalster die in februari op het vliegveld van Moskou werd aangehouden met een kleine hoeveelheid cannabisolie in haar bagage en sindsdien vastzit in een strafkolonie ten oosten van Moskou.',
    ),
    'De Amerikaanse basketbalster die op het vliegveld van Moskou werd aangehouden',
  );
});

test('readings that looked like verbs or subjects, and were not', () => {
  // `praten` inside the opening phrase is a noun: the auxiliary after it is the verb.
  assert.equal(
    deriveHeadline('Na urenlang praten in een hotel in Genève zijn de ministers het eens geworden over een gevangenenruil.'),
    'Ministers worden na urenlang praten in hotel in Genève het eens over gevangenenruil',
  );
  // `landen` after an adjective is a noun, so the subject is `westerse landen`.
  assert.equal(
    deriveHeadline('In Brussel hebben westerse landen woensdag nieuwe sancties tegen Rusland afgesproken.'),
    'Westerse landen spreken in Brussel nieuwe sancties tegen Rusland af',
  );
  // `die` before a name opens a relative clause, which goes whole when the headline must be shorter.
  assert.equal(
    deriveHeadline(
      'De NAVO heeft vrijdag tijdens de top in Washington een verklaring aangenomen die Rusland als de grootste dreiging voor het bondgenootschap noemt.',
    ),
    'NAVO neemt tijdens top in Washington verklaring aan',
  );
  // What `bereid` needs stays; an apposition inside the subject goes with both its commas.
  assert.equal(
    deriveHeadline('Moskou is bereid om opnieuw met Kiev te praten over een staakt-het-vuren, zegt het Kremlin.'),
    'Moskou is bereid om opnieuw met Kiev te praten over staakt-het-vuren',
  );
  assert.equal(
    deriveHeadline(
      'Het verdrag over de export van graan, het belangrijkste akkoord tussen Rusland en Oekraïne sinds de inval, is dinsdag verlengd.',
    ),
    'Verdrag over export van graan verlengd',
  );
  // A focus particle belongs to the subject it stands before; `het` before `geen` is the pronoun subject.
  assert.equal(
    deriveHeadline('Ook Polen en Duitsland zijn bij het vredesoverleg betrokken, meldt de NAVO.'),
    'Ook Polen en Duitsland zijn bij vredesoverleg betrokken',
  );
  assert.equal(deriveHeadline('Nu Rusland troepen stuurt, heeft het geen zin meer om te praten.'), 'Het heeft geen zin meer om te praten');
  // No subject to find (an impersonal passive): the sentence stands as it is, without the day.
  assert.equal(
    deriveHeadline('In het centrum van Kiev mag vanaf maandag nog maar één auto per gezin worden gebruikt.'),
    'In het centrum van Kiev mag nog maar één auto per gezin worden gebruikt',
  );
});

test('a kicker before a colon stays when it fits', () => {
  assert.equal(
    deriveHeadline('Witte rook boven de Sixtijnse Kapel: de kardinalen hebben donderdag een nieuwe paus gekozen.'),
    'Witte rook boven Sixtijnse Kapel: kardinalen kiezen nieuwe paus',
  );
});

test('never an ellipsis, never over 90 characters when compressed, never over 110 at all', () => {
  const ledes = [
    'In een videogesprek van ruim twee uur heeft de Amerikaanse president Joe Biden zijn Russische collega Vladimir Poetin gewaarschuwd voor zware economische gevolgen als Rusland Oekraïne binnenvalt, terwijl Poetin garanties eiste dat de NAVO niet verder naar het oosten uitbreidt.',
    'Na ruim drie uur praten in een villa aan het Meer van Genève, in aanwezigheid van de ministers van Buitenlandse Zaken en een handvol adviseurs, zijn de Amerikaanse president Joe Biden en zijn Russische ambtgenoot Vladimir Poetin het eens geworden over de terugkeer van de ambassadeurs.',
    'Volgens ingewijden in Washington en Brussel, die anoniem wilden blijven omdat de gesprekken vertrouwelijk zijn, ligt er inmiddels een concept voor een akkoord over de uitwisseling van gevangenen op tafel.',
  ];
  for (const lede of ledes) {
    const title = deriveHeadline(lede);
    assert.ok(!title.includes('…') && !title.endsWith('...'), title);
    assert.ok(title.length <= 90, `${title.length}: ${title}`);
    assert.doesNotMatch(title, /\s(?:de|het|een|van|en|dat|die|met|te)$/u, title);
  }
});

test('page furniture is never a title: the next paragraph stands in', () => {
  for (const noise of [
    'Ga naar de hoofdinhoud',
    'Spring naar zoeken',
    'NOS NIEUWS',
    '3 minuten leestijd · 12 reacties',
    'Deel dit artikel',
  ]) {
    assert.ok(isTitleNoise(noise), noise);
  }
  assert.equal(isTitleNoise('Biden en Poetin spreken elkaar dinsdag'), false);
  const blocks = [
    { type: 'paragraph', text: 'Ga naar de hoofdinhoud' },
    { type: 'paragraph', text: 'De Amerikaanse president Joe Biden heeft dinsdag met Poetin gesproken.' },
  ];
  assert.equal(deriveTitle('Ga naar de hoofdinhoud', blocks), 'Biden spreekt met Poetin');
  // In a real file too: a menu line the noise rules do not know stays out of the title.
  const [record] = ingestFile({
    file: 'menu.txt',
    bytes: new TextEncoder().encode(
      ' date 2022-02 Ga naar de hoofdinhoud\nDe Amerikaanse president Joe Biden heeft zaterdag met zijn Russische ambtgenoot Vladimir Poetin gebeld.\n',
    ),
  }).records;
  assert.equal(record?.titleSource, 'derived');
  assert.equal(record?.title, 'Biden belt met Poetin');
});
