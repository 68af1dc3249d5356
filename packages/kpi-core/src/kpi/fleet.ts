/**
 * Fleet health (DESIGN §5, supporting figures): maintenance mix, backlog and its ageing,
 * warranty and useful-life status of the assets at asOf.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, differenceInMonths } from 'date-fns';
import { DAY_MS, floorToMinute, HOUR_MS } from '../internal/time.js';
import { ticketColumns } from '../model/tables.js';
import { policyFor } from '../policy/parse.js';
import type { FleetResult } from '../report/types.js';
import { addLocalMonths, assetDate, assetIndex, inServiceOf, usefulLifeOf } from './assets.js';
import { assertKpiOptions, isoOrNull, resolutionAt } from './common.js';
import { labourCategory } from './tco.js';
import type { KpiOptions, ReviewData } from './types.js';

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
 * - `warrantyExpiringSoon`: assets whose warrantyEnd is in [asOf, asOf + 90 calendar days),
 *   soonest first.
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
  const timezone = data.policy.timezone;
  const tickets = ticketColumns(data.tickets);

  // Maintenance mix and backlog, one pass over the tickets.
  const hours: Record<string, number> = Object.fromEntries(MAINTENANCE_MIX_KEYS.map((key) => [key, 0]));
  let totalHours = 0;
  const backlogRows: number[] = [];
  const backlogAges: number[] = [];
  for (let row = 0; row < tickets.id.length; row++) {
    const opened = floorToMinute(tickets.openedAt[row]!);
    if (Number.isNaN(opened)) continue;
    const effort = tickets.effortMinutes[row]!;
    if (opened >= periodStart && opened < periodEnd && effort > 0) {
      hours[labourCategory(tickets, row)]! += effort / 60;
      totalHours += effort / 60;
    }
    if (opened <= asOf && !(floorToMinute(resolutionAt(tickets, row)) <= asOf)) {
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

  // Assets at asOf.
  const index = assetIndex(data, () => false);
  const columns = index.columns;
  const outOfWarranty: string[] = [];
  const pastUsefulLife: string[] = [];
  const expiring: Array<{ id: string; warrantyEnd: number }> = [];
  const ages: FleetResult['ages'] = [];
  const noticeEnd = addDays(new TZDate(asOf, timezone), WARRANTY_NOTICE_DAYS).getTime();
  const asOfDate = new TZDate(asOf, timezone);
  const monthsSince = new Map<number, number>(); // many assets share an in-service date
  const ageInMonths = (inService: number): number => {
    let months = monthsSince.get(inService);
    if (months === undefined) {
      months = differenceInMonths(asOfDate, new TZDate(inService, timezone));
      monthsSince.set(inService, months);
    }
    return months;
  };
  for (let row = 0; row < index.count; row++) {
    const id = index.ids[row]!;
    if (index.rowOf.get(id) !== row) continue;
    const warrantyEnd = assetDate(index, columns.warrantyEnd, row);
    if (warrantyEnd >= asOf && warrantyEnd < noticeEnd) expiring.push({ id, warrantyEnd });
    const inService = inServiceOf(index, row);
    const retired = assetDate(index, columns.retiredDate, row);
    if (inService > asOf || retired <= asOf) continue; // not in service at asOf (NaN passes)
    if (warrantyEnd < asOf) outOfWarranty.push(id);
    if (Number.isFinite(inService)) {
      const policy = policyFor(data.policy, index.clients[row] ?? null);
      if (addLocalMonths(inService, usefulLifeOf(index, row, policy), timezone) < asOf) pastUsefulLife.push(id);
    }
    ages.push({
      id,
      type: index.types[row] ?? null,
      ageMonths: Number.isFinite(inService) ? ageInMonths(inService) : null,
    });
  }
  expiring.sort((a, b) => a.warrantyEnd - b.warrantyEnd);

  const maintenanceMix =
    totalHours > 0 ? Object.fromEntries(MAINTENANCE_MIX_KEYS.map((key) => [key, hours[key]! / totalHours])) : null;
  return {
    maintenanceMix,
    maintenanceHours: hours,
    backlog: {
      open: backlogRows.length,
      byAge,
      oldestHours: backlogAges.length > 0 ? backlogAges[order[0]!]! / HOUR_MS : null,
      ticketIds: order.map((i) => tickets.id[backlogRows[i]!] ?? ''),
    },
    outOfWarranty: { count: outOfWarranty.length, assetIds: outOfWarranty },
    pastUsefulLife: { count: pastUsefulLife.length, assetIds: pastUsefulLife },
    warrantyExpiringSoon: {
      count: expiring.length,
      assets: expiring.map(({ id, warrantyEnd }) => ({ id, warrantyEnd: isoOrNull(warrantyEnd)! })),
    },
    ages,
  };
}
