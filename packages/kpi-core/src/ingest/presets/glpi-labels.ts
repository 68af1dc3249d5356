/**
 * The words GLPI writes in a ticket search export, in the UI languages Revue reads: the search
 * option names (column headers) and the values of status, priority, type and yes/no columns.
 *
 * Source: GLPI's own translation files `locales/{en_GB,fr_FR,pt_BR,es_ES,de_DE,it_IT}.po` of
 * glpi-project/glpi as shipped in release 10.0.10, read from the release tree vendored in
 * GrupoSolutions/GLPI-Solutions @ f737e91e9d5aeca5fe0b3a2e502fd7079f1bb6a5 (`locales/*.po`).
 * Only the msgstr of these msgids were taken, nothing else of the files. The msgids and where
 * GLPI uses them: option names in `src/CommonITILObject.php` (`rawSearchOptions`, groups
 * `Statistics`, `Requester`, `Assigned to`), `src/Ticket.php` (`Time to own`, `Time to own
 * exceeded`, `Associated elements` with the plural form, `Take into account time` in the
 * Statistics group), `src/CommonITILCost.php` (group `Cost`); statuses
 * `Ticket::getAllStatusArray` (`_x('status', …)`, `__('Pending')`); priorities
 * `CommonITILObject::getPriorityName` (`_x('priority', …)`); types `Ticket::getTicketTypeName`;
 * yes/no of the `bool` columns (`Time to resolve exceeded`) `Dropdown::getYesNo`. A header is
 * `<group> - <name>` (`%1$s - %2$s`, the same in these six languages) outside the
 * Characteristics group (`src/Search.php`).
 */

/** One UI language of GLPI. */
export interface GlpiLanguage {
  /** Search option names. */
  id: string;
  title: string;
  entity: string;
  status: string;
  lastUpdate: string;
  openingDate: string;
  priority: string;
  category: string;
  type: string;
  urgency: string;
  impact: string;
  resolutionDate: string;
  closingDate: string;
  timeToOwn: string;
  timeToResolve: string;
  timeToOwnProgress: string;
  timeToResolveProgress: string;
  timeToOwnExceeded: string;
  timeToResolveExceeded: string;
  internalTimeToOwn: string;
  internalTimeToResolve: string;
  totalDuration: string;
  location: string;
  associatedElements: string;
  requestSource: string;
  /** The Statistics group and its options (durations). */
  statistics: string;
  takeIntoAccountTime: string;
  resolutionTime: string;
  closingTime: string;
  waitingTime: string;
  /** The Cost group and its options. */
  cost: string;
  totalCost: string;
  timeCost: string;
  fixedCost: string;
  materialCost: string;
  /** Values. */
  statuses: { new: string; assigned: string; planned: string; pending: string; solved: string; closed: string };
  priorities: { major: string; veryHigh: string; high: string; medium: string; low: string; veryLow: string };
  types: { incident: string; request: string };
  yes: string;
  no: string;
}

