/**
 * Word banks for the synthetic corpus. The point is a realistic vocabulary — a long tail of Dutch
 * compounds, names and places — so that search indexes and page sizes behave as on a real archive,
 * not as on 200 repeated words. Slots in templates: {P} a person (full name + role on first mention,
 * surname after), {PL} a place, {O} an organisation, {T} a topic, {C} a compound noun, {D} a weekday,
 * {N} a number, {M} a minor person, {A} an adjective, {Q} a quoted phrase, {V} a reporting verb.
 */

export interface PersonEntry {
  name: string;
  role: string;
}

/** Fallback when src/data/gazetteer.json is missing; roles are for prose only. */
export const PEOPLE: readonly PersonEntry[] = [
  { name: 'Joe Biden', role: 'de Amerikaanse president' },
  { name: 'Vladimir Poetin', role: 'de Russische president' },
  { name: 'Volodimir Zelenski', role: 'de Oekraïense president' },
  { name: 'Antony Blinken', role: 'de Amerikaanse minister van Buitenlandse Zaken' },
  { name: 'Sergej Lavrov', role: 'de Russische minister van Buitenlandse Zaken' },
  { name: 'Donald Trump', role: 'de Amerikaanse president' },
  { name: 'Emmanuel Macron', role: 'de Franse president' },
  { name: 'Olaf Scholz', role: 'de Duitse bondskanselier' },
  { name: 'Annalena Baerbock', role: 'de Duitse minister van Buitenlandse Zaken' },
  { name: 'Jens Stoltenberg', role: 'NAVO-chef' },
  { name: 'Mark Rutte', role: 'secretaris-generaal van de NAVO' },
  { name: 'Dmitri Peskov', role: 'Kremlin-woordvoerder' },
  { name: 'Jake Sullivan', role: 'de Amerikaanse nationaal veiligheidsadviseur' },
  { name: 'John Kirby', role: 'woordvoerder van de Nationale Veiligheidsraad' },
  { name: 'Marco Rubio', role: 'de Amerikaanse minister van Buitenlandse Zaken' },
  { name: 'Steve Witkoff', role: 'de Amerikaanse gezant' },
  { name: 'Keith Kellogg', role: 'de Amerikaanse gezant voor Oekraïne' },
  { name: 'Joeri Oesjakov', role: 'Kremlin-adviseur' },
  { name: 'Dmytro Koeleba', role: 'de Oekraïense minister van Buitenlandse Zaken' },
  { name: 'Andrij Jermak', role: 'de stafchef van Zelenski' },
  { name: 'Kaja Kallas', role: 'EU-buitenlandchef' },
  { name: 'Ursula von der Leyen', role: 'voorzitter van de Europese Commissie' },
  { name: 'Recep Tayyip Erdogan', role: 'de Turkse president' },
  { name: 'Xi Jinping', role: 'de Chinese president' },
  { name: 'Kamala Harris', role: 'de Amerikaanse vicepresident' },
  { name: 'Lloyd Austin', role: 'de Amerikaanse minister van Defensie' },
  { name: 'Sergej Sjojgoe', role: 'de Russische minister van Defensie' },
  { name: 'Kirill Dmitriev', role: 'de Russische gezant' },
  { name: 'Pete Hegseth', role: 'de Amerikaanse minister van Defensie' },
  { name: 'Keir Starmer', role: 'de Britse premier' },
];

export const PLACES: readonly string[] = [
  'Washington', 'Moskou', 'Kiev', 'Genève', 'Brussel', 'Berlijn', 'Parijs', 'Londen', 'Riyad',
  'Anchorage', 'Istanbul', 'Ankara', 'Warschau', 'Minsk', 'Charkiv', 'Odesa', 'Donetsk', 'Loehansk',
  'Marioepol', 'Bachmoet', 'Zaporizja', 'Cherson', 'de Krim', 'Koersk', 'Helsinki', 'Wenen',
  'Den Haag', 'Vilnius', 'Boedapest', 'Abu Dhabi', 'München', 'Doha', 'Jeddah', 'Belgorod',
  'Sint-Petersburg', 'Dnipro', 'Lviv', 'Oekraïne', 'Rusland', 'Belarus', 'Polen', 'Moldavië',
];

