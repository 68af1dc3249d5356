// Each preset's status map and each UI language's headers. Expected classes restate the
// sources named in each preset (GLPI locales/*.po, OTRS Kernel/Language/*.pm, the tools' own
// built-in statuses); every language's header row is detected as its tool and read.
import { describe, expect, it } from 'vitest';
import { STATUS_CLASSES } from '../../model/fields.js';
import { ticketRows } from '../../model/tables.js';
import { readTickets } from '../read.js';
import { statusClassifier } from '../status.js';
import { GLPI_LANGUAGES, type GlpiLanguage } from './glpi-labels.js';
import { TICKET_PRESETS, detectPresetFromHeaders } from './index.js';

function classes(preset: keyof typeof TICKET_PRESETS, words: readonly string[]): (string | null)[] {
  const classOf = statusClassifier(TICKET_PRESETS[preset].maps?.status ?? {});
  return words.map((word) => STATUS_CLASSES[classOf(word)] ?? null);
}

describe('status maps', () => {
  it.each([
    ['glpi', ['New', 'Processing (assigned)', 'Processing (planned)', 'Pending', 'Solved', 'Closed'], ['open', 'open', 'open', 'pending', 'resolved', 'closed']],
    ['glpi', ['Nouveau', 'En cours (Attribué)', 'En cours (Planifié)', 'En attente', 'Résolu', 'Clos'], ['open', 'open', 'open', 'pending', 'resolved', 'closed']],
    ['glpi', ['Novo', 'Em atendimento (atribuído)', 'Em atendimento (planejado)', 'Pendente', 'Solucionado', 'Fechado'], ['open', 'open', 'open', 'pending', 'resolved', 'closed']],
    ['glpi', ['Nuevo', 'En curso (asignada)', 'En curso (planificada)', 'En espera', 'Resuelto', 'Cerrado'], ['open', 'open', 'open', 'pending', 'resolved', 'closed']],
    ['glpi', ['Neu', 'In Bearbeitung (zugewiesen)', 'In Bearbeitung (mit Zeitplan)', 'In der Warteschlange', 'Gelöst', 'Geschlossen'], ['open', 'open', 'open', 'pending', 'resolved', 'closed']],
    ['glpi', ['Nuova', 'In lavorazione (assegnata)', 'In lavorazione (pianificata)', 'In sospeso', 'Risolto', 'Chiusa'], ['open', 'open', 'open', 'pending', 'resolved', 'closed']],
    ['glpi', ['Em Atendimento', 'Aguardando Terceiros', 'Aguardando Usuário'], ['open', 'pending', 'pending']],
    // GLPI 9's pt_BR processing statuses, in a site's 2021 export (uni-marketing/Repository `glpi.csv`): unknown before.
    ['glpi', ['Processando (atribuído)', 'Processando (planejado)'], ['open', 'open']],
    ['jira', ['To Do', 'Open', 'In Progress', 'Waiting for customer', 'Waiting for support', 'Pending', 'Resolved', 'Done', 'Closed'], ['open', 'open', 'open', 'pending', 'open', 'pending', 'resolved', 'closed', 'closed']],
    ['jira', ['Cancelled', 'Canceled', "Won't Do", 'Declined', 'Rejected', 'Work in progress', 'Zu erledigen'], ['cancelled', 'cancelled', 'cancelled', 'cancelled', 'cancelled', 'open', 'open']],
    // Jira in French: the statuses of French Jira Cloud projects (« Terminé(e) » with its inclusive ending) and the JSM ones [I].
    ['jira', ['À faire', 'En cours', 'Revue en cours', 'Terminé(e)', 'En attente du client', 'Résolu(e)', 'Annulé(e)', 'Fermé'], ['open', 'open', 'open', 'closed', 'pending', 'resolved', 'cancelled', 'closed']],
    ['servicenow', ['New', 'In Progress', 'On Hold', 'Resolved', 'Closed', 'Canceled', 'Active', 'Awaiting User Info'], ['open', 'open', 'pending', 'resolved', 'closed', 'cancelled', 'open', 'pending']],
    ['servicenow', ['1', '2', '3', '6', '7', '8', '-100'], ['open', 'open', 'pending', 'resolved', 'closed', 'cancelled', null]],
    ['servicenow', ['Nuevo', 'En curso', 'En espera', 'Resuelto', 'Cerrado', 'Cancelado'], ['open', 'open', 'pending', 'resolved', 'closed', 'cancelled']],
    ['zendesk', ['new', 'open', 'pending', 'hold', 'solved', 'closed', 'deleted'], ['open', 'open', 'pending', 'pending', 'resolved', 'closed', 'cancelled']],
    ['freshservice', ['Open', 'Pending', 'Resolved', 'Closed'], ['open', 'pending', 'resolved', 'closed']],
    ['freshdesk', ['Open', 'Pending', 'Resolved', 'Closed', 'Waiting on Customer', 'Waiting on Third Party'], ['open', 'pending', 'resolved', 'closed', 'pending', 'pending']],
    ['zammad', ['new', 'open', 'pending reminder', 'pending close', 'closed', 'merged', 'removed'], ['open', 'open', 'pending', 'pending', 'closed', 'cancelled', 'cancelled']],
    ['osticket', ['Open', 'Resolved', 'Closed', 'Archived', 'Deleted'], ['open', 'resolved', 'closed', 'closed', 'cancelled']],
    ['otrs', ['new', 'open', 'pending reminder', 'pending auto close+', 'pending auto close-', 'closed successful', 'closed unsuccessful', 'merged', 'removed'], ['open', 'open', 'pending', 'pending', 'pending', 'closed', 'closed', 'cancelled', 'cancelled']],
    ['otrs', ['novo', 'aberto', 'lembrete de pendente', 'pendente auto fechamento+', 'fechado com êxito', 'fechado sem êxito', 'agrupado', 'removido'], ['open', 'open', 'pending', 'pending', 'closed', 'closed', 'cancelled', 'cancelled']],
    ['otrs', ['neu', 'offen', 'warten zur Erinnerung', 'erfolgreich geschlossen', 'erfolglos geschlossen', 'zusammengefasst'], ['open', 'open', 'pending', 'closed', 'closed', 'cancelled']],
    ['otrs', ['nuevo', 'abierto', 'pendiente de recordatorio', 'cerrado con éxito', 'fusionado', 'nouveau', 'clos (résolu)', 'clos (non résolu)'], ['open', 'open', 'pending', 'closed', 'cancelled', 'open', 'closed', 'closed']],
    ['otrs', ['nuovo', 'aperto', 'in attesa di promemoria', 'in attesa di chiusura automatica+', 'chiuso con successo', 'chiuso senza successo', 'unito', 'rimosso'], ['open', 'open', 'pending', 'pending', 'closed', 'closed', 'cancelled', 'cancelled']],
    ['otrs', ['nieuw', 'open', 'wachtend op een herinnering', 'wachtend op automatisch niet succesvol sluiten', 'succesvol gesloten', 'niet succesvol gesloten', 'samengevoegd', 'verwijderd'], ['open', 'open', 'pending', 'pending', 'closed', 'closed', 'cancelled', 'cancelled']],
    // iTop: UserRequest (feminine) and Incident (masculine) French labels, English labels, codes.
    ['itop', ['Nouveau', 'Escalade tto', 'Assignée', 'Escalade ttr', "En attente d'approbation", 'Approuvée', 'Rejetée', 'En attente', 'Résolue', 'Fermée'], ['open', 'open', 'open', 'open', 'pending', 'open', 'cancelled', 'pending', 'resolved', 'closed']],
    ['itop', ['Assigné', 'Escalate ttr', 'Résolu', 'Fermé', 'Escalated TTO', 'Waiting for approval', 'Rejected', 'assigned', 'escalated_ttr', 'closed'], ['open', 'open', 'resolved', 'closed', 'open', 'pending', 'cancelled', 'open', 'open', 'closed']],
    ['canonical', ['open', 'Nouveau', 'En cours (Attribué)', 'en attente', 'Résolu', 'Clos', 'done', 'Annulé'], ['open', 'open', 'open', 'pending', 'resolved', 'closed', 'closed', 'cancelled']],
  ] as const)('%s %j', (preset, words, expected) => {
    expect(classes(preset, words)).toEqual(expected);
  });

  it('every target of every status map is a status class', () => {
    for (const preset of Object.values(TICKET_PRESETS)) {
      for (const target of Object.values(preset.maps?.status ?? {})) expect(STATUS_CLASSES).toContain(target);
    }
  });
});

