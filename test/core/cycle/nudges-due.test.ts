import { describe, expect, it } from 'vitest';
import { nudgesDue } from '../../../src/core/cycle/nudges-due.js';
import { fixedClock } from '../../../src/core/time/clock.js';
import { cycleOf, item } from './build-cycle.js';

const hour = 3_600_000;
const day = 24 * hour;

// Every nudge here is at 09:00 local (08:00Z in February), a week or so before its item.
const cycle = cycleOf([
  item('before-downtime', { yearly: '02-08' }, { leadDays: [7] }), // nudge Mon 1 Feb
  item('too-old', { yearly: '02-09' }, { leadDays: [7] }), // nudge Tue 2 Feb
  item('late', { yearly: '02-10' }, { leadDays: [7, 0] }), // nudges Wed 3 Feb and 10 Feb
  item('passed', { yearly: '02-03' }, { leadDays: [0] }), // nudge Wed 3 Feb, the day itself
  item('shorter', { yearly: '02-12' }, { leadDays: [9, 8] }), // nudges Wed 3 and Thu 4 Feb
  item('on-time', { yearly: '02-11' }, { leadDays: [7] }), // nudge Thu 4 Feb
]);

const keys = (nudges: { key: string; reason?: string }[]) =>
  nudges.map((n) => (n.reason ? `${n.key} ${n.reason}` : n.key));

describe('nudges due at a tick', () => {
  it('sorts out three days of downtime: late within the window, skipped before it', () => {
    // Down from Monday 1 February 09:05 to Thursday 4 February 09:05; a 48-hour window.
    const clock = fixedClock('2027-02-04T08:05:00Z');
    const due = nudgesDue(cycle, {
      now: clock.now(),
      since: new Date('2027-02-01T08:05:00Z'),
      catchUpWindowMs: 48 * hour,
    });
    expect(keys(due.onTime)).toEqual(['on-time:2027-02-11:7', 'shorter:2027-02-12:8']);
    expect(keys(due.late)).toEqual(['late:2027-02-10:7']);
    expect(keys(due.skipped)).toEqual([
      'too-old:2027-02-09:7 too_old',
      'passed:2027-02-03:0 passed',
      'shorter:2027-02-12:9 superseded',
    ]);
  });

  it('posts everything on time on a regular tick, and nothing twice', () => {
    const now = new Date('2027-02-04T08:00:30Z');
    const due = nudgesDue(cycle, {
      now,
      since: new Date(now.getTime() - 60_000),
      catchUpWindowMs: 2 * day,
    });
    expect(keys(due.onTime)).toEqual(['on-time:2027-02-11:7', 'shorter:2027-02-12:8']);
    expect(due.late).toEqual([]);
    expect(due.skipped).toEqual([]);
    // The store recorded both; a tick over the same minute again finds nothing new.
    const again = nudgesDue(cycle, {
      now,
      since: new Date(now.getTime() - 60_000),
      catchUpWindowMs: 2 * day,
      recorded: new Set(due.onTime.map((n) => n.key)),
    });
    expect(again).toEqual({ onTime: [], late: [], skipped: [] });
  });

  it('works from the recorded keys alone, looking back over the window', () => {
    const due = nudgesDue(cycle, {
      now: new Date('2027-02-04T08:05:00Z'),
      catchUpWindowMs: 48 * hour,
      recorded: new Set(['late:2027-02-10:7', 'on-time:2027-02-11:7']),
    });
    expect(keys(due.onTime)).toEqual(['shorter:2027-02-12:8']);
    expect(due.late).toEqual([]);
    expect(keys(due.skipped)).toEqual([
      'passed:2027-02-03:0 passed',
      'shorter:2027-02-12:9 superseded',
    ]);
  });

  it('does not post a longer lead after a shorter one was posted', () => {
    const due = nudgesDue(cycle, {
      now: new Date('2027-02-04T09:00:00Z'),
      since: new Date('2027-02-03T00:00:00Z'),
      catchUpWindowMs: 2 * day,
      recorded: new Set(['shorter:2027-02-12:8']),
    });
    expect(keys(due.skipped)).toContain('shorter:2027-02-12:9 superseded');
    expect(keys(due.late)).not.toContain('shorter:2027-02-12:9');
  });
});
