import type { TicketPreset } from './preset.js';

// Source: FORMATS.md §2 — ServiceNow docs (`glide.export.csv.column_header_label` = false:
// headers are field names; display values: priority `3 - Moderate`, impact `2 - Medium`; dates
// `yyyy-MM-dd HH:mm:ss` in the user's zone) and third-party fixtures [O]; the UCI incident event
// log (dataset 498, kaggle_parser.py [O]): one row per update, `?` for null, `d/M/yyyy H:mm`.
// Field labels (`Number`, `Opened`…) are accepted too, for exports with label headers [I].
// Impact → outage/degraded/minor (1 - High / 2 - Medium / 3 - Low) is Revue's reading [I].

/** ServiceNow incident list export, including audit/event-log exports (several rows per incident). */
export const servicenowTickets: TicketPreset = {
  name: 'servicenow',
  kind: 'tickets',
  source: 'FORMATS.md §2: ServiceNow docs (ServiceNowDocs), kaggle_parser.py, UCI dataset 498',
  columns: {
    id: ['number', 'Number'],
    openedAt: ['opened_at', 'Opened'],
    title: ['short_description', 'Short description'],
    priority: ['priority'],
    status: ['incident_state', 'state', 'Incident state', 'State'],
    category: ['category'],
    assetId: ['cmdb_ci', 'Configuration item'],
    client: ['company', 'Company'],
    site: ['location'],
    resolvedAt: ['resolved_at', 'Resolved'],
    closedAt: ['closed_at', 'Closed'],
    impact: ['impact'],
    reopenCount: ['reopen_count', 'Reopen count'],
    slaResolutionDueAt: ['sla_due', 'SLA due'],
  },
  nullMarkers: ['?'],
  maps: {
    priority: {
      '1 - Critical': 'P1', '2 - High': 'P2', '3 - Moderate': 'P3', '4 - Low': 'P4', '5 - Planning': 'P5',
      '1': 'P1', '2': 'P2', '3': 'P3', '4': 'P4', '5': 'P5',
    },
    impact: { '1 - High': 'outage', '2 - Medium': 'degraded', '3 - Low': 'minor', '1': 'outage', '2': 'degraded', '3': 'minor' },
  },
  extras: { updatedAt: { headers: ['sys_updated_at', 'sys_updated_on', 'Updated'], value: { kind: 'instant' } } },
  // Event log: the row with the latest update of each number is the incident's final state.
  eventLog: { orderBy: 'updatedAt' },
};
