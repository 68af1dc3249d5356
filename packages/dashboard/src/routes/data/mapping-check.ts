import type { Inspection, UserMapping, ValueMappedField } from '$lib/engine/protocol.js';
import { normalizeHeader } from '$lib/engine/signature.js';

/** Words the reader takes as they are (P1…P5, incident…): no value map needed. */
const CANONICAL: Partial<Record<ValueMappedField, readonly string[]>> = {
  priority: ['p1', 'p2', 'p3', 'p4', 'p5'],
  type: ['incident', 'request', 'problem', 'change'],
};

/**
 * The required fields (ticket id and opening date, asset id) that have no column yet: the
 * screen says so in words, and the analysis waits for them.
 *
 * @example missingRequired({ required: ['id', 'openedAt'] } as Inspection, { columns: { id: 'N°' }, values: {} }) // ['openedAt']
 */
export function missingRequired(inspection: Pick<Inspection, 'required'>, mapping: UserMapping): string[] {
  return inspection.required.filter((field) => !mapping.columns[field]);
}

/**
 * Values of the status and priority columns that no map gives a meaning to yet (neither the
 * mapping's nor the preset's, and not a canonical word), at most eight per field: a status
 * without a class or a priority the reader would leave empty.
 *
 * @example
 * unmatchedValues(inspection, { columns: { status: 'Estado' }, values: { status: { aberto: 'open' } } })
 * // [{ field: 'status', values: ['Bloqueado'] }]
 */
export function unmatchedValues(inspection: Pick<Inspection, 'distinctValues' | 'presetMaps'>, mapping: UserMapping): { field: ValueMappedField; values: string[] }[] {
  const out: { field: ValueMappedField; values: string[] }[] = [];
  for (const field of ['status', 'priority'] as const) {
    const column = mapping.columns[field];
    const values = column === undefined ? undefined : inspection.distinctValues[column];
    if (values === undefined) continue;
    const preset = inspection.presetMaps[field] ?? {};
    const own = mapping.values[field] ?? {};
    const canonical = CANONICAL[field] ?? [];
    const left = values.filter((value) => own[value] === undefined && preset[normalizeHeader(value)] === undefined && !canonical.includes(normalizeHeader(value)));
    if (left.length > 0) out.push({ field, values: left.slice(0, 8) });
  }
  return out;
}
