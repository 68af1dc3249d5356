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
