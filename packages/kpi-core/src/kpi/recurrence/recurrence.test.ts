import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Period } from '../../calendar/types.js';
import { RevueError } from '../../internal/errors.js';
import { ticketsFromRows } from '../../model/tables.js';
import { parsePolicy } from '../../policy/parse.js';
import type { Policy } from '../../policy/types.js';
import { MARCH_2026, testPolicy } from '../../../test/kpi-support.js';
import { normaliseTitle, numberKeysByJson, recurringIncidents, type ChainKey, type RecurrenceOptions } from './recurrence.js';
import { referenceRecurringIncidents } from './reference.js';

const basePolicy = testPolicy;
const MARCH: Period = MARCH_2026;
const AS_OF = Date.parse('2026-04-10T00:00:00Z');

type Rows = Parameters<typeof ticketsFromRows>[0];
function run(rows: Rows, options: Partial<RecurrenceOptions> = {}, policy: Policy = basePolicy()) {
  return recurringIncidents({ tickets: ticketsFromRows(rows), policy }, { period: MARCH, asOf: AS_OF, ...options });
}
const printer = (id: string, openedAt: string, extra: Rows[number] = {}): Rows[number] => ({
  id,
  openedAt,
  assetId: 'PRN-01',
  category: 'Printer',
  ...extra,
});

describe('normaliseTitle', () => {
  it.each([
    // lower case, accents stripped, the id PRN-01 and the number 12 dropped, punctuation removed
    ['Imprimante HS – bureau 12 (PRN-01)!', 'imprimante hs bureau'],
    // l' (one letter), ne, pas, toujours, en: stop words; order kept
    ["L'imprimante PRN-01 ne marche pas, toujours en panne !", 'imprimante marche panne'],
    // duplicates dropped (first kept), not sorted
    ['VPN down, VPN still DOWN', 'vpn down'],
    ['Écran noir sur le poste #4521', 'ecran noir poste'],
    ['Cœur de réseau: switch 10.0.0.1 hors-service', 'coeur reseau switch hors service'],
    ['Printer not printing again', 'printer printing'],
    ['#4521', null],
    ['   ', null],
    [null, null],
  ])('%j → %j', (title, expected) => {
    expect(normaliseTitle(title)).toBe(expected);
  });
});

