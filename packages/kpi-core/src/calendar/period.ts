/**
 * Reporting periods (DESIGN §4): `[start, end)` between local midnights in the policy's zone.
 */
import { RevueError } from '../internal/errors.js';
import type { Period, PeriodKind } from './types.js';
import { dayOfDate, dayOfKey, keyOfDay } from './days.js';
import { dayStart, localDay } from './local.js';
import { MAX_YEAR, MIN_YEAR, zoneOf } from './zone.js';

const HINT = 'use 2026-03, 2026-Q2, 2026-H1, 2026, 2026-01-15..2026-02-14 (both days included) or 2026-01-15T08:00..2026-01-16T08:00';

/** First and last month (1-based) of each 12-month slot, per kind. */
const MONTHS_PER_KIND = { month: 1, quarter: 3, half: 6, year: 12 } as const;
type FixedKind = keyof typeof MONTHS_PER_KIND;

function labelOf(kind: FixedKind, year: number, index: number): string {
  const y = String(year).padStart(4, '0');
  switch (kind) {
    case 'month':
      return `${y}-${String(index).padStart(2, '0')}`;
    case 'quarter':
      return `${y}-Q${index}`;
    case 'half':
      return `${y}-H${index}`;
    case 'year':
      return y;
  }
}

function checkYear(year: number, spec: string): void {
  if (year < MIN_YEAR || year > MAX_YEAR) throw new RevueError('period', `period "${spec}" is outside ${MIN_YEAR}–${MAX_YEAR}`);
}

/** The period of kind `kind` numbered `index` (1-based month, quarter, half; 1 for a year). */
function fixedPeriod(kind: FixedKind, year: number, index: number, timezone: string): Period {
  const label = labelOf(kind, year, index);
  checkYear(year, label);
  const months = MONTHS_PER_KIND[kind];
  const firstMonth = (index - 1) * months + 1;
  const startDay = dayOfDate(year, firstMonth, 1);
  const endDay = firstMonth + months > 12 ? dayOfDate(year + 1, 1, 1) : dayOfDate(year, firstMonth + months, 1);
  return { label, kind, start: dayStart(startDay, timezone), end: dayStart(endDay, timezone) };
}

/**
 * The days `[startDay, endDay)` (end exclusive) as a period: the calendar month, quarter,
 * half-year or year it is exactly, else a custom range labelled with its first and last days
 * (`2026-01-15..2026-02-14`, both included, as people write them).
 */
function customPeriod(startDay: number, endDay: number, timezone: string, spec: string): Period {
  if (!(endDay > startDay)) throw new RevueError('period', `period "${spec}" ends before it starts`);
  checkYear(Number(keyOfDay(startDay).slice(0, 4)), spec);
  checkYear(Number(keyOfDay(endDay - 1).slice(0, 4)), spec);
  const fixed = fixedSlot(startDay, endDay);
  if (fixed !== null) return fixedPeriod(fixed[0], fixed[1], fixed[2], timezone);
  return {
    label: `${keyOfDay(startDay)}..${keyOfDay(endDay - 1)}`,
    kind: 'custom',
    start: dayStart(startDay, timezone),
    end: dayStart(endDay, timezone),
  };
}

/** The month, quarter, half or year that `[startDay, endDay)` is exactly, or null. */
function fixedSlot(startDay: number, endDay: number): [FixedKind, number, number] | null {
  const key = keyOfDay(startDay);
  if (!key.endsWith('-01')) return null;
  const year = Number(key.slice(0, 4));
  const month = Number(key.slice(5, 7));
  for (const kind of ['month', 'quarter', 'half', 'year'] as const) {
    const months = MONTHS_PER_KIND[kind];
    if ((month - 1) % months !== 0) continue;
    const end = month + months > 12 ? dayOfDate(year + 1, month + months - 12, 1) : dayOfDate(year, month + months, 1);
    if (end === endDay) return [kind, year, (month - 1) / months + 1];
  }
  return null;
}

