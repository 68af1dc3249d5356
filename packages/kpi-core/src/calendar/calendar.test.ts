import { describe, expect, test } from 'vitest';
import { RevueError } from '../internal/errors.js';
import { parsePolicy } from '../policy/parse.js';
import { calendarResolver, createCalendar, wallClock } from './calendar.js';

const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();

/** Paris office hours, French public holidays. */
const parisFR = parsePolicy({ timezone: 'Europe/Paris', calendar: { holidays: { country: 'FR' } } });

describe('createCalendar: holidays and closed days', () => {
  test('a ticket opened on the eve of 14 July', () => {
    const calendar = createCalendar(parisFR);
    // Mon 13 July 16:00 CEST (14:00Z) → Wed 15 July 10:00 CEST (08:00Z), open 09:00–17:00:
    // 13th 16:00–17:00 = 60, 14th holiday = 0, 15th 09:00–10:00 = 60 → 120.
    expect(calendar.businessMinutes(at('2026-07-13T14:00Z'), at('2026-07-15T08:00Z'))).toBe(120);
    expect(iso(calendar.addBusinessMinutes(at('2026-07-13T14:00Z'), 120))).toBe('2026-07-15T08:00:00.000Z');
    // Without holidays the 14th adds its 8 h: 60 + 480 + 60 = 600.
    const noHolidays = createCalendar(parsePolicy({ timezone: 'Europe/Paris' }));
    expect(noHolidays.businessMinutes(at('2026-07-13T14:00Z'), at('2026-07-15T08:00Z'))).toBe(600);
  });

  test('a closed bridge day after Ascension', () => {
    const policy = parsePolicy({
      timezone: 'Europe/Paris',
      calendar: { holidays: { country: 'FR' }, closedDays: ['2026-05-15'] },
    });
    // Wed 13 May 16:00 CEST → Mon 18 May 10:00 CEST: 13th 60; 14th Ascension; 15th bridge day;
    // 16th–17th weekend; 18th 60 → 120. Without the bridge day the 15th adds 480 → 600.
    expect(createCalendar(policy).businessMinutes(at('2026-05-13T14:00Z'), at('2026-05-18T08:00Z'))).toBe(120);
    expect(createCalendar(parisFR).businessMinutes(at('2026-05-13T14:00Z'), at('2026-05-18T08:00Z'))).toBe(600);
  });

  test('Good Friday is closed in Alsace-Moselle only', () => {
    // Fri 3 April 2026 local day = [2026-04-02T22:00Z, 2026-04-03T22:00Z) (CEST).
    const day: [number, number] = [at('2026-04-02T22:00Z'), at('2026-04-03T22:00Z')];
    for (const region of ['57', '67', '68']) {
      const alsace = parsePolicy({ timezone: 'Europe/Paris', calendar: { holidays: { country: 'FR', region } } });
      expect(createCalendar(alsace).businessMinutes(...day)).toBe(0);
    }
    // Elsewhere in France it is an ordinary Friday: 09:00–17:00 = 480.
    expect(createCalendar(parisFR).businessMinutes(...day)).toBe(480);
  });

  test('26 December is closed in Moselle, open in Paris', () => {
    // Fri 26 Dec 2025 (CET): [2025-12-25T23:00Z, 2025-12-26T23:00Z).
    const moselle = parsePolicy({ timezone: 'Europe/Paris', calendar: { holidays: { country: 'FR', region: '57' } } });
    expect(createCalendar(moselle).businessMinutes(at('2025-12-25T23:00Z'), at('2025-12-26T23:00Z'))).toBe(0);
    expect(createCalendar(parisFR).businessMinutes(at('2025-12-25T23:00Z'), at('2025-12-26T23:00Z'))).toBe(480);
  });

  test('across New Year', () => {
    // Thu 31 Dec 2026 16:00 CET (15:00Z) → Mon 4 Jan 2027 10:00 CET (09:00Z):
    // 31st 60; 1 Jan holiday; 2–3 weekend; 4th 60 → 120.
    const calendar = createCalendar(parisFR);
    expect(calendar.businessMinutes(at('2026-12-31T15:00Z'), at('2027-01-04T09:00Z'))).toBe(120);
    expect(iso(calendar.addBusinessMinutes(at('2026-12-31T15:00Z'), 61))).toBe('2027-01-04T08:01:00.000Z');
  });
});

