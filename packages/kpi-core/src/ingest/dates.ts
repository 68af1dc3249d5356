/**
 * Date-time parsing for exports: a fast path by manual digit extraction for the common shapes
 * (ISO 8601 with or without offset, `yyyy-MM-dd HH:mm[:ss]`, `dd/MM/yyyy HH:mm[:ss]`, GLPI
 * `dd-MM-yyyy HH:mm`, unpadded `d/M/yyyy H:mm`, Jira `dd/MMM/yy h:mm a`, `d MMM yyyy HH:mm`, the US long
 * date `MMM d, yyyy h:mm a`, date-only forms, US
 * `MM/dd/yyyy` when declared or proven by a day above 12), Excel serial numbers when declared,
 * and date-fns `parse` for any other explicit format. Two-digit years use the POSIX pivot
 * (69–99 → 1969–1999, 00–68 → 2000–2068; see {@link fullYear}). Local wall-clock times become instants
 * through the time zone with one offset look-up per local day (cached), never a Date per row.
 */
import { format as formatWithFormat, parse as parseWithFormat } from '../internal/date-fns.js';
import { TZDate, tzOffset } from '@date-fns/tz';
import { daysFromCivil, daysInMonth } from '../internal/civil.js';
import { RevueError } from '../internal/errors.js';
import { DAY_MS, MINUTE_MS, floorToMinute } from '../internal/time.js';
import { ERROR_TEXT } from './messages.js';

const HOUR_MS = 3_600_000;
const EDGE_MS = 14 * HOUR_MS;

/** Order of day and month in numeric dates whose year is last. */
export type DayMonthOrder = 'dmy' | 'mdy';

/**
 * The UTC offset of each local day (NaN on a day whose offset changes), per zone, shared by
 * every converter: each date column of each file has its own, and each day a column meets cost
 * it two `tzOffset` look-ups (Intl formatting, 1.5–3 µs each): reading the 1M-ticket benchmark
 * files made 38,668 look-ups with a cache per converter, 21,666 with this one (most of the rest
 * are the values of the days the offset changes). At most one entry per day of 1970–2100 per zone.
 */
