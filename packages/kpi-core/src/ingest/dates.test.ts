import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tzOffset } from '@date-fns/tz';
import { RevueError } from '../internal/errors.js';
import { createDateParser, detectDayMonthOrder, endsWithMeridiem, fullYear, lastDateWasDstGap, leadingDayMonth, zoneConverter } from './dates.js';

const utc = (iso: string) => Date.parse(iso);
const paris = createDateParser({ timeZone: 'Europe/Paris' });
const inUtc = createDateParser({ timeZone: 'UTC' });

describe('createDateParser — formats', () => {
  it.each([
    // [text, expected instant] in Europe/Paris (CET = UTC+1 until 29 March 2026).
    ['2026-03-02T08:15:00', '2026-03-02T07:15:00Z'], // ISO without offset: local
    ['2026-03-02T08:15:00Z', '2026-03-02T08:15:00Z'], // Z: absolute
    ['2026-03-02T08:15:00+05:30', '2026-03-02T02:45:00Z'], // offset: absolute, 08:15 − 5:30
    ['2026-03-02T08:15:00.999-0200', '2026-03-02T10:15:00Z'], // compact offset, ms dropped
    ['2026-03-02 08:15', '2026-03-02T07:15:00Z'], // yyyy-MM-dd HH:mm (GLPI setting 0)
    ['2026-03-02 08:15:42', '2026-03-02T07:15:00Z'], // ServiceNow: seconds floored to the minute
    ['2026-02-25 16:38:58.679', '2026-02-25T15:38:00Z'], // Jira first response, ms
    ['02/03/2026 08:15', '2026-03-02T07:15:00Z'], // dd/MM/yyyy HH:mm
    ['02/03/2026 08:15:59', '2026-03-02T07:15:00Z'], // dd/MM/yyyy HH:mm:ss
    ['02-03-2026 08:15', '2026-03-02T07:15:00Z'], // GLPI dd-MM-yyyy HH:mm
    ['2/3/2026 8:15', '2026-03-02T07:15:00Z'], // UCI unpadded d/M/yyyy H:mm
    ['02/Mar/26 9:15 AM', '2026-03-02T08:15:00Z'], // Jira dd/MMM/yy h:mm a
    ['02/Mar/26 12:05 AM', '2026-03-01T23:05:00Z'], // 12 AM is midnight
    ['02/Mar/26 12:05 PM', '2026-03-02T11:05:00Z'], // 12 PM is noon
    ['02/févr./26 10:00 PM', '2026-02-02T21:00:00Z'], // French month abbreviation
    ['30/dic/25 11:45 PM', '2025-12-30T22:45:00Z'], // Jira in Spanish (seen in a public Jira CSV reader's tests)
    ['01/ene/26 1:00 PM', '2026-01-01T12:00:00Z'], // Spanish January
    ['05/out/25 09:00 AM', '2025-10-05T07:00:00Z'], // Portuguese outubro (CEST)
    ['05/Okt/25 09:00', '2025-10-05T07:00:00Z'], // German Oktober
    ['03/mag/26 10:00', '2026-05-03T08:00:00Z'], // Italian maggio (CEST)
    ['02/dez/26 10:00', '2026-12-02T09:00:00Z'], // Portuguese/German December
    ['2026-03-02', '2026-03-01T23:00:00Z'], // date only: local midnight
    ['02/03/2026', '2026-03-01T23:00:00Z'],
    ['20/Aug/25', '2025-08-19T22:00:00Z'], // Jira date-only, CEST
    ['2 Mar 2026 08:15', '2026-03-02T07:15:00Z'], // d MMM yyyy HH:mm, spaces around the month name
    ['02 mars 2026 08:15:30', '2026-03-02T07:15:00Z'], // French month name, seconds floored
    ['Mar 2, 2026 8:15 AM', '2026-03-02T07:15:00Z'], // the long English date, month first
    ['March 02 2026 20:15', '2026-03-02T19:15:00Z'], // full month name, no comma, 24-hour clock
    ['Dec 31, 2025', '2025-12-30T23:00:00Z'], // month first, date only
  ])('%s → %s', (text, expected) => {
    expect(paris(text)).toBe(utc(expected));
  });

  it('reads the twelve month abbreviations of a French Jira export (Java\'s French locale: janv., févr., mars, avr., mai, juin, juil., août, sept., oct., nov., déc.)', () => {
    // The month map of a public script that reads a French Jira CSV (`27/janv./26 10:07 AM`).
    const months = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
    expect(months.map((month) => inUtc(`15/${month}/26 10:07 AM`))).toEqual(months.map((_, i) => Date.UTC(2026, i, 15, 10, 7)));
    // Capitals (a sheet's own styling), no dot (the dot stripped by hand), a 24-hour site format.
    expect(inUtc('15/JANV./26 3:30 PM')).toBe(utc('2026-01-15T15:30:00Z'));
    expect(inUtc('15/fevr/26 15:30')).toBe(utc('2026-02-15T15:30:00Z'));
    expect(inUtc('15/août/2026')).toBe(utc('2026-08-15T00:00:00Z'));
  });

  it.each(['31/02/2026 10:00', '2026-13-01', '2026-03-02 25:00', '2026-03-02 10:60', 'yesterday', '12:30', '45292', '1/2', '32/Foo/26'])(
    'returns NaN for %s',
    (text) => expect(paris(text)).toBeNaN(),
  );

  it('reads US dates only when told: order mdy or a declared MM/dd/yyyy format', () => {
    expect(createDateParser({ timeZone: 'UTC', order: 'mdy' })('03/14/2026 10:00')).toBe(utc('2026-03-14T10:00:00Z'));
    expect(createDateParser({ timeZone: 'UTC', format: 'MM/dd/yyyy HH:mm' })('03/02/2026 10:00')).toBe(utc('2026-03-02T10:00:00Z'));
    expect(inUtc('03/14/2026 10:00')).toBeNaN(); // day-first by default: month 14 does not exist
  });

  it('uses date-fns parse for unusual declared formats, local in the zone', () => {
    const parse = createDateParser({ timeZone: 'Europe/Paris', format: 'd MMMM yyyy, HH:mm' });
    expect(parse('2 March 2026, 08:15')).toBe(utc('2026-03-02T07:15:00Z'));
    expect(parse('not a date')).toBeNaN();
    expect(() => createDateParser({ format: 'dd/MM/yyyy jj' })).toThrow(RevueError);
  });

  it('reads a declared format the same on any machine zone; a skipped time moves forward by the gap', () => {
    // Node applies a changed process.env.TZ at once: the machine's zone must not leak in.
    const machine = process.env['TZ'];
    try {
      for (const zone of ['UTC', 'Europe/Paris', 'America/Sao_Paulo', 'Australia/Lord_Howe']) {
        process.env['TZ'] = zone;
        const inUtcPolicy = createDateParser({ timeZone: 'UTC', format: 'yyyy/MM/dd HH.mm' });
        const inParis = createDateParser({ timeZone: 'Europe/Paris', format: 'yyyy/MM/dd HH.mm' });
        expect(inUtcPolicy('2026/03/29 02.30'), zone).toBe(utc('2026-03-29T02:30:00Z'));
        // 02:30 does not exist in Paris on 29 March 2026 (02:00 CET → 03:00 CEST): 03:30 CEST.
        expect(inParis('2026/03/29 02.30'), zone).toBe(utc('2026-03-29T01:30:00Z'));
        // 02:30 happens twice on 25 October 2026: the first, in CEST.
        expect(inParis('2026/10/25 02.30'), zone).toBe(utc('2026-10-25T00:30:00Z'));
      }
    } finally {
      if (machine === undefined) delete process.env['TZ'];
      else process.env['TZ'] = machine;
    }
  });

  it('reads Excel serial days when declared (45 717 = 2025-03-01; .5 = noon)', () => {
    // 45 717 − 25 569 (serial of 1970-01-01) = 20 148 days after the epoch = 2025-03-01.
    const excel = createDateParser({ timeZone: 'UTC', format: 'excel' });
    expect(excel('45717.5')).toBe(utc('2025-03-01T12:00:00Z'));
    expect(excel('abc')).toBeNaN();
  });

  it('gives local midnights with precision date', () => {
    const day = createDateParser({ timeZone: 'Europe/Paris', precision: 'date' });
    expect(day('15-01-2024')).toBe(utc('2024-01-14T23:00:00Z'));
    expect(day('2024-07-15 18:30')).toBe(utc('2024-07-14T22:00:00Z')); // CEST midnight, time dropped
  });
});

