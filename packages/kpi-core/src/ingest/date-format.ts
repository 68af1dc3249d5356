/**
 * The date format of a column, from its values, as date-fns tokens (DESIGN §3: `dd/MM/yyyy
 * HH:mm`, ISO 8601, `yyyy-MM-dd HH:mm:ss`, US `MM/dd/yyyy` only when unambiguous, Jira's
 * `dd/MMM/yy h:mm a`, Request Tracker's `EEE MMM dd HH:mm:ss yyyy`). Every format given here but
 * Request Tracker's is one the reader's fast path reads, so declaring it (`dateFormat` in a
 * mapping) only settles the order of day and month.
 */

/** A format guessed from a column's values. */
export interface DateFormatGuess {
  /** date-fns tokens, e.g. `dd/MM/yyyy HH:mm`. */
  format: string;
  /**
   * No value proves the order of day and month (every first and second number is 12 or
   * less): the order is guessed as the reader guesses it, month-first when the times carry
   * AM/PM (the US convention), day-first otherwise.
   */
  ambiguous: boolean;
  /** Share of the non-empty values with this shape (0…1). */
  share: number;
}

const ISO_T = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const YMD = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?$/;
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp][Mm]))?)?$/;
const MONTH_NAME = /^(\d{1,2})([-/. ])(\p{L}{3,9})\.?\2(\d{4}|\d{2})(?: (\d{1,2}):(\d{2})(:\d{2})?(?: ?([AaPp][Mm]))?)?$/u;
/** The long English date, month first (`Mar 2, 2026 8:15 AM`, `March 02 2026 08:15`). */
const MONTH_FIRST = /^(\p{L}{3,9})\.? (\d{1,2}),? (\d{4})(?: (\d{1,2}):(\d{2})(:\d{2})?(?: ?([AaPp][Mm]))?)?$/u;
/**
 * Request Tracker's default date display (`RT::Date::DefaultFormat`, `Mon Mar 02 09:15:00 2026`,
 * the C `ctime` order): read by date-fns, not by the fast path, which is fine for the size of a
 * ticket search download.
 */
const CTIME = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{2} \d{2}:\d{2}(:\d{2})? \d{4}$/;

/** English month names and abbreviations, the only ones read month first (see {@link MONTH_FIRST}). */
const ENGLISH_MONTH = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)$/i;

function monthNameLike(word: string): boolean {
  return ENGLISH_MONTH.test(word);
}

/** Whether a value is in Request Tracker's default date display (see {@link CTIME}). */
export function isCtimeDate(value: string): boolean {
  return CTIME.test(value);
}

interface Shape {
  key: string;
  format: (evidence: Evidence) => string;
  /** First number > 12 (day-first proven), second > 12 (month-first proven). */
  first?: number;
  second?: number;
}

interface Evidence {
  dayFirst: boolean;
  monthFirst: boolean;
  /** Some numeric value ends with AM/PM. */
  meridiem: boolean;
  /** Some value has a one-digit day, month or hour. */
  short: { first: boolean; second: boolean; hour: boolean };
}

