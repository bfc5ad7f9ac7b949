/**
 * Prompts to the reader, told by keyword and shape (src/ingest/prompt.ts with src/data/prompts.json),
 * and the prose about subscriptions, newsletters and tips that must stay.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { promptKind } from '../../src/ingest/prompt.ts';

test('paywall, newsletter and tip-line prompts in wordings no rule lists', () => {
  const prompts: [string, string][] = [
    ['Je hebt je gratis artikelen voor deze maand gelezen. Neem nu een abonnement.', 'paywall'],
    ['Dit artikel is alleen beschikbaar voor abonnees van De Zuidkust.', 'paywall'],
    ['Lees verder met een proefperiode van 30 dagen, daarna € 9,99 per maand.', 'paywall'],
    ['Heeft u al een account? Log dan in.', 'paywall'],
    ['Probeer 4 weken voor € 4,95 en lees onbeperkt.', 'paywall'],
    ['Dit verhaal is gratis voor u. Wilt u alle verhalen lezen? Word abonnee.', 'paywall'],
    ['Wil je elke vrijdag een overzicht van de oorlog in je mailbox? Meld je aan.', 'newsletter'],
    ['Mis niets: ontvang onze nieuwsbrief Buitenland.', 'newsletter'],
    ['Aanmelden voor de nieuwsbrief', 'newsletter'],
    ['Nog geen abonnee? Probeer 1 maand gratis', 'paywall'],
    ['Wil je op de hoogte blijven? Download onze app', 'newsletter'],
    ['Heeft u een tip voor onze redactie? Mail naar tips@example.nl.', 'tip-line'],
    ['Weet jij meer over deze zaak? Stuur ons een bericht.', 'tip-line'],
  ];
  for (const [line, rule] of prompts) assert.equal(promptKind(line), rule, line);
});

test('prose that reports about subscriptions, newsletters, tips or Telegram stays', () => {
  for (const line of [
    'Het aantal abonnees van het Kremlin-kanaal op Telegram verdubbelde in een jaar.',
    'Wie abonnee wordt, krijgt volgens de krant korting.',
    'Rusland blokkeerde de nieuwsbrief van de oppositie, meldt de krant.',
    '"Als u een abonnement heeft, betaalt u nu meer", zei de minister.',
    'De tip over de gevangenenruil kwam volgens ingewijden uit Abu Dhabi.',
    'Poetin zei dat je de Verenigde Staten niet kunt vertrouwen.',
    'Hoe lang blijft de Russische staatszender nog online? Abonnementen op westerse diensten zijn al geblokkeerd.',
    'De Amerikaanse regering zegde een premium van 2 miljard dollar toe voor de herbouw.',
    'De sancties raken ook premium-merken die in Rusland verkopen, schrijft Bloomberg.',
    // An interview question addresses someone too; a price or an account alone is no prompt there.
    'Hoeveel € kost de oorlog uw bedrijf per maand?',
    'Heeft u een account bij een Russische bank gehad?',
  ]) {
    assert.equal(promptKind(line), null, line);
  }
  const long = `Je kunt stellen dat het abonnement op de Amerikaanse steun afloopt: ${'het Congres aarzelt, '.repeat(10)}en Kiev weet het.`;
  assert.equal(promptKind(long), null, 'a long line is prose');
});
