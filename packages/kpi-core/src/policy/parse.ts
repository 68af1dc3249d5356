/**
 * The policy document (DESIGN §2): validation, defaults, client overrides.
 */
import { isValidTimeZone } from '../calendar/zone.js';
import { dayOfKey } from '../calendar/days.js';
import { isKnownCountry, splitRegion } from '../calendar/holidays.js';
import { RevueError } from '../internal/errors.js';
import { IMPACTS, PRIORITIES, TICKET_FIELDS, type Impact, type Priority, type TicketField } from '../model/fields.js';
import { planAt } from './plan.js';
import {
  ASSUMPTION_KEYS,
  WEEKDAYS,
  type AssumptionKey,
  type CalendarPolicy,
  type Policy,
  type SlaTarget,
  type Span,
  type Weekday,
} from './types.js';

/** A JSON value as read from a policy file. */
type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
type JsonObject = { readonly [key: string]: Json };

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * The default policy, as a (frozen) policy document: what `parsePolicy({})` fills in. See the
 * table on {@link parsePolicy}.
 *
 * @example
 * ```ts
 * DEFAULT_POLICY_JSON.sla.P2; // { response: '2h', resolution: '8h', clock: 'business' }
 * ```
 */
export const DEFAULT_POLICY_JSON = deepFreeze({
  timezone: 'UTC',
  calendar: {
    hours: {
      mon: ['09:00-17:00'],
      tue: ['09:00-17:00'],
      wed: ['09:00-17:00'],
      thu: ['09:00-17:00'],
      fri: ['09:00-17:00'],
      sat: [],
      sun: [],
    },
    holidays: { country: null, region: null },
    closedDays: [],
  },
  sla: {
    P1: { response: '1h', resolution: '4h', clock: '24x7' },
    P2: { response: '2h', resolution: '8h', clock: 'business' },
    P3: { response: '4h', resolution: '24h', clock: 'business' },
    P4: { response: '8h', resolution: '40h', clock: 'business' },
  },
  pauseStatuses: [],
  // No userHourly or technicianHourly: money is never assumed (DESIGN §2).
  rates: { currency: 'EUR' },
  headcount: null,
  impactFactors: { outage: 1, degraded: 0.5, minor: 0.1 },
  priorityImpact: { P1: 1, P2: 0.5, P3: 0.25, P4: 0.1, P5: 0 },
  recurrence: { key: ['assetId', 'category'], windowDays: 30, minOccurrences: 3, minKeyedShare: 0.5 },
  usefulLifeMonths: { default: 48 },
  confidence: 0.9,
  minAssetShare: 0.5,
  slaAdherenceTarget: 0.9,
  preventivePlan: [],
  clients: {},
} as const);

const TOP_LEVEL_KEYS = Object.keys(DEFAULT_POLICY_JSON);

function fail(path: string, message: string): never {
  throw new RevueError('policy', `${path}: ${message}`);
}

function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function objectAt(value: unknown, path: string): JsonObject {
  if (!isObject(value)) fail(path, `${show(value)} is not an object`);
  return value;
}

function checkKeys(object: JsonObject, known: readonly string[], path: string): void {
  const unknown = Object.keys(object).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    fail(path, `unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')} (known: ${known.join(', ')})`);
  }
}

/** Sets an own property, also for a key such as `__proto__` that plain assignment would misread. */
function setOwn<T>(object: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Objects merge key by key; arrays, scalars and null replace. */
function deepMerge(base: Json | undefined, override: Json | undefined): Json | undefined {
  if (override === undefined) return base;
  if (isObject(base) && isObject(override)) {
    const out: Record<string, Json> = { ...base };
    for (const [key, value] of Object.entries(override)) {
      const merged = deepMerge(Object.hasOwn(base, key) ? base[key] : undefined, value);
      if (merged !== undefined) setOwn(out, key, merged);
    }
    return out;
  }
  return override;
}

function numberAt(value: unknown, path: string, rule: (n: number) => boolean, expected: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !rule(value)) fail(path, `${show(value)} is not ${expected}`);
  return value;
}

function stringAt(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(path, `${show(value)} is not a non-empty string`);
  return value;
}

function stringArrayAt(value: unknown, path: string): string[] {
  if (!Array.isArray(value)) fail(path, `${show(value)} is not an array`);
  return value.map((item, i) => stringAt(item, `${path}[${i}]`));
}