/** A GLPI export in one language: the default ticket columns plus statistics and SLA ones. */
function glpiExport(l: GlpiLanguage): string {
  const headers = [
    l.id, l.title, l.entity, l.status, l.lastUpdate, l.openingDate, l.priority, l.category, l.type,
    `${l.statistics} - ${l.resolutionTime}`, `${l.statistics} - ${l.waitingTime}`, l.timeToResolveProgress, l.timeToResolveExceeded,
  ];
  const row = (id: string, status: string, priority: string, type: string, resolution: string, deadline: string, exceeded: string) =>
    [id, 'Imprimante', 'Root > Bistro', status, '2026-03-20 10:00', '2026-03-16 08:00', priority, 'Hardware', type, resolution, '', deadline, exceeded];
  const rows = [
    row('1 001', l.statuses.solved, l.priorities.major, l.types.incident, '', '2026-03-16 12:00\n\n100%', l.no),
    row('1 002', l.statuses.closed, l.priorities.veryLow, l.types.request, '', '2026-03-16 12:00', l.yes),
    row('1 003', l.statuses.pending, l.priorities.medium, l.types.incident, '', '', l.no),
  ];
  const quote = (cell: string) => `"${cell}"`;
  return [headers, ...rows].map((cells) => `${cells.map(quote).join(';')};`).join('\n');
}