function shapeOf(value: string): Shape | null {
  let m = ISO_T.exec(value);
  if (m !== null) {
    const seconds = m[6] !== undefined ? ':ss' : '';
    const fraction = m[7] !== undefined ? '.SSS' : '';
    const zone = m[8] === undefined ? '' : 'XXX';
    return { key: `iso${seconds}${fraction}${zone}`, format: () => `yyyy-MM-dd'T'HH:mm${seconds}${fraction}${zone}` };
  }
  m = YMD.exec(value);
  if (m !== null) {
    const sep = m[2]!;
    const time = m[5] === undefined ? '' : m[7] === undefined ? ' HH:mm' : m[8] === undefined ? ' HH:mm:ss' : ' HH:mm:ss.SSS';
    return { key: `ymd${sep}${time}`, format: () => `yyyy${sep}MM${sep}dd${time}` };
  }
  m = NUMERIC.exec(value);
  if (m !== null) {
    const [, a, sep, b, year, hour, , seconds, meridiem] = m;
    const yearTokens = year!.length === 2 ? 'yy' : 'yyyy';
    const time = hour === undefined ? '' : `${meridiem === undefined ? 'HH' : 'hh'}:mm${seconds === undefined ? '' : ':ss'}${meridiem === undefined ? '' : ' a'}`;
    return {
      key: `num${sep}${yearTokens}${time === '' ? '' : ` ${time}`}`,
      first: Number(a),
      second: Number(b),
      format: (e) => {
        const day = e.short.first || e.short.second ? 'd' : 'dd';
        const month = e.short.first || e.short.second ? 'M' : 'MM';
        const clock = time === '' ? '' : ` ${e.short.hour ? time.replace(/^(HH|hh)/, (h) => h[0]!) : time}`;
        const monthFirst = e.dayFirst || e.monthFirst ? e.monthFirst && !e.dayFirst : e.meridiem;
        const order = monthFirst ? [month, day] : [day, month];
        return `${order[0]}${sep}${order[1]}${sep}${yearTokens}${clock}`;
      },
    };
  }
  m = CTIME.exec(value);
  if (m !== null) {
    const seconds = m[1] === undefined ? '' : ':ss';
    return { key: `ctime${seconds}`, format: () => `EEE MMM dd HH:mm${seconds} yyyy` };
  }
  m = MONTH_NAME.exec(value);
  if (m !== null) {
    const [, , sep, , year, hour, , seconds, meridiem] = m;
    const yearTokens = year!.length === 2 ? 'yy' : 'yyyy';
    const secs = seconds === undefined ? '' : ':ss';
    const time = hour === undefined ? '' : meridiem === undefined ? ` HH:mm${secs}` : ` h:mm${secs} a`;
    return { key: `mon${sep}${yearTokens}${time}`, format: () => `dd${sep}MMM${sep}${yearTokens}${time}` };
  }
  m = MONTH_FIRST.exec(value);
  if (m !== null && monthNameLike(m[1]!)) {
    const [, , , , hour, , seconds, meridiem] = m;
    const comma = value.includes(',') ? ',' : '';
    const secs = seconds === undefined ? '' : ':ss';
    const time = hour === undefined ? '' : meridiem === undefined ? ` HH:mm${secs}` : ` h:mm${secs} a`;
    return { key: `monfirst${comma}${time}`, format: () => `MMM d${comma} yyyy${time}` };
  }
  return null;
}

/**
 * The format of most of a column's values, or null when fewer than half of them are dates of
 * a known shape. Numeric dates are day-first unless some value proves month-first and none
 * proves day-first, or no value proves either and the times carry AM/PM (`ambiguous` then
 * says the order is a guess); one-digit days, months or hours give `d`, `M`, `H`.
 *
 * @example detectDateFormat(['02/03/2026 08:15', '14/03/2026 10:00']) // { format: 'dd/MM/yyyy HH:mm', ambiguous: false, share: 1 }
 * @example detectDateFormat(['03/14/2026 10:00 AM']) // { format: 'MM/dd/yyyy hh:mm a', ambiguous: false, share: 1 }
 * @example detectDateFormat(['3/2/2026 9:15 AM']) // { format: 'M/d/yyyy h:mm a', ambiguous: true, share: 1 }
 * @example detectDateFormat(['25/Feb/26 10:17 PM']) // { format: 'dd/MMM/yy h:mm a', ambiguous: false, share: 1 }
 */
export function detectDateFormat(values: readonly string[]): DateFormatGuess | null {
  const counts = new Map<string, { shape: Shape; count: number }>();
  const evidence: Evidence = { dayFirst: false, monthFirst: false, meridiem: false, short: { first: false, second: false, hour: false } };
  let total = 0;
  for (const raw of values) {
    const value = raw.trim();
    if (value === '') continue;
    total++;
    const shape = shapeOf(value);
    if (shape === null) continue;
    const entry = counts.get(shape.key);
    if (entry === undefined) counts.set(shape.key, { shape, count: 1 });
    else entry.count++;
    if (shape.first !== undefined) {
      if (shape.first > 12) evidence.dayFirst = true;
      if (shape.second! > 12) evidence.monthFirst = true;
      const m = NUMERIC.exec(value)!;
      if (m[1]!.length === 1) evidence.short.first = true;
      if (m[3]!.length === 1) evidence.short.second = true;
      if (m[5] !== undefined && m[5].length === 1) evidence.short.hour = true;
      if (m[8] !== undefined) evidence.meridiem = true;
    }
  }
  let best: { shape: Shape; count: number } | null = null;
  for (const entry of counts.values()) if (best === null || entry.count > best.count) best = entry;
  if (best === null || total === 0 || best.count * 2 < total) return null;
  const numeric = best.shape.first !== undefined;
  return {
    format: best.shape.format(evidence),
    ambiguous: numeric && evidence.dayFirst === evidence.monthFirst,
    share: Math.round((best.count / total) * 1000) / 1000,
  };
}
