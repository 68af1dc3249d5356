import { isLanguage, type Language } from '../i18n/index.js';

/** What the review shows; mirrored in the URL query string so a view can be shared. */
export interface Filters {
  /** `2026-03`, `2026-Q2`, `2026-H1`, `2026` or `2026-01-15..2026-02-15`; null = the default period. */
  period: string | null;
  /** One client, or null for all clients. */
  client: string | null;
  language: Language;
}

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year' | 'custom';

const PATTERNS: Array<[PeriodKind, RegExp]> = [
  ['month', /^\d{4}-(0[1-9]|1[0-2])$/],
  ['quarter', /^\d{4}-Q[1-4]$/],
  ['half', /^\d{4}-H[12]$/],
  ['year', /^\d{4}$/],
  ['custom', /^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/],
];

/**
 * The kind of a period label, or null when the label is not one the engine accepts.
 *
 * @example
 * periodKind('2026-Q2'); // → 'quarter'
 * periodKind('2026-Q5'); // → null
 */
export function periodKind(label: string): PeriodKind | null {
  for (const [kind, pattern] of PATTERNS) if (pattern.test(label)) return kind;
  return null;
}

/**
 * Filters read from a query string. Unknown or malformed values fall back to the defaults
 * (no period, all clients, `fallbackLanguage`): a hand-edited URL never breaks the page.
 *
 * @example
 * filtersFromSearch('?period=2026-Q2&client=Bistro&lang=fr');
 * // → { period: '2026-Q2', client: 'Bistro', language: 'fr' }
 */
export function filtersFromSearch(search: string | URLSearchParams, fallbackLanguage: Language = 'en'): Filters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const period = params.get('period');
  const client = params.get('client');
  const language = params.get('lang');
  return {
    period: period !== null && periodKind(period) !== null ? period : null,
    client: client !== null && client !== '' ? client : null,
    language: isLanguage(language) ? language : fallbackLanguage,
  };
}

/**
 * The query string of some filters, `?period=…&client=…&lang=…`; a null period or client is
 * left out. `filtersFromSearch(filtersToSearch(f))` gives back `f`.
 *
 * @example
 * filtersToSearch({ period: '2026-Q2', client: null, language: 'fr' }); // → '?period=2026-Q2&lang=fr'
 */
export function filtersToSearch(filters: Filters): string {
  const params = new URLSearchParams();
  if (filters.period !== null) params.set('period', filters.period);
  if (filters.client !== null) params.set('client', filters.client);
  params.set('lang', filters.language);
  return `?${params.toString()}`;
}

/** True when two filter sets select the same view. */
export function sameFilters(a: Filters, b: Filters): boolean {
  return a.period === b.period && a.client === b.client && a.language === b.language;
}
