import type { Inspection, UserMapping, ValueMappedField } from '$lib/engine/protocol.js';
import { normalizeHeader } from '$lib/engine/signature.js';
import type { Language } from '$lib/i18n/index.js';
import { dateFormatWords } from '@revue/kpi-core/model';

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
 * What the reader makes of a value of a value-mapped field with the mapping as it stands: the
 * mapping's own word, else the preset's map, else how the reader reads it with the preset alone
 * (`Inspection.readAs`, while the field keeps the preset's column), else undefined.
 *
 * @example
 * // ServiceNow in French: no map names "1 - Critique", the preset reads its number.
 * readTarget(inspection, mapping, 'priority', '1 - Critique'); // → 'P1'
 */
export function readTarget(
  inspection: Pick<Inspection, 'presetMaps' | 'presetColumns' | 'readAs'>,
  mapping: UserMapping,
  field: ValueMappedField,
  source: string,
): string | undefined {
  const own = mapping.values[field]?.[source] ?? inspection.presetMaps[field]?.[normalizeHeader(source)];
  if (own !== undefined) return own;
  const column = mapping.columns[field];
  return column !== undefined && column === inspection.presetColumns[field] ? inspection.readAs[field]?.[source] : undefined;
}

/**
 * Values of the status and priority columns that nothing gives a meaning to yet (neither the
 * mapping's map nor the preset's, nor the preset's reading, and not a canonical word), at most
 * eight per field: a status without a class or a priority the reader would leave empty.
 *
 * @example
 * unmatchedValues(inspection, { columns: { status: 'Estado' }, values: { status: { aberto: 'open' } } })
 * // [{ field: 'status', values: ['Bloqueado'] }]
 */
export function unmatchedValues(
  inspection: Pick<Inspection, 'distinctValues' | 'presetMaps' | 'presetColumns' | 'readAs'>,
  mapping: UserMapping,
): { field: ValueMappedField; values: string[] }[] {
  const out: { field: ValueMappedField; values: string[] }[] = [];
  for (const field of ['status', 'priority'] as const) {
    const column = mapping.columns[field];
    const values = column === undefined ? undefined : inspection.distinctValues[column];
    if (values === undefined) continue;
    const canonical = CANONICAL[field] ?? [];
    const left = values.filter((value) => readTarget(inspection, mapping, field, value) === undefined && !canonical.includes(normalizeHeader(value)));
    if (left.length > 0) out.push({ field, values: left.slice(0, 8) });
  }
  return out;
}

/**
 * Columns the proposal left out on purpose that still have no field: a plain due date ("Due
 * Date", « Date d'échéance »), which anyone may set, is not taken as the SLA's resolution
 * deadline; the screen says so, and that the user may choose it when the tool sets it from the SLA.
 *
 * @example
 * setAsideColumns(inspection, mapping); // → [{ column: 'Due Date', field: 'slaResolutionDueAt' }]
 */
export function setAsideColumns(inspection: Pick<Inspection, 'proposal'>, mapping: UserMapping): { column: string; field: string }[] {
  return inspection.proposal.setAside.filter(({ field }) => mapping.columns[field] === undefined);
}

/**
 * Whether the column of `field` is the one the proposal chose on thin evidence (by its values
 * alone, or a name that only comes close) and the user has not changed it: the screen asks to
 * check it, as `revue mapping` does, since a percentage alone did not tell a user that the
 * opening date came from a purchase date.
 *
 * @example unsureField(inspection, mapping, 'openedAt'); // → true while "Date_of_Purchase" at 38 % stays chosen
 */
export function unsureField(inspection: Pick<Inspection, 'proposal'>, mapping: UserMapping, field: string): boolean {
  const proposed = inspection.proposal.fields[field];
  return inspection.proposal.unsure.includes(field) && proposed !== undefined && mapping.columns[field] === proposed.column;
}

/**
 * Deadline-named columns the proposal did not take as the deadline, while the user has not
 * chosen them for it: their rows contradict a deadline (dates before the first response, or the
 * resolution itself); `readAs` says when the column was taken as the resolution instead.
 *
 * @example notDeadlineColumns(inspection, mapping); // → [{ column: 'Time_to_Resolution', why: 'before-first-response', share: 0.5, readAs: 'resolvedAt' }]
 */
export function notDeadlineColumns(inspection: Pick<Inspection, 'proposal'>, mapping: UserMapping): Inspection['proposal']['notDeadlines'] {
  return inspection.proposal.notDeadlines.filter(({ column }) => mapping.columns.slaResolutionDueAt !== column);
}

/**
 * A date format as the format choice shows it: kpi-core's plain words first (the same the CLI's
 * proposal says), then the tokens, which tell two formats of the same words apart (`dd/MM/yyyy
 * HH:mm` and `d/M/yyyy H:mm` are both "day/month/year, time").
 *
 * @example dateFormatText('yyyy-MM-dd HH:mm:ss.SSS', 'fr') // 'année-mois-jour, heure avec secondes et fractions de seconde — yyyy-MM-dd HH:mm:ss.SSS'
 */
export function dateFormatText(format: string, language: Language): string {
  return `${dateFormatWords(format, language)} — ${format}`;
}
