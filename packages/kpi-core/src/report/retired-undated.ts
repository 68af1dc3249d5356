/**
 * Assets retired at an unknown date: the inventory's status says the asset left the fleet
 * (`Retired`, `Au rebut`, `Sold`…) but its row gives no `retiredDate` (flagged
 * `retired-without-date` when read). Counting it in service at the data date would be a figure
 * without evidence (an asset sold last year still "past its useful life", still depreciating,
 * still adding failure-free uptime to the fleet's MTBF); guessing a date would be one too. So a
 * review counts it in service as far as the tickets show and no further, as DESIGN §3 treats a
 * ticket closed at an unknown time: it is retired at the last instant a ticket names it (opened,
 * resolved or closed by asOf; asOf for a ticket still open), and, named by no ticket, from
 * `observedFrom`, where the review's windows start (the data's first day in an export dense
 * enough to show it, else the earliest start of its periods and months; or its in-service date,
 * if earlier) — never in service in a period the data cover. Every KPI then reads that date as the asset's `retiredDate`.
 *
 * An asset whose status says it is not in service (in stock, spare, `Inactif`, on order, broken:
 * flagged `not-in-service-without-date`) is read the same way. The status is the state at the
 * export date and no date says since when; counting a spare's failure-free days as uptime would
 * raise the fleet's MTBF and availability, and counting it in the fleet at asOf would overstate
 * the fleet in service, on no evidence of use. Its costs do not stop there: in stock, it is still
 * owned, and DESIGN §5 depreciates an asset over its useful life and counts its contracts up to its
 * retirement, which the row does not give (`PrepareOptions.storedAssets`: the TCO and the monthly
 * cost ignore the date set here for such an asset). Adding a retirement date to the row uses it instead.
 */
import { assetLifecycle, availableStatus } from '../ingest/presets/preset.js';
import { floorToMinute } from '../internal/time.js';
import { assetColumns, assetTable, ticketColumns, type AssetTable, type TicketTable } from '../model/tables.js';

/** An asset retired at an unknown date, and up to when the review counts it in service. */
export interface RetiredWithoutDate {
  assetId: string;
  /** The last instant a ticket names it (ISO), its retirement for the figures; null: no ticket names it, never counted in service. */
  countedUntil: string | null;
  /** Present when its status says it is not in service (in stock, spare, inactive…) rather than retired. */
  notInService?: true;
  /**
   * The status as written when it is a word for "available" (`Available`, `Disponible`,
   * `Verfügbar`…), read as in stock: so it is in Snipe-IT and ServiceNow, but a site's own status
   * in GLPI may mean "working", and the reading takes the asset out of the fleet's figures after
   * its last ticket, so the review says it.
   */
  availableStatus?: string;
}

/**
 * The asset table with a retirement instant for each asset retired at an unknown date (see the
 * module comment), and the list of them in file order. The same table when there is none.
 *
 * @example
 * // PC-7, status "Retired", no retiredDate, last ticket resolved 12 March 2026 10:00 (UTC):
 * withEvidencedRetirement(assets, tickets, asOf, observedFrom).retired;
 * // => [{ assetId: 'PC-7', countedUntil: '2026-03-12T10:00:00.000Z' }]
 */
export function withEvidencedRetirement(
  assets: AssetTable | null,
  tickets: TicketTable,
  asOf: number,
  observedFrom: number | undefined,
): { assets: AssetTable | null; retired: RetiredWithoutDate[] } {
  if (assets === null) return { assets, retired: [] };
  const columns = assetColumns(assets);
  const undated = new Map<string, number>(); // id → first row
  const verdicts = new Map<string, ReturnType<typeof assetLifecycle>>();
  for (let row = 0; row < columns.id.length; row++) {
    const id = columns.id[row];
    const status = columns.status[row];
    if (!id || !status || !Number.isNaN(columns.retiredDate[row]!) || undated.has(id)) continue;
    let lifecycle = verdicts.get(status);
    if (lifecycle === undefined) verdicts.set(status, (lifecycle = assetLifecycle(status)));
    if (lifecycle !== null) undated.set(id, row);
  }
  if (undated.size === 0) return { assets, retired: [] };

  // The last instant each of them is seen in a ticket, at or before asOf.
  const seen = new Map<string, number>();
  const t = ticketColumns(tickets);
  for (let row = 0; row < t.assetId.length; row++) {
    const id = t.assetId[row];
    if (!id || !undated.has(id)) continue;
    const opened = t.openedAt[row]!;
    if (!(opened <= asOf)) continue;
    const resolved = t.resolvedAt[row]!;
    const closed = t.closedAt[row]!;
    const resolvedBy = resolved <= asOf; // false for a missing (NaN) instant
    const closedBy = closed <= asOf;
    let last = opened;
    if (resolvedBy && resolved > last) last = resolved;
    if (closedBy && closed > last) last = closed;
    const statusClass = t.statusClass[row];
    const closedClass = statusClass === 'resolved' || statusClass === 'closed' || statusClass === 'cancelled';
    // Open at asOf (its status says so, or no end by then): the asset is still being worked on.
    const stillOpen = statusClass === 'open' || statusClass === 'pending' || (!closedClass && !resolvedBy && !closedBy);
    if (stillOpen) last = asOf;
    last = floorToMinute(last);
    if (last > (seen.get(id) ?? -Infinity)) seen.set(id, last);
  }

  const untilOf = new Map<string, number>();
  const retired: RetiredWithoutDate[] = [];
  for (const [id, row] of undated) {
    const last = seen.get(id);
    const inService = Number.isNaN(columns.inServiceDate[row]!) ? columns.purchaseDate[row]! : columns.inServiceDate[row]!;
    // Named by no ticket: out of service from where the review's windows start (or before, from its in-service date).
    untilOf.set(id, last ?? Math.min(observedFrom ?? asOf, Number.isFinite(inService) ? inService : Infinity));
    const entry: RetiredWithoutDate = { assetId: id, countedUntil: last === undefined ? null : new Date(last).toISOString() };
    const status = columns.status[row]!;
    if (verdicts.get(status) === 'not-in-service') {
      entry.notInService = true;
      if (availableStatus(status)) entry.availableStatus = status;
    }
    retired.push(entry);
  }
  const retiredDate = Float64Array.from(columns.retiredDate);
  for (let row = 0; row < columns.id.length; row++) {
    const until = untilOf.get(columns.id[row] ?? '');
    if (until !== undefined && Number.isNaN(retiredDate[row]!)) retiredDate[row] = until;
  }
  return { assets: assetTable({ ...columns, retiredDate }, assets.numRows()), retired };
}
