import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Period } from '../../calendar/types.js';
import { RevueError } from '../../internal/errors.js';
import { assetsFromRows, ticketsFromRows } from '../../model/tables.js';
import { parsePolicy } from '../../policy/parse.js';
import { fleetHealth } from './fleet.js';
import type { ReviewData } from '../types.js';

const policy = parsePolicy({ timezone: 'UTC', usefulLifeMonths: { default: 48, laptop: 36 } });
const MARCH: Period = {
  label: '2026-03',
  kind: 'month',
  start: Date.parse('2026-03-01T00:00Z'),
  end: Date.parse('2026-04-01T00:00Z'),
};
const AS_OF = Date.parse('2026-04-01T00:00Z');

function data(tickets: Parameters<typeof ticketsFromRows>[0], assets?: Parameters<typeof assetsFromRows>[0]): ReviewData {
  return { tickets: ticketsFromRows(tickets), assets: assets === undefined ? null : assetsFromRows(assets), policy };
}

describe('fleetHealth, hand-computed', () => {
  it('shares labour hours by maintenance type over tickets opened in the period', () => {
    const result = fleetHealth(
      data([
        { id: 'T1', openedAt: '2026-03-02T09:00Z', maintenanceType: 'preventive', effortMinutes: 120, resolvedAt: '2026-03-02T10:00Z' },
        { id: 'T2', openedAt: '2026-03-03T09:00Z', effortMinutes: 60, resolvedAt: '2026-03-03T10:00Z' }, // incident → corrective
        { id: 'T3', openedAt: '2026-03-04T09:00Z', type: 'request', effortMinutes: 60, resolvedAt: '2026-03-04T10:00Z' }, // unclassified
        { id: 'T4', openedAt: '2026-02-27T09:00Z', effortMinutes: 600, resolvedAt: '2026-02-27T10:00Z' }, // before the period
        { id: 'T5', openedAt: '2026-03-05T09:00Z', resolvedAt: '2026-03-05T10:00Z' }, // no effort
      ]),
      { period: MARCH, asOf: AS_OF },
    );
    // 2 h + 1 h + 1 h = 4 h
    expect(result.maintenanceHours).toEqual({ corrective: 1, preventive: 2, evolutive: 0, proactive: 0, unclassified: 1 });
    expect(result.maintenanceMix).toEqual({ corrective: 0.25, preventive: 0.5, evolutive: 0, proactive: 0, unclassified: 0.25 });
    expect(result.backlog.open).toBe(0);
    expect(result.backlog.oldestHours).toBeNull();
  });

  it('has no mix without effort', () => {
    expect(fleetHealth(data([{ id: 'T1', openedAt: '2026-03-02T09:00Z' }]), { period: MARCH, asOf: AS_OF }).maintenanceMix).toBeNull();
  });

  it('reads status classes: closed at an unknown time is not open, an open class is open whatever its dates', () => {
    const result = fleetHealth(
      data([
        // Closed (and cancelled) without any date: closed at an unknown time, not in the backlog.
        { id: 'U1', openedAt: '2026-03-02T09:00Z', statusClass: 'closed' },
        { id: 'U2', openedAt: '2026-03-02T09:00Z', statusClass: 'cancelled' },
        // Pending with a resolution date (reopened since): open at asOf, 30 days old.
        { id: 'P1', openedAt: '2026-03-02T00:00Z', statusClass: 'pending', resolvedAt: '2026-03-03T00:00Z' },
        // No class: the dates decide, as before (open).
        { id: 'N1', openedAt: '2026-03-31T12:00Z' },
      ]),
      { period: MARCH, asOf: AS_OF },
    );
    expect(result.backlog.ticketIds).toEqual(['P1', 'N1']);
    expect(result.backlog.byAge).toEqual({ '<1d': 1, '1-7d': 0, '7-30d': 0, '>30d': 1 });
    // No ticket records effort: the hours are not measured.
    expect(result.maintenanceHours).toBeNull();
  });

  it('ages the backlog at asOf', () => {
    const result = fleetHealth(
      data([
        { id: 'B1', openedAt: '2026-03-31T12:00Z' }, // 12 h → <1d
        { id: 'B2', openedAt: '2026-03-31T00:00Z' }, // exactly 24 h → 1-7d
        { id: 'B3', openedAt: '2026-03-20T00:00Z', type: 'request' }, // 12 days → 7-30d
        { id: 'B4', openedAt: '2026-02-01T00:00Z', resolvedAt: '2026-04-05T00:00Z' }, // resolved after asOf: 59 days → >30d
        { id: 'B5', openedAt: '2026-03-02T00:00Z', resolvedAt: '2026-03-31T00:00Z' }, // resolved
        { id: 'B6', openedAt: '2026-04-01T01:00Z' }, // opened after asOf
        { id: 'B7', openedAt: '2026-03-02T00:00Z', closedAt: '2026-03-30T00:00Z' }, // closed: resolution instant
      ]),
      { period: MARCH, asOf: AS_OF },
    );
    expect(result.backlog.open).toBe(4);
    expect(result.backlog.byAge).toEqual({ '<1d': 1, '1-7d': 1, '7-30d': 1, '>30d': 1 });
    expect(result.backlog.oldestHours).toBe(59 * 24);
    expect(result.backlog.ticketIds).toEqual(['B4', 'B3', 'B2', 'B1']);
  });

  it('finds assets out of warranty, past useful life, and with a warranty ending within 90 days', () => {
    const result = fleetHealth(
      data([], [
        // laptop life 36 months: 2022-01-01 + 36 = 2025-01-01 < asOf; age 2022-01 → 2026-04 = 51 months
        { id: 'W1', type: 'laptop', inServiceDate: '2022-01-01', warrantyEnd: '2026-03-01' },
        // asOf + 90 days = 2026-06-30: 29 June is inside
        { id: 'W2', inServiceDate: '2024-04-01', warrantyEnd: '2026-06-29' },
        { id: 'W3', warrantyEnd: '2026-06-30' }, // the 90th day after asOf: outside
        { id: 'W4', inServiceDate: '2019-01-01', retiredDate: '2026-03-15', warrantyEnd: '2025-01-01' }, // retired
        { id: 'W5', inServiceDate: '2026-05-01' }, // not yet in service
        { id: 'W6' }, // no dates: in service, age unknown
        { id: 'W7', inServiceDate: '2025-04-01', usefulLifeMonths: 12 }, // life ends at asOf: not past it
        { id: 'W8', purchaseDate: '2025-04-01', warrantyEnd: '2026-04-01' }, // ends at asOf: expiring, not out
        // retired before asOf, warranty ending within 90 days: not the fleet's concern any more
        { id: 'W9', inServiceDate: '2024-01-01', retiredDate: '2026-03-20', warrantyEnd: '2026-05-01' },
      ]),
      { period: MARCH, asOf: AS_OF },
    );
    expect(result.outOfWarranty).toEqual({ count: 1, assetIds: ['W1'] });
    expect(result.pastUsefulLife).toEqual({ count: 1, assetIds: ['W1'] });
    expect(result.warrantyExpiringSoon).toEqual({
      count: 2,
      assets: [
        { id: 'W8', warrantyEnd: '2026-04-01T00:00:00.000Z' },
        { id: 'W2', warrantyEnd: '2026-06-29T00:00:00.000Z' },
      ],
    });
    expect(result.ages).toEqual([
      { id: 'W1', type: 'laptop', ageMonths: 51 },
      { id: 'W2', type: null, ageMonths: 24 },
      { id: 'W3', type: null, ageMonths: null },
      { id: 'W6', type: null, ageMonths: null },
      { id: 'W7', type: null, ageMonths: 12 },
      { id: 'W8', type: null, ageMonths: 12 },
    ]);
  });

  it('lists the tickets’ assets without an asset file, and refuses a bad period', () => {
    const result = fleetHealth(data([{ id: 'T1', openedAt: '2026-03-02T09:00Z', assetId: 'PC-1' }]), { period: MARCH, asOf: AS_OF });
    expect(result.ages).toEqual([{ id: 'PC-1', type: null, ageMonths: null }]);
    expect(() => fleetHealth(data([]), { period: { ...MARCH, start: Number.NaN }, asOf: AS_OF })).toThrow(RevueError);
  });
});