describe('GLPI in each UI language', () => {
  it.each(Object.entries(GLPI_LANGUAGES))('%s headers are detected as glpi and read', (_language, l) => {
    const { table, quality } = readTickets(glpiExport(l), { timezone: 'UTC', now: Date.UTC(2026, 3, 1) });
    expect(quality.preset.name).toBe('glpi');
    expect(quality.unmappedColumns).toEqual([l.lastUpdate]); // known to the preset, not read
    const rows = ticketRows(table);
    expect(rows.map((r) => [r.id, r.statusClass, r.priority, r.type, r.slaResolutionDueAt, r.slaResolutionVerdict])).toEqual([
      // "No" with a deadline is met; "Yes" is breached whatever; "No" without a deadline says nothing.
      ['1001', 'resolved', 'P1', 'incident', Date.UTC(2026, 2, 16, 12), 'met'],
      ['1002', 'closed', 'P5', 'request', Date.UTC(2026, 2, 16, 12), 'breached'],
      ['1003', 'pending', 'P3', 'incident', null, null],
    ]);
    // Solved and closed without any date: closed at an unknown time.
    expect(quality.warnings).toEqual({ 'closed-without-date': 2 });
  });

  it('Portuguese (Brazil) headers that Zendesk also knows (ID, Status) go to GLPI', () => {
    const headers = ['ID', 'Título', 'Status', 'Data de abertura', 'Prioridade', 'Última atualização'];
    const detection = detectPresetFromHeaders(headers, 'tickets');
    expect(detection.name).toBe('glpi');
    const zendesk = detection.candidates.find((c) => c.name === 'zendesk')!;
    // glpi finds id, openedAt (3 each), title, status, priority; zendesk misses openedAt (× 0.3).
    expect(detection.score).toBeGreaterThan(3 * zendesk.score);
  });
});

