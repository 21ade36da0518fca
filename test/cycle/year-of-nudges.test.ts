import { afterEach, describe, expect, it } from 'vitest';
import { loadCycle } from '../../src/core/cycle/load-cycle.js';
import { nudgesBetween } from '../../src/core/cycle/nudges.js';
import { addDays } from '../../src/core/time/calendar-date.js';
import { localDateOf } from '../../src/core/time/zoned-date.js';
import { cycleFile, cycleHarness, local, timeZone } from './cycle-harness.js';

const item = (id: string, rule: object, more: object = {}) => ({
  id,
  title: id,
  owner: { role: 'coordinator' },
  rule,
  leadDays: [0],
  ...more,
});

/** One item of every kind of rule, and days that Swedish holidays move. */
const year = cycleFile([
  // 31 January 2027 is a Sunday: the report is due Friday the 29th.
  item('rapport', { yearly: '01-31' }, { leadDays: [7, 0] }),
  // Relative to the report's moved day: three weeks before Friday 29 January.
  item('underlag', { relativeTo: { item: 'rapport' }, offsetWeeks: -3 }),
  // 25 June 2027 is midsommarafton: moved to Thursday the 24th.
  item('midsommar', { yearly: '06-25' }),
  // Julafton, juldagen, a Sunday and annandag jul: moved after, to Monday 27 December.
  item('jul', { yearly: '12-24' }, { move: 'after' }),
  // The last day of each quarter; 31 December is nyårsafton, so the 30th.
  item('kvartal', { quarterly: { monthOfQuarter: 3, day: 'last' } }),
  // Every other Tuesday, not in July.
  item('plattform', { everyWeeks: 2, from: '2027-01-12' }, { move: 'skip', skipMonths: [7] }),
  // The first of each month at 08:30; a first that is a day off moves to the working day before.
  item('manadsbrev', { cron: '30 8 1 * *' }),
  // Kristi himmelsfärd 2027: the day before.
  item('engang', { once: '2027-05-06' }),
]);

