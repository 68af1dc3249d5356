import {
  ASSET_FIELDS,
  IMPACTS,
  MAINTENANCE_TYPES,
  PRIORITIES,
  SLA_VERDICTS,
  TICKET_FIELDS,
  TICKET_TYPES,
  type AssetField,
  type TicketField,
} from '../model/fields.js';
import { RevueError } from '../internal/errors.js';
import { normalizeEncoding, type Encoding } from './decode.js';
import { ERROR_TEXT } from './messages.js';
import type { DecimalSeparator } from './numbers.js';
import { MAPPED_FIELDS, type MappedField } from './presets/preset.js';

/**
 * A user-supplied mapping (DESIGN §3): it overrides or extends the chosen preset, or reads an
 * export no preset knows. Every key is optional; a ticket file still needs a column for `id`
 * and `openedAt`, from the mapping or from the preset.
 */
export interface Mapping {
  /** One character: `,`, `;`, tab or another; detected when absent. */
  delimiter?: string;
  encoding?: Encoding;
  decimal?: DecimalSeparator;
  /** date-fns tokens (`dd/MM/yyyy HH:mm:ss`) or `excel`; applies to every date column. */
  dateFormat?: string;
  /** Canonical field → source column header, as written in the file. */
  columns: Partial<Record<TicketField | AssetField, string>>;
  /** Value maps: source value → canonical value, merged over the preset's maps. */
  values: Partial<Record<MappedField, Record<string, string>>>;
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
};


/** Sets an own property, also for a key such as `__proto__` that plain assignment would misread. */
function setOwn(object: Record<string, string>, key: string, value: string): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates a mapping given as JSON text or as a parsed object; each error names the key
 * (`mapping values.priority.urgent must be one of P1, P2, P3, P4, P5`).
 *
 * @example
 * parseMapping('{"columns": {"id": "Incident ID", "openedAt": "Open Time"}, "values": {"priority": {"1": "P1"}}}')
 * // { columns: { id: 'Incident ID', openedAt: 'Open Time' }, values: { priority: { '1': 'P1' } } }
 */
export function parseMapping(json: string | unknown, options: ParseMappingOptions = {}): Mapping {
  const where = options.fileName === undefined ? {} : { file: options.fileName };
  const fail: (key: string, expected: string) => never = (key, expected) => {
    throw new RevueError('bad-mapping', ERROR_TEXT.badMapping(key, expected), where);
  };
  let raw: unknown = json;
  if (typeof json === 'string') {
    try {
      raw = JSON.parse(json);
    } catch {
      fail('(document)', 'valid JSON');
    }
  }
  if (!isRecord(raw)) fail('(document)', 'a JSON object');
  const known = new Set(['delimiter', 'encoding', 'decimal', 'dateFormat', 'columns', 'values']);
  for (const key of Object.keys(raw)) if (!known.has(key)) fail(key, `one of ${[...known].join(', ')} (unknown key)`);
  const mapping: Mapping = { columns: {}, values: {} };
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
    mapping.dateFormat = raw['dateFormat'];
  }
  const fields: Record<string, unknown> = options.kind === 'assets' ? ASSET_FIELDS : TICKET_FIELDS;
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
  return mapping;
}
