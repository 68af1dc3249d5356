/**
 * Numbers and durations as exports write them: decimal comma or point, thousands separated by
 * a space, NBSP, narrow NBSP, apostrophe, or by `,`/`.` when unambiguous (GLPI `1 234,56`,
 * Snipe-IT `1,234.56`), currency signs around the figure; durations as text with units in the
 * languages exports are written in (GLPI `1 jours 3 heures 0 minutes`, `0 segundo`, `3 días 2
 * horas`, `2 Stunden 5 Minuten`, `1 giorni 0 ore`; ServiceNow `2 Days 4 Hours`; OTRS `27 d 19 h`),
 * `HH:MM[:SS]` (Freshservice), or a bare number in a declared unit (Jira seconds, Zendesk minutes).
 * Unparseable text gives NaN, never an exception, and so does a value too large to be finite.
 */

/** The decimal separator: declared, or null to decide per value. */
export type DecimalSeparator = ',' | '.';

/** Options of {@link parseNumber}. */
export interface NumberOptions {
  /** Declared decimal separator; when absent it is inferred per value. */
  decimal?: DecimalSeparator | null;
  /**
   * Tie-breaker for a lone separator followed by exactly three digits (`1,234`): read with this
   * decimal separator. Default `.`; readers pass `,` for `;`-delimited files.
   */
  ambiguousDecimal?: DecimalSeparator;
}

/** The value when finite, else NaN: 400 digits are not a number a report can use. */
function finite(value: number): number {
  return Number.isFinite(value) ? value : NaN;
}

function isPlainNumber(s: string): boolean {
  let i = 0;
  const n = s.length;
  if (n === 0) return false;
  let c = s.charCodeAt(0);
  if (c === 45 || c === 43) i++;
  let digits = 0;
  let dot = false;
  for (; i < n; i++) {
    c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && !dot) dot = true;
    else return false;
  }
  return digits > 0;
}

