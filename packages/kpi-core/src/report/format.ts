/**
 * Locale-aware formatting for the sentences of the report (findings, the Markdown review).
 * Everything goes through `Intl` so that French gets `1 234,5 €` and English `€1,234.50`.
 */
export type Language = 'en' | 'fr';

const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };
const PERCENT_SIGN: Record<Language, string> = { en: '%', fr: '\u202f%' };
/** What a null figure reads as. */
const NONE: Record<Language, string> = { en: 'n/a', fr: 'n.d.' };
/** The letter of a quarter: Q3 / T3 (trimestre). */
const QUARTER: Record<Language, string> = { en: 'Q', fr: 'T' };

export interface Formatter {
  language: Language;
  number(value: number | null, digits?: number): string;
  percent(value: number | null, digits?: number): string;
  money(value: number | null): string;
  hours(value: number | null): string;
  date(iso: string | null): string;
  /** A change in percentage points, signed: `+3.1 pts` / `−3,1 pts`. */
  points(delta: number | null): string;
  /** A month `yyyy-MM`: `June 2026` / `juin 2026`. */
  month(key: string): string;
  /** A quarter `yyyy-Qn`: `Q3 2026` / `T3 2026`. */
  quarter(key: string): string;
}

export function formatter(language: Language, currency: string, timezone: string): Formatter {
  const locale = LOCALES[language];
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let format = numberFormats.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
      numberFormats.set(digits, format);
    }
    return format;
  };
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: timezone });
  const none = NONE[language];
  // Month keys name calendar months, not instants: formatted in UTC from their first day.
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    language,
    number: (value, digits = 1) => (value === null ? none : numberFormat(digits).format(value)),
    // French puts a narrow no-break space before %.
    percent: (value, digits = 1) => (value === null ? none : `${numberFormat(digits).format(value * 100)}${PERCENT_SIGN[language]}`),
    money: (value) => (value === null ? none : money.format(value)),
    hours: (value) => (value === null ? none : `${numberFormat(1).format(value)} h`),
    // French writes the first of a month as an ordinal: « 1er avr. 2026 » (Intl gives « 1 avr. »).
    date: (iso) =>
      iso === null
        ? none
        : language === 'fr'
          ? dateFormat
              .formatToParts(new Date(iso))
              .map((part) => (part.type === 'day' && Number(part.value) === 1 ? '1er' : part.value))
              .join('')
          : dateFormat.format(new Date(iso)),
    points: (delta) => {
      if (delta === null) return none;
      const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
      return `${sign}${numberFormat(1).format(Math.abs(delta) * 100)} pts`;
    },
    month: (key) => monthFormat.format(new Date(`${key}-01T00:00:00Z`)),
    quarter: (key) => `${QUARTER[language]}${key.slice(6)} ${key.slice(0, 4)}`,
  };
}
