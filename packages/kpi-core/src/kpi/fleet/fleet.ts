/**
 * Fleet health (DESIGN §5, supporting figures): maintenance mix, backlog and its ageing,
 * warranty and useful-life status of the assets at asOf.
 */
import { TZDate } from '@date-fns/tz';
import { addDays } from '../../internal/date-fns.js';
import { monthsBetweenInZone } from '../../calendar/months.js';
import { DAY_MS, floorToMinute, HOUR_MS } from '../../internal/time.js';
import type { FleetResult } from './types.js';
import { assetDate, inServiceOf } from '../assets.js';
import { policyFor } from '../../policy/parse.js';
import { assertKpiOptions, isoOrNull } from '../common.js';
import { indexPart, preparedFor, type PreparedReview } from '../prepared.js';
import { labourCategory } from '../tco/tco.js';
import type { KpiOptions, ReviewData } from '../types.js';

/** Options of {@link fleetHealth}: the period (for the maintenance mix) and asOf. */
export type FleetOptions = KpiOptions;

/** Labour categories of the maintenance mix, in report order. */
export const MAINTENANCE_MIX_KEYS = ['corrective', 'preventive', 'evolutive', 'proactive', 'unclassified'] as const;

/** Backlog age buckets: `[lower, upper)` in days. */
export const BACKLOG_AGE_BUCKETS = [
  { key: '<1d', below: 1 },
  { key: '1-7d', below: 7 },
  { key: '7-30d', below: 30 },
  { key: '>30d', below: Infinity },
] as const;

/** Days ahead in which a warranty end counts as "expiring soon". */
export const WARRANTY_NOTICE_DAYS = 90;

/**
 * Fleet health: what the maintenance effort goes to, how big and old the backlog is, and which
 * assets are out of warranty, past their useful life, or about to lose their warranty.
 *
 * - `maintenanceHours`: Σ effortMinutes ÷ 60 of the tickets (all types) opened in the period, by
 *   labour category (maintenanceType; else corrective for incidents, unclassified otherwise —
 *   as in `tco`); `maintenanceMix` = each category's share of the total (null when no effort).
 * - `backlog`: tickets open at asOf (opened at or before asOf, no resolution instant at or before
 *   asOf), by age = asOf − openedAt: `<1d` (< 24 h), `1-7d` (< 7 days), `7-30d` (< 30 days),
 *   `>30d` (30 days or more); `oldestHours`; ids oldest first.
 * - An asset is in service at asOf when its in-service date (else purchase date) is missing or
 *   at or before asOf and its retiredDate is missing or after asOf. Of those: `outOfWarranty`
 *   when warrantyEnd < asOf; `pastUsefulLife` when in-service date + useful life (asset, else
 *   policy by type, else default; months added in the policy time zone) < asOf; `ages` lists
 *   each with its age in whole months at asOf (null without a date).
 * - `warrantyExpiringSoon`: assets in service at asOf whose warrantyEnd is in [asOf, asOf + 90
 *   calendar days), soonest first (a retired asset's warranty is nobody's concern).
 *
 * @throws {RevueError} when the period or asOf is not valid
 * @example
 * const result = fleetHealth(data, { period: march2026, asOf: Date.parse('2026-04-01T00:00Z') });
 * result.maintenanceMix; // => { corrective: 0.6, preventive: 0.3, evolutive: 0.1, proactive: 0, unclassified: 0 }
 * result.backlog.byAge; // => { '<1d': 2, '1-7d': 5, '7-30d': 1, '>30d': 0 }
 */
export function fleetHealth(data: ReviewData, options: FleetOptions): FleetResult {
  assertKpiOptions(options, 'fleetHealth');
  const asOf = floorToMinute(options.asOf);
  const { start: periodStart, end: periodEnd } = options.period;
  const prepared = preparedFor(data, options.asOf, options.prepared);
  const tickets = prepared.columns;

  // Maintenance mix over the tickets opened in the period.
  const hours: Record<string, number> = Object.fromEntries(MAINTENANCE_MIX_KEYS.map((key) => [key, 0]));
  let totalHours = 0;
  const openedInPeriod = prepared.openedIn(periodStart, periodEnd);
  for (let k = 0; k < openedInPeriod.length; k++) {
    const row = openedInPeriod[k]!;
    const effort = tickets.effortMinutes[row]!;
    if (effort > 0) {
      hours[labourCategory(tickets, row)]! += effort / 60;
      totalHours += effort / 60;
    }
  }
  // Backlog and assets at asOf: the same for every period.
  const { backlogRows, backlogAges, order, byAge } = prepared.part(BACKLOG_AT);
  const atAsOf = prepared.part(ASSETS_AT);
  if (options.usage !== undefined) {
    for (const client of atAsOf.defaultLifeClients) options.usage.mark(policyFor(data.policy, client), 'usefulLifeMonths.default');
  }

  const maintenanceMix =
    totalHours > 0 ? Object.fromEntries(MAINTENANCE_MIX_KEYS.map((key) => [key, hours[key]! / totalHours])) : null;
  return {
    maintenanceMix,
    // No ticket of the export records effort: not measured, not 0 hours.
    maintenanceHours: prepared.recorded(options.recorded).effortMinutes ? hours : null,
    backlog: {
      open: backlogRows.length,
      byAge: { ...byAge },
      oldestHours: backlogAges.length > 0 ? backlogAges[order[0]!]! / HOUR_MS : null,
      ticketIds: order.map((i) => tickets.id[backlogRows[i]!] ?? ''),
    },
    outOfWarranty: { count: atAsOf.outOfWarranty.length, assetIds: atAsOf.outOfWarranty.slice() },
    pastUsefulLife: { count: atAsOf.pastUsefulLife.length, assetIds: atAsOf.pastUsefulLife.slice() },
    warrantyExpiringSoon: {
      count: atAsOf.expiring.length,
      assets: atAsOf.expiring.map(({ id, warrantyEnd }) => ({ id, warrantyEnd: isoOrNull(warrantyEnd)! })),
    },
    // A copy per result (both periods share `atAsOf`); a literal is cheaper than a spread.
    ages: atAsOf.ages.map(({ id, type, ageMonths }) => ({ id, type, ageMonths })),
  };
}

