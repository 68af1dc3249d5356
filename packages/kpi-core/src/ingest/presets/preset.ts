import { addMonths } from '../../internal/date-fns.js';
import { TZDate } from '@date-fns/tz';
import type { AssetField, TicketField } from '../../model/fields.js';
import type { DecimalSeparator, DurationUnit } from '../numbers.js';

/** How a source cell becomes a canonical value. */
export type ValueSpec =
  | { kind: 'string' }
  | { kind: 'instant' }
  | { kind: 'date' }
  | { kind: 'number' }
  | { kind: 'duration'; unit: DurationUnit }
  | { kind: 'months' };

/** Fields whose values go through a value map. */
export const MAPPED_FIELDS = ['priority', 'type', 'status', 'maintenanceType', 'impact', 'slaResponseVerdict', 'slaResolutionVerdict'] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** Typed columns handed to a preset's `derive` hook after parsing (same length, same rows). */
export interface DeriveContext {
  length: number;
  /** Time zone in which local dates were read. */
  timeZone: string;
  /** Canonical numeric/instant/date columns by field name (NaN = missing). */
  numbers: Record<string, Float64Array>;
  /** Canonical string columns by field name. */
  strings: Record<string, (string | null)[]>;
  /** The preset's extra columns, parsed with their spec (present only when found in the file). */
  extras: Record<string, Float64Array | (string | null)[]>;
}

/** An extra source column a preset reads for a derive hook or an event-log order. */
export interface ExtraColumn {
  headers: readonly string[];
  value: ValueSpec;
}

/**
 * A preset maps one tool's export onto the canonical model: header aliases per field (matched
 * case- and accent-insensitively, first alias found wins), value parsers where a field's
 * default (by its kind) does not fit, value maps, and optional hooks. Presets are data.
 */
export interface Preset<F extends string = TicketField | AssetField> {
  name: string;
  kind: 'tickets' | 'assets';
  /** Where the header names and value formats come from (FORMATS.md). */
  source: string;
  columns: Partial<Record<F, readonly string[]>>;
  values?: Partial<Record<F, ValueSpec>>;
  /** Value maps: source value (matched case- and accent-insensitively) → canonical value. */
  maps?: Partial<Record<MappedField, Record<string, string>>>;
  /** String transforms applied before value maps (e.g. last segment of a GLPI entity path). */
  transforms?: Partial<Record<F, (value: string) => string | null>>;
  /** Cell texts that mean "no value" besides the empty cell (ServiceNow event log: `?`). */
  nullMarkers?: readonly string[];
  decimal?: DecimalSeparator;
  extras?: Record<string, ExtraColumn>;
  /** Column-level hook run after parsing, before the quality checks. */
  derive?: (context: DeriveContext) => void;
  /** Event-log export: keep the latest row per id, by this extra (instant) column. */
  eventLog?: { orderBy: string };
}

/** A ticket preset. */
export type TicketPreset = Preset<TicketField>;
/** An asset preset. */
export type AssetPreset = Preset<AssetField>;

/**
 * The header as matched: lower case, accents removed, spaces collapsed, trimmed.
 *
 * @example normalizeHeader('  Date  d’ouverture ') // "date d'ouverture"
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The last segment of a GLPI tree path (`Entité racine > Bistro` → `Bistro`).
 *
 * @example lastPathSegment('Root entity > Clients > Bistro') // 'Bistro'
 */
export function lastPathSegment(value: string): string | null {
  const cut = value.lastIndexOf(' > ');
  const last = (cut < 0 ? value : value.slice(cut + 3)).trim();
  return last === '' ? null : last;
}

/**
 * Fills `target` (a date column) with `start` + `months` calendar months, as a local midnight
 * in `timeZone`, where `target` is missing (GLPI/Snipe-IT warranty end from its duration).
 */
export function fillAddMonths(target: Float64Array, start: Float64Array, months: Float64Array, timeZone: string): void {
  for (let i = 0; i < target.length; i++) {
    if (!Number.isNaN(target[i]!) || Number.isNaN(start[i]!) || Number.isNaN(months[i]!)) continue;
    target[i] = addMonths(new TZDate(start[i]!, timeZone), Math.round(months[i]!)).getTime();
  }
}

/** Adds `minutes` (a duration column) to `base` (an instant column) where `target` is missing. */
export function fillFromOffset(target: Float64Array, base: Float64Array, minutes: Float64Array): void {
  for (let i = 0; i < target.length; i++) {
    if (Number.isNaN(target[i]!) && !Number.isNaN(minutes[i]!)) target[i] = base[i]! + Math.round(minutes[i]!) * 60_000;
  }
}
