/**
 * Converts a wall-clock time in a time zone (as coordinators write it: "2027-03-09T12:00")
 * to the instant it names. Uses Intl only, so no time-zone library is needed; the offset is
 * looked up at the guessed instant and once more, which settles daylight-saving edges.
 */
export function zonedTimeToUtc(local: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) throw new RangeError(`not a local date-time: ${local}`);
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const asUtc = Date.UTC(y as number, (mo as number) - 1, d, h, mi, s || 0);
  const check = new Date(asUtc);
  // Date.UTC rolls 30 February over into March; a wall-clock time that does not exist is an error.
  if (check.getUTCDate() !== d || check.getUTCMonth() !== (mo as number) - 1) {
    throw new RangeError(`no such date: ${local}`);
  }
  let instant = asUtc - offsetMs(asUtc, timeZone);
  instant = asUtc - offsetMs(instant, timeZone);
  return new Date(instant);
}

/**
 * One formatter per zone: making an Intl.DateTimeFormat costs about a tenth of a millisecond,
 * far more than using one, and every calendar entry and local time asks for offsets.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** How far the zone's wall clock is ahead of UTC at the given instant. */
export function offsetMs(instant: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}
