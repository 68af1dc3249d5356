/**
 * The command-line benchmark (issue 13, item 5): CSV on disk → `revue report` JSON on disk, the
 * whole CLI in its own process, against DuckDB's comparable subset on the same files, for both
 * data shapes (bench/generate.ts and bench/generate-wide.ts) and two sizes (to see that the time
 * grows linearly).
 *
 *   node --import tsx bench/cli.ts [--sizes 100k,1m] [--shapes base,wide] [--runs 3]
 *
 * Each run is a fresh process under `/usr/bin/time -v` (wall time, CPU, peak RSS), taking turns
 * with DuckDB's worker (bench/worker.ts, one run per process) and the floor (bench/floor.ts:
 * reading the files' bytes, finding their line breaks, decoding them). The CLI runs with
 * `REVUE_TIMING=1`, which splits its time into read / report / write. Best of `--runs`: on a
 * shared machine the fastest run is the closest to the cost without interference; the load
 * average at each case's start is printed beside it. Results go to bench/out/cli-results.{json,md}.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { buildCompiled, COMPILED_CLI, OUT, ROOT } from './build.js';
import { syntheticCase, type BenchCase } from './cases.js';
import { DEFAULT_SEED, generateDataset, parseSize, SHAPES, type Shape } from './generate.js';
import { AS_OF, POLICY_JSON } from './scenario.js';
import { formatMb, formatMs } from './stats.js';
import type { WorkerResult } from './worker.js';

interface Flags {
  sizes: string[];
  shapes: Shape[];
  runs: number;
}

function parseFlags(argv: readonly string[]): Flags {
  const flags: Flags = { sizes: ['100k', '1m'], shapes: [...SHAPES], runs: 3 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? '';
    if (arg === '--') continue;
    else if (arg === '--sizes') flags.sizes = value().split(',').filter(Boolean);
    else if (arg === '--shapes') flags.shapes = value().split(',').filter((s): s is Shape => (SHAPES as readonly string[]).includes(s));
    else if (arg === '--runs') flags.runs = Number(value());
    else throw new Error(`unknown flag ${arg} (use --sizes 100k,1m --shapes base,wide --runs 3)`);
  }
  if (!Number.isInteger(flags.runs) || flags.runs < 1) throw new Error('--runs must be a positive integer');
  return flags;
}

/** What `/usr/bin/time -v` says of a process: wall and CPU seconds → ms, peak RSS → bytes. */
interface Measured {
  wallMs: number;
  cpuMs: number;
  rssBytes: number;
  stdout: string;
  stderr: string;
}

function timed(args: string[], env: Record<string, string> = {}): Measured {
  const child = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const field = (label: string): string => new RegExp(`${label}: (.+)`).exec(child.stderr)?.[1]?.trim() ?? '';
  if (child.status !== 0) throw new Error(`${args.slice(0, 2).join(' ')} failed (exit ${child.status}):\n${child.stderr.slice(-2000)}`);
  const wall = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').map(Number);
  const wallSeconds = wall.reduce((sum, part) => sum * 60 + part, 0);
  return {
    wallMs: wallSeconds * 1000,
    cpuMs: (Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)'))) * 1000,
    rssBytes: Number(field('Maximum resident set size \\(kbytes\\)')) * 1024,
    stdout: child.stdout,
    stderr: child.stderr,
  };
}

interface RevueRun extends Measured {
  /** Peak RSS once reading ended, bytes (the CLI's own account). */
  rssAfterRead: number;
  read: number;
  report: number;
  write: number;
  outBytes: number;
}

function runCli(bench: BenchCase, policyPath: string): RevueRun {
  const out = join(OUT, `cli-${bench.name}.json`);
  const args = [COMPILED_CLI, 'report', '--tickets', bench.ticketsPath, '--assets', bench.assetsPath!, '--policy', policyPath, '--period', bench.period.label, '--as-of', new Date(AS_OF).toISOString(), '--out', out];
  const measured = timed(args, { REVUE_TIMING: '1' });
  const line = /revue: timing read (\d+) ms, report (\d+) ms, write (\d+) ms/.exec(measured.stderr);
  if (line === null) throw new Error(`no timing line from the CLI:\n${measured.stderr.slice(-1000)}`);
  const afterRead = /after read (\d+) MB/.exec(measured.stderr);
  return { ...measured, rssAfterRead: Number(afterRead?.[1] ?? NaN) * 2 ** 20, read: Number(line[1]), report: Number(line[2]), write: Number(line[3]), outBytes: statSync(out).size };
}

interface DuckRun extends Measured {
  whole: number;
  load: number;
}

function runDuckdb(bench: BenchCase, compiled: string): DuckRun {
  const measured = timed([join(compiled, 'worker.js'), 'duckdb', '1', '0'], { BENCH_CASE: JSON.stringify(bench) });
  const line = measured.stdout.split('\n').find((l) => l.startsWith('@@RESULT '));
  if (line === undefined) throw new Error('no result from the DuckDB worker');
  const result = JSON.parse(line.slice('@@RESULT '.length)) as WorkerResult;
  return { ...measured, whole: result.timings.whole![0]!, load: result.timings.load![0]! };
}

interface FloorRun {
  read: number;
  split: number;
  decode: number;
}

function runFloor(bench: BenchCase, compiled: string): FloorRun {
  const measured = timed([join(compiled, 'floor.js'), bench.ticketsPath, bench.assetsPath!]);
  return JSON.parse(measured.stdout) as FloorRun;
}

interface CaseResult {
  name: string;
  shape: Shape;
  tickets: number;
  assets: number;
  bytes: number;
  load: string;
  revue: RevueRun[];
  duckdb: DuckRun[];
  floor: FloorRun[];
}

