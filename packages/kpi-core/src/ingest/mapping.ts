import {
  ASSET_FIELDS,
  IMPACTS,
  MAINTENANCE_TYPES,
  PRIORITIES,
  SLA_VERDICTS,
  STATUS_CLASSES,
  TICKET_FIELDS,
  TICKET_TYPES,
  type AssetField,
  type TicketField,
} from '../model/fields.js';
import { RevueError } from '../internal/errors.js';
import { dateFormatProblem } from './dates.js';
import { normalizeEncoding, type Encoding } from './decode.js';
import { ERROR_TEXT } from './messages.js';
import type { DecimalSeparator } from './numbers.js';
import { DURATION_FIELDS, DURATION_UNITS, INSTANT_DURATION_FIELDS, type DurationField, type DurationUnitName } from './durations.js';
import { presetsOf } from './presets/index.js';
import { MAPPED_FIELDS, type MappedField } from './presets/preset.js';

/**
 * A user-supplied mapping (DESIGN §3): it overrides or extends the chosen preset, or reads an
 * export no preset knows. Every key is optional; a ticket file still needs a column for `id`
 * and `openedAt`, from the mapping or from the preset. Keys starting with `$` (`$comment`, the
 * `$proposal` that `revue mapping` writes) are notes for people and are ignored.
 */
export interface Mapping {
  /**
   * A preset of the file's kind whose columns, value maps, transforms and cleaning are kept;
   * the mapping changes only what it says. Without it, a mapping applies over the detected
   * preset when one is confident, and alone otherwise.
   */
  extends?: string;
  /** One character: `,`, `;`, tab or another; detected when absent. */
  delimiter?: string;
  encoding?: Encoding;
  decimal?: DecimalSeparator;
  /** date-fns tokens (`dd/MM/yyyy HH:mm:ss`) or `excel`; applies to every date column. */
  dateFormat?: string;
  /**
   * Canonical field → source column header, as written in the file. A column the file lacks
   * refuses the file for a required field and is a warning for an optional one (the preset's
   * own column is read instead, when the file has one), so one mapping serves many exports.
   */
  columns: Partial<Record<TicketField | AssetField, string>>;
  /** Value maps: source value → canonical value, merged over the preset's maps (`status` → a status class). */
  values: Partial<Record<MappedField, Record<string, string>>>;
  /**
   * Placeholder texts read as empty (`"-"`, `"1900-01-01 00:00:00"`), matched exactly after
   * trimming: under `*` in every column, under a field name in that field's column only (`"0"`
   * for "no asset" must not empty a cost of 0). The JSON may give a plain list for `*`.
   */
  empty?: Partial<Record<TicketField | AssetField | '*', string[]>>;
  /**
   * Duration columns (ticket files), by source column: `resolvedAt`, `closedAt` or
   * `firstResponseAt` = `openedAt` + the duration where the file gives no instant (flagged
   * `resolution-from-duration`, or `response-from-duration` for the first response), or
   * `effortMinutes` / `pausedMinutes` read in that unit.
   */
  durations?: Record<string, { field: DurationField; unit: DurationUnitName }>;
  /**
   * Fields whose column is a list of labels or tags (`bug, priority::1, status::waiting`,
   * GitLab's `Labels`): field → the prefix of the label that holds its value. The value is that
   * label without its prefix (`priority::1` → `1`), read through the value maps as any cell;
   * a row without such a label has no value for the field.
   */
  labels?: Partial<Record<TicketField | AssetField, string>> & {
    /**
     * Status labels in another column than the status (`{ "column": "Labels", "prefix": "status::" }`
     * beside `columns.status: "State"`, GitLab's scoped `status::waiting`): while the status column
     * says the ticket is open or pending, a label whose word the status map classes open or
     * pending is its status; a closed, resolved or cancelled status stands.
     */
    statusLabels?: { column: string; prefix: string };
  };
  /**
   * The unit of a bare number in a column that may carry its own (`36 mois`, `3 years`): an asset
   * file's `usefulLifeMonths` in `years` (Jamf Pro's `Life Expectancy` writes `4` for four years);
   * months when absent.
   */
  units?: { usefulLifeMonths?: 'months' | 'years' };
}

