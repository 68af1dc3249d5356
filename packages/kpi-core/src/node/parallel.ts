/**
 * Reading large exports on every core: the ticket file is cut at record boundaries found by
 * walking it from disk (ingest/parts.ts `planPartsFrom`), and the parts and the asset file are
 * read at once, on worker threads and on this thread, each from disk piece by piece through its
 * own file handle and the same byte reader as a one-pass read (no file is ever held whole); the
 * parts are merged into exactly the table and quality report of a one-pass read. Small files,
 * workbooks and files whose parts cannot be proven to match are read in one pass.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { revueErrorFrom, type RevueError } from '../internal/errors.js';
import { MIN_PART_BYTES, PartsNotPossible, finishParts, planPartsFrom, unpackRows, type DiskPartPlan } from '../ingest/parts.js';
import { finishRows, type ReadOptions, type ReadResult, type RowsPart } from '../ingest/read.js';
import { assetTable, ticketTable, type AssetTable, type TicketTable } from '../model/tables.js';
import type { AssetColumns, TicketColumns } from '../model/fields.js';
import { readAssetsFile, readTicketsFile, withFileReader } from './files.js';
import { runPartJob, type PartJob, type PartMessage, type PartOutcome } from './part-job.js';

/** A file to read and how (as for `readTicketsFile` / `readAssetsFile`). */
export interface FileToRead {
  path: string;
  options?: ReadOptions;
}

/**
 * Reading threads for a machine of `cores` cores: one fewer, at least one. On 2 cores that is
 * one pass: with each part read from disk by its own thread (2026-12-03, a million tickets and
 * 100,000 assets, BENCHMARKS.md "Reading on several cores") two threads cost 1.7–2.0 s more CPU
 * (7.8–8.0 s against 6.1–6.3 s for the read) and 0.1 GB more peak memory (0.80 against 0.72 GB
 * for the whole CLI); A/B runs of the CLI at the same moment won 0.25–0.55 s of ~7.5 s when the
 * machine was idle (4–7 %) and nothing when it was busy. Too little for the CPU and memory: from
 * 3 cores on, the parts are used.
 *
 * @example defaultThreads(2) // 1; defaultThreads(8) // 7
 */
export function defaultThreads(cores: number): number {
  return Math.max(1, cores - 1);
}

/** How {@link readReviewFiles} shares the work. */
export interface ParallelOptions {
  /** Threads, this one included; default: one fewer than the machine's cores ({@link defaultThreads}). 1 reads everything here, in turn. */
  threads?: number;
  /** The smallest part worth a thread; default {@link MIN_PART_BYTES} (32 MiB), lower in tests. */
  minPartBytes?: number;
}

/** The tables and quality reports of a review's files. */
export interface ReviewFiles {
  tickets: ReadResult<TicketTable>;
  assets: ReadResult<AssetTable> | null;
  /** Parts the ticket file was read in, each on its own thread (1: in one pass). */
  ticketParts: number;
}

/**
 * A reading thread: the compiled `read-worker.js` beside this module; when running from the
 * TypeScript sources (tsx, vitest) the thread registers tsx's loader before importing the `.ts`
 * worker, since Node 20 threads do not inherit the parent's `--import` hooks.
 */
function workerOf(): Worker {
  const worker = startWorker();
  // Listened to from the start: a thread that fails while it waits for work (started ahead, or
  // left idle) would otherwise throw its error in this process; and runJobs must not wait for
  // the answer of a thread that is gone.
  worker.on('error', () => ended.add(worker));
  worker.once('exit', () => ended.add(worker));
  return worker;
}

/** The threads that failed or exited. */
const ended = new WeakSet<Worker>();

function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./read-worker.js', import.meta.url));
  const script = new URL('./read-worker.ts', import.meta.url).href;
  // The ES module build of tsx's API (its CommonJS build cannot register the hooks from a thread).
  const loader = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const code = `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script)}); });`;
  return new Worker(code, { eval: true, execArgv: [] });
}

interface Job {
  file: 'tickets' | 'assets';
  job: PartJob;
  outcome: PartOutcome | null;
  progress: number;
}

