import { LOCALES, type Language } from '../i18n/index.js';

/** How a KPI figure is shown. `percent` figures are ratios (0.93 shows as 93%). */
export type KpiUnit = 'percent' | 'count' | 'hours' | 'money' | 'number';

/** Which direction of change is good news for a KPI (lower lost hours is good). */
export type Better = 'higher' | 'lower' | 'neutral';

/** Locale-bound formatters: every figure on screen goes through one of these. */
export interface Format {
  language: Language;
  locale: string;
  currency: string;
  /** Text shown for a figure that could not be computed (`null` in the report). */
  none: string;
  number(value: number | null, digits?: number): string;
  integer(value: number | null): string;
  /** A ratio as a percentage: 0.934 → `93.4%` (en) or `93,4 %` (fr). */
  percent(value: number | null, digits?: number): string;
  money(value: number | null): string;
  /** Decimal hours: `12.5 h`, `12 h` (a zero tenth dropped), whole hours from 100 h (`145 h`). */
  hours(value: number | null): string;
  /**
   * Decimal hours always to the tenth: `45.0 h`, `44.7 h`, `145.2 h`. For durations set side by
   * side (a table's columns, a median beside a P90), where `hours` would write `45 h` next to
   * `44.7 h` and seem to round them two ways.
   */
  duration(value: number | null): string;
  /** A figure in its KPI unit. */
  value(value: number | null, unit: KpiUnit): string;
  /** An ISO instant as a date in the report's time zone. */
  date(iso: string | null): string;
  /** An ISO instant as date and time in the report's time zone. */
  dateTime(iso: string | null): string;
  /** A `yyyy-MM` month key as a short month name and year. */
  month(key: string): string;
}

export interface FormatOptions {
  /** ISO 4217 code of the policy currency. Default `EUR`. */
  currency?: string;
  /** IANA zone in which dates are shown (the policy's). Default `UTC`. */
  timezone?: string;
}

const NONE: Record<Language, string> = { en: 'n/a', fr: 'n.d.' };

/** U+202F, the narrow no-break space of French typography. */
export const NARROW_NBSP = '\u202f';

/**
 * A number formatted by `Intl`, with French spacing as kpi-core's findings and the CLI write it:
 * a narrow no-break space (U+202F) between digit groups and before `%`. `Intl`'s fr-FR puts a
 * plain no-break space (U+00A0) before `%` (`89,4 %`), and some ICU data before the groups too;
 * the space before a currency symbol is left as `Intl` writes it, as kpi-core does. English is
 * `Intl`'s own.
 *
 * @example
 * typeset(new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 }), 0.894, 'fr'); // → '89,4\u202f%'
 */
export function typeset(format: Intl.NumberFormat, value: number, language: Language): string {
  if (language !== 'fr') return format.format(value);
  const parts = format.formatToParts(value);
  let text = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.type === 'group') text += NARROW_NBSP;
    else if (part.type === 'literal' && /^\s+$/u.test(part.value) && parts[i + 1]?.type === 'percentSign') text += NARROW_NBSP;
    else text += part.value;
  }
  return text;
}

/**
 * A date formatted by `Intl`, with the French ordinal of the first day of a month: « 1er avr. »,
 * never « 1 avr. » (`Intl`'s fr-FR writes the cardinal). Other days and English are `Intl`'s.
 * kpi-core's report formatter does the same for its sentences.
 *
 * @example
 * dateText(new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', timeZone: 'UTC' }), Date.UTC(2026, 3, 1), 'fr'); // → '1er avr.'
 */
export function dateText(format: Intl.DateTimeFormat, instant: number, language: Language): string {
  if (language !== 'fr') return format.format(instant);
  return format
    .formatToParts(instant)
    .map((part) => (part.type === 'day' && Number(part.value) === 1 ? '1er' : part.value))
    .join('');
}

/**
 * Formatters for one language, currency and time zone, all through `Intl` with the active
 * locale (`en-GB` or `fr-FR`). A `null` figure is shown as `n/a` / `n.d.`, never as 0.
 *
 * @example
 * createFormat('fr', { currency: 'EUR' }).money(1234.5); // → '1 235 €' (U+202F between groups)
 * createFormat('fr').percent(0.894); // → '89,4 %' (U+202F before %, see `typeset`)
 * createFormat('en', { currency: 'EUR' }).percent(0.934); // → '93.4%'
 */
export function createFormat(language: Language, options: FormatOptions = {}): Format {
  const locale = LOCALES[language];
  const currency = options.currency ?? 'EUR';
  const timeZone = options.timezone ?? 'UTC';
  const none = NONE[language];
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let f = numberFormats.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
      numberFormats.set(digits, f);
    }
    return f;
  };
  const percentFormats = new Map<number, Intl.NumberFormat>();
  const percentFormat = (digits: number) => {
    let f = percentFormats.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0 });
      percentFormats.set(digits, f);
    }
    return f;
  };
  const tenthsFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const moneyFormat = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const missing = (value: number | null): value is null => value === null || !Number.isFinite(value);

  const format: Format = {
    language,
    locale,
    currency,
    none,
    number: (value, digits = 1) => (missing(value) ? none : typeset(numberFormat(digits), value, language)),
    integer: (value) => (missing(value) ? none : typeset(numberFormat(0), value, language)),
    percent: (value, digits = 1) => (missing(value) ? none : typeset(percentFormat(digits), value, language)),
    money: (value) => (missing(value) ? none : typeset(moneyFormat, value, language)),
    hours: (value) => (missing(value) ? none : `${typeset(numberFormat(value >= 100 ? 0 : 1), value, language)}\u00a0h`),
    duration: (value) => (missing(value) ? none : `${typeset(tenthsFormat, value, language)}\u00a0h`),
    value: (value, unit) => {
      switch (unit) {
        case 'percent':
          return format.percent(value);
        case 'count':
          return format.integer(value);
        case 'hours':
          return format.hours(value);
        case 'money':
          return format.money(value);
        case 'number':
          return format.number(value);
      }
    },
    date: (iso) => (iso === null || Number.isNaN(Date.parse(iso)) ? none : dateText(dateFormat, Date.parse(iso), language)),
    dateTime: (iso) => (iso === null || Number.isNaN(Date.parse(iso)) ? none : dateText(dateTimeFormat, Date.parse(iso), language)),
    month: (key) => {
      const match = /^(\d{4})-(\d{2})$/.exec(key);
      if (!match) return key;
      return monthFormat.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, 15));
    },
  };
  return format;
}

