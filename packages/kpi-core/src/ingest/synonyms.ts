/**
 * What column names and values mean, in the languages helpdesk exports come in (English,
 * French, Portuguese, Spanish, German, with Italian where it was free), for proposing a mapping
 * by meaning (`propose.ts`). Written as people label columns in exports and spreadsheets; every
 * entry is compared after {@link meaningKey} (lower case, no accents, punctuation as spaces).
 * These lists guess; the presets know. A proposal is shown to be checked, never applied silently.
 * A name starting with `~` is a weaker one (a header that means the field less surely than the
 * others: "Customer" is often the person who asked, where "Organization" is the client).
 */
import type { AssetField, TicketField } from '../model/fields.js';

/**
 * A header or value as compared here: lower case, accents removed, `_ - . / ( ) : [ ]`
 * and quotes as spaces, spaces collapsed; `#`, `n°` and `nº` kept as words (`n.º`, the
 * abbreviation with its dot, as `n°`: Serviceaide's Portuguese `Caso n.º`); camelCase split
 * into words, since scripts that dump a tool's REST API to CSV keep its field names
 * (TOPdesk's `callDate`, `completedDate`, `briefDescription`).
 *
 * @example meaningKey('Date_de-Création (UTC)') // 'date de creation utc'
 * @example meaningKey('closedDate') // 'closed date'
 */
