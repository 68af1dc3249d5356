/**
 * Reporting periods (DESIGN §4): `[start, end)` between local midnights in the policy's zone.
 */
import { RevueError } from '../internal/errors.js';
import type { Period, PeriodKind } from './types.js';
import { dayOfDate, dayOfKey, keyOfDay } from './days.js';
import { dayStart, localDay } from './local.js';
import { MAX_YEAR, MIN_YEAR, zoneOf } from './zone.js';

const HINT = 'use 2026-03, 2026-Q2, 2026-H1, 2026 or 2026-01-15..2026-02-15';

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

function customPeriod(startDay: number, endDay: number, timezone: string, spec: string): Period {
  if (!(endDay > startDay)) throw new RevueError('period', `period "${spec}" ends before it starts (the end date is exclusive)`);
  checkYear(Number(keyOfDay(startDay).slice(0, 4)), spec);
  // The exclusive end may be 1 January of the year after the last supported one.
  if (endDay > dayOfDate(MAX_YEAR + 1, 1, 1)) throw new RevueError('period', `period "${spec}" is outside ${MIN_YEAR}–${MAX_YEAR}`);
  return {
    label: `${keyOfDay(startDay)}..${keyOfDay(endDay)}`,
    kind: 'custom',
    start: dayStart(startDay, timezone),
    end: dayStart(endDay, timezone),
  };
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
 * | `2026-01-15..2026-02-15` | custom | 15 January to 14 February 2026 (end date exclusive) |
 *
 * The label is the spec in this canonical form (`2026-q2` gives `2026-Q2`).
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
    const endDay = dayOfKey(match[2]!);
    if (!Number.isNaN(startDay) && !Number.isNaN(endDay)) return customPeriod(startDay, endDay, timezone, text);
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
 * custom range, the range of as many calendar days just before it (ending at its start).
 *
 * @example
 * ```ts
 * previousPeriod(parsePeriod('2026-Q1', 'UTC'), 'UTC').label; // '2025-Q4'
 * previousPeriod(parsePeriod('2026-03-10..2026-03-20', 'UTC'), 'UTC').label; // '2026-02-28..2026-03-10'
 * ```
 */
export function previousPeriod(period: Period, timezone: string): Period {
  const startDay = localDay(period.start, timezone);
  if (period.kind === 'custom') {
    const days = periodDays(period, timezone);
    return customPeriod(startDay - days, startDay, timezone, `before ${period.label}`);
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
