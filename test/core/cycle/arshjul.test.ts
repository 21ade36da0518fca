import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nudgesBetween } from '../../../src/core/cycle/nudges.js';
import { occurrencesBetween } from '../../../src/core/cycle/occurrences.js';
import { readCycleFile } from '../../../src/core/cycle/read-cycle-file.js';
import { isWorkingDay } from '../../../src/core/cycle/swedish-holidays.js';

const shipped = fileURLToPath(new URL('../../../data/arshjul.json', import.meta.url));
const forums = [{ slug: 'framtidsforum-2027', startsOn: '2027-03-09' }];

describe('the shipped annual cycle (data/arshjul.json)', () => {
  const { cycle, problems } = readCycleFile(shipped);

  it('loads with no problems, in Stockholm time', () => {
    expect(problems).toEqual([]);
    expect(cycle.timeZone).toBe('Europe/Stockholm');
    expect(cycle.items.length).toBeGreaterThanOrEqual(15);
    for (const item of cycle.items) expect(item.title.sv).not.toBe(item.title.en);
  });

  it('gives every running item a date in a year, all on working days', () => {
    const year = occurrencesBetween(cycle.items, '2027-01-01', '2027-12-31', { forums });
    const running = cycle.items.filter((i) => !i.paused).map((i) => i.id);
    expect(new Set(year.map((o) => o.itemId))).toEqual(new Set(running));
    for (const o of year) expect(isWorkingDay(o.date), `${o.itemId} ${o.date}`).toBe(true);
    const on = (id: string) => year.filter((o) => o.itemId === id).map((o) => o.date);
    expect(on('tillvaxtverket-rapport')).toEqual(['2027-01-29']);
    expect(on('framtidsforum-inbjudan')).toEqual(['2027-01-12']);
    expect(on('kvartalsuppfoljning')).toEqual([
      '2027-03-31',
      '2027-06-30',
      '2027-09-30',
      '2027-12-30',
    ]);
    expect(on('forum-for-genomforande')).toHaveLength(4);
    expect(on('portfoljanalys')).toHaveLength(2);
    expect(on('rus-plattformen').some((d) => d.slice(5, 7) === '07')).toBe(false);
    expect(on('rus-plattformen').length).toBeGreaterThanOrEqual(20);
  });

  it('keeps the remiss items paused until a strategy update runs', () => {
    const paused = cycle.items.filter((i) => i.paused).map((i) => i.id);
    expect(paused).toEqual(['remiss-oppnar', 'remiss-stanger']);
    const withPaused = occurrencesBetween(cycle.items, '2027-01-01', '2027-12-31', {
      includePaused: true,
    });
    expect(withPaused.filter((o) => o.itemId.startsWith('remiss')).map((o) => o.date)).toEqual([
      '2027-06-15',
      '2027-09-30',
    ]);
  });

  it('nudges only on working days at 09:00 local', () => {
    const nudges = nudgesBetween(
      cycle,
      new Date('2027-01-01T00:00Z'),
      new Date('2028-01-01T00:00Z'),
      {
        forums,
      },
    );
    expect(nudges.length).toBeGreaterThan(50);
    for (const n of nudges) {
      expect(isWorkingDay(n.on), n.key).toBe(true);
      const local = n.at.toLocaleTimeString('sv-SE', { timeZone: 'Europe/Stockholm' });
      expect(local, n.key).toBe('09:00:00');
    }
    expect(new Set(nudges.map((n) => n.key)).size).toBe(nudges.length);
  });
});