describe('recurringIncidents — hand-computed rules', () => {
  it('counts cancelled incidents in the volume only: in no chain, no repeat', () => {
    // A1, A3 on PRN-01 · Printer 10 days apart: one chain, A3 a repeat. A2 between them is
    // cancelled: counted in incidents and cancelled, not keyed, not a repeat, not a chain link.
    const result = run([
      printer('A1', '2026-03-02T10:00Z'),
      printer('A2', '2026-03-05T10:00Z', { statusClass: 'cancelled' }),
      printer('A3', '2026-03-12T10:00Z'),
    ]);
    expect(result).toMatchObject({ incidents: 3, withKey: 2, withoutKey: 0, cancelled: 1, repeats: 1, rate: 0.5, repeatIds: ['A3'] });
    expect(result.problems).toEqual([]);
  });

  it('counts a repeat whose predecessor was opened before the period', () => {
    // PRN-01 · Printer on 20 Feb, 3 Mar (11 days later), 20 Mar (17 days later): one chain.
    // In March: 2 incidents, both repeats → rate 2/2. The chain counts 3 ≥ 3: a problem.
    const result = run([printer('A1', '2026-02-20T10:00Z'), printer('A2', '2026-03-03T10:00Z'), printer('A3', '2026-03-20T10:00Z')]);
    expect(result).toMatchObject({ incidents: 2, withKey: 2, withoutKey: 0, repeats: 2, rate: 1, repeatIds: ['A2', 'A3'] });
    expect(result.problems).toEqual([
      {
        key: 'PRN-01 · Printer',
        keyFields: { assetId: 'PRN-01', category: 'Printer' },
        count: 3,
        first: '2026-02-20T10:00:00.000Z',
        last: '2026-03-20T10:00:00.000Z',
        ticketIds: ['A1', 'A2', 'A3'],
      },
    ]);
  });

  it('breaks a chain when the gap to the previous incident exceeds the window', () => {
    // B1 10 Jan; B2 15 Feb (36 days > 30: new chain); B3 5 Mar (18 days: repeat); B4 10 Mar (5 days: repeat).
    // The chain is measured between consecutive incidents: B4 is 23 days after B2, but only 5 after B3.
    const result = run([
      printer('B1', '2026-01-10T08:00Z'),
      printer('B2', '2026-02-15T08:00Z'),
      printer('B3', '2026-03-05T08:00Z'),
      printer('B4', '2026-03-10T08:00Z'),
    ]);
    expect(result).toMatchObject({ incidents: 2, repeats: 2, rate: 1 });
    expect(result.problems.map((p) => [p.count, p.ticketIds])).toEqual([[3, ['B2', 'B3', 'B4']]]);
  });

  it('joins at exactly windowDays × 24 h and breaks one minute later', () => {
    // C: 2 Mar 00:00 → 1 Apr 00:00 is outside March; use 1 Mar 06:00 → 31 Mar 06:00 = 30 × 24 h: joins.
    // D: 1 Mar 06:00 → 31 Mar 06:01 = 30 days + 1 min: breaks.
    const result = run([
      printer('C1', '2026-03-01T06:00Z', { assetId: 'C' }),
      printer('C2', '2026-03-31T06:00Z', { assetId: 'C' }),
      printer('D1', '2026-03-01T06:00Z', { assetId: 'D' }),
      printer('D2', '2026-03-31T06:01Z', { assetId: 'D' }),
    ]);
    expect(result.repeatIds).toEqual(['C2']);
    expect(result.rate).toBe(1 / 4);
  });

  it('reports a problem straddling the period start, not one wholly before it, and ignores incidents after the end', () => {
    // D: 1 Feb, 15 Feb, 2 Mar — count 3 with one in March: a problem.
    // E: 5 Jan, 20 Jan, 10 Feb — count 3, none in March: not a problem.
    // F: 25 Mar, then 2 Apr (after the period end, not counted): count 1.
    // G: 28 Feb, 1 Mar, 2 Mar, 3 Mar: count 4, largest first.
    const rows: Rows = [
      printer('D1', '2026-02-01T09:00Z', { assetId: 'D' }),
      printer('D2', '2026-02-15T09:00Z', { assetId: 'D' }),
      printer('D3', '2026-03-02T09:00Z', { assetId: 'D' }),
      printer('E1', '2026-01-05T09:00Z', { assetId: 'E' }),
      printer('E2', '2026-01-20T09:00Z', { assetId: 'E' }),
      printer('E3', '2026-02-10T09:00Z', { assetId: 'E' }),
      printer('F1', '2026-03-25T09:00Z', { assetId: 'F' }),
      printer('F2', '2026-04-02T09:00Z', { assetId: 'F' }),
      printer('G1', '2026-02-28T09:00Z', { assetId: 'G' }),
      printer('G2', '2026-03-01T09:00Z', { assetId: 'G' }),
      printer('G3', '2026-03-02T09:00Z', { assetId: 'G' }),
      printer('G4', '2026-03-03T09:00Z', { assetId: 'G' }),
    ];
    const result = run(rows);
    expect(result.problems.map((p) => [p.key, p.count, p.first, p.last])).toEqual([
      ['G · Printer', 4, '2026-02-28T09:00:00.000Z', '2026-03-03T09:00:00.000Z'],
      ['D · Printer', 3, '2026-02-01T09:00:00.000Z', '2026-03-02T09:00:00.000Z'],
    ]);
    // March incidents: D3, F1, G2, G3, G4 = 5; repeats D3 (after D2), G2, G3, G4 = 4.
    expect(result).toMatchObject({ incidents: 5, withKey: 5, repeats: 4, rate: 0.8 });
    // minOccurrences 2 (option) adds nothing for E (none in March) nor F (F2 is after the end).
    expect(run(rows, { minOccurrences: 2 }).problems).toHaveLength(2);
  });

  it('orders problems of equal size by latest last date, then key', () => {
    // X, Y, Z: three incidents each; Y's last is 20 Mar, X's and Z's 10 Mar → Y, then X before Z.
    const chain = (asset: string, days: number[]) =>
      days.map((day) => printer(`${asset}${day}`, `2026-03-${String(day).padStart(2, '0')}T09:00Z`, { assetId: asset }));
    const result = run([...chain('Z', [1, 5, 10]), ...chain('Y', [2, 6, 20]), ...chain('X', [3, 7, 10])]);
    expect(result.problems.map((p) => p.key)).toEqual(['Y · Printer', 'X · Printer', 'Z · Printer']);
  });

  it('orders incidents opened at the same minute by id', () => {
    const result = run([printer('K2', '2026-03-05T09:00:40Z'), printer('K1', '2026-03-05T09:00Z'), printer('K3', '2026-03-05T09:00Z')]);
    // All at 09:00 after flooring: K1 first, K2 and K3 repeats.
    expect(result.repeatIds).toEqual(['K2', 'K3']);
    expect(result.problems[0]!.ticketIds).toEqual(['K1', 'K2', 'K3']);
  });

  it('counts only incidents, and counts those without a key apart', () => {
    // R is a request (ignored); N has no type (an incident); M lacks the category; W has a blank asset.
    const result = run([
      printer('P1', '2026-03-02T09:00Z'),
      printer('R', '2026-03-03T09:00Z', { type: 'request' }),
      printer('N', '2026-03-04T09:00Z', { type: null }),
      printer('M', '2026-03-05T09:00Z', { category: null }),
      printer('W', '2026-03-06T09:00Z', { assetId: '  ' }),
    ]);
    // Incidents: P1, N, M, W = 4; keyed P1, N = 2; N repeats P1 (R does not stand between them).
    expect(result).toMatchObject({ incidents: 4, withKey: 2, withoutKey: 2, repeats: 1, rate: 0.5, repeatIds: ['N'] });
    expect(result.byCategory).toEqual({ '(none)': { incidents: 1, repeats: 0 }, Printer: { incidents: 3, repeats: 1 } });
  });

  it('keys on client + normalised title when configured', () => {
    // Same client, titles that normalise to 'imprimante hs bureau': one chain of 3.
    const rows: Rows = [
      { id: 'T1', openedAt: '2026-03-02T09:00Z', client: 'Acme', title: 'Imprimante HS bureau 12' },
      { id: 'T2', openedAt: '2026-03-09T09:00Z', client: 'Acme', title: 'imprimante hs – bureau (PRN-01)' },
      { id: 'T3', openedAt: '2026-03-16T09:00Z', client: 'Acme', title: 'IMPRIMANTE HS, bureau !' },
      { id: 'T4', openedAt: '2026-03-17T09:00Z', client: 'Bistro', title: 'Imprimante HS bureau' },
      { id: 'T5', openedAt: '2026-03-18T09:00Z', client: 'Acme', title: '#4521' },
    ];
    const result = run(rows, { key: ['client', 'titleKey'] });
    // T5's title normalises to nothing: no key. Bistro's T4 is a chain of its own.
    expect(result).toMatchObject({ incidents: 5, withKey: 4, withoutKey: 1, repeats: 2 });
    expect(result.problems).toEqual([
      {
        key: 'Acme · imprimante hs bureau',
        keyFields: { client: 'Acme', titleKey: 'imprimante hs bureau' },
        count: 3,
        first: '2026-03-02T09:00:00.000Z',
        last: '2026-03-16T09:00:00.000Z',
        ticketIds: ['T1', 'T2', 'T3'],
      },
    ]);
  });

  it('falls back to client + title for incidents without an asset when asked', () => {
    // With the default key, the three asset-less tickets have no key (withoutKey 3).
    // With titleFallback they chain on Acme · 'vpn down'; the asset tickets keep assetId + category.
    const rows: Rows = [
      { id: 'V1', openedAt: '2026-03-02T09:00Z', client: 'Acme', title: 'VPN down' },
      { id: 'V2', openedAt: '2026-03-03T09:00Z', client: 'Acme', title: 'VPN is down!' },
      { id: 'V3', openedAt: '2026-03-04T09:00Z', client: 'Acme', title: 'vpn down again' },
      printer('P1', '2026-03-05T09:00Z', { client: 'Acme', title: 'VPN down' }),
    ];
    expect(run(rows)).toMatchObject({ withKey: 1, withoutKey: 3, repeats: 0 });
    const result = run(rows, { titleFallback: true });
    expect(result).toMatchObject({ withKey: 4, withoutKey: 0, repeats: 2, repeatIds: ['V2', 'V3'] });
    expect(result.problems.map((p) => [p.key, p.ticketIds])).toEqual([['Acme · vpn down', ['V1', 'V2', 'V3']]]);
  });

  it('takes key, window and minimum from the policy, options overriding them', () => {
    // Policy: key category only, 7-day window, minOccurrences 2. Two printers 6 days apart chain.
    const policy = basePolicy({ recurrence: { key: ['category'], windowDays: 7, minOccurrences: 2, minKeyedShare: 0.5 } });
    const rows: Rows = [printer('A', '2026-03-02T09:00Z', { assetId: 'X' }), printer('B', '2026-03-08T09:00Z', { assetId: 'Y' })];
    expect(run(rows, {}, policy)).toMatchObject({ repeats: 1, problems: [{ key: 'Printer', count: 2 }] });
    expect(run(rows, { windowDays: 5 }, policy)).toMatchObject({ repeats: 0, problems: [] });
    // Parsed from JSON, the same recurrence settings.
    const parsed = parsePolicy({ timezone: 'UTC', recurrence: { key: ['category'], windowDays: 7, minOccurrences: 2 } });
    expect(run(rows, {}, parsed)).toMatchObject({ repeats: 1, problems: [{ key: 'Printer', count: 2 }] });
  });

  it('breaks March down by month and category in the policy time zone', () => {
    // Paris: 2026-02-28T23:30Z is 1 Mar 00:30 local → in March (period in Paris time); B is 29 d 22.5 h later: a repeat.
    const march: Period = { ...MARCH, start: Date.parse('2026-02-28T23:00Z'), end: Date.parse('2026-03-31T22:00Z') };
    const result = recurringIncidents(
      { tickets: ticketsFromRows([printer('A', '2026-02-28T23:30Z'), printer('B', '2026-03-30T21:59Z')]), policy: basePolicy({ timezone: 'Europe/Paris' }) },
      { period: march, asOf: AS_OF },
    );
    expect(result.byMonth).toEqual([{ month: '2026-03', incidents: 2, repeats: 1 }]);
  });

  it('gives no rate when fewer than minKeyedShare of the incidents carry the key (too-few-keyed)', () => {
    // 10 incidents in March; only K1, K2, K3 (PRN-01 · Printer, 2 days apart) carry the key:
    // K2 and K3 repeat K1 → 2 repeats of 3 keyed, a 66.7 % rate measured on 3 of 10 incidents.
    // keyedShare = 3 / 10 = 0.3 < 0.5 (the default): the rate is null, the counts stay.
    const keyed = [printer('K1', '2026-03-02T09:00Z'), printer('K2', '2026-03-04T09:00Z'), printer('K3', '2026-03-06T09:00Z')];
    const unkeyed = Array.from({ length: 7 }, (_, n) => printer(`U${n}`, `2026-03-1${n}T09:00Z`, { assetId: null }));
    const result = run([...keyed, ...unkeyed]);
    expect(result).toMatchObject({ incidents: 10, withKey: 3, withoutKey: 7, repeats: 2, keyedShare: 0.3, minKeyedShare: 0.5, rate: null });
    // The recurring problem is a fact of its own (3 incidents ≥ minOccurrences): still listed.
    expect(result.problems.map((p) => p.ticketIds)).toEqual([['K1', 'K2', 'K3']]);
    // A policy asking for 30 % at least: 3 ≥ 0.3 × 10, the rate is given, 2 / 3.
    expect(run([...keyed, ...unkeyed], { minKeyedShare: 0.3 }).rate).toBeCloseTo(2 / 3, 12);
    // From the policy too.
    const lenient = basePolicy({ recurrence: { key: ['assetId', 'category'], windowDays: 30, minOccurrences: 3, minKeyedShare: 0.25 } });
    expect(run([...keyed, ...unkeyed], {}, lenient).rate).toBeCloseTo(2 / 3, 12);
  });

  it('gives the rate at exactly minKeyedShare, counting cancelled incidents out of the share', () => {
    // K1, K2 keyed (K2 repeats K1), U1, U2 unkeyed, C1 cancelled and keyed: keyedShare = 2 / (5 − 1) = 0.5
    // = the minimum → rate 1/2. Without the cancelled one counted out it would be 2/5 = 0.4 < 0.5.
    const result = run([
      printer('K1', '2026-03-02T09:00Z'),
      printer('K2', '2026-03-03T09:00Z'),
      printer('U1', '2026-03-04T09:00Z', { assetId: null }),
      printer('U2', '2026-03-05T09:00Z', { category: null }),
      printer('C1', '2026-03-06T09:00Z', { statusClass: 'cancelled' }),
    ]);
    expect(result).toMatchObject({ incidents: 5, withKey: 2, withoutKey: 2, cancelled: 1, keyedShare: 0.5, rate: 0.5 });
    // One keyed incident of 4 (25 %): none.
    expect(run([printer('K1', '2026-03-02T09:00Z'), ...['A', 'B', 'C'].map((id) => printer(id, '2026-03-03T09:00Z', { assetId: null }))])).toMatchObject({ withKey: 1, keyedShare: 0.25, rate: null });
    // No keyed incident at all, even with a minimum of 0: no rate (nothing to measure it on).
    expect(run([printer('U', '2026-03-02T09:00Z', { assetId: null })], { minKeyedShare: 0 })).toMatchObject({ withKey: 0, keyedShare: 0, rate: null });
  });

  it('refuses a broken contract', () => {
    expect(() => run([], { key: [] })).toThrow(RevueError);
    expect(() => run([], { key: ['nope' as never] })).toThrow(RevueError);
    expect(() => run([], { windowDays: -1 })).toThrow(RevueError);
    expect(() => run([], { minOccurrences: 0 })).toThrow(RevueError);
    expect(() => run([], { minKeyedShare: 1.5 })).toThrow(RevueError);
    expect(() => run([], { minKeyedShare: Number.NaN })).toThrow(RevueError);
    expect(() => run([], { asOf: Number.NaN })).toThrow(RevueError);
  });

  it('returns null, never NaN, without incidents', () => {
    expect(run([])).toEqual({
      incidents: 0, withKey: 0, withoutKey: 0, cancelled: 0, repeats: 0, keyedShare: null, minKeyedShare: 0.5, rate: null, problems: [],
      byMonth: [{ month: '2026-03', incidents: 0, repeats: 0 }], byCategory: {}, repeatIds: [],
    });
  });
});