const DURATION = /^\s*(?:(\d+(?:\.\d+)?)\s*h)?\s*(?:(\d+(?:\.\d+)?)\s*m(?:in)?)?\s*$/i;

/**
 * Minutes of a policy duration: a number of minutes, `"<n>m"`, `"<n>h"` or `"<n>h<n>m"`; null
 * stays null (no target).
 */
function durationAt(value: unknown, path: string): number | null {
  if (value === null) return null;
  const hint = 'is not a duration (use "30m", "4h" or minutes)';
  let minutes: number;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) fail(path, `${show(value)} ${hint}`);
    minutes = value;
  } else if (typeof value === 'string') {
    const match = DURATION.exec(value);
    if (match === null || (match[1] === undefined && match[2] === undefined)) fail(path, `${show(value)} ${hint}`);
    minutes = Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
  } else {
    fail(path, `${show(value)} ${hint}`);
  }
  const rounded = Math.round(minutes * 1e6) / 1e6;
  if (!Number.isInteger(rounded)) fail(path, `${show(value)} is not a whole number of minutes`);
  return rounded;
}

const SPAN = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/;

function spanAt(value: unknown, path: string): Span {
  const match = typeof value === 'string' ? SPAN.exec(value) : null;
  if (match === null) fail(path, `${show(value)} is not a span like "08:30-12:30"`);
  const [startH, startM, endH, endM] = match.slice(1).map(Number) as [number, number, number, number];
  const start = startH * 60 + startM;
  const end = endH * 60 + endM;
  if (startM > 59 || endM > 59 || start > 1440 || end > 1440) fail(path, `${show(value)} is not within 00:00-24:00`);
  if (end <= start) fail(path, `${show(value)} ends before it starts`);
  return [start, end];
}

function daySpansAt(value: unknown, path: string): Span[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list)) fail(path, `${show(value)} is not a list of spans like ["08:30-12:30"]`);
  const spans = list.map((item, i) => spanAt(item, `${path}[${i}]`)).sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]![0] < spans[i - 1]![1]) fail(path, `spans ${show(list)} overlap`);
  }
  return spans;
}

function calendarAt(value: unknown, path: string): CalendarPolicy {
  const calendar = objectAt(value, path);
  checkKeys(calendar, ['hours', 'holidays', 'closedDays'], path);
  const hoursObject = objectAt(calendar.hours, `${path}.hours`);
  checkKeys(hoursObject, WEEKDAYS, `${path}.hours`);
  const hours = {} as Record<Weekday, readonly Span[]>;
  for (const day of WEEKDAYS) {
    hours[day] = hoursObject[day] === undefined ? [] : daySpansAt(hoursObject[day], `${path}.hours.${day}`);
  }

  const holidaysObject = objectAt(calendar.holidays, `${path}.holidays`);
  checkKeys(holidaysObject, ['country', 'region'], `${path}.holidays`);
  let country: string | null = null;
  let region: string | null = null;
  if (holidaysObject.country !== null && holidaysObject.country !== undefined) {
    const given = stringAt(holidaysObject.country, `${path}.holidays.country`);
    country = given.trim().toUpperCase();
    if (!isKnownCountry(country)) fail(`${path}.holidays.country`, `${show(given)} is not a country known to date-holidays`);
  }
  if (holidaysObject.region !== null && holidaysObject.region !== undefined) {
    const given = stringAt(holidaysObject.region, `${path}.holidays.region`);
    if (country === null) fail(`${path}.holidays.region`, 'a region needs a country');
    region = given.trim().toUpperCase();
    if (region.startsWith(`${country}-`)) region = region.slice(country.length + 1);
    if (splitRegion(country, region) === null) {
      fail(`${path}.holidays.region`, `${show(given)} is not a region of ${country} known to date-holidays`);
    }
  }

  const closedDays = stringArrayAt(calendar.closedDays, `${path}.closedDays`);
  closedDays.forEach((day, i) => {
    if (Number.isNaN(dayOfKey(day))) fail(`${path}.closedDays[${i}]`, `${show(day)} is not a yyyy-MM-dd date`);
  });
  return { hours, holidays: { country, region }, closedDays };
}

