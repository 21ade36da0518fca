// The one shape every benchmark module reports through, so `npm run bench` (run-bench.ts) can print
// every table as it arrives, collect the `ratio NAME X.XX` lines for the end, and exit non-zero
// when a hard limit (growth) fails. Modules export `run(report: BenchReport): Promise<void>`.

/** One table row: column name → value. Numbers are printed as they are; format them first if needed. */
export type BenchRow = Record<string, string | number>;

export interface BenchReport {
  /** Prints a titled table now (columns from the rows' keys, in first-seen order). */
  table(title: string, rows: BenchRow[]): void;
  /**
   * Records `ratio NAME X.XX` (ours divided by the floor) for the final lines. `target` is the
   * highest acceptable value; missing it is reported but does not fail the run (the issue asks us
   * to explain or fix a missed ratio, not to gate on machine noise).
   */
  ratio(name: string, value: number, target?: number): void;
  /** A hard limit was broken (e.g. a growth query over its time limit): the run exits non-zero. */
  fail(reason: string): void;
  /** A free-form line (what was measured, which assumption holds), printed now. */
  note(text: string): void;
}

/** What a benchmark module exports. */
export type BenchModule = { run(report: BenchReport): Promise<void> };

export type RatioLine = { name: string; value: number; target: number | undefined };

/** Formats rows as a fixed-width text table (also used for the README). */
export function formatTable(title: string, rows: BenchRow[]): string {
  const columns: string[] = [];
  for (const row of rows)
    for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  const cell = (row: BenchRow, column: string) => String(row[column] ?? '');
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r, c).length)));
  const line = (values: string[]) =>
    values.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  return [
    `== ${title}`,
    line(columns),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(columns.map((c) => cell(r, c)))),
  ].join('\n');
}

/** The report the runner hands to every module: prints as it goes, remembers ratios and failures. */
export function createBenchReport(print: (text: string) => void = console.log) {
  const ratios: RatioLine[] = [];
  const failures: string[] = [];
  const report: BenchReport = {
    table: (title, rows) => print(`\n${formatTable(title, rows)}`),
    ratio: (name, value, target) => {
      ratios.push({ name, value, target });
      const missed = target !== undefined && value > target;
      print(`ratio ${name} ${value.toFixed(2)}${missed ? `  (target ≤ ${target} missed)` : ''}`);
    },
    fail: (reason) => {
      failures.push(reason);
      print(`FAIL ${reason}`);
    },
    note: (text) => print(text),
  };
  return { report, ratios, failures };
}
