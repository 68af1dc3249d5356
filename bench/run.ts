/**
 * The committed benchmark (`pnpm bench`): Revue against DuckDB on the same CSV files.
 *
 *   pnpm bench [--sizes 10k,100k,1m,uci,wide-100k,wide-1m] [--runs 5] [--warmups 1] [--seed N] [--profile]
 *
 * For each size it generates (or reuses) canonical CSVs of N tickets and N/10 assets, then runs
 * each side in its own child process (`wide-…` sizes: the second generator, bench/generate-wide.ts) (bench/worker.ts) so that peak RSS is per side and per
 * size, the two sides taking turns run by run: one warm-up, then the median of `--runs` runs. It prints each step's time, rows per
 * second, peak RSS, the Revue / DuckDB ratios for loading and for the whole, and checks that the
 * figures both compute agree (|Δ| ≤ 1e-6 relative), exiting with 1 when one does not.
 * `uci` is the real ServiceNow event log (../shared/data). Results also go to bench/out/.
 * `--profile` runs the Revue side once more on the largest size under `--cpu-prof` and prints
 * its hottest functions.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, totalmem, type } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { buildCompiled } from './build.js';
import { syntheticCase, uciCase, type BenchCase } from './cases.js';
import { compareFigures, type Agreement } from './comparable.js';
import { DUCKDB_STEPS } from './duckdb.js';
import { DEFAULT_SEED, generateDataset, parseSize } from './generate.js';
import { summariseProfile } from './profile.js';
import { REVUE_STEPS } from './revue.js';
import { formatMb, formatMs, formatRate, median } from './stats.js';
import { ensureUciCsv } from './uci.js';
import type { Side, WorkerResult } from './worker.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const OUT = join(HERE, 'out');
const NODE_FLAGS = ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx'];
const TOLERANCE = 1e-6;
const TARGETS = { ratio: 3, rssBytes: 1.5e9, growth: 11 };

interface Flags {
  sizes: string[];
  runs: number;
  warmups: number;
  seed: number;
  profile: boolean;
}

function parseFlags(argv: readonly string[]): Flags {
  const flags: Flags = { sizes: ['10k', '100k', '1m', 'uci'], runs: 5, warmups: 1, seed: DEFAULT_SEED, profile: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--') continue;
    else if (arg === '--sizes') flags.sizes = value().split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
    else if (arg === '--runs') flags.runs = Number(value());
    else if (arg === '--warmups') flags.warmups = Number(value());
    else if (arg === '--seed') flags.seed = Number(value());
    else if (arg === '--profile') flags.profile = true;
    else throw new Error(`unknown flag ${arg} (use --sizes 10k,100k,1m,uci --runs 5 --warmups 1 --seed N --profile)`);
  }
  if (!Number.isInteger(flags.runs) || flags.runs < 1) throw new Error('--runs must be a positive integer');
  if (!Number.isInteger(flags.warmups) || flags.warmups < 0) throw new Error('--warmups must be a non-negative integer');
  return flags;
}

function machine(): Record<string, string> {
  const cpu = cpus();
  let duckdb = '?';
  try {
    duckdb = (JSON.parse(readFileSync(join(ROOT, 'node_modules/@duckdb/node-api/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    // leave '?'
  }
  return {
    cpu: `${cpu[0]?.model.trim() ?? '?'} × ${cpu.length}`,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free)`,
    os: `${type()} ${release()}`,
    node: process.version,
    duckdb: `@duckdb/node-api ${duckdb}`,
    load: `${loadavg().map((l) => l.toFixed(2)).join(' ')} (1, 5, 15 min averages at start; other work on the machine skews the timings)`,
  };
}

function workerArgs(side: Side, extraFlags: string[], compiled: string | null): string[] {
  const script = compiled === null ? [...NODE_FLAGS, ...extraFlags, join(HERE, 'worker.ts')] : [...NODE_FLAGS.slice(0, 2), ...extraFlags, compiled];
  return [...script, side];
}

/** One side's worker in batch mode (all its runs alone), for profiling. */
function runWorker(bench: BenchCase, side: Side, runs: number, warmups: number, extraFlags: string[] = [], compiled: string | null = null): WorkerResult | null {
  const child = spawnSync(process.execPath, [...workerArgs(side, extraFlags, compiled), String(runs), String(warmups)], {
    cwd: ROOT,
    env: { ...process.env, BENCH_CASE: JSON.stringify(bench) },
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 2 ** 20,
    encoding: 'utf8',
  });
  const line = child.stdout.split('\n').find((l) => l.startsWith('@@RESULT '));
  if (child.status !== 0 || line === undefined) {
    console.error(`✘ ${bench.name} ${side}: the worker failed (exit ${child.status ?? child.signal})`);
    return null;
  }
  return JSON.parse(line.slice('@@RESULT '.length)) as WorkerResult;
}