describe('fleetHealth, properties', () => {
  it('the mix sums to 1 and the backlog buckets to the open count', () => {
    const base = Date.parse('2026-02-01T00:00Z');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            opened: fc.integer({ min: 0, max: 90 * 24 * 60 }),
            duration: fc.option(fc.integer({ min: 0, max: 40 * 24 * 60 }), { nil: null }),
            effort: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
            maintenanceType: fc.constantFrom('corrective', 'preventive', 'evolutive', 'proactive', null),
            type: fc.constantFrom('incident', 'request', null),
          }),
          { maxLength: 40 },
        ),
        (rows) => {
          const at = (minutes: number) => base + minutes * 60_000;
          const result = fleetHealth(
            data(
              rows.map((r, i) => ({
                id: `T${i}`,
                openedAt: at(r.opened),
                resolvedAt: r.duration === null ? null : at(r.opened + r.duration),
                effortMinutes: r.effort,
                maintenanceType: r.maintenanceType,
                type: r.type,
              })),
            ),
            { period: MARCH, asOf: AS_OF },
          );
          if (result.maintenanceMix !== null) {
            expect(Object.values(result.maintenanceMix).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
          }
          expect(Object.values(result.backlog.byAge).reduce((a, b) => a + b, 0)).toBe(result.backlog.open);
          // second count of the backlog, straight from the definition
          const open = rows.filter((r) => at(r.opened) <= AS_OF && (r.duration === null || at(r.opened + r.duration) > AS_OF));
          expect(result.backlog.open).toBe(open.length);
        },
      ),
    );
  });
});
