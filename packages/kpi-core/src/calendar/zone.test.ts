/**
 * One rule for local times that a daylight-saving change skips or repeats, in ingestion
 * (`zoneConverter`, a cell read in the policy's zone) and in the calendar (`instantOf`, local
 * midnights and period bounds): Temporal's "compatible" — a skipped reading moves forward by the
 * length of the gap, a repeated one takes its first occurrence.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { zoneConverter } from '../ingest/dates.js';
import { zoneOf } from './zone.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const wall = (y: number, mo: number, d: number, h: number, mi: number): number => Date.UTC(y, mo - 1, d, h, mi);

describe('a skipped or repeated local time: one rule for ingestion and calendar', () => {
  // Hand-worked from the zones' rules (IANA tzdata):
  // Paris 2026-03-29 02:00 CET → 03:00 CEST (1 h gap): 02:30 moves to 03:30 CEST = 01:30Z.
  // Paris 2026-10-25 03:00 CEST → 02:00 CET (overlap): 02:30 first occurs in CEST = 00:30Z.
  // Lord Howe 2026-10-04 02:00 +10:30 → 02:30 +11 (30 min gap): 02:15 moves to 02:45 +11 = 15:45Z the day before.
  // Sao Paulo 2018-11-04 00:00 -03 → 01:00 -02 (gap at midnight): 00:30 moves to 01:30 -02 = 03:30Z.
  const cases: [string, number, number][] = [
    ['Europe/Paris', wall(2026, 3, 29, 2, 30), Date.UTC(2026, 2, 29, 1, 30)],
    ['Europe/Paris', wall(2026, 10, 25, 2, 30), Date.UTC(2026, 9, 25, 0, 30)],
    ['Australia/Lord_Howe', wall(2026, 10, 4, 2, 15), Date.UTC(2026, 9, 3, 15, 45)],
    ['America/Sao_Paulo', wall(2018, 11, 4, 0, 30), Date.UTC(2018, 10, 4, 3, 30)],
    ['America/Sao_Paulo', wall(2018, 11, 4, 0, 0), Date.UTC(2018, 10, 4, 3, 0)],
  ];
  test.each(cases)('%s: hand-worked gap and overlap readings', (zone, local, expected) => {
    expect(zoneOf(zone).instantOf(local)).toBe(expected);
    expect(zoneConverter(zone)(local)).toBe(expected);
  });

  test('property: the calendar and ingestion agree on every minute near a change, in four zones', () => {
    const changes: [string, number][] = [
      ['UTC', wall(2026, 3, 29, 2, 0)],
      ['Europe/Paris', wall(2026, 3, 29, 2, 0)],
      ['Europe/Paris', wall(2026, 10, 25, 2, 0)],
      ['America/Sao_Paulo', wall(2018, 11, 4, 0, 0)],
      ['America/Sao_Paulo', wall(2019, 2, 16, 23, 0)],
      ['Australia/Lord_Howe', wall(2026, 10, 4, 2, 0)],
      ['Australia/Lord_Howe', wall(2026, 4, 5, 1, 30)],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...changes), fc.integer({ min: -180, max: 180 }), ([zone, at], minutes) => {
        const local = at + minutes * MINUTE;
        const instant = zoneOf(zone).instantOf(local);
        expect(zoneConverter(zone)(local)).toBe(instant);
        // Never earlier than the reading's first instant, never more than the gap (≤ 1 h here) later.
        expect(instant + zoneOf(zone).offsetAt(instant)).toBeGreaterThanOrEqual(local);
        expect(instant + zoneOf(zone).offsetAt(instant) - local).toBeLessThanOrEqual(HOUR);
      }),
      { numRuns: 400 },
    );
  });
});