describe('createCalendar: opening spans', () => {
  const lunch = parsePolicy({
    timezone: 'Europe/Paris',
    calendar: { hours: { mon: ['08:30-12:30', '13:30-17:30'] } },
  });
  const calendar = createCalendar(lunch);

  test('a lunch break is closed', () => {
    // Mon 2 March 2026 (CET, UTC+1) 11:00 → 15:00: 11:00–12:30 = 90, 13:30–15:00 = 90 → 180.
    expect(calendar.businessMinutes(at('2026-03-02T10:00Z'), at('2026-03-02T14:00Z'))).toBe(180);
    // 90 minutes from 11:00 end at 12:30; one more starts after lunch: 13:31.
    expect(iso(calendar.addBusinessMinutes(at('2026-03-02T10:00Z'), 90))).toBe('2026-03-02T11:30:00.000Z');
    expect(iso(calendar.addBusinessMinutes(at('2026-03-02T10:00Z'), 91))).toBe('2026-03-02T12:31:00.000Z');
  });

  test('days not listed are closed', () => {
    // Only Monday is open: Mon 2 March 08:30 → Mon 9 March 08:30 = one Monday = 4 h + 4 h.
    expect(calendar.businessMinutes(at('2026-03-02T07:30Z'), at('2026-03-09T07:30Z'))).toBe(480);
    // From Tuesday 3 March, 1 minute lands on Mon 9 March 08:31 CET.
    expect(iso(calendar.addBusinessMinutes(at('2026-03-03T12:00Z'), 1))).toBe('2026-03-09T07:31:00.000Z');
  });

  test('instants are floored to the minute; empty or reversed ranges are 0', () => {
    expect(calendar.businessMinutes(at('2026-03-02T10:00:59.999Z'), at('2026-03-02T10:30:30Z'))).toBe(30);
    expect(calendar.businessMinutes(at('2026-03-02T10:30Z'), at('2026-03-02T10:00Z'))).toBe(0);
    expect(calendar.businessMinutes(at('2026-03-02T10:00Z'), at('2026-03-02T10:00:45Z'))).toBe(0);
    expect(calendar.addBusinessMinutes(at('2026-03-02T10:00:59Z'), 0)).toBe(at('2026-03-02T10:00Z'));
    // 1.2 minutes round up to 2.
    expect(iso(calendar.addBusinessMinutes(at('2026-03-02T10:00Z'), 1.2))).toBe('2026-03-02T10:02:00.000Z');
  });

  test('missing instants give NaN; contract violations throw', () => {
    expect(calendar.businessMinutes(NaN, at('2026-03-02T10:00Z'))).toBeNaN();
    expect(calendar.addBusinessMinutes(NaN, 10)).toBeNaN();
    expect(() => calendar.businessMinutes(at('1969-12-31T23:59Z'), at('2026-01-01T00:00Z'))).toThrow(RevueError);
    expect(() => calendar.businessMinutes(at('2026-01-01T00:00Z'), at('2101-01-01T00:01Z'))).toThrow(/outside 1970–2100/);
    expect(() => calendar.addBusinessMinutes(at('2026-01-01T00:00Z'), -5)).toThrow(/≥ 0/);
    const closed = createCalendar(parsePolicy({ calendar: { hours: {} } }));
    expect(closed.businessMinutes(at('2026-01-01T00:00Z'), at('2027-01-01T00:00Z'))).toBe(0);
    expect(() => closed.addBusinessMinutes(at('2026-01-01T00:00Z'), 1)).toThrow(/no opening hours/);
  });

  test('the whole supported range', () => {
    // UTC, 24 h on Mondays only: one Monday per week. 1970-01-05 is the first Monday and
    // 2100-12-27 the last; (days between)/7 + 1 Mondays, each 1440 minutes.
    const mondays = createCalendar(parsePolicy({ calendar: { hours: { mon: ['00:00-24:00'] } } }));
    const count = (Date.UTC(2100, 11, 27) - Date.UTC(1970, 0, 5)) / 86_400_000 / 7 + 1;
    expect(mondays.businessMinutes(at('1970-01-01T00:00Z'), at('2101-01-01T00:00Z'))).toBe(count * 1440);
  });
});

