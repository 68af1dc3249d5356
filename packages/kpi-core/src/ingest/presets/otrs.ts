import { fillVerdictFromMinutesLeft, type TicketPreset } from './preset.js';

// Source: OTRS 6 / ((OTRS)) Community Edition as forked in Centuran/OTRS-Community-Edition
// @ 6357cdb89f (the same code as OTRS/otrs and znuny/Znuny for these parts) [C]:
// - Statistics ("Ticketlist" report, `Kernel/System/Stats/Dynamic/TicketList.pm`): columns in
//   the order Number (a row counter), Ticket# (the `Ticket::Hook`), Age, Title, Created, Last
//   Changed, Close Time, Queue, State, Priority, Customer User, Customer ID, Service, SLA, Type,
//   Agent/Owner, Responsible, Accounted time, …, FirstResponse, FirstResponseInMin,
//   FirstResponseDiffInMin, …, SolutionTime, SolutionInMin, SolutionDiffInMin, …, First Lock,
//   Lock; each header translated to the user's language (`GetHeaderLine`); values as stored:
//   states and priorities in English (`closed successful`, `3 normal`), dates
//   `yyyy-MM-dd HH:mm:ss`, optionally followed by ` (Zone)` when computed in another zone,
//   Age as `27 d 19 h` (`_HumanReadableAgeGet`), the Diff/InMin columns 0 when unset.
//   Output (`Kernel/Output/HTML/Statistics/View.pm`, `Kernel/System/CSV.pm`): CSV with the
//   language's separator (`;` for pt_BR, de, es, fr), every field quoted, `\n`; Excel as XLSX
//   with the header in row 1 and every cell written as a string.
// - Ticket search export (`Kernel/Modules/AgentTicketSearch.pm`, `SearchCSVData` in
//   `Kernel/Config/Files/XML/Ticket.xml`): TicketNumber, Age, Created, Closed, FirstLock,
//   FirstResponse, State, Priority, Queue, Lock, Owner, UserFirstname, UserLastname, CustomerID,
//   CustomerName, From, Subject, AccountedTime, ArticleTree, SolutionInMin, SolutionDiffInMin,
//   FirstResponseInMin, FirstResponseDiffInMin; headers translated (`Ticket Number`, `Customer
//   Name` first renamed); State and Lock values translated, Age as `27 d 19 h`.
// Translations from `Kernel/Language/{pt_BR,de,es,fr}.pm` of the same tree; Italian and Dutch from
// `Kernel/Language/{it,nl}.pm` of RotherOSS/otobo @ 9f0e4d92 (OTOBO keeps OTRS's keys). State names are the
// defaults of `scripts/database/otrs-initial_insert.xml`. `SolutionInMin` is working time in the
// ticket's calendar, not elapsed time: it cannot place the resolution instant, and the close
// time is exported anyway. `SolutionDiffInMin` is the SLA's solution time minus that working
// time: below zero the target was missed; 0 is also what OTRS writes without an SLA, so only a
// non-zero value is a verdict.

/** OTRS, Znuny and OTOBO, in English, Portuguese (Brazil), German, Spanish, French, Italian and Dutch. */
const STATES: Record<string, string> = {
  new: 'open', novo: 'open', neu: 'open', nuevo: 'open', nouveau: 'open',
  open: 'open', aberto: 'open', offen: 'open', abierto: 'open', ouvert: 'open',
  'pending reminder': 'pending', 'lembrete de pendente': 'pending', 'warten zur Erinnerung': 'pending',
  'pendiente de recordatorio': 'pending', 'Attente de rappel': 'pending',
  'pending auto close+': 'pending', 'pendente auto fechamento+': 'pending', 'warten auf erfolgreich schließen': 'pending',
  'pendiente de cierre automático+': 'pending', 'en attente de fermeture automatique (+)': 'pending',
  'pending auto close-': 'pending', 'pendente auto fechamento-': 'pending', 'warten auf erfolglos schließen': 'pending',
  'pendiente de cierre automático-': 'pending', 'en attente de fermeture automatique (-)': 'pending',
  'closed successful': 'closed', 'fechado com êxito': 'closed', 'erfolgreich geschlossen': 'closed', 'cerrado con éxito': 'closed',
  'clos (résolu)': 'closed',
  'closed unsuccessful': 'closed', 'fechado sem êxito': 'closed', 'erfolglos geschlossen': 'closed', 'cerrado sin éxito': 'closed',
  'clos (non résolu)': 'closed',
  closed: 'closed', fechado: 'closed', geschlossen: 'closed', cerrado: 'closed', fermé: 'closed',
  nuovo: 'open', aperto: 'open', 'in attesa di promemoria': 'pending', 'in attesa di chiusura automatica+': 'pending',
  'in attesa di chiusura automatica-': 'pending', 'chiuso con successo': 'closed', 'chiuso senza successo': 'closed', chiuso: 'closed',
  nieuw: 'open', 'wachtend op een herinnering': 'pending', 'wachtend op automatisch succesvol sluiten': 'pending',
  'wachtend op automatisch niet succesvol sluiten': 'pending', 'succesvol gesloten': 'closed', 'niet succesvol gesloten': 'closed', gesloten: 'closed',
  // A merged ticket lives on in the ticket it was merged into; a removed one was deleted.
  merged: 'cancelled', agrupado: 'cancelled', zusammengefasst: 'cancelled', fusionado: 'cancelled', fusionné: 'cancelled',
  removed: 'cancelled', removido: 'cancelled', entfernt: 'cancelled', eliminado: 'cancelled', supprimé: 'cancelled',
  unito: 'cancelled', rimosso: 'cancelled', samengevoegd: 'cancelled', verwijderd: 'cancelled',
};

