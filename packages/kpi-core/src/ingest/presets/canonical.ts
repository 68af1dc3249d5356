import { ASSET_FIELDS, TICKET_FIELDS, type AssetField, type TicketField } from '../../model/fields.js';
import type { AssetPreset, TicketPreset } from './preset.js';

// Source: the canonical model itself (DESIGN §2, src/model/fields.ts): headers are the field
// names; instants are ISO 8601 (an offset or `Z` makes them absolute, otherwise local time).

function identity<F extends string>(fields: Record<F, unknown>): Partial<Record<F, readonly string[]>> {
  const columns: Partial<Record<F, readonly string[]>> = {};
  for (const name of Object.keys(fields) as F[]) columns[name] = [name];
  return columns;
}

/** The canonical ticket format: one column per field of the model, named as the field. */
export const canonicalTickets: TicketPreset = {
  name: 'canonical',
  kind: 'tickets',
  source: 'DESIGN.md §2 (canonical model)',
  columns: identity<TicketField>(TICKET_FIELDS),
};

/** The canonical asset format: one column per field of the model, named as the field. */
export const canonicalAssets: AssetPreset = {
  name: 'canonical',
  kind: 'assets',
  source: 'DESIGN.md §2 (canonical model)',
  columns: identity<AssetField>(ASSET_FIELDS),
};