/** The value a list of labels holds under a prefix (case ignored), or null: `labelValue('bug, priority::1', 'priority::')` is `1`. */
export function labelValue(cell: string, prefix: string): string | null {
  const wanted = prefix.toLowerCase();
  for (const part of cell.split(/[,;\n]/)) {
    const label = part.trim();
    if (label.length > wanted.length && label.toLowerCase().startsWith(wanted)) return label.slice(wanted.length).trim();
  }
  return null;
}

/**
 * A mapping as a person writes it (the JSON): every key optional, `empty` a list or an object.
 * `readTickets`, `readAssets` and `parseMapping` check it and say which key is wrong.
 */
export interface MappingInput {
  extends?: string;
  delimiter?: string;
  encoding?: string;
  decimal?: string;
  dateFormat?: string;
  columns?: Partial<Record<string, string>>;
  values?: Partial<Record<string, Record<string, string>>>;
  empty?: readonly string[] | Partial<Record<string, readonly string[]>>;
  durations?: Record<string, { field: string; unit: string }>;
  labels?: Partial<Record<string, string | { column: string; prefix: string }>>;
  units?: Partial<Record<string, string>>;
  /** Notes for people (`$comment`, `$proposal`), ignored. */
  [note: `$${string}`]: unknown;
}

/** Options of {@link parseMapping}. */
export interface ParseMappingOptions {
  /** Which fields `columns` may name; default `tickets`. */
  kind?: 'tickets' | 'assets';
  /** File the mapping came from, named by every error (`RevueError.file`). */
  fileName?: string;
}

const ALLOWED_TARGETS: Partial<Record<MappedField, readonly string[]>> = {
  priority: PRIORITIES,
  type: TICKET_TYPES,
  maintenanceType: MAINTENANCE_TYPES,
  impact: IMPACTS,
  slaResponseVerdict: SLA_VERDICTS,
  slaResolutionVerdict: SLA_VERDICTS,
  status: STATUS_CLASSES,
};


/** Sets an own property, also for a key such as `__proto__` that plain assignment would misread. */
function setOwn(object: Record<string, string>, key: string, value: string): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates a mapping given as JSON text or as a parsed object (a plain object written by hand,
 * or what `parseMapping` or `proposeMapping` returned: parsing is idempotent); each error names
 * the key (`mapping values.priority.urgent must be one of P1, P2, P3, P4, P5`).
 *
 * @example
 * parseMapping('{"columns": {"id": "Incident ID", "openedAt": "Open Time"}, "values": {"priority": {"1": "P1"}}}')
 * // { columns: { id: 'Incident ID', openedAt: 'Open Time' }, values: { priority: { '1': 'P1' } } }
 * @example
 * parseMapping({ extends: 'glpi', empty: ['-'], columns: { assetId: 'Ativo' } }).empty // { '*': ['-'] }
 */