const PRIORITIES: Record<string, string> = {
  '5 very high': 'P1', '5 Muito Alto': 'P1', '5 sehr hoch': 'P1', '5 muy alta': 'P1', '5 très important': 'P1', '5 molto alta': 'P1', '5 zeer hoog': 'P1',
  '4 high': 'P2', '4 Alto': 'P2', '4 hoch': 'P2', '4 alta': 'P2', '4 important': 'P2', '4 hoog': 'P2',
  '3 normal': 'P3', '3 normale': 'P3', '3 normaal': 'P3',
  '2 low': 'P4', '2 Baixo': 'P4', '2 niedrig': 'P4', '2 baja': 'P4', '2 bas': 'P4', '2 bassa': 'P4', '2 laag': 'P4',
  '1 very low': 'P5', '1 Muito Baixo': 'P5', '1 sehr niedrig': 'P5', '1 muy baja': 'P5', '1 très bas': 'P5', '1 molto bassa': 'P5', '1 zeer laag': 'P5',
};

/** OTRS / Znuny statistics (Ticketlist, CSV or XLSX) and ticket search export (CSV or Excel). */
export const otrsTickets: TicketPreset = {
  name: 'otrs',
  kind: 'tickets',
  source: 'OTRS 6 CE (Centuran/OTRS-Community-Edition @ 6357cdb89f): Stats/Dynamic/TicketList.pm, AgentTicketSearch.pm, Language/*.pm',
  columns: {
    id: [
      'Ticket#', 'TicketNumber', 'Ticket Number', 'Número do Chamado', 'Ticket-Nummer', 'Número de Ticket', 'Numéro de ticket',
      'Numero ticket', 'NumeroTicket', 'Ticketnummer',
    ],
    title: ['Title', 'Titulo', 'Título', 'Titel', 'Titre', 'Subject', 'Assunto', 'Betreff', 'Asunto', 'Sujet', 'Titolo', 'Oggetto', 'Onderwerp'],
    openedAt: ['Created', 'Criado', 'Erstellt', 'Creado', 'Créé', 'Creato', 'Aangemaakt'],
    closedAt: [
      'Close Time', 'Hora de Fechamento', 'Schließzeit', 'Fecha de cierre', 'Date de clôture', 'Tempo di Chiusura', 'Afsluitingstijd',
      'Closed', 'Fechado', 'Geschlossen', 'Cerrado', 'Fermés', 'Chiuso', 'Gesloten', 'SolutionTime',
    ],
    status: ['State', 'Estado', 'Status', 'État', 'Stato'],
    priority: ['Priority', 'Prioridade', 'Priorität', 'Prioridad', 'Priorité', 'Priorità', 'Prioriteit'],
    category: ['Queue', 'Fila', 'Cola', 'File', 'Coda', 'Wachtrij'],
    client: [
      'Customer ID', 'CustomerID', 'ID do Cliente', 'Kundennummer', 'ID del cliente', 'ID Client', 'Code client', 'ID Cliente',
      'Codice cliente', 'Klantcode',
    ],
    type: ['Type', 'Tipo', 'Typ'],
    effortMinutes: [
      'Accounted time', 'AccountedTime', 'Tempo Contabilizado', 'Tempo contabilizado', 'Erfasste Zeit',
      'Tiempo contabilizado', 'Tiempo Registrado', 'Temp passé', 'Tempo addebitato', 'Bestede tijd',
    ],
    firstResponseAt: ['FirstResponse', 'Primeira Resposta', 'Erstantwortzeit', 'PrimeraRespuesta', 'EersteAntwoord'],
  },
  values: {
    openedAt: { kind: 'instant', before: ' (' },
    closedAt: { kind: 'instant', before: ' (' },
    firstResponseAt: { kind: 'instant', before: ' (' },
    effortMinutes: { kind: 'duration', unit: 'minutes' },
  },
  maps: {
    status: STATES,
    priority: PRIORITIES,
    // `Unclassified` is OTRS's default type, given to tickets nobody typed: read as an empty
    // type is, an incident. ITSM's types are mapped by their meaning.
    type: {
      Unclassified: 'incident', Incident: 'incident', 'Incident::Major': 'incident', Problem: 'problem',
      'Service Request': 'request', RfC: 'change', Request: 'request',
    },
  },
  extras: {
    solutionDiff: {
      headers: ['SolutionDiffInMin', 'Delta de tempo de solução em minutos', 'Lösungszeitdifferenz in Minuten'],
      value: { kind: 'number' },
    },
    firstResponseDiff: {
      headers: [
        'FirstResponseDiffInMin', 'Diferença de Tempo da Primeira Resposta em Minutos', 'Erstantwortzeitdifferenz in Minuten', 'PrimeraRespuestaDifEnMin',
        'EersteAntwoordVerschilInMin',
      ],
      value: { kind: 'number' },
    },
  },
  knownHeaders: [
    'Number', 'Número', 'Nummer', 'Nombre',
    'Age', 'Idade', 'Alter', 'Antigüedad', 'Âge',
    'Last Changed', 'Última Alteração', 'Zuletzt geändert', 'Changed', 'Alterado', 'Geändert', 'Modificado', 'Changé',
    'Customer User', 'Usuário Cliente', 'Kundenbenutzer', 'Cliente', 'Utilisateur client',
    'Customer Name', 'Customer Realname', 'Nome do Cliente', 'Kundenname', 'Nombre del cliente',
    'Service', 'Serviço', 'Servicio', 'SLA', 'Acuerdo de nivel de servicio',
    'Agent/Owner', 'Atendente/Proprietário', 'Agent/Besitzer', 'Agente/Propietario', 'Opérateur/Propriétaire',
    'Owner', 'Proprietário', 'Besitzer', 'Propietario', 'Propriétaire',
    'Responsible', 'Responsável', 'Verantwortlicher', 'Responsable',
    'Lock', 'Bloquear', 'Sperren', 'Verrouiller', 'FirstLock', 'First Lock', 'Primeiro Bloqueio', 'Erstsperrzeit', 'PrimerBloqueo',
    'From', 'De', 'Von', 'UserFirstname', 'UserLastname', 'PrimeiroNome', 'ÚltimoNome', 'ArticleTree',
    'SolutionInMin', 'Tempo de solução em minutos', 'Lösungszeit in Minuten',
    'FirstResponseInMin', 'Primeira Resposta em Minutos', 'Erstantwortzeit in Minuten', 'PrimeraRespuestaEnMin',
    // Italian and Dutch (OTOBO `it.pm`, `nl.pm`).
    'Numero', 'Età', 'Leeftijd', 'Modificato', 'Gewijzigd', 'Utenza clienti', 'Klant', 'Nome cliente', 'Servizio', 'Agente/Proprietario',
    'Behandelaar/eigenaar', 'Proprietario', 'Eigenaar', 'Responsabile', 'Verantwoordelijke', 'Blocca', 'Vergrendel', 'EersteLock',
    'Da', 'Van', 'Nome', 'Cognome', 'EersteAntwoordInMin',
    'StateType', 'UntilTime', 'UnlockTimeout', 'EscalationTime', 'EscalationDestinationIn', 'EscalationDestinationDate',
  ],
  derive({ length, strings, extras }) {
    const solution = extras['solutionDiff'];
    if (solution instanceof Float64Array) fillVerdictFromMinutesLeft((strings['slaResolutionVerdict'] ??= new Array<string | null>(length).fill(null)), solution, 'unknown');
    const first = extras['firstResponseDiff'];
    if (first instanceof Float64Array) fillVerdictFromMinutesLeft((strings['slaResponseVerdict'] ??= new Array<string | null>(length).fill(null)), first, 'unknown');
  },
};
