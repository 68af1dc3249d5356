/**
 * A reading thread of {@link readReviewFiles}: runs the jobs it is sent (a part of a CSV file,
 * or a whole file, from bytes in shared memory) and posts the rows back packed, typed columns
 * transferred rather than copied.
 */
import { parentPort } from 'node:worker_threads';
import { packRows } from '../ingest/parts.js';
import { runPartJob, type PartJob, type PartMessage } from './part-job.js';

parentPort?.on('message', ({ id, job }: { id: number; job: PartJob }) => {
  const port = parentPort!;
  const outcome = runPartJob(job, (progress) => port.postMessage({ job: id, progress } satisfies PartMessage));
  if ('rows' in outcome) {
    const { packed, transfer } = packRows(outcome.rows);
    port.postMessage({ job: id, outcome: { rows: packed } } satisfies PartMessage, transfer);
  } else port.postMessage({ job: id, outcome } satisfies PartMessage);
});
