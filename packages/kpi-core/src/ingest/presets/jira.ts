import { normalizeHeader, STATUS_CATEGORY_EXTRA, withoutInclusiveEnding, type TicketPreset } from './preset.js';

/** The custom-field header of a JSM field in the languages Jira exports in. */
function customField(name: string): string[] {
  return ['Custom field', 'Champ personnalisé', 'Champs personnalisés', 'Campo personalizado', 'Benutzerdefinierte Felder'].map((prefix) => `${prefix} (${name})`);
}

/**
 * A JSM SLA cell (`Custom field (Time to resolution)`) as a verdict: the time left on the SLA as
 * `h:mm`, negative once the goal is missed (`-12:34`). Negative is `breached`; positive is `met`
 * once the cycle is over (a positive time still running is no verdict yet: the status rules drop
 * a resolution `met` on a ticket still open, the derive hook a response `met` without a response).
 *
 * @example jsmSlaVerdict('-2:05') // 'breached'
 */
function jsmSlaVerdict(value: string): string | null {
  const cell = value.trim();
  if (!/^-?\d+:\d{2}(:\d{2})?$/.test(cell)) return null;
  return cell.startsWith('-') ? 'breached' : 'met';
}

/**
 * Resolutions that say no work was done on the issue — a duplicate, one declined or not to be
 * done — set on an issue whose status is Done or Closed (Jira's simplified workflows have one
 * done status and tell these apart by the resolution alone). Such an issue is cancelled, as a
 * `Won't Do` status is: counted in the volumes, left out of SLA, recurrence and lost hours.
 * English: Jira's default resolutions (`Won't Do`, `Duplicate`, `Declined` in JSM; `Rejected`)
 * [O: Jira exports]; `Won't Fix`, `Cannot Reproduce` and `Incomplete` are not in the set (the
 * incident happened; the work stopped). French, Spanish, German, Portuguese names [I].
 */
const NOTHING_DONE = new Set(
  [
    "Won't Do", 'Duplicate', 'Declined', 'Rejected',
    'Ne sera pas fait', 'Doublon', 'Refusé', 'Rejeté',
    'No se hará', 'Duplicado', 'Rechazado', 'Wird nicht erledigt', 'Duplikat', 'Abgelehnt', 'Não será feito', 'Recusado',
  ].map(normalizeHeader),
);

/** A word normalised as headers are, without a French inclusive ending (`Refusé(e)` → `refuse`). */
function bareWord(word: string): string {
  return withoutInclusiveEnding(normalizeHeader(word));
}

// Source: FORMATS.md §3 — a real Jira Cloud export from 2026 [O] and third-party fixtures:
// `Summary, Issue key, Issue id, Issue Type, Status, …, Priority, …, Created, Updated, …,
// Resolved, …, Status Category`, multi-valued fields under repeated headers (`Components`,
// `Labels`), dates `dd/MMM/yy h:mm a` (Spanish UI `30/dic/25 11:45 PM` [O]), time tracking in
// seconds, JSM `Custom field ([CHART] Date of First Response)` as `2026-02-25 16:38:58.679`.
// Localised headers seen in exports that public code reads [O]: Spanish `Clave de incidencia,
// ID de la incidencia, Resumen, Tipo de Incidencia, Estado, Prioridad, Creada, Actualizada,
// Tiempo empleado`; French `Résumé, Clé de ticket, Type de ticket, État, Création, Champs
// personnalisés (…), Clé parent, Clé de projet` and `27/janv./26 10:07 AM` dates with `;` [O]
// (`Créé`, `Résolue`/`Résolu(e)`, `Temps consacré`, `Rapporteur`, `Mise à jour` [I]); German Cloud `Zusammenfassung, Vorgangsschlüssel, Vorgangs-ID,
// Vorgangstyp, Status, Priorität, Erstellt, Aktualisiert, Erledigt, Benötigte Zeit,
// Statuskategorie`; Portuguese `Chave do item, ID do item, Resumo, Tempo gasto, Criado,
// Resolvido, Status, Prioridade`. `Custom field (Affected hardware|Maintenance type|Affected
// users|Site)` are Revue's convention [I]; `Custom field (Organizations)` is probable [I].
// Priorities: the default scheme Highest…Lowest [O] and the classic one Blocker, Critical,
// Major, Minor, Trivial (Jira Server, older Cloud sites) → P1…P5. Status names are workflow
// data: the defaults of Jira Software and JSM workflows are mapped, a site's own are flagged
// (a mapping's `values.status` adds them); the Status Category column (To Do / In Progress /
// Done, whose names Jira translates [O for German `Statuskategorie`]) classes the rest.
// JSM SLA fields `Custom field (Time to resolution)` / `(Time to first response)` hold the time
// left as `hh:mm`, with a leading `-` once breached (`-12:34`) [O: several public JSM CSV readers
// treat the `-` as the breach]; read as the tool's verdicts (see jsmSlaVerdict).
// `Custom field (Request Type)` is a site's own portal wording ("Get IT help"): not a ticket type.

