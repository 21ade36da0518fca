import { describe, expect, it } from 'vitest';
import { nudgeKey, nudgesBetween, parseNudgeKey } from '../../../src/core/cycle/nudges.js';
import { localDateOf, localInstant } from '../../../src/core/time/zoned-date.js';
import { cycleOf, item } from './build-cycle.js';

const tz = 'Europe/Stockholm';
const list = (nudges: ReturnType<typeof nudgesBetween>) =>
  nudges.map((n) => `${n.at.toISOString()} ${n.key}`);

describe('nudges', () => {
  it('posts each lead time at the nudge time on the working day, with a unique key', () => {
    const cycle = cycleOf([item('report', { yearly: '01-31' }, { leadDays: [14, 3, 0] })]);
    // 31 January 2027 is a Sunday: the item is on Friday 29 January. Three days before is
    // Tuesday 26th; fourteen days before is Friday 15th. 09:00 in winter is 08:00Z.
    expect(
      list(nudgesBetween(cycle, new Date('2027-01-01T00:00Z'), new Date('2027-02-01T00:00Z'))),
    ).toEqual([
      '2027-01-15T08:00:00.000Z report:2027-01-29:14',
      '2027-01-26T08:00:00.000Z report:2027-01-29:3',
      '2027-01-29T08:00:00.000Z report:2027-01-29:0',
    ]);
    expect(nudgeKey('report', '2027-01-29', 3)).toBe('report:2027-01-29:3');
    expect(parseNudgeKey('report:2027-01-29:3')).toEqual({
      itemId: 'report',
      occurrenceDate: '2027-01-29',
      leadDays: 3,
    });
    expect(parseNudgeKey('nonsense')).toBeUndefined();
  });

  it('moves a nudge off a day off to the working day before, keeping one per day', () => {
    // Tuesday 29 June 2027. Two, three and four days before are Sunday, Saturday and
    // midsommarafton: all three come on Thursday 24th, once, as the shortest lead.
    const cycle = cycleOf([
      item('midsummer-prep', { yearly: '06-29' }, { leadDays: [4, 3, 2, 0] }),
    ]);
    expect(
      list(nudgesBetween(cycle, new Date('2027-06-01T00:00Z'), new Date('2027-07-01T00:00Z'))),
    ).toEqual([
      '2027-06-24T07:00:00.000Z midsummer-prep:2027-06-29:2',
      '2027-06-29T07:00:00.000Z midsummer-prep:2027-06-29:0',
    ]);
    const anyDay = cycleOf([item('midsummer-prep', { yearly: '06-29' }, { leadDays: [4, 0] })], {
      nudgeDays: 'all',
    });
    expect(
      list(nudgesBetween(anyDay, new Date('2027-06-01T00:00Z'), new Date('2027-07-01T00:00Z'))),
    ).toEqual([
      '2027-06-25T07:00:00.000Z midsummer-prep:2027-06-29:4',
      '2027-06-29T07:00:00.000Z midsummer-prep:2027-06-29:0',
    ]);
  });

  it('uses the item time, then the cron time, then the file time', () => {
    const cycle = cycleOf(
      [
        item('own-time', { once: '2027-02-03' }, { time: '13:15' }),
        item('cron-time', { cron: '30 10 3 2 *' }),
        item('file-time', { once: '2027-02-03' }),
      ],
      { nudgeTime: '08:00' },
    );
    expect(
      list(nudgesBetween(cycle, new Date('2027-02-01T00:00Z'), new Date('2027-02-04T00:00Z'))),
    ).toEqual([
      '2027-02-03T07:00:00.000Z file-time:2027-02-03:0',
      '2027-02-03T09:30:00.000Z cron-time:2027-02-03:0',
      '2027-02-03T12:15:00.000Z own-time:2027-02-03:0',
    ]);
  });

  it('keeps 09:00 local across the spring switch (28 March 2027)', () => {
    // Thursday 1 April 2027; a week before is Thursday 25 March, still winter time.
    const cycle = cycleOf([item('spring', { once: '2027-04-01' }, { leadDays: [7, 0] })]);
    expect(
      list(nudgesBetween(cycle, new Date('2027-03-20T00:00Z'), new Date('2027-04-02T00:00Z'))),
    ).toEqual([
      '2027-03-25T08:00:00.000Z spring:2027-04-01:7',
      '2027-04-01T07:00:00.000Z spring:2027-04-01:0',
    ]);
    // On the switch day itself (a Sunday, so only when nudges may come on any day).
    const sunday = cycleOf(
      [
        item('sunday', { once: '2027-03-28' }, { move: 'none', leadDays: [1, 0] }),
        item('in-the-gap', { once: '2027-03-28' }, { move: 'none', time: '02:30' }),
      ],
      { nudgeDays: 'all' },
    );
    expect(
      list(nudgesBetween(sunday, new Date('2027-03-26T00:00Z'), new Date('2027-03-29T00:00Z'))),
    ).toEqual([
      '2027-03-27T08:00:00.000Z sunday:2027-03-28:1',
      // 02:30 does not exist that night; it comes out as 03:30 summer time.
      '2027-03-28T01:30:00.000Z in-the-gap:2027-03-28:0',
      '2027-03-28T07:00:00.000Z sunday:2027-03-28:0',
    ]);
  });

  it('keeps 09:00 local across the autumn switch (31 October 2027)', () => {
    // Monday 1 November 2027; three days before is Friday 29 October, still summer time.
    const cycle = cycleOf([item('autumn', { once: '2027-11-01' }, { leadDays: [3, 0] })]);
    expect(
      list(nudgesBetween(cycle, new Date('2027-10-20T00:00Z'), new Date('2027-11-02T00:00Z'))),
    ).toEqual([
      '2027-10-29T07:00:00.000Z autumn:2027-11-01:3',
      '2027-11-01T08:00:00.000Z autumn:2027-11-01:0',
    ]);
    const sunday = cycleOf(
      [
        item('sunday', { once: '2027-10-31' }, { move: 'none', leadDays: [1, 0] }),
        item('twice', { once: '2027-10-31' }, { move: 'none', time: '02:30' }),
      ],
      { nudgeDays: 'all' },
    );
    expect(
      list(nudgesBetween(sunday, new Date('2027-10-29T00:00Z'), new Date('2027-11-01T00:00Z'))),
    ).toEqual([
      '2027-10-30T07:00:00.000Z sunday:2027-10-31:1',
      // 02:30 happens twice that night; the nudge comes once, at the second (winter time).
      '2027-10-31T01:30:00.000Z twice:2027-10-31:0',
      '2027-10-31T08:00:00.000Z sunday:2027-10-31:0',
    ]);
  });

  it('gives a nudge to exactly one of two ticks that meet at its instant', () => {
    const cycle = cycleOf([item('x', { once: '2027-03-29' }, { move: 'none' })], {
      nudgeDays: 'all',
    });
    const at = new Date('2027-03-29T07:00:00Z');
    const before = new Date(at.getTime() - 60_000);
    const after = new Date(at.getTime() + 60_000);
    expect(nudgesBetween(cycle, before, at)).toHaveLength(1);
    expect(nudgesBetween(cycle, at, after)).toHaveLength(0);
  });

  it('converts between instants and local days', () => {
    expect(localDateOf(new Date('2027-03-08T23:30:00Z'), tz)).toBe('2027-03-09');
    expect(localDateOf(new Date('2027-07-08T21:59:00Z'), tz)).toBe('2027-07-08');
    expect(localDateOf(new Date('2027-07-08T22:00:00Z'), tz)).toBe('2027-07-09');
    expect(localInstant('2027-07-08', '09:00', tz).toISOString()).toBe('2027-07-08T07:00:00.000Z');
  });
});
