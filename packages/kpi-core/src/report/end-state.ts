/**
 * Exports that cannot tell an open ticket from a closed one: a support-analytics CSV with an
 * opening date and no status, no resolution or closing date and no time to resolution (read
 * through a mapping that names none of them). Every ticket would read as still open: a backlog of
 * every ticket ever opened, "still open after 30 days", a resolution SLA breached up to asOf,
 * outages running to asOf. None of it has evidence: the file does not say whether a ticket ended.
 * DESIGN §5, "measured or null with a reason": those figures are null (`no-end-state`).
 *
 * The rule is about the columns the read mapped (`QualityReport.noEndState`): with a status, a
 * `resolvedAt` or `closedAt` column (or a duration that fills one), an empty resolution is evidence
 * that the ticket is open, and every figure stands as before. A table built without a read (no
 * quality report) is judged by its values: no ticket with a status class, a resolution or a
 * closing instant.
 *
 * What stays measured: the counts that need no end (tickets and incidents opened, volume by month,
 * recurrence, the tickets opened each month), and the response SLA when the export has first
 * responses. What is null: the backlog (at asOf and month by month, with the tickets closed each
 * month), the resolution SLA, and every figure made of incident lengths — downtime, availability,
 * uptime, MTBF, MTTR, lost hours, the TCO's downtime — as for dates without a time of day
 * (time-of-day.ts, whose mechanism this reuses). The failures too, unlike there: a failure is an
 * outage, overlapping incidents of one asset merged into one; without ends every incident of an
 * asset would run to asOf and merge into a single "failure". The incidents that name an asset
 * (`reliability.withAsset`) stay counted.
 */
import { mapRecord } from '../internal/records.js';
import type { QualityReport } from '../ingest/types.js';
import type { TicketTable } from '../model/tables.js';
import type { Policy } from '../policy/types.js';
import type { TrendFigure, TrendResult } from '../kpi/trend/types.js';
import type { BacklogTrendResult } from '../kpi/backlog/types.js';
import type { AssetReliability, ReliabilityFigures } from '../kpi/reliability/types.js';
import { trendWithout } from './incident-types.js';
import { withoutTimeOfDay } from './time-of-day.js';
import type { FleetResult, KpiSet } from './types.js';

/**
 * Whether the export says how its tickets ended: from the read's quality report when given (a
 * status, resolution or closing column, or a duration to them, was mapped), else from the table's
 * values (some ticket has a status class, a resolution or a closing instant).
 *
 * @example
 * endStateKnown(read.table, read.quality); // => false for a CSV with only id, opened date, priority
 */
export function endStateKnown(tickets: TicketTable, quality: Pick<QualityReport, 'noEndState'> | null | undefined): boolean {
  if (quality !== null && quality !== undefined) return quality.noEndState !== true;
  const classes = tickets.column('statusClass') as unknown as ArrayLike<string | null | undefined> | undefined;
  if (classes !== undefined) for (let row = 0; row < classes.length; row++) if (classes[row] !== null && classes[row] !== undefined) return true;
  for (const field of ['resolvedAt', 'closedAt']) {
    const column = tickets.column(field) as unknown as ArrayLike<number> | undefined;
    if (column !== undefined) for (let row = 0; row < column.length; row++) if (column[row] === column[row]) return true; // not NaN
  }
  return false;
}

/** The fleet's state at asOf without its backlog (see the module comment). */
export function fleetWithoutEndState(fleet: FleetResult): FleetResult {
  return { ...fleet, backlog: { open: null, byAge: {}, oldestHours: null, ticketIds: [] } };
}

function failuresOff<T extends ReliabilityFigures>(figures: T): T {
  return { ...figures, failures: null, unknownDurations: null, repairs: null };
}

function assetFailuresOff(asset: AssetReliability): AssetReliability {
  // The trend tests read the failures' starts: merged outages, not measured either.
  return { ...failuresOff(asset), laplaceU: null, crowBeta: null, accelerating: false, lastGapHours: null, ticketIds: [] };
}


/**
 * A period's figures when the export says nothing of how tickets ended: the resolution figures
 * and incident lengths null as `withoutTimeOfDay` leaves them (the TCO's downtime excluded for
 * `no-end-state`), the failures and the backlog at asOf too. The same object when `endless` is false.
 *
 * @example
 * withoutEndState(kpis, policy, true).fleet.backlog.open; // => null
 */
export function withoutEndState(kpis: KpiSet, policy: Policy, endless: boolean): KpiSet {
  if (!endless) return kpis;
  const timed = withoutTimeOfDay(kpis, policy, { dateOnly: [], response: false, resolution: true }, 'no-end-state');
  const reliability = timed.reliability;
  return {
    ...timed,
    reliability: {
      ...reliability,
      fleet: failuresOff(reliability.fleet),
      byType: mapRecord(reliability.byType, failuresOff),
      byClient: mapRecord(reliability.byClient, failuresOff),
      byAsset: mapRecord(reliability.byAsset, assetFailuresOff),
    },
    fleet: fleetWithoutEndState(timed.fleet),
  };
}

