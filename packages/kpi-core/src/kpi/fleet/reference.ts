/**
 * Fleet health, plainly (DESIGN §5 "Fleet health"): ticket by ticket for the maintenance mix and
 * the backlog at asOf, asset by asset for warranty, useful life and age, with date-fns on a
 * `TZDate` for months and days. Tests check that `fleetHealth` gives the same result.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, differenceInMonths } from '../../internal/date-fns.js';
import { isMaintenanceType, type AssetRow } from '../../model/fields.js';
import { assetRows } from '../../model/tables.js';
import { policyFor } from '../../policy/parse.js';
import { BACKLOG_AGE_BUCKETS, fleetHealth, MAINTENANCE_MIX_KEYS, WARRANTY_NOTICE_DAYS } from './fleet.js';
import { atMinute, plainTickets, type PlainTicket } from '../reference.js';
import type { KpiOptions, ReviewData } from '../types.js';

type FleetResult = ReturnType<typeof fleetHealth>;

/** The most frequent non-empty client of the tickets of an asset id (ties: alphabetically first), or null. */
function mostFrequentClient(tickets: PlainTicket[], assetId: string): string | null {
  const counts = new Map<string, number>();
  for (const t of tickets) if (t.assetId === assetId && t.client !== null && t.client !== '') counts.set(t.client, (counts.get(t.client) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** {@link fleetHealth}, row by row: the same result object. */
export function referenceFleetHealth(data: ReviewData, options: KpiOptions): FleetResult {
  const { period } = options;
  const asOf = atMinute(options.asOf)!;
  const timezone = data.policy.timezone;
  const tickets = plainTickets(data);

  // Labour hours by category over the tickets opened in the period.
  const hours: Record<string, number> = Object.fromEntries(MAINTENANCE_MIX_KEYS.map((key) => [key, 0]));
  for (const t of tickets) {
    if (t.opened === null || t.opened < period.start || t.opened >= period.end || !(t.effortMinutes! > 0)) continue;
    hours[isMaintenanceType(t.maintenanceType) ? t.maintenanceType : t.incident ? 'corrective' : 'unclassified']! += t.effortMinutes! / 60;
  }
  const totalHours = MAINTENANCE_MIX_KEYS.reduce((sum, key) => sum + hours[key]!, 0);
  const effortRecorded = options.recorded?.effortMinutes ?? tickets.some((t) => t.effortMinutes !== null);

  // The backlog at asOf: opened by then, not resolved by then, not closed at an unknown time.
  const open = tickets
    .map((ticket, row) => ({ ticket, row, age: asOf - ticket.opened! }))
    .filter(({ ticket }) => ticket.opened !== null && !ticket.endUnknown && ticket.opened <= asOf && !(ticket.resolution !== null && ticket.resolution <= asOf))
    .sort((a, b) => b.age - a.age || a.row - b.row);
  const byAge = Object.fromEntries(BACKLOG_AGE_BUCKETS.map(({ key, below }, k) => {
    const above = k === 0 ? 0 : BACKLOG_AGE_BUCKETS[k - 1]!.below;
    return [key, open.filter(({ age }) => age >= above * 86_400_000 && age < below * 86_400_000).length];
  }));

  // The assets: the file's rows (first of each id), or the tickets' asset ids without a file.
  const assets: Array<Partial<AssetRow> & { id: string }> = [];
  if (data.assets !== null && data.assets !== undefined) {
    for (const row of assetRows(data.assets)) if (row.id !== null && row.id !== '' && !assets.some((a) => a.id === row.id)) assets.push({ ...row, id: row.id });
  } else {
    for (const t of tickets) if (t.assetId !== null && t.assetId !== '' && !assets.some((a) => a.id === t.assetId)) assets.push({ id: t.assetId, client: mostFrequentClient(tickets, t.assetId) });
  }
  const noticeEnd = addDays(new TZDate(asOf, timezone), WARRANTY_NOTICE_DAYS).getTime();

  const inService = (a: Partial<AssetRow>) => a.inServiceDate ?? a.purchaseDate ?? null;
  const serving = assets.filter((a) => (inService(a) === null || inService(a)! <= asOf) && (a.retiredDate == null || a.retiredDate > asOf));
  // Warranty expiries of the assets in service at asOf only.
  const expiring = serving.filter((a) => a.warrantyEnd != null && a.warrantyEnd >= asOf && a.warrantyEnd < noticeEnd).sort((a, b) => a.warrantyEnd! - b.warrantyEnd!);
  const lifeEnd = (a: Partial<AssetRow>) => {
    const lives = policyFor(data.policy, a.client ?? null).usefulLifeMonths;
    const type = a.type ?? null;
    const life = a.usefulLifeMonths! > 0 ? a.usefulLifeMonths! : type !== null && Object.hasOwn(lives, type) && lives[type]! > 0 ? lives[type]! : lives.default;
    return addMonths(new TZDate(inService(a)!, timezone), Math.round(life)).getTime();
  };
  const outOfWarranty = serving.filter((a) => a.warrantyEnd != null && a.warrantyEnd < asOf).map((a) => a.id);
  const pastUsefulLife = serving.filter((a) => inService(a) !== null && lifeEnd(a) < asOf).map((a) => a.id);

  return {
    maintenanceMix: totalHours > 0 ? Object.fromEntries(MAINTENANCE_MIX_KEYS.map((key) => [key, hours[key]! / totalHours])) : null,
    maintenanceHours: effortRecorded ? hours : null,
    backlog: {
      open: open.length,
      byAge,
      oldestHours: open.length > 0 ? open[0]!.age / 3_600_000 : null,
      ticketIds: open.map(({ ticket }) => ticket.id ?? ''),
    },
    outOfWarranty: { count: outOfWarranty.length, assetIds: outOfWarranty },
    pastUsefulLife: { count: pastUsefulLife.length, assetIds: pastUsefulLife },
    warrantyExpiringSoon: { count: expiring.length, assets: expiring.map((a) => ({ id: a.id, warrantyEnd: new Date(a.warrantyEnd!).toISOString() })) },
    ages: serving.map((a) => ({
      id: a.id,
      type: a.type ?? null,
      ageMonths: inService(a) === null ? null : differenceInMonths(new TZDate(asOf, timezone), new TZDate(inService(a)!, timezone)),
    })),
  };
}
