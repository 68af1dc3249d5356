/**
 * Recurring incidents (DESIGN §5): chains of incidents sharing a key, repeats, the recurrence
 * rate and the recurring problems behind it.
 */
import { monthKey, monthsOfPeriod } from '../calendar/local.js';
import { RevueError } from '../internal/errors.js';
import { DAY_MS, floorToMinute } from '../internal/time.js';
import { TICKET_FIELDS, type TicketField } from '../model/fields.js';
import { ticketColumns } from '../model/tables.js';
import type { RecurrenceResult, RecurringProblem } from '../report/types.js';
import { assertKpiOptions, groupKey, isIncident, isoOrNull, setOwn } from './common.js';
import type { KpiOptions, ReviewData } from './types.js';

/** A field of the recurrence key: a ticket column, or `titleKey`, the normalised title. */
export type RecurrenceKeyField = TicketField | 'titleKey';

/** The key used with `titleFallback` for incidents without an `assetId`. */
export const TITLE_FALLBACK_KEY = ['client', 'titleKey'] as const satisfies readonly RecurrenceKeyField[];

/** Options of {@link recurringIncidents}; each defaults to the policy's `recurrence` entry. */
export interface RecurrenceOptions extends KpiOptions {
  /** Fields that identify "the same incident again", e.g. `['assetId', 'category']`. */
  key?: readonly RecurrenceKeyField[];
  /** Largest gap between consecutive incidents of one chain, in days of 24 h. */
  windowDays?: number;
  /** Smallest chain reported as a recurring problem. */
  minOccurrences?: number;
  /**
   * When true, an incident without `assetId` is keyed by {@link TITLE_FALLBACK_KEY}
   * (`client` + `titleKey`) instead of the configured key. Default false.
   */
  titleFallback?: boolean;
}

/**
 * Words dropped by {@link normaliseTitle}: short French and English function words and helpdesk
 * filler ("still", "again", "toujours", "svp"), written without accents.
 */
export const TITLE_STOP_WORDS: ReadonlySet<string> = new Set([
  // English
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'without',
  'by', 'is', 'are', 'was', 'were', 'be', 'been', 'not', 'no', 'my', 'our', 'your', 'it', 'its', 'this',
  'that', 'these', 'those', 'we', 'you', 'he', 'she', 'they', 'me', 'us', 'can', 'cannot', 'cant', 'please',
  'again', 'still',
  // French
  'le', 'la', 'les', 'un', 'une', 'des', 'de', 'du', 'et', 'ou', 'mais', 'en', 'au', 'aux', 'pour', 'par',
  'sur', 'sous', 'dans', 'avec', 'sans', 'ne', 'pas', 'plus', 'est', 'sont', 'etre', 'se', 'ce', 'cet',
  'cette', 'ces', 'qui', 'que', 'qu', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre',
  'nos', 'votre', 'vos', 'leur', 'leurs', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'encore',
  'toujours', 'svp', 'merci',
]);

/**
 * The normalised form of a ticket title, used as the virtual key field `titleKey`, so that
 * "Imprimante HS – bureau 12 (PRN-01)" and "imprimante hs bureau" match.
 *
 * Steps: lower case; accents stripped (Unicode NFD, combining marks removed; œ → oe, æ → ae,
 * ß → ss); split into tokens on every character other than a letter, a digit or one of `- _ . # @`;
 * tokens containing a digit are dropped whole (ids, numbers, dates, versions: `PRN-01`, `#4521`,
 * `12/03`); the remaining tokens are split into words on non-letters; words of one letter and
 * {@link TITLE_STOP_WORDS} are dropped; duplicates are dropped, keeping the first occurrence;
 * word order is kept (not sorted). The words are joined with one space; null when none is left.
 *
 * @example
 * normaliseTitle("L'imprimante PRN-01 ne marche pas, toujours en panne !"); // => 'imprimante marche panne'
 * normaliseTitle('#4521'); // => null
 */
