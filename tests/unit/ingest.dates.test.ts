import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDateHeader, parseDateLine, parseIsoDate, weekdayMismatch } from '../../src/ingest/dates.ts';

test('ISO values with honest precision; impossible ones rejected', () => {
  assert.deepEqual(parseIsoDate('2021-12-03'), { date: '2021-12-03', precision: 'day' });
  assert.deepEqual(parseIsoDate('2021-04'), { date: '2021-04', precision: 'month' });
  assert.deepEqual(parseIsoDate('2021'), { date: '2021', precision: 'year' });
  for (const bad of ['2021-02-30', '2021-13', '2021-00', 'gisteren', '21-04-2021', '']) assert.equal(parseIsoDate(bad), null, bad);
  assert.deepEqual(parseIsoDate('2024-02-29'), { date: '2024-02-29', precision: 'day' });
});

test('Dutch date lines in every supported format', () => {
  const cases: [string, string][] = [
    ['dinsdag 7 december 2021, 19:05', '2021-12-07'],
    ['7 dec. 2021', '2021-12-07'],
    ['7 dec 2021', '2021-12-07'],
    ['Gepubliceerd: 02-03-2023 12:15', '2023-03-02'],
    ['Bijgewerkt op 18 februari 2025 om 16:40', '2025-02-18'],
    ['vr 3 dec 2021', '2021-12-03'],
    ['za. 4 sept. 2021 10:00 uur', '2021-09-04'],
    ['12 mrt 2022', '2022-03-12'],
    ['1 okt. 2022', '2022-10-01'],
    ['2021-12-03', '2021-12-03'],
    ['2021-12-03T08:15:00+01:00', '2021-12-03'],
    ['Geplaatst op 5 mei 2022 | 08:30', '2022-05-05'],
    ['3/12/2021', '2021-12-03'],
  ];
  for (const [line, date] of cases) {
    const parsed = parseDateLine(line);
    assert.equal(parsed?.date, date, line);
    assert.equal(parsed?.precision, 'day', line);
  }
  assert.equal(parseDateLine('december 2021')?.precision, 'month');
  assert.equal(parseDateLine('Bijgewerkt op 18 februari 2025 om 16:40')?.updated, true);
  assert.equal(parseDateLine('Gepubliceerd: 02-03-2023 12:15')?.updated, false);
});

test('dates inside prose or impossible dates are not date lines', () => {
  for (const line of [
    'sinds de grootschalige stroomuitval in november 2022',
    'De aanslagen van 11 september 2001 brachten de invasie teweeg.',
    'Op 7 december 2021 belde Biden.',
    '31 februari 2021',
    '31-02-2021',
    '7 december',
  ]) {
    assert.equal(parseDateLine(line), null, line);
  }
});

test('a named weekday is checked against the date', () => {
  const right = parseDateLine('dinsdag 7 december 2021');
  const wrong = parseDateLine('maandag 7 december 2021');
  assert.ok(right && wrong);
  assert.equal(weekdayMismatch(right), false);
  assert.equal(weekdayMismatch(wrong), true);
  assert.equal(weekdayMismatch(parseDateLine('vr 3 dec 2021') ?? right), false);
});

test('scraper date header at the start of a line', () => {
  assert.deepEqual(parseDateHeader(' date 2021-04 De Amerikaanse president'), {
    raw: '2021-04',
    date: { date: '2021-04', precision: 'month' },
    rest: 'De Amerikaanse president',
  });
  assert.equal(parseDateHeader('De date 2021-04 staat hier'), null);
  assert.equal(parseDateHeader(' date 2021-13 Tekst')?.date, null);
});