describe('zoneConverter — daylight-saving changes (Europe/Paris, 2026)', () => {
  const toUtc = zoneConverter('Europe/Paris');
  const wall = (y: number, mo: number, d: number, h: number, mi: number) => Date.UTC(y, mo - 1, d, h, mi);
  it('moves a nonexistent time (29 March 02:30, in the gap) forward to 03:30 CEST = 01:30Z', () => {
    expect(toUtc(wall(2026, 3, 29, 2, 30))).toBe(utc('2026-03-29T01:30:00Z'));
    expect(toUtc(wall(2026, 3, 29, 1, 59))).toBe(utc('2026-03-29T00:59:00Z')); // still CET
    expect(toUtc(wall(2026, 3, 29, 3, 0))).toBe(utc('2026-03-29T01:00:00Z')); // CEST
  });
  it('takes the first occurrence of an ambiguous time (25 October 02:30 → CEST, 00:30Z)', () => {
    expect(toUtc(wall(2026, 10, 25, 2, 30))).toBe(utc('2026-10-25T00:30:00Z'));
    expect(toUtc(wall(2026, 10, 25, 3, 30))).toBe(utc('2026-10-25T02:30:00Z')); // CET
  });
  it('agrees with @date-fns/tz tzOffset on every valid local time of 2026 (property)', () => {
    // Second implementation: the converted instant, read back in the zone, gives the same wall time
    // whenever that wall time exists (it is unique outside the two transition hours).
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 24 * 60 - 1 }), (minuteOfYear) => {
        const local = Date.UTC(2026, 0, 1) + minuteOfYear * 60_000;
        const instant = toUtc(local);
        const back = instant + tzOffset('Europe/Paris', new Date(instant)) * 60_000;
        const inGap = local >= wall(2026, 3, 29, 2, 0) && local < wall(2026, 3, 29, 3, 0);
        expect(back).toBe(inGap ? local + 3_600_000 : local);
      }),
      { numRuns: 2000 },
    );
  });
  it('refuses an unknown zone', () => {
    expect(() => zoneConverter('Mars/Olympus')).toThrow(/unknown time zone Mars\/Olympus/);
  });
  it('handles America/New_York (EDT from 8 March 2026)', () => {
    expect(createDateParser({ timeZone: 'America/New_York' })('2026-03-08 10:00')).toBe(utc('2026-03-08T14:00:00Z'));
  });
});

