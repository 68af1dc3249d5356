/**
 * SLA adherence per month over a run of months, in one pass: the met and breached counts that
 * `slaAdherence` would give for each month alone (default attribution, the policy's targets),
 * without its distributions, breakdowns and breach lists.
 */
import type { BusinessCalendar } from '../../calendar/types.js';
import type { MonthWindow } from '../../calendar/month-window.js';
import { floorToMinute } from '../../internal/time.js';
import type { Priority } from '../../model/fields.js';
import type { PreparedReview } from '../prepared.js';
import { BREACHED, fileTarget, MET, PENDING, targetOutcome, wallMinutes } from '../sla/outcome.js';
import { PAUSE_INTERVALS } from '../sla/pauses.js';

/** The tickets opened in a window (table order) and the month of each, found once for every series. */
export interface WindowRows {
  rows: Int32Array;
  month: Int8Array;
}

/** Met and breached targets per month, and the tickets closed at an unknown time (neither). */
export interface SlaMonths {
  met: Int32Array;
  breached: Int32Array;
  /** Counted so that a month judged on too few beside them has no rate (`ends-unknown`, as the period's). */
  unknown: Int32Array;
}


/**
 * Response and resolution outcomes per month of opening, over the tickets opened in the window,
 * but for the months marked in `skip` (known already). As in `slaAdherence`: cancelled tickets
 * are left out; a ticket closed at an unknown time is neither met nor breached (its response
 * too, unless it has a first response); response is judged only when `measureResponse`, its
 * instant the first response, else the resolution instant.
 *
 * @example
 * const { resolution } = slaByMonth(prepared, opened, window, asOf, calendars, true);
 * resolution.met[11] / (resolution.met[11] + resolution.breached[11]); // the last month's adherence
 */
export function slaByMonth(
  prepared: PreparedReview,
  opened: WindowRows,
  window: MonthWindow,
  asOf: number,
  calendars: (client: string | null) => BusinessCalendar,
  measureResponse: boolean,
  skip?: Uint8Array,
): { response: SlaMonths; resolution: SlaMonths } {
  const months = window.keys.length;
  const response = { met: new Int32Array(months), breached: new Int32Array(months), unknown: new Int32Array(months) };
  const resolution = { met: new Int32Array(months), breached: new Int32Array(months), unknown: new Int32Array(months) };
  const columns = prepared.columns;
  const { codes: clientCodes } = prepared.clients();
  const policies = prepared.clientPolicies();
  // Business clock of each client code (index code + 1; 0: no client).
  const businessClocks: ((a: number, b: number) => number)[] = [];
  const tally = (into: SlaMonths, month: number, result: number) => {
    if (result === MET) into.met[month]!++;
    else if (result === BREACHED) into.breached[month]!++;
  };
  const { rows, month: monthOf } = opened;
  const { cancelled, endUnknown } = prepared;
  const pauseIntervals = prepared.part(PAUSE_INTERVALS);
  for (let k = 0; k < rows.length; k++) {
    const month = monthOf[k]!;
    if (skip?.[month] === 1) continue;
    const i = rows[k]!;
    if (cancelled[i] === 1) continue;
    const openedAt = prepared.opened[i]!;
    const slot = clientCodes[i]! + 1;
    const policy = policies[slot]!;
    const priority = columns.priority[i] ?? null;
    const target = priority !== null && Object.hasOwn(policy.sla, priority) ? policy.sla[priority as Priority] : undefined;
    // The file's own targets, on calendar time, as slaAdherence judges them (sla.ts).
    const ownResponse = measureResponse ? fileTarget(columns.slaResponseTargetMinutes[i]!) : NaN;
    const ownResolution = fileTarget(columns.slaResolutionTargetMinutes[i]!);
    if (target === undefined && ownResponse !== ownResponse && ownResolution !== ownResolution) continue;
    const responseTarget = ownResponse === ownResponse ? ownResponse : (target?.response ?? null);
    const resolutionTarget = ownResolution === ownResolution ? ownResolution : (target?.resolution ?? null);
    let clock: (a: number, b: number) => number;
    if (target === undefined || target.clock === '24x7') clock = wallMinutes;
    else {
      let business = businessClocks[slot];
      if (business === undefined) {
        const calendar = calendars(columns.client[i] ?? null);
        business = (a, b) => calendar.businessMinutes(a, b);
        businessClocks[slot] = business;
      }
      clock = business;
    }
    const resolved = prepared.resolution[i]!;
    const unknownEnd = endUnknown[i] === 1;
    if (measureResponse && responseTarget !== null) {
      const first = floorToMinute(columns.firstResponseAt[i]!);
      const reached = Number.isNaN(first) ? resolved : first;
      if (unknownEnd && Number.isNaN(first)) response.unknown[month]!++;
      else if (ownResponse === ownResponse) tally(response, month, ownOutcome(openedAt, reached, asOf, 0, null, ownResponse, floorToMinute(columns.slaResponseDueAt[i]!)));
      else tally(response, month, targetOutcome(clock, openedAt, reached, asOf, 0, null, responseTarget));
    }
    if (resolutionTarget !== null && unknownEnd) resolution.unknown[month]!++;
    else if (resolutionTarget !== null) {
      const paused = columns.pausedMinutes[i]!;
      const intervals = pauseIntervals === null ? null : pauseIntervals[i]!;
      const pause = paused > 0 ? paused : 0;
      if (ownResolution === ownResolution) tally(resolution, month, ownOutcome(openedAt, resolved, asOf, pause, intervals, ownResolution, floorToMinute(columns.slaResolutionDueAt[i]!)));
      else tally(resolution, month, targetOutcome(clock, openedAt, resolved, asOf, pause, intervals, resolutionTarget));
    }
  }
  return { response, resolution };
}

/**
 * The outcome of a target the file gives the ticket: on its own due date when it has one, else on
 * calendar time against the duration (slaAdherence's rule).
 */
function ownOutcome(opened: number, reached: number, asOf: number, pause: number, intervals: Float64Array | null, minutes: number, due: number): number {
  if (due !== due) return targetOutcome(wallMinutes, opened, reached, asOf, pause, intervals, minutes);
  const done = !Number.isNaN(reached) && reached <= asOf;
  const end = done ? reached : asOf;
  return end <= due ? (done ? MET : PENDING) : BREACHED;
}