/** `yyyy-MM-ddTHH:mm[:ss[.SSS]]` with an optional `Z` or `±HH:mm` offset. */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** An instant of a range: with an offset as written, else a local time in `timezone`; NaN when invalid. */
function instantOfText(text: string, timezone: string): number {
  const match = INSTANT.exec(text);
  if (match === null) return NaN;
  const [, y, mo, d, h, mi, sec] = match;
  const day = dayOfKey(`${y}-${mo}-${d}`);
  if (Number.isNaN(day) || Number(h) > 23 || Number(mi) > 59 || Number(sec ?? 0) > 59) return NaN;
  if (match[7] !== undefined) return Date.parse(text.replace(' ', 'T'));
  const local = day * 86_400_000 + Number(h) * 3_600_000 + Number(mi) * 60_000 + Number(sec ?? 0) * 1000;
  return zoneOf(timezone).instantOf(local);
}

/**
 * An instant written as ISO text, read as the bounds of {@link parsePeriod} are: with `Z` or an
 * offset, as written; a date-time without one, the wall clock in `timezone`; a date alone, its
 * local midnight there. Never the machine's zone (which `Date.parse` would use). NaN when the
 * text is none of these.
 *
 * @example instantInZone('2026-04-01T00:00', 'Europe/Paris'); // Date.parse('2026-03-31T22:00Z')
 */
export function instantInZone(text: string, timezone: string): number {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    const day = dayOfKey(trimmed);
    return Number.isNaN(day) ? NaN : dayStart(day, timezone);
  }
  return instantOfText(trimmed, timezone);
}

/** A range of instants `[start, end)`, end excluded, labelled with its ISO bounds (UTC). */
function instantPeriod(start: number, end: number, spec: string): Period {
  if (!(end > start)) throw new RevueError('period', `period "${spec}" ends before it starts`);
  if (start < Date.UTC(MIN_YEAR, 0, 1) || end > Date.UTC(MAX_YEAR + 1, 0, 1)) {
    throw new RevueError('period', `period "${spec}" is outside ${MIN_YEAR}–${MAX_YEAR}`);
  }
  return { label: `${new Date(start).toISOString()}..${new Date(end).toISOString()}`, kind: 'custom', start, end };
}

/** Whether a custom period is a range of instants (its label holds times), not of days. */
function isInstantRange(period: Period): boolean {
  return period.kind === 'custom' && period.label.includes('T');
}

/**
 * The reporting period named by a spec, in a time zone: `[start, end)` between local midnights.
 *
 * | spec | kind | covers |
 * | --- | --- | --- |
 * | `2026-03` | month | March 2026 |
 * | `2026-Q2` | quarter | April–June 2026 |
 * | `2026-H1` | half | January–June 2026 |
 * | `2026` | year | 2026 |
 * | `2026-01-15..2026-02-14` | custom | 15 January to 14 February 2026 (both days included) |
 * | `2026-04-01..2026-06-30` | quarter | 2026-Q2: a range that is exactly a calendar month, quarter, half or year is that period |
 * | `2026-01-15T08:00..2026-01-16T08:00` | custom | from 15 January 08:00 to 16 January 08:00 (end instant excluded); local time, or with `Z`/`+01:00` |
 *
 * The label is the spec in this canonical form (`2026-q2` gives `2026-Q2`; a range of instants
 * is labelled with its UTC ISO bounds).
 *
 * @throws RevueError (code `period`) naming the spec when it is not one of these forms, names a
 *   date that does not exist, ends before it starts, or lies outside 1970–2100.
 * @example
 * ```ts
 * parsePeriod('2026-Q2', 'Europe/Paris');
 * // { label: '2026-Q2', kind: 'quarter', start: Date.parse('2026-03-31T22:00Z'), end: Date.parse('2026-06-30T22:00Z') }
 * ```
 */