const offsetsByDay = new Map<string, Map<number, number>>();

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
  let perDay = offsetsByDay.get(timeZone);
  if (perDay === undefined) {
    perDay = new Map<number, number>();
    offsetsByDay.set(timeZone, perDay);
  }
  const exact = (local: number, day: number): number => {
    const before = offsetAt(day * DAY_MS - EDGE_MS);
    const after = offsetAt((day + 1) * DAY_MS + EDGE_MS);
    const first = local - before * MINUTE_MS;
    const second = local - after * MINUTE_MS;
    const firstValid = offsetAt(first) === before;
    const secondValid = offsetAt(second) === after;
    if (firstValid && secondValid) return Math.min(first, second);
    if (secondValid) return second;
    if (!firstValid) dstGap = true;
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

/**
 * A test of whether an instant (epoch ms) is a local midnight in `timeZone`: the instant a date
 * written without a time of day (`2026-03-02`) is read as. Each of the three days around the
 * instant is tried, so that a zone ±14 h from UTC, or a midnight moved by a DST gap, is found.
 *
 * @example localMidnightTest('Europe/Paris')(Date.UTC(2026, 2, 1, 23, 0)) // true (00:00 CET)
 * @example localMidnightTest('UTC')(Date.UTC(2026, 2, 2, 8, 15)) // false
 */
export function localMidnightTest(timeZone: string): (instant: number) => boolean {
  const toUtc = zoneConverter(timeZone);
  return (instant) => {
    if (instant !== instant) return false;
    const day = Math.floor(instant / DAY_MS) * DAY_MS;
    return toUtc(day) === instant || toUtc(day + DAY_MS) === instant || toUtc(day - DAY_MS) === instant;
  };
}

/**
 * The ticket instants whose differences are durations (SLA, repair, downtime). The due dates
 * (`slaResponseDueAt`…) are not among them: a due day written alone is read as the end of that
 * day, on purpose (read.ts, `endOfDayIfDateOnly`).
 */
export const TICKET_INSTANT_FIELDS = ['openedAt', 'firstResponseAt', 'resolvedAt', 'closedAt'] as const;
export type TicketInstantField = (typeof TICKET_INSTANT_FIELDS)[number];

/**
 * Whether a column of instants carries no time of day: it has some value, and every value is a
 * local midnight (see {@link localMidnightTest}). Judged on the values read, not the text, so that
 * the text and byte readers (and a table built from rows) agree by construction; a column written
 * `2026-03-02 00:00` in every cell says no more than `2026-03-02`, and is date-only too. A single
 * value with a time of day makes the column timed (a mixed column is read as it always was).
 *
 * @example isDateOnlyColumn(Float64Array.of(Date.UTC(2026, 2, 2), NaN), localMidnightTest('UTC')) // true
 */
export function isDateOnlyColumn(column: ArrayLike<number>, isMidnight: (instant: number) => boolean): boolean {
  return midnightValues(column, isMidnight) > 0;
}

/** The values of a column when every one is a local midnight; -1 when some value has a time of day. */
function midnightValues(column: ArrayLike<number>, isMidnight: (instant: number) => boolean): number {
  let seen = 0;
  for (let i = 0; i < column.length; i++) {
    const value = column[i]!;
    if (value !== value) continue;
    if (!isMidnight(value)) return -1;
    seen++;
  }
  return seen;
}

/**
 * Values a column must hold, all at midnight, to be judged date-only when another instant column
 * of the file has times of day: five real openings all at midnight by chance are about one chance
 * in 1440⁵, two are a hand-made example (the audit of 2026-12-05: `M1 2026-04-01T00:00Z → 06:00Z`,
 * `M2 2026-04-02T00:00Z → 02:00Z` lost its SLA and lost hours to `no-time-of-day` though its
 * resolutions carry their hours). Kept low: a column of days read as times makes hours from
 * midnight (a ticket opened at 15:00 judged 17 h from midnight).
 */
export const DATE_ONLY_MIN_VALUES = 5;

/**
 * The ticket instant columns that carry no time of day ({@link isDateOnlyColumn}), judged together:
 * when no column has a time of day, every dated column is date-only (a Zendesk Explore download of
 * `2026-03-02` days, however short); when one has, a column all at midnight is date-only only from
 * {@link DATE_ONLY_MIN_VALUES} values on.
 *
 * @example dateOnlyFields((field) => columns[field], localMidnightTest('UTC')); // => ['openedAt']
 */
export function dateOnlyFields(columnOf: (field: TicketInstantField) => ArrayLike<number> | undefined, isMidnight: (instant: number) => boolean): TicketInstantField[] {
  const allMidnight: { field: TicketInstantField; values: number }[] = [];
  let timed = false;
  for (const field of TICKET_INSTANT_FIELDS) {
    const column = columnOf(field);
    if (column === undefined) continue;
    const values = midnightValues(column, isMidnight);
    if (values < 0) timed = true;
    else if (values > 0) allMidnight.push({ field, values });
  }
  return allMidnight.filter((entry) => !timed || entry.values >= DATE_ONLY_MIN_VALUES).map((entry) => entry.field);
}

// Month names and abbreviations in English and French, and the abbreviations Jira writes in a
// Spanish, Portuguese, German or Italian UI (`30/dic/25 11:45 PM` is parsed by a public Jira
// CSV reader's tests; the others follow the same locale data): accents and dots ignored.
const MONTHS: Record<string, number> = {
  jan: 1, janv: 1, janvier: 1, january: 1, ene: 1, gen: 1, janner: 1, januar: 1,
  feb: 2, fev: 2, fevr: 2, fevrier: 2, february: 2, febr: 2, februar: 2,
  mar: 3, mars: 3, march: 3, marz: 3, mrz: 3,
  apr: 4, avr: 4, avril: 4, april: 4, abr: 4,
  may: 5, mai: 5, mag: 5,
  jun: 6, juin: 6, june: 6, giu: 6, juni: 6,
  jul: 7, juil: 7, juillet: 7, july: 7, lug: 7, juli: 7,
  aug: 8, aou: 8, aout: 8, august: 8, ago: 8,
  sep: 9, sept: 9, septembre: 9, september: 9, set: 9,
  oct: 10, octobre: 10, october: 10, out: 10, okt: 10, ott: 10,
  nov: 11, novembre: 11, november: 11,
  dec: 12, decembre: 12, december: 12, dic: 12, dez: 12,
};

function monthNumber(token: string): number {
  const key = token.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f.]/g, '');
  return MONTHS[key] ?? -1;
}

