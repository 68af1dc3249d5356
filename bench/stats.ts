/** Small helpers for timing figures. */

/**
 * The median of a non-empty list (mean of the two middle values for an even count).
 *
 * @example
 * median([4, 1, 3, 2]); // → 2.5
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new TypeError('median requires at least one value');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Runs the garbage collector (twice, for objects freed by finalisers) when Node was started
 * with --expose-gc; does nothing otherwise.
 *
 * @example
 * collectGarbage(); // before each timed run
 */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

/**
 * Rows per second, short.
 *
 * @example
 * formatRate(1_234_567); // → '1.23 M'
 * formatRate(12_345); // → '12.3 k'
 */
export function formatRate(perSecond: number): string {
  if (!Number.isFinite(perSecond)) return '–';
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)} M`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)} k`;
  return perSecond.toFixed(0);
}

/**
 * Milliseconds, short.
 *
 * @example
 * formatMs(850); // → '850 ms'
 * formatMs(12_345); // → '12.35 s'
 */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '–';
  return ms < 1000 ? `${ms.toFixed(ms < 10 ? 1 : 0)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/**
 * Bytes as MB (10⁶).
 *
 * @example
 * formatMb(1_919_000_000); // → '1919 MB'
 */
export function formatMb(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return '–';
  return `${(bytes / 1e6).toFixed(0)} MB`;
}