describe('a year of the annual cycle, minute ticks around each nudge', () => {
  let h: ReturnType<typeof cycleHarness>;
  afterEach(() => h.close());

  it('posts every nudge once, on its working day, at its local time across both clock changes', async () => {
    h = cycleHarness({ cycle: year, start: '2026-12-31T12:00:00Z' });
    const eva = h.coordinator('U-EVA');
    await h.at('2026-12-31T12:00:00Z'); // the first tick: nothing before it is caught up on

    for (let day = '2027-01-01'; day <= '2027-12-31'; day = addDays(day, 1)) {
      for (const time of ['08:29', '08:31', '08:59', '09:01']) await h.at(local(day, time));
    }

    const got = h.outlet.deliveries;
    expect(got.every((d) => d.to === 'U-EVA' && d.kind === 'person')).toBe(true);
    // Each came at the first tick after its time (09:00, or 08:30 for the cron item), never
    // late and never early: the same wall-clock time in winter and in summer time.
    for (const d of got) {
      const day = localDateOf(d.at, timeZone);
      const time =
        d.blocks[0]?.kind === 'heading' && d.blocks[0].text === 'manadsbrev' ? '08:31' : '09:01';
      expect(d.at).toEqual(local(day, time));
      expect(d.text).not.toContain('sent eftersom boten var nere');
    }
    const on = (title: string) =>
      got
        .filter((d) => d.blocks[0]?.kind === 'heading' && d.blocks[0].text === title)
        .map((d) => localDateOf(d.at, timeZone));
    expect(on('rapport')).toEqual(['2027-01-22', '2027-01-29']);
    expect(on('underlag')).toEqual(['2027-01-08']);
    expect(on('midsommar')).toEqual(['2027-06-24']);
    expect(on('jul')).toEqual(['2027-12-27']);
    expect(on('kvartal')).toEqual(['2027-03-31', '2027-06-30', '2027-09-30', '2027-12-30']);
    expect(on('engang')).toEqual(['2027-05-05']);
    // 1 May (a Saturday and a holiday) → Friday 30 April; 1 August (a Sunday) → Friday 30
    // July; 1 January 2028 (a Saturday) → nyårsafton → Thursday 30 December.
    expect(on('manadsbrev')).toEqual([
      '2027-02-01',
      '2027-03-01',
      '2027-04-01',
      '2027-04-30',
      '2027-06-01',
      '2027-07-01',
      '2027-07-30',
      '2027-09-01',
      '2027-10-01',
      '2027-11-01',
      '2027-12-01',
      '2027-12-30',
    ]);
    const platform = on('plattform');
    expect(platform).toHaveLength(24);
    expect(platform.some((d) => d.startsWith('2027-07'))).toBe(false);
    expect(platform[0]).toBe('2027-01-12');
    expect(platform.at(-1)).toBe('2027-12-28');

    // Exactly what the pure layer says, each once; the outbox and the log agree.
    const { cycle } = loadCycle(year);
    const expected = nudgesBetween(
      cycle,
      new Date('2026-12-31T12:00:00Z'),
      local('2027-12-31', '09:01'),
    );
    expect(got).toHaveLength(expected.length);
    expect(h.sentKeys().sort()).toEqual(
      expected.map((n) => `cycle:${n.key}:to:${eva.person.id}`).sort(),
    );
    const log = h.store.cycleNudges.all();
    expect(log.map((n) => n.key).sort()).toEqual(expected.map((n) => n.key).sort());
    expect(log.every((n) => n.state === 'posted' && n.recipients === 1)).toBe(true);
  }, 60_000);

  it('posts 09:00 local on the Tuesdays around the spring and autumn switches', async () => {
    // Tuesdays: the Monday after the spring switch is annandag påsk in 2027.
    h = cycleHarness({
      cycle: cycleFile([item('veckomote', { cron: '0 9 * * 2' })]),
      start: '2027-03-20T12:00:00Z',
    });
    h.coordinator('U-EVA');
    await h.at('2027-03-20T12:00:00Z');
    const count = () => h.outlet.deliveries.length;

    await h.at('2027-03-23T07:59:00Z'); // 08:59 CET
    expect(count()).toBe(0);
    await h.at('2027-03-23T08:00:30Z'); // 09:00:30 CET
    expect(count()).toBe(1);
    // Sunday 28 March the clocks go forward: 09:00 is now 07:00Z.
    await h.at('2027-03-30T06:59:00Z');
    expect(count()).toBe(1);
    await h.at('2027-03-30T07:00:30Z');
    expect(count()).toBe(2);
    await h.at('2027-03-30T08:00:30Z'); // an hour later, the same Tuesday: nothing more
    expect(count()).toBe(2);

    // Down all summer: the Tuesdays missed are older than the catch-up window, so skipped.
    await h.at('2027-10-26T06:59:00Z');
    expect(count()).toBe(2);
    expect(h.store.cycleNudges.find('veckomote:2027-10-19:0')).toMatchObject({
      state: 'skipped',
      reason: 'too_old',
    });
    await h.at('2027-10-26T07:00:30Z'); // 09:00:30 CEST
    expect(count()).toBe(3);
    // Sunday 31 October the clocks go back: 09:00 is 08:00Z again.
    await h.at('2027-11-02T07:00:30Z');
    expect(count()).toBe(3);
    await h.at('2027-11-02T08:00:30Z');
    expect(count()).toBe(4);
    expect(h.outlet.deliveries.map((d) => localDateOf(d.at, timeZone))).toEqual([
      '2027-03-23',
      '2027-03-30',
      '2027-10-26',
      '2027-11-02',
    ]);
    expect(h.outlet.deliveries.every((d) => !d.text.includes('sent eftersom'))).toBe(true);
  });
});
