/**
 * Runs one side (Revue or DuckDB) of one benchmark case in its own process, so that peak RSS is
 * that side's alone, with a full GC before each run. Progress goes to stderr.
 *
 * - Interleaved (what the harness uses): `worker.ts revue|duckdb` prints `@@READY`, then does one
 *   run per stdin line (`warm-up`, or a label such as `run 2/5` for a timed run) and answers
 *   `@@RUN <timings json>`; on `done` it prints `@@RESULT <json>` and exits. The harness
 *   alternates the two sides run by run, so both see the same load on a shared machine.
 * - Batch: `worker.ts revue|duckdb RUNS [WARMUPS]` does the runs alone, then prints `@@RESULT`.
 *
 * The case comes as JSON in the BENCH_CASE environment variable.
 */
import { createInterface } from 'node:readline';
import type { BenchCase } from './cases.js';
import type { ComparableFigures } from './comparable.js';
import { fleetReliability, labourByMaintenanceType, loadCanonical, openDuckdb, recurrence, slaByPriority } from './duckdb.js';
import { loadRevueApi, runRevue } from './revue.js';
import { collectGarbage } from './stats.js';
import { loadUci } from './uci.js';

export type Side = 'revue' | 'duckdb';

export interface WorkerResult {
  side: Side;
  case: string;
  runs: number;
  /** Milliseconds of each timed run, per step. */
  timings: Record<string, number[]>;
  /** Peak resident set size of the process, bytes. */
  maxRssBytes: number;
  figures: ComparableFigures | null;
  /** Parts that could not run, with why. */
  skipped: string[];
  tickets: number;
  rejected: number;
}

async function runDuckdbOnce(bench: BenchCase): Promise<{ timings: Record<string, number>; figures: ComparableFigures; tickets: number }> {
  const { instance, connection } = await openDuckdb();
  try {
    const timings: Record<string, number> = {};
    let started = performance.now();
    if (bench.load === 'uci') await loadUci(connection, bench.ticketsPath);
    else await loadCanonical(connection, bench.ticketsPath, bench.assetsPath);
    timings.load = performance.now() - started;
    const p = bench.peer;
    const withAssets = bench.assetsPath !== null;
    started = performance.now();
    const sla = await slaByPriority(connection, p);
    timings['q.sla'] = performance.now() - started;
    started = performance.now();
    const rec = await recurrence(connection, p);
    timings['q.recurrence'] = performance.now() - started;
    started = performance.now();
    const rel = await fleetReliability(connection, p, withAssets);
    timings['q.reliability'] = performance.now() - started;
    started = performance.now();
    const labour = await labourByMaintenanceType(connection, p);
    timings['q.labour'] = performance.now() - started;
    timings.whole = timings.load + timings['q.sla'] + timings['q.recurrence'] + timings['q.reliability'] + timings['q.labour'];
    const count = await connection.runAndReadAll('SELECT count(*) AS n FROM tickets');
    const tickets = Number((count.getRowObjectsJS()[0] as { n: bigint | number }).n);
    return { timings, figures: { sla, recurrence: rec, reliability: rel, labour }, tickets };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

function record(into: Record<string, number[]>, timings: Record<string, number | undefined>): void {
  for (const [step, ms] of Object.entries(timings)) {
    if (ms === undefined) continue;
    (into[step] ??= []).push(ms);
  }
}

interface OneRun {
  timings: Record<string, number | undefined>;
  figures: ComparableFigures | null;
  tickets: number;
  rejected: number;
}

/** Prepares one side and returns a function that does one run of it. */
async function prepare(side: Side, bench: BenchCase, skipped: string[]): Promise<() => Promise<OneRun>> {
  if (side === 'duckdb') return async () => ({ ...(await runDuckdbOnce(bench)), rejected: 0 });
  const { api, missing } = await loadRevueApi();
  skipped.push(...missing);
  return async () => runRevue(api, bench);
}

async function main(): Promise<void> {
  const side = process.argv[2] as Side;
  const batch = process.argv[3] !== undefined;
  const runs = Number(process.argv[3] ?? 0);
  const warmups = Number(process.argv[4] ?? 1);
  const bench = JSON.parse(process.env.BENCH_CASE ?? 'null') as BenchCase | null;
  if (!bench || (side !== 'revue' && side !== 'duckdb') || (batch && !(runs >= 1))) {
    throw new Error('usage: BENCH_CASE=<json> worker.ts revue|duckdb [RUNS [WARMUPS]]');
  }
  const result: WorkerResult = { side, case: bench.name, runs: 0, timings: {}, maxRssBytes: 0, figures: null, skipped: [], tickets: 0, rejected: 0 };
  const progress = (text: string) => process.stderr.write(`  [${bench.name} ${side}] ${text}\n`);
  const runOnce = await prepare(side, bench, result.skipped);
  for (const part of result.skipped) progress(`skipped: ${part}`);

  const step = async (label: string, timed: boolean): Promise<Record<string, number | undefined>> => {
    collectGarbage();
    const run = await runOnce();
    if (timed) {
      record(result.timings, run.timings);
      result.runs++;
    }
    result.figures = run.figures;
    result.tickets = run.tickets;
    result.rejected = run.rejected;
    const whole = run.timings.whole ?? run.timings.load;
    progress(`${label}: ${run.timings.whole === undefined ? 'load' : 'whole'} ${whole === undefined ? '–' : (whole / 1000).toFixed(2)} s`);
    return run.timings;
  };
  const finish = () => {
    result.maxRssBytes = process.resourceUsage().maxRSS * 1024;
    process.stdout.write(`@@RESULT ${JSON.stringify(result)}\n`);
  };

  if (batch) {
    for (let i = 0; i < warmups + runs; i++) await step(i < warmups ? 'warm-up' : `run ${i - warmups + 1}/${runs}`, i >= warmups);
    finish();
    return;
  }
  // Interleaved mode: the harness sends `warmup` or `run N/M` lines, then `done`.
  process.stdout.write('@@READY\n');
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'done') break;
    const timings = await step(line, line !== 'warm-up');
    process.stdout.write(`@@RUN ${JSON.stringify(timings)}\n`);
  }
  finish();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
