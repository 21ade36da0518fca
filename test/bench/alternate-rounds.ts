import { readFileSync } from 'node:fs';
import type { BenchRow } from './bench-report.js';
import type { LoadJob, LoadResult } from './load-generator.js';

export type Side = 'ours' | 'floor';

export interface SideSetup {
  /** The server's process id, for the CPU it spent per request. */
  pid: number;
  job: Omit<LoadJob, 'concurrency' | 'warmupMs' | 'durationMs'>;
  /** Called after each run (check what the server did, empty the fakes' records). */
  afterRun?: (result: LoadResult) => void;
}

export interface Measured extends LoadResult {
  /** CPU time the server process spent per counted request, in µs (user + system). */
  cpuUsPerRequest: number;
}

/** CPU seconds (user + system) a process has used, from /proc (clock ticks of 10 ms). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // After the command name: state is field 3, utime field 14, stime field 15 (1-based).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Waits until the process is idle (at most one 10 ms clock tick in each of three 100 ms
 * steps): work the bot does after its acknowledgement goes on after the last answer, and must
 * neither be left out of its CPU count nor fall on the next run (which may be the floor's).
 */
export async function settle(pid: number): Promise<void> {
  let quiet = 0;
  let last = cpuSeconds(pid);
  for (let i = 0; i < 100 && quiet < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = cpuSeconds(pid);
    quiet = now - last <= 0.01 ? quiet + 1 : 0;
    last = now;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Runs the sides alternately, `rounds` times at each concurrency, each round in another
 * order, so slow moments of a shared machine fall on all of them. Before the rounds each side
 * is primed untimed (every person's first press: a person and a conversation to write, the
 * caches filled, the JIT warm). Returns the medians per side and concurrency.
 */
export async function alternateRounds(options: {
  run: (job: LoadJob) => Promise<LoadResult>;
  /** In the order of the first round; 'ours' and 'floor' are always there. */
  sides: Record<Side, SideSetup> & Record<string, SideSetup>;
  levels: number[];
  /** Sides measured at some concurrencies only (the others at every level). */
  onlyAt?: Record<string, number[]>;
  /** Rounds, for every concurrency or by concurrency (the one the ratio is taken at gets most). */
  rounds: number | Record<number, number>;
  warmupMs: number;
  durationMs: number;
}) {
  const names = Object.keys(options.sides);
  const results = new Map<string, Measured[]>();
  const measure = async (side: string, job: LoadJob) => {
    const setup = options.sides[side]!;
    // The CPU is read around the whole run (warm-up included), so it is per request answered.
    const cpuBefore = cpuSeconds(setup.pid);
    const result = await options.run(job);
    await settle(setup.pid);
    const cpuUsed = cpuSeconds(setup.pid) - cpuBefore;
    if (result.errors > 0) {
      throw new Error(
        `${side} at ${job.concurrency}: ${result.errors} errors (${result.firstError})`,
      );
    }
    setup.afterRun?.(result);
    return { ...result, cpuUsPerRequest: (cpuUsed / result.answered) * 1e6 };
  };
  for (const side of names) {
    const { job } = options.sides[side]!;
    await measure(side, { ...job, concurrency: 10, warmupMs: 0, durationMs: 1000 });
  }
  const roundsAt = (level: number) =>
    typeof options.rounds === 'number' ? options.rounds : (options.rounds[level] ?? 1);
  const most = Math.max(...options.levels.map(roundsAt));
  for (let round = 0; round < most; round++) {
    const order = [...names.slice(round % names.length), ...names.slice(0, round % names.length)];
    for (const concurrency of options.levels) {
      if (round >= roundsAt(concurrency)) continue;
      for (const side of order) {
        if (options.onlyAt?.[side] && !options.onlyAt[side].includes(concurrency)) continue;
        const { job } = options.sides[side]!;
        const measured = await measure(side, {
          ...job,
          concurrency,
          warmupMs: options.warmupMs,
          durationMs: options.durationMs,
        });
        const key = `${side} ${concurrency}`;
        results.set(key, [...(results.get(key) ?? []), measured]);
      }
    }
  }
  const medianOf = (side: string, concurrency: number) => {
    const runs = results.get(`${side} ${concurrency}`) ?? [];
    return {
      perSecond: median(runs.map((r) => r.perSecond)),
      p50: median(runs.map((r) => r.p50)),
      p99: median(runs.map((r) => r.p99)),
      cpuUsPerRequest: median(runs.map((r) => r.cpuUsPerRequest)),
    };
  };
  const rows: BenchRow[] = options.levels.flatMap((concurrency) =>
    names
      .filter((side) => results.has(`${side} ${concurrency}`))
      .map((side) => {
        const m = medianOf(side, concurrency);
        return {
          clients: concurrency,
          side,
          'req/s': Math.round(m.perSecond),
          'p50 ms': m.p50.toFixed(2),
          'p99 ms': m.p99.toFixed(2),
          'cpu µs/req': Math.round(m.cpuUsPerRequest),
        };
      }),
  );
  return { rows, medianOf };
}
