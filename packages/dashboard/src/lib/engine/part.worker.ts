/// <reference lib="webworker" />
/**
 * A reading thread of the analysis worker: reads one part of a large ticket file (copies of its
 * bytes, transferred) and posts the rows back packed, so that a million-row file is parsed on
 * every core. See `parts.ts` (the analysis worker's side) and kpi-core's ingest/parts.ts.
 */
import { PartsNotPossible, RevueError, describeError, packRows, plainRevueError, readPart } from './core.js';
import type { PartMessage, PartRequest } from './parts.js';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<PartRequest>) => {
  const { input, kind, options } = event.data;
  const post = (message: PartMessage, transfer: Transferable[] = []) => self.postMessage(message, transfer);
  try {
    const rows = readPart({ input }, kind, { ...options, onProgress: (fraction) => post({ progress: fraction }) });
    const { packed, transfer } = packRows(rows);
    post({ rows: packed }, transfer);
  } catch (error) {
    if (error instanceof PartsNotPossible) post({ notPossible: error.message });
    else if (error instanceof RevueError) post({ refusal: plainRevueError(error) });
    else post({ failure: describeError(error) });
  }
};