describe('createCalendar: daylight-saving changes', () => {
  const sundays = (timezone: string, span: string) =>
    createCalendar(parsePolicy({ timezone, calendar: { hours: { sun: [span] } } }));

  test('Europe/Paris spring forward, 2026-03-29 02:00 CET → 03:00 CEST', () => {
    // 01:30 CET = 00:30Z; 03:30 CEST = 01:30Z: the span lasts 1 h.
    const calendar = sundays('Europe/Paris', '01:30-03:30');
    expect(calendar.businessMinutes(at('2026-03-28T00:00Z'), at('2026-03-30T00:00Z'))).toBe(60);
    expect(iso(calendar.addBusinessMinutes(at('2026-03-28T00:00Z'), 60))).toBe('2026-03-29T01:30:00.000Z');
    // A span starting in the skipped hour starts at 03:00 CEST = 01:00Z; 04:00 CEST = 02:00Z.
    const late = sundays('Europe/Paris', '02:30-04:00');
    expect(late.businessMinutes(at('2026-03-28T00:00Z'), at('2026-03-30T00:00Z'))).toBe(60);
    expect(iso(late.addBusinessMinutes(at('2026-03-28T00:00Z'), 1))).toBe('2026-03-29T01:01:00.000Z');
    // The whole day is 23 h.
    expect(sundays('Europe/Paris', '00:00-24:00').businessMinutes(at('2026-03-28T00:00Z'), at('2026-03-30T00:00Z'))).toBe(23 * 60);
  });

  test('Europe/Paris fall back, 2026-10-25 03:00 CEST → 02:00 CET', () => {
    // 01:30 CEST = 23:30Z (24th); 03:30 CET = 02:30Z: the repeated hour counts twice, 3 h.
    const calendar = sundays('Europe/Paris', '01:30-03:30');
    expect(calendar.businessMinutes(at('2026-10-24T00:00Z'), at('2026-10-26T00:00Z'))).toBe(180);
    expect(calendar.businessMinutes(at('2026-10-24T23:30Z'), at('2026-10-25T00:30Z'))).toBe(60);
    expect(iso(calendar.addBusinessMinutes(at('2026-10-24T00:00Z'), 180))).toBe('2026-10-25T02:30:00.000Z');
    // A span inside the repeated hour is open in both occurrences: 02:15–02:45 twice = 60.
    expect(sundays('Europe/Paris', '02:15-02:45').businessMinutes(at('2026-10-24T00:00Z'), at('2026-10-26T00:00Z'))).toBe(60);
    expect(sundays('Europe/Paris', '00:00-24:00').businessMinutes(at('2026-10-24T00:00Z'), at('2026-10-26T00:00Z'))).toBe(25 * 60);
  });

  test('office hours keep their local time across the change', () => {
    const calendar = createCalendar(parsePolicy({ timezone: 'Europe/Paris' }));
    // Fri 27 March 16:00 CET (15:00Z) → Mon 30 March 10:00 CEST (08:00Z): 60 + 60.
    expect(calendar.businessMinutes(at('2026-03-27T15:00Z'), at('2026-03-30T08:00Z'))).toBe(120);
    // Fri 23 Oct 16:00 CEST (14:00Z) → Mon 26 Oct 10:00 CET (09:00Z): 60 + 60.
    expect(calendar.businessMinutes(at('2026-10-23T14:00Z'), at('2026-10-26T09:00Z'))).toBe(120);
  });

  test('America/New_York, 2026-03-08 and 2026-11-01', () => {
    const calendar = sundays('America/New_York', '01:30-03:30');
    // Spring: 01:30 EST = 06:30Z, 03:30 EDT = 07:30Z → 60.
    expect(calendar.businessMinutes(at('2026-03-07T12:00Z'), at('2026-03-09T12:00Z'))).toBe(60);
    // Fall: 02:00 EDT (06:00Z) → 01:00 EST, so 01:00–02:00 repeats. 01:30–03:30 covers its second
    // half twice: 01:30–02:00 EDT (05:30–06:00Z) = 30, then 01:30–03:30 EST (06:30–08:30Z) = 120;
    // 06:00–06:30Z reads 01:00–01:30 EST, outside the span → 150.
    expect(calendar.businessMinutes(at('2026-10-31T12:00Z'), at('2026-11-02T12:00Z'))).toBe(150);
    expect(iso(calendar.addBusinessMinutes(at('2026-10-31T12:00Z'), 31))).toBe('2026-11-01T06:31:00.000Z');
    // 00:30–03:30 covers the whole repeated hour: 00:30 EDT = 04:30Z → 03:30 EST = 08:30Z = 240.
    const wide = sundays('America/New_York', '00:30-03:30');
    expect(wide.businessMinutes(at('2026-10-31T12:00Z'), at('2026-11-02T12:00Z'))).toBe(240);
    expect(iso(wide.addBusinessMinutes(at('2026-10-31T12:00Z'), 1))).toBe('2026-11-01T04:31:00.000Z');
    // Office hours: Fri 6 March 16:00 EST (21:00Z) → Mon 9 March 10:00 EDT (14:00Z): 60 + 60.
    const office = createCalendar(parsePolicy({ timezone: 'America/New_York' }));
    expect(office.businessMinutes(at('2026-03-06T21:00Z'), at('2026-03-09T14:00Z'))).toBe(120);
  });
});

