import { describe, expect, it } from 'vitest';
import { createDateParser } from './dates.js';
import { detectDateFormat } from './date-format.js';

describe('detectDateFormat', () => {
  it.each([
    [['02/03/2026 08:15', '14/03/2026 10:00'], 'dd/MM/yyyy HH:mm', false], // 14 first: day-first proven
    [['03/14/2026 10:00 AM', '03/02/2026 09:00 PM'], 'MM/dd/yyyy hh:mm a', false], // 14 second: month-first proven
    [['02/03/2026', '05/04/2026'], 'dd/MM/yyyy', true], // nothing proves it: day-first assumed
    [['3/2/2026 9:15 AM', '4/1/2026 1:30 PM'], 'M/d/yyyy h:mm a', true], // nothing proves it, AM/PM: month-first guessed (US)
    [['3/2/2026 9:15 AM', '13/2/2026 1:30 PM'], 'd/M/yyyy h:mm a', false], // 13 first proves day-first, AM/PM or not
    [['2/3/2026 8:15', '14/3/2026 10:00'], 'd/M/yyyy H:mm', false], // unpadded (the UCI ServiceNow log)
    [['15.08.2025 10:02', '16.08.2025 08:15'], 'dd.MM.yyyy HH:mm', false], // German
    [['02-03-2026 08:15', '28-02-2026 09:00'], 'dd-MM-yyyy HH:mm', false], // GLPI, date format setting 1
    [['2026-03-02 08:15:00', '2026-03-03 09:00:00'], 'yyyy-MM-dd HH:mm:ss', false],
    [['2026-03-02T08:15:00Z', '2026-03-02T09:00:00+01:00'], "yyyy-MM-dd'T'HH:mm:ssXXX", false],
    [['2026-02-25 16:38:58.679'], 'yyyy-MM-dd HH:mm:ss.SSS', false], // JSM first response
    [['25/Feb/26 10:17 PM', '11/May/24 03:26 PM'], 'dd/MMM/yy h:mm a', false], // Jira
    [['20/Aug/25'], 'dd/MMM/yy', false],
    [['Mon Mar 02 09:15:00 2026', 'Thu Mar 05 02:10:00 2026'], 'EEE MMM dd HH:mm:ss yyyy', false], // Request Tracker
    [['2 Mar 2026 08:15', '16 Mar 2026 14:00'], 'dd MMM yyyy HH:mm', false],
    [['Mar 2, 2026 8:15 AM', 'Mar 16, 2026 2:00 PM'], 'MMM d, yyyy h:mm a', false], // US long date
    [['March 02 2026 08:15:00'], 'MMM d yyyy HH:mm:ss', false],
  ])('%j → %s', (values, format, ambiguous) => {
    expect(detectDateFormat(values)).toMatchObject({ format, ambiguous, share: 1 });
  });

  it('follows most of the values and gives up under half', () => {
    expect(detectDateFormat(['2026-03-02 08:15', '2026-03-03 09:00', 'soon'])).toMatchObject({ format: 'yyyy-MM-dd HH:mm', share: 0.667 });
    expect(detectDateFormat(['soon', 'later', '2026-03-02'])).toBeNull();
    expect(detectDateFormat([])).toBeNull();
  });

  it('gives formats the reader reads: each value parses back to the same instant with its format declared', () => {
    const samples = [
      '14/03/2026 10:00', '03/14/2026 10:00 AM', '15.08.2025 10:02', '2026-03-02T08:15:00Z', '25/Feb/26 10:17 PM', '2026-03-02 08:15:00',
      '2 Mar 2026 08:15', 'Mar 2, 2026 8:15 AM',
    ];
    for (const value of samples) {
      const { format } = detectDateFormat([value])!;
      expect(createDateParser({ format })(value), `${value} with ${format}`).toBe(createDateParser({ order: format.startsWith('MM') ? 'mdy' : 'dmy' })(value));
      expect(Number.isFinite(createDateParser({ format })(value))).toBe(true);
    }
  });

  it("reads Request Tracker's default date display back to its instant (date-fns, not the fast path)", () => {
    const { format } = detectDateFormat(['Wed Mar 18 13:20:00 2026'])!;
    expect(createDateParser({ format, timeZone: 'UTC' })('Wed Mar 18 13:20:00 2026')).toBe(Date.UTC(2026, 2, 18, 13, 20));
  });
});
