import type { PeriodKind } from './filters.js';

/** A calendar date in some time zone. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The calendar date of an instant in a time zone (through `Intl`, so daylight saving is right).
 *
 * @example
 * localDate('2026-06-30T22:30:00Z', 'Europe/Paris'); // → { year: 2026, month: 7, day: 1 }
 */
export function localDate(iso: string, timezone: string): LocalDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(Date.parse(iso));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The label of the period of `kind` that contains a local date (custom has no such label). */
export function labelContaining(kind: Exclude<PeriodKind, 'custom'>, date: LocalDate): string {
  switch (kind) {
    case 'month':
      return `${date.year}-${pad(date.month)}`;
    case 'quarter':
      return `${date.year}-Q${Math.ceil(date.month / 3)}`;
    case 'half':
      return `${date.year}-H${date.month <= 6 ? 1 : 2}`;
    case 'year':
      return String(date.year);
  }
}

/** Months (1-based) of the first and last month of a non-custom period label. */
function monthSpan(label: string): { year: number; first: number; last: number } | null {
  let m = /^(\d{4})-(\d{2})$/.exec(label);
  if (m) return { year: Number(m[1]), first: Number(m[2]), last: Number(m[2]) };
  m = /^(\d{4})-Q([1-4])$/.exec(label);
  if (m) return { year: Number(m[1]), first: Number(m[2]) * 3 - 2, last: Number(m[2]) * 3 };
  m = /^(\d{4})-H([12])$/.exec(label);
  if (m) return { year: Number(m[1]), first: m[2] === '1' ? 1 : 7, last: m[2] === '1' ? 6 : 12 };
  m = /^(\d{4})$/.exec(label);
  if (m) return { year: Number(m[1]), first: 1, last: 12 };
  return null;
}

function previousLabel(kind: Exclude<PeriodKind, 'custom'>, label: string): string {
  const span = monthSpan(label);
  if (!span) return label;
  const month = span.first === 1 ? 12 : span.first - 1;
  const year = span.first === 1 ? span.year - 1 : span.year;
  return labelContaining(kind, { year, month, day: 1 });
}

/**
 * The periods of `kind` that overlap `[from, to]` (ISO instants, local dates in `timezone`),
 * most recent first, for the period picker.
 *
 * @example
 * periodOptions('half', '2025-10-01T08:00:00Z', '2026-09-30T17:00:00Z', 'Europe/Paris');
 * // → ['2026-H2', '2026-H1', '2025-H2']
 */
export function periodOptions(kind: Exclude<PeriodKind, 'custom'>, from: string, to: string, timezone: string): string[] {
  const first = labelContaining(kind, localDate(from, timezone));
  let label = labelContaining(kind, localDate(to, timezone));
  const labels = [label];
  // Bounded walk backwards: at most 50 years of months.
  for (let i = 0; i < 600 && label !== first; i++) {
    label = previousLabel(kind, label);
    labels.push(label);
  }
  return labels;
}

/**
 * The first and last dates `yyyy-MM-dd` of a period label, both included (as kpi-core reads a
 * custom range `START..END`: `2026-04-01..2026-06-30` is 2026-Q2), for the custom inputs.
 */
export function periodDates(label: string): { start: string; end: string } | null {
  const custom = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(label);
  if (custom) return { start: custom[1]!, end: custom[2]! };
  const span = monthSpan(label);
  if (!span) return null;
  return { start: `${span.year}-${pad(span.first)}-01`, end: `${span.year}-${pad(span.last)}-${pad(daysInMonth(span.year, span.last))}` };
}
