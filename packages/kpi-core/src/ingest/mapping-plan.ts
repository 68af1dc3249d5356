/**
 * How a mapping changes the preset a file is read with (DESIGN §3, "Mappings for the long
 * tail"): its columns replace the preset's for the fields it names, a column the file lacks
 * leaves the preset's own column in place, its duration columns become extra columns, and its
 * `empty` placeholders join the preset's null markers. The reader (`read.ts`) asks these small
 * functions and keeps its loop as it was.
 */
import { INSTANT_DURATION_FIELDS, durationUnit, instantFromDuration } from './durations.js';
import type { Mapping } from './mapping.js';
import { ISSUE_TEXT, type IssueCode } from './messages.js';
import { DURATION_TARGETS, STATUS_LABEL_EXTRA, durationExtra, normalizeHeader, type DurationSource, type DurationTarget, type ExtraColumn, type Preset, type ValueSpec } from './presets/preset.js';

/** The targets a preset's duration columns fill too (resolvedAt, closedAt): the mapping's join them there. */
const PRESET_TARGETS: readonly string[] = DURATION_TARGETS;

/** The columns a file is read with, once a mapping is laid over its preset. */
export interface MappingColumns {
  /** Field → source header aliases, first found wins (the mapping's column alone when the file has it). */
  columns: Record<string, readonly string[]>;
  /** Value parsers where a field's default does not fit (the preset's, and the mapping's duration units). */
  specs: Record<string, ValueSpec>;
  /**
   * The mapping's duration columns to `resolvedAt` and `closedAt`, laid over the preset's
   * `durations` (the reader fills them as it fills a preset's: `status.ts`).
   */
  durations: Partial<Record<DurationTarget, DurationSource>>;
  /** Extra columns of the mapping's other durations to instants (`firstResponseAt`), by `duration:<field>`. */
  extras: Record<string, ExtraColumn>;
  /** Columns the mapping names that the file lacks, with the field each was for. */
  absent: { field: string; column: string }[];
}

/**
 * The preset's columns and value parsers with the mapping laid over them. `has(column)` tells
 * whether the file has a column (headers compared as the reader compares them).
 *
 * @example
 * mappingColumns(glpiTickets, { columns: { assetId: 'Ativo' }, values: {} }, () => false).absent
 * // [{ field: 'assetId', column: 'Ativo' }] — GLPI's own 'Éléments associés' stays in `columns`
 */
export function mappingColumns(preset: Preset, mapping: Mapping | undefined, has: (column: string) => boolean): MappingColumns {
  const columns: Record<string, readonly string[]> = { ...(preset.columns as Record<string, readonly string[]>) };
  const specs: Record<string, ValueSpec> = { ...((preset.values ?? {}) as Record<string, ValueSpec>) };
  const extras: Record<string, ExtraColumn> = {};
  const durations: Partial<Record<DurationTarget, DurationSource>> = {};
  const absent: { field: string; column: string }[] = [];
  for (const [field, column] of Object.entries(mapping?.columns ?? {}) as [string, string][]) {
    if (has(column)) columns[field] = [column];
    else absent.push({ field, column });
  }
  if (mapping?.units?.usefulLifeMonths !== undefined) specs['usefulLifeMonths'] = { kind: 'months', bare: mapping.units.usefulLifeMonths };
  const statusLabels = mapping?.labels?.statusLabels;
  if (statusLabels !== undefined) {
    if (has(statusLabels.column)) extras[STATUS_LABEL_EXTRA] = { headers: [statusLabels.column], value: { kind: 'string' } };
    else absent.push({ field: 'status', column: statusLabels.column });
  }
  for (const [column, { field, unit }] of Object.entries(mapping?.durations ?? {})) {
    if (!has(column)) {
      absent.push({ field, column });
      continue;
    }
    const spec: ValueSpec = { kind: 'duration', unit: durationUnit(unit) };
    if (PRESET_TARGETS.includes(field)) durations[field as DurationTarget] = { headers: [column], unit: durationUnit(unit) };
    else if (INSTANT_DURATION_FIELDS.includes(field)) extras[durationExtra(field as DurationTarget)] = { headers: [column], value: spec };
    else {
      columns[field] = [column];
      specs[field] = spec;
    }
  }
  return { columns, specs, durations, extras, absent };
}

/**
 * The texts read as empty in a field's column: the preset's null markers, the mapping's
 * `empty['*']` and `empty[field]` (`*` for an extra column); null when there are none.
 *
 * @example markersFor(servicenowTickets, { columns: {}, values: {}, empty: { assetId: ['0'] } }, 'assetId') // Set { '?', '0' }
 */
export function markersFor(preset: Preset, mapping: Mapping | undefined, field: string): Set<string> | null {
  const empty = mapping?.empty ?? {};
  const list = [...(preset.nullMarkers ?? []), ...(empty['*'] ?? []), ...(field === '*' ? [] : ((empty as Record<string, string[] | undefined>)[field] ?? []))];
  return list.length === 0 ? null : new Set(list);
}

/**
 * The duration sources a file was read with, for the status rules: the preset's, with the
 * mapping's laid over for the targets whose column the file has (the reader read that column
 * under `duration:<target>`, whose header `headerOf` gives).
 */
export function durationSources(
  preset: Preset | null,
  mapping: Mapping | undefined,
  headerOf: Record<string, string>,
): Partial<Record<DurationTarget, DurationSource>> {
  const sources: Partial<Record<DurationTarget, DurationSource>> = { ...(preset?.durations ?? {}) };
  for (const [column, { field, unit }] of Object.entries(mapping?.durations ?? {})) {
    if (!PRESET_TARGETS.includes(field)) continue;
    const read = headerOf[durationExtra(field as DurationTarget)];
    if (read !== undefined && normalizeHeader(read) === normalizeHeader(column)) sources[field as DurationTarget] = { headers: [column], unit: durationUnit(unit) };
  }
  return sources;
}

/**
 * Applies a mapping's duration column to the first response (`openedAt` + the duration where
 * the file gives no first response), flagging each row filled `response-from-duration`, so that a
 * reader of the quality report tells a computed first response from a computed resolution
 * (`resolution-from-duration`); the resolution and closing durations go through the status rules
 * with the preset's.
 */
export function applyMappingDurations(
  columns: { extras: Record<string, Float64Array | (string | null)[]>; numbers: Record<string, Float64Array>; headerOf: Record<string, string>; lines: Float64Array },
  addIssue: (code: IssueCode, row: number, column: string | null, text: string | (() => string)) => void,
): void {
  const name = durationExtra('firstResponseAt' as DurationTarget);
  const minutes = columns.extras[name];
  if (!(minutes instanceof Float64Array)) return;
  const header = columns.headerOf[name] ?? null;
  for (const row of instantFromDuration(columns.numbers['firstResponseAt']!, columns.numbers['openedAt']!, minutes)) {
    const total = Math.round(minutes[row]!);
    addIssue('response-from-duration', columns.lines[row]!, header, () => ISSUE_TEXT.resolutionFromDuration('firstResponseAt', total));
  }
}
