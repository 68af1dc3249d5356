/**
 * `@revue/kpi-core/parts`: reading one large file in parts on several threads — cut it at
 * record boundaries, read each part anywhere, move the rows between threads as transferable
 * buffers, and merge them into exactly the one-pass result. `@revue/kpi-core/node` brings Node's
 * threads; a browser brings Web Workers (the dashboard does).
 *
 * @example
 * import { planParts, partInput, readPart, finishParts } from '@revue/kpi-core/parts';
 * const plan = planParts(bytes, 2, options); // null: read in one pass
 * if (plan) {
 *   // Here on one thread; each readPart can run on its own (send packRows' buffers back).
 *   const parts = plan.ranges.map((_, i) => readPart({ input: partInput(bytes, plan, i) }, 'tickets', options));
 *   const { table, quality } = finishParts(parts, 'tickets', options);
 * }
 */
export type { RowsPart } from '../ingest/read.js';
export {
  planParts,
  partInput,
  readPart,
  packRows,
  unpackRows,
  finishParts,
  PartsNotPossible,
  MIN_PART_BYTES,
  type PartPlan,
  type PartInput,
  type PartHolder,
  type PackedRows,
} from '../ingest/parts.js';
export { plainRevueError, revueErrorFrom, type PlainRevueError } from '../internal/errors.js';