describe('detectDayMonthOrder', () => {
  it('is mdy only when a second number above 12 proves it', () => {
    expect(detectDayMonthOrder(['03/14/2026', '04/02/2026'])).toBe('mdy');
    expect(detectDayMonthOrder(['29/2/2016 01:16', '5/3/2016 12:00'])).toBe('dmy');
    expect(detectDayMonthOrder(['03/04/2026'])).toBe('dmy'); // ambiguous: day first
    expect(detectDayMonthOrder(['13/01/2026', '01/13/2026'])).toBe('dmy'); // contradictory: day first
  });

  it('when nothing settles the order, is mdy for times in AM/PM (the US 12-hour clock), dmy for a 24-hour clock', () => {
    expect(detectDayMonthOrder(['3/2/2026 9:15 AM', '4/1/2026 1:30 pm'])).toBe('mdy');
    expect(detectDayMonthOrder(['3/2/2026 09:15', '4/1/2026 13:30'])).toBe('dmy');
    // A proof wins over the clock: 13 first is day-first whatever the AM/PM.
    expect(detectDayMonthOrder(['3/2/2026 9:15 AM', '13/2/2026 1:30 PM'])).toBe('dmy');
  });
});

describe('endsWithMeridiem', () => {
  it('sees AM/PM at the end of a date-time, after a digit or a space, any case, trailing blanks allowed', () => {
    const ends = (text: string) => endsWithMeridiem(text, 0, text.length);
    expect(['3/2/2026 9:15 AM', '3/2/2026 9:15 pm', '3/2/2026 9:15PM', '3/2/2026 9:15 AM  '].map(ends)).toEqual([true, true, true, true]);
    expect(['3/2/2026 09:15', '3/2/2026', 'PM', '3/2/2026 9:15 XPM', '3/2/2026 9:15 AMX'].map(ends)).toEqual([false, false, false, false, false]);
    // Within a range of a longer text (the reader's cells).
    expect(endsWithMeridiem('a,3/2/2026 9:15 AM,b', 2, 18)).toBe(true);
  });
});