export function parseMapping(json: string | unknown, options: ParseMappingOptions = {}): Mapping {
  const where = options.fileName === undefined ? {} : { file: options.fileName };
  const fail: (key: string, expected: string) => never = (key, expected) => {
    throw new RevueError('bad-mapping', ERROR_TEXT.badMapping(key, expected), where);
  };
  let raw: unknown = json;
  if (typeof json === 'string') {
    try {
      raw = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
    } catch {
      fail('(document)', 'valid JSON');
    }
  }
  if (!isRecord(raw)) fail('(document)', 'a JSON object');
  const kind = options.kind ?? 'tickets';
  const known = new Set(['extends', 'delimiter', 'encoding', 'decimal', 'dateFormat', 'columns', 'values', 'empty', 'durations', 'labels', 'units']);
  for (const key of Object.keys(raw)) {
    if (!known.has(key) && !key.startsWith('$')) fail(key, `one of ${[...known].join(', ')} (unknown key; notes go under keys starting with $)`);
  }
  const mapping: Mapping = { columns: {}, values: {} };
  if (raw['extends'] !== undefined) {
    const presets = Object.keys(presetsOf(kind));
    if (typeof raw['extends'] !== 'string' || !presets.includes(raw['extends'])) fail('extends', `one of the ${kind} presets: ${presets.join(', ')}`);
    mapping.extends = raw['extends'];
  }
  if (raw['delimiter'] !== undefined) {
    const d = raw['delimiter'];
    if (typeof d !== 'string' || d.length !== 1 || d === '"' || d === '\n' || d === '\r') fail('delimiter', 'one character');
    mapping.delimiter = d;
  }
  if (raw['encoding'] !== undefined) {
    if (typeof raw['encoding'] !== 'string') fail('encoding', 'a string');
    try {
      mapping.encoding = normalizeEncoding(raw['encoding']);
    } catch {
      fail('encoding', 'utf-8, windows-1252, utf-16le or utf-16be');
    }
  }
  if (raw['decimal'] !== undefined) {
    if (raw['decimal'] !== ',' && raw['decimal'] !== '.') fail('decimal', '"," or "."');
    mapping.decimal = raw['decimal'];
  }
  if (raw['dateFormat'] !== undefined) {
    if (typeof raw['dateFormat'] !== 'string' || raw['dateFormat'].trim() === '') fail('dateFormat', 'a date-fns format string');
    const problem = dateFormatProblem(raw['dateFormat']);
    if (problem !== null) fail('dateFormat', `a date format with a day, a month and a year, such as "dd/MM/yyyy HH:mm", or "excel" (${JSON.stringify(raw['dateFormat'])}: ${problem})`);
    mapping.dateFormat = raw['dateFormat'];
  }
  const fields: Record<string, unknown> = kind === 'assets' ? ASSET_FIELDS : TICKET_FIELDS;
  if (raw['columns'] !== undefined) {
    const columns = raw['columns'];
    if (!isRecord(columns)) fail('columns', 'an object of field → column name');
    for (const [field, column] of Object.entries(columns)) {
      if (!Object.hasOwn(fields, field)) fail(`columns.${field}`, `a field of the model (${Object.keys(fields).join(', ')})`);
      if (typeof column !== 'string' || column.trim() === '') fail(`columns.${field}`, 'a column name');
      setOwn(mapping.columns as Record<string, string>, field, column);
    }
  }
  if (raw['values'] !== undefined) {
    const values = raw['values'];
    if (!isRecord(values)) fail('values', 'an object of field → value map');
    for (const [field, map] of Object.entries(values)) {
      if (!(MAPPED_FIELDS as readonly string[]).includes(field)) fail(`values.${field}`, `one of ${MAPPED_FIELDS.join(', ')}`);
      if (!isRecord(map)) fail(`values.${field}`, 'an object of source value → canonical value');
      const allowed = ALLOWED_TARGETS[field as MappedField];
      const out: Record<string, string> = {};
      for (const [source, target] of Object.entries(map)) {
        if (typeof target !== 'string') fail(`values.${field}.${source}`, 'a string');
        if (allowed !== undefined && !allowed.includes(target)) fail(`values.${field}.${source}`, `one of ${allowed.join(', ')}`);
        setOwn(out, source, target);
      }
      mapping.values[field as MappedField] = out;
    }
  }
  if (raw['empty'] !== undefined) {
    const empty = raw['empty'];
    const texts = (key: string, list: unknown): string[] => {
      if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) fail(key, 'a list of texts');
      return (list as string[]).map((item) => item.trim());
    };
    const out: Record<string, string[]> = {};
    if (Array.isArray(empty)) setOwnList(out, '*', texts('empty', empty));
    else if (isRecord(empty)) {
      for (const [field, list] of Object.entries(empty)) {
        if (field !== '*' && !Object.hasOwn(fields, field)) fail(`empty.${field}`, 'a field of the model or "*" (every column)');
        setOwnList(out, field, texts(`empty.${field}`, list));
      }
    } else fail('empty', 'a list of texts, or an object of field (or "*") → list of texts');
    mapping.empty = out;
  }
  if (raw['durations'] !== undefined) {
    const durations = raw['durations'];
    if (kind === 'assets') fail('durations', 'absent: durations apply to ticket files');
    if (!isRecord(durations)) fail('durations', 'an object of column name → { "field": …, "unit": … }');
    const out: Record<string, { field: DurationField; unit: DurationUnitName }> = {};
    const seen = new Set<string>();
    for (const [key, spec] of Object.entries(durations)) {
      if (key.trim() === '') fail('durations', 'keyed by column names');
      if (!isRecord(spec)) fail(`durations.${key}`, 'an object { "field": …, "unit": … }');
      // Two shapes: by column ({ "calendar_duration": { "field": "resolvedAt", … } }) or by
      // field ({ "resolvedAt": { "column": "calendar_duration", … } }); kept by column.
      const byField = spec['column'] !== undefined;
      if (byField && typeof spec['column'] !== 'string') fail(`durations.${key}.column`, 'a column name');
      const column = byField ? (spec['column'] as string) : key;
      const field = byField ? key : spec['field'];
      const where = byField ? `durations.${key}` : `durations.${key}.field`;
      if (typeof field !== 'string' || !(DURATION_FIELDS as readonly string[]).includes(field)) fail(where, `one of ${DURATION_FIELDS.join(', ')}`);
      if (seen.has(field)) fail(where, `used once (${field} already has a duration column)`);
      seen.add(field);
      // An amount is read from one column; an instant may have its column and a duration that fills its gaps.
      if (!INSTANT_DURATION_FIELDS.includes(field as DurationField) && Object.hasOwn(mapping.columns, field)) {
        fail(where, `absent from columns (${field} is read from columns.${field} already)`);
      }
      const unit = spec['unit'];
      if (typeof unit !== 'string' || !(DURATION_UNITS as readonly string[]).includes(unit)) fail(`durations.${key}.unit`, `one of ${DURATION_UNITS.join(', ')}`);
      const allowed = byField ? ['column', 'unit'] : ['field', 'unit'];
      for (const name of Object.keys(spec)) if (!allowed.includes(name)) fail(`durations.${key}.${name}`, `absent (only ${allowed.join(' and ')})`);
      Object.defineProperty(out, column, { value: { field: field as DurationField, unit: unit as DurationUnitName }, enumerable: true, writable: true, configurable: true });
    }
    mapping.durations = out;
  }
  if (raw['labels'] !== undefined) {
    const labels = raw['labels'];
    if (!isRecord(labels)) fail('labels', 'an object of field → label prefix (e.g. { "priority": "priority::" })');
    const out: Record<string, string> & { statusLabels?: { column: string; prefix: string } } = {};
    for (const [field, prefix] of Object.entries(labels)) {
      if (field === 'statusLabels' && kind === 'tickets') {
        if (!isRecord(prefix) || typeof prefix['column'] !== 'string' || typeof prefix['prefix'] !== 'string' || prefix['column'].trim() === '' || prefix['prefix'].trim() === '') {
          fail('labels.statusLabels', 'an object { "column": "Labels", "prefix": "status::" }');
        }
        out.statusLabels = { column: prefix['column'] as string, prefix: (prefix['prefix'] as string).trim() };
        continue;
      }
      if (!Object.hasOwn(fields, field)) fail(`labels.${field}`, `a field of the model (${Object.keys(fields).join(', ')})`);
      if (typeof prefix !== 'string' || prefix.trim() === '') fail(`labels.${field}`, 'a label prefix such as "priority::"');
      setOwn(out, field, prefix.trim());
    }
    mapping.labels = out;
  }
  if (raw['units'] !== undefined) {
    const units = raw['units'];
    if (!isRecord(units)) fail('units', 'an object such as { "usefulLifeMonths": "years" }');
    for (const [field, unit] of Object.entries(units)) {
      if (field !== 'usefulLifeMonths' || kind !== 'assets') fail(`units.${field}`, 'usefulLifeMonths (an asset file\'s useful life)');
      if (unit !== 'months' && unit !== 'years') fail(`units.${field}`, '"months" or "years"');
      mapping.units = { usefulLifeMonths: unit };
    }
  }
  return mapping;
}

function setOwnList(object: Record<string, string[]>, key: string, value: string[]): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}
