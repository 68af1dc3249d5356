import { ASSET_FIELDS, TICKET_FIELDS, type AssetField, type TicketField } from '../../model/fields.js';
import { PAUSES_EXTRA, type AssetPreset, type TicketPreset } from './preset.js';

// Source: the canonical model itself (DESIGN §2, src/model/fields.ts): headers are the field
// names; instants are ISO 8601 (an offset or `Z` makes them absolute, otherwise local time).

function identity<F extends string>(fields: Record<F, unknown>): Partial<Record<F, readonly string[]>> {
  const columns: Partial<Record<F, readonly string[]>> = {};
  for (const name of Object.keys(fields) as F[]) columns[name] = [name];
  return columns;
}

/**
 * Status words a canonical file may carry without a `statusClass` column: the class names
 * themselves and the common English and French words (GLPI's French statuses among them, as
 * Revue's demo data writes them). A file with other words gives its `statusClass` column.
 */
export const COMMON_STATUS_WORDS: Record<string, string> = {
  new: 'open', open: 'open', opened: 'open', 'in progress': 'open', assigned: 'open', reopened: 'open', active: 'open',
  nouveau: 'open', ouvert: 'open', 'en cours': 'open', 'en cours (attribué)': 'open', 'en cours (planifié)': 'open', attribué: 'open',
  pending: 'pending', waiting: 'pending', 'on hold': 'pending', hold: 'pending', 'en attente': 'pending', suspendu: 'pending',
  resolved: 'resolved', solved: 'resolved', résolu: 'resolved', 'résolue': 'resolved',
  closed: 'closed', done: 'closed', clos: 'closed', fermé: 'closed', clôturé: 'closed', terminé: 'closed',
  cancelled: 'cancelled', canceled: 'cancelled', annulé: 'cancelled', abandonné: 'cancelled', rejected: 'cancelled', rejeté: 'cancelled',
};

/** The canonical ticket format: one column per field of the model, named as the field. */
export const canonicalTickets: TicketPreset = {
  name: 'canonical',
  kind: 'tickets',
  source: 'DESIGN.md §2 (canonical model)',
  columns: identity<TicketField>(TICKET_FIELDS),
  // The per-ticket targets came after the other fields: a canonical file written before them
  // (every one so far) keeps its score, while one that has them is read as it is.
  unscored: ['slaResponseTargetMinutes', 'slaResolutionTargetMinutes'],
  maps: { status: COMMON_STATUS_WORDS },
  // When each ticket was paused (MEASURED_TICKET_FIELDS.pauses), as a table read from a status
  // history holds it and a canonical file written from that table carries it: `start/end` ISO
  // 8601 instants with Z or an offset, space-separated, `start/..` for a pause still on. Read so
  // that the SLA measured again is the same; not scored (a file without it is as canonical).
  extras: { [PAUSES_EXTRA]: { headers: ['pauses'], value: { kind: 'string' } } },
};

/** The canonical asset format: one column per field of the model, named as the field. */
export const canonicalAssets: AssetPreset = {
  name: 'canonical',
  kind: 'assets',
  source: 'DESIGN.md §2 (canonical model)',
  // `status` read as the lifecycle column (a status word that may say the asset left the fleet),
  // not as a field the format is scored on: a file without it is as canonical as before.
  columns: (({ status: _status, ...fields }) => fields)(identity<AssetField>(ASSET_FIELDS)),
  lifecycle: { headers: ['status'] },
};