export function meaningKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/n\.?[°º]/g, 'n° ')
    .replace(/[_\-./():[\]{}'"’`,;|*]+/g, ' ')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** Names of each ticket field, by language (en, fr, pt, es, de, it), as exports write them. */
export const TICKET_SYNONYMS: Partial<Record<TicketField, readonly string[]>> = {
  id: [
    'id', 'ticket id', 'ticket', 'ticket number', 'ticket no', 'ticket nr', 'ticket #', 'ticket#', '#', 'number', 'no', 'nr', 'num', 'n°',
    'incident id', 'incident number', 'case number', 'case id', 'request id', 'request number', 'issue key', 'issue id', 'key', 'reference', 'ref',
    'identifiant', 'cle de ticket', 'cle', 'n° de ticket', 'n° ticket', 'numero', 'numero de ticket', 'numero du ticket', 'reference du ticket',
    'numero do chamado', 'chamado', 'chamado #', 'chamado#', 'id do chamado', 'numero do ticket', 'protocolo', 'identificador',
    'numero de incidencia', 'numero de caso', 'id de ticket', 'clave de incidencia', 'id de la incidencia', 'clave',
    'nummer', 'ticketnummer', 'ticket nummer', 'vorgangsnummer', 'vorgang', 'meldungsnummer',
    'numero ticket', 'codice',
    // Serviceaide (Cloud Service Management) in Portuguese: `Caso n.º` (its "Case #").
    'caso', 'caso n°', 'n° do caso', 'numero do caso', 'chamado n°', 'n° do chamado', 'case #', 'case n°',
    // PSA exports: ConnectWise's report view, ServiceDesk Plus (English list, French UI).
    'ticketnbr', 'ticket nbr', 'requestid', 'id de la demande', 'numero de la demande',
    // Dutch (TOPdesk's Dutch UI, among others) [I]: incident and call numbers.
    'incidentnummer', 'meldingnummer', 'meldingsnummer', 'ticketnr', 'wijzigingnummer',
  ],
  openedAt: [
    'opened', 'opened at', 'opened on', 'open time', 'open date', 'opening date', 'date opened', 'created', 'created at', 'created on', 'created time',
    'created date', 'creation date', 'create date', 'create time', 'date created', 'submitted', 'submitted at', 'submit date', 'reported at', 'date reported',
    'logged at', 'logged on', 'raised on', 'received at', 'date',
    'date entered', 'entered', 'entered date', 'date logged', 'create date time', 'created date time', 'heure de creation',
    "date d ouverture", 'ouvert', 'ouvert le', 'ouverture', 'date de creation', 'cree le', 'creation', 'cree', 'creee', 'date de saisie', 'date de la demande', 'date demande',
    'data de abertura', 'aberto em', 'abertura', 'criado', 'criado em', 'data de criacao', 'data criacao', 'data do chamado', 'data de registro',
    'fecha de creacion', 'creado', 'creada', 'fecha de apertura', 'fecha de alta', 'abierto', 'fecha de registro', 'fecha',
    'erstellt', 'erstellt am', 'erstellungsdatum', 'eroffnet', 'eroffnet am', 'angelegt', 'angelegt am', 'datum',
    'data di apertura', 'data creazione', 'creato', 'aperto il',
    // Dutch (TOPdesk's Dutch UI, among others) [I]: the date a call was logged.
    'aanmelddatum', 'datum aanmelding', 'aangemeld op', 'aangemaakt', 'aangemaakt op', 'datum aangemaakt', 'meldingsdatum', 'datum melding',
    // TOPdesk's REST field `callDate` (the date the call was reported), as API dumps name the column.
    'call date',
    // A technician's log kept as a spreadsheet (`INICIO` … `FIN`). Not `fecha de inicio` / `fecha fin`:
    // Spanish Redmine's labels of an issue's planned start and due date.
    'inicio',
  ],
  resolvedAt: [
    'resolved', 'resolved at', 'resolved on', 'resolved time', 'resolved date', 'resolution date', 'date resolved', 'solved', 'solved at', 'date solved',
    'fixed at', 'solution date', 'resolved date time', 'heure de resolution',
    // Jira's REST field `resolutiondate`, as scripts that dump the API to CSV name the column.
    'resolutiondate',
    'date de resolution', 'resolu le', 'resolu', 'resolue', 'resolu e', 'date de solution',
    'data de resolucao', 'data de solucao', 'resolvido em', 'solucionado em', 'data da solucao', 'resolvido',
    'fecha de resolucion', 'resuelto', 'resuelta', 'fecha de solucion', 'solucionado',
    'gelost', 'gelost am', 'losungsdatum', 'datum der losung', 'erledigt am', 'behoben am',
    // German Jira's label of the Resolved date (a header, here, not the status).
    'erledigt',
    'data di risoluzione', 'risolto',
    // Dutch (TOPdesk's Dutch UI, among others) [I]: `Gereed` (completed) is TOPdesk's resolution.
    'gereedmelddatum', 'datum gereed', 'gereed op', 'gereedgemeld op', 'datum gereedmelding', 'opgelost op', 'datum opgelost', 'oplosdatum',
  ],
  closedAt: [
    'closed', 'closed at', 'closed on', 'closed time', 'closed date', 'close time', 'close date', 'closing date', 'date closed',
    // Autotask's Complete status and ServiceDesk Plus's "Completed Time" end the ticket: its closing.
    'completed', 'completed at', 'completed on', 'completed time', 'completed date', 'completed date time', 'complete date', 'complete date time',
    'date completed', 'completion date', 'closed date time', 'heure de cloture', 'heure de fermeture', 'date d achevement', 'heure d achevement',
    'date de cloture', 'clos le', 'cloture', 'cloture le', 'date de fermeture', 'ferme le',
    // Redmine's French label of closed_on (`field_closed_on: Fermé`): a header, here, not a status.
    'ferme', 'fermee',
    'data de fechamento', 'fechado', 'fechado em', 'data de encerramento', 'encerrado', 'encerrado em', 'fechamento', 'encerramento',
    'fecha de cierre', 'cerrado', 'cerrada', 'cerrado el', 'cierre',
    'geschlossen', 'geschlossen am', 'schliessdatum', 'abgeschlossen am', 'abschlussdatum',
    'data di chiusura', 'chiuso', 'chiuso il',
    // Dutch (TOPdesk's Dutch UI, among others) [I]: `Afgemeld` is TOPdesk's closing.
    'afmelddatum', 'datum afgemeld', 'afgemeld op', 'datum afmelding', 'gesloten op', 'datum gesloten', 'afsluitdatum',
    // The end of a technician's log kept as a spreadsheet (`INICIO` … `FIN`): see `inicio`.
    'fin',
  ],
  firstResponseAt: [
    'first response', 'first response at', 'first response date', 'first responded at', 'first reply at', 'first reply date', 'responded at',
    'date of first response', 'response date', 'date responded', 'responded date', 'responded time', 'first response date time',
    'premiere reponse', 'date de premiere reponse', 'date de prise en compte', 'pris en compte le', 'prise en compte',
    'primeira resposta', 'data da primeira resposta', 'data de primeira resposta', 'primeiro atendimento', 'data do primeiro atendimento',
    'primera respuesta', 'fecha de primera respuesta',
    'erste antwort', 'erste reaktion', 'erste antwort am',
    'prima risposta',
  ],
  title: [
    'title', 'subject', 'summary', 'short description', 'headline',
    // A tool's own table dumped as is (GLPI's `glpi_tickets`: ID, NAME, DATE, CONTENT, STATUS): weaker,
    // since `Name` beside a title is as often the requester's.
    '~name',
    'titre', 'sujet', 'objet', 'resume', 'intitule', 'libelle', 'breve description',
    'titulo', 'assunto', 'resumo', 'descricao resumida',
    'asunto', 'resumen', 'descripcion breve',
    // ServiceNow's Spanish label of short_description.
    'breve descripcion',
    'titel', 'betreff', 'zusammenfassung', 'kurzbeschreibung',
    'titolo', 'oggetto',
    // Dutch (TOPdesk's Dutch UI, among others) [I]: the short description of a call (`Korte omschrijving (Verzoek)`).
    'korte omschrijving', 'korte omschrijving verzoek', 'omschrijving', 'onderwerp',
    // TOPdesk's REST field `briefDescription`.
    'brief description',
  ],
  status: [
    'status', 'state', 'ticket status', 'ticket state', 'incident state', 'current status', 'current state',
    'statut', 'etat', 'statut du ticket',
    'situacao', 'estado', 'status do chamado', 'estado do chamado', 'estado del ticket',
    'zustand', 'bearbeitungsstatus',
    'stato',
    // Dutch (TOPdesk's Dutch UI, among others) [I]: 
    'verwerkingsstatus', 'meldingstatus',
    // TOPdesk's REST field `processingStatus` (its `status` field is the line: firstLine, secondLine, partial).
    'processing status',
  ],
  priority: [
    'priority', 'prio', 'ticket priority', 'priorite', 'prioridade', 'prioridad', 'prioritat', 'priorita', 'prioriteit',
    // PagerDuty ranks incidents by urgency (high, low); weaker, since ITIL tools write an urgency beside the priority it makes.
    '~urgency',
  ],
  type: [
    'type', 'ticket type', 'issue type', 'incident type', 'kind',
    'type de ticket', 'type de demande',
    'tipo', 'tipo de chamado', 'tipo de ticket', 'tipo de solicitacao', 'tipo de incidencia',
    'typ', 'tickettyp', 'ticket typ', 'art',
    'tipo di ticket',
    // Dutch (TOPdesk's Dutch UI, among others) [I]: the kind of call (`Soort melding`: Storing, Verzoek…).
    'soort melding', 'meldingsoort', 'soort', 'type melding',
    // TOPdesk's REST field `callType`; ConnectWise's `ServiceType` (Incident, Service Request), read
    // since camelCase is split as `service type`, where `service` alone names a category.
    'call type', 'service type',
  ],
  category: [
    'category', 'categories', 'subcategory', 'sub category', 'service', 'component', 'components', 'sub issue type', 'subissue type', 'subtype', 'sub type',
    'categorie', 'sous categorie',
    'categoria', 'subcategoria', 'categoria do chamado', 'servico',
    // Serviceaide's `Categorização` (category >> subcategory >> item), in its other languages too.
    'categorizacao', 'categorization', 'categorisation', 'categorizacion',
    'kategorie', 'unterkategorie',
    // Dutch (TOPdesk's Dutch UI, among others) [I]: 
    'subcategorie', 'hoofdcategorie',
  ],
  assetId: [
    'asset', 'asset id', 'asset tag', 'asset name', 'ci', 'ci name', 'configuration item', 'cmdb ci', 'affected ci', 'affected asset', 'item', 'device',
    'equipment', 'hardware', 'computer', 'associated elements', 'associated items',
    'elements associes', 'element associe', 'element de configuration', 'materiel', 'equipement', 'poste', 'poste de travail', 'machine', 'ordinateur',
    'ativo', 'equipamento', 'item de configuracao', 'ic', 'patrimonio',
    'activo', 'equipo', 'elemento de configuracion',
    'gerat', 'anlage', 'konfigurationselement', 'asset nummer',
    'dispositivo', 'apparecchiatura',
    // Dutch (TOPdesk's Dutch UI, among others) [I]: the object (asset) a call is about.
    'object', 'objectnaam', 'object id', 'configuratie item',
  ],
  client: [
    'client', '~customer', 'customer id', 'customer company', 'company', 'organisation', 'organization', 'organizations', 'organisations', 'entity', 'account', 'tenant',
    'entite', 'societe', 'organisme', 'client final',
    // OTRS / OTOBO / Znuny in French: `ID Client` (the company) beside `Utilisateur client` (the person).
    'id client', 'code client', 'id du client', 'numero client',
    'cliente', 'empresa', 'organizacao', 'entidade', 'id do cliente',
    'organizacion', 'entidad', 'compania',
    'kunde', 'kundennummer', 'firma', 'mandant', 'unternehmen', 'organisationseinheit', 'einheit',
    'azienda', 'entita',
    // Dutch (TOPdesk's Dutch UI, among others) [I]: 
    'klant', 'organisatie', 'klantnaam',
  ],
  site: [
    'site', 'location', 'office', 'branch',
    'lieu', 'localisation', 'emplacement', 'agence',
    'local', 'localizacao', 'unidade', 'filial',
    'ubicacion', 'sede', 'sucursal',
    'standort', 'ort', 'niederlassung',
    'sito', 'luogo',
    // Dutch (TOPdesk's Dutch UI, among others) [I]: a caller's branch.
    'vestiging', 'locatie', 'filiaal',
  ],
  effortMinutes: [
    'time spent', 'time worked', 'effort', 'work time', 'time tracked', 'total time spent', 'worklog', 'accounted time', 'time units total', 'time units',
    // Redmine's English labels (`label_spent_time`, `label_total_spent_time`).
    'spent time', 'total spent time',
    'temps passe', 'temps de travail', 'duree totale', 'charge', 'temps consomme',
    'tempo gasto', 'tempo trabalhado', 'tempo contabilizado', 'tempo apontado', 'horas trabalhadas',
    'tiempo empleado', 'tiempo invertido', 'tiempo dedicado',
    'aufwand', 'arbeitszeit', 'zeitaufwand', 'erfasste zeit',
    'tempo impiegato',
    // PSA exports count hours (the unit comes from the header's words): Autotask, ConnectWise's report view.
    'hours worked', 'total hours worked', 'worked hours', 'actual hours', 'hours actual', 'heures travaillees', 'heures passees',
  ],
  pausedMinutes: [
    'waiting time', 'on hold time', 'time on hold', 'pending time', 'paused time', 'on hold time in minutes', 'agent wait time in minutes',
    'temps d attente', 'delai d attente', 'statistiques delai d attente',
    'tempo de espera', 'tempo em espera', 'tempo pendente',
    'tiempo de espera', 'tiempo en espera',
    'wartezeit',
    'tempo di attesa',
  ],
  cost: ['cost', 'costs', 'total cost', 'amount', 'price', 'cout', 'cout total', 'montant', 'custo', 'custo total', 'valor', 'coste', 'costo', 'importe', 'kosten', 'betrag'],
  affectedUsers: [
    'affected users', 'users affected', 'number of users affected', 'impacted users',
    'utilisateurs affectes', 'utilisateurs impactes', 'usuarios afetados', 'usuarios impactados', 'usuarios afectados',
    'betroffene benutzer', 'betroffene nutzer', 'utenti coinvolti',
  ],
  impact: ['impact', 'severity', 'gravite', 'impacto', 'severidade', 'gravidade', 'gravedad', 'severidad', 'auswirkung', 'schweregrad', 'impatto', 'gravita'],
  maintenanceType: [
    'maintenance type', 'type of maintenance', 'type de maintenance', 'tipo de manutencao', 'tipo de mantenimiento', 'wartungsart', 'tipo di manutenzione',
  ],
  reopenCount: [
    'reopens', 'reopen count', 'reopened count', 'times reopened', 'number of reopens',
    'reouvertures', 'nombre de reouvertures', 'reaberturas', 'reaperturas', 'wiedereroffnungen',
  ],
  slaResponseDueAt: [
    'response due', 'response due date', 'first response due', 'sla response due', 'time to own', 'tto', 'respond by',
    'target response date', 'target response', 'response target', 'response target date',
    'echeance de prise en compte', 'prazo de atendimento', 'prazo de resposta', 'vencimiento de respuesta', 'reaktionsfrist',
  ],
  // The tool's own verdict on a target: proposed only when every value is a verdict word
  // (VERDICT_WORDS), so a "Resolution status" of Resolved / Unresolved is never one.
  slaResolutionVerdict: [
    'resolution state', 'resolution status', 'resolution sla', 'resolution sla status', 'resolution sla state', 'sla resolution',
    'sla resolution status', 'sla resolution state', 'sla state', 'sla status', 'fix sla', 'fix sla status',
    'etat sla', 'statut sla', 'statut sla de resolution', 'etat sla de resolution', 'statut de resolution sla',
  ],
  slaResponseVerdict: [
    'response state', 'first response status', 'first response state', 'response sla', 'response sla status', 'response sla state',
    'sla response', 'sla response status', 'sla response state', 'statut sla de prise en charge', 'etat sla de prise en charge',
  ],
  // Only names that say the deadline is the SLA's (resolution, target, SLA, "by"): a plain "Due
  // Date" / "Date d'échéance" is a due date anyone may set (Jira's, a task's, Autotask's unless an
  // SLA sets it), which the proposal sets aside (GENERIC_DUE in propose.ts). "Due by" stays: the
  // SLA-computed deadline of Freshdesk, Freshservice and ServiceDesk Plus.
  slaResolutionDueAt: [
    'due by', 'due by time', 'resolution due', 'resolution due date', 'sla due', 'sla due date', 'time to resolve', 'time to resolution', 'ttr',
    'target resolution date', 'target resolution', 'resolution target', 'resolution target date', 'fix by', 'fix by date', 'resolve by',
    'resolution deadline', 'sla deadline', 'sla resolution due',
    'echeance de resolution', 'echeance resolution', 'date d echeance de resolution', 'date cible de resolution', 'cible de resolution', 'echeance sla',
    'prazo de solucao', 'prazo de resolucao', 'prazo sla', 'vencimiento de resolucion', 'fecha limite de resolucion', 'losungsfrist', 'scadenza sla',
    // Dutch (TOPdesk's Dutch UI, among others) [I]: TOPdesk's target date, which it sets from the priority's lead time (doorlooptijd).
    'streefdatum', 'streefdatum oplossing', 'uiterste datum',
    // TOPdesk's REST field `targetDate` (the Streefdatum).
    'target date',
  ],
};

/** Names of each asset field, by language. */
/**
 * Values a tool writes for its own SLA verdict: HaloPSA's `slastate` `i` / `o` (`in` / `out` in
 * its SQL reports), Freshdesk and Freshservice's `Within SLA` / `SLA Violated`, and the plain
 * words. Keys are `meaningKey`s (lower case, no accents).
 */
export const VERDICT_WORDS: Record<'met' | 'breached', readonly string[]> = {
  met: ['in', 'i', 'within sla', 'in sla', 'met', 'sla met', 'achieved', 'on time', 'not breached', 'respecte', 'dans les delais', 'dans le delai', 'ok'],
  breached: ['out', 'o', 'sla violated', 'violated', 'out of sla', 'breached', 'sla breached', 'missed', 'overdue', 'late', 'non respecte', 'hors delai', 'depasse', 'ko'],
};

/**
 * A yes/no column that is the tool's SLA verdict (`resolution_sla_met` True/False, ServiceNow's
 * `made_sla`, « SLA respecté » Oui/Non, `sla_breached` 1/0, GLPI's « Temps de résolution
 * dépassé »): its header names a target (SLA, TTR, « délai »…) and says which answer is the good
 * one. Words of a header, as {@link meaningKey} writes them.
 */
export const YES_NO_VERDICT = {
  /** A header must name a target: one of these words… */
  context: [
    'sla', 'slas', 'slo', 'ola', 'target', 'targets', 'objective', 'objectif', 'objetivo', 'obiettivo', 'deadline', 'echeance', 'delai', 'delais', 'prazo', 'plazo',
    'frist', 'tto', 'ttr',
  ],
  /** …or one of these phrases (GLPI's « Temps de résolution dépassé », `Time to own exceeded`). */
  contextPhrases: [
    'time to resolve', 'time to own', 'time to resolution', 'time to first response', 'temps de resolution', 'temps de prise en compte',
    'tempo de resolucao', 'tempo de solucao', 'tiempo de resolucion', 'tiempo de respuesta', 'losungszeit', 'reaktionszeit',
  ],
  /** A yes means the target was met. */
  met: [
    'met', 'made', 'achieved', 'within', 'respected', 'compliant', 'compliance', 'ok', 'kept', 'respecte', 'respectee', 'respectes', 'tenu', 'atteint', 'atteinte',
    'cumplido', 'cumplida', 'cumprido', 'cumprida', 'atendido', 'atendida', 'eingehalten', 'erfullt', 'rispettato', 'rispettata',
  ],
  /** A yes means the target was missed (the answer is inverted). */
  breached: [
    'breached', 'breach', 'unmet', 'violated', 'violation', 'missed', 'exceeded', 'overdue', 'late', 'failed', 'depasse', 'depassee', 'depassement', 'viole', 'violee',
    'vencido', 'vencida', 'incumplido', 'incumplida', 'descumprido', 'descumprida', 'violado', 'violada', 'excedido', 'excedida', 'estourado', 'atrasado',
    'uberschritten', 'verletzt', 'verfehlt', 'superato', 'violato',
  ],
  /** A word that turns the answer round (« SLA non respecté », `SLA not met`). */
  negation: ['not', 'non', 'nao', 'nicht', 'no'],
  /** Words of a first-response target; any other target is the resolution (ServiceNow's `made_sla`, as its preset reads it). */
  response: [
    'response', 'respond', 'responded', 'reponse', 'resposta', 'respuesta', 'risposta', 'reaktion', 'reaktionszeit', 'antwort', 'reply', 'tto', 'own', 'first',
    'premiere', 'primeira', 'primera', 'prima', 'prise en compte', 'prise en charge', 'atendimento', 'acknowledge', 'acknowledgement',
  ],
  /** Answers that mean yes and no, in the tools' and spreadsheets' words (`True`, `Oui`, `Sí`, `1`). */
  yes: ['true', 'yes', 'y', 'oui', 'vrai', 'sim', 'si', 'verdadeiro', 'verdadero', 'ja', 'wahr', 'j', 's', '1', '1 0'],
  no: ['false', 'no', 'n', 'non', 'faux', 'nao', 'falso', 'nein', 'falsch', '0', '0 0'],
} as const;

export const ASSET_SYNONYMS: Partial<Record<AssetField, readonly string[]>> = {
  id: [
    'id', 'asset id', 'asset tag', 'tag', 'asset number', 'inventory number', 'inventory no', 'serial', 'serial number', 'ci', 'ci id',
    'numero d inventaire', 'n° d inventaire', 'n° inventaire', 'etiquette', 'numero de serie',
    'patrimonio', 'numero de patrimonio', 'etiqueta', 'numero de inventario', 'plaqueta',
    'inventarnummer', 'anlagennummer', 'seriennummer',
  ],
  name: ['name', 'asset name', 'assetname', 'display name', 'hostname', 'computer name', 'device name', 'nom', 'nom du poste', 'nom de l actif', 'nom du materiel', 'nom de l ordinateur', 'nom de la machine', 'nom machine', 'machine', 'nome', 'nombre', 'bezeichnung', 'gerätename', 'geratename'],
  type: ['type', 'asset type', 'assettype', 'assettypename', 'asset type name', 'model category', 'category', 'device type', 'categorie', 'type de materiel', 'type d actif', 'type d equipement', 'categorie de modele', 'tipo', 'categoria', 'tipo de ativo', 'tipo de equipo', 'typ', 'kategorie', 'geratetyp'],
  client: TICKET_SYNONYMS.client!,
  site: TICKET_SYNONYMS.site!,
  purchaseDate: [
    'purchase date', 'purchasedate', 'purchased', 'date of purchase', 'bought', 'acquisition date', 'order date',
    // Jamf Pro's purchasing record: the purchase order's date.
    'po date', 'purchase order date',
    'date d achat', 'achete le', 'date d acquisition',
    'data de compra', 'data de aquisicao', 'fecha de compra', 'fecha de adquisicion',
    'kaufdatum', 'anschaffungsdatum', 'data di acquisto',
  ],
  purchaseCost: [
    'purchase cost', 'purchasecost', 'purchase price', 'cost', 'acquisition cost', 'cout d acquisition', 'valeur d achat', 'prix d achat ht', 'price', 'value', 'amount',
    'prix d achat', 'cout d achat', 'valeur', 'cout', 'prix', 'montant',
    'custo', 'valor', 'valor de compra', 'preco', 'custo de aquisicao',
    'precio', 'coste', 'precio de compra', 'kaufpreis', 'anschaffungskosten', 'preis', 'wert', 'prezzo',
  ],
  inServiceDate: [
    'in service date', 'install date', 'installed', 'move to production date', 'date de mise en production', 'startup date', 'start date', 'commissioning date', 'deployment date', 'deployed',
    'date de mise en service', 'mise en service', 'data de entrada em servico', 'data de instalacao', 'fecha de puesta en servicio', 'inbetriebnahme',
  ],
  retiredDate: [
    'retired', 'retired date', 'retirement date', 'decommission date', 'decommissioned', 'disposal date',
    'date de reforme', 'date de mise au rebut', 'date de sortie', 'date de sortie du parc', 'data de baixa', 'data de descarte', 'fecha de baja', 'ausmusterung', 'stilllegung',
  ],
  usefulLifeMonths: [
    'useful life', 'useful life months', 'lifetime', 'lifespan', 'life expectancy', 'expected life', 'duree de vie utile', 'amortization duration', 'depreciation period', 'depreciation months',
    'duree d amortissement', 'duree de vie', 'vida util', 'nutzungsdauer',
  ],
  residualValue: ['residual value', 'salvage value', 'valeur residuelle', 'valor residual', 'restwert'],
  warrantyEnd: [
    'warranty end', 'warranty expires', 'warranty expiration', 'warranty expiration date', 'warranty until', 'end of warranty', 'warrantydate', 'warranty date',
    'warranty expiry', 'warranty expiry date', 'warranty end date', 'date de fin de garantie', 'expiration de garantie', 'expiration de la garantie',
    'fin de garantie', 'date d expiration de la garantie', 'fim da garantia', 'garantia ate', 'fin de garantia', 'garantieende', 'garantie bis',
  ],
  contractCostPerYear: ['contract cost', 'maintenance cost', 'support cost', 'cout du contrat', 'custo do contrato', 'coste del contrato', 'vertragskosten', 'wartungskosten'],
  licenceCostPerYear: ['licence cost', 'license cost', 'licensing cost', 'cout des licences', 'custo de licenca', 'coste de licencia', 'lizenzkosten'],
  users: ['users', 'number of users', 'utilisateurs', 'nombre d utilisateurs', 'usuarios', 'benutzer', 'nutzer'],
  criticality: ['criticality', 'business criticality', 'criticite', 'criticidade', 'criticidad', 'kritikalitat'],
};

/**
 * Names of a duration to resolution or to first response, per target (`durations` of a
 * mapping), and the words of a header that give the unit.
 */
export const DURATION_SYNONYMS: Record<'resolvedAt' | 'firstResponseAt', readonly string[]> = {
  resolvedAt: [
    'calendar duration', 'resolution time', 'time to resolution', 'time to resolve', 'full resolution time', 'full resolution time in minutes',
    'resolution time in hrs', 'resolution time in hours', 'resolution time in minutes',
    'temps de resolution', 'delai de resolution', 'statistiques delai de resolution', 'duree de resolution',
    'tempo de resolucao', 'tempo de solucao', 'tempo para solucao', 'tiempo de resolucion', 'tiempo de solucion', 'losungszeit', 'bearbeitungsdauer',
    // Written with its unit after (`resolution_hours`): compared without the unit's words.
    'resolution', 'resolution duration', 'resolucao', 'resolucion', 'losung',
  ],
  firstResponseAt: [
    'first reply time', 'first reply time in minutes', 'first response time', 'first response time in hrs', 'time to first response',
    // Written with its unit after (`first_response_minutes`, "First Response (h)"): compared without the unit's words.
    'first response', 'first reply', 'response time', 'reply time', 'time to respond', 'time to first reply', 'first response duration',
    'delai de prise en compte', 'statistiques delai de prise en compte', 'temps de prise en compte',
    'temps de reponse', 'temps de premiere reponse', 'delai de premiere reponse', 'delai de reponse', 'premiere reponse',
    'tempo de primeira resposta', 'tempo de atendimento', 'tempo de resposta', 'primeira resposta',
    'tiempo de primera respuesta', 'tiempo de respuesta', 'primera respuesta',
    'reaktionszeit', 'erste reaktion', 'erste antwort', 'antwortzeit',
  ],
};

/** Header words naming a unit (a duration column's unit when its values are bare numbers). */
export const UNIT_WORDS: Record<'seconds' | 'minutes' | 'hours' | 'days', readonly string[]> = {
  seconds: ['s', 'sec', 'secs', 'second', 'seconds', 'secondes', 'segundos', 'sekunden', 'duration'],
  minutes: ['min', 'mins', 'mn', 'minute', 'minutes', 'minutos', 'minuten', 'minuti'],
  hours: ['h', 'hr', 'hrs', 'hour', 'hours', 'heures', 'horas', 'stunden', 'std', 'ore'],
  days: ['d', 'day', 'days', 'jours', 'dias', 'tage', 'giorni'],
};

/** A status class the status words name. */
export type StatusWordClass = 'open' | 'pending' | 'resolved' | 'closed' | 'cancelled';

/** Status words of each status class, in the languages of the tools (compared by {@link meaningKey}). */
export const STATUS_WORDS: Record<StatusWordClass, readonly string[]> = {
  open: [
    'new', 'open', 'opened', 'reopened', 'in progress', 'assigned', 'processing', 'processing assigned', 'processing planned', 'work in progress', 'active',
    'to do', 'todo', 'backlog', 'selected for development', 'triage', 'acknowledged', 'accepted', 'planned', 'escalated', 'waiting for support',
    'scheduled', 'rescheduled', 'dispatched',
    'nouveau', 'nouvelle', 'ouvert', 'ouverte', 'en cours', 'en cours attribue', 'en cours planifie', 'attribue', 'planifie', 'a traiter', 'rouvert',
    'a faire', 'revue en cours',
    'novo', 'nova', 'aberto', 'aberta', 'em andamento', 'em atendimento', 'em atendimento atribuido', 'em atendimento planejado', 'atribuido', 'planejado',
    'reaberto', 'em execucao', 'em analise',
    // GLPI 9's Brazilian names of its processing statuses (GLPI 10 writes `Em atendimento (…)`).
    'processando', 'processando atribuido', 'processando planejado',
    // Serviceaide's Active and Queued statuses in Portuguese (`Ativo`, `Na fila`), and their English names.
    'ativo', 'ativa', 'na fila', 'em fila', 'queued', 'in queue',
    'nuevo', 'nueva', 'abierto', 'abierta', 'en curso', 'en progreso', 'asignado', 'en proceso', 'planificado', 'reabierto',
    'tareas por hacer', 'por hacer', 'en curso asignada', 'en curso planificada',
    'neu', 'offen', 'in bearbeitung', 'zugewiesen', 'in arbeit', 'geplant', 'wiedereroffnet', 'in bearbeitung zugewiesen', 'in bearbeitung geplant',
    'nuovo', 'nuova', 'aperto', 'aperta', 'in corso', 'in lavorazione', 'assegnato', 'assegnata',
    // Dutch (TOPdesk: Aangemeld, In behandeling) [I].
    'aangemeld', 'nieuw', 'in behandeling', 'geopend', 'toegewezen', 'heropend',
    // TOPdesk's default processing statuses as its REST API names them (`Geregistreerd`, `Reactie ontvangen`, `Afspraak gemaakt`).
    'geregistreerd', 'reactie ontvangen', 'afspraak gemaakt',
    // PagerDuty's incident statuses: triggered, acknowledged, resolved.
    'triggered',
  ],
  pending: [
    'pending', 'waiting', 'on hold', 'hold', 'waiting for customer', 'awaiting customer', 'awaiting', 'suspended', 'pending reminder', 'pending auto close',
    'pending auto close+', 'pending auto close-', 'pending close', 'waiting for reply', 'waiting on customer', 'waiting on third party',
    // PSA words: Autotask (Waiting Customer, Waiting Materials), HaloPSA (With User, With Supplier), ConnectWise (On-Hold).
    'waiting customer', 'waiting materials', 'waiting vendor', 'with user', 'with supplier', 'with customer', 'with client', 'with vendor', 'with third party',
    'en attente', 'attente', 'en attente client', 'en attente du client', 'suspendu',
    // Redmine's default "Feedback" status (French `Commentaire`): the issue waits for its author.
    'feedback', 'commentaire',
    // Request Tracker's `stalled`: set aside until the requester (or someone) answers.
    'stalled',
    'pendente', 'aguardando', 'em espera', 'aguardando cliente', 'pendente lembrete', 'pendente fechamento automatico', 'suspenso',
    'pendiente', 'en espera', 'esperando', 'suspendido', 'esperando al cliente',
    'wartend', 'warten', 'ausstehend', 'warten auf kunde', 'zuruckgestellt', 'warten zur erinnerung', 'in der warteschlange',
    'in attesa', 'sospeso', 'in sospeso',
    // Dutch (TOPdesk: Wachten op gebruiker / leverancier) [I].
    'wachten', 'wachten op gebruiker', 'wachten op leverancier', 'wachten op klant', 'in de wacht', 'geparkeerd',
    'wacht op aanmelder', 'wacht op leverancier', 'wacht op gebruiker', 'wacht op klant',
  ],
  resolved: [
    'resolved', 'solved', 'fixed',
    'resolu', 'resolue', 'resolu e', 'solutionne',
    'resolvido', 'resolvida', 'solucionado', 'solucionada',
    'resuelto', 'resuelta',
    'gelost', 'behoben',
    'risolto',
    // Dutch: TOPdesk's `Gereed` (completed, not yet closed) [I].
    'gereed', 'opgelost', 'gereedgemeld',
  ],
  closed: [
    'closed', 'close', 'done', 'complete', 'completed', 'closed successful', 'closed unsuccessful', 'closed complete', 'closed incomplete', 'finished',
    'archived',
    'clos', 'fermee', 'ferme', 'ferme e', 'cloture', 'cloturee', 'termine', 'terminee', 'termine e',
    'fechado', 'fechada', 'encerrado', 'encerrada', 'concluido', 'concluida', 'finalizado', 'finalizada', 'fechado com exito', 'fechado sem exito',
    'cerrado', 'cerrada', 'completado', 'terminado', 'listo', 'hecho',
    'geschlossen', 'abgeschlossen', 'erledigt', 'geschlossen erfolgreich', 'geschlossen erfolglos', 'erfolgreich geschlossen', 'erfolglos geschlossen',
    'chiuso', 'chiusa', 'completato',
    // Dutch: TOPdesk's `Afgemeld` (closed) [I].
    'afgemeld', 'gesloten', 'afgesloten', 'afgehandeld',
    // TOPdesk's status of a call closed by its automatic closing after completion.
    'automatisch afgemeld',
  ],
  cancelled: [
    'cancelled', 'canceled', 'cancel', 'rejected', 'won t do', 'wont do', 'declined', 'abandoned', 'duplicate', 'withdrawn', 'closed cancelled',
    'deleted', 'removed', 'merged',
    'annule', 'annulee', 'annule e', 'abandonne', 'rejete', 'refuse', 'refuse e', 'doublon',
    'cancelado', 'cancelada', 'rejeitado', 'recusado', 'duplicado',
    'rechazado', 'anulado', 'anulada',
    'storniert', 'abgebrochen', 'abgelehnt', 'verworfen', 'duplikat',
    'annullato', 'rifiutato',
    // Dutch [I].
    'vervallen', 'geannuleerd', 'afgewezen', 'dubbel',
  ],
};

const STATUS_OF_WORD = new Map<string, StatusWordClass>(
  (Object.entries(STATUS_WORDS) as [StatusWordClass, readonly string[]][]).flatMap(([target, list]) => list.map((word) => [word, target] as const)),
);

/**
 * Status words that start a longer status a site names itself (`Waiting on client`, `Waiting
 * parts/repair`, `New (email connector)`, `En attente du fournisseur`): waiting or new, never
 * done. A status that starts with a done word stays unmatched for the reader to map
 * (ConnectWise's `Done yet?` asks a technician whether the work is done: it is not closed).
 */
const LEADING_STATUS_WORDS: readonly (readonly [string, 'open' | 'pending'])[] = [
  ['waiting', 'pending'], ['awaiting', 'pending'], ['on hold', 'pending'], ['pending', 'pending'],
  ['wacht op', 'pending'], ['wachten op', 'pending'],
  ['en attente', 'pending'], ['aguardando', 'pending'], ['esperando', 'pending'], ['warten auf', 'pending'], ['in attesa', 'pending'],
  ['new', 'open'], ['nouveau', 'open'], ['nouvelle', 'open'], ['in progress', 'open'], ['en cours', 'open'], ['scheduled', 'open'],
];

/**
 * The status class a status word means by {@link STATUS_WORDS}, else by its leading words, or
 * null. For the proposal, and for the reader when a preset's own map lacks a word (flagged).
 *
 * @example statusOfWord(meaningKey('En cours')) // 'open'
 * @example statusOfWord(meaningKey('Waiting on client')) // 'pending'
 * @example statusOfWord(meaningKey('Done yet?')) // null
 */
export function statusOfWord(key: string): StatusWordClass | null {
  const word = STATUS_OF_WORD.get(key);
  if (word !== undefined) return word;
  for (const [words, target] of LEADING_STATUS_WORDS) if (key.startsWith(`${words} `)) return target;
  return null;
}

/** Priority words, P1 (most urgent) to P5. Jira's classic scheme is {@link JIRA_CLASSIC_PRIORITIES}. */
export const PRIORITY_WORDS: Record<'P1' | 'P2' | 'P3' | 'P4' | 'P5', readonly string[]> = {
  P1: [
    'critical', 'highest', 'urgent', 'very high', 'emergency', 'blocker', 'major', 'critique', 'tres haute', 'tres urgent', 'majeure', 'urgente',
    // Redmine's top priority (Immediate / Immédiat), above its Urgent: both read P1.
    'immediate', 'immediat',
    'critica', 'critico', 'muito alta', 'muito alto', 'muy alta', 'muy alto', 'primordial', 'kritisch', 'sehr hoch', 'dringend', 'molto alta', 'massima',
    'kritiek', 'zeer hoog', 'spoed',
    // Jira's default scheme on a German site (Höchste … Niedrigste) [I]; on a Spanish (Más alta … Más baja),
    // Portuguese (Mais alta … Mais baixa), Italian (Più alta … Più bassa) and Dutch (Hoogste … Laagste) one [I].
    'hochste', 'mas alta', 'mais alta', 'piu alta', 'hoogste',
  ],
  P2: ['high', 'haute', 'haut', 'elevee', 'alta', 'alto', 'elevada', 'elevado', 'hoch', 'important', 'importante', 'hoog'],
  P3: ['medium', 'normal', 'moderate', 'moyenne', 'normale', 'moderee', 'media', 'medio', 'moderada', 'moderado', 'mittel', 'normaal', 'gemiddeld'],
  P4: ['low', 'minor', 'basse', 'bas', 'faible', 'baixa', 'baixo', 'baja', 'bajo', 'niedrig', 'gering', 'bassa', 'laag'],
  P5: [
    'very low', 'lowest', 'planning', 'trivial', 'tres basse', 'muito baixa', 'muito baixo', 'muy baja', 'muy bajo', 'sehr niedrig', 'molto bassa', 'zeer laag', 'niedrigste',
    'mas baja', 'mais baixa', 'piu bassa', 'laagste',
  ],
};

const PRIORITY_OF_WORD = new Map<string, 'P1' | 'P2' | 'P3' | 'P4' | 'P5'>(
  Object.entries(PRIORITY_WORDS).flatMap(([target, words]) => words.map((word) => [word, target as 'P1' | 'P2' | 'P3' | 'P4' | 'P5'] as const)),
);

/** A rank written first (`P2`, `Priority 1`, `Priorité 3`, `2`), then the label if any. */
const RANKED = /^(?:(p|prio|priority|priorite|prioridad|prioridade|prioritat|priorita)\s*)?(\d+)(?:\s+(.*))?$/;

/**
 * The one rule for a priority written with a number and a word (`1 - Critical`, `P2 - High`,
 * `Priority 3 - Normal Response`, `5 very high`), used by the reader and the mapping proposal
 * alike: **the word wins** when it is a priority word ({@link PRIORITY_WORDS}); the number is
 * read as the rank (1 the most urgent) only when the word says nothing (`Priority 3 - Normal
 * Response`, `P2`). Numbers run both ways across tools — ServiceNow, Jira, HaloPSA and
 * ConnectWise count 1 as the most urgent, Freshservice and Freshdesk (`1` = Low … `4` = Urgent),
 * OTRS (`5 very high`) and Request Tracker count upward — while a word means the same
 * everywhere: `P1 - Low` comes from a tool that numbers upward and is P4, as `1 - Low` is.
 * A number alone or followed by an unknown word without a dash (`4 urgentissime`) is no rank
 * unless `bareRank` (a proposal shows such a map for the user to check); null when nothing
 * is read.
 *
 * @example numberedPriority('1 - Critical') // 'P1'
 * @example numberedPriority('P1 - Low') // 'P4' (the word wins)
 * @example numberedPriority('Priority 3 - Normal Response') // 'P3'
 * @example numberedPriority('2') // null; numberedPriority('2', { bareRank: true }) // 'P2'
 */
export function numberedPriority(value: string, options: { bareRank?: boolean } = {}): 'P1' | 'P2' | 'P3' | 'P4' | 'P5' | null {
  const key = meaningKey(value);
  const ranked = RANKED.exec(key);
  const label = ranked === null ? key : (ranked[3] ?? '');
  const byWord = label === '' ? undefined : PRIORITY_OF_WORD.get(label);
  if (byWord !== undefined) return byWord;
  if (ranked === null || !/^[1-5]$/.test(ranked[2]!)) return null;
  const prefixed = ranked[1] !== undefined;
  // `1 - Urgentissime`: a dash (or colon) between the number and a label makes the number a rank.
  const dashed = ranked[3] !== undefined && /^\s*\d+\s*[-\u2013:]/.test(value);
  const bare = ranked[3] === undefined;
  return prefixed || dashed || (bare && options.bareRank === true) ? (`P${ranked[2]}` as 'P1' | 'P2' | 'P3' | 'P4' | 'P5') : null;
}

/**
 * Priority cells that say the ticket has none (Serviceaide's `Nenhum` on every request of a
 * list, Jira's `None`, `Aucune`): an empty priority, not an unknown word to map, so neither the
 * reader nor the proposal flags them (the SLA then says the tickets have no target). Keys are
 * {@link meaningKey}s.
 */
export const NO_PRIORITY_WORDS: ReadonlySet<string> = new Set([
  'none', 'no priority', 'not set', 'unset', 'aucune', 'aucun', 'sans priorite', 'sans', 'nenhum', 'nenhuma', 'sem prioridade',
  'ninguna', 'ninguno', 'sin prioridad', 'keine', 'ohne', 'keine prioritat', 'nessuna', 'nessuno', 'geen', 'geen prioriteit',
]);

/** Jira's classic priorities: read so when a file's priorities include Blocker, Trivial or Minor beside Major. */
export const JIRA_CLASSIC_PRIORITIES: Record<string, 'P1' | 'P2' | 'P3' | 'P4' | 'P5'> = { blocker: 'P1', critical: 'P2', major: 'P3', minor: 'P4', trivial: 'P5' };

/**
 * Ticket type words. Not `bug`: in a software project a bug is a defect of the product, not a
 * service interruption, and the Jira preset leaves it unmapped (kpi-core README); a proposal
 * lists it as unmatched for the reader to map.
 */
export const TYPE_WORDS: Record<'incident' | 'request' | 'problem' | 'change', readonly string[]> = {
  incident: ['incident', 'incidents', 'fault', 'failure', 'outage', 'incidente', 'incidencia', 'panne', 'storung', 'stoerung', 'vorfall', 'falha', 'storing', 'verstoring',
    // A security incident is an incident (TOPdesk sites' `Beveiligingsincident` call type).
    'security incident', 'beveiligingsincident', 'incident de securite', 'incidente de seguridad', 'incidente de seguranca', 'sicherheitsvorfall', 'incidente di sicurezza'],
  request: [
    'request', 'service request', 'service request with approvals', 'demand', 'task', 'question', 'demande', 'requete', 'demande de service', 'tache',
    'demande de service avec approbations',
    'requisicao', 'solicitacao', 'pedido', 'solicitacao de servico', 'requisicao de servico', 'solicitud', 'solicitud de servicio', 'peticion', 'requerimiento', 'anfrage', 'anforderung', 'serviceanfrage', 'richiesta',
    'verzoek', 'aanvraag', 'serviceverzoek', 'vraag',
    // German Jira's `Aufgabe` (Task), as `task` [I].
    'aufgabe',
  ],
  problem: ['problem', 'probleme', 'problema', 'problemas', 'probleem'],
  change: ['change', 'change request', 'rfc', 'changement', 'demande de changement', 'mudanca', 'requisicao de mudanca', 'cambio', 'anderung', 'change anfrage', 'modifica', 'wijziging', 'wijzigingsverzoek'],
};

const TYPE_OF_WORD = new Map<string, 'incident' | 'request' | 'problem' | 'change'>(
  Object.entries(TYPE_WORDS).flatMap(([type, words]) => words.map((word) => [word, type as 'incident' | 'request' | 'problem' | 'change'] as const)),
);

/**
 * The one rule for a ticket type word that a preset or mapping does not name: the type that
 * {@link TYPE_WORDS} gives it (accents, case, punctuation and a leading number ignored), else
 * null — the word is then kept as the export writes it. The reader applies it to every file (the
 * CLI's and the dashboard's), and the mapping proposal proposes by it, so both read `Task` as a
 * request and leave `Bug` as `Bug`.
 *
 * @example
 * typeOfWord('Task'); // => 'request'
 * typeOfWord('Demande de changement'); // => 'change'
 * typeOfWord('Bug'); // => null
 */
export function typeOfWord(value: string): 'incident' | 'request' | 'problem' | 'change' | null {
  return TYPE_OF_WORD.get(meaningKey(value).replace(/^\d+\s*/, '')) ?? null;
}

/** Impact words (outage, degraded, minor). */
export const IMPACT_WORDS: Record<'outage' | 'degraded' | 'minor', readonly string[]> = {
  outage: ['outage', 'down', 'panne', 'arret', 'indisponible', 'parada', 'indisponivel', 'caido', 'ausfall'],
  degraded: ['degraded', 'degrade', 'degradado', 'degradada', 'beeintrachtigt', 'degradato'],
  minor: ['minor', 'mineur', 'menor', 'leve', 'gering', 'minore'],
};

/** Maintenance type words. */
export const MAINTENANCE_WORDS: Record<'corrective' | 'preventive' | 'evolutive' | 'proactive', readonly string[]> = {
  corrective: ['corrective', 'curative', 'palliative', 'corretiva', 'correctiva', 'korrektiv', 'correttiva'],
  preventive: ['preventive', 'preventiva', 'praventiv', 'preventivo'],
  evolutive: ['evolutive', 'evolutiva', 'evolutiv', 'perfective', 'adaptive'],
  proactive: ['proactive', 'proativa', 'proactiva', 'proaktiv', 'proattiva'],
};

/** The keys an API reference object names itself by, in order of preference. */
const REFERENCE_NAME_KEYS = ['name', 'dynamicName', 'displayName', 'display_value', 'summary', 'label', 'value'];

/**
 * The string values of a record's own keys (depth 1), in JSON or as Python prints a dict: nested
 * records and lists are stepped over, and a quoted value is read whole, so a key written inside
 * another value or in a nested record (`'caller': {'name': …}`) is never taken for the record's.
 * A key met twice keeps its first value. Null when a string is not closed.
 */
function topLevelStrings(text: string): Map<string, string> | null {
  const values = new Map<string, string>();
  let depth = 0;
  let key: string | null = null;
  // After the colon of a key at depth 1, until its value is read or a comma ends it.
  let inValue = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 34 || code === 39) {
      let end = at + 1;
      while (end < text.length && text.charCodeAt(end) !== code) end += text.charCodeAt(end) === 92 ? 2 : 1;
      if (end >= text.length) return null;
      if (depth === 1) {
        const string = text.slice(at + 1, end).replace(/\\(.)/g, '$1');
        if (!inValue) key = string;
        else {
          if (key !== null && !values.has(key)) values.set(key, string);
          inValue = false;
        }
      }
      at = end;
    } else if (code === 123 || code === 91) {
      depth++;
      // A nested record or list is a value, not the record's name.
      if (depth === 2) inValue = false;
    } else if (code === 125 || code === 93) depth--;
    else if (depth === 1 && code === 58) inValue = true;
    else if (depth === 1 && code === 44) {
      inValue = false;
      key = null;
    }
  }
  return values;
}

