// Business calendars, periods and local-time helpers (DESIGN §4).
export type { BusinessCalendar, Period, PeriodKind } from './types.js';
export { createCalendar, calendarResolver, wallClock } from './calendar.js';
export { parsePeriod, previousPeriod, periodDays, periodContaining, defaultPeriod, type PeriodChoice } from './period.js';
export { localDay, localDateKey, monthKey, localMidnight, dayStart, calendarDaysBetween, monthsOfPeriod } from './local.js';