/** Jira Cloud and Server "Export CSV (all fields / current fields)", Jira Service Management included. */
export const jiraTickets: TicketPreset = {
  name: 'jira',
  kind: 'tickets',
  source: 'FORMATS.md §3: real Jira Cloud export 2026, third-party fixtures, localised exports read by public code',
  columns: {
    title: ['Summary', 'Résumé', 'Resumen', 'Resumo', 'Zusammenfassung'],
    id: ['Issue key', 'Clé de ticket', 'Clave de incidencia', 'Chave do item', 'Vorgangsschlüssel'],
    type: ['Issue Type', 'Type de ticket', 'Tipo de Incidencia', 'Tipo de item', 'Vorgangstyp'],
    status: ['Status', 'État', 'Estado'],
    priority: ['Priority', 'Priorité', 'Prioridad', 'Prioridade', 'Priorität'],
    openedAt: ['Created', 'Création', 'Créé', 'Créée', 'Date de création', 'Creada', 'Criado', 'Erstellt'],
    resolvedAt: ['Resolved', 'Résolu', 'Résolue', 'Résolu(e)', 'Date de résolution', 'Resuelta', 'Resolvido', 'Erledigt'],
    firstResponseAt: customField('[CHART] Date of First Response'),
    // JSM's default SLA names, and their French names on a French site [I].
    slaResolutionVerdict: [...customField('Time to resolution'), ...customField('Délai de résolution')],
    slaResponseVerdict: [...customField('Time to first response'), ...customField('Délai de première réponse')],
    effortMinutes: ['Time Spent', 'Temps passé', 'Temps consacré', 'Tiempo empleado', 'Tempo gasto', 'Benötigte Zeit'],
    category: ['Components', 'Component/s', 'Composants', 'Componentes', 'Komponenten'],
    // JSM's Organizations field, and its French name on a French site [I].
    client: [...customField('Organizations'), ...customField('Organisations')],
    assetId: ['Custom field (Affected hardware)'],
    maintenanceType: ['Custom field (Maintenance type)'],
    affectedUsers: ['Custom field (Affected users)'],
    impact: customField('Impact'),
    site: ['Custom field (Site)'],
  },
  values: { effortMinutes: { kind: 'duration', unit: 'seconds' } },
  transforms: { slaResolutionVerdict: jsmSlaVerdict, slaResponseVerdict: jsmSlaVerdict },
  maps: {
    type: {
      // JSM IT service management projects name their types "[System] …" [O: public JSM API scripts].
      '[System] Incident': 'incident',
      '[System] Service request': 'request',
      '[System] Service request with approvals': 'request',
      '[System] Problem': 'problem',
      '[System] Change': 'change',
      Incident: 'incident',
      'Service request': 'request',
      'Service Request with Approvals': 'request',
      Problem: 'problem',
      Change: 'change',
      // Spanish and Portuguese sites' type names [I].
      Incidencia: 'incident', Incidente: 'incident', 'Solicitud de servicio': 'request', 'Solicitação de serviço': 'request',
      Problema: 'problem', Cambio: 'change', Mudança: 'change',
    },
    priority: {
      Highest: 'P1', High: 'P2', Medium: 'P3', Low: 'P4', Lowest: 'P5',
      Blocker: 'P1', Critical: 'P2', Major: 'P3', Minor: 'P4', Trivial: 'P5',
      // The default scheme on a site whose priorities are translated to French [I].
      'Très haute': 'P1', Haute: 'P2', Moyenne: 'P3', Basse: 'P4', 'Très basse': 'P5',
      // And on a German site [I].
      Höchste: 'P1', Hoch: 'P2', Mittel: 'P3', Niedrig: 'P4', Niedrigste: 'P5',
    },
    status: {
      // Jira Software and JSM default workflows.
      'To Do': 'open', Open: 'open', Reopened: 'open', Backlog: 'open', 'Selected for Development': 'open',
      'In Progress': 'open', 'Work in progress': 'open', 'In Review': 'open', Escalated: 'open',
      'Waiting for support': 'open', 'Under investigation': 'open', 'Under review': 'open', Planning: 'open',
      'Awaiting implementation': 'open', Implementing: 'open',
      'Waiting for customer': 'pending', Pending: 'pending', 'Waiting for approval': 'pending', 'On Hold': 'pending',
      Resolved: 'resolved',
      Done: 'closed', Closed: 'closed', Completed: 'closed',
      Cancelled: 'cancelled', Canceled: 'cancelled', "Won't Do": 'cancelled', Declined: 'cancelled', Rejected: 'cancelled',
      // Localised default statuses [O German `Zu erledigen`; I for the others].
      'Zu erledigen': 'open', 'In Arbeit': 'open', Fertig: 'closed',
      // French: `À faire`, `En cours`, `Revue en cours`, `Terminé(e)` [O: the statuses of French Jira
      // Cloud projects in public project docs and scripts that move issues; `Terminé(e)` is read
      // without its inclusive ending by the classifier]; the JSM ones [I].
      'À faire': 'open', 'En cours': 'open', Terminé: 'closed', Terminée: 'closed', 'Revue en cours': 'open', Examiner: 'open',
      'En attente du client': 'pending', "En attente d'approbation": 'pending', "En attente d'assistance": 'open', 'En attente': 'pending',
      Rouvert: 'open', Résolu: 'resolved', Fermé: 'closed', Annulé: 'cancelled', Refusé: 'cancelled', Rejeté: 'cancelled',
      'Por hacer': 'open', 'Tareas por hacer': 'open', 'En curso': 'open', Listo: 'closed', Finalizada: 'closed',
      'Itens Pendentes': 'open', 'Em andamento': 'open', Concluído: 'closed', Concluída: 'closed',
    },
    maintenanceType: { Corrective: 'corrective', Preventive: 'preventive', Evolutive: 'evolutive', Proactive: 'proactive' },
    impact: {
      'Extensive / Widespread': 'outage', Extensive: 'outage',
      'Significant / Large': 'degraded', Significant: 'degraded',
      'Moderate / Limited': 'minor', Moderate: 'minor',
      'Minor / Localized': 'minor', Minor: 'minor',
      // The same four on a French site [I].
      'Étendu / Généralisé': 'outage', Étendu: 'outage', 'Important / Grand': 'degraded', Important: 'degraded',
      'Modéré / Limité': 'minor', Modéré: 'minor', 'Mineur / Localisé': 'minor', Mineur: 'minor',
    },
  },
  statusCategory: {
    headers: ['Status Category', 'Statuskategorie', "Catégorie d'état", 'Categoría de estado', 'Categoria de status'],
    map: {
      'To Do': 'open', 'In Progress': 'open', Done: 'closed',
      'Zu erledigen': 'open', 'In Arbeit': 'open', Fertig: 'closed',
      'À faire': 'open', 'En cours': 'open', Terminé: 'closed',
      'Por hacer': 'open', 'En curso': 'open', Listo: 'closed',
      'Itens Pendentes': 'open', 'Em andamento': 'open', Concluído: 'closed',
    },
  },
  knownHeaders: [
    'Issue id', 'ID de la incidencia', 'Informador', 'Responsable', 'Persona asignada', 'Vorgangs-ID', 'ID do item', 'ID de ticket',
    'Project key', 'Project name', 'Project type', 'Project lead', 'Assignee', 'Reporter', 'Creator',
    'Updated', 'Actualizada', 'Aktualisiert', 'Atualizado', 'Mise à jour', 'Last Viewed', 'Due date', 'Due Date',
    'Clé de projet', 'Nom du projet', 'Type de projet', 'Rapporteur', 'Créateur', "Date d'échéance", 'Étiquettes',
    'Clé parent', 'Commentaire', 'Pièce jointe', 'Dernière consultation',
    'Labels', 'Description', 'Watchers', 'Sprint', 'Comment', 'Attachment', 'Parent', 'Status Category Changed',
    'Original estimate', 'Remaining Estimate', 'Σ Time Spent', 'Fix versions', 'Fix Version/s', 'Affects versions',
    ...customField('Request Type'), ...customField('Type de demande'), 'Satisfaction rating', ...customField('Satisfaction date'), ...customField('Request participants'),
  ],
  extras: { resolution: { headers: ['Resolution', 'Résolution', 'Resolución', 'Lösung', 'Resolução'], value: { kind: 'string' } } },
  derive({ numbers, strings, extras, length }) {
    markNothingDone(strings, extras, length);
    // A positive "time to first response" left while no response is known is a clock still running.
    const verdict = strings['slaResponseVerdict'];
    const responded = numbers['firstResponseAt']!;
    if (verdict !== undefined) for (let i = 0; i < verdict.length; i++) if (verdict[i] === 'met' && Number.isNaN(responded[i]!)) verdict[i] = null;
  },
};

