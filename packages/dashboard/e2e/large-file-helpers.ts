/**
 * Node side of the million-ticket e2e test (large-file.spec.ts): makes sure the benchmark's
 * 1M-ticket files exist, and times kpi-core on them in a child process, so that the browser's
 * time can be compared with Node's on the same machine in the same run.
 *
 * Run alone from the repository root (what the test does):
 * `node --import tsx --max-old-space-size=4096 packages/dashboard/e2e/large-file-helpers.ts measure <tickets.csv> <assets.csv>`
 * prints one line `RESULT <json>` ({@link NodeMeasure}).
 *
 * This module imports nothing from Playwright, and kpi-core only inside `measure`, so that the
 * test process stays light and the child process is plain Node.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The repository root (where `.bench-data/` and the `tsx` loader live). */
export const REPO_ROOT = resolve(HERE, '..', '..', '..');

/** Tickets in the large file: the size named in the issue. */
export const LARGE_TICKETS = 1_000_000;

/** Where the benchmark generator put the files (`bench/generate.ts`, `Dataset`). */
export interface LargeDataset {
  ticketsPath: string;
  assetsPath: string;
  ticketBytes: number;
  assetBytes: number;
  /** True when the files were already there (the generator's manifest matched). */
  reused: boolean;
  /** Wall time of the generator run, including its start-up, in ms. */
  ms: number;
}

/** What the child process measured: kpi-core on the same files the browser reads. */
export interface NodeMeasure {
  /** The period the dashboard picks by default for this data (kpi-core's `defaultPeriod`, as its worker does). */
  period: string;
  /** Latest event of the tickets (ISO), the report's `asOf` in both runs. */
  asOf: string;
  timezone: string;
  /** readTickets + readAssets + buildReport, in ms (reading the files from disk excluded). */
  ms: number;
  steps: { readFiles: number; readTickets: number; readAssets: number; buildReport: number; compactReport: number };
  /** Rows of the ticket table, and figures to check the browser's cards against. */
  rows: number;
  incidents: number;
}

/** Runs a command and resolves with its stdout; rejects with its stderr when it fails. */
function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise(out) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${err.slice(-4000)}`))));
  });
}

/**
 * Makes sure `.bench-data/v1-s<seed>/tickets-1000000.csv` and `assets-100000.csv` exist, by
 * running the committed generator (`node --import tsx bench/generate.ts 1m`), which reuses them
 * when its manifest matches and writes them (~20–40 s, 272 MB) otherwise.
 *
 * @example
 * const data = await ensureLargeDataset(); // → { ticketsPath: '/…/tickets-1000000.csv', reused: true, ms: 900, … }
 */
export async function ensureLargeDataset(): Promise<LargeDataset> {
  const started = performance.now();
  const out = await run(process.execPath, ['--import', 'tsx', 'bench/generate.ts', '1m'], REPO_ROOT);
  const ms = performance.now() - started;
  // The generator prints "reused|wrote <tickets> (<bytes> B) and <assets> (<bytes> B) in <s> s".
  const match = /^(reused|wrote) (.+?) \((\d+) B\) and (.+?) \((\d+) B\) in /m.exec(out);
  if (!match) throw new Error(`unexpected output of bench/generate.ts: ${out.slice(-500)}`);
  return { ticketsPath: match[2]!, ticketBytes: Number(match[3]), assetsPath: match[4]!, assetBytes: Number(match[5]), reused: match[1] === 'reused', ms };
}

/**
 * Times kpi-core on the files in a fresh Node process (4 GB heap, like `pnpm bench`): the same
 * calls as the dashboard's worker (`engine.worker.ts`): default policy, `readTickets`,
 * `readAssets`, `buildReport` for the dashboard's default period, English findings.
 *
 * @example
 * const node = await measureInNode(data); // → { period: '2026-Q2', ms: 14500, incidents: 51234, … }
 */
export async function measureInNode(data: Pick<LargeDataset, 'ticketsPath' | 'assetsPath'>): Promise<NodeMeasure> {
  const out = await run(process.execPath, ['--import', 'tsx', '--max-old-space-size=4096', fileURLToPath(import.meta.url), 'measure', data.ticketsPath, data.assetsPath], REPO_ROOT);
  const line = out.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`no RESULT line from the Node measurement:\n${out.slice(-2000)}`);
  return JSON.parse(line.slice('RESULT '.length)) as NodeMeasure;
}

/** The child process: what the worker does on a `load` then a `report` request, timed. */
async function measure(ticketsPath: string, assetsPath: string): Promise<NodeMeasure> {
  const core = { ...(await import('../../kpi-core/src/index.js')), ...(await import('../../kpi-core/src/api/report.js')) };
  const { defaultPeriod } = await import('../../kpi-core/src/api/time.js');
  const { ticketColumns } = await import('../../kpi-core/src/api/model.js');
  const policy = core.parsePolicy(undefined);
  const timezone = policy.timezone;

  let started = performance.now();
  const ticketBytes = readFileSync(ticketsPath);
  const assetBytes = readFileSync(assetsPath);
  const readFiles = performance.now() - started;

  started = performance.now();
  const tickets = core.readTickets(ticketBytes, { fileName: 'tickets-1000000.csv', timezone, onProgress: () => undefined });
  const readTickets = performance.now() - started;

  started = performance.now();
  const assets = core.readAssets(assetBytes, { fileName: 'assets-100000.csv', timezone, onProgress: () => undefined });
  const readAssets = performance.now() - started;

  const latest = core.latestTimestamp(tickets.table);
  if (latest === null) throw new Error('the large file has no ticket dates');
  const asOf = new Date(latest).toISOString();
  const period = defaultPeriod(ticketColumns(tickets.table).openedAt, latest, timezone).period.label;

  started = performance.now();
  const report = core.buildReport({ tickets: tickets.table, assets: assets.table, policy, quality: { tickets: tickets.quality, assets: assets.quality } }, { period, client: null, language: 'en' });
  const buildReport = performance.now() - started;

  started = performance.now();
  core.compactReport(report);
  const compactReport = performance.now() - started;

  return {
    period,
    asOf,
    timezone,
    ms: readTickets + readAssets + buildReport,
    steps: { readFiles, readTickets, readAssets, buildReport, compactReport },
    rows: tickets.table.numRows(),
    incidents: report.recurrence.incidents,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv[2] === 'measure') {
  const [ticketsPath, assetsPath] = process.argv.slice(3);
  if (!ticketsPath || !assetsPath) throw new Error('usage: large-file-helpers.ts measure <tickets.csv> <assets.csv>');
  console.log(`RESULT ${JSON.stringify(await measure(ticketsPath, assetsPath))}`);
}