const fastest = <T>(runs: T[], key: (run: T) => number): T => runs.reduce((a, b) => (key(b) < key(a) ? b : a));

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

function report(results: CaseResult[]): string {
  const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const rows = results.map((r) => {
    const revue = fastest(r.revue, (run) => run.wallMs);
    const duck = fastest(r.duckdb, (run) => run.whole);
    const floor = fastest(r.floor, (run) => run.read + run.split);
    const inProcess = revue.read + revue.report + revue.write;
    return [
      r.name,
      `${r.tickets} + ${r.assets}`,
      formatMb(r.bytes),
      formatMs(revue.wallMs),
      formatMs(revue.read),
      formatMs(revue.report),
      formatMs(revue.write),
      formatMs(revue.cpuMs),
      formatMb(revue.rssBytes),
      formatMb(revue.rssAfterRead),
      formatMs(duck.whole),
      formatMs(duck.wallMs),
      formatMs(duck.cpuMs),
      formatMb(duck.rssBytes),
      x(revue.wallMs, duck.whole),
      x(inProcess, duck.whole),
      x(revue.cpuMs, duck.cpuMs),
      formatMs(floor.read + floor.split),
      formatMs(floor.decode),
      x(revue.read, floor.read + floor.split),
      r.load,
    ];
  });
  const main = table(
    ['case', 'rows (tickets + assets)', 'CSV', 'Revue CLI wall', 'read', 'report', 'write', 'CLI CPU', 'CLI peak RSS', 'peak after read', 'DuckDB whole', 'DuckDB process', 'DuckDB CPU', 'DuckDB RSS', 'CLI ÷ DuckDB', 'in-process ÷ DuckDB', 'CPU ÷ DuckDB CPU', 'floor (bytes + lines)', 'decode', 'read ÷ floor', 'load at start'],
    rows,
  );
  const growth: string[] = [];
  for (const shape of SHAPES) {
    const ofShape = results.filter((r) => r.shape === shape).sort((a, b) => a.tickets - b.tickets);
    for (let i = 1; i < ofShape.length; i++) {
      const a = ofShape[i - 1]!;
      const b = ofShape[i]!;
      const wall = (r: CaseResult) => fastest(r.revue, (run) => run.wallMs).wallMs;
      const duck = (r: CaseResult) => fastest(r.duckdb, (run) => run.whole).whole;
      growth.push(`- ${a.name} → ${b.name} (${(b.tickets / a.tickets).toFixed(0)}× the tickets): Revue CLI × ${(wall(b) / wall(a)).toFixed(2)}, DuckDB × ${(duck(b) / duck(a)).toFixed(2)}`);
    }
  }
  return `${main}\n\n${growth.join('\n')}`;
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  console.log(`Revue CLI benchmark: ${cpus()[0]?.model.trim()} × ${cpus().length}, Node ${process.version}; best of ${flags.runs}, each run a fresh process`);
  mkdirSync(OUT, { recursive: true });
  const policyPath = join(OUT, 'policy.json');
  writeFileSync(policyPath, JSON.stringify(POLICY_JSON, null, 2));
  const cases: { shape: Shape; bench: BenchCase }[] = [];
  for (const shape of flags.shapes) {
    for (const size of flags.sizes) {
      const data = await generateDataset({ tickets: parseSize(size), seed: DEFAULT_SEED, shape });
      cases.push({ shape, bench: syntheticCase(shape === 'wide' ? `wide-${size}` : size, data) });
    }
  }
  console.log('  compiling bench/ and kpi-core with tsc into bench/out/build …');
  const compiled = buildCompiled();
  const results: CaseResult[] = [];
  for (const { shape, bench } of cases) {
    const load = loadavg().map((l) => l.toFixed(1)).join(' ');
    console.log(`\n▶ ${bench.name} (load ${load})`);
    const result: CaseResult = { name: bench.name, shape, tickets: bench.ticketRows, assets: bench.assetRows, bytes: bench.bytes, load, revue: [], duckdb: [], floor: [] };
    for (let i = 0; i < flags.runs; i++) {
      result.floor.push(runFloor(bench, compiled));
      const sides = i % 2 === 0 ? (['revue', 'duckdb'] as const) : (['duckdb', 'revue'] as const);
      for (const side of sides) {
        if (side === 'revue') {
          const run = runCli(bench, policyPath);
          result.revue.push(run);
          console.log(`  revue  run ${i + 1}: wall ${formatMs(run.wallMs)} (read ${formatMs(run.read)}, report ${formatMs(run.report)}, write ${formatMs(run.write)}), CPU ${formatMs(run.cpuMs)}, peak RSS ${formatMb(run.rssBytes)} (${formatMb(run.rssAfterRead)} after reading)`);
        } else {
          const run = runDuckdb(bench, compiled);
          result.duckdb.push(run);
          console.log(`  duckdb run ${i + 1}: whole ${formatMs(run.whole)} (load ${formatMs(run.load)}), process ${formatMs(run.wallMs)}, CPU ${formatMs(run.cpuMs)}, peak RSS ${formatMb(run.rssBytes)}`);
        }
      }
    }
    results.push(result);
  }
  const text = report(results);
  console.log(`\n${text}`);
  writeFileSync(join(OUT, 'cli-results.json'), JSON.stringify(results.map((r) => ({ ...r, revue: r.revue.map(({ stdout: _o, stderr: _e, ...run }) => run), duckdb: r.duckdb.map(({ stdout: _o, stderr: _e, ...run }) => run) })), null, 2));
  writeFileSync(join(OUT, 'cli-results.md'), `${text}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
});