function slaAt(value: unknown, path: string): Partial<Record<Priority, SlaTarget>> {
  const table = objectAt(value, path);
  const unknown = Object.keys(table).filter((key) => !(PRIORITIES as readonly string[]).includes(key));
  if (unknown.length > 0) fail(path, `unknown priorit${unknown.length > 1 ? 'ies' : 'y'} ${unknown.map((k) => `"${k}"`).join(', ')} (use P1…P5)`);
  const sla: Partial<Record<Priority, SlaTarget>> = {};
  for (const priority of PRIORITIES) {
    const entry = table[priority];
    if (entry === undefined || entry === null) continue;
    const where = `${path}.${priority}`;
    const target = objectAt(entry, where);
    checkKeys(target, ['response', 'resolution', 'clock'], where);
    const clock = target.clock ?? 'business';
    if (clock !== 'business' && clock !== '24x7') fail(`${where}.clock`, `${show(clock)} is not "business" or "24x7"`);
    sla[priority] = {
      response: durationAt(target.response ?? null, `${where}.response`),
      resolution: durationAt(target.resolution ?? null, `${where}.resolution`),
      clock,
    };
  }
  return sla;
}

function numberTableAt<K extends string>(value: unknown, keys: readonly K[], path: string): Record<K, number> {
  const table = objectAt(value, path);
  checkKeys(table, keys, path);
  const out = {} as Record<K, number>;
  for (const key of keys) out[key] = numberAt(table[key], `${path}.${key}`, (n) => n >= 0, 'a number ≥ 0');
  return out;
}

/** Validates a complete document (defaults already merged in) into a Policy without clients. */
function policyAt(document: JsonObject, path: string): Policy {
  checkKeys(document, TOP_LEVEL_KEYS, path);
  const timezone = stringAt(document.timezone, `${path}.timezone`);
  if (!isValidTimeZone(timezone)) fail(`${path}.timezone`, `${show(timezone)} is not a known IANA time zone`);

  const rates = objectAt(document.rates, `${path}.rates`);
  checkKeys(rates, ['userHourly', 'technicianHourly', 'currency'], `${path}.rates`);

  const headcount = document.headcount;
  if (headcount !== null) numberAt(headcount, `${path}.headcount`, (n) => Number.isInteger(n) && n > 0, 'a positive integer or null');

  const recurrence = objectAt(document.recurrence, `${path}.recurrence`);
  checkKeys(recurrence, ['key', 'windowDays', 'minOccurrences', 'minKeyedShare'], `${path}.recurrence`);
  const key = stringArrayAt(recurrence.key, `${path}.recurrence.key`);
  if (key.length === 0) fail(`${path}.recurrence.key`, 'needs at least one ticket field');
  key.forEach((field, i) => {
    // `titleKey`: the normalised title (kpi/recurrence normaliseTitle), DESIGN §5's "client + normalised title".
    if (field !== 'titleKey' && !Object.prototype.hasOwnProperty.call(TICKET_FIELDS, field)) fail(`${path}.recurrence.key[${i}]`, `${show(field)} is not a ticket field (nor titleKey, the normalised title)`);
  });

  const life = objectAt(document.usefulLifeMonths, `${path}.usefulLifeMonths`);
  const usefulLifeMonths = { default: 0 } as { default: number } & Record<string, number>;
  for (const [type, months] of Object.entries(life)) {
    setOwn(usefulLifeMonths, type, numberAt(months, `${path}.usefulLifeMonths.${type}`, (n) => n > 0, 'a number of months > 0'));
  }

  return {
    timezone,
    calendar: calendarAt(document.calendar, `${path}.calendar`),
    sla: slaAt(document.sla, `${path}.sla`),
    pauseStatuses: stringArrayAt(document.pauseStatuses, `${path}.pauseStatuses`),
    rates: {
      userHourly: rateAt(rates.userHourly, `${path}.rates.userHourly`),
      technicianHourly: rateAt(rates.technicianHourly, `${path}.rates.technicianHourly`),
      currency: stringAt(rates.currency, `${path}.rates.currency`),
    },
    headcount: headcount as number | null,
    impactFactors: numberTableAt<Impact>(document.impactFactors, IMPACTS, `${path}.impactFactors`),
    priorityImpact: numberTableAt<Priority>(document.priorityImpact, PRIORITIES, `${path}.priorityImpact`),
    recurrence: {
      key: key as (TicketField | 'titleKey')[],
      windowDays: numberAt(recurrence.windowDays, `${path}.recurrence.windowDays`, (n) => n > 0, 'a number of days > 0'),
      minOccurrences: numberAt(recurrence.minOccurrences, `${path}.recurrence.minOccurrences`, (n) => Number.isInteger(n) && n >= 2, 'an integer ≥ 2'),
      minKeyedShare: numberAt(recurrence.minKeyedShare, `${path}.recurrence.minKeyedShare`, (n) => n >= 0 && n <= 1, 'a share from 0 to 1'),
    },
    usefulLifeMonths,
    confidence: numberAt(document.confidence, `${path}.confidence`, (n) => n > 0 && n < 1, 'a number in (0, 1)'),
    minAssetShare: numberAt(document.minAssetShare, `${path}.minAssetShare`, (n) => n >= 0 && n <= 1, 'a share from 0 to 1'),
    slaAdherenceTarget: numberAt(document.slaAdherenceTarget, `${path}.slaAdherenceTarget`, (n) => n > 0 && n <= 1, 'a share above 0, at most 1 (0.95 for 95 %)'),
    preventivePlan: planAt(document.preventivePlan, `${path}.preventivePlan`),
    clients: {},
    defaulted: [],
  };
}

