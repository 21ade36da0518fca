import { describe, expect, it } from 'vitest';
import { timeZoneDefinition } from '../../../src/core/calendar/time-zone-definition.js';
import { offsetMs } from '../../../src/core/time/zoned-time.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** The instant the EU changes the clocks in a month (0-based): last Sunday, 01:00 UTC. */
function switchAt(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

/** Every 15 minutes from three hours before each change to three hours after. */
function aroundSwitches(from: number, to: number): number[] {
  const instants: number[] = [];
  for (let year = from; year <= to; year++) {
    for (const month of [2, 9]) {
      const at = switchAt(year, month);
      for (let t = at - 3 * HOUR; t <= at + 3 * HOUR; t += 15 * MINUTE) instants.push(t);
    }
  }
  return instants;
}

describe('timeZoneDefinition', () => {
  it('writes the Europe/Stockholm VTIMEZONE: CET/CEST, last Sundays of March and October', () => {
    expect(timeZoneDefinition('Europe/Stockholm')?.lines).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Stockholm',
      'BEGIN:DAYLIGHT',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'TZNAME:CEST',
      'DTSTART:19700329T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'TZNAME:CET',
      'DTSTART:19701025T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('anchors DTSTART on the last Sundays of March and October 1970', () => {
    expect(new Date(Date.UTC(1970, 2, 29)).getUTCDay()).toBe(0);
    expect(new Date(Date.UTC(1970, 2, 29 + 7)).getUTCMonth()).toBe(3);
    expect(new Date(Date.UTC(1970, 9, 25)).getUTCDay()).toBe(0);
    expect(new Date(Date.UTC(1970, 9, 25 + 7)).getUTCMonth()).toBe(10);
  });

  it('gives the offsets the tz database gives for Stockholm, every day for twenty years', () => {
    const zone = timeZoneDefinition('Europe/Stockholm');
    const days = Array.from(
      { length: 21 * 366 },
      (_, i) => Date.UTC(2020, 0, 1, 12) + i * 24 * HOUR,
    );
    const wrong = [...days, ...aroundSwitches(2020, 2040)].filter(
      (t) => zone?.offsetAt(t) !== offsetMs(t, 'Europe/Stockholm'),
    );
    expect(wrong.map((t) => new Date(t).toISOString())).toEqual([]);
  });

  it.each([
    ['Europe/Oslo', '+0100', 'CET'],
    ['Europe/Copenhagen', '+0100', 'CET'],
    ['Europe/Berlin', '+0100', 'CET'],
    ['Europe/Helsinki', '+0200', 'EET'],
    ['Europe/London', '+0000', 'GMT'],
  ])('agrees with the tz database for %s at the clock changes', (tzid, standard, name) => {
    const zone = timeZoneDefinition(tzid);
    expect(zone?.lines).toContain(`TZOFFSETTO:${standard}`);
    expect(zone?.lines).toContain(`TZNAME:${name}`);
    const wrong = aroundSwitches(2024, 2035).filter((t) => zone?.offsetAt(t) !== offsetMs(t, tzid));
    expect(wrong.map((t) => new Date(t).toISOString())).toEqual([]);
  });

  it('knows no other zone', () => {
    expect(timeZoneDefinition('America/New_York')).toBeUndefined();
    expect(timeZoneDefinition('UTC')).toBeUndefined();
  });
});
