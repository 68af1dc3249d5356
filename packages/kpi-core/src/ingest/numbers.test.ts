import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDuration, parseMonths, parseNumber, parseNumberRange } from './numbers.js';

describe('parseNumber', () => {
  it.each([
    ['42', {}, 42],
    ['-3.5', {}, -3.5],
    ['12,5', {}, 12.5], // lone comma, not 3 digits after: decimal comma
    ['1 234,56', {}, 1234.56], // GLPI number format 2
    ['1\u00a0234,56', {}, 1234.56], // NBSP grouping
    ['1\u202f234,56', {}, 1234.56], // narrow NBSP grouping
    ['1 234.56', {}, 1234.56], // GLPI default format 0
    ['1,234.56', {}, 1234.56], // GLPI format 1, Snipe-IT
    ['1.234,56', {}, 1234.56],
    ['1,234,567', {}, 1234567], // repeated separator groups thousands
    ['1,234', {}, 1234], // ambiguous: ambiguousDecimal defaults to "."
    ['1,234', { ambiguousDecimal: ',' as const }, 1.234], // `;`-delimited files read it as a decimal comma
    ['1.234', { decimal: ',' as const }, 1234], // declared decimal comma: the point groups thousands
    ['€ 89,90', {}, 89.9],
    ['$1,249.00', {}, 1249],
    ['350 EUR', {}, 350],
  ])('%s %j → %d', (text, options, expected) => {
    expect(parseNumber(text, options)).toBeCloseTo(expected, 10);
  });

  it.each(['', 'abc', '1,2,3', '12..5', '1.2.3,4,5', '0x10', '--1'])('%s is not a number', (text) => {
    expect(parseNumber(text)).toBeNaN();
  });

  it('reads back any number written with a decimal comma and space grouping (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const grouped = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
        const text = `${grouped},${cents.toString().padStart(2, '0')}`;
        expect(parseNumber(text)).toBeCloseTo(whole + cents / 100, 6);
      }),
    );
  });
});

describe('parseNumberRange', () => {
  it('reads a range in place exactly as Number does (second implementation: Number on the slice)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), (x, places) => {
        const written = x.toFixed(places);
        const text = `id,${written},x`;
        expect(parseNumberRange(text, 3, 3 + written.length)).toBe(Number(written));
      }),
    );
    expect(parseNumberRange('a;1 234,56;b', 2, 10)).toBeCloseTo(1234.56, 10); // falls back to parseNumber
    expect(parseNumberRange('a;;b', 2, 2)).toBeNaN();
  });
});

