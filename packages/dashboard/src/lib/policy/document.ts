/**
 * The policy editor's fields over a policy document (DESIGN §2, the JSON that the CLI's
 * `--policy` reads): each field names a path in the document, how its value is written in a
 * text box, and whether the document gives it or the default applies. Pure: the page shows and
 * edits, kpi-core's `parsePolicy` validates (see `validate.ts`).
 */

/** A policy document as JSON (what `policy.json` holds). */
export type PolicyDocument = Record<string, unknown>;

export const POLICY_PRIORITIES = ['P1', 'P2', 'P3', 'P4', 'P5'] as const;
export const POLICY_WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * How a field is written in its text box: `duration` ("4h", "30m"; empty = no target),
 * `number` (empty = not set), `text`, `spans` ("08:30-12:30, 13:30-18:00"; empty = closed),
 * `list` (comma-separated; empty = none), `clock` (business or 24x7).
 */
export type FieldKind = 'duration' | 'number' | 'text' | 'spans' | 'list' | 'clock';

export interface PolicyField {
  /** `sla.P2.resolution`: the path in the document, also the field's id and test id. */
  id: string;
  path: readonly string[];
  kind: FieldKind;
}

function field(id: string, kind: FieldKind): PolicyField {
  return { id, path: id.split('.'), kind };
}

/** The editor's fields by group, in the order of the page. */
export const POLICY_FIELDS = {
  sla: POLICY_PRIORITIES.flatMap((p) => [field(`sla.${p}.response`, 'duration'), field(`sla.${p}.resolution`, 'duration'), field(`sla.${p}.clock`, 'clock')]),
  calendar: [
    field('timezone', 'text'),
    ...POLICY_WEEKDAYS.map((day) => field(`calendar.hours.${day}`, 'spans')),
    field('calendar.holidays.country', 'text'),
    field('calendar.holidays.region', 'text'),
    field('calendar.closedDays', 'list'),
    field('pauseStatuses', 'list'),
  ],
  money: [field('rates.userHourly', 'number'), field('rates.technicianHourly', 'number'), field('rates.currency', 'text'), field('headcount', 'number')],
  impact: [
    field('impactFactors.outage', 'number'),
    field('impactFactors.degraded', 'number'),
    field('impactFactors.minor', 'number'),
    ...POLICY_PRIORITIES.map((p) => field(`priorityImpact.${p}`, 'number')),
  ],
  other: [
    field('recurrence.key', 'list'),
    field('recurrence.windowDays', 'number'),
    field('recurrence.minOccurrences', 'number'),
    field('recurrence.minKeyedShare', 'number'),
    field('minAssetShare', 'number'),
    field('slaAdherenceTarget', 'number'),
    field('usefulLifeMonths.default', 'number'),
    field('confidence', 'number'),
  ],
} as const satisfies Record<string, readonly PolicyField[]>;

export type FieldGroup = keyof typeof POLICY_FIELDS;

