import type { Report } from '@revue/kpi-core';
import { dateText, type Format } from '../format/format.js';
import { localDateTime } from './cells.js';

/**
 * A review period in words, from its first to its last day in the report's time zone (the end
 * of `period` is exclusive): a month `September 2026`, months of one year `July – September
 * 2026` (fr `juillet – septembre 2026`), across years `November 2025 – January 2026`, and any
 * other range day to day `15 January 2026 – 14 February 2026`.
 *
 * @example
 * periodInWords({ start: '2026-06-30T22:00:00Z', end: '2026-09-30T22:00:00Z' }, createFormat('fr'), 'Europe/Paris'); // → 'juillet – septembre 2026'
 */
export function periodInWords(period: Pick<Report['period'], 'start' | 'end'>, format: Pick<Format, 'locale' | 'language'>, timeZone: string): string {
  const first = localDateTime(period.start, timeZone);
  const last = localDateTime(Date.parse(period.end) - 1, timeZone);
  if (!first || !last) return '';
  const utc = (d: { year: number; month: number; day: number }) => Date.UTC(d.year, d.month - 1, d.day, 12);
  const months = new Intl.DateTimeFormat(format.locale, { month: 'long', timeZone: 'UTC' });
  const monthYear = new Intl.DateTimeFormat(format.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(format.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const lastDayOfMonth = new Date(Date.UTC(last.year, last.month, 0)).getUTCDate();
  const wholeMonths = first.day === 1 && last.day === lastDayOfMonth;
  if (!wholeMonths) return `${dateText(day, utc(first), format.language)} – ${dateText(day, utc(last), format.language)}`;
  if (first.year === last.year && first.month === last.month) return monthYear.format(utc(first));
  if (first.year === last.year) return `${months.format(utc(first))} – ${monthYear.format(utc(last))}`;
  return `${monthYear.format(utc(first))} – ${monthYear.format(utc(last))}`;
}
