import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ASSET_FIELDS, TICKET_FIELDS } from '../packages/kpi-core/src/model/fields.js';
import { compareFigures } from './comparable.js';
import { comparableFigures, loadCanonical, openDuckdb, type PeerParameters } from './duckdb.js';
import { csvCell } from './generate.js';
import { referenceFigures, type RefAsset, type RefTicket } from './reference.js';
import { isoDate, isoParis, parisMidnight } from './time.js';

const dir = mkdtempSync(join(tmpdir(), 'revue-bench-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const H = 3_600_000;
const D = 86_400_000;
// A one-week period, 2026-03-02 … 2026-03-09 (Paris, UTC+1 then), asOf 2026-03-10 00:00 UTC.
const START = parisMidnight(2026, 3, 2);
const END = parisMidnight(2026, 3, 9);
const PARAMS: PeerParameters = {
  period: { start: START, end: END },
  asOf: Date.UTC(2026, 2, 10),
  resolutionTargetMinutes: { P1: 240, P2: 480, P3: 1440 },
  technicianHourly: 60,
  windowDays: 2,
  minOccurrences: 3,
  timezone: 'Europe/Paris',
};

type TicketInput = Partial<RefTicket> & { id: string; openedAt: number };
interface AssetInput {
  id: string;
  inServiceDay: number | null;
  retiredDay: number | null;
}

function ticket(input: TicketInput): RefTicket {
  return {
    type: null,
    maintenanceType: null,
    priority: null,
    category: null,
    assetId: null,
    resolvedAt: null,
    closedAt: null,
    pausedMinutes: null,
    effortMinutes: null,
    cost: null,
    ...input,
  };
}

let fileCounter = 0;
function writeFiles(tickets: readonly RefTicket[], assets: readonly AssetInput[] | null): [string, string | null] {
  fileCounter++;
  const ticketsPath = join(dir, `t${fileCounter}.csv`);
  const header = Object.keys(TICKET_FIELDS);
  const lines = [header.join(',')];
  for (const t of tickets) {
    const row: Record<string, string | number | null> = {
      ...t,
      openedAt: isoParis(t.openedAt),
      resolvedAt: t.resolvedAt === null ? null : isoParis(t.resolvedAt),
      closedAt: t.closedAt === null ? null : isoParis(t.closedAt),
      title: 'Printer "PRN-1", tray 2\nsecond line',
    };
    lines.push(header.map((name) => csvCell(row[name] ?? null)).join(','));
  }
  writeFileSync(ticketsPath, lines.join('\n') + '\n');
  if (assets === null) return [ticketsPath, null];
  const assetsPath = join(dir, `a${fileCounter}.csv`);
  const assetHeader = Object.keys(ASSET_FIELDS);
  const assetLines = [assetHeader.join(',')];
  for (const a of assets) {
    const row: Record<string, string | null> = {
      id: a.id,
      name: `${a.id}, "spare"`,
      inServiceDate: a.inServiceDay === null ? null : isoDate(a.inServiceDay),
      retiredDate: a.retiredDay === null ? null : isoDate(a.retiredDay),
    };
    assetLines.push(assetHeader.map((name) => csvCell(row[name] ?? null)).join(','));
  }
  writeFileSync(assetsPath, assetLines.join('\n') + '\n');
  return [ticketsPath, assetsPath];
}

function refAssets(assets: readonly AssetInput[]): RefAsset[] {
  const midnight = (day: number | null) => (day === null ? null : parisMidnightOfDay(day));
  return assets.map((a) => ({ id: a.id, inService: midnight(a.inServiceDay), retired: midnight(a.retiredDay) }));
}

function parisMidnightOfDay(day: number): number {
  const [y, m, d] = isoDate(day).split('-').map(Number) as [number, number, number];
  return parisMidnight(y, m, d);
}

async function duckdbFigures(tickets: readonly RefTicket[], assets: readonly AssetInput[] | null) {
  const [ticketsPath, assetsPath] = writeFiles(tickets, assets);
  const { instance, connection } = await openDuckdb();
  try {
    await loadCanonical(connection, ticketsPath, assetsPath);
    return await comparableFigures(connection, PARAMS, assetsPath !== null);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('DuckDB comparable subset, hand-computed', () => {
  // Asset A1 (in service all along): incidents [Mon 10:00, Mon 14:00] and [Mon 12:00, Tue 10:00]
  // overlap → one outage Mon 10:00–Tue 10:00 = 24 h; [Thu 08:00, open] → outage until asOf
  // (Tue 10 March 00:00 UTC) but the window ends at END (Mon 9 March 00:00 Paris = Sun 23:00 UTC).
  const mon = START; // 2026-03-02T00:00+01:00
  const tickets = [
    ticket({ id: 'T1', openedAt: mon + 10 * H, resolvedAt: mon + 14 * H, assetId: 'A1', category: 'Printer', priority: 'P1', effortMinutes: 30 }),
    ticket({ id: 'T2', openedAt: mon + 12 * H, resolvedAt: mon + D + 10 * H, assetId: 'A1', category: 'Printer', priority: 'P1', pausedMinutes: 1300 }),
    ticket({ id: 'T3', openedAt: mon + 3 * D + 8 * H, assetId: 'A1', category: 'Printer', priority: 'P3', cost: 12.5 }),
    ticket({ id: 'T4', openedAt: mon + 9 * H, type: 'request', maintenanceType: null, priority: 'P2', resolvedAt: mon + 18 * H, effortMinutes: 90 }),
    ticket({ id: 'T5', openedAt: mon - 2 * D, assetId: 'A1', category: 'Printer', resolvedAt: mon - 2 * D + H }),
    ticket({ id: 'T6', openedAt: mon + 6 * D + 23 * H, priority: 'P3', maintenanceType: 'preventive', effortMinutes: 60, cost: 1 }),
  ];
  const assets: AssetInput[] = [
    { id: 'A1', inServiceDay: null, retiredDay: null },
    // A2 retired on Wed 4 March (Paris midnight): window Mon 00:00 → Wed 00:00 = 48 h, no failure.
    { id: 'A2', inServiceDay: null, retiredDay: Math.floor((mon + 2 * D + 12 * H) / D) },
  ];

  it('matches the figures worked out by hand', async () => {
    const figures = await duckdbFigures(tickets, assets);
    // SLA (targets P1 4 h, P2 8 h, P3 24 h):
    //  T1 P1 elapsed 4 h → met; T2 P1 elapsed 22 h − 1300 min = 1320 − 1300 = 20 min → met;
    //  T3 P3 open, asOf − opened = 10 Mar 00:00 UTC − 5 Mar 07:00 UTC = 4 d 17 h > 24 h → breached;
    //  T4 P2 elapsed 9 h > 8 h → breached; T6 P3 open, asOf − 8 Mar 22:00 UTC = 26 h > 24 h → breached.
    expect(figures.sla.P1).toEqual({ met: 2, breached: 0, pending: 0, adherence: 1 });
    expect(figures.sla.P2).toEqual({ met: 0, breached: 1, pending: 0, adherence: 0 });
    expect(figures.sla.P3).toEqual({ met: 0, breached: 2, pending: 0, adherence: 0 });
    // Recurrence (window 2 days), incidents opened in the period: T1, T2, T3, T6 (T4 is a request).
    //  Keyed: T1, T2, T3. T1's predecessor T5 is 2 d 10 h earlier → not a repeat; T2 is 2 h after
    //  T1 → repeat; T3 is 2 d 20 h after T2 → not a repeat. Chains: [T5], [T1, T2], [T3] → no
    //  chain of 3, no problem.
    expect(figures.recurrence).toEqual({ incidents: 4, withKey: 3, repeats: 1, rate: 1 / 3, problems: 0 });
    // Reliability: A1 window = [START, END) = 168 h; outages Mon 10:00 → Tue 10:00 (24 h) and
    //  Thu 08:00 → asOf, clipped at END: Thu 08:00 → Mon 00:00 = 88 h. Downtime 112 h, uptime 56 h,
    //  2 failures. A2: 48 h up, no failure. T5's outage ended before the window.
    //  Fleet: uptime 104 h, downtime 112 h, failures 2, MTBF 52 h.
    expect(figures.reliability.failures).toBe(2);
    expect(figures.reliability.downtimeHours).toBeCloseTo(112, 9);
    expect(figures.reliability.uptimeHours).toBeCloseTo(104, 9);
    expect(figures.reliability.mtbfHours).toBeCloseTo(52, 9);
    // Labour at 60/h: T1 corrective 0.5 h → 30; T3 corrective cost 12.5; T2 nothing;
    //  T4 request without maintenanceType → unclassified 1.5 h → 90; T6 preventive 60 + 1 = 61.
    expect(figures.labour).toEqual({ preventive: 61, corrective: 42.5, evolutive: 0, proactive: 0, unclassified: 90 });
  });

  it('agrees with the reference implementation on the same rows', async () => {
    const figures = await duckdbFigures(tickets, assets);
    const reference = referenceFigures(tickets, refAssets(assets), PARAMS);
    expect(compareFigures(reference, figures).filter((row) => !row.ok)).toEqual([]);
  });

  it('counts a chain of three incidents within the window as one recurring problem', async () => {
    // Window 2 days: opened Mon, Tue, Wed on (A9, Disk) → one chain of 3, two repeats.
    const chain = [0, 1, 2].map((day) =>
      ticket({ id: `C${day}`, openedAt: START + day * D + 9 * H, resolvedAt: START + day * D + 10 * H, assetId: 'A9', category: 'Disk' }),
    );
    const figures = await duckdbFigures(chain, null);
    expect(figures.recurrence).toEqual({ incidents: 3, withKey: 3, repeats: 2, rate: 2 / 3, problems: 1 });
    // Without an asset file the fleet is A9 alone, in service the whole week (168 h): three 1 h
    // outages → downtime 3 h, uptime 165 h, MTBF 55 h.
    expect(figures.reliability).toEqual({ failures: 3, uptimeHours: 165, downtimeHours: 3, mtbfHours: 55 });
  });
});

describe('DuckDB comparable subset, property', () => {
  const hour = fc.integer({ min: -24 * 10, max: 24 * 10 }); // opened from 10 days before START to 3 days after END
  const ticketArb = fc.record({
    offsetHours: hour,
    minute: fc.constantFrom(0, 15, 30),
    type: fc.constantFrom(null, 'incident', 'request', 'change'),
    maintenanceType: fc.constantFrom(null, 'corrective', 'preventive', 'evolutive', 'proactive', 'other'),
    priority: fc.constantFrom(null, 'P1', 'P2', 'P3', 'P4'),
    category: fc.constantFrom(null, 'Printer', 'Disk'),
    assetId: fc.constantFrom(null, 'A1', 'A2', 'A3', 'X9'),
    durationMinutes: fc.option(fc.integer({ min: 0, max: 4000 }), { nil: null }),
    closedOnly: fc.boolean(),
    paused: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
    effort: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
    cost: fc.option(fc.integer({ min: 0, max: 10_000 }).map((c) => c / 100), { nil: null }),
  });
  const assetArb = fc.record({
    inServiceOffset: fc.option(fc.integer({ min: -3, max: 8 }), { nil: null }),
    retiredOffset: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }),
  });

  it('agrees with the naive reference implementation on random data', async () => {
    const startDay = Math.floor(START / D) + 1; // 2 March (START is 1 March 23:00 UTC)
    await fc.assert(
      fc.asyncProperty(fc.array(ticketArb, { maxLength: 40 }), fc.array(assetArb, { minLength: 3, maxLength: 3 }), fc.boolean(), async (rows, assetRows, withFile) => {
        const tickets = rows.map((r, i) => {
          const openedAt = START + r.offsetHours * H + r.minute * 60_000;
          const end = r.durationMinutes === null ? null : Math.min(openedAt + r.durationMinutes * 60_000, PARAMS.asOf);
          return ticket({
            id: `T${i}`,
            openedAt,
            type: r.type,
            maintenanceType: r.maintenanceType,
            priority: r.priority,
            category: r.category,
            assetId: r.assetId,
            resolvedAt: end !== null && !r.closedOnly ? end : null,
            closedAt: end,
            pausedMinutes: end === null ? null : r.paused,
            effortMinutes: r.effort,
            cost: r.cost,
          });
        });
        const assets: AssetInput[] = assetRows.map((a, i) => ({
          id: `A${i + 1}`,
          inServiceDay: a.inServiceOffset === null ? null : startDay + a.inServiceOffset,
          retiredDay: a.retiredOffset === null ? null : startDay + (a.inServiceOffset ?? -3) + a.retiredOffset,
        }));
        const figures = await duckdbFigures(tickets, withFile ? assets : null);
        const reference = referenceFigures(tickets, withFile ? refAssets(assets) : null, PARAMS);
        expect(compareFigures(reference, figures, 1e-9).filter((row) => !row.ok)).toEqual([]);
      }),
      { numRuns: 40, seed: 7 },
    );
  }, 60_000);
});