const GROUPING = /[\s\u00a0\u202f\u2009']/g;
const CURRENCY = /^[€$£¥]|[€$£¥]$|^[A-Z]{3}(?=[\d\s+-])|(?<=[\d\s])[A-Z]{3}$/g;

function validGroups(integer: string, separator: string): boolean {
  const groups = integer.replace(/^[+-]/, '').split(separator);
  if (groups[0]!.length < 1 || groups[0]!.length > 3) return false;
  for (let g = 1; g < groups.length; g++) if (groups[g]!.length !== 3) return false;
  return true;
}

/**
 * A number from export text, or NaN. The last of `,` and `.` is the decimal separator when
 * both appear; a separator that repeats groups thousands; a lone one followed by exactly three
 * digits is read with `ambiguousDecimal`; spaces (incl. NBSP) always group thousands.
 *
 * @example parseNumber('1 234,56') // 1234.56
 * @example parseNumber('1,234.56') // 1234.56
 * @example parseNumber('12,5') // 12.5
 */
export function parseNumber(text: string, options: NumberOptions = {}): number {
  const trimmed = text.trim();
  if (isPlainNumber(trimmed)) {
    if (options.decimal === ',' && trimmed.includes('.')) {
      // `1.234` with a declared decimal comma is one thousand two hundred thirty-four.
      const integer = trimmed.split('.');
      return integer.length === 2 && integer[1]!.length === 3 ? finite(Number(integer.join(''))) : NaN;
    }
    return finite(Number(trimmed));
  }
  let s = trimmed.replace(CURRENCY, '').replace(GROUPING, '');
  if (s === '' || !/^[+-]?[\d.,]+$/.test(s)) return NaN;
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  let decimal: string | null;
  if (comma >= 0 && dot >= 0) decimal = comma > dot ? ',' : '.';
  else if (comma < 0 && dot < 0) decimal = null;
  else {
    const sep = comma >= 0 ? ',' : '.';
    const count = s.split(sep).length - 1;
    if (options.decimal != null) decimal = options.decimal === sep && count === 1 ? sep : null;
    else if (count > 1) decimal = null;
    else decimal = s.length - s.indexOf(sep) - 1 === 3 ? (options.ambiguousDecimal ?? '.') === sep ? sep : null : sep;
    if (decimal === null && !validGroups(s, sep)) return NaN;
  }
  if (decimal !== null) {
    const thousands = decimal === ',' ? '.' : ',';
    const parts = s.split(decimal);
    if (parts.length !== 2) return NaN;
    if (parts[0]!.includes(thousands)) {
      if (!validGroups(parts[0]!, thousands)) return NaN;
      parts[0] = parts[0]!.split(thousands).join('');
    }
    if (parts[1]!.includes(thousands) || parts[1] === '') return NaN;
    s = `${parts[0]}.${parts[1]}`;
  } else {
    s = s.replace(/[.,]/g, '');
  }
  const value = Number(s);
  return Number.isFinite(value) && /\d/.test(s) ? value : NaN;
}

/** Unit of a bare number in a duration column. */
export type DurationUnit = 'seconds' | 'minutes' | 'hours' | 'days';

// Unit words, without accents, as GLPI's translations write them (`locales/*.po` of GLPI 10.0.10,
// `Html::timestampToString`: fr, en, pt-BR, es, de, it), ServiceNow display text and OTRS ages
// (`d`, `h`, `m`, French `j`; `day(s)` with TimeShowCompleteDescription).
const SECOND = 1 / 60;
const UNIT_MINUTES: Record<string, number> = {
  s: SECOND, sec: SECOND, secs: SECOND, second: SECOND, seconds: SECOND, seconde: SECOND, secondes: SECOND,
  segundo: SECOND, segundos: SECOND, sekunde: SECOND, sekunden: SECOND, secondo: SECOND, secondi: SECOND,
  m: 1, mn: 1, min: 1, mins: 1, minute: 1, minutes: 1, minuto: 1, minutos: 1, minuten: 1, minuti: 1,
  h: 60, hr: 60, hrs: 60, hour: 60, hours: 60, heure: 60, heures: 60, hora: 60, horas: 60,
  std: 60, stunde: 60, stunden: 60, ora: 60, ore: 60,
  d: 1440, j: 1440, day: 1440, days: 1440, jour: 1440, jours: 1440, dia: 1440, dias: 1440,
  tag: 1440, tage: 1440, giorno: 1440, giorni: 1440,
  w: 10_080, week: 10_080, weeks: 10_080, semaine: 10_080, semaines: 10_080, semana: 10_080, semanas: 10_080,
  woche: 10_080, wochen: 10_080, settimana: 10_080, settimane: 10_080,
};

const BARE_MINUTES: Record<DurationUnit, number> = { seconds: 1 / 60, minutes: 1, hours: 60, days: 1440 };
const DURATION_PART = /(\d+(?:[.,]\d+)?)\s*([a-z]+)(?:\(s\)|\(e?n\))?\.?(?:\s*,\s*|\s+(?:and|et|e|y|und)\s+|\s*)/y;
const HMS = /^(-?)(\d+):([0-5]\d)(?::([0-5]\d)(?:[.,]\d+)?)?$/;
// `1h30`, `0h45`, `12 h 05`: hours and minutes as French speakers write them (the minutes carry no unit).
const FRENCH_HOURS = /^(\d+)\s*h\s*([0-5]\d)$/i;

/**
 * A duration in minutes, or NaN: text with units in English, French, Portuguese, Spanish,
 * German or Italian, case and accents ignored (GLPI `1 jours 3 heures 0 minutes`, `0 segundo`,
 * `3 días 2 horas`, `2 Stunden 5 Minuten`; ServiceNow `2 Days 4 Hours`; OTRS `27 d 19 h`),
 * `[-]H:MM[:SS]` (Freshservice `Time Tracked`), `1h30` (hours and minutes as French speakers
 * write them), Request Tracker's `1.50 hours (90 minutes)`, or a bare number read in `unit`
 * (default minutes; Jira uses seconds).
 *
 * @example parseDuration('2 heures 30 minutes') // 150
 * @example parseDuration('3 días 2 horas') // 4440
 * @example parseDuration('01:30:00') // 90
 * @example parseDuration('1h30') // 90
 * @example parseDuration('1.50 hours (90 minutes)') // 90
 * @example parseDuration('7200', 'seconds') // 120
 */
export function parseDuration(text: string, unit: DurationUnit = 'minutes'): number {
  const s = text.trim();
  if (s === '') return NaN;
  const restated = RESTATED.exec(s);
  if (restated !== null) return restatedDuration(restated[1]!, restated[2]!, unit);
  const hms = HMS.exec(s);
  if (hms !== null) {
    const minutes = Number(hms[2]) * 60 + Number(hms[3]) + (hms[4] === undefined ? 0 : Number(hms[4]) / 60);
    return finite(hms[1] === '-' ? -minutes : minutes);
  }
  const french = FRENCH_HOURS.exec(s);
  if (french !== null) return Number(french[1]) * 60 + Number(french[2]);
  const bare = parseNumber(s);
  if (!Number.isNaN(bare)) return finite(bare * BARE_MINUTES[unit]);
  const lower = /^[\x00-\x7f]*$/.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  DURATION_PART.lastIndex = 0;
  let total = 0;
  let parts = 0;
  while (DURATION_PART.lastIndex < lower.length) {
    const m = DURATION_PART.exec(lower);
    if (m === null) return NaN;
    const factor = UNIT_MINUTES[m[2]!];
    if (factor === undefined) return NaN;
    total += Number(m[1]!.replace(',', '.')) * factor;
    parts++;
  }
  return parts > 0 ? finite(total) : NaN;
}

/** A duration followed by itself in other units between parentheses (see {@link restatedDuration}). */
const RESTATED = /^(.*\S)\s*\(([^()]*\d[^()]*)\)$/;

/**
 * Request Tracker's `1.50 hours (90 minutes)` (`RT::Ticket::_DurationAsString`): the hours
 * rounded to two decimals, then the exact minutes. The minutes are read when both halves agree
 * within that rounding; two halves that disagree are no duration (NaN), rather than a guess.
 */
function restatedDuration(outer: string, inner: string, unit: DurationUnit): number {
  const first = parseDuration(outer, unit);
  const second = parseDuration(inner, unit);
  return Math.abs(first - second) <= 1 ? second : NaN;
}

/**
 * A number of months, or NaN: `36 mois`, `36 months`, `3 ans`, `3 years`, or a bare number
 * (months). GLPI writes warranty and amortisation durations this way, in its UI language
 * (`%d month`/`%d year` of its locales: `36 Monate`, `36 meses`, `36 mesi`, `3 Jahre`, `3 años`,
 * `3 anos`, `3 anni`).
 *
 * @example parseMonths('3 ans') // 36
 * @example parseMonths('36 Monate') // 36
 */
export function parseMonths(text: string, bareUnit: 'months' | 'years' = 'months'): number {
  const s = text.trim().toLowerCase();
  const bare = parseNumber(s);
  // A bare number is months, or years where the column says so (Jamf Pro's `Life Expectancy`: `4`).
  if (!Number.isNaN(bare)) return bareUnit === 'years' ? finite(bare * 12) : bare;
  const m = /^(\d+(?:[.,]\d+)?)\s*(?:(mois|months?|mths?|monate?|mes|meses|mês|mese|mesi)|ans?|années?|years?|yrs?|jahre?|años?|anos?|anno|anni)$/.exec(s);
  if (m === null) return NaN;
  const value = Number(m[1]!.replace(',', '.'));
  return finite(m[2] !== undefined ? value : value * 12);
}

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * {@link parseNumber} on a range `[from, to)` of a text. Plain numbers (`-1234.5`, at most 15
 * digits) are read in place, exactly as `Number` would (an exact integer divided by an exact
 * power of ten rounds once); anything else goes through {@link parseNumber}.
 *
 * @example parseNumberRange('a,12.5,b', 2, 6) // 12.5
 */
export function parseNumberRange(text: string, from: number, to: number, options: NumberOptions = {}): number {
  let i = from;
  let negative = false;
  let c = text.charCodeAt(i);
  if (c === 45 || c === 43) {
    negative = c === 45;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < to; i++) {
    c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === 46 && decimals < 0 && options.decimal !== ',') decimals = 0;
    else return parseNumber(text.slice(from, to), options);
  }
  if (digits === 0 || digits > 15) return digits === 0 ? NaN : parseNumber(text.slice(from, to), options);
  const value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals]! : mantissa;
  return negative ? -value : value;
}

/**
 * {@link parseNumberRange} on UTF-8 bytes, for the plain numbers it reads in place (`-1234.5`,
 * at most 15 digits) with the same result; NaN for any other text, which the caller then reads
 * as text (so NaN here never means "not a number").
 *
 * @example parsePlainNumberBytes(new TextEncoder().encode('a,12.5'), 2, 6, {}) // 12.5
 */
export function parsePlainNumberBytes(bytes: Uint8Array, from: number, to: number, options: NumberOptions): number {
  let i = from;
  let negative = false;
  let c = bytes[i]!;
  if (c === 45 || c === 43) {
    negative = c === 45;
    i++;
  }
  const pointIsDecimal = options.decimal !== ',';
  let mantissa = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < to; i++) {
    c = bytes[i]!;
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === 46 && decimals < 0 && pointIsDecimal) decimals = 0;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals]! : mantissa;
  return negative ? -value : value;
}
