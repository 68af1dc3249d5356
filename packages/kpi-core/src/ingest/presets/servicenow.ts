import type { TicketPreset } from './preset.js';

// Source: FORMATS.md §2 — ServiceNow docs (`glide.export.csv.column_header_label` = false:
// headers are field names; display values: priority `3 - Moderate`, impact `2 - Medium`; dates
// `yyyy-MM-dd HH:mm:ss` in the user's zone) and third-party fixtures [O]; the UCI incident event
// log (dataset 498, kaggle_parser.py [O]): one row per update, `?` for null, `d/M/yyyy H:mm`.
// Field labels (`Number`, `Opened`, `State`…) are accepted for exports with label headers [I].
// Impact → outage/degraded/minor (1 - High / 2 - Medium / 3 - Low) is Revue's reading [I].
// States: the baseline incident choices 1 New, 2 In Progress, 3 On Hold, 6 Resolved, 7 Closed,
// 8 Canceled, as words (display values) or codes (raw exports) [I baseline]. `made_sla`
// (`true`/`false` [O]) is the tool's verdict on the incident's SLA, read as the resolution
// verdict. `calendar_duration` (label Duration) holds the seconds from opening to closing, as
// a 10,000-incident public export shows (9,998 Closed, no closing date exported) [O]; the
// display value reads `2 Days 4 Hours` [I]. `calendar_stc` (Resolve time) is the seconds to
// resolution. `business_duration`/`business_stc` count business hours of a schedule the export
// does not carry: they cannot place an instant, and are not read.
// In another UI language the headers stay field names but the display values are translated:
// the priority and impact choices keep their `<value> - ` prefix (read by choiceValue), the
// baseline states are read in French (`Nouveau`, `En cours`, `En attente`, `Résolu`, `Fermé`,
// `Annulé`) [I]; dates follow the user's format (`dd/MM/yyyy HH:mm:ss`, read by the date detector).
// With label headers in a French UI (`Numéro`, `Ouvert`, `Brève description`, `État`, `Résolu`,
// `Fermé`, `Élément de configuration`, `Groupe d'affectation`) [I: the labels of a French
// instance's incident list, no published export found]: before, such a file was refused and the
// proposal missed the title and the configuration item.
// Spanish label headers: `Número`, `Breve descripción`, `Estado`, `Prioridad`, `Elemento de
// configuración`, `Grupo de asignación`, `Asignado a`, `Actualizado` [O: the columns a public
// script reads from a Spanish instance's list export]; `Abierto`, `Resuelto`, `Cerrado`,
// `Categoría`, `Ubicación` and the state names are [I]. Such a file needed a mapping before.

/**
 * The stored value of a ServiceNow choice from its display value: the priority, impact and urgency
 * choices display as `<value> - <label>` in every UI language (`3 - Moderate`, `3 - Modéré`), so
 * the number is read whatever the language of the label.
 *
 * @example choiceValue('1 - Critique') // '1'
 */
function choiceValue(value: string): string | null {
  const match = /^\s*(\d+)\s*-\s*\S/.exec(value);
  return match === null ? value : match[1]!;
}