export function parsePeriod(spec: string, timezone: string): Period {
  zoneOf(timezone);
  const text = typeof spec === 'string' ? spec.trim() : '';
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{2})$/.exec(text)) !== null) {
    const month = Number(match[2]);
    if (month >= 1 && month <= 12) return fixedPeriod('month', Number(match[1]), month, timezone);
  } else if ((match = /^(\d{4})-Q([1-4])$/i.exec(text)) !== null) {
    return fixedPeriod('quarter', Number(match[1]), Number(match[2]), timezone);
  } else if ((match = /^(\d{4})-H([12])$/i.exec(text)) !== null) {
    return fixedPeriod('half', Number(match[1]), Number(match[2]), timezone);
  } else if ((match = /^(\d{4})$/.exec(text)) !== null) {
    return fixedPeriod('year', Number(match[1]), 1, timezone);
  } else if ((match = /^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$/.exec(text)) !== null) {
    const startDay = dayOfKey(match[1]!);
    const lastDay = dayOfKey(match[2]!);
    // Both days included, as people write them: the exclusive end is the day after the last.
    if (!Number.isNaN(startDay) && !Number.isNaN(lastDay)) return customPeriod(startDay, lastDay + 1, timezone, text);
  } else if ((match = /^(\S+)\s*\.\.\s*(\S+)$/.exec(text)) !== null) {
    const start = instantOfText(match[1]!, timezone);
    const end = instantOfText(match[2]!, timezone);
    if (Number.isFinite(start) && Number.isFinite(end)) return instantPeriod(start, end, text);
  }
  throw new RevueError('period', `"${String(spec)}" is not a period (${HINT})`);
}

/** Year and 1-based index of the month/quarter/half/year of a local day number. */
function slotOf(kind: FixedKind, day: number): [year: number, index: number] {
  const key = keyOfDay(day);
  const year = Number(key.slice(0, 4));
  const month = Number(key.slice(5, 7));
  return [year, Math.floor((month - 1) / MONTHS_PER_KIND[kind]) + 1];
}

/**
 * The calendar days of a period in a time zone (local dates from start to end; a DST day counts
 * as one day).
 *
 * @example
 * ```ts
 * periodDays(parsePeriod('2026-03', 'Europe/Paris'), 'Europe/Paris'); // 31 (although 31 d − 1 h long)
 * ```
 */
export function periodDays(period: Period, timezone: string): number {
  return Math.max(0, localDay(period.end, timezone) - localDay(period.start, timezone));
}

/**
 * The period before another: the previous calendar month, quarter, half-year or year; for a
 * custom range of days, the range of as many calendar days just before it (ending at its
 * start); for a range of instants, the range of the same length just before it.
 *
 * @throws RevueError (code `period`) when that period falls outside 1970–2100 (`buildReport`
 *   then reports no previous period).
 * @example
 * ```ts
 * previousPeriod(parsePeriod('2026-Q1', 'UTC'), 'UTC').label; // '2025-Q4'
 * previousPeriod(parsePeriod('2026-03-10..2026-03-19', 'UTC'), 'UTC').label; // '2026-02-28..2026-03-09'
 * ```
 */
export function previousPeriod(period: Period, timezone: string): Period {
  if (isInstantRange(period)) {
    const length = period.end - period.start;
    return instantPeriod(period.start - length, period.start, `before ${period.label}`);
  }
  const startDay = localDay(period.start, timezone);
  if (period.kind === 'custom') {
    const days = periodDays(period, timezone);
    const previous = customPeriod(startDay - days, startDay, timezone, `before ${period.label}`);
    // Always the range of days before, even when it happens to be a calendar month or quarter.
    return { ...previous, kind: 'custom', label: `${keyOfDay(startDay - days)}..${keyOfDay(startDay - 1)}` };
  }
  if (!Object.hasOwn(MONTHS_PER_KIND, period.kind)) throw new RevueError('period', `unknown period kind "${String(period.kind)}"`);
  const kind = period.kind as FixedKind;
  const [year, index] = slotOf(kind, startDay);
  const slots = 12 / MONTHS_PER_KIND[kind];
  return index > 1 ? fixedPeriod(kind, year, index - 1, timezone) : fixedPeriod(kind, year - 1, slots, timezone);
}

