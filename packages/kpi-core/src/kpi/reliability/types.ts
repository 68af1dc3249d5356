/** The result types of reliability (DESIGN §5), beside its code: kpi/ does not import report/, which re-exports them. */
export interface ReliabilityFigures {
  /** Assets observed; null (like every figure here) when the period is not covered by the data. */
  assets: number | null;
  failures: number | null;
  /**
   * Of the failures, those whose outage length is unknown (an incident closed at an unknown time,
   * DESIGN §3): they count as failures, add no downtime and are left out of MTTR.
   */
  unknownDurations: number | null;
  /**
   * Of the failures, those whose outage was resolved by asOf with a known length: MTTR's
   * denominator (open outages run to asOf and count downtime, but no repair time). Optional for
   * reports written before it existed; null when the period is not covered.
   */
  repairs?: number | null;
  uptimeHours: number | null;
  downtimeHours: number | null;
  /** Σ uptime / Σ failures; null when there is no failure (uptime is then a censored bound). */
  mtbfHours: number | null;
  mtbfLowerHours: number | null;
  /** null when failures = 0 (no upper bound). */
  mtbfUpperHours: number | null;
  mttrHours: number | null;
  availability: number | null;
  mtbsiHours: number | null;
}

export interface AssetReliability extends ReliabilityFigures {
  type: string | null;
  client: string | null;
  /** Laplace U and Crow-AMSAA β, for assets with at least 3 failures; else null. */
  laplaceU: number | null;
  crowBeta: number | null;
  /** True when U > 1.645: failures come significantly faster. */
  accelerating: boolean;
  /** Hours between the starts of the last two failures in the window; null with fewer than 2. */
  lastGapHours: number | null;
  /** Ticket ids of the incidents behind the failures. */
  ticketIds: string[];
}

export interface ReliabilityResult {
  fleet: ReliabilityFigures;
  byType: Record<string, ReliabilityFigures>;
  byClient: Record<string, ReliabilityFigures>;
  byAsset: Record<string, AssetReliability>;
  /** Asset ids seen on incidents but missing from the asset file (counted in service all period). */
  unknownAssetIds: string[];
  confidence: number;
  /** Incidents opened in the period, cancelled ones excepted; null when the period is not covered. */
  incidents: number | null;
  /** Of those, the incidents that name an asset. */
  withAsset: number | null;
  /** withAsset ÷ incidents; null without incidents. */
  assetShare: number | null;
  /**
   * Of those, the incidents that name an asset of the asset file (without a file, the same as
   * `withAsset`). With a file, under `minAssetShare` of `incidents` every group's MTBF, MTTR,
   * MTBSI and availability are null (`assets-not-in-file`): the failures counted are not those
   * of the assets whose uptime is summed (see `fleetUnmeasured`). Optional for reports written
   * before it existed; null when the period is not covered.
   */
  withFileAsset?: number | null;
  /** The distinct assets those incidents name; optional and null as `withFileAsset`. */
  assetsNamed?: number | null;
  /** Of `assetsNamed`, those in the asset file (all of them without a file). */
  assetsNamedInFile?: number | null;
  /**
   * The policy's `minAssetShare` (default 0.5): under it (`withAsset`, or with an asset file
   * `withFileAsset`, ÷ `incidents`), every group's MTBF, MTTR, MTBSI and availability are null
   * (`too-few-with-asset`, `assets-not-in-file`); `byAsset` keeps its figures.
   */
  minAssetShare: number;
  /**
   * False without an asset inventory (no asset file, or one with no row): the assets are only
   * those the incidents name — the ones that failed — so every group's uptime, MTBF (and
   * interval), MTBSI and availability are null (`no-assets`); failures, downtime, MTTR and
   * `byAsset` stay.
   */
  assetFile: boolean;
}
