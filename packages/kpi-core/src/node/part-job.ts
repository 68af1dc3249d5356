/** One reading job of {@link readReviewFiles}, run on a worker thread or on the calling thread. */
import { RevueError, plainRevueError, type PlainRevueError } from '../internal/errors.js';
import { PartsNotPossible, readPart, readPartFrom, type DiskPartPlan, type PackedRows, type PartInput } from '../ingest/parts.js';
import { readFileRows, withFileReader } from './files.js';
import { readWholeRows, type Kind, type ReadOptions, type RowsPart } from '../ingest/read.js';

/**
 * A part of a file (`input`), or a whole file (`whole`); the reader takes either (sets it to
 * null), so that its bytes can go once read. Or a file on disk (`disk`): part `index` of `plan`,
 * or the whole file when `plan` is null, read piece by piece through its own file handle.
 */
export interface PartJob {
  input: PartInput | null;
  whole: Uint8Array | null;
  disk?: { path: string; plan: DiskPartPlan | null; index: number };
  kind: Kind;
  options: Omit<ReadOptions, 'onProgress'>;
}

/** How a job ended; rows are packed when they cross between threads. */
export type PartOutcome<R = RowsPart> =
  | { rows: R }
  | { notPossible: string }
  | { refusal: PlainRevueError }
  | { failure: string };

/** What a thread posts: progress (0…1) while it reads, then the job's outcome. */
export type PartMessage = { job: number; progress: number } | { job: number; outcome: PartOutcome<PackedRows> };

function readWhole(job: PartJob, options: ReadOptions): RowsPart {
  const bytes = job.whole!;
  job.whole = null;
  return readWholeRows(bytes, options, job.kind);
}

function readDisk({ path, plan, index }: NonNullable<PartJob['disk']>, kind: Kind, options: ReadOptions): RowsPart {
  if (plan === null) return readFileRows(path, options, kind);
  return withFileReader(path, options, (reader) => readPartFrom(reader, plan, index, kind, options));
}

/** Runs a job and says how it ended; never throws. */
export function runPartJob(job: PartJob, onProgress: (fraction: number) => void): PartOutcome {
  try {
    const options: ReadOptions = { ...job.options, onProgress };
    if (job.disk !== undefined) return { rows: readDisk(job.disk, job.kind, options) };
    return { rows: job.whole !== null ? readWhole(job, options) : readPart(job, job.kind, options) };
  } catch (error) {
    if (error instanceof PartsNotPossible) return { notPossible: error.message };
    if (error instanceof RevueError) return { refusal: plainRevueError(error) };
    // Anything else is read again in one pass on the calling thread, which reports it as a
    // one-pass read would (never a thread's stack trace).
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}
