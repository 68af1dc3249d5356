/**
 * Tickets and an asset file that do not name the same assets (a ticket export paired with
 * another site's inventory): the fleet's MTBF, MTTR and availability are not measured
 * (`assets-not-in-file`), and the data quality says how many ticket asset ids the file holds.
 * Hand-built canonical CSVs; every expected value is computed by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { readAssets, readTickets } from '../ingest/read.js';
import { fleetUnmeasured } from '../kpi/reliability/reliability.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';
import { reportToMarkdown } from './markdown.js';

const policy = parsePolicy({ timezone: 'UTC' });
// Four PCs in service since 2024 (PC-1 since 2022: past its default 48-month life on 1 Jan 2026,
// so in the replacement plan), never retired.
const ASSETS = `id,type,inServiceDate
PC-1,desktop,2022-01-01
PC-2,desktop,2024-01-01
PC-3,desktop,2024-01-01
PC-4,desktop,2024-01-01
`;
// R0, a request at 1 Mar 00:00, starts the data: March is observed whole, 31 days = 744 h per asset.
// Four incidents of 2, 4, 1 and 3 hours; `{a}`…`{d}` are the assets they name. T1 cost 50 € of parts.
const tickets = (a: string, b: string, c: string, d: string) => `id,openedAt,type,assetId,resolvedAt,cost
R0,2026-03-01T00:00Z,request,,2026-03-01T01:00Z,
T1,2026-03-02T10:00Z,incident,${a},2026-03-02T12:00Z,50
T2,2026-03-10T08:00Z,incident,${b},2026-03-10T12:00Z,
T3,2026-03-20T09:00Z,incident,${c},2026-03-20T10:00Z,
T4,2026-03-25T10:00Z,incident,${d},2026-03-25T13:00Z,
`;

function review(ticketsCsv: string, language: 'en' | 'fr' = 'en') {
  const read = readTickets(ticketsCsv, { timezone: 'UTC', fileName: 't.csv' });
  const assets = readAssets(ASSETS, { timezone: 'UTC', fileName: 'a.csv' });
  return buildReport(
    { tickets: read.table, assets: assets.table, policy, quality: { tickets: read.quality, assets: assets.quality } },
    { period: '2026-03', asOf: '2026-04-01T00:00Z', language },
  );
}

describe('tickets whose assets are in the asset file', () => {
  const report = review(tickets('PC-1', 'PC-2', 'PC-1', 'PC-3'));

  it('measures the fleet as before', () => {
    // 4 assets × 744 h = 2976 h, less 2 + 4 + 1 + 3 = 10 h down: 2966 h up over 4 failures.
    expect(report.reliability.fleet.uptimeHours).toBeCloseTo(2966, 9);
    expect(report.reliability.fleet.mtbfHours).toBeCloseTo(2966 / 4, 9); // 741.5 h
    expect(report.reliability.fleet.availability).toBeCloseTo(2966 / 2976, 12);
    expect(report.reliability.fleet.mttrHours).toBeCloseTo(10 / 4, 12);
    expect(report.reliability).toMatchObject({ incidents: 4, withAsset: 4, withFileAsset: 4, assetsNamed: 3, assetsNamedInFile: 3 });
    expect(report.notMeasured.filter((entry) => entry.figure.startsWith('reliability'))).toEqual([]);
  });

  it('gives the corrective cost of an asset to replace', () => {
    // PC-1: T1 (50 €) and T3 (no cost), both corrective incidents of March.
    expect(report.replacement.assets.find((asset) => asset.id === 'PC-1')).toMatchObject({ correctiveCost: 50, correctiveCostReason: null });
  });

  it('says every ticket asset id is in the file, and the review adds no line for it', () => {
    expect(report.dataQuality.assetIds).toEqual({ named: 3, inFile: 3, missing: [] });
    expect(reportToMarkdown(report)).not.toContain('Asset ids on the tickets');
  });
});

describe('tickets whose assets are not in the asset file', () => {
  const report = review(tickets('X-1', 'X-2', 'X-1', 'X-3'));

  it('does not measure the fleet’s MTBF, MTTR and availability, with the reason', () => {
    // Before: the 4 file PCs (744 h each, no failure) and counted in service all
    // March (744 h each): 7 × 744 − 10 = 5198 h over 4 failures read as a fleet MTBF of 1299.5 h.
    expect(report.reliability.fleet.uptimeHours).toBeCloseTo(7 * 744 - 10, 9);
    expect(report.reliability.fleet).toMatchObject({ failures: 4, mtbfHours: null, mtbfLowerHours: null, mttrHours: null, availability: null });
    expect(report.reliability.byType['desktop']!.mtbfHours).toBeNull();
    // 4 incidents, all name an asset, none of the file: 0 < 0.5 × 4.
    expect(report.reliability).toMatchObject({ incidents: 4, withAsset: 4, withFileAsset: 0, assetsNamed: 3, assetsNamedInFile: 0 });
    const reasons = report.notMeasured.filter((entry) => entry.figure.startsWith('reliability.fleet'));
    expect(reasons).toEqual([
      { figure: 'reliability.fleet.availability', reason: 'assets-not-in-file' },
      { figure: 'reliability.fleet.mtbfHours', reason: 'assets-not-in-file' },
      { figure: 'reliability.fleet.mttrHours', reason: 'assets-not-in-file' },
    ]);
  });

  it('keeps the trend’s March MTBF and availability out, for the same reason', () => {
    const march = report.trend.months.indexOf('2026-03');
    expect(report.trend.series.mtbfHours[march]).toBeNull();
    expect(report.trend.series.availability[march]).toBeNull();
    expect(report.trend.notMeasured).toContainEqual({ figure: 'mtbfHours', reason: 'assets-not-in-file' });
  });

  it('does not give the corrective cost of an asset to replace: no ticket could name it', () => {
    // Before: 0 €, read as "cost nothing to repair".
    expect(report.replacement.assets.find((asset) => asset.id === 'PC-1')).toMatchObject({ correctiveCost: null, correctiveCostReason: 'assets-not-in-file' });
  });

  it('counts the ticket asset ids the file holds in the data quality', () => {
    expect(report.dataQuality.assetIds).toEqual({ named: 3, inFile: 0, missing: ['X-1', 'X-2', 'X-3'] });
  });

  it('says so in plain words, in English and in French', () => {
    const english = reportToMarkdown(report);
    expect(english).toContain(
      '| Fleet MTBF | not measured (none of the 3 assets named on incidents is in the asset file: check that both files come from the same tool and client) |',
    );
    expect(english).toContain('Asset ids on the tickets: 0 of 3 in the asset file (missing: X-1, X-2, X-3)');
    const french = reportToMarkdown(review(tickets('X-1', 'X-2', 'X-1', 'X-3'), 'fr'));
    expect(french).toContain(
      '| MTBF du parc | non mesuré (aucun des 3 équipements nommés sur les incidents n’est dans le fichier d’équipements\u202f: vérifiez que les deux fichiers viennent du même outil et du même client) |',
    );
    expect(french).toContain('Identifiants d’équipement cités sur les tickets\u202f: 0 sur 3 dans le fichier d’équipements (absents\u202f: X-1, X-2, X-3)');
  });
});

describe('tickets of which some assets are in the file', () => {
  it('measures the fleet when half the incidents name an asset of the file (minAssetShare 0.5)', () => {
    const report = review(tickets('PC-1', 'X-2', 'PC-1', 'X-9'));
    // 2 of 4 incidents name PC-1: 2 ≥ 0.5 × 4. Fleet: 4 PCs + X-2, X-9 all March = 6 × 744 = 4464 h, less 10 h.
    expect(report.reliability.withFileAsset).toBe(2);
    expect(report.reliability.fleet.mtbfHours).toBeCloseTo((6 * 744 - 10) / 4, 9); // 1113.5 h
    expect(report.dataQuality.assetIds).toEqual({ named: 3, inFile: 1, missing: ['X-2', 'X-9'] });
  });

  it('does not when fewer do, and says how many match', () => {
    const report = review(tickets('PC-1', 'X-2', 'X-3', 'X-9'));
    // 1 of 4 incidents names an asset of the file: 1 < 0.5 × 4.
    expect(report.reliability.fleet.mtbfHours).toBeNull();
    expect(report.reliability).toMatchObject({ withFileAsset: 1, assetsNamed: 4, assetsNamedInFile: 1 });
    expect(reportToMarkdown(report)).toContain(
      'not measured (only 1 of the 4 assets named on incidents is in the asset file, named by 1 of 4 incidents (at least 50% needed): check that both files come from the same tool and client)',
    );
    // French: the count after the noun, no agreement to get wrong ("nommés par 1 incidents" was seen).
    expect(reportToMarkdown(review(tickets('PC-1', 'X-2', 'X-3', 'X-9'), 'fr'))).toContain(
      'seul 1 des 4 équipements nommés sur les incidents est dans le fichier d’équipements (incidents qui les nomment\u202f: 1 sur 4\u202f; 50\u202f% au moins requis)',
    );
  });

  it('says too few name an asset first, when that is the case', () => {
    // 1 of 4 incidents names an asset at all: the older reason holds.
    const report = review(tickets('X-1', '', '', ''));
    expect(report.notMeasured).toContainEqual({ figure: 'reliability.fleet.mtbfHours', reason: 'too-few-with-asset' });
  });
});

describe('fleetUnmeasured', () => {
  it('applies minAssetShare to the incidents naming any asset, then to those naming one of the file', () => {
    const base = { incidents: 10, minAssetShare: 0.5, assetFile: true };
    expect(fleetUnmeasured({ ...base, withAsset: 4, withFileAsset: 4 })).toBe('too-few-with-asset');
    expect(fleetUnmeasured({ ...base, withAsset: 10, withFileAsset: 4 })).toBe('assets-not-in-file');
    expect(fleetUnmeasured({ ...base, withAsset: 10, withFileAsset: 5 })).toBeNull();
    // Without an asset file every name is "in the file" (the assets are the tickets' ids).
    expect(fleetUnmeasured({ ...base, assetFile: false, withAsset: 10, withFileAsset: 0 })).toBeNull();
    // A report written before withFileAsset existed: the first rule alone.
    expect(fleetUnmeasured({ ...base, withAsset: 10 })).toBeNull();
    // No incident: nothing left unnamed.
    expect(fleetUnmeasured({ ...base, incidents: 0, withAsset: 0, withFileAsset: 0 })).toBeNull();
  });
});