/** An hourly rate: a number ≥ 0, or null (absent: no default, DESIGN §2). */
function rateAt(value: unknown, path: string): number | null {
  if (value === undefined || value === null) return null;
  return numberAt(value, path, (n) => n >= 0, 'a number ≥ 0 or null');
}

/** Whether `document` gives a value at `path` (own keys all the way, not undefined). */
function givenAt(document: JsonObject | undefined, path: readonly string[]): boolean {
  let value: Json | undefined = document;
  for (const key of path) {
    if (!isObject(value) || !Object.hasOwn(value, key)) return false;
    value = value[key];
  }
  return value !== undefined;
}

/**
 * The assumption keys neither the base document nor a client's override gives (see
 * `Policy.defaulted`). A base `sla` replaces the default table, so every priority is then given;
 * a base `calendar.hours` gives every weekday. A client's override gives its own priorities and
 * weekdays over the base; `calendar.hours` stays defaulted while any weekday comes from the
 * default table, and an SLA entry while any of its fields does.
 */
function defaultedKeys(base: JsonObject, override?: JsonObject): AssumptionKey[] {
  const given = (path: readonly string[]) => givenAt(base, path) || givenAt(override, path);
  const baseHours = givenAt(base, ['calendar', 'hours']);
  const baseSla = givenAt(base, ['sla']);
  const out: AssumptionKey[] = [];
  for (const key of ASSUMPTION_KEYS) {
    let defaulted: boolean;
    if (key === 'calendar.hours') {
      defaulted = !baseHours && !WEEKDAYS.every((day) => givenAt(override, ['calendar', 'hours', day]));
    } else if (key.startsWith('sla.')) {
      const priority = key.slice(4);
      const entry = override !== undefined && isObject(override.sla) ? override.sla[priority] : undefined;
      // A client's null removes the target; an object gives the fields it names.
      const whole = entry === null || (isObject(entry) && ['response', 'resolution', 'clock'].every((field) => Object.hasOwn(entry, field)));
      const defaultEntry = (DEFAULT_POLICY_JSON.sla as Record<string, unknown>)[priority];
      defaulted = !baseSla && !whole && (defaultEntry !== undefined || entry === undefined);
    } else {
      defaulted = !given(key.split('.'));
    }
    if (defaulted) out.push(key);
  }
  return out;
}

function durationText(minutes: number | null): string | null {
  if (minutes === null) return null;
  const hours = Math.floor(minutes / 60);
  const rest = minutes - hours * 60;
  return hours === 0 ? `${rest}m` : rest === 0 ? `${hours}h` : `${hours}h${rest}m`;
}

