import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { excelSerial, exportedFigure, localDateText, localDateTime } from './cells.js';

describe('exportedFigure', () => {
  it('rounds each unit to the precision it is measured at', () => {
    expect(exportedFigure(1302.8259138671747, 'money')).toBe(1302.83);
    expect(exportedFigure(1302.8259138671747, 'hours')).toBe(1302.8);
    expect(exportedFigure(7.5, 'count')).toBe(8);
    // 0.93456 → 93.456 % → 93.5.
    expect(exportedFigure(0.93456, 'percent')).toBe(93.5);
    expect(exportedFigure(1.23456, 'number')).toBe(1.23);
  });

  it('keeps a missing figure missing, never 0', () => {
    expect([exportedFigure(null, 'hours'), exportedFigure(undefined, 'money'), exportedFigure(Number.NaN, 'count'), exportedFigure(Infinity, 'percent')]).toEqual([null, null, null, null]);
  });

  it('is within half a unit of the last decimal, and idempotent (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constantFrom('hours', 'money', 'number', 'count') as fc.Arbitrary<'hours' | 'money' | 'number' | 'count'>, (value, unit) => {
        const rounded = exportedFigure(value, unit)!;
        const step = { hours: 0.1, money: 0.01, number: 0.01, count: 1 }[unit];
        expect(Math.abs(rounded - value)).toBeLessThanOrEqual(step / 2 + 1e-6);
        expect(exportedFigure(rounded, unit)).toBe(rounded);
        expect(Object.is(rounded, -0)).toBe(false);
      }),
    );
  });
});

describe('localDateTime', () => {
  it('reads an instant in the time zone', () => {
    // 2026-09-30T22:30Z: Paris is UTC+2 in summer → 1 Oct 00:30.
    expect(localDateTime('2026-09-30T22:30:00Z', 'Europe/Paris')).toEqual({ year: 2026, month: 10, day: 1, hour: 0, minute: 30, second: 0 });
    // Winter: 2026-01-15T23:30Z is 00:30 on the 16th in Paris (UTC+1).
    expect(localDateTime('2026-01-15T23:30:00Z', 'Europe/Paris')).toEqual({ year: 2026, month: 1, day: 16, hour: 0, minute: 30, second: 0 });
    // Lord Howe is UTC+10:30 in winter (July): 2026-07-01T13:30Z → 2 July 00:00.
    expect(localDateTime('2026-07-01T13:30:00Z', 'Australia/Lord_Howe')).toEqual({ year: 2026, month: 7, day: 2, hour: 0, minute: 0, second: 0 });
  });

  it('keeps a calendar date as that day, and refuses what is not a date', () => {
    expect(localDateTime('2026-11-14', 'Pacific/Honolulu')).toEqual({ year: 2026, month: 11, day: 14, hour: 0, minute: 0, second: 0 });
    expect(localDateTime('soon', 'UTC')).toBeNull();
  });
});

describe('localDateText', () => {
  it('writes yyyy-MM-dd and yyyy-MM-dd HH:mm', () => {
    expect(localDateText('2026-09-30T22:30:00Z', 'Europe/Paris')).toBe('2026-10-01');
    expect(localDateText('2026-09-30T22:30:00Z', 'Europe/Paris', true)).toBe('2026-10-01 00:30');
    expect(localDateText('x', 'UTC')).toBe('');
  });
});

describe('excelSerial', () => {
  it('counts days from 1899-12-30 as spreadsheets do', () => {
    // Published anchors: 1970-01-01 is serial 25569; 2026-10-01 is 25569 + 20727 days
    // (Date.UTC(2026, 9, 1) / 86 400 000 = 20727) = 46296; noon adds 0.5.
    expect(excelSerial({ year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 })).toBe(25569);
    expect(excelSerial({ year: 2026, month: 10, day: 1, hour: 12, minute: 0, second: 0 })).toBe(46296.5);
    // 2000-01-01 is 36526 (a value every spreadsheet shows for =DATE(2000,1,1)).
    expect(excelSerial({ year: 2000, month: 1, day: 1, hour: 0, minute: 0, second: 0 })).toBe(36526);
  });
});
