import { afterEach, describe, expect, it } from 'vitest';
import { cycleFile, cycleHarness, local } from './cycle-harness.js';

const item = (id: string, yearly: string, leadDays: number[]) => ({
  id,
  title: id,
  owner: { role: 'coordinator' },
  rule: { yearly },
  leadDays,
});

// February 2027; every nudge at 09:00 local. The bot goes down on Monday 1 February at 09:05
// and comes back on Thursday 4 February at 09:05: three days.
const february = cycleFile([
  item('fore', '02-08', [7]), // Mon 1 Feb: posted before the bot went down
  item('gammal', '02-09', [7]), // Tue 2 Feb: older than a 48-hour window
  item('sen', '02-10', [7, 0]), // Wed 3 Feb (and Wed 10 Feb)
  item('passerad', '02-03', [0]), // Wed 3 Feb, the day itself: over by Thursday
  item('kortare', '02-12', [9, 8]), // Wed 3 and Thu 4 Feb: only the shorter one is worth posting
  item('i-tid', '02-11', [7]), // Thu 4 Feb
]);

const late = 'Påminnelsen kommer sent eftersom boten var nere.';

describe('a restart after three days down', () => {
  let h: ReturnType<typeof cycleHarness>;
  afterEach(() => h.close());

  it('posts the missed nudges in the window once, marked late, and records the older ones', async () => {
    h = cycleHarness({ cycle: february, start: '2027-01-25T12:00:00Z', catchUpHours: 48 });
    h.coordinator('U-EVA');
    await h.at('2027-01-25T12:00:00Z');
    await h.at(local('2027-02-01', '09:01'));
    await h.at(local('2027-02-01', '09:05'));
    expect(h.outlet.titlesTo('U-EVA')).toEqual(['fore']);

    h.clock.set(local('2027-02-04', '09:05'));
    const back = h.restart();
    expect(back.start.seeded).toBe(false);
    await h.at(local('2027-02-04', '09:05')); // the tick start() runs at once

    const got = h.outlet.deliveries.slice(1);
    // On time first (by time, then key), then the late one.
    expect(got.map((d) => d.blocks[0]?.kind === 'heading' && d.blocks[0].text)).toEqual([
      'i-tid',
      'kortare',
      'sen',
    ]);
    expect(got.find((d) => d.text.startsWith('sen'))?.text).toContain(late);
    expect(got.filter((d) => d.text.includes(late))).toHaveLength(1);
    expect(got.find((d) => d.text.startsWith('sen'))?.text).toContain(
      '*Om 6 dagar*: onsdag 10 februari 2027',
    );
    const log = (key: string) => {
      const n = h.store.cycleNudges.find(key);
      return n && [n.state, n.reason];
    };
    expect(log('fore:2027-02-08:7')).toEqual(['posted', null]);
    expect(log('gammal:2027-02-09:7')).toEqual(['skipped', 'too_old']);
    expect(log('sen:2027-02-10:7')).toEqual(['late', null]);
    expect(log('passerad:2027-02-03:0')).toEqual(['skipped', 'passed']);
    expect(log('kortare:2027-02-12:9')).toEqual(['skipped', 'superseded']);
    expect(log('kortare:2027-02-12:8')).toEqual(['posted', null]);
    expect(log('i-tid:2027-02-11:7')).toEqual(['posted', null]);

    // Nothing twice: more ticks, another restart, and a tick over the same minute again.
    await h.at(local('2027-02-04', '09:06'));
    h.restart();
    await h.at(local('2027-02-04', '09:06'));
    await h.at(local('2027-02-04', '12:00'));
    expect(h.outlet.deliveries).toHaveLength(4);
    // And the rest of the cycle runs on: the day itself for "sen".
    await h.at(local('2027-02-10', '09:01'));
    expect(h.outlet.titlesTo('U-EVA').at(-1)).toBe('sen');
    expect(h.outlet.deliveries.at(-1)?.text).toContain('*I dag*: onsdag 10 februari 2027');
    expect(h.outlet.deliveries.at(-1)?.text).not.toContain(late);
    expect(new Set(h.sentKeys()).size).toBe(h.sentKeys().length);
    expect(h.sentKeys()).toHaveLength(5);
  });

  it('with the default 72-hour window, posts all three days late, once', async () => {
    h = cycleHarness({ cycle: february, start: '2027-01-25T12:00:00Z' });
    h.coordinator('U-EVA');
    await h.at('2027-01-25T12:00:00Z');
    await h.at(local('2027-02-01', '09:05'));
    h.clock.set(local('2027-02-04', '09:05'));
    h.restart();
    await h.at(local('2027-02-04', '09:05'));
    await h.at(local('2027-02-04', '09:06'));
    const after = h.outlet.deliveries.slice(1);
    expect(after.filter((d) => d.text.includes(late)).map((d) => d.to)).toHaveLength(2);
    expect(h.store.cycleNudges.find('gammal:2027-02-09:7')?.state).toBe('late');
    expect(h.store.cycleNudges.find('passerad:2027-02-03:0')?.reason).toBe('passed');
    expect(after).toHaveLength(4);
  });

  it('does not catch up on a first start: a new installation begins from now', async () => {
    h = cycleHarness({ cycle: february, start: local('2027-02-04', '09:05').toISOString() });
    h.coordinator('U-EVA');
    await h.at(local('2027-02-04', '09:05'));
    await h.at(local('2027-02-04', '09:06'));
    expect(h.outlet.deliveries).toHaveLength(0);
    await h.at(local('2027-02-10', '09:01'));
    expect(h.outlet.titlesTo('U-EVA')).toEqual(['sen']);
  });
});
