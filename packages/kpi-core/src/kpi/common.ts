/**
 * Small helpers every KPI shares, so that each definition of DESIGN §5 ("resolution instant",
 * "incident", "impact factor") is written once.
 */
import type { TicketColumns } from '../model/fields.js';
import { RevueError } from '../internal/errors.js';
import { foldText } from '../internal/fold.js';
import { HOUR_MS, MINUTE_MS } from '../internal/time.js';
import type { AssetTable, TicketTable } from '../model/tables.js';
import type { KpiOptions, RecordedAssetCosts, RecordedColumns } from './types.js';

/**
 * A ticket's resolution instant: `resolvedAt`, or `closedAt` when it was closed without a
 * resolution time (ingestion flags those). NaN while the ticket is open.
 */
export function resolutionAt(columns: TicketColumns, row: number): number {
  const resolved = columns.resolvedAt[row]!;
  return Number.isNaN(resolved) ? columns.closedAt[row]! : resolved;
}

/**
 * Whether a ticket of this type is an incident: `type` defaults to `incident` when the export has
 * none (DESIGN §2). The one place of that rule.
 *
 * @example isIncidentType(null) // true; isIncidentType('request') // false
 */
export function isIncidentType(type: string | null | undefined): boolean {
  return type === null || type === undefined || type === 'incident';
}

/** Whether a row of the table is an incident ({@link isIncidentType}). */
export function isIncident(columns: TicketColumns, row: number): boolean {
  return isIncidentType(columns.type[row]);
}

/** Epoch ms → ISO 8601 (UTC), or null for a missing instant (moved to internal/time: the readers use it too). */
/**
 * Whether a figure rests on too little evidence beside the tickets closed at an unknown time
 * (DESIGN §3): some are unknown and they are at least as many as those measured (judged for an SLA
 * rate, of known length for hours). The one place of the rule shared by the SLA rates
 * (`ends-unknown`) and the duration figures (`lengths-unknown`), in the period and the trend.
 *
 * @example mostlyUnknown(18, 472) // true; mostlyUnknown(2, 1) // false; mostlyUnknown(0, 0) // false
 */
export function mostlyUnknown(measured: number, unknown: number): boolean {
  return unknown > 0 && unknown >= measured;
}

export { isoOrNull } from '../internal/time.js';

export function msToHours(ms: number): number {
  return ms / HOUR_MS;
}

export function minutesToHours(minutes: number): number {
  return minutes / 60;
}

export function hoursToMs(hours: number): number {
  return hours * HOUR_MS;
}

export function minutesToMs(minutes: number): number {
  return minutes * MINUTE_MS;
}

/** The value used as a group key for a nullable string column. */
export const NONE_KEY = '(none)';

/**
 * The key of `tco.byType` under which the cost of tickets tied to no asset is filed: apart from
 * `(none)`, the assets without a type, so that the two never read as one.
 */
export const UNALLOCATED_KEY = '(unallocated)';
export function groupKey(value: string | null | undefined): string {
  return value === null || value === undefined || value === '' ? NONE_KEY : value;
}

/**
 * Checks the options every KPI takes: a period with finite bounds, start < end, and a finite
 * `asOf`. A broken contract throws; `kpi` names the caller in the message.
 *
 * @throws {RevueError} `invalid-option` when the period or asOf is not usable
 * @example
 * assertKpiOptions({ period, asOf: Number.NaN }, 'lostHours'); // throws "lostHours: asOf is not an instant"
 */
export function assertKpiOptions(options: KpiOptions, kpi: string): void {
  const period = options?.period;
  if (period === undefined || period === null || !Number.isFinite(period.start) || !Number.isFinite(period.end)) {
    throw new RevueError('invalid-option', `${kpi}: period needs finite start and end`);
  }
  if (!(period.start < period.end)) throw new RevueError('invalid-option', `${kpi}: period start must be before its end`);
  if (!Number.isFinite(options.asOf)) throw new RevueError('invalid-option', `${kpi}: asOf is not an instant`);
  if (options.observedFrom !== undefined && !Number.isFinite(options.observedFrom)) {
    throw new RevueError('invalid-option', `${kpi}: observedFrom is not an instant`);
  }
}

