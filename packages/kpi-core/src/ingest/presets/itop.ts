import type { TicketPreset } from './preset.js';

// Source: Combodo/iTop — the CSV export (`core/csvbulkexport.class.inc.php`,
// `core/tabularbulkexport.class.inc.php`, `core/bulkexport.class.inc.php`) and the dictionaries
// `datamodels/2.x/itop-tickets/dictionaries/{fr,en}.dict.itop-tickets.php`,
// `itop-request-mgmt-itil/dictionaries/fr.dict.itop-request-mgmt-itil.php`,
// `itop-incident-mgmt-itil/dictionaries/fr.dict.itop-incident-mgmt-itil.php` [C]:
// - every header is quoted; the separator is the user's choice (`,` by default, `;`, tab); no BOM;
//   headers are the attribute labels in the user's language (`Référence`, `Titre`, `Etat`,
//   `Priorité`, `Date de début`, `Date de résolution`, `Date de fermeture`, `Echéance TTR`…), or
//   the attribute codes when "no localize" is ticked (`ref`, `status`, `start_date`…), then
//   enumerations are codes too (`assigned`, priority `1`…`4`);
// - dates in the UI format, `Y-m-d H:i:s` unless the administrator set another (config
//   `date_and_time_format` default);
// - statuses (UserRequest, feminine in French; Incident, masculine): new, escalated_tto, assigned,
//   escalated_ttr, waiting_for_approval, approved, rejected, pending, resolved, closed;
//   priorities 1 Critique/Critical, 2 Haute/High, 3 Moyenne/Medium, 4 Basse/Low; impact
//   1 Un département, 2 Un service, 3 Une personne; request type incident / demande de service.
// - an external key is exported through its friendly name, labelled `<key>-><friendly name>`
//   (`Client->Nom complet`) [I: the label composition; the plain key label is accepted too].
// - `Echéance TTR`/`Echéance TTO` are the running stopwatch's deadlines: iTop clears them when the
//   stopwatch stops (resolution, pending), `core/ormstopwatch.class.inc.php` Stop() [C]. They are
//   read as due dates (Revue judges them only on tickets still open).
// - `SLA TTR dépassé ?` is Oui/Non (GetBooleanLabel); "Non" is written for a ticket without any
//   SLA as for one that met it, and the deadline that would tell them apart is cleared on
//   resolution: not read as a verdict (a column of "Non" would be a met figure that is not one).
// - `Date d'assignation` (the ticket taken in charge; TTO, "time to own", measures it) is read as
//   the first response, as GLPI's "take into account" is (glpi.ts).
// - `Délai de résolution` (time_spent) is computed by iTop's working-hours computer: not read.

const STATUS_WORDS: Record<string, string> = {
  // UserRequest (fr), Incident (fr, masculine), English labels, codes.
  Nouveau: 'open', 'Escalade tto': 'open', Assignée: 'open', Assigné: 'open', 'Escalade ttr': 'open', 'Escalate ttr': 'open',
  "En attente d'approbation": 'pending', Approuvée: 'open', Rejetée: 'cancelled', 'En attente': 'pending',
  Résolue: 'resolved', Résolu: 'resolved', Fermée: 'closed', Fermé: 'closed',
  New: 'open', 'Escalated TTO': 'open', Assigned: 'open', 'Escalated TTR': 'open', 'Waiting for approval': 'pending',
  Approved: 'open', Rejected: 'cancelled', Pending: 'pending', Resolved: 'resolved', Closed: 'closed',
  new: 'open', escalated_tto: 'open', assigned: 'open', escalated_ttr: 'open', waiting_for_approval: 'pending',
  approved: 'open', rejected: 'cancelled', pending: 'pending', resolved: 'resolved', closed: 'closed',
};

/** iTop ticket export (User requests or Incidents, CSV), French or English UI, labels or codes. */
export const itopTickets: TicketPreset = {
  name: 'itop',
  kind: 'tickets',
  source: 'Combodo/iTop csvbulkexport.class.inc.php, ormstopwatch.class.inc.php and fr/en dictionaries of itop-tickets, itop-request-mgmt-itil, itop-incident-mgmt-itil',
  columns: {
    id: ['Référence', 'Ref', 'ref'],
    title: ['Titre', 'Title', 'title'],
    status: ['Etat', 'État', 'Status', 'status'],
    priority: ['Priorité', 'Priority', 'priority'],
    impact: ['Impact', 'impact'],
    type: ['Type de Requête', 'Request type', 'request_type'],
    client: ['Client->Nom complet', 'Client', 'Nom Client', 'Organization->Full name', 'Organization', 'Organization Name', 'org_id_friendlyname', 'org_name'],
    category: ['Service->Nom complet', 'Service', 'Nom du service', 'Service->Full name', 'Service name', 'service_id_friendlyname', 'service_name'],
    openedAt: ['Date de début', 'Start date', 'start_date'],
    firstResponseAt: ["Date d'assignation", 'Assignment date', 'assignment_date'],
    resolvedAt: ['Date de résolution', 'Resolution date', 'resolution_date'],
    closedAt: ['Date de fermeture', 'Close date', 'close_date'],
    slaResponseDueAt: ['Echéance TTO', 'TTO Deadline', 'tto_escalation_deadline'],
    slaResolutionDueAt: ['Echéance TTR', 'TTR Deadline', 'ttr_escalation_deadline'],
  },
  maps: {
    status: STATUS_WORDS,
    priority: { Critique: 'P1', Haute: 'P2', Moyenne: 'P3', Basse: 'P4', Critical: 'P1', High: 'P2', Medium: 'P3', Low: 'P4', '1': 'P1', '2': 'P2', '3': 'P3', '4': 'P4' },
    impact: {
      'Un département': 'outage', 'Un service': 'degraded', 'Une personne': 'minor',
      'A department': 'outage', 'A service': 'degraded', 'A person': 'minor', '1': 'outage', '2': 'degraded', '3': 'minor',
    },
    type: { incident: 'incident', 'demande de service': 'request', 'service request': 'request', service_request: 'request' },
  },
  // The operational status (ongoing, resolved, closed) classes a site's own status word.
  statusCategory: {
    headers: ['Statut opérationnel', 'Operational status', 'operational_status'],
    map: { 'En cours': 'open', Résolu: 'resolved', Clos: 'closed', Ongoing: 'open', Resolved: 'resolved', Closed: 'closed', ongoing: 'open', resolved: 'resolved', closed: 'closed' },
  },
  knownHeaders: [
    'Demandeur->Nom complet', 'Demandeur', 'Nom Demandeur', 'Caller', 'Caller->Full name', 'Agent->Nom complet', 'Agent', 'Nom Agent',
    'Agent->Full name', 'Equipe', 'Equipe->Nom complet', 'Team', 'Description', 'Date de fin', 'End date', 'Dernière mise à jour',
    'Last update', 'Urgence', 'Urgency', 'Origine', 'Origin', 'TTO', 'TTR', 'SLA TTO dépassé ?', 'SLA TTR dépassé ?',
    'Dépassement SLA TTO', 'Dépassement SLA TTR', 'SLA tto passed', 'SLA ttr passed', 'Délai de résolution', 'Code de résolution',
    'Solution', 'Raison de suspension', 'Temps cumulé de suspension', 'Dernière date de suspension', 'Sous catégorie de service',
    'Sous-classe de Ticket', 'Satisfaction client', 'Ticket à surveiller', 'Journal public', 'Journal privé',
  ],
};