function clockText(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/**
 * The value a policy holds for an assumption key, written as in a policy document (durations as
 * `"4h"`, opening hours as `"09:00-17:00"`): what a report shows beside an assumption.
 *
 * @example
 * ```ts
 * assumptionValue(parsePolicy({}), 'sla.P2'); // { response: '2h', resolution: '8h', clock: 'business' }
 * assumptionValue(parsePolicy({}), 'sla.P5'); // null (no target)
 * assumptionValue(parsePolicy({}), 'calendar.hours').mon; // ['09:00-17:00']
 * ```
 */
export function assumptionValue(policy: Policy, key: AssumptionKey): unknown {
  const [head, tail] = key.split('.') as [string, string | undefined];
  switch (head) {
    case 'timezone':
      return policy.timezone;
    case 'confidence':
      return policy.confidence;
    case 'minAssetShare':
      return policy.minAssetShare;
    case 'slaAdherenceTarget':
      return policy.slaAdherenceTarget;
    case 'calendar':
      if (tail === 'holidays') return { ...policy.calendar.holidays };
      return Object.fromEntries(WEEKDAYS.map((day) => [day, policy.calendar.hours[day].map(([a, b]) => `${clockText(a)}-${clockText(b)}`)]));
    case 'sla': {
      const target = Object.hasOwn(policy.sla, tail!) ? policy.sla[tail as Priority] : undefined;
      return target === undefined ? null : { response: durationText(target.response), resolution: durationText(target.resolution), clock: target.clock };
    }
    case 'rates':
      return policy.rates.currency;
    case 'impactFactors':
      return policy.impactFactors[tail as Impact];
    case 'priorityImpact':
      return policy.priorityImpact[tail as Priority];
    case 'affectedUsers':
      // DESIGN §5: an incident without affectedUsers counts one user; no policy value changes it.
      return 1;
    case 'impactUnknown':
      // Neither impact nor priority: the factor of a full outage (see ASSUMPTION_KEYS).
      return 1;
    case 'pausedMinutes':
      // Exported minutes of pause are taken as minutes of the SLA's clock (see ASSUMPTION_KEYS).
      return 'as-exported';
    case 'slaTargetsFromFile':
      // A file's per-ticket target duration runs on calendar time (see ASSUMPTION_KEYS).
      return 'calendar';
    case 'recurrence':
      return tail === 'key' ? [...policy.recurrence.key] : policy.recurrence[tail as 'windowDays' | 'minOccurrences' | 'minKeyedShare'];
    default:
      return policy.usefulLifeMonths.default;
  }
}

/**
 * Validates a policy document (DESIGN §2) and fills the documented defaults; durations become
 * minutes, opening spans `[start, end)` minutes from local midnight, and each client override a
 * complete Policy in `clients[name]`.
 *
 * Defaults (also exported as {@link DEFAULT_POLICY_JSON}):
 *
 * | field | default |
 * | --- | --- |
 * | `timezone` | `"UTC"` |
 * | `calendar.hours` | mon–fri `["09:00-17:00"]`, sat and sun closed |
 * | `calendar.holidays` | `{ country: null, region: null }` (no public holidays) |
 * | `calendar.closedDays` | `[]` |
 * | `sla` | P1 `1h`/`4h` 24x7, P2 `2h`/`8h`, P3 `4h`/`24h`, P4 `8h`/`40h` business; no P5 target |
 * | `pauseStatuses` | `[]` |
 * | `rates` | `{ currency: "EUR" }`: no `userHourly` or `technicianHourly` (null; money figures needing them are null) |
 * | `headcount` | `null` (per-employee figures are null) |
 * | `impactFactors` | `{ outage: 1, degraded: 0.5, minor: 0.1 }` |
 * | `priorityImpact` | `{ P1: 1, P2: 0.5, P3: 0.25, P4: 0.1, P5: 0 }` |
 * | `recurrence` | `{ key: ["assetId", "category"], windowDays: 30, minOccurrences: 3, minKeyedShare: 0.5 }` (no rate when fewer than half the incidents carry the key) |
 * | `usefulLifeMonths` | `{ default: 48 }` |
 * | `confidence` | `0.9` |
 * | `minAssetShare` | `0.5` (no fleet MTBF, MTTR or availability when fewer than half the incidents name an asset) |
 * | `slaAdherenceTarget` | `0.9` (an `sla-below-target` finding when fewer than 90 % of judged tickets are on time) |
 * | `preventivePlan` | `[]` (no plan: the preventive figures are null, reason `no-plan`) |
 * | `clients` | `{}` |
 *
 * Merging: objects given in the document merge key by key over the defaults (`rates`,
 * `impactFactors`, `usefulLifeMonths`…), except `calendar.hours` and `sla`, which replace the
 * default table entirely: a weekday absent from a given `hours` is closed, a priority absent from
 * a given `sla` has no target. In an `sla` entry, a missing `response` or `resolution` means no
 * target for it and a missing `clock` means `business`. Durations are `"<n>m"`, `"<n>h"`,
 * `"<n>h<n>m"` or a number of minutes. Each entry of `clients` is a partial policy deep-merged
 * over the complete base document (objects key by key, including `hours` per day and `sla` per
 * priority; arrays and scalars replace; `null` removes an SLA target) and validated in turn. So a
 * client's `preventivePlan` replaces the base plan for that client's assets (tasks are not merged
 * by id: the client's contract lists its whole plan).
 *
 * `preventivePlan` tasks are `{ id, title?, assetType | assetIds, category, every }` with `every`
 * one of week, month, quarter, half, year; ids unique within a plan; a task names an asset type
 * or a non-empty list of asset ids, not both.
 *
 * `defaulted` lists the {@link ASSUMPTION_KEYS} whose value came from the defaults (per client
 * too), so that a report can say which assumptions its figures rest on.
 *
 * The document may be given parsed or as JSON text; `options.fileName` names the file in
 * every error (`RevueError.file`).
 *
 * @throws RevueError (code `policy`) naming the field path, e.g.
 *   `policy.sla.P2.response: "8x" is not a duration (use "30m", "4h" or minutes)`.
 * @example
 * ```ts
 * const policy = parsePolicy({
 *   timezone: 'Europe/Paris',
 *   calendar: { hours: { mon: ['08:30-12:30', '13:30-17:30'] } },
 *   sla: { P1: { response: '30m', resolution: '4h', clock: '24x7' } },
 *   clients: { Bistro: { calendar: { hours: { sat: ['09:00-12:00'] } } } },
 * });
 * policy.calendar.hours.mon; // [[510, 750], [810, 1050]]
 * policy.calendar.hours.tue; // [] (not listed: closed)
 * policy.sla; // { P1: { response: 30, resolution: 240, clock: '24x7' } }
 * policy.clients.Bistro.calendar.hours.sat; // [[540, 720]]
 * ```
 */
export function parsePolicy(json: unknown, options: ParsePolicyOptions = {}): Policy {
  try {
    return parsePolicyDocument(typeof json === 'string' ? policyText(json) : json);
  } catch (error) {
    if (error instanceof RevueError && options.fileName !== undefined) {
      throw new RevueError(error.code, error.message, { file: options.fileName });
    }
    throw error;
  }
}

/** Options of {@link parsePolicy}. */
export interface ParsePolicyOptions {
  /** File the policy came from, named by every error (`RevueError.file`). */
  fileName?: string;
}

/** A policy given as JSON text: parsed, a leading BOM dropped; invalid JSON is a RevueError. */
function policyText(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    fail('policy', `not valid JSON (${(error as Error).message.replace(/\s+/g, ' ')})`);
  }
}

