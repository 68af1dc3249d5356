/**
 * The fields and coded values of the data model (fields.ts) in plain words, English and French:
 * the one catalogue of them. The CLI's mapping proposal names fields with it, and the dashboard's
 * i18n spreads it into its `field.tickets.*`, `field.assets.*` and `statusClass.*` keys, so a
 * field is called the same in the terminal and on the page.
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
