import type { TicketPreset } from './preset.js';

// Source: FORMATS.md §3 — a real Jira Cloud export from 2026 [O] and third-party fixtures:
// `Summary, Issue key, Issue id, Issue Type, Status, …, Priority, …, Created, Updated, …,
// Resolved`, multi-valued fields under repeated headers (`Components`, `Labels`), dates
// `dd/MMM/yy h:mm a`, time tracking in seconds, JSM `Custom field ([CHART] Date of First
// Response)` as `2026-02-25 16:38:58.679`. Spanish and French header variants [O]/[I].
// `Custom field (Affected hardware|Maintenance type|Affected users|Site)` are Revue's
// convention [I]; `Custom field (Organizations)` is probable [I].

/** Jira Service Management "Export CSV (all fields)". */
export const jiraTickets: TicketPreset = {
  name: 'jira',
  kind: 'tickets',
  source: 'FORMATS.md §3: real Jira Cloud export 2026 and third-party fixtures',
  columns: {
    title: ['Summary', 'Résumé', 'Resumen'],
    id: ['Issue key', 'Clé de ticket', 'Clave de incidencia'],
    type: ['Issue Type', 'Type de ticket', 'Tipo de Incidencia'],
    status: ['Status', 'État', 'Estado'],
    priority: ['Priority', 'Priorité', 'Prioridad'],
    openedAt: ['Created', 'Création', 'Creada'],
    resolvedAt: ['Resolved', 'Résolue', 'Resuelta'],
    firstResponseAt: ['Custom field ([CHART] Date of First Response)', 'Champ personnalisé ([CHART] Date of First Response)'],
    effortMinutes: ['Time Spent', 'Temps passé'],
    category: ['Components', 'Component/s', 'Composants'],
    client: ['Custom field (Organizations)', 'Champ personnalisé (Organizations)'],
    assetId: ['Custom field (Affected hardware)'],
    maintenanceType: ['Custom field (Maintenance type)'],
    affectedUsers: ['Custom field (Affected users)'],
    impact: ['Custom field (Impact)'],
    site: ['Custom field (Site)'],
  },
  values: { effortMinutes: { kind: 'duration', unit: 'seconds' } },
  maps: {
    type: {
      Incident: 'incident',
      'Service request': 'request',
      'Service Request with Approvals': 'request',
      Problem: 'problem',
      Change: 'change',
    },
    priority: { Highest: 'P1', High: 'P2', Medium: 'P3', Low: 'P4', Lowest: 'P5' },
    maintenanceType: { Corrective: 'corrective', Preventive: 'preventive', Evolutive: 'evolutive', Proactive: 'proactive' },
    impact: {
      'Extensive / Widespread': 'outage', Extensive: 'outage',
      'Significant / Large': 'degraded', Significant: 'degraded',
      'Moderate / Limited': 'minor', Moderate: 'minor',
      'Minor / Localized': 'minor', Minor: 'minor',
    },
  },
};
