/**
 * The mapping a dropped file starts with, and the meanings kpi-core proposes beside it.
 *
 * One reading with the CLI: `revue report` reads a file a preset recognises with that preset
 * alone, and the screen starts from exactly that — the preset's columns and value maps — so the
 * same file gives the same figures in both. The words the preset does not know (a Jira workflow's
 * "Triage", ServiceNow's French "1 - Critique") are not given a meaning behind the person's back:
 * the screen lists them, with the meaning kpi-core's proposal gives each (`proposeMapping`, the
 * words `revue mapping FILE` writes), and applies them only when the person chooses to — then
 * the mapping is theirs, as a `--mapping` file is in the CLI. Type words are the exception that
 * changes nothing: the reader reads an unnamed type word by the same rule the proposal proposes
 * by (`typeOfWord`), in the CLI too, so they are shown as read. A file no preset recognises starts
 * from the whole proposal: the CLI refuses it without a mapping, and `revue mapping` proposes this
 * same one.
 */
import type { Inspection, UserMapping, ValueMappedField } from '$lib/engine/protocol.js';
import { VALUE_MAPPED } from '$lib/engine/protocol.js';
import { normalizeHeader } from '$lib/engine/signature.js';
import { readTarget } from './mapping-check.js';

/** Value maps whose proposed words the reader applies anyway (kpi-core's `typeOfWord`): pre-filled. */
const READ_ALIKE: ReadonlySet<ValueMappedField> = new Set(['type']);

type ValueMaps = Partial<Record<ValueMappedField, Record<string, string>>>;

/**
 * The mapping a file starts with (before any saved one): a recognised file's preset columns and
 * value maps, with the type words as the reader reads them; else the proposal by meaning.
 *
 * @example
 * // A Jira export (preset confident) whose status "Triage" the preset does not know:
 * initialMapping(inspection).values.status?.['Triage']; // → undefined (read as the CLI reads it)
 */
export function initialMapping(inspection: Pick<Inspection, 'proposal' | 'presetMaps' | 'presetColumns' | 'distinctValues'>): UserMapping {
  const proposal = inspection.proposal.mapping;
  if (!inspection.proposal.confident) return JSON.parse(JSON.stringify(proposal)) as UserMapping;
  const values: ValueMaps = {};
  for (const [field, map] of Object.entries(inspection.presetMaps) as [ValueMappedField, Record<string, string>][]) {
    const column = inspection.presetColumns[field];
    const distinct = column ? inspection.distinctValues[column] : undefined;
    if (!distinct) continue;
    const entries = distinct.map((v) => [v, map[normalizeHeader(v)]] as const).filter(([, target]) => target !== undefined);
    if (entries.length > 0) values[field] = Object.fromEntries(entries) as Record<string, string>;
  }
  for (const field of READ_ALIKE) {
    const map = proposal.values[field];
    if (map) values[field] = { ...map, ...(values[field] ?? {}) };
  }
  return { columns: { ...inspection.presetColumns }, values };
}

/**
 * The meanings kpi-core proposes that would change what the reader reads with the mapping as it
 * stands (`readTarget`: the mapping's word, the preset's, or the preset's reading), by field: what
 * the screen offers, and what "use these meanings" applies. A proposal that agrees with the
 * reading (ServiceNow's "1 - Critique" → P1, read so by the preset already) is not offered.
 *
 * @example
 * // Jira in Spanish: "Esperando al cliente" is read as open (its status category "En curso").
 * proposedMeanings(inspection, initialMapping(inspection)); // → { status: { 'Esperando al cliente': 'pending' } }
 */
export function proposedMeanings(inspection: Pick<Inspection, 'proposal' | 'presetMaps' | 'presetColumns' | 'readAs'>, mapping: UserMapping): ValueMaps {
  const out: ValueMaps = {};
  for (const field of VALUE_MAPPED) {
    const proposed = inspection.proposal.mapping.values[field];
    if (!proposed || mapping.columns[field] === undefined) continue;
    const left = Object.entries(proposed).filter(([source, target]) => readTarget(inspection, mapping, field, source) !== target);
    if (left.length > 0) out[field] = Object.fromEntries(left);
  }
  return out;
}

/**
 * The mapping with the proposed meanings applied (the person's choice, never the default).
 *
 * @example
 * withProposedMeanings(mapping, { status: { Triage: 'open' } }).values.status; // → { …, Triage: 'open' }
 */
export function withProposedMeanings(mapping: UserMapping, meanings: ValueMaps): UserMapping {
  const values: ValueMaps = { ...mapping.values };
  for (const [field, map] of Object.entries(meanings) as [ValueMappedField, Record<string, string>][]) values[field] = { ...(values[field] ?? {}), ...map };
  return { ...mapping, values };
}
