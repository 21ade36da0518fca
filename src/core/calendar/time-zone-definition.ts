/**
 * A time zone as a calendar file describes it: the VTIMEZONE lines, and the UTC offset those
 * lines give at an instant, so the writer can check them against the tz database.
 */
export interface TimeZoneDefinition {
  tzid: string;
  lines: string[];
  offsetAt(instant: number): number;
}

const HOUR = 3_600_000;

// Zones that follow the EU rule (RFC 5545 wants the rules spelled out; readers such as Outlook
// do not look TZIDs up). The writer checks each instant it writes against Intl, so a zone that
// stops following the rule (if the EU abolishes summer time) falls back to UTC by itself.
const EU_ZONES: Record<string, { standard: [number, string]; daylight: [number, string] }> = {
  'Europe/Stockholm': { standard: [1, 'CET'], daylight: [2, 'CEST'] },
  'Europe/Oslo': { standard: [1, 'CET'], daylight: [2, 'CEST'] },
  'Europe/Copenhagen': { standard: [1, 'CET'], daylight: [2, 'CEST'] },
  'Europe/Berlin': { standard: [1, 'CET'], daylight: [2, 'CEST'] },
  'Europe/Helsinki': { standard: [2, 'EET'], daylight: [3, 'EEST'] },
  'Europe/London': { standard: [0, 'GMT'], daylight: [1, 'BST'] },
};

/** The definition for a zone this writer knows, or undefined (the caller then uses UTC). */
export function timeZoneDefinition(tzid: string): TimeZoneDefinition | undefined {
  const zone = EU_ZONES[tzid];
  if (!zone) return undefined;
  const [standard, standardName] = zone.standard;
  const [daylight, daylightName] = zone.daylight;
  const offset = (hours: number) => `${hours < 0 ? '-' : '+'}${pad(Math.abs(hours))}00`;
  // Since 1996 the EU changes the clocks at 01:00 UTC on the last Sunday of March (forward)
  // and of October (back); in Stockholm 02:00 → 03:00 and 03:00 → 02:00. DTSTART is the first
  // change that the RRULE produces, in the local time before it; 1970 is the usual anchor.
  return {
    tzid,
    lines: [
      'BEGIN:VTIMEZONE',
      `TZID:${tzid}`,
      'BEGIN:DAYLIGHT',
      `TZOFFSETFROM:${offset(standard)}`,
      `TZOFFSETTO:${offset(daylight)}`,
      `TZNAME:${daylightName}`,
      `DTSTART:19700329T${pad(1 + standard)}0000`,
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      `TZOFFSETFROM:${offset(daylight)}`,
      `TZOFFSETTO:${offset(standard)}`,
      `TZNAME:${standardName}`,
      `DTSTART:19701025T${pad(1 + daylight)}0000`,
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
    ],
    offsetAt(instant) {
      const year = new Date(instant).getUTCFullYear();
      const summer = instant >= lastSundayAt1Utc(year, 2) && instant < lastSundayAt1Utc(year, 9);
      return (summer ? daylight : standard) * HOUR;
    },
  };
}

/** 01:00 UTC on the last Sunday of a month (0-based), when the EU changes its clocks. */
function lastSundayAt1Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
