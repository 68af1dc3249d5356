import type { AssetReliability } from '@revue/kpi-core';

/**
 * Assets with at least one failure, shortest MTBF first, at most `limit` (the "shortest MTBF"
 * chart of the Reliability section and its slide).
 *
 * @example
 * failingAssets(report.reliability.byAsset); // → { 'DUR-PRN-03': {…}, … } (15 at most)
 */
export function failingAssets(byAsset: Record<string, AssetReliability>, limit = 15): Record<string, AssetReliability> {
  return Object.fromEntries(
    Object.entries(byAsset)
      .filter(([, a]) => (a.failures ?? 0) > 0 && a.mtbfHours !== null)
      .sort((a, b) => a[1].mtbfHours! - b[1].mtbfHours!)
      .slice(0, limit),
  );
}

/**
 * Assets the report flags as accelerating, strongest trend (Laplace U) first.
 *
 * @example
 * acceleratingAssets(report.reliability.byAsset); // → [['BIS-LAP-02', {…}], …]
 */
export function acceleratingAssets(byAsset: Record<string, AssetReliability>): Array<[string, AssetReliability]> {
  return Object.entries(byAsset)
    .filter(([, a]) => a.accelerating)
    .sort((a, b) => (b[1].laplaceU ?? 0) - (a[1].laplaceU ?? 0));
}

/** Laplace U above this: failures come faster, one-sided test at 5 % (kpi-core's `accelerating`). */
export const LAPLACE_FASTER = 1.645;
/** Laplace U above this: the same test at 1 %, said "clearly" (z₀.₉₉ = 2.326, any normal table). */
export const LAPLACE_CLEARLY = 2.326;

/**
 * The answer to "failures more frequent?" in words, from the Laplace trend statistic U: the
 * dashboard shows the verdict and keeps U in a tooltip and the table's note. `null` when U is
 * unknown (fewer than 3 failures) or shows no rise.
 *
 * @example
 * fasterVerdict(2.5); // → 'clearly'
 * fasterVerdict(1.9); // → 'yes'
 * fasterVerdict(0.4); // → null
 */
export function fasterVerdict(laplaceU: number | null): 'clearly' | 'yes' | null {
  if (laplaceU === null || !(laplaceU > LAPLACE_FASTER)) return null;
  return laplaceU > LAPLACE_CLEARLY ? 'clearly' : 'yes';
}
