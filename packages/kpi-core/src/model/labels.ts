/**
 * The fields and coded values of the data model (fields.ts) in plain words, English and French:
 * the one catalogue of them. The CLI's mapping proposal names fields and values with it; the
 * dashboard's i18n spreads the fields into its `field.tickets.*` and `field.assets.*` keys and its
 * mapping screen says values with `valueLabel`, so a field or a status is called the same in the
 * terminal and on the page.
 */
import type { AssetField, Impact, MaintenanceType, SlaVerdict, StatusClass, TicketField, TicketType } from './fields.js';

/** The languages of the catalogue. */
export type LabelLanguage = 'en' | 'fr';

/** The words of one language. `statusClass` is not a column a mapping names, so it has no label. */
export interface Labels {
  tickets: Record<Exclude<TicketField, 'statusClass'>, string>;
  assets: Record<AssetField, string>;
  statusClass: Record<StatusClass, string>;
  slaVerdict: Record<SlaVerdict, string>;
  type: Record<TicketType, string>;
  maintenanceType: Record<MaintenanceType, string>;
  impact: Record<Impact, string>;
}

export const FIELD_LABELS = {
  en: {
    tickets: {
      id: 'Ticket number',
      openedAt: 'Opened',
      type: 'Type (incident, request…)',
      maintenanceType: 'Maintenance type',
      priority: 'Priority',
      status: 'Status',
      category: 'Category',
      assetId: 'Equipment concerned',
      client: 'Client',
      site: 'Site',
      title: 'Title',
      firstResponseAt: 'First response',
      resolvedAt: 'Resolved',
      closedAt: 'Closed',
      pausedMinutes: 'Time on hold (minutes)',
      effortMinutes: 'Technician time (minutes)',
      cost: 'Direct cost',
      affectedUsers: 'Users affected',
      impact: 'Impact (outage, degraded, minor)',
      reopenCount: 'Times reopened',
      slaResponseDueAt: 'Response due (SLA)',
      slaResolutionDueAt: 'Resolution due (SLA)',
      slaResponseTargetMinutes: 'Response target of the ticket (SLA, as a duration)',
      slaResolutionTargetMinutes: 'Resolution target of the ticket (SLA, as a duration)',
      slaResponseVerdict: "The tool's verdict on the response target",
      slaResolutionVerdict: "The tool's verdict on the resolution target",
    },
    assets: {
      id: 'Asset tag',
      name: 'Name',
      type: 'Type',
      client: 'Client',
      site: 'Site',
      purchaseDate: 'Purchase date',
      purchaseCost: 'Purchase cost',
      inServiceDate: 'In service since',
      retiredDate: 'Retired on',
      usefulLifeMonths: 'Useful life (months)',
      residualValue: 'Residual value',
      warrantyEnd: 'Warranty end',
      contractCostPerYear: 'Contract cost per year',
      licenceCostPerYear: 'Licence cost per year',
      users: 'Users who depend on it',
      criticality: 'Criticality',
      status: 'Status',
    },
    statusClass: { open: 'Open', pending: 'Pending (waiting)', resolved: 'Resolved', closed: 'Closed', cancelled: 'Cancelled' },
    slaVerdict: { met: 'met', breached: 'breached' },
    type: { incident: 'incident', request: 'request', problem: 'problem', change: 'change' },
    maintenanceType: { corrective: 'corrective', preventive: 'preventive', evolutive: 'evolutive', proactive: 'proactive' },
    impact: { outage: 'outage', degraded: 'degraded', minor: 'minor' },
  },
  fr: {
    tickets: {
      id: 'Numéro du ticket',
      openedAt: 'Date d’ouverture',
      type: 'Type (incident, demande…)',
      maintenanceType: 'Type de maintenance',
      priority: 'Priorité',
      status: 'Statut',
      category: 'Catégorie',
      assetId: 'Équipement concerné',
      client: 'Client',
      site: 'Site',
      title: 'Titre',
      firstResponseAt: 'Première réponse',
      resolvedAt: 'Date de résolution',
      closedAt: 'Date de clôture',
      pausedMinutes: 'Temps en attente (minutes)',
      effortMinutes: 'Temps technicien (minutes)',
      cost: 'Coût direct',
      affectedUsers: 'Utilisateurs touchés',
      impact: 'Impact (panne, dégradé, mineur)',
      reopenCount: 'Réouvertures',
      slaResponseDueAt: 'Échéance de prise en charge (SLA)',
      slaResolutionDueAt: 'Échéance de résolution (SLA)',
      slaResponseTargetMinutes: 'Délai de prise en charge du ticket (SLA, en durée)',
      slaResolutionTargetMinutes: 'Délai de résolution visé du ticket (SLA, en durée)',
      slaResponseVerdict: 'Verdict de l’outil sur la prise en charge',
      slaResolutionVerdict: 'Verdict de l’outil sur la résolution',
    },
    assets: {
      id: 'Numéro d’inventaire',
      name: 'Nom',
      type: 'Type',
      client: 'Client',
      site: 'Site',
      purchaseDate: 'Date d’achat',
      purchaseCost: 'Prix d’achat',
      inServiceDate: 'Mise en service',
      retiredDate: 'Date de retrait',
      usefulLifeMonths: 'Durée de vie utile (mois)',
      residualValue: 'Valeur résiduelle',
      warrantyEnd: 'Fin de garantie',
      contractCostPerYear: 'Coût du contrat par an',
      licenceCostPerYear: 'Coût des licences par an',
      users: 'Utilisateurs qui en dépendent',
      criticality: 'Criticité',
      status: 'Statut',
    },
    statusClass: { open: 'Ouvert', pending: 'En attente', resolved: 'Résolu', closed: 'Clos', cancelled: 'Annulé' },
    slaVerdict: { met: 'respecté', breached: 'dépassé' },
    type: { incident: 'incident', request: 'demande', problem: 'problème', change: 'changement' },
    maintenanceType: { corrective: 'corrective', preventive: 'préventive', evolutive: 'évolutive', proactive: 'proactive' },
    impact: { outage: 'panne', degraded: 'dégradé', minor: 'mineur' },
  },
} as const satisfies Record<LabelLanguage, Labels>;