describe('hostile dates (fixtures/bad regressions)', () => {
  it('pivots two-digit years as POSIX strptime: 69–99 → 19xx, 00–68 → 20xx', () => {
    expect([fullYear(0), fullYear(26), fullYear(68), fullYear(69), fullYear(99)]).toEqual([2000, 2026, 2068, 1969, 1999]);
    expect(inUtc('31/12/99 23:00')).toBe(utc('1999-12-31T23:00:00Z'));
    expect(inUtc('25/Feb/85 10:17 PM')).toBe(utc('1985-02-25T22:17:00Z'));
  });

  it('says when a local time fell in a spring-forward gap, and only then', () => {
    // Paris, 29 March 2026: 02:00 CET jumps to 03:00 CEST; 02:30 is moved to 03:30 CEST = 01:30Z.
    expect(paris('2026-03-29 02:30')).toBe(utc('2026-03-29T01:30:00Z'));
    expect(lastDateWasDstGap()).toBe(true);
    expect(paris('2026-03-29 03:30')).toBe(utc('2026-03-29T01:30:00Z'));
    expect(lastDateWasDstGap()).toBe(false);
    // 25 October 2026: 02:30 happens twice; the first (CEST, UTC+2) is taken, no gap.
    expect(paris('2026-10-25 02:30')).toBe(utc('2026-10-25T00:30:00Z'));
    expect(lastDateWasDstGap()).toBe(false);
    expect(paris('2026-03-29 02:30Z')).toBe(utc('2026-03-29T02:30:00Z'));
    expect(lastDateWasDstGap()).toBe(false); // absolute: no local time involved
  });

  it('reads the leading day/month pair of numeric dates whose year comes last', () => {
    expect(leadingDayMonth('03/14/2026 10:00', 0, 16)).toBe(314);
    expect(leadingDayMonth(' 1.2.26', 0, 7)).toBe(102);
    expect(leadingDayMonth('2026-03-14', 0, 10)).toBe(-1);
    expect(leadingDayMonth('03/14-2026', 0, 10)).toBe(-1);
    expect(leadingDayMonth('03/14/202', 0, 9)).toBe(-1);
  });

  it('rejects 31 February and 29 February of a common year', () => {
    expect(inUtc('31/02/2026 10:00')).toBeNaN();
    expect(inUtc('29/02/2025')).toBeNaN();
    expect(inUtc('29/02/2024')).toBe(utc('2024-02-29T00:00:00Z'));
  });
});

