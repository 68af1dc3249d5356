/**
 * Reading a large ticket file on every core, in the browser: the analysis worker cuts the
 * file's bytes at record boundaries (kpi-core's `planParts`), sends copies of all parts but the
 * last to reading threads (`part.worker.ts`; a page has no shared memory without cross-origin
 * isolation), reads the last part itself and then the asset file, and merges the parts into
 * exactly the table and quality report of a one-pass read. A small file, two cores or fewer
 * (a second thread would cost more memory than the time it saves), or a file whose parts
 * cannot be proven to match is read in one pass.
 */
import {
  PartsNotPossible,
  finishParts,
  revueErrorFrom,
  partInput,
  planParts,
  readPart,
  readTickets,
  unpackRows,
  type PackedRows,
  type PartInput,
  type PlainRevueError,
  type ReadOptions,
  type ReadResult,
  type RowsPart,
  type TicketTable,
} from './core.js';

/** What the analysis worker sends a reading thread. */
export interface PartRequest {
  input: PartInput;
  kind: 'tickets' | 'assets';
  options: Omit<ReadOptions, 'onProgress'>;
}

/** What a reading thread answers: progress (0…1), then one of the others. */
export type PartMessage = { progress: number } | { rows: PackedRows } | { notPossible: string } | { refusal: PlainRevueError } | { failure: string };

type Outcome = { rows: RowsPart } | { notPossible: string } | { refusal: PlainRevueError } | { failure: string };

/** Threads at most, the analysis worker included: past four, merging costs more than a part saves. */
const MAX_THREADS = 4;

function copied(input: PartInput): { input: PartInput; transfer: ArrayBuffer[] } {
  const body = input.body.slice();
  const head = input.head?.slice() ?? null;
  return { input: { ...input, body, head }, transfer: [body.buffer, ...(head === null ? [] : [head.buffer])] };
}

function inThread(input: PartInput, options: PartRequest['options'], onProgress: (fraction: number) => void): { outcome: Promise<Outcome>; stop: () => void } {
  const worker = new Worker(new URL('./part.worker.ts', import.meta.url), { type: 'module' });
  const outcome = new Promise<Outcome>((resolve) => {
    worker.onmessage = (event: MessageEvent<PartMessage>) => {
      const message = event.data;
      if ('progress' in message) return onProgress(message.progress);
      resolve('rows' in message ? { rows: unpackRows(message.rows) } : message);
      worker.terminate();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      resolve({ failure: event.message || 'a reading thread stopped' });
      worker.terminate();
    };
  });
  const { input: copy, transfer } = copied(input);
  worker.postMessage({ input: copy, kind: 'tickets', options } satisfies PartRequest, transfer);
  return { outcome, stop: () => worker.terminate() };
}


/**
 * `readTickets(bytes, options)` on every core, running `meanwhile` (reading the asset file)
 * on this thread while the other parts are read: the same table and quality report, row for
 * row; the same refusals.
 *
 * @example const { tickets, meanwhile: assets } = await readTicketsOnEveryCore(bytes, options, () => readAssets(assetBytes, o));
 */
export async function readTicketsOnEveryCore<T>(
  bytes: Uint8Array | string,
  options: ReadOptions,
  meanwhile: () => T,
  how: { cores?: number; onParts?: (parts: number) => void } = {},
): Promise<{ tickets: ReadResult<TicketTable>; meanwhile: T }> {
  const cores = how.cores ?? globalThis.navigator?.hardwareConcurrency ?? 1;
  // One core fewer than the machine has, as in Node (kpi-core's defaultThreads: memory).
  const threads = Math.min(cores - 1, MAX_THREADS);
  const { onProgress, ...rest } = options;
  // One "now" for every part, as in one pass.
  const shared = { ...rest, now: rest.now ?? Date.now() };
  const oneGo = (): ReadResult<TicketTable> => readTickets(bytes, { ...shared, ...(onProgress ? { onProgress } : {}) });
  const plan = typeof bytes === 'string' || typeof Worker === 'undefined' ? null : planParts(bytes, threads, shared);
  if (plan === null || typeof bytes === 'string') {
    const tickets = oneGo();
    return { tickets, meanwhile: meanwhile() };
  }
  how.onParts?.(plan.ranges.length);
  const shares = plan.ranges.map(() => 0);
  const report = (index: number) => (fraction: number) => {
    shares[index] = fraction;
    onProgress?.(shares.reduce((a, b) => a + b, 0) / shares.length);
  };
  const last = plan.ranges.length - 1;
  const readers = plan.ranges.slice(0, last).map((_, index) => inThread(partInput(bytes, plan, index), shared, report(index)));
  const stopAll = () => readers.forEach((reader) => reader.stop());
  let own: Outcome;
  try {
    own = { rows: readPart({ input: partInput(bytes, plan, last) }, 'tickets', { ...shared, onProgress: report(last) }) };
  } catch (error) {
    if (!(error instanceof PartsNotPossible)) {
      stopAll();
      throw error;
    }
    own = { notPossible: error.message };
  }
  const other = meanwhile();
  const outcomes = [...(await Promise.all(readers.map((reader) => reader.outcome))), own];
  for (const outcome of outcomes) if ('refusal' in outcome) throw revueErrorFrom(outcome.refusal);
  if (outcomes.every((outcome) => 'rows' in outcome)) {
    try {
      return { tickets: finishParts(outcomes.map((outcome) => (outcome as { rows: RowsPart }).rows), 'tickets', shared), meanwhile: other };
    } catch (error) {
      if (!(error instanceof PartsNotPossible)) throw error;
    }
  }
  // A part could not be proven (or a thread failed): the whole file in one pass.
  return { tickets: oneGo(), meanwhile: other };
}