describe('parseDuration (minutes)', () => {
  it.each([
    ['2 heures 30 minutes', 'minutes', 150],
    ['1 jours 3 heures 0 minutes', 'minutes', 1440 + 180],
    ['45 minutes', 'minutes', 45],
    ['0 secondes', 'minutes', 0],
    ['2 hours 30 minutes', 'minutes', 150],
    ['1 days 3 hours 0 minutes', 'minutes', 1620],
    ['0 seconds', 'minutes', 0],
    ['2 Days 4 Hours', 'minutes', 2 * 1440 + 240], // ServiceNow display text
    ['01:30:00', 'minutes', 90], // Freshservice HH:MM:SS
    ['-12:34', 'minutes', -754], // JSM breached SLA h:mm
    ['7200', 'seconds', 120], // Jira time tracking
    ['95', 'minutes', 95], // Zendesk minutes
    ['1,5', 'hours', 90],
    // GLPI in each UI language (Html::timestampToString, GLPI 10.0.10 locales/*.po).
    ['0 segundo', 'minutes', 0], // pt-BR: 0 takes the singular
    ['1 dias 3 horas 0 minutos', 'minutes', 1620],
    ['3 días 2 horas 5 minutos', 'minutes', 3 * 1440 + 125],
    ['2 Tage 4 Stunden 5 Minuten', 'minutes', 2 * 1440 + 245],
    ['1 Minute', 'minutes', 1],
    ['1 giorni 0 ore 30 minuti', 'minutes', 1470],
    ['45 secondi', 'minutes', 0.75],
    ['1 dia e 2 horas', 'minutes', 1560],
    // OTRS ages and TimeShowCompleteDescription.
    ['27 d 19 h', 'minutes', 27 * 1440 + 19 * 60],
    ['3 j 2 h', 'minutes', 3 * 1440 + 120],
    ['1 day(s) 2 hour(s) 3 minute(s)', 'minutes', 1563],
    ['2 Days 4 Hours 3 Minutes 30 Seconds', 'minutes', 2 * 1440 + 243.5],
    ['125:30:00', 'minutes', 7530], // Freshdesk hours past 99
    ['7260', 'seconds', 121], // ServiceNow calendar_duration
    // French writing of hours and minutes (time spent typed in a French tool or sheet), and PSA worklogs.
    ['1h30', 'minutes', 90],
    ['0h45', 'minutes', 45],
    ['12 h 05', 'minutes', 725],
    ['1h 30m', 'minutes', 90],
    ['1 hr 15 mins', 'minutes', 75],
  ] as const)('%s (%s) → %d', (text, unit, expected) => {
    expect(parseDuration(text, unit)).toBeCloseTo(expected, 10);
  });
  it.each(['', 'soon', '2 fortnights', '3 heures blah', '1h75', '2 j 30'])('%s is not a duration', (text) => expect(parseDuration(text)).toBeNaN());

  // Request Tracker's Time Worked (`RT::Ticket::_DurationAsString`): hours to two decimals, then
  // the exact minutes. Before, the parenthesis made every value of an hour or more unreadable.
  it.each([
    ['1.50 hours (90 minutes)', 90],
    ['2.00 hours (120 minutes)', 120],
    ['3.25 hours (195 minutes)', 195],
    ['1.17 hours (70 minutes)', 70], // 70 / 60 = 1.1667, shown 1.17: the minutes are the exact count
    ['45 minutes', 45],
  ] as const)('%s → %d minutes', (text, expected) => expect(parseDuration(text)).toBe(expected));

  it('reads no duration from two halves that disagree, nor from a parenthesis that is no duration', () => {
    expect(parseDuration('1.50 hours (20 minutes)')).toBeNaN();
    expect(parseDuration('2 hours (estimate)')).toBeNaN();
  });
});

describe('parseMonths', () => {
  it('reads GLPI warranty and amortisation durations', () => {
    expect(parseMonths('36 mois')).toBe(36);
    expect(parseMonths('36 months')).toBe(36);
    expect(parseMonths('3 ans')).toBe(36);
    expect(parseMonths('1 year')).toBe(12);
    expect(parseMonths('24')).toBe(24);
    expect(parseMonths('longtemps')).toBeNaN();
  });

  it('reads them in the other GLPI languages (the %d month / %d year msgstr of locales/*.po)', () => {
    expect(['1 Monat', '36 Monate', '1 mes', '36 meses', '1 mês', '36 meses', '1 mese', '36 mesi'].map((v) => parseMonths(v))).toEqual([1, 36, 1, 36, 1, 36, 1, 36]);
    expect(['1 Jahr', '3 Jahre', '3 años', '1 ano', '3 anos', '1 anno', '3 anni'].map((v) => parseMonths(v))).toEqual([12, 36, 36, 12, 36, 12, 36]);
    // GLPI's "Lifelong" warranty (-1) is written as a word: no number of months.
    expect(parseMonths('A vie')).toBeNaN();
    expect(parseMonths('Lebenszeit')).toBeNaN();
  });
});

describe('numbers too large to be finite (fixtures/bad regression)', () => {
  it('gives NaN, never Infinity', () => {
    const digits = '9'.repeat(400);
    expect(parseNumber(digits)).toBeNaN();
    expect(parseNumberRange(`x,${digits},y`, 2, 402)).toBeNaN();
    expect(parseNumber('Infinity')).toBeNaN();
    expect(parseNumber('1e400')).toBeNaN();
    expect(parseDuration(`${digits} minutes`)).toBeNaN();
    expect(parseDuration(digits, 'hours')).toBeNaN();
    expect(parseMonths(`${digits} ans`)).toBeNaN();
    // 20 digits are still a finite number: 1e20.
    expect(parseNumber('100000000000000000000')).toBe(1e20);
  });
});
