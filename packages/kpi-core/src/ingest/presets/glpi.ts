import { fillFromOffset, lastPathSegment, type TicketPreset } from './preset.js';

// Source: FORMATS.md §1 — GLPI 10.0.10 `src/Search.php` and `locales/fr_FR.po` (G1), GLPI 11
// `src/Search/Output/Csv.php` (G2), dash_glpi parsers [O]. French and English UI headers in one
// preset. Dates `dd-MM-yyyy HH:mm` or `yyyy-MM-dd HH:mm`, local time; durations as GLPI text
// (`1 jours 3 heures 0 minutes`); numbers `1 234,56` or `1 234.56`; entity/category/location as
// full paths with ` > `. The three "Fields plugin" columns (`Type de maintenance`, `Utilisateurs
// affectés`, `Gravité` and their EN labels) are Revue's documented convention [I].

/** GLPI ids may be written with digit grouping (`5 732 943`): the grouping is dropped. */
function ungroupDigits(value: string): string {
  return /^\d{1,3}([\s\u00a0\u202f]\d{3})+$/.test(value) ? value.replace(/[\s\u00a0\u202f]/g, '') : value;
}

/** A multi-valued GLPI cell (`<br>`-joined in GLPI 10, newline-joined in 11): its first value. */
function firstValue(value: string): string | null {
  const first = value.split(/<br\s*\/?>|<hr\s*\/?>|\r?\n/i)[0]!.trim();
  return first === '' ? null : first;
}

/** GLPI ticket search export (Export → CSV), French or English UI. */
export const glpiTickets: TicketPreset = {
  name: 'glpi',
  kind: 'tickets',
  source: 'FORMATS.md §1: GLPI 10.0.10 Search.php + fr_FR.po (G1), GLPI 11 Csv.php (G2)',
  columns: {
    id: ['ID'],
    title: ['Titre', 'Title'],
    client: ['Entité', 'Entity'],
    status: ['Statut', 'Status'],
    openedAt: ["Date d'ouverture", 'Opening date'],
    priority: ['Priorité', 'Priority'],
    category: ['Catégorie', 'Category'],
    type: ['Type'],
    resolvedAt: ['Date de résolution', 'Resolution date'],
    closedAt: ['Date de clôture', 'Closing date'],
    assetId: ['Éléments associés', 'Associated elements'],
    site: ['Lieu', 'Location'],
    effortMinutes: ['Durée totale', 'Total duration'],
    cost: ['Coût - Coût matériel', 'Cost - Material cost'],
    pausedMinutes: ["Statistiques - Délai d'attente", 'Statistics - Waiting time'],
    slaResponseDueAt: ['TTO', 'Time to own'],
    slaResolutionDueAt: ['TTR', 'Time to resolve'],
    maintenanceType: ['Type de maintenance', 'Maintenance type'],
    affectedUsers: ['Utilisateurs affectés', 'Affected users'],
    impact: ['Gravité', 'Severity'],
  },
  values: {
    effortMinutes: { kind: 'duration', unit: 'minutes' },
    pausedMinutes: { kind: 'duration', unit: 'minutes' },
  },
  transforms: { id: ungroupDigits, client: lastPathSegment, assetId: firstValue },
  maps: {
    priority: {
      'Très haute': 'P1', Majeure: 'P1', 'Very high': 'P1', Major: 'P1',
      Haute: 'P2', High: 'P2',
      Moyenne: 'P3', Medium: 'P3',
      Basse: 'P4', Low: 'P4',
      'Très basse': 'P5', 'Very low': 'P5',
    },
    type: { Incident: 'incident', Demande: 'request', Request: 'request' },
    maintenanceType: {
      Corrective: 'corrective', Curative: 'corrective', Palliative: 'corrective',
      Préventive: 'preventive', Preventive: 'preventive',
      Évolutive: 'evolutive', Evolutive: 'evolutive',
      Proactive: 'proactive',
    },
    impact: {
      Panne: 'outage', Outage: 'outage',
      Dégradé: 'degraded', Degraded: 'degraded',
      Mineur: 'minor', Minor: 'minor',
    },
  },
  extras: {
    takeIntoAccount: {
      headers: ['Statistiques - Délai de prise en compte', 'Statistics - Take into account time'],
      value: { kind: 'duration', unit: 'minutes' },
    },
  },
  // GLPI has no first-response date: it is the opening date plus the take-into-account delay.
  derive({ numbers, extras }) {
    const delay = extras['takeIntoAccount'];
    if (delay instanceof Float64Array) fillFromOffset(numbers['firstResponseAt']!, numbers['openedAt']!, delay);
  },
};
