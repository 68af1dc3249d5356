/**
 * Small helpers every KPI shares, so that each definition of DESIGN §5 ("resolution instant",
 * "incident", "impact factor") is written once.
 */
import type { Impact, Priority, TicketColumns } from '../model/fields.js';
import type { Policy } from '../policy/types.js';
import { RevueError } from '../internal/errors.js';
import { HOUR_MS, MINUTE_MS } from '../internal/time.js';
import type { KpiOptions } from './types.js';

/**
 * A ticket's resolution instant: `resolvedAt`, or `closedAt` when it was closed without a
 * resolution time (ingestion flags those). NaN while the ticket is open.
 */
export function resolutionAt(columns: TicketColumns, row: number): number {
  const resolved = columns.resolvedAt[row]!;
  return Number.isNaN(resolved) ? columns.closedAt[row]! : resolved;
}

/** `type` defaults to `incident` when the export has none (DESIGN §2). */
export function isIncident(columns: TicketColumns, row: number): boolean {
  const type = columns.type[row];
  return type === null || type === undefined || type === 'incident';
}

/**
 * The impact factor of a ticket for lost hours: `impactFactors[impact]` when `impact` is set,
 * else `priorityImpact[priority]`, else 1 (nothing says the loss was partial; documented in the
 * kpi-core README).
 */
export function impactFactor(policy: Policy, impact: string | null, priority: string | null): number {
  if (impact !== null) {
    const factor = policy.impactFactors[impact as Impact];
    if (factor !== undefined) return factor;
  }
  if (priority !== null) {
    const factor = policy.priorityImpact[priority as Priority];
    if (factor !== undefined) return factor;
  }
  return 1;
}

/** Epoch ms → ISO 8601 (UTC), or null for a missing instant. */
export function isoOrNull(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

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
 * Whether a ticket is closed at an unknown time (DESIGN §3): its `statusClass` is resolved,
 * closed or cancelled but it has no resolution instant. Such a ticket is never open (not in a
 * backlog) and its durations are unknown, never guessed.
 *
 * @example
 * closedAtUnknownTime(columns, row); // => true for status "Clos" with neither resolvedAt nor closedAt
 */
export function closedAtUnknownTime(columns: TicketColumns, row: number): boolean {
  if (!Number.isNaN(resolutionAt(columns, row))) return false;
  const statusClass = columns.statusClass[row];
  return statusClass === 'resolved' || statusClass === 'closed' || statusClass === 'cancelled';
}
