import { describe, expect, it } from 'vitest';
import { formatDateTime, formatSpan } from '../../../src/core/time/format-date.js';
import { zonedTimeToUtc } from '../../../src/core/time/zoned-time.js';

const tz = 'Europe/Stockholm';

describe('Swedish dates and times', () => {
  it('writes dates the Swedish way and the English way', () => {
    expect(formatDateTime('2027-03-03T11:00:00Z', 'sv', tz)).toBe('onsdag 3 mars 2027 kl. 12.00');
    expect(formatDateTime('2027-03-03T11:00:00Z', 'en', tz)).toBe(
      'Wednesday 3 March 2027 at 12:00',
    );
    expect(formatSpan('2027-03-09T11:00:00Z', '2027-03-10T12:00:00Z', 'sv', tz)).toBe(
      'tisdag 9 mars 2027 kl. 12.00 – onsdag 10 mars 2027 kl. 13.00',
    );
  });

  it('turns local wall-clock times into instants across daylight-saving time', () => {
    expect(zonedTimeToUtc('2027-01-15T12:00', tz).toISOString()).toBe('2027-01-15T11:00:00.000Z');
    expect(zonedTimeToUtc('2027-07-15T12:00', tz).toISOString()).toBe('2027-07-15T10:00:00.000Z');
    // The night the clocks go forward (28 March 2027) and back (31 October 2027).
    expect(zonedTimeToUtc('2027-03-28T03:00', tz).toISOString()).toBe('2027-03-28T01:00:00.000Z');
    expect(zonedTimeToUtc('2027-10-31T04:00', tz).toISOString()).toBe('2027-10-31T03:00:00.000Z');
  });

  it('refuses a date that does not exist', () => {
    expect(() => zonedTimeToUtc('2027-02-30T12:00', tz)).toThrow('no such date: 2027-02-30T12:00');
    expect(() => zonedTimeToUtc('9 mars', tz)).toThrow('not a local date-time');
  });
});