/**
 * A field in plain words, or the field itself when the catalogue has none (a column a future
 * model adds before its words do).
 *
 * @example
 * fieldLabel('tickets', 'openedAt', 'fr'); // → 'Date d’ouverture'
 */
export function fieldLabel(kind: 'tickets' | 'assets', field: string, language: LabelLanguage): string {
  const labels: Record<string, string> = FIELD_LABELS[language][kind];
  return Object.hasOwn(labels, field) ? labels[field]! : field;
}

/**
 * A coded value a mapping's `values` gives a field (`resolved`, `met`, `request`…) in plain words,
 * or the value itself for a field whose values are the file's own (priority `P1` stays `P1`).
 *
 * @example
 * valueLabel('status', 'resolved', 'fr'); // → 'Résolu'
 * valueLabel('slaResolutionVerdict', 'breached', 'fr'); // → 'dépassé'
 */
export function valueLabel(field: string, value: string, language: LabelLanguage): string {
  const words = FIELD_LABELS[language];
  const family: Record<string, string> | undefined =
    field === 'status'
      ? words.statusClass
      : field === 'slaResponseVerdict' || field === 'slaResolutionVerdict'
        ? words.slaVerdict
        : field === 'type' || field === 'maintenanceType' || field === 'impact'
          ? words[field]
          : undefined;
  return family !== undefined && Object.hasOwn(family, value) ? family[value]! : value;
}

const DATE_WORDS = {
  en: {
    excel: 'Excel day numbers',
    year: 'year',
    month: 'month',
    monthName: 'month name',
    day: 'day',
    weekday: 'weekday',
    time: 'time',
    seconds: 'with seconds',
    fractions: 'with seconds and fractions of a second',
    meridiem: 'with AM/PM',
    zone: 'and time zone offset',
  },
  fr: {
    excel: 'numéros de jour Excel',
    year: 'année',
    month: 'mois',
    monthName: 'nom du mois',
    day: 'jour',
    weekday: 'jour de la semaine',
    time: 'heure',
    seconds: 'avec secondes',
    fractions: 'avec secondes et fractions de seconde',
    meridiem: 'avec AM/PM',
    zone: 'et décalage horaire',
  },
} as const;

const TIME_TOKENS = /[Hh]{1,2}:mm(?::ss(?:\.S+)?)?(?: ?a)?|'T'|X{1,3}|x{1,3}/g;
const DATE_TOKENS = /y+|M+|d+|E+|'[^']*'|[^yMdE']+/g;

/**
 * A date format (a mapping's `dateFormat`: date-fns tokens, or `excel`) as a user reads it
 * rather than as tokens: `yyyy-MM-dd HH:mm:ss.SSS`, whose `SSS` says three digits where the file
 * may write nine, is "year-month-day, time with seconds and fractions of a second". The reader floors every instant to the minute, so how many
 * digits a fraction has changes nothing it reads.
 *
 * @example
 * dateFormatWords('dd/MM/yyyy HH:mm', 'fr'); // → 'jour/mois/année, heure'
 * dateFormatWords('yyyy-MM-dd HH:mm:ss.SSS', 'en'); // → 'year-month-day, time with seconds and fractions of a second'
 */
export function dateFormatWords(format: string, language: LabelLanguage): string {
  const w = DATE_WORDS[language];
  if (format === 'excel') return w.excel;
  const date = (format.replace(TIME_TOKENS, ' ').match(DATE_TOKENS) ?? [])
    .map((token) =>
      /^y/.test(token) ? w.year : /^M{3}/.test(token) ? w.monthName : /^M/.test(token) ? w.month : /^d/.test(token) ? w.day : /^E/.test(token) ? w.weekday : token.startsWith("'") ? token.slice(1, -1) : token,
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/[Hh]/.test(format.replace(/'[^']*'/g, ''))) return date;
  const detail = /:ss\.S/.test(format) ? w.fractions : /:ss/.test(format) ? w.seconds : / ?a$/.test(format) ? w.meridiem : '';
  const meridiem = detail !== w.meridiem && /(^|[^'])a$/.test(format) ? ` ${w.meridiem}` : '';
  const zone = /[Xx]/.test(format.replace(/'[^']*'/g, '')) ? ` ${w.zone}` : '';
  return `${date}, ${w.time}${detail === '' ? '' : ` ${detail}`}${meridiem}${zone}`;
}