/**
 * The start of what a KPI observes of its period: the period's start, or `observedFrom` when the
 * data start later (see `KpiOptions.observedFrom`).
 *
 * @example
 * observedStart({ period: q1of2026, asOf, observedFrom: Date.parse('2026-03-02T00:00Z') }); // => Date.parse('2026-03-02T00:00Z')
 */
export function observedStart(options: KpiOptions): number {
  return options.observedFrom === undefined ? options.period.start : Math.max(options.period.start, options.observedFrom);
}

/**
 * Sets an own, enumerable property even for keys such as `__proto__`: group keys come from the
 * data (a client may be called anything), and a plain assignment would change the object's
 * prototype instead of adding a row.
 */
export function setOwn<V>(record: Record<string, V>, key: string, value: V): void {
  // Only `__proto__` is an accessor on Object.prototype: any other key becomes an own, enumerable,
  // writable, configurable property by plain assignment (much cheaper than defineProperty).
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

/**
 * Which optional columns a ticket table records (see `RecordedColumns`): each is recorded when at
 * least one ticket has a value in it.
 *
 * @example
 * recordedColumns(ticketsFromRows([{ id: 'T1', openedAt: '2026-03-02T09:00Z', effortMinutes: 30 }]));
 * // => { firstResponseAt: false, effortMinutes: true, cost: false, maintenanceType: false }
 */
export function recordedColumns(tickets: TicketTable): RecordedColumns {
  const filled = (name: 'firstResponseAt' | 'effortMinutes' | 'cost'): boolean => {
    const column = tickets.column(name) as unknown as ArrayLike<number> | undefined;
    if (column === undefined) return false;
    for (let row = 0; row < column.length; row++) if (column[row] === column[row]) return true; // not NaN
    return false;
  };
  const types = tickets.column('maintenanceType') as unknown as ArrayLike<string | null | undefined> | undefined;
  let maintenanceType = false;
  if (types !== undefined) {
    for (let row = 0; row < types.length && !maintenanceType; row++) {
      const value = types[row];
      maintenanceType = value !== null && value !== undefined && value !== '';
    }
  }
  return { firstResponseAt: filled('firstResponseAt'), effortMinutes: filled('effortMinutes'), cost: filled('cost'), maintenanceType, categories: categoriesOf(tickets) };
}

/**
 * Which cost columns an asset file fills (see {@link RecordedColumns.assetCosts}); all false
 * without a file.
 *
 * @example
 * recordedAssetCosts(assetsFromRows([{ id: 'PC-1', purchaseCost: 900 }]));
 * // => { purchaseCost: true, contractCostPerYear: false, licenceCostPerYear: false }
 */
export function recordedAssetCosts(assets: AssetTable | null | undefined): RecordedAssetCosts {
  const filled = (name: keyof RecordedAssetCosts): boolean => {
    const column = assets?.column(name) as unknown as ArrayLike<number> | undefined;
    if (column === undefined) return false;
    for (let row = 0; row < column.length; row++) if (column[row] === column[row]) return true; // not NaN
    return false;
  };
  return { purchaseCost: filled('purchaseCost'), contractCostPerYear: filled('contractCostPerYear'), licenceCostPerYear: filled('licenceCostPerYear') };
}

/** The tickets' distinct categories, folded (see {@link RecordedColumns.categories}). */
export function categoriesOf(tickets: TicketTable): Set<string> {
  const column = tickets.column('category') as unknown as ArrayLike<string | null | undefined> | undefined;
  // Distinct raw values first: a million rows hold a few hundred categories, folded once each.
  const raw = new Set<string>();
  if (column !== undefined) {
    for (let row = 0; row < column.length; row++) {
      const value = column[row];
      if (value !== null && value !== undefined && value !== '') raw.add(value);
    }
  }
  return new Set([...raw].map(foldText));
}
