/**
 * Growth: the coordinators' and facilitators' heaviest reads on a database years into use
 * (100,000 registrations over 50 forums, 1,000,000 inputs over 500 rounds; see seed-growth),
 * timed through the code the commands run: `siffror` (figures.tally), `catering`
 * (figures.catering), the summary a round posts when it closes (summaryView), and the CSV
 * export of the round with 10,000 inputs (rounds.export). Each is the median of a few runs;
 * the bench fails when one takes more than 200 ms (the export: 1 s).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor, Reply } from '../../src/core/chat.js';
import { allCommands } from '../../src/core/commands.js';
import { createDispatcher } from '../../src/core/dispatcher.js';
import { silentLogger } from '../../src/core/logger.js';
import type { Round } from '../../src/core/rounds/round.js';
import { summaryView } from '../../src/core/rounds/summary-view.js';
import { fixedClock } from '../../src/core/time/clock.js';
import { openDatabase } from '../../src/store/open-database.js';
import { createStore } from '../../src/store/store.js';
import { testNow, timeZone } from '../helpers/test-store.js';
import type { BenchReport } from './bench-report.js';
import { growth, seedGrowth } from './seed-growth.js';

const runs = 5;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] as number;
};

/** The terminal's user: an admin, so every coordinator and facilitator command is open. */
const operator: Actor = { platform: 'shell', userId: 'bench', displayName: 'Bench', locale: 'sv' };

function assertAnswered(what: string, reply: Reply): void {
  if (reply.outcome !== undefined || reply.kind !== 'message') {
    const first = reply.kind === 'message' ? reply.view.blocks[0] : undefined;
    throw new Error(`${what} did not answer: ${JSON.stringify(first ?? reply.kind)}`);
  }
}

export async function run(report: BenchReport): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'forumbot-bench-growth-'));
  try {
    const db = openDatabase(join(dir, 'growth.db'));
    const clock = fixedClock(testNow);
    const seedStart = performance.now();
    const seed = seedGrowth(db, clock.now());
    const seedSeconds = (performance.now() - seedStart) / 1000;
    const store = createStore(db);
    const dispatcher = createDispatcher({
      store,
      clock,
      timeZone,
      logger: silentLogger,
      commands: allCommands,
    });
    report.note(
      `growth: seeded in ${seedSeconds.toFixed(1)} s: ${Object.entries(seed.rows)
        .map(([table, n]) => `${table} ${n.toLocaleString('en')}`)
        .join(', ')}`,
    );

    const big = store.rounds.get(seed.bigRoundId) as Round;
    const typical = store.rounds.get(seed.typicalRoundId) as Round;
    const forum = { forum: String(seed.nextForumId) };
    let exportedRows = 0;
    const cases: { name: string; limitMs: number; run: () => Promise<void> | void }[] = [
      {
        name: `tally (siffror), forum of ${growth.registrationsPerForum.toLocaleString('en')} registrations`,
        limitMs: 200,
        run: async () =>
          assertAnswered('figures.tally', await dispatcher.run(operator, 'figures.tally', forum)),
      },
      {
        name: 'catering summary',
        limitMs: 200,
        run: async () =>
          assertAnswered(
            'figures.catering',
            await dispatcher.run(operator, 'figures.catering', forum),
          ),
      },
      {
        name: `round summary, ${growth.bigRoundInputs.toLocaleString('en')} inputs (prioritised)`,
        limitMs: 200,
        run: () => {
          if (summaryView(store, big).blocks.length < 3) throw new Error('summary without content');
        },
      },
      {
        name: 'round summary, a typical round (~2,000 inputs)',
        limitMs: 200,
        run: () => {
          if (summaryView(store, typical).blocks.length < 3)
            throw new Error('summary without content');
        },
      },
      {
        name: `CSV export, ${growth.bigRoundInputs.toLocaleString('en')} inputs`,
        limitMs: 1000,
        run: async () => {
          const reply = await dispatcher.run(operator, 'rounds.export', {
            round: String(big.id),
            format: 'csv',
          });
          assertAnswered('rounds.export', reply);
          const inputs = reply.attachments?.[0];
          if (!inputs) throw new Error('the export has no file');
          // One line per input after the header (a text holds no line break here).
          exportedRows =
            new TextDecoder().decode(inputs.content).trimEnd().split('\r\n').length - 1;
        },
      },
    ];

    const rows = [];
    for (const c of cases) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await c.run();
        times.push(performance.now() - start);
      }
      const ms = median(times);
      rows.push({
        query: c.name,
        'median ms': ms.toFixed(1),
        'min ms': Math.min(...times).toFixed(1),
        'max ms': Math.max(...times).toFixed(1),
        limit: `${c.limitMs} ms`,
        verdict: ms <= c.limitMs ? 'ok' : 'TOO SLOW',
      });
      if (ms > c.limitMs)
        report.fail(`growth: ${c.name} took ${ms.toFixed(0)} ms (limit ${c.limitMs} ms)`);
    }
    report.table(
      `Growth: ${growth.registrationsPerForum * growth.forums} registrations over ${growth.forums} forums, ${growth.inputs.toLocaleString('en')} inputs over ${growth.rounds} rounds (median of ${runs})`,
      rows,
    );
    const expected = store.roundInputs
      .listForRound(big.id)
      .filter((i) => i.status !== 'withdrawn').length;
    if (exportedRows !== expected) {
      report.fail(`growth: the export held ${exportedRows} inputs, the round ${expected}`);
    }
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
