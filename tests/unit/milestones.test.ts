import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isRealDay, loadMilestones, parseMilestones } from '../../src/site/milestones.ts';
import { findPerson } from '../../src/ingest/tag.ts';

const good = {
  date: '2021-06-16',
  title: 'Top in Genève',
  description: 'Biden en Poetin ontmoeten elkaar.',
  people: ['Joe Biden', 'Vladimir Poetin'],
  place: 'Genève',
  source: { outlet: 'Witte Huis', date: '2021-06-16' },
};

test('the shipped milestones load, are real days, sorted, and name known people', () => {
  const milestones = loadMilestones();
  assert.ok(milestones.length >= 12);
  for (const m of milestones) {
    assert.ok(isRealDay(m.date), m.date);
    for (const name of m.people) assert.ok(findPerson(name), `${m.date}: ${name}`);
    assert.ok(m.title.length > 0 && m.description.length > 0 && m.place.length > 0);
    assert.ok(m.source.outlet.length > 0 && isRealDay(m.source.date), `${m.date}: a source with outlet and date`);
  }
  const dates = milestones.map((m) => m.date);
  assert.deepEqual(dates, [...dates].sort());
});

test('the milestones the timeline relies on are present', () => {
  const dates = new Set(loadMilestones().map((m) => m.date));
  for (const date of [
    '2021-06-16',
    '2021-12-07',
    '2021-12-30',
    '2022-01-21',
    '2022-02-12',
    '2022-02-24',
    '2022-03-29',
    '2025-02-12',
    '2025-02-18',
    '2025-02-28',
    '2025-03-11',
    '2025-08-15',
  ]) {
    assert.ok(dates.has(date), date);
  }
});

test('isRealDay rejects impossible and malformed dates', () => {
  assert.equal(isRealDay('2024-02-29'), true);
  assert.equal(isRealDay('2022-02-29'), false);
  assert.equal(isRealDay('2022-13-01'), false);
  assert.equal(isRealDay('2022-04-31'), false);
  assert.equal(isRealDay('2022-4-3'), false);
  assert.equal(isRealDay('16-06-2021'), false);
});

test('validation rejects a bad date, an unknown person and missing fields, naming the entry', () => {
  assert.throws(() => parseMilestones({ milestones: [good, { ...good, date: '2022-02-30' }] }), /milestones\[1\] has date "2022-02-30"/);
  assert.throws(() => parseMilestones({ milestones: [{ ...good, date: 'juni 2021' }] }), /expected a real day/);
  assert.throws(() => parseMilestones({ milestones: [{ ...good, people: ['Joe Bidden'] }] }), /"Joe Bidden", who is not in gazetteer/);
  assert.throws(() => parseMilestones({ milestones: [{ ...good, description: '' }] }), /"description"/);
  assert.throws(() => parseMilestones({ milestones: [good, good] }), /duplicates/);
  assert.throws(() => parseMilestones([good]), /"milestones" list/);
  const { source: _, ...unsourced } = good;
  assert.throws(() => parseMilestones({ milestones: [unsourced] }), /milestones\[0\] needs a "source"/);
  assert.throws(() => parseMilestones({ milestones: [{ ...good, source: { outlet: 'NOS', date: '2021-13-01' } }] }), /source has date/);
  assert.throws(
    () => parseMilestones({ milestones: [{ ...good, source: { outlet: 'NOS', date: '2021-06-16', url: 'javascript:alert(1)' } }] }),
    /not an https URL/,
  );
  const linked = parseMilestones({ milestones: [{ ...good, source: { outlet: 'NOS', date: '2021-06-16', url: 'https://nos.nl/x' } }] });
  assert.equal(linked[0]?.source.url, 'https://nos.nl/x');
});

test('entries are sorted by date whatever the file order', () => {
  const later = { ...good, date: '2025-08-15', title: 'Anchorage' };
  const sorted = parseMilestones({ milestones: [later, good] });
  assert.deepEqual(
    sorted.map((m) => m.date),
    ['2021-06-16', '2025-08-15'],
  );
});
