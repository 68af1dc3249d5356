import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Period } from '../../calendar/types.js';
import { RevueError } from '../../internal/errors.js';
import { assetsFromRows, ticketsFromRows } from '../../model/tables.js';
import { parsePolicy } from '../../policy/parse.js';
import { reliability } from './reliability.js';
import type { ReviewData } from '../types.js';

const H = 3_600_000;
const MARCH: Period = {
  label: '2026-03',
  kind: 'month',
  start: Date.parse('2026-03-01T00:00Z'),
  end: Date.parse('2026-04-01T00:00Z'),
};
const AFTER_MARCH = Date.parse('2026-04-02T00:00Z');
const policy = parsePolicy({ timezone: 'UTC' });

function data(tickets: Parameters<typeof ticketsFromRows>[0], assets?: Parameters<typeof assetsFromRows>[0]): ReviewData {
  return { tickets: ticketsFromRows(tickets), assets: assets === undefined ? null : assetsFromRows(assets), policy };
}

describe('reliability, hand-computed', () => {
  it('gives no fleet ratio when fewer than minAssetShare of the incidents name an asset (too-few-with-asset)', () => {
    // March: A fails once, 10:00–12:00 on 2 March (1 of 3 incidents names an asset: 33 % < 50 %).
    // B, in the asset file, never fails. N1, N2 name no asset (may be failures of A, B or others).
    const rows = [
      { id: 'T1', openedAt: '2026-03-02T10:00Z', resolvedAt: '2026-03-02T12:00Z', assetId: 'A' },
      { id: 'N1', openedAt: '2026-03-03T10:00Z', resolvedAt: '2026-03-03T12:00Z' },
      { id: 'N2', openedAt: '2026-03-04T10:00Z', resolvedAt: '2026-03-04T12:00Z', assetId: '' },
      // Cancelled: not an incident of the share.
      { id: 'C1', openedAt: '2026-03-05T10:00Z', statusClass: 'cancelled' as const },
    ];
    const assets = [{ id: 'A', type: 'printer' }, { id: 'B', type: 'printer' }];
    const result = reliability(data(rows, assets), { period: MARCH, asOf: AFTER_MARCH });
    expect(result).toMatchObject({ incidents: 3, withAsset: 1, minAssetShare: 0.5 });
    expect(result.assetShare).toBeCloseTo(1 / 3, 12);
    // The counts and hours stay: 2 assets × 744 h, 2 h down, 1 failure; the ratios go.
    expect(result.fleet).toEqual({
      assets: 2, failures: 1, unknownDurations: 0, repairs: 1, uptimeHours: 1486, downtimeHours: 2,
      mtbfHours: null, mtbfLowerHours: null, mtbfUpperHours: null, mttrHours: null, availability: null, mtbsiHours: null,
    });
    expect(result.byType['printer']!.availability).toBeNull();
    // A's own figures are evidence about A: 742 h up / 1 failure.
    expect(result.byAsset['A']!.mtbfHours).toBe(742);
    // With N1 and N2 naming A too (3 of 3): fleet MTBF = 1486 − 4 h more down = 1482 h / 3 failures = 494 h.
    const named = rows.map((row) => (row.id === 'N1' || row.id === 'N2' ? { ...row, assetId: 'A' } : row));
    const measured = reliability(data(named, assets), { period: MARCH, asOf: AFTER_MARCH });
    expect(measured.fleet.mtbfHours).toBe(494);
    expect(measured.fleet.availability).toBeCloseTo(1482 / 1488, 12);
    // Exactly half (1 of 2, N2 dropped) is enough; a policy asking for less keeps the ratios.
    expect(reliability(data(rows.filter((row) => row.id !== 'N2'), assets), { period: MARCH, asOf: AFTER_MARCH }).fleet.mtbfHours).toBe(1486);
    const lenient = { ...data(rows, assets), policy: parsePolicy({ timezone: 'UTC', minAssetShare: 0.3 }) };
    expect(reliability(lenient, { period: MARCH, asOf: AFTER_MARCH }).fleet.mtbfHours).toBe(1486);
    // A period without incidents: nothing left unnamed, the fleet is measured (no failure).
    const april: Period = { label: '2026-04', kind: 'month', start: Date.parse('2026-04-01T00:00Z'), end: Date.parse('2026-05-01T00:00Z') };
    const quiet = reliability(data(rows, assets), { period: april, asOf: Date.parse('2026-05-02T00:00Z') });
    expect(quiet).toMatchObject({ incidents: 0, withAsset: 0, assetShare: null });
    expect(quiet.fleet.availability).toBe(1);
  });

  it('merges overlapping and touching incidents into one outage', () => {
    const result = reliability(
      data(
        [
          { id: 'T1', openedAt: '2026-03-02T10:00Z', resolvedAt: '2026-03-02T14:00Z', assetId: 'A' },
          { id: 'T2', openedAt: '2026-03-02T12:00Z', resolvedAt: '2026-03-02T16:00Z', assetId: 'A' },
          // touches T2's end: same outage
          { id: 'T3', openedAt: '2026-03-02T16:00Z', closedAt: '2026-03-02T17:00Z', assetId: 'A' },
          { id: 'T4', openedAt: '2026-03-10T08:00Z', resolvedAt: '2026-03-10T09:00Z', assetId: 'A', type: 'incident' },
          // a request is not a failure
          { id: 'R1', openedAt: '2026-03-12T08:00Z', resolvedAt: '2026-03-12T09:00Z', assetId: 'A', type: 'request' },
        ],
        [{ id: 'A', type: 'printer', client: 'Bistro', inServiceDate: '2020-01-01' }],
      ),
      { period: MARCH, asOf: AFTER_MARCH },
    );
    const a = result.byAsset['A']!;
    // outages 10:00–17:00 (7 h) and 08:00–09:00 (1 h); window = 31 days = 744 h
    expect(a.failures).toBe(2);
    expect(a.downtimeHours).toBe(8);
    expect(a.uptimeHours).toBe(736);
    expect(a.mtbfHours).toBe(368); // 736 / 2
    expect(a.mttrHours).toBe(4); // (7 + 1) / 2
    expect(a.mtbsiHours).toBe(372);
    expect(a.availability).toBeCloseTo(736 / 744, 12);
    // 90 %: lower = 2·736 / χ²(0.95; 6), upper = 2·736 / χ²(0.05; 4)
    // χ²(0.95; 6) = 12.591587243743977 and χ²(0.05; 4) = 0.7107230213973239 (SciPy chi2.ppf;
    // 12.592 and 0.711 in the NIST table)
    expect(a.mtbfLowerHours).toBeCloseTo(1472 / 12.591587243743977, 9);
    expect(a.mtbfUpperHours).toBeCloseTo(1472 / 0.7107230213973239, 9);
    expect(a.ticketIds).toEqual(['T1', 'T2', 'T3', 'T4']);
    expect(a.type).toBe('printer');
    expect(a.client).toBe('Bistro');
    expect(a.laplaceU).toBeNull(); // fewer than 3 failures
    expect(result.byType['printer']!.failures).toBe(2);
    expect(result.byClient['Bistro']!.uptimeHours).toBe(736);
    expect(result.unknownAssetIds).toEqual([]);
    expect(result.confidence).toBe(0.9);
  });

  it('clips an outage straddling the window start: downtime counted, failure not', () => {
    const result = reliability(
      data([{ id: 'T1', openedAt: '2026-02-28T20:00Z', resolvedAt: '2026-03-01T04:00Z', assetId: 'B' }], [{ id: 'B' }]),
      { period: MARCH, asOf: AFTER_MARCH },
    );
    const b = result.byAsset['B']!;
    // 00:00–04:00 of 1 March is inside the window: 4 h down, 740 h up, no failure
    expect(b.downtimeHours).toBe(4);
    expect(b.uptimeHours).toBe(740);
    expect(b.failures).toBe(0);
    expect(b.mtbfHours).toBeNull();
    expect(b.mttrHours).toBeNull(); // the outage started before the window
    expect(b.mtbsiHours).toBeNull();
    // n = 0: lower = 2·740 / χ²(0.95; 2) = 1480 / 5.991465; no upper bound
    expect(b.mtbfLowerHours).toBeCloseTo(1480 / 5.991465, 3);
    expect(b.mtbfUpperHours).toBeNull();
    expect(b.ticketIds).toEqual([]);
  });

  it('ends the window at retirement and starts it at the in-service date', () => {
    const result = reliability(
      data(
        [
          { id: 'T1', openedAt: '2026-03-05T10:00Z', resolvedAt: '2026-03-05T12:00Z', assetId: 'C' },
          { id: 'T2', openedAt: '2026-03-20T10:00Z', resolvedAt: '2026-03-20T12:00Z', assetId: 'C' }, // after retirement
          { id: 'T3', openedAt: '2026-03-12T00:00Z', resolvedAt: '2026-03-12T06:00Z', assetId: 'D' },
        ],
        [
          { id: 'C', retiredDate: '2026-03-16T00:00Z' },
          // purchaseDate stands in for a missing inServiceDate
          { id: 'D', purchaseDate: '2026-03-11T00:00Z' },
          // in service after the period: empty window, left out
          { id: 'E', inServiceDate: '2026-04-05T00:00Z' },
        ],
      ),
      { period: MARCH, asOf: AFTER_MARCH },
    );
    // C: window 1–16 March = 15 days = 360 h; one failure of 2 h
    expect(result.byAsset['C']).toMatchObject({ failures: 1, downtimeHours: 2, uptimeHours: 358, mtbfHours: 358 });
    // D: window 11 March–1 April = 21 days = 504 h; one failure of 6 h
    expect(result.byAsset['D']).toMatchObject({ failures: 1, downtimeHours: 6, uptimeHours: 498 });
    expect(result.byAsset['E']).toBeUndefined();
    // fleet: 2 assets, Σ uptime = 856, Σ failures = 2 → 428; MTTR = (2 + 6) / 2 = 4
    expect(result.fleet).toMatchObject({ assets: 2, failures: 2, uptimeHours: 856, downtimeHours: 8, mtbfHours: 428, mttrHours: 4 });
    expect(result.fleet.availability).toBeCloseTo(856 / 864, 12);
  });

  it('leaves unresolved outages out of MTTR and judges them at asOf', () => {
    const asOf = Date.parse('2026-03-31T00:00Z');
    const result = reliability(
      data(
        [
          { id: 'T1', openedAt: '2026-03-20T00:00Z', resolvedAt: '2026-03-20T03:00Z', assetId: 'E' },
          { id: 'T2', openedAt: '2026-03-25T00:00Z', assetId: 'E' },
          // resolved after asOf: still open at asOf
          { id: 'T3', openedAt: '2026-03-30T12:00Z', resolvedAt: '2026-04-01T00:00Z', assetId: 'F' },
          // opened at asOf or later: not considered
          { id: 'T4', openedAt: '2026-03-31T00:00Z', resolvedAt: '2026-03-31T01:00Z', assetId: 'F' },
        ],
        [{ id: 'E' }, { id: 'F' }],
      ),
      { period: MARCH, asOf },
    );
    // windows end at asOf: 30 days = 720 h
    // E: 3 h + (25 March → asOf = 6 days = 144 h) = 147 h down, 573 h up, MTBF 286.5, MTTR 3
    expect(result.byAsset['E']).toMatchObject({ failures: 2, downtimeHours: 147, uptimeHours: 573, mtbfHours: 286.5, mttrHours: 3 });
    // F: 12 h down, open, no MTTR
    expect(result.byAsset['F']).toMatchObject({ failures: 1, downtimeHours: 12, uptimeHours: 708, mttrHours: null });
    expect(result.byAsset['F']!.ticketIds).toEqual(['T3']);
    // fleet MTTR only from T1's outage
    expect(result.fleet.mttrHours).toBe(3);
  });

  it('lets failure-free assets add their uptime to the group MTBF', () => {
    const result = reliability(
      data(
        [{ id: 'T1', openedAt: '2026-03-02T10:00Z', resolvedAt: '2026-03-02T12:00Z', assetId: 'A' }],
        [
          { id: 'A', type: 'laptop' },
          { id: 'B', type: 'laptop' },
          { id: 'C', type: 'laptop' },
        ],
      ),
      { period: MARCH, asOf: AFTER_MARCH },
    );
    // laptops: uptime 742 + 744 + 744 = 2230 h, 1 failure → MTBF 2230 (not A's 742)
    expect(result.byType['laptop']).toMatchObject({ assets: 3, failures: 1, uptimeHours: 2230, mtbfHours: 2230 });
    expect(result.fleet.mtbfHours).toBe(2230);
    expect(result.byAsset['A']!.mtbfHours).toBe(742);
    expect(result.byAsset['B']!.mtbfHours).toBeNull();
  });

  it('counts an id missing from the asset file as in service all period', () => {
    const result = reliability(
      data(
        [
          { id: 'T1', openedAt: '2026-03-02T10:00Z', resolvedAt: '2026-03-02T12:00Z', assetId: 'X', client: 'Bistro' },
          { id: 'T2', openedAt: '2026-03-03T10:00Z', resolvedAt: '2026-03-03T11:00Z', assetId: 'X', client: 'Café' },
          { id: 'T3', openedAt: '2026-03-04T10:00Z', resolvedAt: '2026-03-04T11:00Z', assetId: 'X', client: 'Café' },
        ],
        [{ id: 'A', type: 'laptop' }],
      ),
      { period: MARCH, asOf: AFTER_MARCH },
    );
    expect(result.unknownAssetIds).toEqual(['X']);
    // most frequent client of its tickets: Café (2 of 3); window 744 h, 4 h down
    expect(result.byAsset['X']).toMatchObject({ type: null, client: 'Café', failures: 3, uptimeHours: 740 });
    expect(result.byType['(none)']!.failures).toBe(3);
  });

  it('uses the tickets’ asset ids when there is no asset file', () => {
    const result = reliability(
      data([
        { id: 'T1', openedAt: '2026-03-02T10:00Z', resolvedAt: '2026-03-02T12:00Z', assetId: 'X' },
        { id: 'R1', openedAt: '2026-03-02T10:00Z', assetId: 'Y', type: 'request' },
      ]),
      { period: MARCH, asOf: AFTER_MARCH },
    );
    expect(result.unknownAssetIds).toEqual([]);
    // Y only has a request: in service, failure-free, 744 h up — its own figures stay; the
    // fleet's uptime does not (no inventory: the assets no ticket names are unknown).
    expect(result.byAsset['Y']).toMatchObject({ failures: 0, uptimeHours: 744 });
    expect(result.fleet).toMatchObject({ assets: 2, failures: 1, uptimeHours: null, mtbfHours: null, availability: null });
    expect(result.assetFile).toBe(false);
  });

  it('gives no group MTBF, uptime or availability without an asset inventory (no-assets), and the Σ uptime with one', () => {
    // March 2026 = 744 h. A down 2 Mar 10:00–12:00 (2 h), B down 5 Mar 08:00–14:00 (6 h).
    const rows = [
      { id: 'T1', openedAt: '2026-03-02T10:00Z', resolvedAt: '2026-03-02T12:00Z', assetId: 'A', client: 'Bistro' },
      { id: 'T2', openedAt: '2026-03-05T08:00Z', resolvedAt: '2026-03-05T14:00Z', assetId: 'B', client: 'Bistro' },
    ];
    const bare = reliability(data(rows), { period: MARCH, asOf: AFTER_MARCH });
    // Only A and B, which failed, are known: what is measured stays (2 failures, 8 h down,
    // MTTR = (2 + 6) / 2 = 4 h); what needs the failure-free assets' uptime is null.
    expect(bare.assetFile).toBe(false);
    expect(bare.fleet).toEqual({
      assets: 2, failures: 2, unknownDurations: 0, repairs: 2, uptimeHours: null, downtimeHours: 8,
      mtbfHours: null, mtbfLowerHours: null, mtbfUpperHours: null, mttrHours: 4, availability: null, mtbsiHours: null,
    });
    expect(bare.byType['(none)']).toMatchObject({ failures: 2, mtbfHours: null, availability: null, mttrHours: 4 });
    expect(bare.byClient['Bistro']).toMatchObject({ failures: 2, uptimeHours: null, mtbfHours: null });
    // Each named asset is observed all month (DESIGN §5): A 742 h up / 1 failure, B 738 h.
    expect(bare.byAsset['A']).toMatchObject({ uptimeHours: 742, mtbfHours: 742, availability: 742 / 744 });
    expect(bare.byAsset['B']).toMatchObject({ uptimeHours: 738, mtbfHours: 738 });
    // An asset file with no row is no inventory either.
    expect(reliability(data(rows, []), { period: MARCH, asOf: AFTER_MARCH }).fleet.mtbfHours).toBeNull();

    // The same incidents with an asset file of 4 assets (C and D never fail):
    // Σ uptime = 4 × 744 − 8 = 2968 h; MTBF = 2968 / 2 = 1484 h; availability = 2968 / 2976;
    // MTBSI = 1484 + 4 = 1488 h; 90 % interval: 2T / χ²(0.95; 6) = 5936 / 12.591587 = 471.426 h,
    // 2T / χ²(0.05; 4) = 5936 / 0.710723 = 8352.06 h (χ² quantiles from scipy.stats.chi2.ppf).
    const four = ['A', 'B', 'C', 'D'].map((id) => ({ id, client: 'Bistro' }));
    const inventoried = reliability(data(rows, four), { period: MARCH, asOf: AFTER_MARCH });
    expect(inventoried.assetFile).toBe(true);
    expect(inventoried.fleet).toMatchObject({ assets: 4, failures: 2, uptimeHours: 2968, downtimeHours: 8, mtbfHours: 1484, mttrHours: 4, mtbsiHours: 1488 });
    expect(inventoried.fleet.availability).toBeCloseTo(2968 / 2976, 12);
    expect(inventoried.fleet.mtbfLowerHours).toBeCloseTo(471.426, 2);
    expect(inventoried.fleet.mtbfUpperHours).toBeCloseTo(8352.06, 1);
    // The per-asset figures are the same with or without the file.
    expect(inventoried.byAsset['A']).toMatchObject({ uptimeHours: 742, mtbfHours: 742 });
  });

  it('computes the trend of an asset with 3 failures', () => {
    const start = MARCH.start;
    const at = (hours: number) => new Date(start + hours * H).toISOString();
    const result = reliability(
      data(
        [100, 400, 700].map((h, i) => ({ id: `T${i}`, openedAt: at(h), resolvedAt: at(h + 1), assetId: 'A' })),
        [{ id: 'A' }],
      ),
      { period: MARCH, asOf: AFTER_MARCH },
    );
    const a = result.byAsset['A']!;
    // U = (400 − 372) / (744 · √(1/36)) = 28 / 124
    expect(a.laplaceU).toBeCloseTo(28 / 124, 12);
    // β = 3 / (ln 7.44 + ln 1.86 + ln(744/700))
    expect(a.crowBeta).toBeCloseTo(3 / (Math.log(7.44) + Math.log(1.86) + Math.log(744 / 700)), 12);
    expect(a.accelerating).toBe(false);
  });

  it('flags an asset whose failures come faster', () => {
    const at = (hours: number) => new Date(MARCH.start + hours * H).toISOString();
    const hours = [600, 650, 700, 720, 740];
    const result = reliability(
      data(hours.map((h, i) => ({ id: `T${i}`, openedAt: at(h), resolvedAt: at(h + 1), assetId: 'A' })), [{ id: 'A' }]),
      { period: MARCH, asOf: AFTER_MARCH },
    );
    // U = (682 − 372) / (744 · √(1/60)) = 310 / 96.05 = 3.2275 > 1.645
    expect(result.byAsset['A']!.laplaceU).toBeCloseTo(310 / (744 * Math.sqrt(1 / 60)), 10);
    expect(result.byAsset['A']!.accelerating).toBe(true);
    // The last two failures start at 720 h and 740 h: 20 h apart.
    expect(result.byAsset['A']!.lastGapHours).toBe(20);
  });

  it('counts no cancelled incident as a failure, and a failure closed at an unknown time without a length', () => {
    const result = reliability(
      data(
        [
          // A 2-hour outage: counted.
          { id: 'T1', openedAt: '2026-03-02T10:00Z', resolvedAt: '2026-03-02T12:00Z', assetId: 'A' },
          // Cancelled: no failure, no downtime.
          { id: 'C1', openedAt: '2026-03-05T10:00Z', resolvedAt: '2026-03-05T20:00Z', assetId: 'A', statusClass: 'cancelled' },
          // Closed at an unknown time: a failure on 10 Mar, its length unknown — no downtime, no MTTR.
          { id: 'U1', openedAt: '2026-03-10T10:00Z', assetId: 'A', statusClass: 'closed' },
          // Cancelled on an id the asset file lacks: no failure, and no phantom asset either.
          { id: 'C2', openedAt: '2026-03-06T10:00Z', assetId: 'GHOST', statusClass: 'cancelled' },
        ],
        [{ id: 'A' }],
      ),
      { period: MARCH, asOf: AFTER_MARCH },
    );
    const a = result.byAsset['A']!;
    // Window 744 h; downtime 2 h (T1 only); failures T1 and U1; MTTR over T1 alone = 2 h.
    expect(a).toMatchObject({ failures: 2, unknownDurations: 1, downtimeHours: 2, uptimeHours: 742, mtbfHours: 371, mttrHours: 2 });
    expect(a.ticketIds).toEqual(['T1', 'U1']);
    // The two failures start 8 days apart: 10 Mar 10:00 − 2 Mar 10:00 = 192 h.
    expect(a.lastGapHours).toBe(192);
    expect(result.fleet.unknownDurations).toBe(1);
    expect(result.unknownAssetIds).toEqual([]);
    expect(Object.keys(result.byAsset)).toEqual(['A']);
  });

  it('has no figures without assets, and refuses a bad period', () => {
    const result = reliability(data([]), { period: MARCH, asOf: AFTER_MARCH });
    expect(result.fleet).toEqual({
      assets: 0,
      failures: 0,
      unknownDurations: 0,
      repairs: 0,
      // No asset file: no uptime either (no inventory).
      uptimeHours: null,
      downtimeHours: 0,
      mtbfHours: null,
      mtbfLowerHours: null,
      mtbfUpperHours: null,
      mttrHours: null,
      availability: null,
      mtbsiHours: null,
    });
    expect(() => reliability(data([]), { period: { ...MARCH, end: MARCH.start }, asOf: AFTER_MARCH })).toThrow(RevueError);
  });
});

