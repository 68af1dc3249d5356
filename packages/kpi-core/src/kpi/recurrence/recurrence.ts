/**
 * Recurring incidents (DESIGN §5): chains of incidents sharing a key, repeats, the recurrence
 * rate and the recurring problems behind it.
 */
import { monthKey, monthsOfPeriod } from '../../calendar/local.js';
import { RevueError } from '../../internal/errors.js';
import { DAY_MS } from '../../internal/time.js';
import { TICKET_FIELDS, type TicketField } from '../../model/fields.js';
import type { RecurrenceResult, RecurringProblem } from './types.js';
import { assertKpiOptions, groupKey, isoOrNull, setOwn } from '../common.js';
import { indexPart, preparedFor, type PreparedReview, type StringTicketField } from '../prepared.js';
import type { KpiOptions, ReviewData } from '../types.js';

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
  /** Least share (0…1) of the period's incidents that must carry the key for a rate (see {@link rateMeasurable}). */
  minKeyedShare?: number;
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

/**
 * Whether a recurrence rate may be given: some incident is keyed, and the keyed incidents are at
 * least `minKeyedShare` of the incidents that could be (`active`: cancelled ones excepted). A rate
 * measured on a small minority — 18 keyed incidents out of 15,447 in a ServiceNow export whose
 * configuration items are almost always empty — says nothing of the others: a confident 0 %
 * without evidence. At exactly the share, the rate is given.
 *
 * @example
 * rateMeasurable(18, 15447, 0.5); // => false
 * rateMeasurable(2, 4, 0.5); // => true
 */