export const COUNTRIES: readonly string[] = [
  'Oekraïne', 'Rusland', 'de Verenigde Staten', 'China', 'Duitsland', 'Frankrijk', 'Polen',
  'Turkije', 'Belarus', 'het Verenigd Koninkrijk', 'Saoedi-Arabië', 'Hongarije', 'Finland', 'Moldavië',
];

export const ORGANISATIONS: readonly string[] = [
  'de NAVO', 'het Kremlin', 'het Witte Huis', 'de Europese Unie', 'de VN-Veiligheidsraad',
  'het Pentagon', 'de Verenigde Naties', 'de OVSE', 'de G7', 'het IAEA', 'het Internationaal Strafhof',
  'het Amerikaanse Congres', 'de Doema', 'de Europese Commissie', 'het Rode Kruis',
];

export const DATELINE_CITIES: readonly string[] = [
  'WASHINGTON', 'MOSKOU', 'KIEV', 'KYIV', 'GENÈVE', 'BRUSSEL', 'BERLIJN', 'PARIJS', 'LONDEN',
  'RIYAD', 'ANCHORAGE', 'ISTANBUL', 'NEW YORK', 'DEN HAAG', 'WARSCHAU', 'HELSINKI', 'ODESA',
];

export const AGENCIES: readonly string[] = [
  'ANP', 'ANP/AFP', 'ANP/RTR', 'ANP/AFP/RTR', 'ANP/DPA', 'AFP', 'ANP/Bloomberg', 'Belga',
];

export const PHOTO_CREDITS: readonly string[] = [
  '© AFP', '© Reuters', 'Foto: ANP', 'Foto: EPA', '© ANP / EPA', '© Getty Images', 'Foto: AP',
];

export const TOPICS: readonly string[] = [
  'de oorlog in Oekraïne', 'een staakt-het-vuren', 'de Russische troepenopbouw', 'nieuwe sancties',
  'wapenleveranties aan Oekraïne', 'een gevangenenruil', 'het graanakkoord', 'de kerncentrale van Zaporizja',
  'de uitbreiding van de NAVO', 'veiligheidsgaranties', 'de energiecrisis', 'het New START-verdrag',
  'cyberaanvallen', 'een vredesplan', 'de bevroren Russische tegoeden', 'de wederopbouw van Oekraïne',
  'luchtafweersystemen', 'de scheepvaart op de Zwarte Zee', 'de grens met Belarus', 'een topontmoeting',
  'de annexatie van de Krim', 'de gasleveranties aan Europa', 'de strategische dialoog', 'wapenbeheersing',
  'de humanitaire corridors', 'de mensenrechten', 'de Russische olie-export', 'de rol van China',
  'de Amerikaanse militaire steun', 'de dreiging met kernwapens', 'de frontlinie in het oosten',
  'de onderhandelingen in Istanbul', 'de ontvoerde Oekraïense kinderen', 'een bestand in de lucht',
  'de mineralendeal', 'de toekomst van de Donbas',
];

const PREFIXES: readonly string[] = [
  'grens', 'vredes', 'wapen', 'energie', 'graan', 'gas', 'olie', 'troepen', 'lucht', 'zee', 'kern',
  'veiligheids', 'sanctie', 'handels', 'staats', 'defensie', 'regerings', 'oorlogs', 'hulp', 'begrotings',
  'verkiezings', 'vluchtelingen', 'spionage', 'drone', 'raket', 'munitie', 'tank', 'stroom',
  'infrastructuur', 'bestands', 'gevangenen', 'diplomaten', 'onderhandelings', 'crisis', 'steun',
  'leger', 'front', 'wederopbouw', 'export', 'import', 'graanexport', 'kernwapen', 'cyber', 'inlichtingen',
];

/** Suffix and its article: a Dutch compound takes the gender of its last part. */
const SUFFIXES: readonly (readonly [string, 'de' | 'het'])[] = [
  ['overleg', 'het'], ['akkoord', 'het'], ['plan', 'het'], ['voorstel', 'het'], ['gesprek', 'het'],
  ['leverantie', 'de'], ['bewaking', 'de'], ['controle', 'de'], ['maatregel', 'de'], ['pakket', 'het'],
  ['verdrag', 'het'], ['top', 'de'], ['beleid', 'het'], ['commissie', 'de'], ['delegatie', 'de'],
  ['markt', 'de'], ['prijs', 'de'], ['tekort', 'het'], ['aanval', 'de'], ['verdediging', 'de'],
  ['systeem', 'het'], ['fonds', 'het'], ['garantie', 'de'], ['missie', 'de'], ['ronde', 'de'],
  ['rapport', 'het'], ['debat', 'het'], ['besluit', 'het'], ['dienst', 'de'], ['strategie', 'de'],
  ['wet', 'de'], ['regeling', 'de'], ['zone', 'de'], ['programma', 'het'],
];

