import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { nudgesBetween } from '../../src/core/cycle/nudges.js';
import { readCycleFile } from '../../src/core/cycle/read-cycle-file.js';
import { addDays } from '../../src/core/time/calendar-date.js';
import { cycleHarness, local, shippedCycle } from './cycle-harness.js';

const root = new URL('../../', import.meta.url).pathname;

function worker(path: string, file: string, instants: Date[]): Promise<string[]> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'test/cycle/nudge-worker.ts',
      path,
      file,
      instants.map((i) => i.toISOString()).join(','),
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  return new Promise((resolve, reject) =>
    child.on('close', (code) =>
      code === 0
        ? resolve(out.split('\n').filter(Boolean))
        : reject(new Error(`worker exited ${code}`)),
    ),
  );
}

describe('two processes on one database', () => {
  let h: ReturnType<typeof cycleHarness>;
  afterEach(() => h.close());

  it('post a nudge once when both tick the same minute', async () => {
    h = cycleHarness({ start: '2027-01-05T12:00:00Z' });
    h.coordinator('U-EVA');
    h.coordinator('U-BO');
    await h.at('2027-01-05T12:00:00Z');
    const other = h.second();
    expect(other.start.seeded).toBe(false);

    // Friday 8 January 2027, 09:00: the shipped cycle's "Tillväxtverket in 21 days" (due
    // Friday the 29th, as the 31st is a Sunday) for each of the two coordinators.
    h.clock.set(local('2027-01-08', '09:00'));
    await Promise.all([h.at(local('2027-01-08', '09:00')), other.tick()]);
    await Promise.all([other.tick(), h.at(local('2027-01-08', '09:00'))]);
    expect(h.outlet.deliveries.map((d) => d.to).sort()).toEqual(['U-BO', 'U-EVA']);
    expect(new Set(h.sentKeys()).size).toBe(2);
  });

  it('post every nudge of January once with four processes racing through the same minutes', async () => {
    h = cycleHarness({ start: '2027-01-05T12:00:00Z' });
    h.coordinator('U-EVA');
    await h.at('2027-01-05T12:00:00Z');
    const instants: Date[] = [];
    for (let day = '2027-01-06'; day <= '2027-01-31'; day = addDays(day, 1)) {
      instants.push(local(day, '08:59'), local(day, '09:00'), local(day, '09:01'));
    }
    const lines = (await Promise.all([1, 2, 3, 4].map(() => worker(h.path, h.file, instants))))
      .flat()
      .map((l) => JSON.parse(l) as { to: string; title: string; at: string; late: boolean });

    const { cycle } = readCycleFile(shippedCycle);
    const expected = nudgesBetween(
      cycle,
      new Date('2027-01-05T12:00:00Z'),
      local('2027-01-31', '09:01'),
    );
    expect(expected.length).toBeGreaterThan(5);
    expect(lines).toHaveLength(expected.length);
    expect(lines.every((l) => l.to === 'U-EVA' && !l.late)).toBe(true);
    const keys = h.sentKeys();
    expect(keys).toHaveLength(expected.length);
    expect(new Set(keys).size).toBe(keys.length);
    expect(
      h.store.cycleNudges
        .all()
        .map((n) => n.key)
        .sort(),
    ).toEqual(expected.map((n) => n.key).sort());
  }, 120_000);
});
