/**
 * The shared indexes of prepareReview against brute force: each index is recomputed here with a
 * plain scan (and `assetIndex` of assets.ts, the unprepared implementation), on hand-made rows and
 * on random tables. And the KPIs give the same result with a preparation, without one, and with
 * one made for other data (which they must ignore).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Period } from '../calendar/types.js';
import { floorToMinute } from '../internal/time.js';
import { assetsFromRows, ticketColumns, ticketsFromRows } from '../model/tables.js';
import { parsePolicy } from '../policy/parse.js';
import { assetIndex } from './assets.js';
import { groupKey, NONE_KEY } from './common.js';
import { fleetHealth } from './fleet/fleet.js';
import { lostHours } from './lost-hours/lost-hours.js';
import { indexPart, prepareReview, preparedFor } from './prepared.js';
import { recurringIncidents } from './recurrence/recurrence.js';
import { reliability } from './reliability/reliability.js';
import { slaAdherence } from './sla/sla.js';
import { tco } from './tco/tco.js';
import type { ReviewData } from './types.js';

const DAY = 86_400_000;
const policy = parsePolicy({
  timezone: 'Europe/Paris',
  calendar: { hours: { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'] } },
  sla: { P1: { response: '1h', resolution: '4h', clock: '24x7' }, P2: { response: '2h', resolution: '8h', clock: 'business' } },
  clients: { Bistro: { rates: { userHourly: 50 }, calendar: { hours: { sat: ['09:00-12:00'] } } } },
});
const MARCH: Period = { label: '2026-03', kind: 'month', start: Date.parse('2026-02-28T23:00Z'), end: Date.parse('2026-03-31T22:00Z') };
const FEBRUARY: Period = { label: '2026-02', kind: 'month', start: Date.parse('2026-01-31T23:00Z'), end: Date.parse('2026-02-28T23:00Z') };
const AS_OF = Date.parse('2026-04-02T10:00Z');

const hand: ReviewData = {
  tickets: ticketsFromRows([
    { id: 'T1', openedAt: '2026-03-02T10:00:30Z', resolvedAt: '2026-03-02T14:00Z', assetId: 'A', client: 'Bistro' },
    { id: 'T2', openedAt: '2026-02-27T12:00Z', assetId: 'X', type: 'incident' }, // open: overlaps March
    { id: 'T3', openedAt: '2026-03-05T08:00Z', closedAt: '2026-03-05T09:00Z', type: 'request', assetId: 'A' },
    { id: 'T4', openedAt: null, assetId: 'B' },
    { id: 'T5', openedAt: '2026-02-10T08:00Z', resolvedAt: '2026-02-11T08:00Z', assetId: '' }, // before March
    { id: 'T6', openedAt: '2026-03-02T10:00Z', resolvedAt: '2026-03-03T08:00Z', assetId: 'Y', type: 'change' },
  ]),
  assets: assetsFromRows([{ id: 'A', type: 'printer' }, { id: 'B' }, { id: 'A' }, { id: '' }]),
  policy,
};

describe('prepareReview, hand-computed', () => {
  const prepared = prepareReview(hand, AS_OF);

  it('floors instants, flags incidents, orders by opening', () => {
    expect(prepared.opened[0]).toBe(Date.parse('2026-03-02T10:00Z')); // 10:00:30 floored
    expect(prepared.resolution[2]).toBe(Date.parse('2026-03-05T09:00Z')); // closedAt stands in
    expect(Array.from(prepared.incident)).toEqual([1, 1, 0, 1, 1, 0]);
    // By opening: T5 (10 Feb), T2 (27 Feb), T1 and T6 (2 Mar 10:00, ties by row), T3; T4 has none.
    expect(Array.from(prepared.byOpened().rows)).toEqual([4, 1, 0, 5, 2]);
  });

  it('lists the rows opened in a period, and the incidents that can overlap it, in table order', () => {
    expect(Array.from(prepared.openedIn(MARCH.start, MARCH.end))).toEqual([0, 2, 5]);
    // T1 (March), T2 (open since February); T5 ended in February; T3 and T6 are not incidents.
    expect(Array.from(prepared.incidentsOverlapping(MARCH.start, MARCH.end))).toEqual([0, 1]);
    expect(Array.from(prepared.incidentsOverlapping(FEBRUARY.start, FEBRUARY.end))).toEqual([1, 4]);
  });

  it('reads status classes: cancelled, closed at an unknown time, open whatever the dates', () => {
    const classes = prepareReview(
      {
        tickets: ticketsFromRows([
          { id: 'C', openedAt: '2026-03-02T10:00Z', statusClass: 'cancelled', closedAt: '2026-03-03T10:00Z' },
          { id: 'U', openedAt: '2026-03-02T10:00Z', statusClass: 'closed' },
          { id: 'O', openedAt: '2026-03-02T10:00Z', statusClass: 'open', resolvedAt: '2026-03-02T12:00Z' },
          { id: 'R', openedAt: '2026-03-02T10:00Z', statusClass: 'resolved', resolvedAt: '2026-03-02T12:00Z' },
        ]),
        policy,
      },
      AS_OF,
    );
    expect(Array.from(classes.cancelled)).toEqual([1, 0, 0, 0]);
    expect(Array.from(classes.endUnknown)).toEqual([0, 1, 0, 0]);
    expect(Array.from(classes.activeIncident)).toEqual([0, 1, 1, 1]);
    // O's resolvedAt is ignored (open); C keeps its closedAt as resolution instant.
    expect(Array.from(classes.resolution)).toEqual([Date.parse('2026-03-03T10:00Z'), Number.NaN, Number.NaN, Date.parse('2026-03-02T12:00Z')]);
    // C is cancelled (no incident that counts); U is listed for March as opened in it; O and R overlap.
    expect(Array.from(classes.incidentsOverlapping(MARCH.start, MARCH.end))).toEqual([1, 2, 3]);
    expect(Array.from(classes.incidentsOverlapping(FEBRUARY.start, FEBRUARY.end))).toEqual([]);
  });

  it('maps every ticket to its asset row; unknown ids by use', () => {
    // File rows: A (0), B (1), A again (2, not primary), '' (3). X and Y are unknown ids.
    const all = prepared.assetIndex('all');
    expect(all.ids).toEqual(['A', 'B', 'A', '', 'X', 'Y']);
    expect(Array.from(all.ticketAsset)).toEqual([0, 4, 0, 1, -1, 5]);
    expect(Array.from(all.primary)).toEqual([1, 1, 0, 0, 1, 1]);
    const incidents = prepared.assetIndex('incidents');
    expect(incidents.unknownIds).toEqual(['X']); // Y only appears on a change
    expect(Array.from(incidents.ticketAsset)).toEqual([0, 4, 0, 1, -1, -1]);
    expect(prepared.assetIndex('none').count).toBe(4);
  });

  it('is used only for the data and asOf it was made for', () => {
    expect(preparedFor(hand, AS_OF, prepared)).toBe(prepared);
    expect(preparedFor(hand, AS_OF + 60_000, prepared)).not.toBe(prepared);
    expect(preparedFor({ ...hand, tickets: ticketsFromRows([]) }, AS_OF, prepared)).not.toBe(prepared);
    expect(preparedFor({ ...hand, assets: null }, AS_OF, prepared)).not.toBe(prepared);
  });

  it('hands out no array of the shared index inside a KPI result', () => {
    // reliability's unknownAssetIds is the incidents index's unknownIds (['X'], see above): a
    // copy, so a caller editing a result leaves the index — and the next period's result — intact.
    const march = reliability(hand, { period: MARCH, asOf: AS_OF, prepared });
    expect(march.unknownAssetIds).toEqual(['X']);
    expect(march.unknownAssetIds).not.toBe(prepared.assetIndex('incidents').unknownIds);
    march.unknownAssetIds.push('edited');
    expect(prepared.assetIndex('incidents').unknownIds).toEqual(['X']);
    expect(reliability(hand, { period: FEBRUARY, asOf: AS_OF, prepared }).unknownAssetIds).toEqual(['X']);
  });

  it('computes each index part once per preparation, parts told apart by identity not by name', () => {
    let calls = 0;
    const count = indexPart('rows', (p) => (calls++, p.rows));
    const twin = indexPart('rows', () => 'another value under the same name');
    expect(prepared.part(count)).toBe(6); // the six hand-made tickets
    expect(prepared.part(count)).toBe(6);
    expect(calls).toBe(1);
    expect(prepared.part(twin)).toBe('another value under the same name');
    expect(prepareReview(hand, AS_OF).part(count)).toBe(6); // a new preparation computes it again
    expect(calls).toBe(2);
  });
});

// ── Random tables ───────────────────────────────────────────────────────────────────────────

const START = Date.parse('2026-01-01T00:00Z');
const instant = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 120 * DAY }).map((offset) => START + Math.floor(offset / 1000) * 1000) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(START, START + 30 * DAY, START + 59 * DAY) },
);
const ticketRow = fc.record({
  openedAt: instant,
  resolvedAt: fc.option(fc.integer({ min: 0, max: 20 * DAY }), { nil: undefined }),
  closedAt: fc.option(fc.integer({ min: 0, max: 20 * DAY }), { nil: undefined }),
  type: fc.constantFrom(null, 'incident', 'request', 'change'),
  assetId: fc.constantFrom(null, '', ' ', 'A', 'B', 'C', 'Z1', 'Z2'),
  client: fc.constantFrom(null, 'Bistro', 'Acme', ''),
  category: fc.constantFrom(null, 'Printer', 'Network'),
  priority: fc.constantFrom(null, 'P1', 'P2', 'P3'),
  effortMinutes: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
  affectedUsers: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
});
const tables = fc.record({
  tickets: fc.array(ticketRow, { maxLength: 60 }),
  assets: fc.option(fc.array(fc.record({ id: fc.constantFrom('A', 'B', 'C', ''), type: fc.constantFrom(null, 'printer'), inServiceDate: fc.constantFrom(null, '2025-06-01', '2026-02-15') }), { maxLength: 5 }), { nil: null }),
  start: fc.integer({ min: 0, max: 90 * DAY }),
  length: fc.integer({ min: 1, max: 40 * DAY }),
  asOf: fc.integer({ min: 30 * DAY, max: 150 * DAY }),
});

function build(t: { tickets: unknown[]; assets: unknown }): ReviewData {
  const rows = (t.tickets as Array<Record<string, unknown> & { openedAt: number | null; resolvedAt?: number; closedAt?: number }>).map((row, i) => ({
    ...row,
    id: `T${i % 7}`,
    resolvedAt: row.openedAt !== null && row.resolvedAt !== undefined ? row.openedAt + row.resolvedAt : null,
    closedAt: row.openedAt !== null && row.closedAt !== undefined ? row.openedAt + row.closedAt : null,
  }));
  return {
    tickets: ticketsFromRows(rows as never),
    assets: t.assets === null ? null : assetsFromRows(t.assets as never),
    policy,
  };
}

describe('prepareReview, against brute force on random tables', () => {
  it('openedIn, byOpened and incidentsOverlapping', () => {
    fc.assert(
      fc.property(tables, (t) => {
        const data = build(t);
        const asOf = START + t.asOf;
        const start = START + t.start;
        const end = start + t.length;
        const prepared = prepareReview(data, asOf);
        const columns = ticketColumns(data.tickets);
        const n = data.tickets.numRows();
        const opened = (row: number) => floorToMinute(columns.openedAt[row]!);
        const all = Array.from({ length: n }, (_, row) => row);
        expect(Array.from(prepared.openedIn(start, end))).toEqual(all.filter((row) => opened(row) >= start && opened(row) < end));
        const sorted = all.filter((row) => !Number.isNaN(opened(row))).sort((a, b) => opened(a) - opened(b) || a - b);
        expect(Array.from(prepared.byOpened().rows)).toEqual(sorted);
        const overlapping = Array.from(prepared.incidentsOverlapping(start, end));
        expect(overlapping).toEqual([...overlapping].sort((a, b) => a - b));
        for (const row of all) {
          const type = columns.type[row];
          if (!(type === null || type === 'incident') || Number.isNaN(opened(row))) {
            expect(overlapping).not.toContain(row);
            continue;
          }
          const resolved = floorToMinute(Number.isNaN(columns.resolvedAt[row]!) ? columns.closedAt[row]! : columns.resolvedAt[row]!);
          const endAt = resolved <= floorToMinute(asOf) ? resolved : floorToMinute(asOf);
          // Every incident whose clipped interval is not empty is listed; none that cannot be.
          if (Math.min(endAt, end) > Math.max(opened(row), start)) expect(overlapping).toContain(row);
          if (overlapping.includes(row)) expect(endAt > start && opened(row) < end).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('assetIndex(use) equals assetIndex(data, usesAsset) of assets.ts, with each ticket’s row', () => {
    fc.assert(
      fc.property(tables, (t) => {
        const data = build(t);
        const prepared = prepareReview(data, START + t.asOf);
        const columns = ticketColumns(data.tickets);
        const uses = {
          all: undefined,
          incidents: (row: number) => columns.type[row] === null || columns.type[row] === 'incident',
          none: () => false,
        };
        for (const use of ['all', 'incidents', 'none'] as const) {
          const expected = assetIndex(data, uses[use]);
          const actual = prepared.assetIndex(use);
          expect({ ...actual, ticketAsset: undefined, primary: undefined, rowOf: [...actual.rowOf] }).toEqual({
            ...expected,
            ticketAsset: undefined,
            primary: undefined,
            rowOf: [...expected.rowOf],
          });
          for (let row = 0; row < columns.assetId.length; row++) {
            const id = columns.assetId[row];
            expect(actual.ticketAsset[row]).toBe(id === null || id === undefined || id === '' ? -1 : (expected.rowOf.get(id) ?? -1));
          }
          expect(Array.from(actual.primary)).toEqual(expected.ids.map((id, row) => (id !== '' && expected.rowOf.get(id) === row ? 1 : 0)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('bucketByOpening: the rows of each bucket by opening, then row', () => {
    fc.assert(
      fc.property(tables, fc.integer({ min: 1, max: 4 }), (t, buckets) => {
        const data = build(t);
        const prepared = prepareReview(data, START + t.asOf);
        // Every row in one bucket (long groups), or spread over a few with some left out.
        const bucketOf = (row: number) => (buckets === 1 ? 0 : (row % (buckets + 1)) - 1);
        const codes = Int32Array.from({ length: prepared.rows }, (_, row) => bucketOf(row));
        const floored = (row: number) => floorToMinute(ticketColumns(data.tickets).openedAt[row]!);
        // All rows, then the incidents only.
        for (const only of [undefined, prepared.incident]) {
          const { start, members, opened } = prepared.bucketByOpening(codes, buckets, only);
          for (let bucket = 0; bucket < buckets; bucket++) {
            const expected = Array.from({ length: prepared.rows }, (_, row) => row)
              .filter((row) => bucketOf(row) === bucket && !Number.isNaN(floored(row)) && (only === undefined || only[row] === 1))
              .sort((a, b) => floored(a) - floored(b) || a - b);
            expect(Array.from(members.subarray(start[bucket], start[bucket + 1]))).toEqual(expected);
            expect(Array.from(opened.subarray(start[bucket], start[bucket + 1]))).toEqual(expected.map(floored));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('groups: each row under its groupKey, keys distinct, and their sorted order', () => {
    fc.assert(
      fc.property(tables, (t) => {
        const data = build(t);
        const prepared = prepareReview(data, START + t.asOf);
        const columns = ticketColumns(data.tickets);
        for (const field of ['client', 'assetId', 'category'] as const) {
          const { ofRow, keys, sorted } = prepared.groups(field);
          expect(keys[0]).toBe(NONE_KEY);
          expect(new Set(keys).size).toBe(keys.length);
          for (let row = 0; row < columns[field].length; row++) expect(keys[ofRow[row]!]).toBe(groupKey(columns[field][row]));
          expect(Array.from(sorted, (group) => keys[group])).toEqual([...keys].sort());
        }
      }),
      { numRuns: 150 },
    );
    // A value spelled `(none)` is grouped with the missing ones, as groupKey does.
    const spelled = prepareReview({ ...hand, tickets: ticketsFromRows([{ id: 'T1', assetId: '(none)' }, { id: 'T2', assetId: 'B' }, { id: 'T3' }]) }, AS_OF);
    expect(Array.from(spelled.groups('assetId').ofRow)).toEqual([0, 1, 0]);
    expect(spelled.groups('assetId').keys).toEqual([NONE_KEY, 'B']);
  });

  it('every KPI gives the same result with a shared preparation, without one, and with a foreign one', () => {
    const other = prepareReview(hand, AS_OF);
    fc.assert(
      fc.property(tables, (t) => {
        const data = build(t);
        const asOf = START + t.asOf;
        const period: Period = { label: 'custom', kind: 'custom', start: START + t.start, end: START + t.start + t.length };
        const previous: Period = { label: 'before', kind: 'custom', start: period.start - t.length, end: period.start };
        const prepared = prepareReview(data, asOf);
        for (const p of [period, previous]) {
          for (const options of [{ period: p, asOf }, { period: p, asOf, prepared }, { period: p, asOf, prepared: other }]) {
            const plain = { period: p, asOf };
            expect(slaAdherence(data, options)).toEqual(slaAdherence(data, plain));
            expect(recurringIncidents(data, { ...options, windowDays: 7, minOccurrences: 2 })).toEqual(recurringIncidents(data, { ...plain, windowDays: 7, minOccurrences: 2 }));
            expect(recurringIncidents(data, { ...options, titleFallback: true })).toEqual(recurringIncidents(data, { ...plain, titleFallback: true }));
            expect(reliability(data, options)).toEqual(reliability(data, plain));
            expect(lostHours(data, options)).toEqual(lostHours(data, plain));
            expect(tco(data, options)).toEqual(tco(data, plain));
            expect(fleetHealth(data, options)).toEqual(fleetHealth(data, plain));
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