// ── Property tests against a minute-by-minute brute force ─────────────────────────────────────

const BASE = Date.parse('2026-03-01T00:00Z');
const M = 60_000;

interface GenAsset {
  inService: number | null; // minutes from BASE
  retired: number | null;
  type: string;
}
interface GenTicket {
  asset: number;
  opened: number;
  duration: number;
  open: boolean;
}

const genAsset = fc.record({
  inService: fc.option(fc.integer({ min: -300, max: 900 }), { nil: null }),
  retired: fc.option(fc.integer({ min: 0, max: 1400 }), { nil: null }),
  type: fc.constantFrom('laptop', 'server', 'printer'),
});
const genTicket = fc.record({
  asset: fc.nat(5),
  opened: fc.integer({ min: -200, max: 1300 }),
  duration: fc.integer({ min: 1, max: 240 }),
  open: fc.boolean(),
});

/** Downtime and failures by marking minutes: a second implementation of the definitions. */
function bruteForce(assets: GenAsset[], tickets: GenTicket[], period: [number, number], asOf: number) {
  return assets.map((asset, index) => {
    const start = Math.max(period[0], asset.inService ?? -Infinity);
    const end = Math.min(period[1], asOf, asset.retired ?? Infinity);
    if (!(end > start)) return null;
    const covered = new Set<number>();
    for (const t of tickets) {
      if (t.asset !== index || !(t.opened < Math.min(period[1], asOf))) continue;
      const stop = t.open || t.opened + t.duration > asOf ? asOf : t.opened + t.duration;
      for (let m = t.opened; m < stop; m++) covered.add(m);
    }
    let downtime = 0;
    let failures = 0;
    for (let m = start; m < end; m++) {
      if (covered.has(m)) downtime++;
      if (covered.has(m) && !covered.has(m - 1)) failures++;
    }
    return { window: end - start, downtime, failures };
  });
}

