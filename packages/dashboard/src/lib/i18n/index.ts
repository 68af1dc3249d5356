import { en, type MessageKey, type Messages } from './en.js';
import { fr } from './fr.js';

export type { MessageKey, Messages };

/** The languages of the UI, of the findings (buildReport `language`) and of number formats. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** BCP 47 locale used with `Intl` for each language. */
export const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };

export const MESSAGES: Record<Language, Messages> = { en, fr };

/** True when `value` is a supported language code. */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * The language to open in when the URL does not say: the first of the browser's languages
 * (`navigator.languages`, most preferred first) that the UI speaks, else English.
 *
 * @example
 * preferredLanguage(['fr-FR', 'en-US']); // → 'fr'
 * preferredLanguage(['de-DE']); // → 'en'
 */
export function preferredLanguage(languages: readonly string[] | undefined): Language {
  for (const tag of languages ?? []) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/** Looks up a message and fills its `{name}` placeholders. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * The count a placeholder's value stands for: the number itself, or a count formatted for
 * display ("1,234", "1 234") with its group separators taken out. NaN when it is no count.
 */
function countOf(value: string | number): number {
  if (typeof value === 'number') return value;
  const digits = value.replace(/[\s,.\u00a0\u202f']/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

/**
 * A translator for one language: the message of `key`, with each `{name}` replaced by
 * `values[name]` (left as is when no value is given), and each `{name|one|other}` by the form
 * the count `values[name]` takes in the language (`Intl.PluralRules`: in French 0 and 1 take the
 * singular, in English only 1), so that no text reads "1 tickets".
 *
 * @example
 * translator('fr')('present.slide', { n: 2, total: 7 }); // → 'Diapositive 2 sur 7'
 * // with 'activity.barLabel': '{group}: {count} {count|ticket|tickets}'
 * translator('en')('activity.barLabel', { group: 'Net', count: 1 }); // → 'Net: 1 ticket'
 */
export function translator(language: Language): Translate {
  const messages = MESSAGES[language];
  const rules = new Intl.PluralRules(LOCALES[language]);
  return (key, values) => {
    const message = messages[key];
    if (!values) return message;
    return message.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, one: string | undefined, other: string | undefined) => {
      if (!(name in values)) return whole;
      if (one === undefined || other === undefined) return String(values[name]);
      const count = countOf(values[name]!);
      return Number.isNaN(count) ? other : rules.select(count) === 'one' ? one : other;
    });
  };
}