export const GLPI_LANGUAGES: Record<'en' | 'fr' | 'pt-BR' | 'es' | 'de' | 'it', GlpiLanguage> = {
  en: {
    id: 'ID', title: 'Title', entity: 'Entity', status: 'Status', lastUpdate: 'Last update', openingDate: 'Opening date',
    priority: 'Priority', category: 'Category', type: 'Type', urgency: 'Urgency', impact: 'Impact',
    resolutionDate: 'Resolution date', closingDate: 'Closing date', timeToOwn: 'Time to own', timeToResolve: 'Time to resolve',
    timeToOwnProgress: 'Time to own + Progress', timeToResolveProgress: 'Time to resolve + Progress',
    timeToOwnExceeded: 'Time to own exceeded', timeToResolveExceeded: 'Time to resolve exceeded',
    internalTimeToOwn: 'Internal time to own', internalTimeToResolve: 'Internal time to resolve',
    totalDuration: 'Total duration', location: 'Location', associatedElements: 'Associated elements', requestSource: 'Request source',
    statistics: 'Statistics', takeIntoAccountTime: 'Take into account time', resolutionTime: 'Resolution time',
    closingTime: 'Closing time', waitingTime: 'Waiting time',
    cost: 'Cost', totalCost: 'Total cost', timeCost: 'Time cost', fixedCost: 'Fixed cost', materialCost: 'Material cost',
    statuses: { new: 'New', assigned: 'Processing (assigned)', planned: 'Processing (planned)', pending: 'Pending', solved: 'Solved', closed: 'Closed' },
    priorities: { major: 'Major', veryHigh: 'Very high', high: 'High', medium: 'Medium', low: 'Low', veryLow: 'Very low' },
    types: { incident: 'Incident', request: 'Request' },
    yes: 'Yes', no: 'No',
  },
  fr: {
    id: 'ID', title: 'Titre', entity: 'Entité', status: 'Statut', lastUpdate: 'Dernière modification', openingDate: "Date d'ouverture",
    priority: 'Priorité', category: 'Catégorie', type: 'Type', urgency: 'Urgence', impact: 'Impact',
    resolutionDate: 'Date de résolution', closingDate: 'Date de clôture', timeToOwn: 'TTO', timeToResolve: 'TTR',
    timeToOwnProgress: 'TTO + progression', timeToResolveProgress: 'TTR + Progression',
    timeToOwnExceeded: 'TTO dépassé', timeToResolveExceeded: 'Temps de résolution dépassé',
    internalTimeToOwn: 'TTO interne', internalTimeToResolve: 'TTR interne',
    totalDuration: 'Durée totale', location: 'Lieu', associatedElements: 'Éléments associés', requestSource: 'Source de la demande',
    statistics: 'Statistiques', takeIntoAccountTime: 'Délai de prise en compte', resolutionTime: 'Délai de résolution',
    closingTime: 'Délai de clôture', waitingTime: "Délai d'attente",
    cost: 'Coût', totalCost: 'Coût total', timeCost: 'Coût horaire', fixedCost: 'Coût fixe', materialCost: 'Coût matériel',
    statuses: { new: 'Nouveau', assigned: 'En cours (Attribué)', planned: 'En cours (Planifié)', pending: 'En attente', solved: 'Résolu', closed: 'Clos' },
    priorities: { major: 'Majeure', veryHigh: 'Très haute', high: 'Haute', medium: 'Moyenne', low: 'Basse', veryLow: 'Très basse' },
    types: { incident: 'Incident', request: 'Demande' },
    yes: 'Oui', no: 'Non',
  },
  'pt-BR': {
    id: 'ID', title: 'Título', entity: 'Entidade', status: 'Status', lastUpdate: 'Última atualização', openingDate: 'Data de abertura',
    priority: 'Prioridade', category: 'Categoria', type: 'Tipo', urgency: 'Urgência', impact: 'Impacto',
    resolutionDate: 'Data da solução', closingDate: 'Data de fechamento', timeToOwn: 'Tempo para atendimento', timeToResolve: 'Tempo para solução',
    timeToOwnProgress: 'Tempo para atendimento + Progresso', timeToResolveProgress: 'Tempo para solução + Progresso',
    timeToOwnExceeded: 'Tempo para adquirir excedido', timeToResolveExceeded: 'Tempo para resolver excedido',
    internalTimeToOwn: 'Tempo interno para atendimento', internalTimeToResolve: 'Tempo interno para solução',
    totalDuration: 'Duração total', location: 'Localização', associatedElements: 'Elementos associados', requestSource: 'Origem da requisição',
    statistics: 'Estatísticas', takeIntoAccountTime: 'Leve em conta o tempo', resolutionTime: 'Tempo de solução',
    closingTime: 'Hora de fechamento', waitingTime: 'Tempo de espera',
    cost: 'Custo', totalCost: 'Custo total', timeCost: 'Custo de tempo', fixedCost: 'Custo fixo', materialCost: 'Custo de material',
    statuses: { new: 'Novo', assigned: 'Em atendimento (atribuído)', planned: 'Em atendimento (planejado)', pending: 'Pendente', solved: 'Solucionado', closed: 'Fechado' },
    priorities: { major: 'Critica', veryHigh: 'Muito alta', high: 'Alta', medium: 'Média', low: 'Baixa', veryLow: 'Muito baixa' },
    types: { incident: 'Incidente', request: 'Requisição' },
    yes: 'Sim', no: 'Não',
  },
  es: {
    id: 'ID', title: 'Título', entity: 'Entidad', status: 'Estado', lastUpdate: 'Última actualización', openingDate: 'Fecha de apertura',
    priority: 'Prioridad', category: 'Categoría', type: 'Tipo', urgency: 'Urgencia', impact: 'Impacto',
    resolutionDate: 'Fecha de resolución', closingDate: 'Fecha de cierre', timeToOwn: 'Tiempo de respuesta', timeToResolve: 'Tiempo para resolver',
    timeToOwnProgress: 'Tiempo de respuesta + En curso', timeToResolveProgress: 'Tiempo para resolver + En curso',
    timeToOwnExceeded: 'Tiempo de respuesta excedido', timeToResolveExceeded: 'Se superó el tiempo de resolución',
    internalTimeToOwn: 'Tiempo interno de respuesta', internalTimeToResolve: 'Tiempo interno para resolver',
    totalDuration: 'Duración total', location: 'Ubicaciones', associatedElements: 'Elementos asociados', requestSource: 'Orígenes de la petición',
    // "Closing time" and "Closing date" are both "Fecha de cierre" in es_ES: the group prefix tells them apart.
    statistics: 'Estadísticas', takeIntoAccountTime: 'Tiempo a tener en cuenta', resolutionTime: 'Tiempo de resolución',
    closingTime: 'Fecha de cierre', waitingTime: 'Tiempo de espera',
    cost: 'Costes', totalCost: 'Coste total', timeCost: 'Coste horario', fixedCost: 'Coste fijo', materialCost: 'Coste del material',
    statuses: { new: 'Nuevo', assigned: 'En curso (asignada)', planned: 'En curso (planificada)', pending: 'En espera', solved: 'Resuelto', closed: 'Cerrado' },
    priorities: { major: 'Primordial', veryHigh: 'Muy alta', high: 'Alta', medium: 'Media', low: 'Baja', veryLow: 'Muy baja' },
    types: { incident: 'Incidencia', request: 'Solicitud' },
    yes: 'Sí', no: 'No',
  },
  de: {
    id: 'ID', title: 'Titel', entity: 'Einheit', status: 'Status', lastUpdate: 'Letzte Aktualisierung', openingDate: 'Erstellungsdatum',
    priority: 'Priorität', category: 'Kategorie', type: 'Typ', urgency: 'Dringlichkeit', impact: 'Auswirkung',
    resolutionDate: 'Datum der Lösung', closingDate: 'Abschlussdatum', timeToOwn: 'Zeit zur Übernahme', timeToResolve: 'Zeit zur Behebung',
    timeToOwnProgress: 'Zeit zur Übernahme + Fortführung', timeToResolveProgress: 'Zeit zur Behebung + Fortführung',
    timeToOwnExceeded: 'Besitzzeit überschritten', timeToResolveExceeded: 'Zeit zur Behebung überschritten',
    internalTimeToOwn: 'Zeit intern zur Übernahme', internalTimeToResolve: 'Zeit intern zur Behebung',
    totalDuration: 'Zeitaufwand', location: 'Standort', associatedElements: 'Verbundene Elemente', requestSource: 'Art der Anfrage',
    statistics: 'Statistik', takeIntoAccountTime: 'Berücksichtigte Zeit', resolutionTime: 'Lösungszeit',
    closingTime: 'Zeit bis Abschluss', waitingTime: 'Zeit in Warteschlange',
    cost: 'Kosten', totalCost: 'Gesamtkosten', timeCost: 'Stundensatz', fixedCost: 'Fixe Kosten', materialCost: 'Materialkosten',
    statuses: { new: 'Neu', assigned: 'In Bearbeitung (zugewiesen)', planned: 'In Bearbeitung (mit Zeitplan)', pending: 'In der Warteschlange', solved: 'Gelöst', closed: 'Geschlossen' },
    priorities: { major: 'Kritisch', veryHigh: 'Sehr hoch', high: 'Hoch', medium: 'Mittel', low: 'Niedrig', veryLow: 'Sehr niedrig' },
    types: { incident: 'Vorfall', request: 'Anfrage' },
    yes: 'Ja', no: 'Nein',
  },
  it: {
    id: 'ID', title: 'Titolo', entity: 'Entità', status: 'Stato', lastUpdate: 'Ultima modifica', openingDate: 'Data di apertura',
    priority: 'Priorità', category: 'Categoria', type: 'Tipo', urgency: 'Urgenza', impact: 'Impatto',
    resolutionDate: 'Data di risoluzione', closingDate: 'Data di chiusura', timeToOwn: 'Tempo di assegnazione', timeToResolve: 'Tempo di risoluzione',
    timeToOwnProgress: 'Tempo di assegnazione + avanzamento', timeToResolveProgress: 'Tempo di risoluzione + progresso',
    timeToOwnExceeded: 'Tempo di presa in carico superato', timeToResolveExceeded: 'Tempo di risoluzione superato',
    internalTimeToOwn: "Intervallo di tempo interno per l'assegnazione", internalTimeToResolve: 'Intervallo di tempo interno per la risoluzione',
    totalDuration: 'Durata totale', location: 'Posizione', associatedElements: 'Elementi associati', requestSource: 'Origine delle richieste',
    // "Time to resolve" (a deadline) and "Resolution time" (a duration) are both "Tempo di
    // risoluzione" in it_IT: the duration is only read under its "Statistiche - " prefix.
    statistics: 'Statistiche', takeIntoAccountTime: 'Tempi della presa in carico', resolutionTime: 'Tempo di risoluzione',
    closingTime: 'Orario chiusura', waitingTime: 'Tempo di attesa',
    cost: 'Costo', totalCost: 'Costo totale', timeCost: 'Costo orario', fixedCost: 'Costo fisso', materialCost: 'Costo del materiale',
    statuses: { new: 'Nuova', assigned: 'In lavorazione (assegnata)', planned: 'In lavorazione (pianificata)', pending: 'In sospeso', solved: 'Risolto', closed: 'Chiusa' },
    priorities: { major: 'Massima', veryHigh: 'Molto alta', high: 'Alta', medium: 'Media', low: 'Bassa', veryLow: 'Molto bassa' },
    types: { incident: 'Incidente', request: 'Richiesta' },
    yes: 'Sì', no: 'No',
  },
};