/** A worker in interleaved mode: one run per command, so the two sides can take turns. */
class Worker {
  readonly #child: ChildProcess;
  readonly #lines: AsyncIterator<string>;
  #alive = true;

  constructor(
    readonly bench: BenchCase,
    readonly side: Side,
    compiled: string,
  ) {
    this.#child = spawn(process.execPath, workerArgs(side, [], compiled), {
      cwd: ROOT,
      env: { ...process.env, BENCH_CASE: JSON.stringify(bench) },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    this.#lines = createInterface({ input: this.#child.stdout! })[Symbol.asyncIterator]();
  }

  /** The next protocol line (`@@…`), or null when the worker has ended. */
  async #expect(prefix: string): Promise<string | null> {
    while (this.#alive) {
      const next = await this.#lines.next();
      if (next.done) break;
      if (next.value.startsWith(prefix)) return next.value.slice(prefix.length);
    }
    if (this.#alive) console.error(`✘ ${this.bench.name} ${this.side}: the worker ended early`);
    this.#alive = false;
    return null;
  }

  ready(): Promise<string | null> {
    return this.#expect('@@READY');
  }

  /** Does one run (`warm-up` or a timed label); false when the worker failed. */
  async run(label: string): Promise<boolean> {
    if (!this.#alive) return false;
    this.#child.stdin!.write(`${label}\n`);
    return (await this.#expect('@@RUN ')) !== null;
  }

  async finish(): Promise<WorkerResult | null> {
    if (!this.#alive) return null;
    this.#child.stdin!.end('done\n');
    const line = await this.#expect('@@RESULT ');
    return line === null ? null : (JSON.parse(line) as WorkerResult);
  }
}

/**
 * Both sides of a case, run by run in turn (DuckDB first on even runs, Revue first on odd ones),
 * each in its own process: slow drifts in the machine's load hit both sides alike.
 */
async function runPair(bench: BenchCase, runs: number, warmups: number, compiled: string): Promise<{ revue: WorkerResult | null; duckdb: WorkerResult | null }> {
  const duckdb = new Worker(bench, 'duckdb', compiled);
  await duckdb.ready();
  const revue = new Worker(bench, 'revue', compiled);
  await revue.ready();
  for (let i = 0; i < warmups + runs; i++) {
    const label = i < warmups ? 'warm-up' : `run ${i - warmups + 1}/${runs}`;
    const order = i % 2 === 0 ? [duckdb, revue] : [revue, duckdb];
    for (const worker of order) await worker.run(label);
  }
  return { duckdb: await duckdb.finish(), revue: await revue.finish() };
}

function countLines(path: string): number {
  const bytes = readFileSync(path);
  let lines = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) lines++;
  return lines;
}

async function buildCases(flags: Flags): Promise<BenchCase[]> {
  const cases: BenchCase[] = [];
  for (const size of flags.sizes) {
    if (size === 'uci') {
      const path = ensureUciCsv();
      if (path === null) {
        console.log('– uci: /work/shared/data/uci-incident-event-log/incident_event_log.csv.zip not found, skipped');
        continue;
      }
      cases.push(uciCase(path, countLines(path) - 1, statSync(path).size));
      continue;
    }
    const wide = size.startsWith('wide-');
    const tickets = parseSize(wide ? size.slice('wide-'.length) : size);
    const started = performance.now();
    const data = await generateDataset({ tickets, seed: flags.seed, shape: wide ? 'wide' : 'base' });
    console.log(
      `${data.reused ? 'reused' : 'generated'} ${size}: ${data.tickets} tickets (${formatMb(data.ticketBytes)}) + ${data.assets} assets (${formatMb(data.assetBytes)})${data.reused ? '' : ` in ${formatMs(performance.now() - started)}`}`,
    );
    cases.push(syntheticCase(size, data));
  }
  return cases;
}

interface CaseResult {
  bench: BenchCase;
  revue: WorkerResult | null;
  duckdb: WorkerResult | null;
  agreement: Agreement[];
}

const med = (result: WorkerResult | null, step: string): number | null => {
  const values = result?.timings[step];
  return values && values.length > 0 ? median(values) : null;
};

/** The fastest run: on a shared machine, the closest to the cost without interference. */
const best = (result: WorkerResult | null, step: string): number | null => {
  const values = result?.timings[step];
  return values && values.length > 0 ? Math.min(...values) : null;
};

function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : a / b;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

function stepsTable(results: CaseResult[], side: Side): string {
  const steps = side === 'revue' ? REVUE_STEPS : DUCKDB_STEPS;
  const rows = results.map((r) => {
    const result = r[side];
    const rowsIn = r.bench.ticketRows + r.bench.assetRows;
    const whole = med(result, 'whole');
    return [
      r.bench.name,
      ...steps.map((step) => formatMs(med(result, step))),
      whole === null ? '–' : formatRate(rowsIn / (whole / 1000)),
      formatMb(result?.maxRssBytes),
    ];
  });
  return table(['case', ...steps, 'rows/s (whole)', 'peak RSS'], rows);
}

function comparisonTable(results: CaseResult[]): string {
  const rows = results.map((r) => {
    const rowsIn = r.bench.ticketRows + r.bench.assetRows;
    const loadRevue = med(r.revue, 'load');
    const loadDuck = med(r.duckdb, 'load');
    const wholeRevue = med(r.revue, 'whole');
    const wholeDuck = med(r.duckdb, 'whole');
    const subsetRevue = med(r.revue, 'subset');
    const x = (v: number | null) => (v === null ? '–' : `${v.toFixed(2)}×`);
    return [
      r.bench.name,
      `${r.bench.ticketRows} + ${r.bench.assetRows}`,
      formatMb(r.bench.bytes),
      formatMs(loadRevue),
      loadRevue === null ? '–' : formatRate(rowsIn / (loadRevue / 1000)),
      formatMs(loadDuck),
      x(ratio(loadRevue, loadDuck)),
      formatMs(wholeRevue),
      formatMs(wholeDuck),
      x(ratio(wholeRevue, wholeDuck)),
      x(ratio(best(r.revue, 'whole'), best(r.duckdb, 'whole'))),
      x(ratio(subsetRevue, wholeDuck)),
      formatMb(r.revue?.maxRssBytes),
      formatMb(r.duckdb?.maxRssBytes),
      r.agreement.length === 0 ? '–' : r.agreement.every((a) => a.ok) ? `✔ ${r.agreement.length}` : `✘ ${r.agreement.filter((a) => !a.ok).length}/${r.agreement.length}`,
    ];
  });
  return table(
    ['case', 'rows (tickets + assets)', 'CSV', 'Revue load', 'load rows/s', 'DuckDB load', 'load ratio', 'Revue whole', 'DuckDB whole', 'whole ratio', 'best-run ratio', 'subset ratio', 'Revue RSS', 'DuckDB RSS', 'agree'],
    rows,
  );
}

function formatFigure(value: number | null): string {
  if (value === null) return 'null';
  return Number.isInteger(value) ? String(value) : value.toPrecision(10);
}

function targetChecks(results: CaseResult[]): string[] {
  const lines: string[] = [];
  const byName = new Map(results.map((r) => [r.bench.name, r]));
  const big = byName.get('1m');
  if (big) {
    const r = ratio(med(big.revue, 'whole'), med(big.duckdb, 'whole'));
    lines.push(`${r !== null && r <= TARGETS.ratio ? '✔' : '✘'} 1m whole (CSV → full report) within ${TARGETS.ratio}× DuckDB's comparable subset: ${r === null ? '–' : `${r.toFixed(2)}×`}`);
    const rss = big.revue?.maxRssBytes ?? null;
    lines.push(`${rss !== null && rss < TARGETS.rssBytes ? '✔' : '✘'} 1m Revue peak RSS under ${formatMb(TARGETS.rssBytes)}: ${formatMb(rss)}`);
  }
  for (const [small, large] of [
    ['10k', '100k'],
    ['100k', '1m'],
    ['wide-100k', 'wide-1m'],
  ] as const) {
    const a = byName.get(small);
    const b = byName.get(large);
    if (!a || !b) continue;
    const growth = ratio(med(b.revue, 'whole'), med(a.revue, 'whole'));
    const duck = ratio(med(b.duckdb, 'whole'), med(a.duckdb, 'whole'));
    lines.push(
      `${growth !== null && growth <= TARGETS.growth ? '✔' : '✘'} ${small} → ${large} (10× the tickets): Revue whole × ${growth === null ? '–' : growth.toFixed(2)} (target ≤ ${TARGETS.growth}), DuckDB × ${duck === null ? '–' : duck.toFixed(2)}`,
    );
  }
  return lines;
}

function newestProfile(dir: string): string | null {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return files[0] ?? null;
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const started = performance.now();
  const info = machine();
  console.log('Revue benchmark');
  for (const [key, value] of Object.entries(info)) console.log(`  ${key.padEnd(7)} ${value}`);
  console.log(`  runs    ${flags.warmups} warm-up + median of ${flags.runs}; each side in its own process, taking turns run by run\n`);

  const cases = await buildCases(flags);
  console.log('  compiling bench/ and kpi-core with tsc into bench/out/build …');
  const compiled = join(buildCompiled(), 'worker.js');
  const results: CaseResult[] = [];
  for (const bench of cases) {
    console.log(`\n▶ ${bench.name}: ${bench.ticketRows} ticket rows, ${bench.assetRows} asset rows, ${formatMb(bench.bytes)} of CSV`);
    const { duckdb, revue } = await runPair(bench, flags.runs, flags.warmups, compiled);
    for (const part of revue?.skipped ?? []) console.log(`  – Revue part skipped: ${part}`);
    const agreement = revue?.figures && duckdb?.figures ? compareFigures(revue.figures, duckdb.figures, TOLERANCE) : [];
    if (revue && !revue.figures) console.log('  – agreement check skipped: Revue could not compute the comparable KPIs yet');
    results.push({ bench, revue, duckdb, agreement });
  }

  const sections: string[] = [];
  sections.push(`### Revue, median per step\n\n${stepsTable(results, 'revue')}`);
  sections.push(`### DuckDB (comparable subset), median per step\n\n${stepsTable(results, 'duckdb')}`);
  sections.push(`### Revue / DuckDB\n\n${comparisonTable(results)}`);
  const checks = targetChecks(results);
  if (checks.length > 0) sections.push(`### Targets\n\n${checks.map((c) => `- ${c}`).join('\n')}`);
  const agreementText = results
    .filter((r) => r.agreement.length > 0)
    .map((r) => {
      const rows = r.agreement.map((a) => [a.figure, formatFigure(a.revue), formatFigure(a.duckdb), a.ok ? '✔' : '✘']);
      return `#### ${r.bench.name}\n\n${table(['figure', 'Revue', 'DuckDB', ''], rows)}`;
    });
  if (agreementText.length > 0) sections.push(`### Figures both compute (|Δ| ≤ ${TOLERANCE} relative)\n\n${agreementText.join('\n\n')}`);
  const text = sections.join('\n\n');
  console.log(`\n${text}`);

  if (flags.profile) {
    const largest = [...cases].filter((c) => c.load === 'canonical').sort((a, b) => b.ticketRows - a.ticketRows)[0];
    if (largest) {
      const dir = join(OUT, 'profile');
      mkdirSync(dir, { recursive: true });
      console.log(`\n▶ profiling the Revue side on ${largest.name} (compiled with tsc so lines map to the sources; one run, --cpu-prof → ${dir})`);
      runWorker(largest, 'revue', 1, 0, ['--cpu-prof', `--cpu-prof-dir=${dir}`], compiled);
      const profile = newestProfile(dir);
      if (profile) console.log(`\n### Revue hot spots (self time), ${largest.name}\n\n${summariseProfile(profile, 25)}`);
    }
  }

  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'results.json'), JSON.stringify({ machine: info, flags, results }, null, 2));
  writeFileSync(join(OUT, 'results.md'), `${text}\n`);
  console.log(`\nDone in ${formatMs(performance.now() - started)}; results in bench/out/results.{json,md}`);

  const failed = results.some((r) => r.agreement.some((a) => !a.ok) || r.revue === null || r.duckdb === null);
  if (failed) {
    console.error('✘ a figure disagrees or a side failed');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
});