/** Explicit UTC offset of the last parsed value in minutes, NaN when it had none. */
let parsedOffset = NaN;
/** The last local time converted fell in a spring-forward gap (see {@link lastDateWasDstGap}). */
let dstGap = false;

/**
 * Whether the value last read by a date parser of this module was a local time that does not
 * exist in its time zone (the hour skipped when clocks go forward), which the parser moved
 * forward by the gap. Readers call it right after a parse to flag the value.
 *
 * @example
 * const parse = createDateParser({ timeZone: 'Europe/Paris' });
 * parse('2026-03-29 02:30'); // Date.UTC(2026, 2, 29, 1, 30), i.e. 03:30 CEST
 * lastDateWasDstGap(); // true
 */
export function lastDateWasDstGap(): boolean {
  return dstGap;
}

/**
 * The full year of a two-digit year, with the POSIX `strptime` pivot: 69–99 are 1969–1999,
 * 00–68 are 2000–2068.
 *
 * @example fullYear(26) // 2026
 * @example fullYear(85) // 1985
 */
export function fullYear(twoDigits: number): number {
  return twoDigits >= 69 ? 1900 + twoDigits : 2000 + twoDigits;
}

/**
 * The first two numbers of a numeric date whose year comes last (`d/M/yy`, `dd.MM.yyyy`,
 * `MM-dd-yyyy`…) in `text[from, to)`, as `first * 100 + second`, or −1 for any other shape.
 * Readers use it to tell day-first from month-first across a whole column.
 *
 * @example leadingDayMonth('03/14/2026 10:00', 0, 16) // 314
 */
export function leadingDayMonth(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  let first = 0;
  const start1 = i;
  while (i < to && i - start1 < 2 && isDigit(text.charCodeAt(i))) first = first * 10 + text.charCodeAt(i++) - 48;
  if (i === start1 || i >= to) return -1;
  const sep = text.charCodeAt(i++);
  if (sep !== 47 && sep !== 46 && sep !== 45) return -1;
  let second = 0;
  const start2 = i;
  while (i < to && i - start2 < 2 && isDigit(text.charCodeAt(i))) second = second * 10 + text.charCodeAt(i++) - 48;
  if (i === start2 || i >= to || text.charCodeAt(i++) !== sep) return -1;
  const start3 = i;
  while (i < to && isDigit(text.charCodeAt(i))) i++;
  const len3 = i - start3;
  return len3 === 2 || len3 === 4 ? first * 100 + second : -1;
}

/**
 * True when the date-time in `[from, to)` ends with a 12-hour clock's `AM` or `PM` (any case,
 * after a digit or a space): the US convention, which the reader takes as the sign of
 * month-first dates when no value settles the order.
 *
 * @example endsWithMeridiem('3/2/2026 9:15 AM', 0, 16) // true
 * @example endsWithMeridiem('03/02/2026 09:15', 0, 16) // false
 */
export function endsWithMeridiem(text: string, from: number, to: number): boolean {
  let i = to;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  if (i - from < 3) return false;
  const m = text.charCodeAt(i - 1) | 32;
  const ap = text.charCodeAt(i - 2) | 32;
  const before = text.charCodeAt(i - 3);
  return m === 109 && (ap === 97 || ap === 112) && (isDigit(before) || isSpace(before));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}


/** The char code at `i`, or -1 at and past `end`: a cell is parsed in place inside the file's text. */
function codeAt(s: string, i: number, end: number): number {
  return i < end ? s.charCodeAt(i) : -1;
}

/** Where the last `readDigits` stopped (module state: no allocation per date cell). */
let digitsEnd = 0;

/** The value of up to `max` decimal digits from `from` (0 when none); sets `digitsEnd`. */
function readDigits(s: string, from: number, end: number, max: number): number {
  let value = 0;
  let i = from;
  for (let c = codeAt(s, i, end); i - from < max && isDigit(c); c = codeAt(s, ++i, end)) value = value * 10 + c - 48;
  digitsEnd = i;
  return value;
}