function parsePolicyDocument(json: unknown): Policy {
  const document = json === undefined ? {} : objectAt(json, 'policy');
  checkKeys(document, TOP_LEVEL_KEYS, 'policy');
  const defaults = DEFAULT_POLICY_JSON as unknown as JsonObject;
  const { clients: clientsGiven, ...given } = document;

  // Hours and sla given at the base replace the defaults; everything else merges.
  const base = deepMerge(defaults, given) as Record<string, Json>;
  base.clients = {};
  if (given.sla !== undefined) base.sla = given.sla;
  if (isObject(given.calendar) && given.calendar.hours !== undefined) {
    base.calendar = { ...(base.calendar as JsonObject), hours: given.calendar.hours };
  }
  const policy = policyAt(base, 'policy');
  policy.defaulted = defaultedKeys(given);

  const clientsObject = clientsGiven === undefined ? {} : objectAt(clientsGiven, 'policy.clients');
  for (const [name, override] of Object.entries(clientsObject)) {
    const path = `policy.clients.${name}`;
    const partial = objectAt(override, path);
    if (partial.clients !== undefined) fail(`${path}.clients`, 'client overrides cannot have clients');
    checkKeys(partial, TOP_LEVEL_KEYS, path);
    const client = policyAt(deepMerge(base, partial) as JsonObject, path);
    client.defaulted = defaultedKeys(given, partial);
    setOwn(policy.clients, name, client);
  }
  return policy;
}

/**
 * The policy that applies to one client: its complete override from `policy.clients`, else the
 * base policy (also for `null`, the base's own calendar and targets).
 *
 * @example
 * ```ts
 * policyFor(policy, 'Bistro').calendar.hours.sat; // Bistro's Saturday hours
 * policyFor(policy, null) === policy; // true
 * ```
 */
export function policyFor(policy: Policy, client: string | null): Policy {
  if (client === null || !Object.prototype.hasOwnProperty.call(policy.clients, client)) return policy;
  return policy.clients[client]!;
}
