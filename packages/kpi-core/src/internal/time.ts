export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Timestamps are taken at the minute (DESIGN §5): drop seconds and milliseconds. */
export function floorToMinute(ms: number): number {
  return Math.floor(ms / MINUTE_MS) * MINUTE_MS;
}

/** A number for the report: NaN and ±Infinity become null, never a silent wrong figure. */
export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/**
 * Epoch ms → ISO 8601 (UTC), or null for a missing or open-ended instant (NaN, ±Infinity): the
 * one writer of instants as text, for the KPIs' figures and for a ticket's `pauses` alike.
 *
 * @example
 * isoOrNull(Date.UTC(2026, 2, 6, 15)); // '2026-03-06T15:00:00.000Z'
 * isoOrNull(Infinity);                 // null
 */
export function isoOrNull(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