// ── Properties ──────────────────────────────────────────────────────────────────────────────

const incidentArb = fc.record({
  openedMinutes: fc.integer({ min: -60 * 24 * 70, max: 60 * 24 * 40 }),
  assetId: fc.constantFrom('A', 'B', 'C', null),
  category: fc.constantFrom('Printer', 'Network', null),
  type: fc.constantFrom('incident', 'request', null),
});

describe('recurringIncidents — properties', () => {
  it('keeps counts consistent and agrees with a brute-force definition of a repeat', () => {
    fc.assert(
      fc.property(fc.array(incidentArb, { maxLength: 60 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 4 }), (list, windowDays, minOccurrences) => {
        const rows = list.map((t, i) => ({ id: `I${String(i).padStart(3, '0')}`, openedAt: MARCH.start + t.openedMinutes * 60_000, assetId: t.assetId, category: t.category, type: t.type }));
        const result = run(rows, { windowDays, minOccurrences });
        expect(result.withKey! + result.withoutKey! + result.cancelled!).toBe(result.incidents);
        expect(result.repeats).toBeLessThanOrEqual(result.withKey!);
        if (result.rate !== null) {
          expect(result.rate).toBeGreaterThanOrEqual(0);
          expect(result.rate).toBeLessThanOrEqual(1);
        }
        expect(result.byMonth.reduce((s, m) => s + m.incidents, 0)).toBe(result.incidents);
        expect(result.byMonth.reduce((s, m) => s + m.repeats, 0)).toBe(result.repeats);
        expect(Object.values(result.byCategory).reduce((s, c) => s + c.repeats, 0)).toBe(result.repeats);

        // Brute force: an incident of the period repeats when another keyed incident of its key
        // comes before it (by opening, then id) no more than the window earlier.
        const keyed = rows.filter((r) => r.type !== 'request' && r.assetId !== null && r.category !== null && r.openedAt < MARCH.end);
        const before = (a: (typeof rows)[number], b: (typeof rows)[number]) => a.openedAt < b.openedAt || (a.openedAt === b.openedAt && a.id < b.id);
        const expected = keyed
          .filter((r) => r.openedAt >= MARCH.start)
          .filter((r) => keyed.some((p) => p !== r && p.assetId === r.assetId && p.category === r.category && before(p, r) && r.openedAt - p.openedAt <= windowDays * 86_400_000))
          .map((r) => r.id)
          .sort();
        expect(result.repeatIds).toEqual(expected);
        expect(result.incidents).toBe(rows.filter((r) => r.type !== 'request' && r.openedAt >= MARCH.start && r.openedAt < MARCH.end).length);

        for (const problem of result.problems) {
          expect(problem.count).toBeGreaterThanOrEqual(minOccurrences);
          expect(problem.ticketIds).toHaveLength(problem.count);
          expect(Date.parse(problem.last)).toBeGreaterThanOrEqual(MARCH.start);
          expect(Date.parse(problem.last)).toBeLessThan(MARCH.end);
        }
        for (let i = 1; i < result.problems.length; i++) expect(result.problems[i - 1]!.count).toBeGreaterThanOrEqual(result.problems[i]!.count);
        // Every incident sits in at most one problem.
        const ids = result.problems.flatMap((p) => p.ticketIds);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('recurringIncidents — many distinct key values', () => {
  it('chains incidents the same way when the key tuples are too many for a direct table', () => {
    // 300 asset ids × 300 categories = 90,000 possible tuples for 600 incidents: more than the
    // direct table takes (4 per row, at least 65,536), so tuples go through the hash table.
    // Incident k and k + 300 share a key (7 × 300 ≡ 0 mod 300); k + 300 is 3 or 13 days later.
    const rows = Array.from({ length: 600 }, (_, k) => ({
      id: `I${String(k).padStart(3, '0')}`,
      openedAt: MARCH.start + (k < 300 ? k * 60_000 : (k - 300) * 60_000 + (k % 2 === 0 ? 3 : 13) * 86_400_000),
      assetId: `A${k % 300}`,
      category: `C${(k * 7) % 300}`,
    }));
    const result = run(rows, { windowDays: 7, minOccurrences: 2 });
    // Brute force: the second incident of a key repeats the first when at most 7 days later.
    const expected = rows.filter((r, k) => k >= 300 && k % 2 === 0).map((r) => r.id);
    expect(result.withKey).toBe(600);
    expect(result.repeatIds).toEqual(expected);
    expect(result.problems).toHaveLength(150);
    expect(run(rows, { windowDays: 7, minOccurrences: 2, key: ['category', 'assetId'] }).repeatIds).toEqual(expected);
  });
});

describe('recurringIncidents — key values holding a separator', () => {
  it('keys by tuples: values that would join to the same text are different keys', () => {
    // Key (assetId, category). By hand: ('X␟Y', 'Z'), ('X', 'Y␟Z') and ('X', 'Y') are three
    // different tuples, though the first two read the same joined with U+001F (the separator the
    // chain keys were once joined with, which made I2 a repeat of I1). Each is a chain of one:
    // no repeat, no problem.
    const rows = [
      { id: 'I1', openedAt: '2026-03-02T09:00Z', assetId: 'X\u001fY', category: 'Z' },
      { id: 'I2', openedAt: '2026-03-03T09:00Z', assetId: 'X', category: 'Y\u001fZ' },
      { id: 'I3', openedAt: '2026-03-04T09:00Z', assetId: 'X', category: 'Y' },
    ];
    const result = run(rows, { windowDays: 7, minOccurrences: 2 });
    expect(result.withKey).toBe(3);
    expect(result.repeatIds).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result).toEqual(referenceRecurringIncidents({ tickets: ticketsFromRows(rows), policy: basePolicy() }, { period: MARCH, asOf: AS_OF, windowDays: 7, minOccurrences: 2 }));
  });

  it('numbers keys by tuple when numbering by value codes is out of int32 range (the JSON path)', () => {
    // By hand: rows 0 and 3 have the same tuple; rows 1 and 2 would join to row 0's text with
    // U+001F or ' · '; row 4 has the same values under the fallback key set; row 5 is unkeyed.
    const keys: (ChainKey | null)[] = [
      { fields: ['assetId', 'category'], values: ['X\u001fY', 'Z'] },
      { fields: ['assetId', 'category'], values: ['X', 'Y\u001fZ'] },
      { fields: ['assetId', 'category'], values: ['X\u001fY\u001fZ', ''] },
      { fields: ['assetId', 'category'], values: ['X\u001fY', 'Z'] },
      { fields: ['client', 'titleKey'], values: ['X\u001fY', 'Z'] },
      null,
    ];
    const chainOf = new Int32Array(keys.length).fill(7);
    expect(numberKeysByJson(keys.length, (row) => keys[row]!, chainOf)).toBe(4);
    expect(Array.from(chainOf)).toEqual([0, 1, 2, 0, 3, -1]);
  });

  it('keeps two problems apart when their shown keys read the same', () => {
    // By hand, window 7 days, minOccurrences 2: ('A · B', 'C') on 2 and 3 March is one chain of
    // two (I2 repeats I1); ('A', 'B · C') on 4 and 5 March another (I4 repeats I3). Both show the
    // key 'A · B · C'; their keyFields tell them apart. Same count, latest `last` first: I3–I4.
    const rows = [
      { id: 'I1', openedAt: '2026-03-02T09:00Z', assetId: 'A · B', category: 'C' },
      { id: 'I2', openedAt: '2026-03-03T09:00Z', assetId: 'A · B', category: 'C' },
      { id: 'I3', openedAt: '2026-03-04T09:00Z', assetId: 'A', category: 'B · C' },
      { id: 'I4', openedAt: '2026-03-05T09:00Z', assetId: 'A', category: 'B · C' },
    ];
    const result = run(rows, { windowDays: 7, minOccurrences: 2 });
    expect(result.repeatIds).toEqual(['I2', 'I4']);
    expect(result.problems.map((p) => [p.key, p.keyFields, p.ticketIds])).toEqual([
      ['A · B · C', { assetId: 'A', category: 'B · C' }, ['I3', 'I4']],
      ['A · B · C', { assetId: 'A · B', category: 'C' }, ['I1', 'I2']],
    ]);
    expect(result).toEqual(referenceRecurringIncidents({ tickets: ticketsFromRows(rows), policy: basePolicy() }, { period: MARCH, asOf: AS_OF, windowDays: 7, minOccurrences: 2 }));
  });
});