describe('headers of each language of the other tools', () => {
  it.each([
    [['Summary', 'Issue key', 'Issue id', 'Issue Type', 'Status', 'Priority', 'Created', 'Resolved', 'Status Category'], 'jira'],
    [['Resumen', 'Clave de incidencia', 'ID de la incidencia', 'Tipo de Incidencia', 'Estado', 'Prioridad', 'Creada', 'Resuelta'], 'jira'],
    [['Résumé', 'Clé de ticket', 'Type de ticket', 'État', 'Priorité', 'Création', 'Résolue'], 'jira'],
    [['Zusammenfassung', 'Vorgangsschlüssel', 'Vorgangs-ID', 'Vorgangstyp', 'Status', 'Priorität', 'Erstellt', 'Aktualisiert', 'Erledigt', 'Statuskategorie'], 'jira'],
    [['Chave do item', 'ID do item', 'Resumo', 'Status', 'Prioridade', 'Criado', 'Resolvido', 'Tempo gasto'], 'jira'],
    [['number', 'opened_at', 'short_description', 'priority', 'state', 'calendar_duration', 'made_sla'], 'servicenow'],
    [['Number', 'Opened', 'Short description', 'Priority', 'State', 'Resolved', 'Closed', 'Made SLA'], 'servicenow'],
    [['Ticket#', 'Age', 'Title', 'Created', 'Last Changed', 'Close Time', 'Queue', 'State', 'Priority', 'Customer ID'], 'otrs'],
    [['Número', 'Ticket#', 'Idade', 'Titulo', 'Criado', 'Última Alteração', 'Hora de Fechamento', 'Fila', 'Estado', 'Prioridade'], 'otrs'],
    [['Nummer', 'Ticket#', 'Alter', 'Titel', 'Erstellt', 'Zuletzt geändert', 'Schließzeit', 'Queue', 'Status', 'Priorität'], 'otrs'],
    [['Número', 'Ticket#', 'Antigüedad', 'Título', 'Creado', 'Fecha de cierre', 'Cola', 'Estado', 'Prioridad'], 'otrs'],
    [['Nombre', 'Ticket#', 'Âge', 'Titre', 'Créé', 'Date de clôture', 'File', 'État', 'Priorité'], 'otrs'],
    [['Número do Chamado', 'Idade', 'Criado', 'Fechado', 'Primeiro Bloqueio', 'Primeira Resposta', 'Estado', 'Prioridade', 'Fila', 'Bloquear', 'Proprietário', 'ID do Cliente', 'Assunto'], 'otrs'],
    // Italian and Dutch statistics (OTOBO it.pm, nl.pm) and the Dutch ticket search.
    [['Numero', 'Ticket#', 'Età', 'Titolo', 'Creato', 'Tempo di Chiusura', 'Coda', 'Stato', 'Priorità', 'ID Cliente'], 'otrs'],
    [['Nummer', 'Ticket#', 'Leeftijd', 'Titel', 'Aangemaakt', 'Afsluitingstijd', 'Wachtrij', 'Status', 'Prioriteit', 'Klantcode'], 'otrs'],
    [['Ticketnummer', 'Leeftijd', 'Aangemaakt', 'Gesloten', 'EersteLock', 'EersteAntwoord', 'Status', 'Prioriteit', 'Wachtrij', 'Vergrendel', 'Eigenaar', 'Klantcode', 'Onderwerp'], 'otrs'],
    // ServiceNow list with a Spanish UI's labels; Zendesk Explore's attribute names.
    [['Número', 'Abierto', 'Breve descripción', 'Prioridad', 'Estado', 'Grupo de asignación', 'Resuelto', 'Cerrado'], 'servicenow'],
    [['Ticket ID', 'Ticket status', 'Ticket priority', 'Ticket created - Timestamp', 'Ticket solved - Timestamp', 'Tickets'], 'zendesk'],
    [['Ticket ID', 'Subject', 'Status', 'Priority', 'Source', 'Type', 'Agent', 'Group', 'Created time', 'Due by Time', 'Resolved time', 'Closed time', 'Last update time', 'Resolution status'], 'freshdesk'],
    // iTop: French labels, English labels, attribute codes ("no localize").
    [['Référence', 'Titre', 'Client->Nom complet', 'Etat', 'Priorité', 'Date de début', 'Date de résolution', 'Date de fermeture'], 'itop'],
    [['Ref', 'Title', 'Organization->Full name', 'Status', 'Priority', 'Start date', 'Resolution date', 'Close date', 'Request type'], 'itop'],
    [['ref', 'title', 'org_id_friendlyname', 'status', 'priority', 'start_date', 'resolution_date', 'close_date'], 'itop'],
  ])('%j → %s', (headers, expected) => {
    expect(detectPresetFromHeaders(headers, 'tickets').name).toBe(expected);
  });
});

describe('Snipe-IT report headers in each UI language (snipe/snipe-it resources/lang @ 5aa5c480)', () => {
  it.each([
    [['ID', 'Firma', 'Asset Name', 'Asset Tag', 'Modell', 'Kategorie', 'Kaufdatum', 'Kosten', 'EOL', 'Garantie', 'Garantie Ablaufdatum', 'Standort', 'Status']],
    [['ID', 'Azienda', 'Bene Nome', 'Etichetta Bene', 'Categoria', 'Acquistato il', 'Costo', 'EOL', 'Garanzia', 'Scadenza Garanzia', 'Sede', 'Stato']],
    [['ID', 'Empresa', 'Ativo Nome', 'Marcação do Ativo', 'Categoria', 'Comprado', 'Custo', 'EOL', 'Garantia', 'A garantia expira', 'Local', 'SItuação']],
    [['ID', 'Bedrijf', 'Asset naam', 'Asset tag', 'Categorie', 'Aangekocht', 'Kostprijs', 'EOL', 'Garantie', 'Garantie vervalt', 'Locatie', 'Status']],
  ])('%j → snipe-it', (headers) => {
    expect(detectPresetFromHeaders(headers, 'assets')).toMatchObject({ name: 'snipe-it', confident: true });
  });
});