/**
 * The month, quarter, half-year or year (local, in a time zone) that contains an instant, e.g.
 * the default period of a report: the quarter of its `asOf`.
 *
 * @throws RevueError for `custom` (a custom range is not determined by one instant) or NaN.
 * @example
 * ```ts
 * periodContaining(Date.parse('2026-03-31T22:30Z'), 'quarter', 'Europe/Paris').label; // '2026-Q2'
 * ```
 */
export function periodContaining(instant: number, kind: PeriodKind, timezone: string): Period {
  if (!Object.hasOwn(MONTHS_PER_KIND, kind)) throw new RevueError('period', `periodContaining needs month, quarter, half or year, got "${String(kind)}"`);
  const [year, index] = slotOf(kind as FixedKind, localDay(instant, timezone));
  return fixedPeriod(kind as FixedKind, year, index, timezone);
}

/** How a report's period was chosen (`period.chosenBy`). */
export type PeriodChoice = 'given' | 'latest-ended-quarter' | 'quarter-of-as-of';

/**
 * The default period of a review (DESIGN §4): the latest calendar quarter that ends at or before
 * `asOf` and holds at least a tenth as many opened tickets as the busiest quarter of the data (so
 * that a few stray late dates do not make the review empty) — `chosenBy: 'latest-ended-quarter'`;
 * when no quarter qualifies (none ends by `asOf`, or none holding tickets is busy enough), the
 * quarter that contains `asOf` — `chosenBy: 'quarter-of-as-of'`. Quarters are local to
 * `timezone`; `openings` are the tickets' opening instants (NaN ignored).
 *
 * @example
 * ```ts
 * // 500 tickets in each quarter of 2016, one in 2017-Q1, asOf 2017-02-18:
 * defaultPeriod(openings, Date.parse('2017-02-18T12:00Z'), 'UTC');
 * // → { period: { label: '2016-Q4', … }, chosenBy: 'latest-ended-quarter' }
 * ```
 */
export function defaultPeriod(openings: ArrayLike<number>, asOf: number, timezone: string): { period: Period; chosenBy: PeriodChoice } {
  const ofAsOf = { period: periodContaining(asOf, 'quarter', timezone), chosenBy: 'quarter-of-as-of' as const };
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < openings.length; i++) {
    const at = openings[i]!;
    if (at < min) min = at; // NaN never compares
    if (at > max) max = at;
  }
  if (!(min <= max)) return ofAsOf;
  // The quarters from the first to the last opening, by their start instants.
  const first = periodContaining(min, 'quarter', timezone);
  const quarters: Period[] = [first];
  while (quarters[quarters.length - 1]!.end <= max) quarters.push(nextQuarter(quarters[quarters.length - 1]!, timezone));
  const starts = Float64Array.from(quarters, (quarter) => quarter.start);
  const counts = new Float64Array(quarters.length);
  for (let i = 0; i < openings.length; i++) {
    const at = openings[i]!;
    if (at !== at) continue;
    // The last quarter starting at or before `at`.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    counts[lo]!++;
  }
  let busiest = 0;
  for (const count of counts) if (count > busiest) busiest = count;
  for (let q = quarters.length - 1; q >= 0; q--) {
    if (quarters[q]!.end > asOf) continue;
    if (counts[q]! * 10 >= busiest) return { period: quarters[q]!, chosenBy: 'latest-ended-quarter' };
  }
  return ofAsOf;
}

/** The calendar quarter after a quarter. */
function nextQuarter(quarter: Period, timezone: string): Period {
  return periodContaining(quarter.end, 'quarter', timezone);
}