export function rateMeasurable(withKey: number, active: number, minKeyedShare: number): boolean {
  return withKey > 0 && withKey >= minKeyedShare * active;
}

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
 *   rate = repeats ÷ keyed incidents, both over incidents opened in the period; null when none,
 *   and null when the keyed incidents are fewer than `minKeyedShare` of the period's incidents
 *   (cancelled ones excepted; `keyedShare` gives that share): the rate of a small keyed minority
 *   is no evidence about the period (see {@link rateMeasurable}).
 * - A *recurring problem* is a chain of at least `minOccurrences` incidents (all counted up to
 *   the period end) with at least one opened in the period; listed largest first, then latest
 *   `last` first, then by key.
 * - Cancelled incidents (`statusClass` cancelled) are in no chain: they count in `incidents` and
 *   `cancelled` only.
 * - `incidents` = `withKey` + `withoutKey` + `cancelled`: incidents opened in the period, none
 *   dropped.
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
  const minKeyedShare = options.minKeyedShare ?? settings.minKeyedShare;
  if (!Number.isFinite(minKeyedShare) || minKeyedShare < 0 || minKeyedShare > 1) {
    throw new RevueError('invalid-option', 'recurringIncidents: minKeyedShare must be a share from 0 to 1');
  }
  const fallback = options.titleFallback === true;
  const windowMs = windowDays * DAY_MS;
  const timezone = data.policy.timezone;
  const prepared = preparedFor(data, options.asOf, options.prepared);
  const columns = prepared.columns;
  const chains = recurrenceChains(prepared, key, fallback);
  const { chainOf, bucketStart, members, memberOpened } = chains;
  const opened = prepared.opened;
  const ids = columns.id;

  // Counts over the incidents opened in the period; the chains their keys belong to.
  const months = monthsOfPeriod(period, timezone);
  const byMonth = new Map(months.map((month) => [month, { month, incidents: 0, repeats: 0 }]));
  const byCategory = new Map<string, { incidents: number; repeats: number }>();
  let incidents = 0;
  let withKey = 0;
  let cancelled = 0;
  const inPeriod = prepared.openedIn(period.start, period.end);
  const touched = new Uint8Array(bucketStart.length - 1);
  const touchedChains: number[] = [];
  for (let k = 0; k < inPeriod.length; k++) {
    const i = inPeriod[k]!;
    if (prepared.incident[i] !== 1) continue;
    const chain = chainOf[i]!;
    incidents++;
    if (prepared.cancelled[i] === 1) cancelled++;
    if (chain >= 0) {
      withKey++;
      if (touched[chain] === 0) {
        touched[chain] = 1;
        touchedChains.push(chain);
      }
    }
    monthEntry(byMonth, monthKey(opened[i]!, timezone)).incidents++;
    categoryEntry(byCategory, groupKey(columns.category[i])).incidents++;
  }

  // Each key's incidents opened before the period end, ordered by opening (ties by id): only the
  // chains that reach into the period count, so each walk starts at the chain of the key's first
  // incident in the period (going back through predecessors, however early).
  const problems: RecurringProblem[] = [];
  const repeatIds: string[] = [];
  let repeats = 0;
  for (const chain of touchedChains) {
    const first = bucketStart[chain]!;
    const end = bucketStart[chain + 1]!;
    // The key's incidents are in opening order: find the period's by bisection.
    const stop = firstAtOrAfter(memberOpened, first, end, period.end);
    let from = firstAtOrAfter(memberOpened, first, stop, period.start);
    while (from > first && memberOpened[from]! - memberOpened[from - 1]! <= windowMs) from--;
    let chainStart = from;
    for (let j = from; j <= stop; j++) {
      const row = j < stop ? members[j]! : -1;
      const joins = row >= 0 && j > chainStart && opened[row]! - opened[members[j - 1]!]! <= windowMs;
      if (joins) {
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
          problems.push(problemOf(chains.keyOf(chain), Array.from(members.subarray(chainStart, j)), opened, ids));
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

  const usage = options.usage;
  if (usage !== undefined && incidents - cancelled > 0) {
    // The key sorts the incidents into keyed and not; the window and minimum shape the chains.
    if (options.key === undefined) usage.mark(data.policy, 'recurrence.key');
    if (withKey > 0 && options.windowDays === undefined) usage.mark(data.policy, 'recurrence.windowDays');
    if (withKey > 0 && options.minOccurrences === undefined) usage.mark(data.policy, 'recurrence.minOccurrences');
    // The share decided whether the rate is given.
    if (withKey > 0 && options.minKeyedShare === undefined) usage.mark(data.policy, 'recurrence.minKeyedShare');
  }
  const active = incidents - cancelled;

  const categories: Record<string, { incidents: number; repeats: number }> = {};
  for (const name of [...byCategory.keys()].sort()) setOwn(categories, name, byCategory.get(name)!);
  return {
    incidents,
    withKey,
    withoutKey: incidents - withKey - cancelled,
    cancelled,
    repeats,
    keyedShare: active > 0 ? withKey / active : null,
    minKeyedShare,
    rate: rateMeasurable(withKey, active, minKeyedShare) ? repeats / withKey : null,
    problems,
    byMonth: [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0)),
    byCategory: categories,
    repeatIds,
  };
}

/**
 * The keyed incidents of a review grouped by key value, each key's in opening order (see
 * `chainIndex`), computed once per preparation and key; shared by `recurringIncidents` and the
 * monthly trend. Shared: do not modify.
 *
 * @example
 * const { bucketStart, memberOpened } = recurrenceChains(prepared, ['assetId', 'category'], false);
 */
export function recurrenceChains(prepared: PreparedReview, key: readonly RecurrenceKeyField[], fallback: boolean): ChainIndex {
  const byKey = prepared.part(CHAIN_INDEXES);
  // JSON of the tuple: field names cannot run into each other, so two key sets never share an entry.
  const text = JSON.stringify([key, fallback]);
  let chains = byKey.get(text);
  if (chains === undefined) {
    chains = chainIndex(prepared, key, fallback);
    byKey.set(text, chains);
  }
  return chains;
}

/** The {@link ChainIndex} of each key set (and fallback) asked for, by the JSON of `[key, fallback]`. */
const CHAIN_INDEXES = indexPart('recurrence chains by key set', () => new Map<string, ChainIndex>());

/** The keyed incidents of a review grouped by key value (see {@link chainIndex}). */
export interface ChainIndex {
  /** Chain key number of each ticket row; −1 for a row that is not a keyed incident with an opening instant. */
  chainOf: Int32Array;
  /** `members[bucketStart[c], bucketStart[c + 1])`: the rows of key c, by opening, then id, then row. */
  bucketStart: Int32Array;
  members: Int32Array;
  /** The opening instant of each of `members`. */
  memberOpened: Float64Array;
  /** The key of chain key c: its fields (the key set) and their values, in order. */
  keyOf: (chain: number) => ChainKey;
}

/** A chain key: a key set and the value of each of its fields (a tuple, never joined into one text). */
export interface ChainKey {
  fields: readonly RecurrenceKeyField[];
  values: string[];
}

/**
 * Groups the keyed incidents (every key field present; with `fallback`, incidents without an
 * `assetId` use {@link TITLE_FALLBACK_KEY}) by their key value, each group ordered by opening
 * (ties by id, then row), independently of any period. Key values are numbered field by field;
 * two rows share a key exactly when their key sets and all their values are equal (tuples: no
 * separator can make two different keys meet).
 */
function chainIndex(prepared: PreparedReview, key: readonly RecurrenceKeyField[], fallback: boolean): ChainIndex {
  const columns = prepared.columns;
  const rows = prepared.rows;
  const titleKeys = new Map<string, string | null>();
  const titleKeyOfText = (title: string): string | null => {
    let normalised = titleKeys.get(title);
    if (normalised === undefined) {
      normalised = normaliseTitle(title);
      titleKeys.set(title, normalised);
    }
    return normalised;
  };
  const titleKeyOf = (row: number): string | null => {
    const title = columns.title[row];
    return title === null || title === undefined ? null : titleKeyOfText(title);
  };
  const valueOf = (row: number, field: RecurrenceKeyField): string | null => {
    if (field === 'titleKey') return titleKeyOf(row);
    const value = (columns[field] as ArrayLike<string | number | null>)[row];
    if (value === null || value === undefined) return null;
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
    return value.trim() === '' ? null : value;
  };
  const fieldsOf = (row: number): readonly RecurrenceKeyField[] => {
    const assetId = columns.assetId[row];
    return fallback && (assetId === null || assetId === undefined || assetId.trim() === '') ? TITLE_FALLBACK_KEY : key;
  };
  /** The chain key of a row, or null when unkeyed. */
  const chainKeyOf = (row: number): ChainKey | null => {
    const fields = fieldsOf(row);
    const values: string[] = [];
    for (const field of fields) {
      const value = valueOf(row, field);
      if (value === null) return null;
      values.push(value);
    }
    return { fields, values };
  };

  const chainOf = new Int32Array(rows).fill(-1);
  // Cancelled incidents are in no chain (DESIGN §3).
  const keyed = (row: number): boolean => prepared.activeIncident[row] === 1 && !Number.isNaN(prepared.opened[row]!);
  let chains = numberKeysByCodes(prepared, key, fallback, keyed, (field) => valueCodes(prepared, field, titleKeyOfText, valueOf), chainOf);
  // Too many tuples for int32 numbers: number the keys themselves.
  if (chains < 0) chains = numberKeysByJson(rows, (row) => (keyed(row) ? chainKeyOf(row) : null), chainOf);

  // The rows of each key by opening (ties by row), then ties by id.
  const { start: bucketStart, members, opened: memberOpened } = prepared.bucketByOpening(chainOf, chains);
  const ids = columns.id;
  for (let c = 0; c < chains; c++) {
    const end = bucketStart[c + 1]!;
    for (let j = bucketStart[c]!; j + 1 < end; j++) {
      if (memberOpened[j] !== memberOpened[j + 1]) continue;
      // A run of equal opening instants: order it by id, then row.
      let runEnd = j + 2;
      while (runEnd < end && memberOpened[runEnd] === memberOpened[j]) runEnd++;
      const run = Array.from(members.subarray(j, runEnd)).sort((a, b) => {
        const idA = ids[a] ?? '';
        const idB = ids[b] ?? '';
        return idA < idB ? -1 : idA > idB ? 1 : a - b;
      });
      members.set(run, j);
      j = runEnd - 1;
    }
  }
  return { chainOf, bucketStart, members, memberOpened, keyOf: (chain) => chainKeyOf(members[bucketStart[chain]!]!)! };
}

/**
 * Numbers the chain keys of rows `[0, rows)` into `chainOf` (−1 when `keyOf` gives none) in order
 * of first appearance, by the JSON of `[fields, values]`: an array of arrays, so two different
 * tuples never read the same, whatever their values hold. Returns how many keys there are.
 * Internal (exported for its test).
 *
 * @example
 * const chainOf = new Int32Array(2);
 * numberKeysByJson(2, (row) => ({ fields: ['assetId', 'category'], values: row === 0 ? ['X\u001fY', 'Z'] : ['X', 'Y\u001fZ'] }), chainOf); // => 2, chainOf [0, 1]
 */
export function numberKeysByJson(rows: number, keyOf: (row: number) => ChainKey | null, chainOf: Int32Array): number {
  const byText = new Map<string, number>();
  for (let row = 0; row < rows; row++) {
    const chainKey = keyOf(row);
    if (chainKey === null) {
      chainOf[row] = -1;
      continue;
    }
    const text = JSON.stringify([chainKey.fields, chainKey.values]);
    let chain = byText.get(text);
    if (chain === undefined) {
      chain = byText.size;
      byText.set(text, chain);
    }
    chainOf[row] = chain;
  }
  return byText.size;
}

/** First index i in `[from, to)` with `sorted[i] ≥ x` (`to` when none), `sorted` ascending there. */
function firstAtOrAfter(sorted: Float64Array, from: number, to: number, x: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A key field's value per row as numbers (−1: no value), and how many numbers. */
interface ValueCodes {
  codes: Int32Array;
  count: number;
}

/**
 * The values `valueOf` gives a key field, numbered: two rows get the same number exactly when
 * their value texts are equal; −1 when the value is missing or blank. String columns are numbered
 * once per distinct text (`stringCodes`), titles once per distinct title.
 */
function valueCodes(
  prepared: PreparedReview,
  field: RecurrenceKeyField,
  titleKeyOfText: (title: string) => string | null,
  valueOf: (row: number, field: RecurrenceKeyField) => string | null,
): ValueCodes {
  const rows = prepared.rows;
  const codes = new Int32Array(rows);
  const byText = new Map<string, number>();
  const number = (text: string | null): number => {
    if (text === null) return -1;
    let code = byText.get(text);
    if (code === undefined) {
      code = byText.size;
      byText.set(text, code);
    }
    return code;
  };
  let count: number;
  if (field === 'titleKey' || TICKET_FIELDS[field] === 'string') {
    // Once per distinct text of the column: its value (blank → none), numbered. The texts of a
    // string column are distinct, so their numbers serve (titles, though, can share a titleKey).
    const { codes: raw, values } = prepared.stringCodes(field === 'titleKey' ? 'title' : (field as StringTicketField));
    const byRaw = new Int32Array(values.length);
    for (let v = 0; v < values.length; v++) {
      const text = values[v]!;
      if (field === 'titleKey') byRaw[v] = number(titleKeyOfText(text));
      else if (text.trim() === '') byRaw[v] = -1;
      else byRaw[v] = v;
    }
    for (let row = 0; row < rows; row++) {
      const v = raw[row]!;
      codes[row] = v < 0 ? -1 : byRaw[v]!;
    }
    count = field === 'titleKey' ? byText.size : values.length;
  } else {
    for (let row = 0; row < rows; row++) codes[row] = number(valueOf(row, field));
    count = byText.size;
  }
  return { codes, count };
}

/**
 * Numbers the key values of the keyed rows into `chainOf` (−1 when unkeyed) and returns how many
 * there are: each field's values get numbers (`codesOf`), and the tuple (key set, value
 * numbers…) is numbered. Returns −1 when the numbers could exceed int32: the caller then numbers
 * the keys' JSON.
 *
 * When every possible tuple fits in a table of a few entries per row (say 100k asset ids × 20
 * categories for a million tickets), a tuple's place in that table is computed from its numbers
 * (mixed radix); otherwise tuples are numbered field by field in a hash table of pairs.
 */
function numberKeysByCodes(
  prepared: PreparedReview,
  key: readonly RecurrenceKeyField[],
  fallback: boolean,
  keyed: (row: number) => boolean,
  codesOf: (field: RecurrenceKeyField) => ValueCodes,
  chainOf: Int32Array,
): number {
  const rows = prepared.rows;
  const keySets: (readonly RecurrenceKeyField[])[] = [key];
  // The fallback key set is the same chain space when its field list reads the same.
  const sameFields = key.length === TITLE_FALLBACK_KEY.length && key.every((field, f) => field === TITLE_FALLBACK_KEY[f]);
  if (fallback && !sameFields) keySets.push(TITLE_FALLBACK_KEY);
  const longest = Math.max(...keySets.map((fields) => fields.length));
  if (rows * longest + keySets.length >= 2 ** 31) return -1;
  const coded = new Map<RecurrenceKeyField, ValueCodes>();
  for (const field of [...keySets.flat(), ...(fallback ? (['assetId'] as const) : [])]) {
    if (coded.has(field)) continue;
    coded.set(field, codesOf(field));
  }
  const fieldCodes = keySets.map((fields) => fields.map((field) => coded.get(field)!.codes));
  const assetCodes = fallback ? coded.get('assetId')!.codes : null;

  // Mixed radix: key set s takes the table entries [offsets[s], offsets[s] + Π counts).
  const radices = keySets.map((fields) => fields.map((field) => coded.get(field)!.count));
  const offsets: number[] = [];
  let tableSize = 0;
  for (const counts of radices) {
    offsets.push(tableSize);
    tableSize += counts.reduce((product, count) => product * count, 1);
  }
  const direct = tableSize <= Math.max(4 * rows, 1 << 16);
  const tuples = direct ? null : new PairTable(1024);
  // Chain number of each complete tuple number, −1 until seen.
  const finals = new Int32Array(direct ? tableSize : rows * longest + keySets.length).fill(-1);
  let nextTuple = keySets.length;
  let chains = 0;
  for (let row = 0; row < rows; row++) {
    if (!keyed(row)) continue;
    // With the fallback, an incident without an assetId (blank counts as none) uses its key.
    const set = assetCodes !== null && assetCodes[row]! < 0 && keySets.length > 1 ? 1 : 0;
    const codes = fieldCodes[set]!;
    const counts = radices[set]!;
    let tuple = tuples === null ? 0 : set;
    let complete = true;
    for (let f = 0; f < codes.length; f++) {
      const code = codes[f]![row]!;
      if (code < 0) {
        complete = false;
        break;
      }
      if (tuples === null) {
        tuple = tuple * counts[f]! + code;
        continue;
      }
      let next = tuples.get(tuple, code);
      if (next < 0) {
        next = nextTuple++;
        tuples.set(tuple, code, next);
      }
      tuple = next;
    }
    if (!complete) continue;
    if (tuples === null) tuple += offsets[set]!;
    let chain = finals[tuple]!;
    if (chain < 0) {
      chain = chains++;
      finals[tuple] = chain;
    }
    chainOf[row] = chain;
  }
  return chains;
}

/** An open-addressing hash table from pairs of non-negative int32 to non-negative int32. */
class PairTable {
  private firsts: Int32Array;
  private seconds: Int32Array;
  private values: Int32Array;
  private size = 0;
  private mask: number;

  constructor(capacity: number) {
    this.firsts = new Int32Array(capacity).fill(-1);
    this.seconds = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  private slot(first: number, second: number): number {
    let slot = (Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 0x7f4a7c15, 0x85ebca77)) & this.mask;
    while (this.firsts[slot] !== -1 && (this.firsts[slot] !== first || this.seconds[slot] !== second)) slot = (slot + 1) & this.mask;
    return slot;
  }

  /** The value of a pair, or −1. */
  get(first: number, second: number): number {
    const slot = this.slot(first, second);
    return this.firsts[slot] === -1 ? -1 : this.values[slot]!;
  }

  set(first: number, second: number, value: number): void {
    if (2 * (this.size + 1) > this.firsts.length) this.grow();
    const slot = this.slot(first, second);
    if (this.firsts[slot] === -1) this.size++;
    this.firsts[slot] = first;
    this.seconds[slot] = second;
    this.values[slot] = value;
  }

  private grow(): void {
    const { firsts, seconds, values } = this;
    const capacity = firsts.length * 2;
    this.firsts = new Int32Array(capacity).fill(-1);
    this.seconds = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.size = 0;
    for (let i = 0; i < firsts.length; i++) if (firsts[i] !== -1) this.set(firsts[i]!, seconds[i]!, values[i]!);
  }
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

function problemOf({ fields, values }: ChainKey, members: number[], opened: Float64Array, ids: (string | null)[]): RecurringProblem {
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
