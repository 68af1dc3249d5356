/**
 * `@revue/kpi-core/model`: the canonical data model (DESIGN §2) — the field index, the
 * vocabularies of the coded fields, and tables built from columns.
 *
 * @example
 * import { TICKET_FIELDS, PRIORITIES, ticketTable } from '@revue/kpi-core/model';
 * const t = ticketTable({ id: ['T1'], openedAt: Float64Array.of(Date.UTC(2026, 2, 2, 8)) }, 1);
 */
export {
  TICKET_FIELDS,
  MEASURED_TICKET_FIELDS,
  ASSET_FIELDS,
  REQUIRED_TICKET_FIELDS,
  REQUIRED_ASSET_FIELDS,
  TICKET_TYPES,
  MAINTENANCE_TYPES,
  PRIORITIES,
  STATUS_CLASSES,
  SLA_VERDICTS,
  IMPACTS,
  isTicketType,
  isMaintenanceType,
  isPriority,
  isStatusClass,
  isImpact,
} from '../model/fields.js';
export { FIELD_LABELS, dateFormatWords, fieldLabel, valueLabel, type LabelLanguage, type Labels } from '../model/labels.js';
export { Table, ticketTable, assetTable, ticketColumns, assetColumns, selectRows } from '../model/tables.js';