describe('createDateParser — the fixed-position path of yyyy-MM-ddTHH:mm:ss±HH:mm', () => {
  it('reads the canonical export shape (hand-checked)', () => {
    // 08:15:42 at +02:00 is 06:15:42Z, floored to the minute
    expect(paris('2026-06-01T08:15:42+02:00')).toBe(utc('2026-06-01T06:15:00Z'));
    expect(inUtc('2026-01-31T23:59:00-05:30')).toBe(utc('2026-02-01T05:29:00Z'));
    expect(createDateParser({ timeZone: 'Europe/Paris', precision: 'date' })('2026-06-01T08:15:42+02:00')).toBe(utc('2026-05-31T22:00:00Z'));
    expect(inUtc('2026-02-29T08:00:00+01:00')).toBeNaN();
    expect(inUtc('2026-01-01T24:00:00+01:00')).toBeNaN();
  });

  it('gives what the general path gives (a leading space sends the same text there)', () => {
    const digit = fc.integer({ min: 0, max: 9 }).map(String);
    const chars = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
    const separator = fc.constantFrom('-', '-', '-', '/', 'T', ':', '+', ' ', 'x');
    const text = fc
      .tuple(chars(4), separator, chars(2), separator, chars(2), fc.constantFrom('T', 'T', ' ', 't'), chars(2), fc.constantFrom(':', ':', '.'), chars(2), fc.constantFrom(':', ':', ','), chars(2), fc.constantFrom('+', '-', 'Z', '0'), chars(2), fc.constantFrom(':', ':', '5'), chars(2))
      .map((parts) => parts.join(''));
    const realistic = fc
      .record({ ms: fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2099, 0, 1) }), offset: fc.integer({ min: -14 * 60, max: 14 * 60 }) })
      .map(({ ms, offset }) => {
        const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
        const sign = offset < 0 ? '-' : '+';
        const abs = Math.abs(offset);
        return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
      });
    const day = createDateParser({ timeZone: 'Europe/Paris', precision: 'date' });
    fc.assert(
      fc.property(fc.oneof(text, realistic), (value) => {
        expect(value).toHaveLength(25);
        for (const parse of [paris, inUtc, day]) {
          const fast = parse(value);
          const general = parse(` ${value}`);
          if (Number.isNaN(general)) expect(fast).toBeNaN();
          else expect(fast).toBe(general);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('createDateParser — the fixed-position paths of yyyy-MM-ddTHH:mm:ssZ and yyyy-MM-dd HH:mm:ss', () => {
  it('reads the two shapes (hand-checked)', () => {
    // 08:15:42Z floored to the minute; 08:15:42 in Paris in June is 06:15Z
    expect(paris('2026-06-01T08:15:42Z')).toBe(utc('2026-06-01T08:15:00Z'));
    expect(paris('2026-06-01 08:15:42')).toBe(utc('2026-06-01T06:15:00Z'));
    expect(paris('2026-06-01T08:15:42')).toBe(utc('2026-06-01T06:15:00Z'));
    expect(createDateParser({ timeZone: 'Europe/Paris', precision: 'date' })('2026-06-01T23:15:42Z')).toBe(utc('2026-05-31T22:00:00Z'));
    expect(inUtc('2026-02-29T08:00:00Z')).toBeNaN();
    expect(inUtc('2026-01-01 24:00:00')).toBeNaN();
  });

  it('gives what the general path gives (a leading space sends the same text there)', () => {
    const digit = fc.integer({ min: 0, max: 9 }).map(String);
    const chars = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
    const separator = fc.constantFrom('-', '-', '-', '/', 'T', ':', ' ', 'x');
    const text = fc
      .tuple(chars(4), separator, chars(2), separator, chars(2), fc.constantFrom('T', 'T', ' ', 't', '-'), chars(2), fc.constantFrom(':', ':', '.'), chars(2), fc.constantFrom(':', ':', ','), chars(2), fc.constantFrom('Z', 'Z', 'z', '0', ' ', ''))
      .map((parts) => parts.join(''));
    const realistic = fc
      .record({ ms: fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2099, 0, 1) }), shape: fc.constantFrom('Z', 'T', ' ') })
      .map(({ ms, shape }) => {
        const iso = new Date(ms).toISOString().slice(0, 19);
        return shape === 'Z' ? `${iso}Z` : shape === ' ' ? iso.replace('T', ' ') : iso;
      });
    const day = createDateParser({ timeZone: 'Europe/Paris', precision: 'date' });
    fc.assert(
      fc.property(fc.oneof(text, realistic), (value) => {
        for (const parse of [paris, inUtc, day]) {
          const fast = parse(value);
          const general = parse(` ${value}`);
          if (Number.isNaN(general)) expect(fast).toBeNaN();
          else expect(fast).toBe(general);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