/** Every prefix × suffix with its article (`het vredesoverleg`): ~1,500 compounds, drawn skewed. */
export const COMPOUNDS: readonly string[] = PREFIXES.flatMap((p) => SUFFIXES.map(([s, art]) => `${art} ${p}${s}`));

export const ADVERBS: readonly string[] = [
  'nerveus', 'kalm', 'opgelucht', 'geschrokken', 'terughoudend', 'verdeeld', 'positief', 'afwachtend',
];

export const ADJECTIVES: readonly string[] = [
  'zware', 'nieuwe', 'onverwachte', 'moeizame', 'beslissende', 'voorzichtige', 'harde', 'diplomatieke',
  'langdurige', 'spoedige', 'uitgebreide', 'gevoelige', 'vertrouwelijke', 'openbare', 'onduidelijke',
  'strategische', 'economische', 'militaire', 'humanitaire', 'tijdelijke', 'definitieve', 'omstreden',
];

export const REPORTING_VERBS: readonly string[] = [
  'zei', 'meldde', 'verklaarde', 'benadrukte', 'schreef', 'waarschuwde', 'stelde', 'herhaalde',
  'erkende', 'zegt', 'opperde', 'onderstreepte',
];

export const QUOTES: readonly string[] = [
  'geen enkele intentie', 'resoluut zullen reageren', 'wijdverbreid menselijk lijden', 'roekeloze of agressieve',
  'voorspelbaarheid en stabiliteit', 'territoriale integriteit', 'provocatieve speculaties',
  'een historische kans', 'volledig onaanvaardbaar', 'een stap in de goede richting', 'constructief en zakelijk',
  'de deur blijft open', 'niet over ons zonder ons', 'een rechtvaardige vrede', 'uiterst waakzaam',
];

export const FIRST_NAMES: readonly string[] = [
  'Anna', 'Pieter', 'Olga', 'Michael', 'Irina', 'Thomas', 'Sarah', 'Dmitro', 'Natalia', 'Jan', 'Maria',
  'Oleksandr', 'Elena', 'David', 'Katerina', 'Robert', 'Julia', 'Andrej', 'Lisa', 'Mykola', 'Ruth',
  'Viktor', 'Sophie', 'Igor', 'Emma', 'Pavlo', 'Laura', 'Aleksej', 'Hanna', 'Frank',
];

export const SURNAMES: readonly string[] = [
  'Jansen', 'Kovalenko', 'Smith', 'Petrov', 'de Vries', 'Bondarenko', 'Miller', 'Sokolov', 'Bakker',
  'Tkachenko', 'Johnson', 'Volkov', 'Visser', 'Melnyk', 'Brown', 'Morozov', 'Meijer', 'Shevchenko',
  'Davis', 'Lebedev', 'de Boer', 'Kravchenko', 'Wilson', 'Novikov', 'Mulder', 'Oliynyk', 'Taylor',
  'Kozlov', 'Peters', 'Marchenko', 'Anderson', 'Popov', 'Hendriks', 'Rudenko', 'Clark', 'Fedorov',
];

/** Syllables for village names and minor surnames: an open-ended long tail, as in real reporting. */
export const VILLAGE_PARTS = [
  ['Novo', 'Staro', 'Velyka', 'Mala', 'Krasno', 'Pokrov', 'Bilo', 'Zoloto', 'Tsjerno', 'Kosta', 'Sjev', 'Pisk', 'Avdi', 'Vasy', 'Orich', 'Koep', 'Lyman', 'Siver', 'Hoelja', 'Robo', 'Tsjas', 'Vovtsj', 'Koerach', 'Selyd'],
  ['', 'ol', 'an', 'ov', 'er', 'il', 'ar', 'en', 'ysj', 'oel'],
  ['hrad', 'ivka', 'ske', 'ove', 'yne', 'orivka', 'anka', 'ytsja', 'opil', 'sk', 'dar', 'ansk', 'ino'],
] as const;

