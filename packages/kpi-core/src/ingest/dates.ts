/**
 * Date-time parsing for exports: a fast path by manual digit extraction for the common shapes
 * (ISO 8601 with or without offset, `yyyy-MM-dd HH:mm[:ss]`, `dd/MM/yyyy HH:mm[:ss]`, GLPI
 * `dd-MM-yyyy HH:mm`, unpadded `d/M/yyyy H:mm`, Jira `dd/MMM/yy h:mm a`, date-only forms, US
 * `MM/dd/yyyy` when declared or proven by a day above 12), Excel serial numbers when declared,
 * and date-fns `parse` for any other explicit format. Local wall-clock times become instants
 * through the time zone with one offset look-up per local day (cached), never a Date per row.
 */
import { format as formatWithFormat, parse as parseWithFormat } from 'date-fns';
import { tzOffset } from '@date-fns/tz';
import { RevueError } from '../internal/errors.js';
import { DAY_MS, MINUTE_MS, floorToMinute } from '../internal/time.js';
import { ERROR_TEXT } from './messages.js';

const HOUR_MS = 3_600_000;
const EDGE_MS = 14 * HOUR_MS;

/** Order of day and month in numeric dates whose year is last. */
export type DayMonthOrder = 'dmy' | 'mdy';

/**
 * A converter from local wall-clock time (expressed as epoch ms read as if UTC) to the instant
 * in `timeZone`. The UTC offset is looked up once per local day and cached; on the few days
 * whose offset changes, each value is resolved exactly: a nonexistent local time (spring-forward
 * gap) moves forward by the gap (02:30 → 03:30 in Europe/Paris), an ambiguous one (fall-back
 * overlap) takes its first occurrence (the summer-time offset).
 *
 * @example zoneConverter('Europe/Paris')(Date.UTC(2026, 2, 2, 8, 15)) // Date.UTC(2026, 2, 2, 7, 15), i.e. 07:15Z
 */
export function zoneConverter(timeZone: string): (localMs: number) => number {
  const probe = tzOffset(timeZone, new Date(0));
  if (Number.isNaN(probe)) throw new RevueError('bad-timezone', ERROR_TEXT.badTimezone(timeZone));
  const upper = timeZone.toUpperCase();
  if (upper === 'UTC' || upper === 'ETC/UTC' || upper === 'GMT' || upper === 'Z') return (local) => local;
  const offsetAt = (utc: number): number => tzOffset(timeZone, new Date(utc));
  const perDay = new Map<number, number>();
  const exact = (local: number, day: number): number => {
    const before = offsetAt(day * DAY_MS - EDGE_MS);
    const after = offsetAt((day + 1) * DAY_MS + EDGE_MS);
    const first = local - before * MINUTE_MS;
    const second = local - after * MINUTE_MS;
    const firstValid = offsetAt(first) === before;
    const secondValid = offsetAt(second) === after;
    if (firstValid && secondValid) return Math.min(first, second);
    if (secondValid) return second;
    return first; // valid, or a gap: the offset before the change moves the time forward
  };
  return (local) => {
    if (Number.isNaN(local)) return NaN;
    const day = Math.floor(local / DAY_MS);
    let offset = perDay.get(day);
    if (offset === undefined) {
      const before = offsetAt(day * DAY_MS - EDGE_MS);
      const after = offsetAt((day + 1) * DAY_MS + EDGE_MS);
      offset = before === after ? before : NaN;
      perDay.set(day, offset);
    }
    return Number.isNaN(offset) ? exact(local, day) : local - offset * MINUTE_MS;
  };
}

const MONTHS: Record<string, number> = {
  jan: 1, janv: 1, janvier: 1, january: 1,
  feb: 2, fev: 2, fevr: 2, fevrier: 2, february: 2,
  mar: 3, mars: 3, march: 3,
  apr: 4, avr: 4, avril: 4, april: 4,
  may: 5, mai: 5,
  jun: 6, juin: 6, june: 6,
  jul: 7, juil: 7, juillet: 7, july: 7,
  aug: 8, aou: 8, aout: 8, august: 8,
  sep: 9, sept: 9, septembre: 9, september: 9,
  oct: 10, octobre: 10, october: 10,
  nov: 11, novembre: 11, november: 11,
  dec: 12, decembre: 12, december: 12,
};

function monthNumber(token: string): number {
  const key = token.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f.]/g, '');
  return MONTHS[key] ?? -1;
}

// Cursor state of the fast parser: module-level so that no object is allocated per value.
let at = 0;
/** Explicit UTC offset of the last parsed value in minutes, NaN when it had none. */
let parsedOffset = NaN;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function readDigits(s: string, min: number, max: number): number {
  let value = 0;
  let k = 0;
  while (k < max && at < s.length) {
    const c = s.charCodeAt(at);
    if (!isDigit(c)) break;
    value = value * 10 + (c - 48);
    at++;
    k++;
  }
  digitsRead = k;
  return k < min ? -1 : value;
}
let digitsRead = 0;