/** {@link backlogAt} and {@link assetsAt}: the same for every period of a preparation. */
const BACKLOG_AT = indexPart('fleet backlog at asOf', backlogAt);
const ASSETS_AT = indexPart('fleet assets at asOf', (prepared) => assetsAt(prepared, prepared.policy.timezone));

/** Tickets open at asOf (see {@link fleetHealth}): rows and ages in table order, oldest-first order, counts by age. */
function backlogAt(prepared: PreparedReview) {
  const asOf = prepared.asOf;
  const backlogRows: number[] = [];
  const backlogAges: number[] = [];
  for (let row = 0; row < prepared.rows; row++) {
    const opened = prepared.opened[row]!;
    // A ticket closed at an unknown time is never open (DESIGN §3).
    if (Number.isNaN(opened) || prepared.endUnknown[row] === 1) continue;
    if (opened <= asOf && !(prepared.resolution[row]! <= asOf)) {
      backlogRows.push(row);
      backlogAges.push(asOf - opened);
    }
  }
  const order = backlogRows.map((_, i) => i).sort((a, b) => backlogAges[b]! - backlogAges[a]! || backlogRows[a]! - backlogRows[b]!);
  const byAge: Record<string, number> = Object.fromEntries(BACKLOG_AGE_BUCKETS.map(({ key }) => [key, 0]));
  for (const age of backlogAges) {
    const bucket = BACKLOG_AGE_BUCKETS.find(({ below }) => age < below * DAY_MS)!;
    byAge[bucket.key]!++;
  }
  return { backlogRows, backlogAges, order, byAge };
}

/** The asset side of {@link fleetHealth} at asOf: warranty, useful life, ages, expiring warranties. */
function assetsAt(prepared: PreparedReview, timezone: string) {
  const asOf = prepared.asOf;
  const index = prepared.assetIndex('none');
  const columns = index.columns;
  const lifeEnds = prepared.lifeEnds();
  const lifeDefaulted = prepared.lifeDefaulted();
  // The clients of the assets whose useful-life check used the policy's default life.
  const defaultLifeClients = new Set<string | null>();
  const outOfWarranty: string[] = [];
  const pastUsefulLife: string[] = [];
  const expiring: Array<{ id: string; warrantyEnd: number }> = [];
  const ages: FleetResult['ages'] = [];
  const noticeEnd = addDays(new TZDate(asOf, timezone), WARRANTY_NOTICE_DAYS).getTime();
  const monthsSince = new Map<number, number>(); // many assets share an in-service date
  const ageInMonths = (inService: number): number => {
    let months = monthsSince.get(inService);
    if (months === undefined) {
      months = monthsBetweenInZone(asOf, inService, timezone); // date-fns differenceInMonths on TZDate
      monthsSince.set(inService, months);
    }
    return months;
  };
  for (let row = 0; row < index.count; row++) {
    if (index.primary[row] !== 1) continue; // empty or repeated id
    const id = index.ids[row]!;
    const warrantyEnd = assetDate(index, columns.warrantyEnd, row);
    const inService = inServiceOf(index, row);
    const retired = assetDate(index, columns.retiredDate, row);
    if (inService > asOf || retired <= asOf) continue; // not in service at asOf (NaN passes)
    // A retired asset's warranty ending tells nothing about the fleet: only those in service.
    if (warrantyEnd >= asOf && warrantyEnd < noticeEnd) expiring.push({ id, warrantyEnd });
    if (warrantyEnd < asOf) outOfWarranty.push(id);
    // lifeEnds: addLocalMonths(inService, usefulLifeOf(index, row, policyFor(data.policy, client)), timezone)
    if (Number.isFinite(inService) && lifeEnds[row]! < asOf) pastUsefulLife.push(id);
    if (Number.isFinite(inService) && row < index.fileRows && lifeDefaulted[row] === 1) defaultLifeClients.add(index.clients[row] ?? null);
    ages.push({
      id,
      type: index.types[row] ?? null,
      ageMonths: Number.isFinite(inService) ? ageInMonths(inService) : null,
    });
  }
  expiring.sort((a, b) => a.warrantyEnd - b.warrantyEnd);
  return { outOfWarranty, pastUsefulLife, expiring, ages, defaultLifeClients };
}
