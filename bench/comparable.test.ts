import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agrees, compareFigures, flatten, type ComparableFigures } from './comparable.js';
import { hotSpots } from './profile.js';

const figures = (): ComparableFigures => ({
  sla: { P1: { met: 3, breached: 1, pending: 2, adherence: 0.75 } },
  recurrence: { incidents: 10, withKey: 8, repeats: 2, rate: 0.25, problems: 1 },
  reliability: { failures: 4, uptimeHours: 2000, downtimeHours: 12, mtbfHours: 500 },
  labour: { preventive: 0, corrective: 136, evolutive: 0, proactive: 0, unclassified: 34 },
});

describe('agrees', () => {
  it('accepts a relative difference up to the tolerance and refuses beyond it', () => {
    // |1e6 − (1e6 + 0.5)| = 0.5 ≤ 1e-6 × 1e6 = 1; 2 > 1.
    expect(agrees(1e6, 1e6 + 0.5, 1e-6)).toBe(true);
    expect(agrees(1e6, 1e6 + 2, 1e-6)).toBe(false);
    // Below 1 the floor is absolute: 1e-7 apart agree, 1e-5 apart do not.
    expect(agrees(0, 1e-7, 1e-6)).toBe(true);
    expect(agrees(0, 1e-5, 1e-6)).toBe(false);
  });

  it('treats null as a value of its own and NaN as never agreeing', () => {
    expect(agrees(null, null, 1e-6)).toBe(true);
    expect(agrees(0, null, 1e-6)).toBe(false);
    expect(agrees(Number.NaN, Number.NaN, 1e-6)).toBe(false);
  });

  it('is symmetric and reflexive for finite numbers', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), (a, b) => {
        expect(agrees(a, a, 1e-6)).toBe(true);
        expect(agrees(a, b, 1e-6)).toBe(agrees(b, a, 1e-6));
      }),
    );
  });
});

describe('compareFigures', () => {
  it('flattens every figure under one name', () => {
    // 4 SLA counts for one priority + 5 recurrence + 4 reliability + 5 labour = 18 names.
    expect(flatten(figures()).size).toBe(18);
    expect(flatten(figures()).get('reliability.fleet.mtbfHours')).toBe(500);
  });

  it('marks the figures that differ, and figures present on one side only', () => {
    const other = figures();
    other.recurrence.repeats = 3;
    other.sla.P2 = { met: 0, breached: 0, pending: 0, adherence: null };
    const bad = compareFigures(figures(), other).filter((row) => !row.ok);
    expect(bad.map((row) => row.figure).sort()).toEqual([
      'recurrence.repeats',
      'sla.resolution.P2.adherence',
      'sla.resolution.P2.breached',
      'sla.resolution.P2.met',
      'sla.resolution.P2.pending',
    ]);
  });
});

describe('hotSpots', () => {
  it('sums self time per function and splits it over lines by position ticks', () => {
    // Samples: node 2 three times (10 + 20 + 30 µs), node 3 once (40 µs); node 1 (root) never.
    // Node 2's ticks: line 5 ×1, line 7 ×2 → its 60 µs split 20 / 40.
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1, columnNumber: -1 }, children: [2, 3] },
        { id: 2, callFrame: { functionName: 'scan', url: 'file:///tmp/x/scan.js', lineNumber: 3, columnNumber: 0 }, positionTicks: [{ line: 5, ticks: 1 }, { line: 7, ticks: 2 }] },
        { id: 3, callFrame: { functionName: '(garbage collector)', url: '', lineNumber: -1, columnNumber: -1 } },
      ],
      samples: [2, 2, 3, 2],
      timeDeltas: [10, 20, 40, 30],
      startTime: 0,
      endTime: 100,
    };
    const spots = hotSpots(profile);
    expect(spots.totalMs).toBeCloseTo(0.1, 12);
    expect(spots.functions.map((f) => [f.name, Number(f.selfMs.toFixed(6))])).toEqual([
      ['scan (/tmp/x/scan.js:4)', 0.06],
      ['(garbage collector) ((native))', 0.04],
    ]);
    expect(spots.lines.filter((l) => l.file.endsWith('scan.js')).map((l) => [l.name, Number(l.selfMs.toFixed(6))])).toEqual([
      ['/tmp/x/scan.js:7 in scan', 0.04],
      ['/tmp/x/scan.js:5 in scan', 0.02],
    ]);
  });
});