function skipSpaces(s: string): void {
  while (at < s.length) {
    const c = s.charCodeAt(at);
    if (c !== 32 && c !== 9 && c !== 0xa0) break;
    at++;
  }
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Wall-clock epoch ms (read as UTC) of a date-time text, or NaN; sets `parsedOffset` when the
 * text carries `Z` or `±HH[:mm]`. `dayOnly` drops the time of day.
 */
function parseWall(s: string, order: DayMonthOrder, dayOnly: boolean): number {
  parsedOffset = NaN;
  at = 0;
  const n = s.length;
  skipSpaces(s);
  const g1 = readDigits(s, 1, 4);
  if (g1 < 0) return NaN;
  const len1 = digitsRead;
  if (at >= n) return NaN;
  const sep = s.charCodeAt(at);
  if (sep !== 45 && sep !== 47 && sep !== 46) return NaN; // - / .
  at++;
  let year: number;
  let month: number;
  let day: number;
  if (isDigit(s.charCodeAt(at))) {
    const g2 = readDigits(s, 1, 2);
    if (s.charCodeAt(at) !== sep) return NaN;
    at++;
    const g3 = readDigits(s, 1, 4);
    if (g3 < 0) return NaN;
    const len3 = digitsRead;
    if (len1 === 4) {
      year = g1;
      month = g2;
      day = g3;
      if (len3 > 2) return NaN;
    } else {
      if (len1 > 2 || len3 === 1 || len3 === 3) return NaN;
      year = len3 === 2 ? 2000 + g3 : g3;
      if (order === 'dmy') {
        day = g1;
        month = g2;
      } else {
        month = g1;
        day = g2;
      }
    }
  } else {
    // Month name (Jira `25/Feb/26`, also French abbreviations such as `févr.`).
    const start = at;
    while (at < n) {
      const c = s.charCodeAt(at);
      if (c === sep || c === 32 || isDigit(c)) break;
      at++;
    }
    month = monthNumber(s.slice(start, at));
    if (month < 0 || len1 > 2 || s.charCodeAt(at) !== sep) return NaN;
    at++;
    const g3 = readDigits(s, 2, 4);
    if (g3 < 0 || digitsRead === 3) return NaN;
    year = digitsRead === 2 ? 2000 + g3 : g3;
    day = g1;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  let hour = 0;
  let minute = 0;
  let second = 0;
  if (at < n) {
    const c = s.charCodeAt(at);
    if (c === 84 || c === 116) at++; // T
    else if (c === 32 || c === 9 || c === 0xa0) skipSpaces(s);
    else return NaN;
    if (at < n) {
      hour = readDigits(s, 1, 2);
      if (hour < 0 || s.charCodeAt(at) !== 58) return NaN;
      at++;
      minute = readDigits(s, 2, 2);
      if (minute < 0) return NaN;
      if (s.charCodeAt(at) === 58) {
        at++;
        second = readDigits(s, 2, 2);
        if (second < 0) return NaN;
        const f = s.charCodeAt(at);
        if (f === 46 || f === 44) {
          at++;
          if (readDigits(s, 1, 9) < 0) return NaN;
        }
      }
      skipSpaces(s);
      if (at < n) {
        const a = s.charCodeAt(at) | 32;
        if ((a === 97 || a === 112) && (s.charCodeAt(at + 1) | 32) === 109) {
          if (hour < 1 || hour > 12) return NaN;
          hour = (hour % 12) + (a === 112 ? 12 : 0);
          at += 2;
          skipSpaces(s);
        }
      }
      if (at < n) {
        const z = s.charCodeAt(at);
        if (z === 90 || z === 122) {
          parsedOffset = 0;
          at++;
        } else if (z === 43 || z === 45) {
          at++;
          const oh = readDigits(s, 2, 2);
          if (oh < 0) return NaN;
          if (s.charCodeAt(at) === 58) at++;
          let om = 0;
          if (at < n) {
            om = readDigits(s, 2, 2);
            if (om < 0) return NaN;
          }
          parsedOffset = (z === 45 ? -1 : 1) * (oh * 60 + om);
        } else if (s.startsWith('UTC', at) || s.startsWith('GMT', at)) {
          parsedOffset = 0;
          at += 3;
        }
        skipSpaces(s);
        if (at < n) return NaN;
      }
      if (hour > 23 || minute > 59 || second > 59) return NaN;
    }
  }
  if (dayOnly) {
    parsedOffset = NaN;
    return Date.UTC(year, month - 1, day);
  }
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/**
 * `dmy` or `mdy` for numeric dates whose year comes last, from a sample of values: `mdy` only
 * when some value has a second number above 12 and none has a first number above 12 (US dates
 * are read only when unambiguous); `dmy` otherwise.
 *
 * @example detectDayMonthOrder(['03/14/2026 10:00', '03/02/2026 09:00']) // 'mdy'
 */
export function detectDayMonthOrder(samples: readonly string[]): DayMonthOrder {
  let dayFirst = false;
  let monthFirst = false;
  const shape = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}/;
  for (const sample of samples) {
    const m = shape.exec(sample);
    if (m === null) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  return monthFirst && !dayFirst ? 'mdy' : 'dmy';
}

/** Options of {@link createDateParser}. */
export interface DateParserOptions {
  /** IANA zone (or `±HH:mm`) in which local date-times are read; default UTC. */
  timeZone?: string;
  /**
   * Declared format: date-fns tokens (`dd/MM/yyyy HH:mm`, `MM/dd/yyyy`, `d MMMM yyyy`…) or
   * `excel` for serial day numbers. Common shapes use the fast path; others use date-fns.
   */
  format?: string;
  /** Day/month order for numeric dates (see {@link detectDayMonthOrder}); default `dmy`. */
  order?: DayMonthOrder;
  /** `date`: the local midnight of the day (asset dates); `instant` (default): floored to the minute. */
  precision?: 'instant' | 'date';
}

const FAST_DMY = /^d{1,2}([/.\- ])M{1,2}\1y{2,4}([ T][Hh]{1,2}:mm(:ss(\.S+)?)?( ?a)?)?$/;
const FAST_MDY = /^M{1,2}([/.\- ])d{1,2}\1y{2,4}([ T][Hh]{1,2}:mm(:ss(\.S+)?)?( ?a)?)?$/;
const FAST_YMD = /^y{4}([/.\-])MM\1dd(('T'|[ T])HH:mm(:ss(\.S+)?)?(X{1,3}|x{1,3})?)?$/;
const FAST_MONTH_NAME = /^d{1,2}([/.\-])MMM\1y{2,4}( [Hh]{1,2}:mm( ?a)?)?$/;
const ABSOLUTE_TOKEN = /(^|[^'])[XxO]/;

const EXCEL_EPOCH_DAYS = 25_569; // 1970-01-01 as an Excel (1900 system) serial day

/**
 * A parser from date text to an instant (epoch ms, floored to the minute) or NaN. Without a
 * format it reads ISO 8601 and the common numeric and month-name shapes (see the module
 * comment); a text with `Z` or an offset is absolute, anything else is local time in
 * `timeZone`. With `precision: 'date'` it returns the local midnight of the day.
 *
 * @example createDateParser({ timeZone: 'Europe/Paris' })('02/03/2026 08:15') // Date.UTC(2026, 2, 2, 7, 15)
 * @example createDateParser({ timeZone: 'UTC' })('25/Feb/26 10:17 PM') // Date.UTC(2026, 1, 25, 22, 17)
 */
export function createDateParser(options: DateParserOptions = {}): (value: string) => number {
  const toUtc = zoneConverter(options.timeZone ?? 'UTC');
  const dayOnly = options.precision === 'date';
  const format = options.format?.trim();
  let order: DayMonthOrder = options.order ?? 'dmy';
  const finish = (wall: number): number => {
    if (Number.isNaN(wall)) return NaN;
    if (!Number.isNaN(parsedOffset)) return floorToMinute(wall - parsedOffset * MINUTE_MS);
    return dayOnly ? toUtc(wall) : floorToMinute(toUtc(wall));
  };
  if (format !== undefined && format !== '') {
    if (format.toLowerCase() === 'excel') {
      return (value) => {
        const serial = value.trim() === '' ? NaN : Number(value.replace(',', '.'));
        if (!Number.isFinite(serial) || serial < 1) return NaN;
        const wall = Math.round((serial - EXCEL_EPOCH_DAYS) * DAY_MS);
        parsedOffset = NaN;
        return finish(dayOnly ? Math.floor(wall / DAY_MS) * DAY_MS : wall);
      };
    }
    if (FAST_MDY.test(format)) order = 'mdy';
    else if (FAST_DMY.test(format)) order = 'dmy';
    else if (!FAST_YMD.test(format) && !FAST_MONTH_NAME.test(format)) {
      const reference = new Date(2000, 0, 1);
      try {
        formatWithFormat(reference, format); // throws RangeError on tokens date-fns does not know
      } catch {
        throw new RevueError('bad-date-format', ERROR_TEXT.badDateFormat(format));
      }
      const absolute = ABSOLUTE_TOKEN.test(format);
      return (value) => {
        const date = parseWithFormat(value.trim(), format, reference);
        const time = date.getTime();
        if (Number.isNaN(time)) return NaN;
        if (absolute) return dayOnly ? time : floorToMinute(time);
        parsedOffset = NaN;
        const wall = dayOnly
          ? Date.UTC(date.getFullYear(), date.getMonth(), date.getDate())
          : Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds());
        return finish(wall);
      };
    }
  }
  return (value) => finish(parseWall(value, order, dayOnly));
}