/** Runs the jobs on `threads − 1` worker threads (`started` first) and on this one; false when no thread could start. */
async function runJobs(jobs: Job[], threads: number, onProgress: () => void, started: Worker[]): Promise<boolean> {
  // This thread starts at once with the last job (no start-up to wait for); threads take the rest in order.
  const queue = jobs.slice(0, -1);
  const own = jobs[jobs.length - 1]!;
  const workers: Worker[] = [];
  const running: Promise<void>[] = [];
  let failed = false;
  for (let t = 0; t < Math.min(threads - 1, queue.length); t++) {
    let worker: Worker;
    try {
      worker = started.shift() ?? workerOf();
    } catch {
      failed = true;
      break;
    }
    if (ended.has(worker)) {
      failed = true;
      break;
    }
    workers.push(worker);
    running.push(
      new Promise<void>((resolve) => {
        let current: Job | undefined;
        const next = (): void => {
          current = queue.shift();
          // A thread with nothing left to read goes at once, and its memory with it.
          if (current === undefined) void worker.terminate().then(() => resolve());
          else {
            worker.postMessage({ id: jobs.indexOf(current), job: current.job });
            // The thread has its own handle on the shared memory.
            current.job.input = null;
            current.job.whole = null;
          }
        };
        worker.on('message', (message: PartMessage) => {
          const job = jobs[message.job]!;
          if ('progress' in message) {
            job.progress = message.progress;
            onProgress();
            return;
          }
          job.outcome = 'rows' in message.outcome ? { rows: unpackRows(message.outcome.rows) } : message.outcome;
          next();
        });
        // A thread that dies (out of memory…) fails the parallel read: the caller reads in one pass.
        worker.on('error', () => {
          failed = true;
          resolve();
        });
        // A thread gone in the middle of a part (its error may have come before we listened).
        worker.once('exit', () => {
          if (current !== undefined && current.outcome === null) failed = true;
          resolve();
        });
        next();
      }),
    );
  }
  for (const idle of started.splice(0)) void idle.terminate();
  const runHere = (job: Job): void => {
    job.outcome = runPartJob(job.job, (fraction) => {
      job.progress = fraction;
      onProgress();
    });
  };
  runHere(own);
  for (let job = queue.shift(); job !== undefined; job = queue.shift()) runHere(job);
  await Promise.all(running);
  await Promise.all(workers.map((worker) => worker.terminate()));
  return !failed && jobs.every((job) => job.outcome !== null);
}

function refusalOf(outcome: PartOutcome): RevueError | null {
  return 'refusal' in outcome ? revueErrorFrom(outcome.refusal) : null;
}

/**
 * Reads a review's ticket file and asset file at once, on every core: a large ticket file is
 * cut into parts read on worker threads and on this thread, alongside the asset file. The result
 * is the one-pass result (`readTicketsFile`, `readAssetsFile`), row for row and issue for issue;
 * refusals are the same RevueErrors, the ticket file's first.
 *
 * @example
 * const { tickets, assets } = await readReviewFiles({ path: 'tickets.csv', options: { timezone: 'Europe/Paris' } }, { path: 'assets.csv' });
 */
