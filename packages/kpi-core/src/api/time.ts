/**
 * `@revue/kpi-core/time`: business calendars beyond `createCalendar`, periods and local days in
 * a time zone (DESIGN §4).
 *
 * @example
 * import { periodContaining, localDateKey } from '@revue/kpi-core/time';
 * periodContaining(Date.UTC(2026, 4, 10), 'quarter', 'Europe/Paris').label; // '2026-Q2'
 * localDateKey(Date.UTC(2026, 2, 28, 23, 30), 'Europe/Paris');              // '2026-03-29'
 */
export { calendarResolver, wallClock } from '../calendar/calendar.js';
export { periodDays, periodContaining, defaultPeriod, type PeriodChoice } from '../calendar/period.js';
export { localDay, localDateKey, monthKey, localMidnight, dayStart, calendarDaysBetween, monthsOfPeriod } from '../calendar/local.js';
export { WEEKDAYS } from '../policy/types.js';
export { monthsFromTo, monthsEndingWith, monthIndex, shiftMonth, type MonthWindow } from '../calendar/month-window.js';