/** ServiceNow incident list export, including audit/event-log exports (several rows per incident). */
export const servicenowTickets: TicketPreset = {
  name: 'servicenow',
  kind: 'tickets',
  source: 'FORMATS.md §2: ServiceNow docs (ServiceNowDocs), kaggle_parser.py, UCI dataset 498',
  columns: {
    id: ['number', 'Number', 'Numéro'],
    openedAt: ['opened_at', 'Opened', 'Ouvert', 'Abierto'],
    title: ['short_description', 'Short description', 'Brève description', 'Breve descripción'],
    priority: ['priority', 'Priorité', 'Prioridad'],
    status: ['incident_state', 'state', 'Incident state', 'State', "État de l'incident", 'État', 'Estado del incidente', 'Estado'],
    category: ['category', 'Catégorie', 'Categoría'],
    assetId: ['cmdb_ci', 'Configuration item', 'Élément de configuration', 'Elemento de configuración'],
    client: ['company', 'Company', 'Société', 'Entreprise', 'Compañía', 'Empresa'],
    site: ['location', 'Emplacement', 'Ubicación'],
    resolvedAt: ['resolved_at', 'Resolved', 'Résolu', 'Resuelto'],
    closedAt: ['closed_at', 'Closed', 'Fermé', 'Cerrado'],
    impact: ['impact'],
    reopenCount: ['reopen_count', 'Reopen count'],
    slaResolutionDueAt: ['sla_due', 'SLA due'],
    slaResolutionVerdict: ['made_sla', 'Made SLA'],
  },
  nullMarkers: ['?'],
  transforms: { priority: choiceValue, impact: choiceValue },
  maps: {
    priority: {
      '1 - Critical': 'P1', '2 - High': 'P2', '3 - Moderate': 'P3', '4 - Low': 'P4', '5 - Planning': 'P5',
      '1': 'P1', '2': 'P2', '3': 'P3', '4': 'P4', '5': 'P5',
    },
    impact: { '1 - High': 'outage', '2 - Medium': 'degraded', '3 - Low': 'minor', '1': 'outage', '2': 'degraded', '3': 'minor' },
    status: {
      New: 'open', 'In Progress': 'open', Active: 'open', 'Awaiting Problem': 'pending', 'Awaiting User Info': 'pending',
      'Awaiting Evidence': 'pending', 'Awaiting Vendor': 'pending', 'On Hold': 'pending', Resolved: 'resolved', Closed: 'closed',
      Canceled: 'cancelled', Cancelled: 'cancelled',
      // French display values of the baseline states [I: not seen in a published export].
      Nouveau: 'open', 'En cours': 'open', 'En attente': 'pending', Résolu: 'resolved', Fermé: 'closed', Annulé: 'cancelled',
      // Spanish display values [I: the baseline states' Spanish names, not seen in a published export].
      Nuevo: 'open', 'En curso': 'open', 'En espera': 'pending', Resuelto: 'resolved', Cerrado: 'closed', Cancelado: 'cancelled',
      '1': 'open', '2': 'open', '3': 'pending', '6': 'resolved', '7': 'closed', '8': 'cancelled',
    },
    // made_sla: false as soon as an SLA of the incident was breached.
    slaResolutionVerdict: { true: 'met', false: 'breached', '1': 'met', '0': 'breached' },
  },
  durations: {
    resolvedAt: { headers: ['calendar_stc', 'Resolve time'], unit: 'seconds', zeroIsEmpty: true },
    closedAt: { headers: ['calendar_duration', 'Duration'], unit: 'seconds', zeroIsEmpty: true },
  },
  extras: {
    updatedAt: { headers: ['sys_updated_at', 'sys_updated_on', 'Updated', 'Mis à jour', 'Actualizado'], value: { kind: 'instant' } },
    // sys_mod_count: the record's update counter (0, 1, 2… per incident in the UCI log), which
    // orders two updates of one minute (the log's dates have no seconds).
    modCount: { headers: ['sys_mod_count'], value: { kind: 'number' } },
  },
  knownHeaders: [
    'caller_id', 'Caller', 'assignment_group', 'Assignment group', 'assigned_to', 'Assigned to', 'urgency', 'Urgency',
    'sys_updated_by', 'Updated by', 'subcategory', 'Subcategory', 'business_duration', 'Business duration',
    'business_stc', 'Business resolve time', 'close_code', 'Resolution code', 'contact_type', 'Channel', 'sys_id',
    // French labels (the list's column labels in a French UI) [I].
    'Appelant', "Groupe d'affectation", 'Affecté à', 'Urgence', 'Sous-catégorie', 'Mis à jour par',
    // Spanish labels: `Grupo de asignación`, `Asignado a` [O, see above]; the others [I].
    'Solicitante', 'Grupo de asignación', 'Asignado a', 'Urgencia', 'Subcategoría', 'Actualizado por',
  ],
  // Event log: the row with the latest update of each number is the incident's final state;
  // updates of one minute are ordered by their counter.
  eventLog: { orderBy: 'updatedAt', sequence: 'modCount' },
};