/**
 * Wall-clock epoch ms (read as UTC) of a date-time text, or NaN; sets `parsedOffset` when the
 * text carries `Z`, `UTC` or `±HH[:mm]`. `dayOnly` drops the time of day. Hand-written digit
 * extraction with local state only: this runs once per date cell.
 */
function parseWall(s: string, from: number, to: number, order: DayMonthOrder, dayOnly: boolean): number {
  parsedOffset = NaN;
  if (to - from === 25) {
    const fast = parseIsoWithOffset(s, from, dayOnly);
    if (fast === fast) return fast;
  } else if (to - from === 20 || to - from === 19) {
    const fast = parseIsoSeconds(s, from, to - from === 20, dayOnly);
    if (fast === fast) return fast;
  }
  const n = to;
  let i = from;
  let c = 0;
  while (i < n && isSpace(codeAt(s, i, n))) i++;
  let year: number;
  let month: number;
  let day: number;
  if (i < n && !isDigit(codeAt(s, i, n))) {
    // Month name first, then the day and a four-digit year: the long English date of US
    // exports and spreadsheets (`Mar 2, 2026 8:15 AM`, `March 02 2026 08:15`).
    const startName = i;
    while (i < n && (c = codeAt(s, i, n)) !== 32 && !isDigit(c)) i++;
    month = monthNumber(s.slice(startName, i));
    if (month < 0) return NaN;
    while (i < n && isSpace(codeAt(s, i, n))) i++;
    const startDay = i;
    day = readDigits(s, i, n, 2);
    i = digitsEnd;
    if (i === startDay) return NaN;
    if (codeAt(s, i, n) === 44) i++; // ,
    if (!isSpace(codeAt(s, i, n))) return NaN;
    while (i < n && isSpace(codeAt(s, i, n))) i++;
    const startYear = i;
    year = readDigits(s, i, n, 4);
    i = digitsEnd;
    if (i - startYear !== 4) return NaN;
  } else {
    // First group: 1–4 digits.
    const start1 = i;
    const g1 = readDigits(s, i, n, 4);
    i = digitsEnd;
    const len1 = i - start1;
    if (len1 === 0 || i >= n) return NaN;
    const sep = codeAt(s, i, n);
    // - / . and, before a month name only, a space (`2 Mar 2026 08:15`, `02 mars 2026`).
    if (sep !== 45 && sep !== 47 && sep !== 46 && !(sep === 32 && i + 1 < n && !isDigit(codeAt(s, i + 1, n)))) return NaN;
    i++;
    if (isDigit(codeAt(s, i, n))) {
      const g2 = readDigits(s, i, n, 2);
      i = digitsEnd;
      if (codeAt(s, i, n) !== sep) return NaN;
      i++;
      const start3 = i;
      const g3 = readDigits(s, i, n, 4);
      i = digitsEnd;
      const len3 = i - start3;
      if (len1 === 4) {
        if (len3 === 0 || len3 > 2) return NaN;
        year = g1;
        month = g2;
        day = g3;
      } else {
        if (len1 > 2 || len3 === 0 || len3 === 1 || len3 === 3) return NaN;
        year = len3 === 2 ? fullYear(g3) : g3;
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
      const startName = i;
      while (i < n && (c = codeAt(s, i, n)) !== sep && !isSpace(c) && !isDigit(c)) i++;
      month = monthNumber(s.slice(startName, i));
      if (month < 0 || len1 > 2 || codeAt(s, i, n) !== sep) return NaN;
      i++;
      const start3 = i;
      const g3 = readDigits(s, i, n, 4);
      i = digitsEnd;
      const len3 = i - start3;
      if (len3 !== 2 && len3 !== 4) return NaN;
      year = len3 === 2 ? fullYear(g3) : g3;
      day = g1;
    }
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  let hour = 0;
  let minute = 0;
  let second = 0;
  if (i < n) {
    c = codeAt(s, i, n);
    if (c === 84 || c === 116) i++; // T
    else if (isSpace(c)) while (i < n && isSpace(codeAt(s, i, n))) i++;
    else return NaN;
  }
  if (i < n) {
    const startH = i;
    hour = readDigits(s, i, n, 2);
    i = digitsEnd;
    if (i === startH || codeAt(s, i, n) !== 58) return NaN;
    c = codeAt(s, i + 1, n);
    const c2 = codeAt(s, i + 2, n);
    if (!isDigit(c) || !isDigit(c2)) return NaN;
    minute = (c - 48) * 10 + c2 - 48;
    i += 3;
    if (codeAt(s, i, n) === 58) {
      c = codeAt(s, i + 1, n);
      const c3 = codeAt(s, i + 2, n);
      if (!isDigit(c) || !isDigit(c3)) return NaN;
      second = (c - 48) * 10 + c3 - 48;
      i += 3;
      c = codeAt(s, i, n);
      if (c === 46 || c === 44) {
        i++;
        const startF = i;
        while (i < n && isDigit(codeAt(s, i, n))) i++;
        if (i === startF) return NaN;
      }
    }
    while (i < n && isSpace(codeAt(s, i, n))) i++;
    if (i < n) {
      const a = codeAt(s, i, n) | 32;
      if ((a === 97 || a === 112) && (codeAt(s, i + 1, n) | 32) === 109) {
        if (hour < 1 || hour > 12) return NaN;
        hour = (hour % 12) + (a === 112 ? 12 : 0);
        i += 2;
        while (i < n && isSpace(codeAt(s, i, n))) i++;
      }
    }
    if (i < n) {
      const z = codeAt(s, i, n);
      if (z === 90 || z === 122) {
        parsedOffset = 0;
        i++;
      } else if (z === 43 || z === 45) {
        const h1 = codeAt(s, i + 1, n);
        const h2 = codeAt(s, i + 2, n);
        if (!isDigit(h1) || !isDigit(h2)) return NaN;
        let offset = ((h1 - 48) * 10 + h2 - 48) * 60;
        i += 3;
        if (codeAt(s, i, n) === 58) i++;
        if (i < n && isDigit(codeAt(s, i, n))) {
          const m1 = codeAt(s, i, n);
          const m2 = codeAt(s, i + 1, n);
          if (!isDigit(m2)) return NaN;
          offset += (m1 - 48) * 10 + m2 - 48;
          i += 2;
        }
        parsedOffset = z === 45 ? -offset : offset;
      } else if (i + 3 <= n && (s.startsWith('UTC', i) || s.startsWith('GMT', i))) {
        parsedOffset = 0;
        i += 3;
      }
      while (i < n && isSpace(codeAt(s, i, n))) i++;
      if (i < n) return NaN;
    }
    if (hour > 23 || minute > 59 || second > 59) return NaN;
  }
  const days = daysFromCivil(year, month, day);
  if (dayOnly) {
    parsedOffset = NaN;
    return days * DAY_MS;
  }
  return days * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS + second * 1000;
}

/** The value of two ASCII digits at `i`, or −1. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The other two common export shapes, read at fixed positions with exactly the checks and
 * result of the general path of {@link parseWall}: `yyyy-MM-ddTHH:mm:ssZ` (20 characters, UTC:
 * ServiceNow's and Jira's API exports, the benchmark's second shape) when `utc`, else
 * `yyyy-MM-dd HH:mm:ss` or `yyyy-MM-ddTHH:mm:ss` (19, local time: GLPI's export). NaN for any
 * other text (which then takes the general path). Reading a million UTC instants this way
 * instead of digit by digit took 1.5 s of the 16 s CPU profile of the CLI at 1M (second shape,
 * `node --cpu-prof`, parseWall's self time) — see BENCHMARKS.md.
 */
function parseIsoSeconds(s: string, from: number, utc: boolean, dayOnly: boolean): number {
  const t = s.charCodeAt(from + 10);
  if (s.charCodeAt(from + 4) !== 45 || s.charCodeAt(from + 7) !== 45 || (t !== 84 && t !== 32) || s.charCodeAt(from + 13) !== 58 || s.charCodeAt(from + 16) !== 58) {
    return NaN;
  }
  if (utc && s.charCodeAt(from + 19) !== 90) return NaN;
  const century = twoDigits(s, from);
  const yy = twoDigits(s, from + 2);
  const month = twoDigits(s, from + 5);
  const day = twoDigits(s, from + 8);
  const hour = twoDigits(s, from + 11);
  const minute = twoDigits(s, from + 14);
  const second = twoDigits(s, from + 17);
  if ((century | yy | month | day | hour | minute | second) < 0) return NaN;
  const year = century * 100 + yy;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  if (hour > 23 || minute > 59 || second > 59) return NaN;
  const days = daysFromCivil(year, month, day);
  if (dayOnly) return days * DAY_MS;
  if (utc) parsedOffset = 0;
  return days * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS + second * 1000;
}

/**
 * The common export shape `yyyy-MM-ddTHH:mm:ss±HH:mm` (25 characters at `from`), read at fixed
 * positions with exactly the checks and result of the general path of {@link parseWall}; NaN for
 * any other text (which then takes the general path).
 */
function parseIsoWithOffset(s: string, from: number, dayOnly: boolean): number {
  if (
    s.charCodeAt(from + 4) !== 45 ||
    s.charCodeAt(from + 7) !== 45 ||
    s.charCodeAt(from + 10) !== 84 ||
    s.charCodeAt(from + 13) !== 58 ||
    s.charCodeAt(from + 16) !== 58 ||
    s.charCodeAt(from + 22) !== 58
  ) {
    return NaN;
  }
  const sign = s.charCodeAt(from + 19);
  if (sign !== 43 && sign !== 45) return NaN;
  const century = twoDigits(s, from);
  const yy = twoDigits(s, from + 2);
  const month = twoDigits(s, from + 5);
  const day = twoDigits(s, from + 8);
  const hour = twoDigits(s, from + 11);
  const minute = twoDigits(s, from + 14);
  const second = twoDigits(s, from + 17);
  const offsetHours = twoDigits(s, from + 20);
  const offsetMinutes = twoDigits(s, from + 23);
  if ((century | yy | month | day | hour | minute | second | offsetHours | offsetMinutes) < 0) return NaN;
  const year = century * 100 + yy;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  if (hour > 23 || minute > 59 || second > 59) return NaN;
  const days = daysFromCivil(year, month, day);
  if (dayOnly) return days * DAY_MS;
  const offset = offsetHours * 60 + offsetMinutes;
  parsedOffset = sign === 45 ? -offset : offset;
  return days * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS + second * 1000;
}


/**
 * `dmy` or `mdy` for numeric dates whose year comes last, from a sample of values, as the reader
 * settles a file: `mdy` when some value has a second number above 12 and none has a first number
 * above 12; when no value settles it either way, `mdy` if some value ends with AM/PM (a 12-hour
 * clock is the US convention, whose dates are month-first); `dmy` otherwise.
 *
 * @example detectDayMonthOrder(['03/14/2026 10:00', '03/02/2026 09:00']) // 'mdy'
 * @example detectDayMonthOrder(['3/2/2026 9:15 AM', '4/1/2026 1:30 PM']) // 'mdy'
 * @example detectDayMonthOrder(['03/02/2026 09:15']) // 'dmy'
 */
export function detectDayMonthOrder(samples: readonly string[]): DayMonthOrder {
  let dayFirst = false;
  let monthFirst = false;
  let meridiem = false;
  const shape = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}/;
  for (const sample of samples) {
    const m = shape.exec(sample);
    if (m === null) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
    if (!meridiem && endsWithMeridiem(sample, 0, sample.length)) meridiem = true;
  }
  if (dayFirst || monthFirst) return monthFirst && !dayFirst ? 'mdy' : 'dmy';
  return meridiem ? 'mdy' : 'dmy';
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
const FAST_MONTH_NAME = /^(d{1,2}([/.\- ])MMM\2y{2,4}|MMM d{1,2},? y{4})( [Hh]{1,2}:mm(:ss)?( ?a)?)?$/;
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
  const parse = createDateRangeParser(options);
  return (value) => parse(value, 0, value.length);
}

/**
 * {@link createDateParser} on a range `[from, to)` of a text, so that readers parse dates
 * straight from the CSV text without a string per cell.
 *
 * @example createDateRangeParser()('x,2026-03-02 08:15,y', 2, 18) // Date.UTC(2026, 2, 2, 8, 15)
 */
export function createDateRangeParser(options: DateParserOptions = {}): (text: string, from: number, to: number) => number {
  const toUtc = zoneConverter(options.timeZone ?? 'UTC');
  const dayOnly = options.precision === 'date';
  const format = options.format?.trim();
  let order: DayMonthOrder = options.order ?? 'dmy';
  const finish = (wall: number): number => {
    dstGap = false;
    if (Number.isNaN(wall)) return NaN;
    if (!Number.isNaN(parsedOffset)) return floorToMinute(wall - parsedOffset * MINUTE_MS);
    return dayOnly ? toUtc(wall) : floorToMinute(toUtc(wall));
  };
  if (format !== undefined && format !== '') {
    if (format.toLowerCase() === 'excel') {
      return (text, from, to) => {
        const value = text.slice(from, to);
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
      // A UTC reference makes date-fns build the parsed date in UTC, so its fields are the
      // cell's wall-clock reading whatever the machine's zone; the policy's zone is applied
      // after, by the one rule for skipped and repeated times (a plain Date would read
      // 2026/03/29 02.30 as 03:30 on a Paris machine and 02:30 on a UTC one).
      const reference = new TZDate(2000, 0, 1, 'UTC');
      try {
        formatWithFormat(reference, format); // throws RangeError on tokens date-fns does not know
      } catch {
        throw new RevueError('bad-date-format', ERROR_TEXT.badDateFormat(format));
      }
      const absolute = ABSOLUTE_TOKEN.test(format);
      return (text, from, to) => {
        const date = parseWithFormat(text.slice(from, to).trim(), format, reference);
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
  return (text, from, to) => finish(parseWall(text, from, to, order, dayOnly));
}

/**
 * Why a declared date format cannot read dates, or null when it can: `excel`, or date-fns tokens
 * that date-fns knows and that name a day, a month and a year (or a whole date: `P`, a
 * timestamp `t`/`T`). Checked when a mapping is read, so that a typo (`qqqq-zz`) is refused
 * naming the mapping's key instead of every row being rejected as undated.
 *
 * @example dateFormatProblem('dd/MM/yyyy HH:mm') // null
 * @example dateFormatProblem('qqqq-zz') // 'it names no day, month and year (date-fns tokens d, M, y)'
 */
export function dateFormatProblem(format: string): string | null {
  const trimmed = format.trim();
  if (trimmed.toLowerCase() === 'excel') return null;
  try {
    formatWithFormat(new TZDate(2000, 0, 1, 'UTC'), trimmed);
  } catch {
    return 'date-fns does not know one of its letters (quote literal text: \'T\')';
  }
  // Letters inside quotes are literal text, not tokens.
  const tokens = trimmed.replace(/'[^']*'/g, '');
  if (/[PtT]/.test(tokens)) return null;
  if (/[yu]/.test(tokens) && /[ML]/.test(tokens) && /d/.test(tokens)) return null;
  return 'it names no day, month and year (date-fns tokens d, M, y)';
}

/** The value of two ASCII digits at `i` of `b`, or −1. */
function twoDigitBytes(b: Uint8Array, i: number): number {
  const x = b[i]! - 48;
  const y = b[i + 1]! - 48;
  return x >= 0 && x <= 9 && y >= 0 && y <= 9 ? x * 10 + y : -1;
}

/**
 * Wall-clock ms of the fixed-position ISO shapes in UTF-8 bytes, exactly as {@link parseWall}
 * reads the same characters: 25 bytes `yyyy-MM-ddTHH:mm:ss±HH:mm`, 20 `…ssZ`, 19 `yyyy-MM-dd
 * HH:mm:ss` (or `T`), 10 `yyyy-MM-dd`; NaN for anything else. Sets `parsedOffset`.
 */
function isoWallBytes(b: Uint8Array, from: number, length: number, dayOnly: boolean): number {
  parsedOffset = NaN;
  if (length !== 25 && length !== 20 && length !== 19 && length !== 10) return NaN;
  if (b[from + 4] !== 45 || b[from + 7] !== 45) return NaN;
  const century = twoDigitBytes(b, from);
  const yy = twoDigitBytes(b, from + 2);
  const month = twoDigitBytes(b, from + 5);
  const day = twoDigitBytes(b, from + 8);
  if ((century | yy | month | day) < 0) return NaN;
  const year = century * 100 + yy;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  const days = daysFromCivil(year, month, day);
  // yyyy-MM-dd: the general path reads the date and no time (dayOnly or not).
  if (length === 10) return days * DAY_MS;
  const t = b[from + 10];
  if (b[from + 13] !== 58 || b[from + 16] !== 58) return NaN;
  const hour = twoDigitBytes(b, from + 11);
  const minute = twoDigitBytes(b, from + 14);
  const second = twoDigitBytes(b, from + 17);
  if ((hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) return NaN;
  let offset = NaN;
  if (length === 25) {
    const sign = b[from + 19];
    if (t !== 84 || b[from + 22] !== 58 || (sign !== 43 && sign !== 45)) return NaN;
    const offsetHours = twoDigitBytes(b, from + 20);
    const offsetMinutes = twoDigitBytes(b, from + 23);
    if ((offsetHours | offsetMinutes) < 0) return NaN;
    offset = sign === 45 ? -(offsetHours * 60 + offsetMinutes) : offsetHours * 60 + offsetMinutes;
  } else {
    if (t !== 84 && t !== 32) return NaN;
    if (length === 20) {
      if (b[from + 19] !== 90) return NaN;
      offset = 0;
    }
  }
  if (dayOnly) return days * DAY_MS;
  parsedOffset = offset;
  return days * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS + second * 1000;
}

/**
 * The byte reader of a date column read without a declared format: the common fixed-position
 * ISO shapes straight from the UTF-8 bytes of a cell (trimmed), with exactly the result of
 * {@link createDateRangeParser} on the same text; NaN for any other text, which the caller
 * then reads as text (so NaN here never means "not a date"). Check {@link lastDateWasDstGap}
 * after each value, as for the text parser.
 *
 * @example createIsoBytesParser({ timeZone: 'UTC' })(new TextEncoder().encode('2026-03-02T08:15:00Z'), 0, 20) // Date.UTC(2026, 2, 2, 8, 15)
 */
export function createIsoBytesParser(options: Pick<DateParserOptions, 'timeZone' | 'precision'> = {}): (bytes: Uint8Array, from: number, to: number) => number {
  const reader = new IsoBytesReader(options);
  return (bytes, from, to) => reader.read(bytes, from, to);
}

/** {@link createIsoBytesParser} as an object: one class for every date column, so that the readers' call of `read` stays monomorphic (inlined). */
export class IsoBytesReader {
  private readonly toUtc: (localMs: number) => number;
  private readonly dayOnly: boolean;
  private readonly endOfDay: boolean;
  /**
   * `endOfDay`: a deadline column, whose day written alone (`2026-03-10`) is due until the last
   * minute of that day in the zone (the next local midnight less a minute), as the text reader
   * reads a deadline (read.ts, `endOfDayIfDateOnly`); only with the `instant` precision.
   */
  constructor(options: Pick<DateParserOptions, 'timeZone' | 'precision'> & { endOfDay?: boolean } = {}) {
    this.toUtc = zoneConverter(options.timeZone ?? 'UTC');
    this.dayOnly = options.precision === 'date';
    this.endOfDay = options.endOfDay === true && !this.dayOnly;
  }
  /** The instant of `bytes[from, to)`, or NaN when the text parser must read it. */
  read(bytes: Uint8Array, from: number, to: number): number {
    dstGap = false;
    const dayOnly = this.dayOnly;
    const wall = isoWallBytes(bytes, from, to - from, dayOnly);
    if (wall !== wall) return NaN;
    if (this.endOfDay && to - from === 10) return this.toUtc(wall + DAY_MS) - MINUTE_MS;
    if (parsedOffset === parsedOffset) return floorToMinute(wall - parsedOffset * MINUTE_MS);
    return dayOnly ? this.toUtc(wall) : floorToMinute(this.toUtc(wall));
  }
}