export const SURNAME_PARTS = [
  ['Kov', 'Pet', 'Sav', 'Hryts', 'Mel', 'Bon', 'Dan', 'Ost', 'Lys', 'Tar', 'Zach', 'Koz', 'Bil', 'Rom', 'Jar', 'Myk', 'Sjev', 'Oles', 'Vlas', 'Hor'],
  ['al', 'ysj', 'ar', 'en', 'ov', 'ol', 'ch', 'ytsj', 'oer', 'an'],
  ['enko', 'tsjoek', 'sky', 'ov', 'ova', 'in', 'yn', 'sjyn', 'yk', 'ets', 'ovytsj', 'oek'],
] as const;

export const MINOR_ROLES: readonly string[] = [
  'woordvoerder', 'analist', 'diplomaat', 'onderzoeker', 'generaal', 'ambassadeur', 'senator',
  'parlementslid', 'hoogleraar', 'adviseur', 'burgemeester', 'journalist',
];

/** Body sentences. Kept varied in length and shape, like agency copy. */
export const SENTENCES: readonly string[] = [
  '{P} {V} {D} dat {T} ook de komende weken bovenaan de agenda blijft staan.',
  'Volgens {O} is er over {T} nog geen overeenstemming bereikt.',
  '{P} sprak {D} telefonisch met {P} over {T} en {C}.',
  '{C} moet volgens ingewijden binnen enkele weken klaar zijn.',
  'In {PL} wordt met argusogen gekeken naar de {A} koers van {O}.',
  '"Dit is {Q}", {V} {P} tegen verslaggevers in {PL}.',
  '{M} noemt {C} "{Q}", maar waarschuwt voor te hoge verwachtingen.',
  'De gesprekken in {PL} duurden ruim {N} uur en verliepen volgens beide kanten "{Q}".',
  '{O} meldt dat er sinds het begin van de week {N} gesprekken zijn gevoerd over {T}.',
  'Critici in {PL} vrezen dat {T} ten koste gaat van {C}.',
  '{P} heeft eerder gezegd dat {COUNTRY} zich niet laat dwingen tot concessies.',
  'Een {A} doorbraak bleef uit, al {V} {P} dat de deur openstaat voor verder overleg.',
  'De Amerikaanse regering overweegt intussen {C} ter waarde van {N} miljard dollar.',
  'Bij {VILLAGE} in de regio {PL} heroverden Oekraïense troepen volgens de generale staf een strategische heuvel.',
  'Het Russische ministerie van Defensie beweert {VILLAGE} en {VILLAGE} te hebben ingenomen.',
  'Inwoners van {VILLAGE} zitten al {N} dagen zonder stroom en stromend water.',
  '{M} sprak in {VILLAGE} met soldaten die maandenlang aan het front hebben gelegen.',
  'Lokale bestuurder {LOCAL} meldt dat een drone-aanval op {VILLAGE} een school en een graansilo verwoestte.',
  'Evacuatiebussen vertrokken {D} uit {VILLAGE}, waar de beschietingen de afgelopen week toenamen.',
  'Volgens gouverneur {LOCAL} van de regio {PL} vielen bij de aanval {N} gewonden.',
  'Het Amerikaanse ministerie van Financiën plaatste {N} bedrijven en {N} personen op de sanctielijst, onder wie zakenman {LOCAL}.',
  'De roebel verloor {D} terrein ten opzichte van de dollar na berichten over {C}.',
  'In een toespraak voor het parlement in {PL} riep {P} op tot eensgezindheid over {C}.',
  'Waarnemers van de OVSE telden in het weekend {N} schendingen van het bestand.',
  'Een verdachte tanker in de Oostzee werd {D} door de kustwacht onderschept.',
  'De Europese Commissie stelt voor om {N} miljard euro aan rente op bevroren tegoeden naar Kiev over te maken.',
  'Hulporganisaties waarschuwen voor een tekort aan medicijnen, brandstof en winterkleding in {VILLAGE}.',
  'Ook {COUNTRY} en {COUNTRY} zijn bij {C} betrokken, meldt {O}.',
  'Volgens {M} is {C} vooral bedoeld als signaal aan {COUNTRY}.',
  '{P} wil dat {O} zich uitspreekt over {C}.',
  'Het is de {N}e keer dit jaar dat {P} en {P} elkaar spreken.',
  'Diplomaten in {PL} spreken van {A} weken, waarin veel afhangt van {T}.',
  '{M} {V} dat {C} pas effect heeft als ook {COUNTRY} meedoet.',
  'Moskou heeft het voorstel {D} echter verworpen, omdat het nog niet van plan is zijn troepen terug te trekken.',
  'Het Witte Huis {V} dat de president "{Q}" wil optreden tegen elke schending van {T}.',
  'In het oosten van Oekraïne gaan de gevechten ondertussen onverminderd door, vooral rond {PL}.',
  'Bij een aanval op {PL} vielen volgens de lokale autoriteiten zeker {N} doden.',
  '{P} reist later deze week door naar {PL} voor overleg met bondgenoten over {C}.',
  'De Russische ambassade in Washington noemde {C} een {A} provocatie.',
  'Europese leiders willen dat {O} een grotere rol krijgt bij {T}.',
  'Volgens bronnen van CNN weerspiegelt {C} een gevoel van pessimisme in Washington.',
  '{P} en {P} spraken elkaar voor het laatst in {PL}, toen zonder resultaat.',
  'Het Kremlin laat weten dat beide partijen bereid zijn de contacten over {T} voort te zetten.',
  'De markten reageerden {ADV} op het nieuws; de gasprijs steeg met {N} procent.',
  'Een woordvoerder van {O} wilde niet ingaan op vragen over {C}.',
  'Analisten wijzen erop dat {T} al maanden een twistpunt is tussen Washington en Moskou.',
  'De VS hebben de Russische eisen over {T} al afgewezen, maar hopen een middenweg te vinden.',
  'Oekraïne wil aan tafel zitten bij {C}, {V} {P}.',
  '{M} verwacht dat {T} de verhoudingen nog lang zal bepalen.',
  'Daarmee komt een einde aan een {A} periode van stilte tussen beide hoofdsteden.',
  '{C} ligt nu ter bespreking bij {O}, dat er binnen {N} dagen over moet beslissen.',
  'In {PL} demonstreerden {D} duizenden mensen tegen {T}.',
  '{P} heeft volgens {O} "{Q}" om met {P} te praten zolang {T} niet is opgelost.',
];

