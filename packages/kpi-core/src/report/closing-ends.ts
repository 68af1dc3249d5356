/**
 * Exports whose ends are the closings of a job: most tickets that ended have only a closing instant
 * (no resolution one), and those closings bunch at one clock hour (`QualityReport.closingEnds`
 * with a `batch`, the rule `mostEndsAreClosings`). ServiceNow's auto-close closes resolved
 * incidents by itself, days after the resolution: a published export of 10,000 Duke University
 * incidents read "hours lost 715,341.7 h", each incident running from its opening to the night it
 * was closed. That is not an upper bound a client can act on: the lengths are the tool's waiting
 * time, not repair times. DESIGN §5, "measured or null with a reason": the figures made of those
 * lengths are null (`ends-are-closings`), their counts kept.
 *
 * Which figures:
 * - the resolution SLA's rate, median and p90 (in the period and each breakdown), its histogram and
 *   the breaches of tickets that ended (those still open past their target stay listed: their time
 *   runs to the data date): a ticket solved in an hour and closed two days later would be "late"; the counts
 *   (met, breached, pending, unknown) stay, judged on the closings, as the review says.
 * - the lost hours as lengths-unknown.ts leaves them (hours, rate per employee, cost, overlaps,
 *   breakdowns), and the TCO's downtime with them; `incidents` and `unknownDuration` stay.
 * - the reliability hours (downtime, uptime, availability, MTBF and its interval, MTTR, MTBSI) of
 *   the fleet, each type, client and asset: uptime is the window less that downtime, so MTBF and
 *   availability rest on the same closings; failures and `lastGapHours` (between starts) stay.
 * - the monthly trend's resolution rate, MTBF, availability, lost hours and the cost's downtime.
 *
 * Closings spread over the day (no batch) stay as they are: a person closing at the end of the
 * work is still near the resolution, which the line beside the figures says.
 */
import { mapRecord } from '../internal/records.js';
import type { QualityReport } from '../ingest/types.js';
import type { TrendResult } from '../kpi/trend/types.js';
import type { ReliabilityFigures } from '../kpi/reliability/types.js';
import type { SlaPair } from '../kpi/types.js';
import type { Policy } from '../policy/types.js';
import { mostEndsAreClosings } from './beside.js';
import { trendWithout, withoutDowntime } from './incident-types.js';
import { lostOff } from './lengths-unknown.js';
import { hoursOff, mapSlaPairs } from './time-of-day.js';
import type { KpiSet } from './types.js';

/**
 * Whether most ends are closings bunched at one clock hour: the ends of a closing job.
 *
 * @example
 * endsAreClosings({ closingEnds: { tickets: 101, ended: 101, batch: { hour: 0, closings: 91 } } } as QualityReport); // => true
 */
export function endsAreClosings(quality: Pick<QualityReport, 'closingEnds'> | null | undefined): boolean {
  const ends = quality?.closingEnds;
  return ends !== undefined && ends.batch !== null && mostEndsAreClosings(ends);
}

/**
 * The hours of a group with outages, off: a group without any (no failure, no downtime in the
 * window) owes nothing to the closings, and its availability of 100 % stays measured.
 */
function closingHoursOff<T extends ReliabilityFigures>(figures: T): T {
  return figures.failures === 0 && figures.downtimeHours === 0 ? figures : hoursOff(figures);
}

function resolutionOff<T extends SlaPair>(pair: T): T {
  const resolution = pair.resolution;
  return resolution === null ? pair : { ...pair, resolution: { ...resolution, adherence: null, medianHours: null, p90Hours: null } };
}

/**
 * A period's figures without those made of lengths running to closings (see the module comment);
 * the counts stay. The same object when `closings` is false.
 *
 * @example
 * withoutClosingLengths(kpis, policy, true).lostHours.totalHours; // => null
 */
export function withoutClosingLengths(kpis: KpiSet, policy: Policy, closings: boolean, stillOpen: (id: string) => boolean = () => false): KpiSet {
  if (!closings) return kpis;
  const sla = kpis.sla;
  // A ticket still open past its target is late whatever the job does: its time runs to the data
  // date, not to a closing. Those stay listed and counted (from the whole id list, the breach
  // list being cut at 500); the ones that ended ran to a closing.
  const breaches = sla.breaches.filter((breach) => breach.target !== 'resolution' || breach.open);
  const openLate = sla.ticketIds.resolution.breached.filter(stillOpen);
  const whole = sla.breaches.length === sla.breachCount;
  const reliability = kpis.reliability;
  const lost = kpis.lostHours;
  return {
    ...kpis,
    sla: {
      ...mapSlaPairs(sla, resolutionOff),
      breaches,
      // The count stands when the list was whole; a cut list cannot tell how many were left.
      breachCount: sla.breachCount === null ? null : whole ? breaches.length : sla.ticketIds.response.breached.length + openLate.length,
      ticketIds: { ...sla.ticketIds, resolution: { breached: openLate, pending: sla.ticketIds.resolution.pending } },
      elapsedHistogram: { ...sla.elapsedHistogram, resolution: null },
    },
    reliability: {
      ...reliability,
      fleet: closingHoursOff(reliability.fleet),
      byType: mapRecord(reliability.byType, closingHoursOff),
      byClient: mapRecord(reliability.byClient, closingHoursOff),
      byAsset: mapRecord(reliability.byAsset, closingHoursOff),
    },
    lostHours: lost.totalHours === null ? lost : lostOff(lost),
    // Hours already null (no incident type, most lengths unknown) left the downtime out for their own reason.
    tco: lost.totalHours === null ? kpis.tco : withoutDowntime(kpis.tco, policy, 'ends-are-closings'),
  };
}

/**
 * The monthly trend with the series made of lengths to closings null, `notMeasured` saying
 * `ends-are-closings`; `noIncidents`: the incident series are null for that reason already, only
 * the resolution rate is left to null.
 */
export function trendWithoutClosingLengths(trend: TrendResult, closings: boolean, noIncidents = false): TrendResult {
  if (!closings) return trend;
  if (noIncidents) return trendWithout(trend, ['slaResolution'], 'ends-are-closings', false);
  return trendWithout(trend, ['slaResolution', 'mtbfHours', 'availability', 'lostHours', 'lostHoursPerEmployeePerYear'], 'ends-are-closings', true);
}
