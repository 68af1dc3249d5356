/**
 * Opened vs closed tickets per month and the backlog over time (issue 12): the flow of tickets
 * month by month and how many were still open at the end of each month.
 */
import { monthKey } from '../../calendar/local.js';
import { monthIndex, monthsFromTo, shiftMonth } from '../../calendar/month-window.js';
import { RevueError } from '../../internal/errors.js';
import { floorToMinute, MINUTE_MS } from '../../internal/time.js';
import { assertKpiOptions } from '../common.js';
import { openedSpan } from '../opened-span.js';
import { preparedFor } from '../prepared.js';
import type { ReviewData } from '../types.js';
import { BACKLOG_IDS_PER_MONTH, type BacklogTrendOptions, type BacklogTrendResult } from './types.js';

/** Months of a trend by default: the period's last month and the eleven before it. */
export const TREND_MONTHS = 12;

/**
 * The backlog over time: for each calendar month (policy time zone) from the earlier of the
 * period's first month and the 11th month before its last month, to its last month — leaving out
 * the months before the month of the first ticket and after the month of `asOf` —
 * - `opened`: tickets (every type) opened in the month, up to `asOf` included;
 * - `closed`: tickets whose close instant falls in the month, up to `asOf` included. The close
 *   instant is the resolution instant (DESIGN §5: `resolvedAt`, else `closedAt`), or the opening
 *   instant when the ticket was resolved "before" it was opened. A ticket whose status class is
 *   open or pending has no close instant, whatever its dates say (it was reopened since), as in
 *   `fleet.backlog`;
 * - `closedAtUnknownTime`: tickets opened in the month whose status class is resolved, closed or
 *   cancelled but that have no resolution instant (DESIGN §3): never open, never closed at a
 *   known time, so counted apart;
 * - `open`: tickets open at the end of the month — opened before it, not closed by then, not
 *   closed at an unknown time. For the month of `asOf` the end is `asOf` itself (included), as in
 *   `fleet.backlog`: a ticket resolved after `asOf` is still open then.
 * So `open` = the previous month's `open` (`openAtStart` before the first) + `opened` − `closed`
 * − `closedAtUnknownTime`. Instants are taken at the minute. Each month lists the ids of its first
 * `maxIds` (default 200) opened and closed tickets in the export's order.
 *
 * @throws {RevueError} when the period, asOf, maxIds or months is not valid
 * @example
 * // T1 opened 10 Feb, resolved 5 March; T2 opened 20 March, still open; reviewed over March 2026.
 * const result = backlogTrend(data, { period: march2026, asOf: Date.parse('2026-04-10T00:00Z') });
 * result.months.map(({ month, opened, closed, open }) => [month, opened, closed, open]);
 * // => [['2026-02', 1, 0, 1], ['2026-03', 1, 1, 1]] — no month before February: no ticket then
 */
export function backlogTrend(data: ReviewData, options: BacklogTrendOptions): BacklogTrendResult {
  assertKpiOptions(options, 'backlogTrend');
  const maxIds = options.maxIds ?? BACKLOG_IDS_PER_MONTH;
  if (!Number.isInteger(maxIds) || maxIds < 0) throw new RevueError('invalid-option', 'backlogTrend: maxIds must be an integer ≥ 0');
  const count = options.months ?? TREND_MONTHS;
  if (!Number.isInteger(count) || count < 1) throw new RevueError('invalid-option', 'backlogTrend: months must be an integer ≥ 1');
  const { period } = options;
  const timezone = data.policy.timezone;
  const asOf = floorToMinute(options.asOf);
  const prepared = preparedFor(data, options.asOf, options.prepared);
  const columns = prepared.columns;

  const span = openedSpan(prepared);
  const empty: BacklogTrendResult = { months: [], openAtStart: 0, openAtPeriodStart: null, idsPerMonth: maxIds };
  if (span === null) return empty;
  const lastOfPeriod = monthKey(period.end - 1, timezone);
  const firstOfPeriod = monthKey(period.start, timezone);
  let first = shiftMonth(lastOfPeriod, 1 - count);
  if (firstOfPeriod < first) first = firstOfPeriod;
  const firstOfData = monthKey(span.first, timezone);
  if (firstOfData > first) first = firstOfData;
  const monthOfAsOf = monthKey(asOf, timezone);
  const last = monthOfAsOf < lastOfPeriod ? monthOfAsOf : lastOfPeriod;
  const window = monthsFromTo(first, last, timezone);
  const months = window.keys.length;
  if (months === 0) return empty;

  // Each month is counted up to its end, the month of asOf up to asOf included.
  const bounds = window.bounds;
  const start = bounds[0]!;
  const end = Math.min(bounds[months]!, asOf + MINUTE_MS);
  const opened = new Int32Array(months);
  const closed = new Int32Array(months);
  const unknown = new Int32Array(months);
  const openedIds: string[][] = window.keys.map(() => []);
  const closedIds: string[][] = window.keys.map(() => []);
  let openAtStart = 0;
  // The backlog at the period's start (the previous period's end), when the data reach it: a
  // ticket opened before it, and it is not after asOf. start ≤ period.start then (the window
  // begins no later than the period's first month), so the rows skipped below are not open at it.
  const at = period.start;
  const reachesStart = span.first < at && at <= asOf;
  let openAtPeriodStart = 0;
  const openedAt = prepared.opened;
  const resolution = prepared.resolution;
  const endUnknown = prepared.endUnknown;
  for (let row = 0; row < prepared.rows; row++) {
    const o = openedAt[row]!;
    if (!(o < end)) continue; // opened after the last month (or at no known instant)
    const r = resolution[row]!;
    if (o < start && r < start) continue; // opened and closed before the first month: most rows
    const m = o >= start ? monthIndex(window, o) : -1;
    const atUnknownTime = endUnknown[row] === 1;
    if (m >= 0) {
      if (opened[m]!++ < maxIds) openedIds[m]!.push(columns.id[row] ?? '');
      if (atUnknownTime) unknown[m]!++;
    }
    if (atUnknownTime) continue;
    if (r !== r) {
      if (m < 0) openAtStart++; // open since before the first month
      if (o < at) openAtPeriodStart++;
      continue;
    }
    const k = r > o ? r : o;
    if (o < at && k >= at) openAtPeriodStart++;
    if (k < start) continue; // closed before the first month
    if (m < 0) openAtStart++;
    if (k < end) {
      // Mostly closed in the month it was opened: no search then.
      const c = m >= 0 && k < bounds[m + 1]! ? m : monthIndex(window, k);
      if (closed[c]!++ < maxIds) closedIds[c]!.push(columns.id[row] ?? '');
    }
  }

  let open = openAtStart;
  return {
    months: window.keys.map((month, m) => {
      open += opened[m]! - closed[m]! - unknown[m]!;
      const monthEnd = bounds[m + 1]!;
      return {
        month,
        inPeriod: bounds[m]! < period.end && monthEnd > period.start,
        opened: opened[m]!,
        closed: closed[m]!,
        closedAtUnknownTime: unknown[m]!,
        open,
        countedAt: new Date(monthEnd <= asOf + MINUTE_MS ? monthEnd : asOf).toISOString(),
        openedIds: openedIds[m]!,
        closedIds: closedIds[m]!,
      };
    }),
    openAtStart,
    openAtPeriodStart: reachesStart ? openAtPeriodStart : null,
    idsPerMonth: maxIds,
  };
}
