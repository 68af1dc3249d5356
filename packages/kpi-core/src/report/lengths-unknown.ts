/**
 * Figures made of incident lengths that the export cannot support: where no more incidents (or
 * outages) have a known length than were closed at an unknown time (DESIGN §3: resolved or closed,
 * no resolution date). Those are left out of every sum of hours and counted apart; when they are
 * most of them, the sum is a floor that reads as the total: a GLPI list exported without its solve
 * date read "hours lost 284.5 h", counted from the 18 incidents still open while 472 closed at an
 * unknown time were in no hour. The same rule as the SLA rates' (`ends-unknown`, unjudged.ts), on
 * the counts the KPIs already give, so it costs nothing per ticket; the reason is its own
 * (`lengths-unknown`): here nothing is judged, hours are missing.
 *
 * Which figures, and on which counts:
 * - lost hours: `lostHours.incidents` (incidents that lost time in the period, their length known
 *   or running to asOf) against `lostHours.unknownDuration`. When mostly unknown: the hours, the
 *   rate per employee, the cost, the overlap hours and the breakdowns (client, category, asset:
 *   parts of the same floor) are null or empty; the counts stay. Each row of a breakdown is also
 *   judged alone on its own counts (`unknownRows`): a row mostly unknown is left out of its
 *   breakdown (and a client's yearly rate is null), as the reliability groups are. The TCO's downtime (lost hours ×
 *   `rates.userHourly`) goes with them, out of the total as for `no-time-of-day`; a row left out
 *   alone leaves its downtime out of the TCO's row of the same client or asset.
 * - reliability, for the fleet and each type, client and asset judged alone: the failures of known
 *   length (`failures − unknownDurations`, open ones included: their downtime runs to asOf)
 *   against `unknownDurations`. When mostly unknown: downtime, and what rests on the same outages
 *   — uptime (window − downtime), availability, MTBF and its interval (uptime ÷ failures), MTTR,
 *   MTBSI — are null, as time-of-day.ts leaves them; failures and unknown lengths stay.
 * - MTTR (and MTBSI = MTBF + MTTR) alone, on the repairs (`repairs`: outages resolved with a known
 *   length; open ones are no repair) against `unknownDurations`, judged the same way.
 */
import { mostlyUnknown } from '../kpi/common.js';
import type { LostHoursResult } from '../kpi/lost-hours/types.js';
import type { ReliabilityFigures } from '../kpi/reliability/types.js';
import { mapRecord } from '../internal/records.js';
import type { Policy } from '../policy/types.js';
import { withoutDowntime } from './incident-types.js';
import { hoursOff } from './time-of-day.js';
import type { KpiSet } from './types.js';

/**
 * Whether the lost hours rest on no more incidents of known length than closed at an unknown time.
 *
 * @example
 * lostHoursMostlyUnknown({ incidents: 18, unknownDuration: 472 }); // => true
 */
export function lostHoursMostlyUnknown(lost: Pick<LostHoursResult, 'incidents' | 'unknownDuration'>): boolean {
  return lost.incidents !== null && lost.unknownDuration !== null && mostlyUnknown(lost.incidents, lost.unknownDuration);
}

/**
 * Whether a group's outage hours rest on no more failures of known length than of unknown length.
 *
 * @example
 * outagesMostlyUnknown({ failures: 3, unknownDurations: 2 }); // => true (1 known, 2 unknown)
 */
export function outagesMostlyUnknown(figures: Pick<ReliabilityFigures, 'failures' | 'unknownDurations'>): boolean {
  const { failures, unknownDurations } = figures;
  return failures !== null && unknownDurations !== null && mostlyUnknown(failures - unknownDurations, unknownDurations);
}

/**
 * Whether a group's MTTR rests on no more repairs (outages resolved with a known length) than
 * outages of unknown length. Open outages have a length to asOf, which counts in the downtime
 * ({@link outagesMostlyUnknown}) but not in MTTR: 1 repair beside 5 open and 5 unknown is an
 * MTTR of one outage in six that ended.
 *
 * @example
 * repairsMostlyUnknown({ repairs: 1, unknownDurations: 5 }); // => true
 */
export function repairsMostlyUnknown(figures: Pick<ReliabilityFigures, 'repairs' | 'unknownDurations'>): boolean {
  const { repairs, unknownDurations } = figures;
  return repairs !== undefined && repairs !== null && repairs > 0 && unknownDurations !== null && mostlyUnknown(repairs, unknownDurations);
}

function groupOff<T extends ReliabilityFigures>(figures: T): T {
  if (outagesMostlyUnknown(figures) && figures.downtimeHours !== null) return hoursOff(figures);
  // The downtime stands (open outages measured to asOf), the mean repair does not.
  return figures.mttrHours !== null && repairsMostlyUnknown(figures) ? { ...figures, mttrHours: null, mtbsiHours: null } : figures;
}

/** The lost hours without the figures of their lengths; the counts and the effort stay (closing-ends.ts too). */
export function lostOff(lost: LostHoursResult): LostHoursResult {
  return {
    ...lost,
    totalHours: null,
    perEmployeePerYear: null,
    perEmployeePerYearReason: null,
    cost: null,
    overlapHours: null,
    byClient: {},
    byCategory: {},
    byAsset: {},
    perEmployeePerYearByClient: {},
  };
}