describe('reliability, properties', () => {
  it('matches the brute force; uptime + downtime = Σ windows; availability in [0, 1]; groups pool', () => {
    fc.assert(
      fc.property(
        fc.array(genAsset, { minLength: 1, maxLength: 6 }),
        fc.array(genTicket, { maxLength: 25 }),
        fc.integer({ min: 600, max: 1500 }),
        (assets, generated, asOfMinute) => {
          // every ticket on a listed asset (unknown ids are tested by hand above)
          const tickets = generated.map((t) => ({ ...t, asset: t.asset % assets.length }));
          const period: [number, number] = [0, 1440];
          const at = (minute: number) => BASE + minute * M;
          const rows = tickets.map((t, i) => ({
            id: `T${i}`,
            openedAt: at(t.opened),
            resolvedAt: t.open ? null : at(t.opened + t.duration),
            assetId: `A${t.asset}`,
          }));
          const assetRows = assets.map((a, i) => ({
            id: `A${i}`,
            type: a.type,
            inServiceDate: a.inService === null ? null : at(a.inService),
            retiredDate: a.retired === null ? null : at(a.retired),
          }));
          const result = reliability(
            { tickets: ticketsFromRows(rows), assets: assetsFromRows(assetRows), policy },
            { period: { label: 'x', kind: 'custom', start: at(0), end: at(1440) }, asOf: at(asOfMinute) },
          );
          const expected = bruteForce(assets, tickets, period, asOfMinute);
          let windows = 0;
          let uptime = 0;
          let failures = 0;
          expected.forEach((e, i) => {
            const got = result.byAsset[`A${i}`];
            if (e === null) {
              expect(got).toBeUndefined();
              return;
            }
            expect(got!.downtimeHours! * 60).toBeCloseTo(e.downtime, 6);
            expect(got!.failures).toBe(e.failures);
            expect((got!.uptimeHours! + got!.downtimeHours!) * 60).toBeCloseTo(e.window, 6);
            expect(got!.availability!).toBeGreaterThanOrEqual(0);
            expect(got!.availability!).toBeLessThanOrEqual(1);
            windows += e.window;
            uptime += got!.uptimeHours!;
            failures += got!.failures!;
          });
          const fleet = result.fleet;
          expect((fleet.uptimeHours! + fleet.downtimeHours!) * 60).toBeCloseTo(windows, 6);
          expect(fleet.mtbfHours).toBe(failures > 0 ? fleet.uptimeHours! / failures : null);
          expect(fleet.uptimeHours).toBeCloseTo(uptime, 9);
          if (fleet.availability !== null) {
            expect(fleet.availability).toBeGreaterThanOrEqual(0);
            expect(fleet.availability).toBeLessThanOrEqual(1);
          }
          const typeFailures = Object.values(result.byType).reduce((s, g) => s + g.failures!, 0);
          const typeUptime = Object.values(result.byType).reduce((s, g) => s + g.uptimeHours!, 0);
          expect(typeFailures).toBe(fleet.failures);
          expect(typeUptime).toBeCloseTo(fleet.uptimeHours!, 9);
          for (const group of Object.values(result.byType)) {
            expect(group.mtbfHours).toBe(group.failures! > 0 ? group.uptimeHours! / group.failures! : null);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
