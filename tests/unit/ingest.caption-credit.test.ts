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
    'Rubio en Lavrov in Riyad. ©️ EPA-EFE',
    'Een gasleiding bij Greifswald. Foto ter illustratie',
    'Poetin tijdens zijn jaarlijkse persconferentie. Foto: archief ANP',
    'Zelensky spreekt het Congres toe. (Photo by Win McNamee/Getty Images)',
    'Een Russische tank bij Kiev. Foto: Oekraïense strijdkrachten via Telegram',
    'De Amerikaanse gezant bij het Kremlin. © via REUTERS',
    'Poetin en Trump in Anchorage © via AFP',
  ]) {
    assert.equal(isCaptionCredit(line, false, false), true, line);
    assert.equal(isCaptionCredit(line, true, true), true, line);
  }
});

test('a caption credited only to news agencies: before the prose, or bare between paragraphs; a closing credit at the end', () => {
  for (const line of [
    'Amerikaanse gevechtsvliegtuigen op de basis Ramstein. ANP / EPA',
    'Blinken en Lavrov in de wandelgangen. (Reuters / AFP)',
    'De gezant wordt ontvangen in het Kremlin. (ANP / AFP / Sputnik)',
    'Lavrov bij aankomst op de G20-top in Nusa Dua. — AFP',
  ]) {
    assert.equal(isCaptionCredit(line, true, true), true, line);
    assert.equal(isCaptionCredit(line, false, false), false, line);
  }
  // Between paragraphs a bare credit marks a caption; in parentheses it is a closing credit's tail.
  assert.equal(isCaptionCredit('Biden op het vliegveld van Warschau. AP', false, true), true);
  // Without a finished sentence before it, an agency after `|` or a dash is a page title's outlet.
  assert.equal(isCaptionCredit('Kremlin reageert woedend op nieuwe sancties | Reuters', true, true), false);
  assert.equal(isCaptionCredit('Poetin waarschuwt de NAVO - ANP', true, true), false);
  assert.equal(isCaptionCredit('Biden op het vliegveld van Warschau. (AP)', false, true), false);
  // The last text of the article: a short final paragraph with its agency stays.
  assert.equal(isCaptionCredit('Het Kremlin wilde niet reageren. ANP', false, false), false);
  assert.equal(
    isCaptionCredit(
      'Het Kremlin wilde dinsdag niet reageren op de vragen van buitenlandse journalisten over de nieuwe sancties van Washington. ANP',
      false,
      true,
    ),
    false,
    'longer than a caption',
  );
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
    'Zijn conclusie: Washington en Moskou praten weer',
    'Zelensky postte de video op Telegram.',
    'De beelden werden verspreid via Reuters.',
    'Het Kremlin verspreidde de foto via AFP',
  ]) {
    assert.equal(isCaptionCredit(line, true, true), false, line);
    assert.equal(isCaptionCredit(line, false, true), false, line);
  }
  // The closing credit after the last sentence of a short final paragraph keeps its paragraph.
  assert.equal(isCaptionCredit('Het Kremlin reageerde niet, aldus Peskov. (ANP)', false, false), false);
});
