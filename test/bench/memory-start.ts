/**
 * Pair 3: memory and start. The peak resident set (VmHWM) of the bot with its Slack HTTP and
 * anonymous Teams doors (plus the calendar feed, the courier and the scheduler) after the
 * Slack and Teams pairs have run through it, against the floor apps' one process after the
 * same load; and the time from spawning `node --import tsx` to the ready line, for fresh
 * starts of each, alternated.
 */
import type { BenchReport } from './bench-report.js';
import type { Bench, ServerProcess } from './bench-servers.js';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The peaks of the processes the pairs ran against; read before they are stopped. */
export function peaks(ours: ServerProcess, floor: ServerProcess) {
  return { ours: ours.rssMb(), floor: floor.rssMb() };
}

/**
 * Starts each side `rounds` times, alternately, on the bench database (the pairs' servers are
 * stopped by then, so each start is alone on the machine but for the fakes).
 */
export async function run(
  report: BenchReport,
  { bench, underLoad }: { bench: Bench; underLoad: ReturnType<typeof peaks> },
  rounds = 3,
) {
  const starts = { ours: [] as number[], floor: [] as number[] };
  const idle = { ours: [] as number[], floor: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? (['ours', 'floor'] as const) : (['floor', 'ours'] as const);
    for (const side of order) {
      const server = await (side === 'ours' ? bench.startOurs() : bench.startFloor());
      starts[side].push(server.startMs);
      // Settled a moment after the ready line, as it idles waiting for its first request.
      await new Promise((resolve) => setTimeout(resolve, 300));
      idle[side].push(server.rssMb().now);
      await server.stop();
    }
  }
  const rows = (['ours', 'floor'] as const).map((side) => ({
    side,
    'start ms': Math.round(median(starts[side])),
    'RSS idle MB': median(idle[side]).toFixed(1),
    'RSS peak under load MB': underLoad[side].peak.toFixed(1),
  }));
  report.table(`Memory and start (${rounds} fresh starts each, medians)`, rows);
  report.ratio('rss', underLoad.ours.peak / underLoad.floor.peak, 1.5);
  // The peak under load moves with how much each side was made to carry; idle is the code.
  report.ratio('rss_idle', median(idle.ours) / median(idle.floor));
  report.ratio('start', median(starts.ours) / median(starts.floor));
}
