/**
 * addMonthsInZone and monthsBetweenInZone against their second implementation, date-fns
 * `addMonths` / `differenceInMonths` on `TZDate`: equal on hand-picked month ends and DST days,
 * and on random instants (biased towards local midnights, month ends and DST changes) in zones
 * with ordinary, southern-hemisphere, half-hour and midnight daylight-saving changes.
 */
import { TZDate } from '@date-fns/tz';
import { addMonths, differenceInMonths } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addMonthsInZone, monthsBetweenInZone } from './months.js';

const ZONES = ['Europe/Paris', 'America/New_York', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Asia/Tehran', 'America/Havana', 'UTC', 'Asia/Kolkata'];
const reference = {
  add: (ms: number, months: number, zone: string) => addMonths(new TZDate(ms, zone), months).getTime(),
  between: (later: number, earlier: number, zone: string) => differenceInMonths(new TZDate(later, zone), new TZDate(earlier, zone)),
};

describe('addMonthsInZone', () => {
  test('hand-worked month ends and DST days (Europe/Paris)', () => {
    // 31 Oct 2025 00:00 CET (= 30 Oct 23:00Z) + 4 months → 28 Feb 2026 00:00 CET (clamped), = 27 Feb 23:00Z
    expect(addMonthsInZone(Date.parse('2025-10-30T23:00Z'), 4, 'Europe/Paris')).toBe(Date.parse('2026-02-27T23:00Z'));
    // 31 Oct 2025 00:00 CET + 5 months → 31 Mar 2026 00:00 CEST = 30 Mar 22:00Z (the offset changes in between)
    expect(addMonthsInZone(Date.parse('2025-10-30T23:00Z'), 5, 'Europe/Paris')).toBe(Date.parse('2026-03-30T22:00Z'));
    // 29 Feb 2024 12:00 UTC + 12 months → 28 Feb 2025 12:00
    expect(addMonthsInZone(Date.parse('2024-02-29T12:00Z'), 12, 'UTC')).toBe(Date.parse('2025-02-28T12:00Z'));
    expect(addMonthsInZone(Number.NaN, 3, 'UTC')).toBeNaN();
    expect(addMonthsInZone(Date.parse('2024-02-29T12:00Z'), 0, 'UTC')).toBe(Date.parse('2024-02-29T12:00Z'));
  });

  test('a local time that falls in a DST gap gives what date-fns gives', () => {
    // 29 Feb 2026 does not exist; 29 Mar 2026 02:30 Paris does not (clocks jump 02:00 → 03:00).
    const start = Date.parse('2026-02-01T01:30Z'); // 1 Feb 02:30 CET
    expect(addMonthsInZone(start, 1, 'Europe/Paris')).toBe(reference.add(start, 1, 'Europe/Paris'));
    expect(addMonthsInZone(start, 2, 'Europe/Paris')).toBe(reference.add(start, 2, 'Europe/Paris'));
  });

  test('equals date-fns addMonths on TZDate for random instants, zones and month counts', () => {
    const instant = fc.oneof(
      fc.integer({ min: Date.UTC(1975, 0, 1), max: Date.UTC(2095, 0, 1) }).map((ms) => Math.floor(ms / 60_000) * 60_000),
      fc.record({ day: fc.integer({ min: 0, max: 45_000 }), hour: fc.integer({ min: -3, max: 3 }) }).map(({ day, hour }) => Date.UTC(1975, 0, 1) + day * 86_400_000 + hour * 3_600_000),
    );
    fc.assert(
      fc.property(instant, fc.integer({ min: -200, max: 200 }), fc.constantFrom(...ZONES), (ms, months, zone) => {
        expect(addMonthsInZone(ms, months, zone)).toBe(reference.add(ms, months, zone));
      }),
      { numRuns: 400 },
    );
  });
});

describe('monthsBetweenInZone', () => {
  test('hand-worked: full months only, month ends', () => {
    // 15 Jan 2024 10:00 Paris → 1 Jul 2026 12:00 Paris: 29 full months (15 Jun → 1 Jul is not a full month)
    expect(monthsBetweenInZone(Date.parse('2026-07-01T10:00Z'), Date.parse('2024-01-15T09:00Z'), 'Europe/Paris')).toBe(29);
    // 31 Jan → 28 Feb (last day of February): one month, as date-fns counts it
    expect(monthsBetweenInZone(Date.parse('2026-02-28T00:00Z'), Date.parse('2026-01-31T00:00Z'), 'UTC')).toBe(1);
    expect(monthsBetweenInZone(Date.parse('2026-01-31T00:00Z'), Date.parse('2026-02-28T00:00Z'), 'UTC')).toBe(reference.between(Date.parse('2026-01-31T00:00Z'), Date.parse('2026-02-28T00:00Z'), 'UTC'));
    expect(monthsBetweenInZone(Date.parse('2026-03-10T00:00Z'), Date.parse('2026-03-01T00:00Z'), 'UTC')).toBe(0);
  });

  test('equals date-fns differenceInMonths on TZDate for random pairs', () => {
    const instant = fc.oneof(
      fc.integer({ min: Date.UTC(1975, 0, 1), max: Date.UTC(2095, 0, 1) }),
      fc.record({ day: fc.integer({ min: 0, max: 45_000 }), hour: fc.integer({ min: -3, max: 3 }) }).map(({ day, hour }) => Date.UTC(1975, 0, 1) + day * 86_400_000 + hour * 3_600_000),
    );
    fc.assert(
      fc.property(instant, instant, fc.constantFrom(...ZONES), (later, earlier, zone) => {
        expect(monthsBetweenInZone(later, earlier, zone)).toBe(reference.between(later, earlier, zone));
      }),
      { numRuns: 400 },
    );
  });

  test('asOf late in February and month ends near DST changes, every day of 400 (Paris, Sao Paulo)', () => {
    for (const zone of ['Europe/Paris', 'America/Sao_Paulo']) {
      for (const asOf of [Date.parse('2026-02-28T11:00Z'), Date.parse('2028-02-29T23:30Z'), Date.parse('2026-03-31T22:00Z')]) {
        for (let day = 0; day < 400; day++) {
          const earlier = Date.UTC(2023, 0, 1) + day * 86_400_000 - 3_600_000;
          expect(monthsBetweenInZone(asOf, earlier, zone)).toBe(reference.between(asOf, earlier, zone));
        }
      }
    }
  });
});
