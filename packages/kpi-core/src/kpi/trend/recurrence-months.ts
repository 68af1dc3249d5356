/**
 * Recurrence per month over a run of months, in one pass over the keyed incidents: the keyed
 * incidents and repeats that `recurringIncidents` would count for each month alone.
 */
import { monthIndex, type MonthWindow } from '../../calendar/month-window.js';
import { DAY_MS } from '../../internal/time.js';
import type { PreparedReview } from '../prepared.js';
import { recurrenceChains, type RecurrenceKeyField } from '../recurrence/recurrence.js';

/**
 * Keyed incidents and repeats per month of opening. A keyed incident is a repeat when the
 * incident before it with the same key (in opening order, earlier months included) was opened at
 * most `windowDays` × 24 h before it — whatever the period, so each month's count is the month's
 * own (DESIGN §5).
 *
 * @example
 * const { keyed, repeats } = recurrenceByMonth(prepared, window, ['assetId', 'category'], 30);
 * repeats[11] / keyed[11]; // the last month's recurrence rate
 */
export function recurrenceByMonth(
  prepared: PreparedReview,
  window: MonthWindow,
  key: readonly RecurrenceKeyField[],
  windowDays: number,
): { keyed: Int32Array; repeats: Int32Array } {
  const months = window.keys.length;
  const keyed = new Int32Array(months);
  const repeats = new Int32Array(months);
  const { bucketStart, memberOpened } = recurrenceChains(prepared, key, false);
  const windowMs = windowDays * DAY_MS;
  const first = window.bounds[0]!;
  const end = window.bounds[months]!;
  for (let chain = 0; chain + 1 < bucketStart.length; chain++) {
    const from = bucketStart[chain]!;
    const to = bucketStart[chain + 1]!;
    for (let j = from; j < to; j++) {
      const opened = memberOpened[j]!;
      if (opened < first) continue;
      if (opened >= end) break; // the key's incidents are in opening order
      const month = monthIndex(window, opened);
      keyed[month]!++;
      if (j > from && opened - memberOpened[j - 1]! <= windowMs) repeats[month]!++;
    }
  }
  return { keyed, repeats };
}