export const HEADLINES: readonly string[] = [
  '{p} en {p} praten over {T}',
  '{p} waarschuwt {COUNTRY} voor {T}',
  '{COUNTRY} en {COUNTRY} sluiten akkoord na {A} gesprekken',
  'Ministers VS en Rusland praten {D} in {PL} over {T}',
  '{p}: "{Q}"',
  'Witte Huis: {p} heeft "{Q}" om met {p} te praten',
  '{O} bespreekt {T} in {PL}',
  '{p} reist naar {PL} voor overleg over {T}',
  'Kremlin reageert {ADV} op {C}',
  'Overleg in {PL} over {T} levert weinig op',
  '{p} nodigt {p} uit voor top in {PL}',
  'Westen kondigt {C} voor Oekraïne aan',
  '{p} wil {C} nog deze maand rond hebben',
  '{p} en {p} eens over {C}',
  'Zorgen in {PL} over {T}',
];

export const SUBHEADINGS: readonly string[] = [
  'Troepenmacht opgesteld', 'Kritiek uit Moskou', 'Gesprekken gaan door', 'Sancties', 'Reactie van Kiev',
  'Europese zorgen', 'Geen doorbraak', 'Wapenleveranties', 'Rol van China', 'Vervolg in {PL}',
  '{p} vindt beschuldiging aan zijn adres \'provocatief\'',
];

/** Off-topic article sentences (these should end up "Overig nieuws"). */
export const OFFTOPIC_SENTENCES: readonly string[] = [
  'De gemeenteraad van {CITY} heeft {D} ingestemd met een nieuw {LC}.',
  'Volgens {M} kost het {LC} ruim {N} miljoen euro.',
  'Bewoners van {CITY} reageren verdeeld op het {LC}.',
  'De werkzaamheden beginnen naar verwachting na de zomer en duren {N} maanden.',
  'Een woordvoerder van de gemeente {CITY} {V} dat er nog geen definitief besluit is genomen.',
  'Het {LC} was al jaren een twistpunt in de lokale politiek.',
  'De oppositie in {CITY} noemt het plan "{Q}".',
  'Bij het ongeval op de ringweg van {CITY} raakten {N} mensen gewond.',
];