/**
 * The name an API reference object gives, when a cell holds one whole: scripts that dump a
 * tool's REST API to CSV or Excel often write a linked record as the object itself, in JSON
 * (`{"id": "…", "name": "P4"}`) or as Python prints it (`{'id': '…', 'name': 'P4'}`): TOPdesk's
 * `priority`, `processingStatus`, `category`, PagerDuty's `service`. The name is what the tool's
 * own screens show. Only the record's own keys count: a record nested in it (TOPdesk's
 * `'operator': {'id': …, 'name': …}`) names another thing, whichever comes first. Null when the
 * cell is not such an object or names nothing itself (`{'id': '…'}`).
 *
 * @example referenceName("{'id': '7b11b54a', 'name': 'P4'}") // 'P4'
 * @example referenceName('{"id": "PX", "type": "service_reference", "summary": "User Database"}') // 'User Database'
 * @example referenceName('{"caller": {"name": "x"}, "name": "y"}') // 'y'
 */
export function referenceName(cell: string): string | null {
  const text = cell.trim();
  if (text.charCodeAt(0) !== 123 || text.charCodeAt(text.length - 1) !== 125) return null;
  const values = topLevelStrings(text);
  if (values === null) return null;
  for (const key of REFERENCE_NAME_KEYS) {
    const name = values.get(key)?.trim();
    if (name !== undefined && name !== '') return name;
  }
  return null;
}