export async function readReviewFiles(tickets: FileToRead, assets: FileToRead | null = null, how: ParallelOptions = {}): Promise<ReviewFiles> {
  const threads = how.threads ?? defaultThreads(availableParallelism());
  const settle = (file: FileToRead): { path: string; options: Omit<ReadOptions, 'onProgress'> & { fileName: string }; onProgress: ReadOptions['onProgress'] } => {
    const { onProgress, ...rest } = file.options ?? {};
    // One "now" for every part, as in one pass.
    return { path: file.path, options: { ...rest, fileName: rest.fileName ?? basename(file.path), now: rest.now ?? Date.now() }, onProgress };
  };
  const t = settle(tickets);
  const a = assets === null ? null : settle(assets);
  // A file that cannot be read in parts is read here in one pass, from disk.
  const oneGo = {
    tickets: (): ReadResult<TicketTable> => readTicketsFile(t.path, { ...t.options, ...(t.onProgress ? { onProgress: t.onProgress } : {}) }),
    assets: (): ReadResult<AssetTable> | null => (a === null ? null : readAssetsFile(a.path, { ...a.options, ...(a.onProgress ? { onProgress: a.onProgress } : {}) })),
  };
  if (threads < 2) return { tickets: oneGo.tickets(), assets: oneGo.assets(), ticketParts: 1 };
  // The plan walks the file's first parts from disk (their bytes never held whole); a file that
  // cannot be read in parts, or that cannot be opened, is read in one pass, which refuses it.
  // The threads start (a quarter of a second each) while this one walks the file for the plan.
  const started: Worker[] = [];
  let plan: DiskPartPlan | null;
  try {
    plan = withFileReader(t.path, t.options, (reader) => {
      if (reader.size >= 2 * (how.minPartBytes ?? MIN_PART_BYTES)) {
        for (let k = 1; k < threads; k++) {
          try {
            started.push(workerOf());
          } catch {
            break;
          }
        }
      }
      return planPartsFrom(reader, threads, t.options, how.minPartBytes);
    });
  } catch {
    plan = null;
  }
  if (plan === null) {
    for (const worker of started) void worker.terminate();
    return { tickets: oneGo.tickets(), assets: oneGo.assets(), ticketParts: 1 };
  }
  const ticketPlan = plan;
  // Each thread reads its part from disk with its own file handle; threads take the first
  // ticket parts, then the asset file; this thread, the last part.
  const jobs: Job[] = plan.ranges.map((_, index) => ({
    file: 'tickets',
    job: { input: null, whole: null, disk: { path: t.path, plan: ticketPlan, index }, kind: 'tickets', options: t.options },
    outcome: null,
    progress: 0,
  }));
  if (a !== null) jobs.splice(jobs.length - 1, 0, { file: 'assets', job: { input: null, whole: null, disk: { path: a.path, plan: null, index: 0 }, kind: 'assets', options: a.options }, outcome: null, progress: 0 });
  const progress = (): void => {
    for (const [file, onProgress] of [['tickets', t.onProgress], ['assets', a?.onProgress]] as const) {
      const mine = jobs.filter((job) => job.file === file);
      if (onProgress && mine.length > 0) onProgress(mine.reduce((sum, job) => sum + job.progress, 0) / mine.length);
    }
  };
  if (!(await runJobs(jobs, threads, progress, started))) return { tickets: oneGo.tickets(), assets: oneGo.assets(), ticketParts: 1 };

  // The ticket file first, as one pass would: its refusal is the one reported.
  const outcomes = (file: 'tickets' | 'assets') => jobs.filter((job) => job.file === file).map((job) => job.outcome!);
  const rowsOf = (file: 'tickets' | 'assets'): RowsPart[] | null => {
    const all = outcomes(file);
    for (const outcome of all) {
      const refusal = refusalOf(outcome);
      if (refusal !== null) throw refusal;
    }
    return all.every((outcome) => 'rows' in outcome) ? all.map((outcome) => (outcome as { rows: RowsPart }).rows) : null;
  };
  const ticketRows = rowsOf('tickets');
  let ticketResult: ReadResult<TicketTable> | null = null;
  let ticketParts = 1;
  try {
    if (ticketRows !== null && ticketRows.length > 1) {
      ticketResult = finishParts(ticketRows, 'tickets', t.options);
      ticketParts = ticketRows.length;
    } else if (ticketRows !== null) {
      const { columns, length, quality } = finishRows(ticketRows, t.options, 'tickets');
      ticketResult = { table: ticketTable(columns as Partial<TicketColumns>, length), quality };
    }
  } catch (error) {
    if (!(error instanceof PartsNotPossible)) throw error;
  }
  ticketResult ??= oneGo.tickets();
  const assetRows = a === null ? null : rowsOf('assets');
  let assetResult: ReadResult<AssetTable> | null = null;
  if (a !== null && assetRows !== null) {
    const { columns, length, quality } = finishRows(assetRows, a.options, 'assets');
    assetResult = { table: assetTable(columns as Partial<AssetColumns>, length), quality };
  } else if (a !== null) assetResult = oneGo.assets();
  return { tickets: ticketResult, assets: assetResult, ticketParts };
}
