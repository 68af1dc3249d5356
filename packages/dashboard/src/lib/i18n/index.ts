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
 * A translator for one language: the message of `key`, with each `{name}` replaced by
 * `values[name]` (left as is when no value is given).
 *
 * @example
 * translator('fr')('present.slide', { n: 2, total: 7 }); // → 'Diapositive 2 sur 7'
 */
export function translator(language: Language): Translate {
  const messages = MESSAGES[language];
  return (key, values) => {
    const message = messages[key];
    if (!values) return message;
    return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
}