/** The monthly series made of ends or lengths: null in every month without an end state. */
const ENDED_SERIES: readonly TrendFigure[] = ['slaResolution', 'mtbfHours', 'availability', 'lostHours', 'lostHoursPerEmployeePerYear'];

/**
 * The monthly trend without the series `withoutEndState` leaves null, `notMeasured` saying
 * `no-end-state` for them (and the monthly cost without its downtime).
 */
export function trendWithoutEndState(trend: TrendResult, endless: boolean): TrendResult {
  return endless ? trendWithout(trend, ENDED_SERIES, 'no-end-state', true) : trend;
}

/**
 * The backlog over time without what needs an end: the tickets opened each month stay, the
 * tickets closed and open each month are null, and so are the backlogs at the start.
 */
export function backlogTrendWithoutEndState(backlog: BacklogTrendResult, endless: boolean): BacklogTrendResult {
  if (!endless) return backlog;
  return {
    ...backlog,
    months: backlog.months.map((month) => ({ ...month, closed: null, open: null, closedIds: [] })),
    openAtStart: null,
    openAtPeriodStart: null,
  };
}

/**
 * Tickets a file must hold before Revue judges that its ends are mostly unknown (`ends-unknown`
 * for the SLA rates, `lengths-unknown` for the hours): a file of a few tickets (a hand-made
 * example, a test) says nothing of how its tool exports, and DESIGN §3 and §5 stand as written
 * there — a ticket closed at an unknown time is counted apart, outside the rate and the hours. The
 * audit of 2026-12-05 read one met ticket beside one closed at an unknown time as "not measured"
 * where DESIGN gives 100 %.
 */
export const EVIDENCE_MIN_TICKETS = 10;

/**
 * Whether the export holds tickets and none of them ended: every status class is open or pending
 * (or unread), no resolution and no closing instant. Such a file is a list filtered on open
 * tickets — GLPI's ticket list opens on "not solved" — not the tickets of a period: those that
 * ended were left out. A resolution SLA rate over it judges open tickets only, and an open ticket
 * is only judged once late, so the rate is 0% by construction (anisotton/automations `glpi.csv`,
 * 84 tickets all open: "0% of tickets resolved on time this quarter: 28 late"). Meaningful only
 * when {@link endStateKnown}: without a status or an end column nothing says a ticket is open.
 *
 * @example
 * noTicketEnded(table); // => true for a GLPI list of New, Processing and Pending tickets only
 */
export function noTicketEnded(tickets: TicketTable): boolean {
  if (tickets.numRows() === 0) return false;
  const classes = tickets.column('statusClass') as unknown as ArrayLike<string | null | undefined> | undefined;
  if (classes !== undefined) {
    for (let row = 0; row < classes.length; row++) {
      const found = classes[row];
      if (found === 'resolved' || found === 'closed' || found === 'cancelled') return false;
    }
  }
  for (const field of ['resolvedAt', 'closedAt']) {
    const column = tickets.column(field) as unknown as ArrayLike<number> | undefined;
    if (column !== undefined) for (let row = 0; row < column.length; row++) if (column[row] === column[row]) return false; // not NaN
  }
  return true;
}

/**
 * Whether fewer than half of the tickets that ended (resolved or closed, by their class or an end
 * instant; cancelled ones aside) have a first-response time, in an export that has the column.
 * DESIGN §5 lets a ticket resolved with an empty first response take its resolution as its
 * response; when that stand-in is most of the judged tickets, the response rate mostly repeats
 * the resolution under another name — the reason the design gives for not measuring response
 * without the column. An OTRS statistic published in matheFontenele/Relatorio_Chamados `otrs.csv`
 * has `Primeira Resposta` on 90 of 628 tickets (547 closed): "12.9% of tickets taken into
 * account on time: 547 late" was how many were closed within 4 business hours.
 *
 * @example
 * responsesMostlyMissing(table); // => true when 90 of 547 closed tickets have a first response
 */
export function responsesMostlyMissing(tickets: TicketTable): boolean {
  const first = tickets.column('firstResponseAt') as unknown as ArrayLike<number> | undefined;
  if (first === undefined) return false;
  const classes = tickets.column('statusClass') as unknown as ArrayLike<string | null | undefined> | undefined;
  const resolved = tickets.column('resolvedAt') as unknown as ArrayLike<number> | undefined;
  const closed = tickets.column('closedAt') as unknown as ArrayLike<number> | undefined;
  let ended = 0;
  let answered = 0;
  let anyAnswer = false;
  for (let row = 0; row < first.length; row++) {
    const hasAnswer = first[row] === first[row]; // not NaN
    if (hasAnswer) anyAnswer = true;
    const found = classes?.[row];
    if (found === 'cancelled') continue;
    const hasEnd = found === 'resolved' || found === 'closed' || (resolved !== undefined && resolved[row] === resolved[row]) || (closed !== undefined && closed[row] === closed[row]);
    if (!hasEnd) continue;
    ended++;
    if (hasAnswer) answered++;
  }
  return anyAnswer && ended > 0 && answered * 2 < ended;
}
