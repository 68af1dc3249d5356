import { createDateParser, detectDayMonthOrder } from './core.js';

/**
 * The date formats the mapping screen offers (date-fns tokens, each one kpi-core's reader reads
 * on its fast path): day-first and month-first numeric dates, ISO 8601, and Jira's month names.
 */
export const DATE_FORMATS = [
  'dd/MM/yyyy HH:mm',
  'dd/MM/yyyy',
  'MM/dd/yyyy hh:mm a',
  'MM/dd/yyyy',
  'yyyy-MM-dd HH:mm:ss',
  "yyyy-MM-dd'T'HH:mm:ssXXX",
  'dd-MM-yyyy HH:mm',
  'dd.MM.yyyy HH:mm',
  'd/M/yyyy H:mm',
  'dd/MMM/yy h:mm a',
] as const;

/**
 * The first values of a date column as the reader would read them with `format` (undefined:
 * the day/month order the reader settles, here from these values with kpi-core's rule: proven
 * by a number above 12, else month-first for times in AM/PM, else day-first): an ISO instant of
 * the wall clock read (the time zone is applied later, from the policy), or null for a value
 * that is not a date. A format the reader refuses reads every value as null.
 *
 * @example previewDates(['15/08/2025 10:02', 'soon'], 'dd/MM/yyyy HH:mm') // ['2025-08-15T10:02:00.000Z', null]
 * @example previewDates(['03/14/2026'], 'MM/dd/yyyy') // ['2026-03-14T00:00:00.000Z']
 * @example previewDates(['3/2/2026 9:15 AM'], undefined) // ['2026-03-02T09:15:00.000Z']
 */
export function previewDates(values: readonly string[], format: string | undefined): (string | null)[] {
  let parse: (value: string) => number;
  try {
    parse = createDateParser({ timeZone: 'UTC', ...(format ? { format } : { order: detectDayMonthOrder(values) }) });
  } catch {
    return values.map(() => null);
  }
  return values.map((value) => {
    const instant = parse(value);
    return Number.isFinite(instant) ? new Date(instant).toISOString() : null;
  });
}