export const OFFTOPIC_HEADLINES: readonly string[] = [
  '{CITY} stemt in met {LC}', 'Ophef in {CITY} over {LC}', 'Nieuw {LC} voor {CITY}',
];

export const LOCAL_COMPOUNDS: readonly string[] = [
  'parkeerbeleid', 'fietsplan', 'woningbouwproject', 'zwembadplan', 'verkeersplan', 'bibliotheekplan',
  'havenproject', 'stadionplan', 'energieproject', 'bestemmingsplan',
];

export const NOISE_CITIES: readonly string[] = [
  'Antwerpen', 'Rotterdam', 'Utrecht', 'Gent', 'Minneapolis', 'Lokeren', 'Deurne', 'Eindhoven',
  'Groningen', 'Leuven', 'Zwolle', 'Brugge', 'Tilburg', 'Hasselt',
];

/** Unrelated sidebar stories: what scraped pages drag along. */
export const NOISE_HEADLINES: readonly string[] = [
  'Burgemeester van {CITY} smoort kritiek oppositie in de kiem',
  'Moordonderzoek {CITY}: slachtoffer nog niet geïdentificeerd',
  'STADSLIVE. Volg al het nieuws uit {CITY} hier op de voet',
  'Bestuurder ramt verkeersborden en verkeerslicht in {CITY}',
  'Pyromaan opgepakt in {CITY} nadat hij handen verbrandde',
  'Zangeres toont kwetsbare kant in nieuwe documentaire',
  'Storm zorgt voor overlast in {CITY}: tientallen bomen omgewaaid',
  'Voetbalclub uit {CITY} ontslaat trainer na nieuwe nederlaag',
  'Prijzen van huizen in {CITY} stijgen opnieuw',
  'Dierentuin van {CITY} verwelkomt jonge olifant',
  'Treinverkeer rond {CITY} urenlang plat door storing',
  'Festival in {CITY} trekt recordaantal bezoekers',
];

export const NOISE_TEASERS: readonly string[] = [
  'De politie heeft maandagavond een verdachte opgepakt voor brandstichting in een',
  'Op de ringweg gebeurde maandagavond om 18.40 uur een zwaar ongeval. De',
  'De oud-president heeft een visum van zes maanden aangevraagd om in de',
  '"Vonden jullie het gepast om dit nu boven te halen in dit debat? Juist nu. Ik',
  'De gemeenteraad heeft dinsdag na een lang debat ingestemd met het plan om de',
  'Na maanden van onderhandelen is er eindelijk een akkoord over de',
];

export const NOISE_AGENCY_ITEMS: readonly string[] = [
  'De gouverneur wil dat zijn staat het onderzoek leidt naar de dodelijke schietpartij in {CITY} van zaterdag.',
  'De elektriciteitsvoorziening kende donderdag de grootste problemen sinds de grootschalige stroomuitval in november 2022.',
  'Ruim {N}.000 mensen zijn ontheemd na gevechten in het noordoosten van Syrië.',
  'Donald Trump heeft woedend gereageerd op de oproep van de burgemeester van {CITY}.',
  'De Poolse premier Donald Tusk zei bij aankomst in Brussel dat Europa moet blijven investeren in defensie.',
  'EU-leiders komen donderdag bijeen voor een ingelaste top over handel en tarieven.',
  'De Duitse bondskanselier Friedrich Merz is "zeer dankbaar" voor het besluit over de tarieven.',
  'In {CITY} is een man neergeschoten door agenten, aldus ooggetuigen in plaatselijke media.',
];

export const NOISE_AGENCY_CITIES: readonly string[] = [
  'MINNEAPOLIS', 'BRUSSEL', 'DAVOS', 'DAMASCUS', 'WASHINGTON', 'KYIV', 'PARIJS', 'BERLIJN', 'TOKIO',
];

export const SIDEBAR_HEADERS = {
  agency: ['Meer uit Buitenland', 'Meer uit Binnenland', 'Meest gelezen'],
  headlines: ['Hoofdpunten', 'Lees ook', 'Bekijk ook', 'Meest gelezen'],
  teasers: ['MEER OVER', 'Lees ook'],
} as const;

export const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;

export const MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
  'november', 'december',
] as const;

export const MONTH_ABBREVIATIONS = [
  'jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.',
] as const;
