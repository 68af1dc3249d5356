/**
 * The KPIs that can leave their per-asset map out (`ByAssetDetail`): with `'count'`, the same
 * result with `byAsset` empty, and `byAssetEntries` the size of the map `'keep'` lists. The second
 * implementation is the KPI itself with the map listed.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { propertyRuns, reviewIn, TIME_ZONES } from '../../test/review-arbitrary.js';
import { lostHoursRun } from './lost-hours/lost-hours.js';
import { prepareReview } from './prepared.js';
import { reliability, reliabilityRun } from './reliability/reliability.js';
import { tco, tcoRun } from './tco/tco.js';
import type { KpiRun } from './types.js';

/** The run's result is `full` without its map, and the run counts the map's entries. */
function expectCounted<R extends { byAsset: object }>(counted: KpiRun<R>, full: R): void {
  expect(counted.byAssetEntries).toBe(Object.keys(full.byAsset).length);
  // Lost hours' counts per asset of the rows with unknown lengths (`unknownRows.byAsset`) go with the map.
  const rows = (full as { unknownRows?: { byAsset: object } }).unknownRows;
  expect(counted.result).toEqual({ ...full, byAsset: {}, ...(rows === undefined ? {} : { unknownRows: { ...rows, byAsset: {} } }) });
}

describe("per-asset maps only counted ('count')", () => {
  for (const timezone of TIME_ZONES) {
    test(`leave every other figure as 'keep' does, in ${timezone}`, () => {
      let listed = 0;
      fc.assert(
        fc.property(reviewIn(timezone), ({ data, period, asOf }) => {
          const options = { period, asOf, prepared: prepareReview(data, asOf) };
          const kept = { reliability: reliabilityRun(data, options, 'keep'), lost: lostHoursRun(data, options, 'keep') };
          expect(kept.reliability.result).toEqual(reliability(data, options));
          expect(kept.reliability.byAssetEntries).toBe(Object.keys(kept.reliability.result.byAsset).length);
          expect(kept.lost.byAssetEntries).toBe(Object.keys(kept.lost.result.byAsset).length);
          expectCounted(reliabilityRun(data, options, 'count'), kept.reliability.result);
          const countedLost = lostHoursRun(data, options, 'count');
          expectCounted(countedLost, kept.lost.result);
          const fullTco = tco(data, options);
          expectCounted(tcoRun(data, options, kept.lost, 'count'), fullTco);
          // The lost hours' run with its map left out still gives TCO its downtime per asset.
          expectCounted(tcoRun(data, options, countedLost, 'count'), fullTco);
          expect(tcoRun(data, options, countedLost, 'keep').result).toEqual(fullTco);
          if (kept.reliability.byAssetEntries > 0 && Object.keys(fullTco.byAsset).length > 0) listed++;
        }),
        { numRuns: propertyRuns(25) },
      );
      // Not vacuous: some reviews list assets.
      expect(listed).toBeGreaterThan(0);
    });
  }
});
