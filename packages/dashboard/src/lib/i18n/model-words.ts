/**
 * kpi-core's words for the data model's fields (`FIELD_LABELS`, the one catalogue the CLI's
 * mapping proposal uses too) as this layer's keys: `field.tickets.openedAt`, `field.assets.id`.
 * Spread into `en.ts` and `fr.ts`. (The values Revue gives a field, statuses included, the
 * mapping screen takes from kpi-core's `valueLabel` directly.)
 */
import type { Labels } from '@revue/kpi-core/model';

type Prefixed<P extends string, T> = { readonly [K in keyof T & string as `${P}${K}`]: string };

/** The keys of one language's model words. */
export type ModelWords = Prefixed<'field.tickets.', Labels['tickets']> & Prefixed<'field.assets.', Labels['assets']>;

function prefixed<P extends string, T extends Record<string, string>>(prefix: P, words: T): Prefixed<P, T> {
  return Object.fromEntries(Object.entries(words).map(([key, text]) => [`${prefix}${key}`, text])) as Prefixed<P, T>;
}

/**
 * @example
 * modelWords(FIELD_LABELS.fr)['field.tickets.openedAt']; // → 'Date d’ouverture'
 */
export function modelWords(labels: Labels): ModelWords {
  return { ...prefixed('field.tickets.', labels.tickets), ...prefixed('field.assets.', labels.assets) };
}