describe('24/7 calendars', () => {
  test('wallClock counts wall minutes', () => {
    const clock = wallClock('Europe/Paris');
    expect(clock.alwaysOpen).toBe(true);
    // Paris fall-back Sunday: local day = 2026-10-24T22:00Z → 2026-10-25T23:00Z = 25 h.
    expect(clock.businessMinutes(at('2026-10-24T22:00Z'), at('2026-10-25T23:00:59Z'))).toBe(1500);
    expect(clock.businessMinutes(at('2026-10-25T23:00Z'), at('2026-10-24T22:00Z'))).toBe(0);
    expect(iso(clock.addBusinessMinutes(at('2026-10-24T22:00:30Z'), 1500))).toBe('2026-10-25T23:00:00.000Z');
    expect(() => wallClock('Mars/Olympus')).toThrow(RevueError);
  });

  test('a policy open 00:00–24:00 every day without holidays is alwaysOpen', () => {
    const allDay = ['00:00-24:00'];
    const hours = { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay };
    const calendar = createCalendar(parsePolicy({ timezone: 'America/New_York', calendar: { hours } }));
    expect(calendar.alwaysOpen).toBe(true);
    // 1 week = 7 × 1440 = 10080 minutes.
    expect(calendar.businessMinutes(at('2026-03-05T00:00Z'), at('2026-03-12T00:00Z'))).toBe(10080);
    const withHolidays = createCalendar(parsePolicy({ timezone: 'America/New_York', calendar: { hours, holidays: { country: 'US' } } }));
    expect(withHolidays.alwaysOpen).toBe(false);
    // Christmas 2026 is a Friday: the week of 21–28 Dec local loses its 1440 minutes.
    expect(withHolidays.businessMinutes(at('2026-12-21T05:00Z'), at('2026-12-28T05:00Z'))).toBe(10080 - 1440);
    expect(createCalendar(parsePolicy({})).alwaysOpen).toBe(false);
  });
});

describe('clients', () => {
  const policy = parsePolicy({
    timezone: 'Europe/Paris',
    clients: { Bistro: { calendar: { hours: { sat: ['09:00-12:00'] } } } },
  });

  test('a client override has its own calendar', () => {
    // Sat 7 March 2026, 08:00 → 13:00 CET: closed for the base, 09:00–12:00 = 180 for Bistro.
    const [a, b] = [at('2026-03-07T07:00Z'), at('2026-03-07T12:00Z')];
    expect(createCalendar(policy).businessMinutes(a, b)).toBe(0);
    expect(createCalendar(policy, 'Bistro').businessMinutes(a, b)).toBe(180);
    expect(createCalendar(policy, 'Other').businessMinutes(a, b)).toBe(0);
  });

  test('calendarResolver caches one calendar per client', () => {
    const calendarOf = calendarResolver(policy);
    expect(calendarOf('Bistro')).toBe(calendarOf('Bistro'));
    expect(calendarOf(null)).toBe(calendarOf('Other'));
    expect(calendarOf('Bistro')).not.toBe(calendarOf(null));
  });
});
