/**
 * Runs one benchmark module on its own, printing to the console, for working on one module
 * without the whole `npm run bench`.
 * Usage: node --import tsx test/bench/run-one.ts <module> (e.g. growth, store-vs-raw)
 */
import { type BenchModule, createBenchReport } from './bench-report.js';

const name = process.argv[2];
if (!name || !/^[\w-]+$/.test(name)) {
  console.error('usage: node --import tsx test/bench/run-one.ts <module>');
  process.exit(2);
}
const module = (await import(`./${name}.js`)) as BenchModule;
const { report, failures } = createBenchReport();
await module.run(report);
if (failures.length > 0) process.exitCode = 1;
