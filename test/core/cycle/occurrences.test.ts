import { describe, expect, it } from 'vitest';
import { occurrencesBetween } from '../../../src/core/cycle/occurrences.js';
import { cycleOf, item } from './build-cycle.js';

const dates = (
  items: ReturnType<typeof cycleOf>['items'],
  from: string,
  to: string,
  options = {},
) => occurrencesBetween(items, from, to, options).map((o) => `${o.itemId} ${o.date}`);

describe('occurrences of the cycle', () => {
  it('gives yearly items each year, moved off weekends to the working day before', () => {
    const { items } = cycleOf([item('report', { yearly: '01-31' })]);
    expect(occurrencesBetween(items, '2026-01-01', '2028-12-31')).toEqual([
      { itemId: 'report', date: '2026-01-30', originalDate: '2026-01-31' }, // Saturday → Friday
      { itemId: 'report', date: '2027-01-29', originalDate: '2027-01-31' }, // Sunday → Friday
      { itemId: 'report', date: '2028-01-31', originalDate: '2028-01-31' }, // Monday stays
    ]);
  });

  it('gives a yearly item with several days (half-yearly)', () => {
    const { items } = cycleOf([item('portfolio', { yearly: ['10-15', '03-15'] })]);
    expect(dates(items, '2027-01-01', '2027-12-31')).toEqual([
      'portfolio 2027-03-15',
      'portfolio 2027-10-15',
    ]);
  });

  it('moves around midsummer, Christmas and New Year, before or after as the item says', () => {
    const { items } = cycleOf([
      item('eve-before', { yearly: '06-25' }),
      item('eve-after', { yearly: '06-25' }, { move: 'after' }),
      item('eve-stays', { yearly: '06-25' }, { move: 'none' }),
      item('eve-skipped', { yearly: '06-25' }, { move: 'skip' }),
      item('christmas', { yearly: '12-25' }),
      item('christmas-after', { yearly: '12-24' }, { move: 'after' }),
      item('new-year', { yearly: '01-01' }),
    ]);
    expect(dates(items, '2027-06-01', '2027-06-30')).toEqual([
      'eve-before 2027-06-24',
      'eve-stays 2027-06-25',
      'eve-after 2027-06-28',
    ]);
    expect(dates(items, '2027-12-01', '2027-12-31')).toEqual([
      'christmas 2027-12-23',
      'christmas-after 2027-12-27',
      // 1 January 2028 is a Saturday after nyårsafton: it comes on Thursday 30 December.
      'new-year 2027-12-30',
    ]);
    expect(dates(items, '2028-01-01', '2028-01-31')).toEqual([]);
  });

  it('gives quarterly items, on a day or the last day of the month', () => {
    const { items } = cycleOf([
      item('follow-up', { quarterly: { monthOfQuarter: 2, day: 'last' } }),
      item('forum', { quarterly: { monthOfQuarter: 3, day: 15 } }),
    ]);
    expect(occurrencesBetween(items, '2027-01-01', '2028-03-31')).toEqual([
      { itemId: 'follow-up', date: '2027-02-26', originalDate: '2027-02-28' },
      { itemId: 'forum', date: '2027-03-15', originalDate: '2027-03-15' },
      { itemId: 'follow-up', date: '2027-05-31', originalDate: '2027-05-31' },
      { itemId: 'forum', date: '2027-06-15', originalDate: '2027-06-15' },
      { itemId: 'follow-up', date: '2027-08-31', originalDate: '2027-08-31' },
      { itemId: 'forum', date: '2027-09-15', originalDate: '2027-09-15' },
      { itemId: 'follow-up', date: '2027-11-30', originalDate: '2027-11-30' },
      { itemId: 'forum', date: '2027-12-15', originalDate: '2027-12-15' },
      { itemId: 'follow-up', date: '2028-02-29', originalDate: '2028-02-29' }, // leap year
      { itemId: 'forum', date: '2028-03-15', originalDate: '2028-03-15' },
    ]);
  });

  it('gives every-N-weeks items from their first day on, skipping months and days off', () => {
    const { items } = cycleOf([
      item('three-weekly', { everyWeeks: 3, from: '2027-01-05' }),
      item('platform', { everyWeeks: 2, from: '2027-03-23' }, { move: 'skip', skipMonths: [7] }),
    ]);
    expect(dates(items, '2026-12-01', '2027-03-31').filter((d) => d.startsWith('three'))).toEqual([
      'three-weekly 2027-01-05',
      'three-weekly 2027-01-26',
      'three-weekly 2027-02-16',
      'three-weekly 2027-03-09',
      'three-weekly 2027-03-30',
    ]);
    // Every other Tuesday from 23 March 2027: 6 April is a working day, 4 May too; the
    // Tuesdays of July are skipped for summer leave.
    expect(
      dates(items, '2027-03-01', '2027-08-31').filter((d) => d.startsWith('platform')),
    ).toEqual([
      'platform 2027-03-23',
      'platform 2027-04-06',
      'platform 2027-04-20',
      'platform 2027-05-04',
      'platform 2027-05-18',
      'platform 2027-06-01',
      'platform 2027-06-15',
      'platform 2027-06-29',
      'platform 2027-08-10',
      'platform 2027-08-24',
    ]);
  });

  it('skips a meeting that falls on a holiday when the item says skip', () => {
    // Every other Thursday from 22 April 2027 hits Kristi himmelsfärdsdag on 6 May.
    const { items } = cycleOf([
      item('meeting', { everyWeeks: 2, from: '2027-04-22' }, { move: 'skip' }),
    ]);
    expect(dates(items, '2027-04-01', '2027-05-31')).toEqual([
      'meeting 2027-04-22',
      'meeting 2027-05-20',
    ]);
  });

  it('gives cron items on the days the expression fires', () => {
    const { items } = cycleOf([
      item('mondays', { cron: '0 9 * * 1' }),
      item('quarter-start', { cron: '30 13 1 */3 *' }),
      item('either', { cron: '0 9 1 * 5' }),
    ]);
    expect(dates(items, '2027-01-01', '2027-01-31').filter((d) => d.startsWith('mondays'))).toEqual(
      ['mondays 2027-01-04', 'mondays 2027-01-11', 'mondays 2027-01-18', 'mondays 2027-01-25'],
    );
    // Annandag påsk (Monday 29 March) moves to Thursday 25 March, past långfredagen.
    expect(dates(items, '2027-03-22', '2027-04-05').filter((d) => d.startsWith('mondays'))).toEqual(
      ['mondays 2027-03-22', 'mondays 2027-03-25', 'mondays 2027-04-05'],
    );
    // 1 January is nyårsdagen and nyårsafton before it is off too; 2028's comes in 2027.
    expect(dates(items, '2026-12-01', '2027-12-31').filter((d) => d.startsWith('quarter'))).toEqual(
      [
        'quarter-start 2026-12-30',
        'quarter-start 2027-04-01',
        'quarter-start 2027-07-01',
        'quarter-start 2027-10-01',
        'quarter-start 2027-12-30',
      ],
    );
    // As in cron, both day fields restricted: the 1st and every Friday.
    expect(dates(items, '2027-02-01', '2027-02-28').filter((d) => d.startsWith('either'))).toEqual([
      'either 2027-02-01',
      'either 2027-02-05',
      'either 2027-02-12',
      'either 2027-02-19',
      'either 2027-02-26',
    ]);
  });

  it('gives items relative to another item from its moved date', () => {
    const { items } = cycleOf([
      item('papers', { relativeTo: { item: 'board' }, offsetDays: -7 }),
      item('board', { yearly: '12-25' }),
      item('follow-up', { relativeTo: { item: 'papers' }, offsetWeeks: -1 }),
    ]);
    // Juldagen 2027 is a Saturday and julafton a Friday: the meeting is on Thursday 23
    // December, so the papers go a week before that, not a week before the 25th.
    expect(occurrencesBetween(items, '2027-12-01', '2027-12-31')).toEqual([
      { itemId: 'follow-up', date: '2027-12-09', originalDate: '2027-12-09' },
      { itemId: 'papers', date: '2027-12-16', originalDate: '2027-12-16' },
      { itemId: 'board', date: '2027-12-23', originalDate: '2027-12-25' },
    ]);
  });

  it('gives items relative to a forum from the forums the caller supplies', () => {
    const { items } = cycleOf([
      item('invitations', { relativeTo: { forum: 'framtidsforum' }, offsetWeeks: -8 }),
      item('evaluation', { relativeTo: { forum: 'framtidsforum' }, offsetWeeks: 2 }),
    ]);
    const forums = [
      { slug: 'framtidsforum-2027', startsOn: '2027-03-09' },
      { slug: 'framtidsforum-2028', startsOn: '2028-03-14' },
      { slug: 'framtidsforumet-extra', startsOn: '2027-09-07' },
      { slug: 'lokadagarna-2027', startsOn: '2027-05-11' },
    ];
    expect(dates(items, '2027-01-01', '2028-12-31', { forums })).toEqual([
      'invitations 2027-01-12',
      'evaluation 2027-03-23',
      'invitations 2028-01-18',
      'evaluation 2028-03-28',
    ]);
    expect(dates(items, '2027-01-01', '2028-12-31')).toEqual([]);
  });

  it('gives paused items, and items relative to them, nothing unless asked', () => {
    const { items } = cycleOf([
      item('closes', { yearly: '09-30' }, { paused: true }),
      item('reminder', { relativeTo: { item: 'closes' }, offsetWeeks: -2 }),
      item('running', { once: '2027-09-01' }),
    ]);
    expect(dates(items, '2027-01-01', '2027-12-31')).toEqual(['running 2027-09-01']);
    expect(dates(items, '2027-01-01', '2027-12-31', { includePaused: true })).toEqual([
      'running 2027-09-01',
      'reminder 2027-09-16',
      'closes 2027-09-30',
    ]);
  });
});