/** Every field, by id. */
export const FIELD_BY_ID: ReadonlyMap<string, PolicyField> = new Map(Object.values(POLICY_FIELDS).flatMap((fields) => fields.map((f) => [f.id, f] as const)));

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value at `path`, or undefined when the document does not give it. */
export function valueAt(document: unknown, path: readonly string[]): unknown {
  let value: unknown = document;
  for (const key of path) {
    if (!isObject(value) || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

/** A value as its text box shows it. */
function toText(value: unknown, kind: FieldKind): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(String).join(kind === 'spans' ? ', ' : ', ');
  if (kind === 'duration' && typeof value === 'number') return `${value}m`;
  return String(value);
}

/**
 * The text a field's box holds: the document's value, or '' when the document does not give it
 * (the page then shows the default as a placeholder; see {@link defaultText}).
 *
 * @example
 * fieldText({ sla: { P2: { response: '1h' } } }, FIELD_BY_ID.get('sla.P2.response')!); // → '1h'
 * fieldText({ rates: { userHourly: 42 } }, FIELD_BY_ID.get('rates.userHourly')!); // → '42'
 */
export function fieldText(document: PolicyDocument, field: PolicyField): string {
  return toText(valueAt(document, field.path), field.kind);
}

/**
 * Whether the value of a field comes from the defaults: the document does not give it. An `sla`
 * or `calendar.hours` given in the document replaces the whole default table (kpi-core's rule):
 * then a priority or weekday it leaves out has no target or is closed — not a default.
 *
 * @example
 * isDefault({}, FIELD_BY_ID.get('sla.P2.resolution')!); // → true (8h, the default)
 * isDefault({ sla: { P1: { resolution: '4h' } } }, FIELD_BY_ID.get('sla.P2.resolution')!); // → false (no P2 target)
 */
export function isDefault(document: PolicyDocument, field: PolicyField): boolean {
  const table = replacedTable(field);
  if (table !== null && valueAt(document, table) !== undefined) return false;
  return valueAt(document, field.path) === undefined;
}

/**
 * What applies when the document does not give a field, as text: the default of `defaults`
 * (kpi-core's `DEFAULT_POLICY_JSON`), '' when there is none (no rate, no headcount, no target),
 * and '' too inside a table the document gives (closed day, no target).
 *
 * @example
 * defaultText({}, FIELD_BY_ID.get('sla.P2.resolution')!, DEFAULT_POLICY_JSON); // → '8h'
 * defaultText({}, FIELD_BY_ID.get('rates.userHourly')!, DEFAULT_POLICY_JSON); // → ''
 */
export function defaultText(document: PolicyDocument, field: PolicyField, defaults: unknown): string {
  if (!isDefault(document, field)) {
    // Inside a given SLA entry: a missing clock is business, a missing target none.
    return field.kind === 'clock' ? 'business' : '';
  }
  return toText(valueAt(defaults, field.path), field.kind);
}

/** `sla` and `calendar.hours` replace the default table as a whole when given. */
function replacedTable(field: PolicyField): readonly string[] | null {
  if (field.path[0] === 'sla') return ['sla'];
  if (field.path[0] === 'calendar' && field.path[1] === 'hours') return ['calendar', 'hours'];
  return null;
}

/** A number as typed ("42", "42,5"), or the text itself when it is not one (parsePolicy says why). */
function numberOf(text: string): number | string {
  const plain = text.trim().replace(/\s/g, '').replace(',', '.');
  const n = Number(plain);
  return plain !== '' && Number.isFinite(n) ? n : text.trim();
}

function listOf(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The document value of a field's text; undefined removes the key (the default applies). */
function fromText(text: string, field: PolicyField): unknown {
  const trimmed = text.trim();
  switch (field.kind) {
    case 'duration':
      // Empty: no target for this priority (null), not the default.
      return trimmed === '' ? null : /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
    case 'number':
      return trimmed === '' ? undefined : numberOf(trimmed);
    case 'spans':
    case 'list':
      return listOf(text);
    case 'clock':
      return trimmed === '' ? 'business' : trimmed;
    case 'text':
      if (field.id === 'calendar.holidays.country' || field.id === 'calendar.holidays.region') return trimmed === '' ? null : trimmed;
      return trimmed === '' ? undefined : trimmed;
  }
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The document with one field set from its text box (a new document; the input is not
 * changed). The first SLA target or opening hours set copy the whole default table into the
 * document first, so the other priorities and days keep the values shown rather than losing
 * them (kpi-core replaces the default table with a given one). An empty number removes the key:
 * a rate or headcount left empty is not set (money is never assumed).
 *
 * @example
 * setFieldText({}, FIELD_BY_ID.get('rates.userHourly')!, '42', DEFAULT_POLICY_JSON); // → { rates: { userHourly: 42 } }
 * setFieldText({}, FIELD_BY_ID.get('sla.P2.resolution')!, '6h', DEFAULT_POLICY_JSON).sla.P1; // → the default P1 target
 */
export function setFieldText(document: PolicyDocument, field: PolicyField, text: string, defaults: unknown): PolicyDocument {
  const out = clone(document);
  const table = replacedTable(field);
  if (table !== null && valueAt(out, table) === undefined) {
    setAt(out, table, clone(valueAt(defaults, table) ?? {}));
  }
  const value = fromText(text, field);
  if (value === undefined) removeAt(out, field.path);
  else setAt(out, field.path, value);
  return out;
}

function setAt(document: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let at = document;
  for (const key of path.slice(0, -1)) {
    if (!isObject(at[key])) at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  at[path[path.length - 1]!] = value;
}

/** Removes a key, and the objects it leaves empty. */
function removeAt(document: Record<string, unknown>, path: readonly string[]): void {
  const parents: Array<[Record<string, unknown>, string]> = [];
  let at: unknown = document;
  for (const key of path.slice(0, -1)) {
    if (!isObject(at)) return;
    parents.push([at, key]);
    at = at[key];
  }
  if (!isObject(at)) return;
  delete at[path[path.length - 1]!];
  for (let i = parents.length - 1; i >= 0; i--) {
    const [parent, key] = parents[i]!;
    const child = parent[key];
    if (isObject(child) && Object.keys(child).length === 0) delete parent[key];
    else break;
  }
}

/** Whether the document's preventive plan or client overrides are set (kept as imported; the form does not edit them). */
export function keptAsImported(document: PolicyDocument): { plan: number; clients: string[] } {
  const plan = valueAt(document, ['preventivePlan']);
  const clients = valueAt(document, ['clients']);
  return { plan: Array.isArray(plan) ? plan.length : 0, clients: isObject(clients) ? Object.keys(clients) : [] };
}