/**
 * Marks as cancelled (through `statusClass`, read before the status word) each issue whose
 * resolution says nothing was done ({@link NOTHING_DONE}) and whose status is not open or
 * pending by the preset's map — nor, for a word the map does not know, by its status category
 * (a resolution left on a reopened issue does not close it).
 */
function markNothingDone(strings: Record<string, (string | null)[]>, extras: Record<string, Float64Array | (string | null)[]>, length: number): void {
  const resolution = extras['resolution'];
  if (!Array.isArray(resolution)) return;
  const status = strings['status'];
  const category = extras[STATUS_CATEGORY_EXTRA];
  const still = (word: string | null | undefined, map: Record<string, string> | undefined) => {
    if (word === null || word === undefined || map === undefined) return null;
    const key = bareWord(word);
    for (const [source, target] of Object.entries(map)) if (bareWord(source) === key) return target === 'open' || target === 'pending';
    return null;
  };
  let given = strings['statusClass'];
  for (let i = 0; i < length; i++) {
    const word = resolution[i];
    if (word === null || word === undefined || !NOTHING_DONE.has(bareWord(word))) continue;
    const open = still(status?.[i], jiraTickets.maps?.status) ?? (Array.isArray(category) ? still(category[i], jiraTickets.statusCategory?.map) : null);
    if (open === true || (given?.[i] ?? null) !== null) continue;
    given ??= new Array<string | null>(length).fill(null);
    given[i] = 'cancelled';
  }
  if (given !== undefined) strings['statusClass'] = given;
}