/** The languages in the order their labels are tried (the first alias found wins). */
export const GLPI_LANGUAGE_LIST: readonly GlpiLanguage[] = Object.values(GLPI_LANGUAGES);

/**
 * Status labels seen in a deployed Brazilian GLPI 10.0.10 whose `src/Ticket.php` renames the
 * processing and pending statuses (GrupoSolutions/GLPI-Solutions @ f737e91e): local wording
 * that reaches exports, read with the class of the status it replaces; and GLPI 9's pt_BR names.
 */
export const GLPI_LOCAL_STATUSES: Record<string, 'open' | 'pending'> = {
  'Em Atendimento': 'open',
  // GLPI 9's pt_BR names of the processing statuses, still in the exports of sites that kept
  // them (uni-marketing/Repository `glpi.csv`, 2021: 72 of 433 tickets `Processando (atribuído)`,
  // read as unknown before) and in public scripts that map GLPI's status numbers to words.
  'Processando (atribuído)': 'open',
  'Processando (planejado)': 'open',
  'Aguardando Terceiros': 'pending',
  'Aguardando Usuário': 'pending',
};

/**
 * Priority names of GLPI's Latin-American Spanish (es_CO), where they differ from es_ES: `Major`
 * is `Mayor`, `Very high` is `Muy urgente`, `Medium` is `Mediana` (`_x('priority', …)` in
 * `locales/es_CO.po` of the same 10.0.10 tree, GrupoSolutions/GLPI-Solutions @ f737e91e). A
 * Colombian clinic's export published in Apolo713/Taller1 `glpi.csv` (5,024 tickets, 4,989
 * `Mediana`) had every such ticket without a priority, so without an SLA target.
 */
export const GLPI_REGIONAL_PRIORITIES: Record<string, 'P1' | 'P2' | 'P3' | 'P4' | 'P5'> = {
  Mayor: 'P1',
  'Muy urgente': 'P1',
  Mediana: 'P3',
};
