/**
 * How many of the asset ids named on the tickets the asset file holds (DESIGN §3, nothing lost
 * silently; §5 reliability): an id the file lacks is counted in service all period, which suits
 * an inventory a few days stale, but tickets and an inventory from different tools or clients
 * share no id at all, and the fleet's figures would pair the file's uptime with other assets'
 * failures (see `fleetUnmeasured`). Said in the data quality, over the whole ticket export of
 * the review's client, whatever the period.
 */
import type { PreparedReview } from '../kpi/prepared.js';

/** The asset ids that the tickets name and the asset file holds (`dataQuality.assetIds`). */
export interface AssetIdMatch {
  /** Distinct non-empty asset ids on the tickets (every type, cancelled ones included). */
  named: number;
  /** Of those, the ids the asset file holds. */
  inFile: number;
  /** The first ids the file lacks, in order of first appearance on the tickets (at most 10). */
  missing: string[];
}

/** The most ids listed in `AssetIdMatch.missing`: enough to recognise a naming scheme. */
const MISSING_LISTED = 10;

/**
 * The {@link AssetIdMatch} of a review's tickets and asset file; null without an asset file (the
 * assets are then the tickets' ids) or with an empty one.
 *
 * @example
 * // Tickets naming PC-1 (twice), PC-2 and NAS-9; the file lists PC-1 and PC-3:
 * assetIdMatch(prepared); // => { named: 3, inFile: 1, missing: ['PC-2', 'NAS-9'] }
 */
export function assetIdMatch(prepared: PreparedReview): AssetIdMatch | null {
  const index = prepared.assetIndex('all');
  if (index.source !== 'file' || index.fileRows === 0) return null;
  const seen = new Uint8Array(index.count);
  let inFile = 0;
  for (let row = 0; row < prepared.rows; row++) {
    const asset = index.ticketAsset[row]!;
    // Rows from `fileRows` on are the ids the file lacks (see `assetIndex`).
    if (asset < 0 || asset >= index.fileRows || seen[asset] === 1) continue;
    seen[asset] = 1;
    inFile++;
  }
  return { named: inFile + index.unknownIds.length, inFile, missing: index.unknownIds.slice(0, MISSING_LISTED) };
}