/**
 * The lost hours without the breakdown rows that, judged alone, rest on no more incidents of
 * known length than closed at an unknown time (`unknownRows`): left out of `byClient`,
 * `byCategory`, `byAsset` (their hours would be a floor read as the row's), a client's yearly rate
 * with them; the counts stay in `unknownRows`. The same object when no row is.
 */
function rowsOff(lost: LostHoursResult): { lost: LostHoursResult; clients: string[]; assets: string[] } {
  const rows = lost.unknownRows;
  if (rows === undefined || lost.totalHours === null) return { lost, clients: [], assets: [] };
  const floors = (counts: Record<string, { incidents: number; unknownDuration: number }>) =>
    Object.keys(counts).filter((key) => mostlyUnknown(counts[key]!.incidents, counts[key]!.unknownDuration));
  const clients = floors(rows.byClient);
  const categories = floors(rows.byCategory);
  const assets = floors(rows.byAsset);
  if (clients.length === 0 && categories.length === 0 && assets.length === 0) return { lost, clients, assets };
  const without = <T>(record: Record<string, T>, keys: string[]): Record<string, T> => {
    if (!keys.some((key) => Object.hasOwn(record, key))) return record;
    const out = { ...record };
    for (const key of keys) delete out[key];
    return out;
  };
  const perEmployeePerYearByClient = { ...lost.perEmployeePerYearByClient };
  for (const client of clients) if (Object.hasOwn(perEmployeePerYearByClient, client)) perEmployeePerYearByClient[client] = null;
  return {
    lost: {
      ...lost,
      byClient: without(lost.byClient, clients),
      byCategory: without(lost.byCategory, categories),
      byAsset: without(lost.byAsset, assets),
      perEmployeePerYearByClient,
    },
    clients,
    assets,
  };
}

/**
 * The TCO with the downtime of the clients and assets whose lost hours {@link rowsOff} leaves out
 * unpriced in their rows (`downtime` null, the row's total without it): the same hours, priced,
 * would be the floor the lost hours refuse to show. The total keeps them, as the lost-hours total
 * does, so Σ byClient (and Σ byAsset) falls short of it by their downtime; the rows are those of
 * `lostHours.unknownRows` left out of the lost hours, which is how a reader names them. By type
 * stays whole: the lost hours have no breakdown by type to leave a row out of.
 */
function downtimeRowsOff(tco: KpiSet['tco'], clients: readonly string[], assets: readonly string[]): KpiSet['tco'] {
  const off = <T extends { total: number; byCategory: KpiSet['tco']['byCategory'] }>(record: Record<string, T>, keys: readonly string[]): Record<string, T> => {
    const hit = keys.filter((key) => Object.hasOwn(record, key) && record[key]!.byCategory.downtime !== null);
    if (hit.length === 0) return record;
    const out = { ...record };
    for (const key of hit) {
      const entry = record[key]!;
      out[key] = { ...entry, total: entry.total - (entry.byCategory.downtime ?? 0), byCategory: { ...entry.byCategory, downtime: null } };
    }
    return out;
  };
  const byClient = off(tco.byClient, clients);
  const byAsset = off(tco.byAsset, assets);
  return byClient === tco.byClient && byAsset === tco.byAsset ? tco : { ...tco, byClient, byAsset };
}

/**
 * A period's figures with the lengths {@link lostHoursMostlyUnknown} and
 * {@link outagesMostlyUnknown} say the export cannot support null (see the module comment).
 * The same object when none is.
 *
 * @example
 * withoutUnknownLengths(kpis, policy).lostHours.totalHours; // => null for the GLPI list above
 */
export function withoutUnknownLengths(kpis: KpiSet, policy: Policy): KpiSet {
  const lostOut = kpis.lostHours.totalHours !== null && lostHoursMostlyUnknown(kpis.lostHours);
  const reliability = kpis.reliability;
  // A map is copied only when one of its entries changes: `byAsset` may hold 100,000 assets.
  const mapped = <T extends ReliabilityFigures>(record: Record<string, T>): Record<string, T> =>
    Object.values(record).some((entry) => groupOff(entry) !== entry) ? mapRecord(record, groupOff) : record;
  const fleet = groupOff(reliability.fleet);
  const byType = mapped(reliability.byType);
  const byClient = mapped(reliability.byClient);
  const byAsset = mapped(reliability.byAsset);
  const reliabilityOut = fleet !== reliability.fleet || byType !== reliability.byType || byClient !== reliability.byClient || byAsset !== reliability.byAsset;
  const rows = lostOut ? { lost: kpis.lostHours, clients: [], assets: [] } : rowsOff(kpis.lostHours);
  const lostRows = rows.lost;
  if (!lostOut && !reliabilityOut && lostRows === kpis.lostHours) return kpis;
  return {
    ...kpis,
    reliability: reliabilityOut ? { ...reliability, fleet, byType, byClient, byAsset } : reliability,
    lostHours: lostOut ? lostOff(kpis.lostHours) : lostRows,
    tco: lostOut ? withoutDowntime(kpis.tco, policy, 'lengths-unknown') : downtimeRowsOff(kpis.tco, rows.clients, rows.assets),
  };
}
