/**
 * `npm run bench`: the bot against its own floor, side by side in one process tree, and the
 * storage and growth measurements. Prints each table as it is measured and, at the end, one
 * `ratio NAME X.XX` line per pair (ours divided by the floor). Exits non-zero when a hard
 * limit fails (a growth query over its time). Not part of `npm test`: no file here ends in
 * `.test.ts`, so vitest never picks these up.
 * `npm run bench -- slack teams` runs only the parts named (slack, teams, memory, store-vs-raw,
 * growth, broadcast); the memory part needs the other two pairs' load to report its peak.
 */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { type BenchModule, createBenchReport } from './bench-report.js';
import { prepareBench } from './bench-servers.js';
import { startLoadGenerator } from './load-generator.js';
import * as memoryStart from './memory-start.js';
import * as slackPair from './slack-pair.js';
import * as teamsPair from './teams-pair.js';

const chosen = process.argv.slice(2);
const wanted = (name: string) => chosen.length === 0 || chosen.includes(name);
const began = performance.now();
const { report, ratios, failures } = createBenchReport();
report.note(
  `forumbot bench: ${new Date().toISOString()}, node ${process.version}, ` +
    `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
);

/** Runs one part; a part that throws is a failure of the bench, and the rest still run. */
async function part(name: string, body: () => Promise<void>) {
  const started = performance.now();
  try {
    await body();
  } catch (error) {
    report.fail(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  }
  report.note(`  (${name}: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

/**
 * Pairs 1–3 share one bot process and one floor process, so the peak memory each reaches is
 * after the same load.
 */
async function runPairs() {
  const bench = await prepareBench();
  const generator = startLoadGenerator();
  try {
    const [ours, floor] = [await bench.startOurs(), await bench.startFloor()];
    const context = { bench, ours, floor, run: generator.run };
    if (wanted('slack')) await part('slack pair', () => slackPair.run(report, context));
    if (wanted('teams')) await part('teams pair', () => teamsPair.run(report, context));
    const underLoad = memoryStart.peaks(ours, floor);
    for (const [side, server] of [
      ['ours', ours],
      ['floor', floor],
    ] as const) {
      if (server.troubles.length > 0) {
        report.note(`  ${side} logged warnings or errors:\n    ${server.troubles.join('\n    ')}`);
      }
      await server.stop();
    }
    if (wanted('memory')) {
      await part('memory and start', () => memoryStart.run(report, { bench, underLoad }));
    }
  } finally {
    generator.stop();
    await bench.close();
  }
}

if (['slack', 'teams', 'memory'].some(wanted)) await part('pairs', runPairs);

// Part 2's modules (storage, growth, broadcast), each `run(report)`, in this order.
for (const name of ['store-vs-raw', 'growth', 'broadcast'].filter(wanted)) {
  const file = new URL(`./${name}.ts`, import.meta.url);
  if (!existsSync(file)) {
    report.note(`\n(${name}: not present, skipped)`);
    continue;
  }
  await part(name, async () => {
    const module = (await import(file.href)) as BenchModule;
    await module.run(report);
  });
}

console.log(`\nbench took ${((performance.now() - began) / 1000).toFixed(0)} s`);
for (const failure of failures) console.log(`FAIL ${failure.split('\n')[0]}`);
for (const { name, value, target } of ratios) {
  if (target !== undefined && value > target) {
    console.log(`target missed: ${name} ${value.toFixed(2)} > ${target}`);
  }
}
for (const { name, value } of ratios) console.log(`ratio ${name} ${value.toFixed(2)}`);
process.exit(failures.length > 0 ? 1 : 0);