/** The change between a figure and its previous-period value, ready to show on a KPI card. */
export interface Delta {
  /**
   * The figure as shown minus the previous figure as shown (in ratio units for percentages);
   * null when either is missing.
   */
  difference: number | null;
  /** Signed text: `+3.1 pts`, `−12 h`, `+€1,200`, `±0`; empty when there is no comparison. */
  text: string;
  /** good / bad according to the KPI's better direction; neutral when unchanged or no direction. */
  tone: 'good' | 'bad' | 'neutral' | 'none';
  direction: 'up' | 'down' | 'flat' | 'none';
}

const MINUS = '\u2212';

/**
 * A figure rounded as `Format.value` shows it, in steps of its last digit: a ratio to the tenth of
 * a percent, hours to the tenth below 100 h and whole from 100 h, counts and money whole, other
 * numbers to the tenth. The result is in those steps (per-mille for ratios, tenths otherwise) so
 * that differences stay exact integers.
 */
function shownSteps(value: number, unit: KpiUnit): number {
  switch (unit) {
    case 'percent':
      return Math.round(value * 1000);
    case 'count':
    case 'money':
      return Math.round(value) * 10;
    case 'hours':
      return Math.abs(value) >= 100 ? Math.round(value) * 10 : Math.round(value * 10);
    default:
      return Math.round(value * 10);
  }
}

/**
 * The delta of a KPI against the previous period: the difference in the KPI's unit
 * (percentage points for ratios), its sign, and whether it is good news given `better`.
 * The difference is the one of the two figures as the card shows them, so that a reader who
 * subtracts « Précédent : 95,2 % » from « 89,4 % » finds the −5,8 pts written beside them (the
 * unrounded −5,7 would contradict the card, and kpi-core's findings write −5,8 too).
 *
 * @example
 * kpiDelta(0.95, 0.90, 'percent', 'higher', createFormat('en'));
 * // → { difference: 0.05, text: '+5 pts', tone: 'good', direction: 'up' }
 */
export function kpiDelta(current: number | null, previous: number | null, unit: KpiUnit, better: Better, format: Format): Delta {
  if (current === null || previous === null || !Number.isFinite(current) || !Number.isFinite(previous)) {
    return { difference: null, text: '', tone: 'none', direction: 'none' };
  }
  const steps = shownSteps(current, unit) - shownSteps(previous, unit);
  const difference = unit === 'percent' ? steps / 1000 : steps / 10;
  // Figures that show the same are unchanged, whatever lies below the display precision.
  if (steps === 0) return { difference: 0, text: '±0', tone: 'neutral', direction: 'flat' };
  const direction = difference > 0 ? 'up' : 'down';
  const sign = difference > 0 ? '+' : MINUS;
  const size = Math.abs(difference);
  let magnitude: string;
  switch (unit) {
    case 'percent':
      magnitude = `${format.number(size * 100, 1)}\u00a0pts`;
      break;
    case 'money':
      magnitude = format.money(size);
      break;
    default:
      magnitude = format.value(size, unit);
  }
  const tone = better === 'neutral' ? 'neutral' : (direction === 'up') === (better === 'higher') ? 'good' : 'bad';
  return { difference, text: `${sign}${magnitude}`, tone, direction };
}

/**
 * The readable name of a period label in the UI language: `2026-03` → `Mar 2026`,
 * `2026-Q3` → `Q3 2026` (fr `T3 2026`), `2026-H1` → `H1 2026` (fr `S1 2026`), `2026` → `2026`,
 * `2026-01-15..2026-02-15` → `15 Jan 2026 – 15 Feb 2026` (end exclusive, as in the label).
 *
 * @example
 * periodName('2026-Q3', createFormat('fr')); // → 'T3 2026'
 */
export function periodName(label: string, format: Format): string {
  const fr = format.language === 'fr';
  let m = /^(\d{4})-(\d{2})$/.exec(label);
  if (m) return format.month(label);
  m = /^(\d{4})-Q([1-4])$/.exec(label);
  if (m) return `${fr ? 'T' : 'Q'}${m[2]} ${m[1]}`;
  m = /^(\d{4})-H([12])$/.exec(label);
  if (m) return `${fr ? 'S' : 'H'}${m[2]} ${m[1]}`;
  m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(label);
  if (m) {
    const day = new Intl.DateTimeFormat(format.locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    return `${dateText(day, Date.parse(`${m[1]}T00:00:00Z`), format.language)} – ${dateText(day, Date.parse(`${m[2]}T00:00:00Z`), format.language)}`;
  }
  return label;
}