export function normaliseTitle(title: string | null | undefined): string | null {
  if (title === null || title === undefined) return null;
  const folded = title
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
  const words: string[] = [];
  const seen = new Set<string>();
  for (const token of folded.split(/[^\p{L}\p{N}\-_.#@]+/u)) {
    if (token === '' || /\p{N}/u.test(token)) continue;
    for (const word of token.split(/\P{L}+/u)) {
      if (word.length < 2 || TITLE_STOP_WORDS.has(word) || seen.has(word)) continue;
      seen.add(word);
      words.push(word);
    }
  }
  return words.length > 0 ? words.join(' ') : null;
}

function checkKey(key: readonly RecurrenceKeyField[]): void {
  if (!Array.isArray(key) || key.length === 0) throw new RevueError('invalid-option', 'recurringIncidents: key needs at least one field');
  for (const field of key) {
    if (field !== 'titleKey' && !Object.hasOwn(TICKET_FIELDS, field)) {
      throw new RevueError('invalid-option', `recurringIncidents: unknown key field ${String(field)}`);
    }
  }
}

/** Separates key values inside the internal chain key (never shown). */
const SEP = '\u001f';

/**
 * Recurring incidents: how many incidents of the period are repeats of an earlier one, and
 * which problems keep coming back.
 *
 * - Only incidents count (`type` `incident` or missing). An incident is *keyed* when every field
 *   of the key is present and non-blank (`titleKey`: the {@link normaliseTitle} of the title is
 *   not null); with `titleFallback`, incidents without `assetId` use `client` + `titleKey`.
 * - Chains: the keyed incidents opened before the period end (earlier ones included), per key
 *   value, sorted by `openedAt` (ties by id). An incident joins the chain of the previous one of
 *   its key when opened at most `windowDays` × 24 h after it (the gap between consecutive
 *   incidents, not from the chain's first); otherwise it starts a new chain.
 * - A *repeat* has a predecessor in its chain, even one opened before the period.
 *   rate = repeats ÷ keyed incidents, both over incidents opened in the period; null when none.
 * - A *recurring problem* is a chain of at least `minOccurrences` incidents (all counted up to
 *   the period end) with at least one opened in the period; listed largest first, then latest
 *   `last` first, then by key.
 * - `incidents` = `withKey` + `withoutKey`: incidents opened in the period, none dropped.
 *
 * Instants are taken at the minute. `asOf` plays no part: only opening times matter.
 *
 * @throws {RevueError} when the period, asOf, key, windowDays or minOccurrences is not valid
 * @example
 * // PRN-01 · Printer: incidents on 20 Feb, 3 Mar, 20 Mar (window 30 days, minOccurrences 3)
 * const result = recurringIncidents(data, { period: march2026, asOf });
 * result.repeats; // => 2 (3 Mar follows 20 Feb; 20 Mar follows 3 Mar)
 * result.problems[0]; // => { key: 'PRN-01 · Printer', count: 3, first: '2026-02-20T…', … }
 */
export function recurringIncidents(data: ReviewData, options: RecurrenceOptions): RecurrenceResult {
  assertKpiOptions(options, 'recurringIncidents');
  const { period } = options;
  const settings = data.policy.recurrence;
  const key = options.key ?? settings.key;
  checkKey(key);
  const windowDays = options.windowDays ?? settings.windowDays;
  if (!Number.isFinite(windowDays) || windowDays < 0) {
    throw new RevueError('invalid-option', 'recurringIncidents: windowDays must be a number ≥ 0');
  }
  const minOccurrences = options.minOccurrences ?? settings.minOccurrences;
  if (!Number.isInteger(minOccurrences) || minOccurrences < 1) {
    throw new RevueError('invalid-option', 'recurringIncidents: minOccurrences must be an integer ≥ 1');
  }
  const fallback = options.titleFallback === true;
  const windowMs = windowDays * DAY_MS;
  const timezone = data.policy.timezone;
  const columns = ticketColumns(data.tickets);
  const rows = data.tickets.numRows();

  const titleKeys = new Map<string, string | null>();
  const titleKeyOf = (row: number): string | null => {
    const title = columns.title[row];
    if (title === null || title === undefined) return null;
    let normalised = titleKeys.get(title);
    if (normalised === undefined) {
      normalised = normaliseTitle(title);
      titleKeys.set(title, normalised);
    }
    return normalised;
  };
  const valueOf = (row: number, field: RecurrenceKeyField): string | null => {
    if (field === 'titleKey') return titleKeyOf(row);
    const value = (columns[field] as ArrayLike<string | number | null>)[row];
    if (value === null || value === undefined) return null;
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
    return value.trim() === '' ? null : value;
  };
  /** The internal chain key of a row (field names + values), or null when unkeyed. */
  const chainKeyOf = (row: number): string | null => {
    const assetId = columns.assetId[row];
    const fields = fallback && (assetId === null || assetId === undefined || assetId.trim() === '') ? TITLE_FALLBACK_KEY : key;
    let out = fields.join(',');
    for (const field of fields) {
      const value = valueOf(row, field);
      if (value === null) return null;
      out += SEP + value;
    }
    return out;
  };

  // Keyed incidents opened before the period end, grouped by key; counts over the period.
  const opened = new Float64Array(rows);
  const chains = new Map<string, number[]>();
  const months = monthsOfPeriod(period, timezone);
  const byMonth = new Map(months.map((month) => [month, { month, incidents: 0, repeats: 0 }]));
  const byCategory = new Map<string, { incidents: number; repeats: number }>();
  let incidents = 0;
  let withKey = 0;
  for (let i = 0; i < rows; i++) {
    opened[i] = NaN;
    if (!isIncident(columns, i)) continue;
    const at = floorToMinute(columns.openedAt[i]!);
    if (!(at < period.end)) continue;
    opened[i] = at;
    const inPeriod = at >= period.start;
    const chainKey = chainKeyOf(i);
    if (inPeriod) {
      incidents++;
      if (chainKey !== null) withKey++;
      monthEntry(byMonth, monthKey(at, timezone)).incidents++;
      categoryEntry(byCategory, groupKey(columns.category[i])).incidents++;
    }
    if (chainKey === null) continue;
    const members = chains.get(chainKey);
    if (members === undefined) chains.set(chainKey, [i]);
    else members.push(i);
  }

  const ids = columns.id;
  const byOpening = (a: number, b: number): number => {
    const diff = opened[a]! - opened[b]!;
    if (diff !== 0) return diff;
    const idA = ids[a] ?? '';
    const idB = ids[b] ?? '';
    return idA < idB ? -1 : idA > idB ? 1 : a - b;
  };

  const problems: RecurringProblem[] = [];
  const repeatIds: string[] = [];
  let repeats = 0;
  for (const [chainKey, members] of chains) {
    members.sort(byOpening);
    let chainStart = 0;
    for (let j = 0; j <= members.length; j++) {
      const row = members[j];
      const joins = row !== undefined && j > chainStart && opened[row]! - opened[members[j - 1]!]! <= windowMs;
      if (row !== undefined && joins) {
        // A repeat: it has a predecessor in its chain.
        if (opened[row]! >= period.start) {
          repeats++;
          repeatIds.push(ids[row] ?? '');
          monthEntry(byMonth, monthKey(opened[row]!, timezone)).repeats++;
          categoryEntry(byCategory, groupKey(columns.category[row])).repeats++;
        }
        continue;
      }
      if (j > chainStart) {
        // The chain members[chainStart, j) is complete.
        const last = members[j - 1]!;
        if (j - chainStart >= minOccurrences && opened[last]! >= period.start) {
          problems.push(problemOf(chainKey, members.slice(chainStart, j), opened, ids));
        }
      }
      chainStart = j;
    }
  }

  problems.sort(
    (a, b) =>
      b.count - a.count ||
      (a.last > b.last ? -1 : a.last < b.last ? 1 : 0) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
      (a.first < b.first ? -1 : a.first > b.first ? 1 : 0),
  );
  repeatIds.sort();

  const categories: Record<string, { incidents: number; repeats: number }> = {};
  for (const name of [...byCategory.keys()].sort()) setOwn(categories, name, byCategory.get(name)!);
  return {
    incidents,
    withKey,
    withoutKey: incidents - withKey,
    repeats,
    rate: withKey > 0 ? repeats / withKey : null,
    problems,
    byMonth: [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0)),
    byCategory: categories,
    repeatIds,
  };
}

function monthEntry(
  byMonth: Map<string, { month: string; incidents: number; repeats: number }>,
  month: string,
): { month: string; incidents: number; repeats: number } {
  let entry = byMonth.get(month);
  if (entry === undefined) {
    entry = { month, incidents: 0, repeats: 0 };
    byMonth.set(month, entry);
  }
  return entry;
}

function categoryEntry(
  byCategory: Map<string, { incidents: number; repeats: number }>,
  category: string,
): { incidents: number; repeats: number } {
  let entry = byCategory.get(category);
  if (entry === undefined) {
    entry = { incidents: 0, repeats: 0 };
    byCategory.set(category, entry);
  }
  return entry;
}

function problemOf(chainKey: string, members: number[], opened: Float64Array, ids: (string | null)[]): RecurringProblem {
  const [fieldList, ...values] = chainKey.split(SEP);
  const fields = fieldList!.split(',');
  const keyFields: Record<string, string> = {};
  fields.forEach((field, index) => setOwn(keyFields, field, values[index]!));
  return {
    key: values.join(' · '),
    keyFields,
    count: members.length,
    first: isoOrNull(opened[members[0]!]!)!,
    last: isoOrNull(opened[members[members.length - 1]!]!)!,
    ticketIds: members.map((row) => ids[row] ?? ''),
  };
}
