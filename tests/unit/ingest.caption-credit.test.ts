/**
 * Caption credits read by their structure (src/ingest/caption-credit.ts with src/data/credits.json):
 * sources joined by separators, after a prefix or a finished sentence, at a short line's end.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCaptionCredit } from '../../src/ingest/caption-credit.ts';

test('a caption ending in a credit of any shape is a caption, wherever it stands', () => {
  for (const line of [
    'Een tankstation aan de rand van Kiev. Foto: Bloomberg via Getty Images',
    'Russische troepen bij Belgorod. foto: AFP via Getty Images',
    'De delegaties aan tafel in Riyad | Foto: EPA / Saudi Press Agency',
    'Poetin ontvangt de Amerikaanse gezant. FOTO BELGA',
    'Zelensky in het Congres. Beeld Getty',
    'Lavrov bij aankomst in Genève (foto: Reuters/Denis Balibouse)',
    'Biden op de luchthaven van Rzeszów. Reuters / Evelyn Hockstein',
    'Het Witte Huis bij nacht. ANP / Robin van Lonkhuijsen',
    'Het gesprek in de Oval Office. (Witte Huis)',
    'Poetin tijdens de parade op het Rode Plein. Kremlin pool via Sputnik',
    'Oekraïense soldaten bij Charkiv © 2023 NurPhoto',
    'Een raffinaderij bij Wolgograd. Shutterstock',
    'Getty Images',
    'ANP / Koen van Weel',
    'Fotograaf: Sanne Bakker',
  ]) {
    assert.equal(isCaptionCredit(line, false), true, line);
    assert.equal(isCaptionCredit(line, true), true, line);
  }
});

test('a caption credited only to news agencies is one before the prose, a closing credit after it', () => {
  for (const line of [
    'Amerikaanse gevechtsvliegtuigen op de basis Ramstein. ANP / EPA',
    'Blinken en Lavrov in de wandelgangen. (Reuters / AFP)',
    'De gezant wordt ontvangen in het Kremlin. (ANP / AFP / Sputnik)',
  ]) {
    assert.equal(isCaptionCredit(line, true), true, line);
    assert.equal(isCaptionCredit(line, false), false, line);
  }
});

test('prose that names an agency, datelines and closing credits are not captions', () => {
  for (const line of [
    'Het Kremlin wilde niet reageren, meldt persbureau Reuters.',
    'De fotograaf van Reuters werd in Moskou kort vastgehouden.',
    "Foto's van de ontmoeting gingen de hele wereld over.",
    'MOSKOU (ANP) - Het Kremlin reageerde kort. (ANP)',
    'Washington (Belga) - Biden belde Zelensky. (Belga)',
    '(ANP/AFP)',
    '(belga)',
    'ANP',
    'Jorrit van den Berg',
    'Biden en Poetin spreken in Genève',
    'Lavrov in Genève (ANP)',
    'Zelensky sprak met Biden over de toetreding tot de NAVO',
    'Dat schrijft Bloomberg op basis van ingewijden.',
  ]) {
    assert.equal(isCaptionCredit(line, true), false, line);
    assert.equal(isCaptionCredit(line, false), false, line);
  }
  // The closing credit after the last sentence of a short final paragraph keeps its paragraph.
  assert.equal(isCaptionCredit('Het Kremlin reageerde niet, aldus Peskov. (ANP)', false), false);
});
