/**
 * The review as Markdown: a summary an account manager can read aloud, in French or English.
 * It only formats the report object; every figure comes from `buildReport`.
 */
import { endsMostlyUnknown } from './unjudged.js';
import { lostHoursMostlyUnknown, outagesMostlyUnknown } from './lengths-unknown.js';
import { NONE_KEY } from '../kpi/common.js';
import { fleetUnmeasured } from '../kpi/reliability/reliability.js';
import { figureDefaults } from './beside.js';
import { isDataAssumption } from '../policy/types.js';
import { comparisonOf } from './coverage.js';
import { formatter, type Formatter, type Language } from './format.js';
import { atTheEndFr, CATALOGUES, NNBSP } from './messages.js';
import { periodName as reviewPeriodName } from './period-name.js';
import type { Report, SlaOutcome } from './types.js';
import type { IssueCode } from '../ingest/messages.js';
import type { QualityReport } from '../ingest/types.js';

const TEXT = {
  en: {
    title: 'Service review',
    colon: ':',
    allClients: 'all clients',
    period: 'Period',
    asOf: 'Data as of',
    previous: 'compared with',
    findings: 'Key findings',
    noFindings: 'Nothing stands out this period.',
    summary: 'Summary',
    figure: 'Figure',
    now: 'This period',
    before: 'Previous period',
    responseSla: 'Response SLA met',
    resolutionSla: 'Resolution SLA met',
    pending: 'pending',
    unknown: 'closed at an unknown time',
    unknownEnd: 'without a response, ended or not (the export does not say)',
    withoutTarget: (count: string, one: boolean) => `${count} ${one ? 'ticket' : 'tickets'} without a target`,
    // Beside the SLA rates when the file gave the tickets their own targets.
    fileTargets: (kinds: string, count: string, all: boolean) =>
      `SLA met is judged on the targets the file gives each ticket (${kinds}: ${all ? `all ${count} judged` : `${count} judged`}), counted in calendar hours from the opening, not on the policy's targets${all ? '' : ', which judge the others'}.`,
    fileKinds: (response: boolean, resolution: boolean) => [response ? 'response' : '', resolution ? 'resolution' : ''].filter((k) => k !== '').join(' and '),
    atMost: (share: string) => `at most ${share}`,
    // Lengths that run to the closings of a job (closing-ends.ts): not measured, the counts said.
    closingsLost: (count: string, one: boolean) => `${count} ${one ? 'incident' : 'incidents'}, most tickets ending at an automatic closing`,
    closingsOutages: (count: string, one: boolean) => `${count} ${one ? 'outage' : 'outages'}, most tickets ending at an automatic closing`,
    unknownOutages: (count: string, one: boolean) => `${count} ${one ? 'outage' : 'outages'} of unknown length, counted as none`,
    unknownLost: (count: string, one: boolean) => `${count} ${one ? 'incident' : 'incidents'} closed at an unknown time, not counted`,
    // The counts behind hours not measured (lengths-unknown.ts): how many had a length, how many not.
    lengthsLost: (measured: string, unknown: string, one: boolean) => `${measured} ${one ? 'incident' : 'incidents'} measured, ${unknown} closed at an unknown time`,
    lengthsOutages: (measured: string, unknown: string, one: boolean) => `${measured} ${one ? 'outage' : 'outages'} of known length, ${unknown} of unknown length`,
    overlapLost: (hours: string, count: string, one: boolean) =>
      `${hours} of ${count} ${one ? 'incident' : 'incidents'} overlapping another on the same asset, counted once`,
    withoutPurchaseCost: (count: string, one: boolean) => `${count} ${one ? 'asset' : 'assets'} without a purchase cost or date, not included`,
    merged: (tickets: string, one: boolean) => `merged into ${tickets} ${one ? 'ticket' : 'tickets'} (one row per event)`,
    withoutDates: (count: string, one: boolean) =>
      `${count} ${one ? 'asset has' : 'assets have'} neither an in-service nor a purchase date: ${one ? 'its' : 'their'} end of life cannot be told, so ${one ? 'it is' : 'they are'} not in this plan.`,
    notMeasured: 'not measured',
    // The same, agreeing with a feminine, a masculine plural and a feminine plural figure in French.
    notMeasuredAs: { f: 'not measured', mp: 'not measured', fp: 'not measured' },
    noData: 'no data',
    notCompared: (previous: string) => `not compared with ${previous}, which the data do not cover`,
    outsideData: 'The data holds no ticket in this period: no figure can be given for it.',
    partial: 'partly covered by the data',
    incidents: 'Incidents',
    incidentsCancelled: (count: string) => `including ${count} cancelled`,
    recurrenceRate: 'Recurrence rate',
    keyed: (repeats: string, withKey: string, active: string, one: boolean) => `${repeats}/${withKey} ${one ? 'incident' : 'incidents'} with a key, of ${active}`,
    usersAssumed: (assumed: string, incidents: string, one: boolean, all: boolean) =>
      `one user per incident assumed for ${all ? (one ? 'the incident' : incidents === '2' ? 'both incidents' : `all ${incidents} incidents`) : `${assumed} of the ${incidents} incidents`} open during the period`,
    semicolon: '; ',
    tooFewKeyed: (withKey: string, active: string, share: string, one: boolean) => `${withKey} of ${active} ${one ? 'incident' : 'incidents'} with a key; at least ${share} needed`,
    noInventory: (word: string) => `${word} (no asset file: only the assets that failed are known)`,
    tooFewWithAsset: (withAsset: string, incidents: string, share: string, one: boolean) =>
      `${withAsset} of ${incidents} ${one ? 'incident names' : 'incidents name'} an asset; at least ${share} needed`,
    notInFile: (named: number, inFile: string, namedText: string, withFile: string, incidents: string, share: string) =>
      `${
        named === 1
          ? 'the one asset named on incidents is not in the asset file'
          : inFile === '0'
            ? `none of the ${namedText} assets named on incidents is in the asset file`
            : `only ${inFile} of the ${namedText} assets named on incidents ${inFile === '1' ? 'is' : 'are'} in the asset file, named by ${withFile} of ${incidents} incidents (at least ${share} needed)`
      }: check that both files come from the same tool and client`,
    mtbf: 'Fleet MTBF',
    availability: 'Availability',
    lostHours: 'Hours lost by staff',
    perEmployee: 'Hours lost per employee per year (benchmark 50–100 h)',
    tco: 'Total cost of ownership',
    perUser: 'Cost per user over the period',
    problems: 'Recurring problems',
    key: 'Key',
    count: 'Incidents',
    firstLast: 'First – last',
    costs: 'Costs by category',
    category: 'Category',
    amount: 'Amount',
    quality: 'Data quality',
    rows: (read: string, accepted: string, rejected: string, one: { read: boolean }) => `${read} ${one.read ? 'row' : 'rows'} read, ${accepted} accepted, ${rejected} rejected`,
    assetsFromTickets: 'No asset file: the assets are the ones named on the tickets, counted in service for the whole period.',
    firstAt: (row: string, column: string | null) => (column === null ? `(first: row ${row})` : `(first: row ${row}, column “${column}”)`),
    retiredCounted: (id: string, date: string) => `${id}: counted in service up to ${date}, its last ticket (retired by its status, with no retirement date)`,
    retiredNever: (id: string) => `${id}: named by no ticket, not counted in service (retired by its status, with no retirement date)`,
    storedCounted: (id: string, date: string) => `${id}: counted in service up to ${date}, its last ticket (not in service by its status: in stock, spare, inactive or broken, with no date)`,
    storedNever: (id: string) => `${id}: named by no ticket, not counted in service (not in service by its status: in stock, spare, inactive or broken, with no date)`,
    availableAsStock: (status: string) => `Its status “${status}” is read as in stock, as Snipe-IT and ServiceNow mean the word; if it means in use in this inventory, the fleet figures leave out its service after its last ticket`,
    interval: (low: string, high: string, level: string) => `(${level} interval ${low} – ${high})`,
    noFailure: (uptime: string) => `no failure in ${uptime} of service`,
    planKept: 'Preventive plan kept',
    plannedShare: 'Planned maintenance (share of labour hours)',
    preventive: 'Preventive plan',
    noPlan: 'The policy has no preventive maintenance plan: nothing to check.',
    planUncovered: 'No ticket in this period: the plan cannot be checked.',
    planNoAssets: 'No asset file: the tasks by asset type cannot be checked.',
    planSummary: (done: number, due: number, compliance: string) => `${done} of ${due} due ${due === 1 ? 'window' : 'windows'} done (${compliance}).`,
    planShare: (share: string | null, corrective: number) =>
      `${share === null ? 'Share of planned maintenance in labour hours not measured' : `Planned maintenance: ${share} of labour hours`}; ${corrective} corrective ${corrective === 1 ? 'incident' : 'incidents'}.`,
    task: 'Task',
    every: { week: 'week', month: 'month', quarter: 'quarter', half: 'half-year', year: 'year' } as Record<string, string>,
    everyHeader: 'Every',
    assets: 'Assets',
    doneDue: 'Done / due',
    compliance: 'Kept',
    missed: (shown: number, total: number) => (shown < total ? `Missed (the first ${shown} of ${total})` : `Missed (${total})`),
    asset: 'Asset',
    window: 'Window',
    taskNotMeasured: 'not measured',
    activity: 'Activity',
    opened: (count: string, split: string, one: boolean) => `${count} ${one ? 'ticket' : 'tickets'} opened${split ? `: ${split}` : ''}.`,
    types: { incident: ['incident', 'incidents'], request: ['request', 'requests'], problem: ['problem', 'problems'], change: ['change', 'changes'] } as Record<string, [string, string]>,
    topCategories: 'Most frequent categories',
    noCategory: 'no category',
    backlog: (open: string, when: string, before: string | null) => `Tickets open ${when}: ${open}${before === null ? '' : ` (${before})`}.`,
    noActivity: 'No ticket in this period.',
    replacement: 'Replacement plan (next 12 months)',
    replacementSummary: (count: string, cost: string | null, unknown: string | null, one: boolean) =>
      cost === null
        ? `${count} ${one ? 'asset' : 'assets'} to replace; ${one ? 'it has no' : 'none has a'} purchase cost, so no estimate.`
        : `${count} ${one ? 'asset' : 'assets'} to replace, estimated at ${cost}${unknown === null ? '' : ` (${unknown} without a purchase cost, not counted)`}.`,
    noReplacement: 'No asset to replace in the next 12 months.',
    replacementNoInventory: 'Not measured: no asset file was given. The plan needs each asset’s in-service or purchase date and its price; the assets named on tickets carry neither.',
    why: 'Why',
    due: 'Due',
    replacementCost: 'Replacement cost',
    correctiveCost: 'Corrective cost this period',
    reasons: { 'past-useful-life': 'past its useful life', 'useful-life-ends': 'end of useful life', 'warranty-ends': 'end of warranty' } as Record<string, string>,
    budget: 'Budget by quarter',
    andMore: (count: string) => `… and ${count} more.`,
  },
  fr: {
    title: 'Revue de service',
    colon: `${NNBSP}:`,
    allClients: 'tous les clients',
    period: 'Période',
    asOf: 'Données au',
    previous: 'comparée à',
    findings: 'Points clés',
    noFindings: 'Rien de marquant sur la période.',
    summary: 'Synthèse',
    figure: 'Indicateur',
    now: 'Période',
    before: 'Période précédente',
    responseSla: 'SLA de prise en charge respecté',
    resolutionSla: 'SLA de résolution respecté',
    pending: 'en cours',
    unknown: 'clos à une date inconnue',
    unknownEnd: 'sans prise en charge, terminés ou non (l’export ne le dit pas)',
    // French keeps 0 and 1 in the singular.
    withoutTarget: (count: string, one: boolean) => `${count} ${one ? 'ticket sans objectif' : 'tickets sans objectif'}`,
    fileTargets: (kinds: string, count: string, all: boolean) =>
      `Les SLA sont jugés sur les délais que le fichier donne à chaque ticket (${kinds}${NNBSP}: ${all ? `les ${count} jugés` : `${count} jugés`}), comptés en heures calendaires depuis l’ouverture, non sur les délais de la politique${all ? '' : ', qui jugent les autres'}.`,
    fileKinds: (response: boolean, resolution: boolean) => [response ? 'prise en charge' : '', resolution ? 'résolution' : ''].filter((k) => k !== '').join(' et '),
    atMost: (share: string) => `au plus ${share}`,
    closingsLost: (count: string, one: boolean) => `${count} ${one ? 'incident' : 'incidents'}, la plupart des tickets terminés par une fermeture automatique`,
    closingsOutages: (count: string, one: boolean) => `${count} ${one ? 'panne' : 'pannes'}, la plupart des tickets terminés par une fermeture automatique`,
    unknownOutages: (count: string, one: boolean) => `${count} ${one ? 'panne de durée inconnue, comptée' : 'pannes de durée inconnue, comptées'} sans arrêt`,
    unknownLost: (count: string, one: boolean) => `${count} ${one ? 'incident clos à une date inconnue, non compté' : 'incidents clos à une date inconnue, non comptés'}`,
    lengthsLost: (measured: string, unknown: string, one: boolean) => `${measured} ${one ? 'incident mesuré' : 'incidents mesurés'}, ${unknown} clos à une date inconnue`,
    lengthsOutages: (measured: string, unknown: string, one: boolean) => `${measured} ${one ? 'panne de durée connue' : 'pannes de durée connue'}, ${unknown} de durée inconnue`,
    overlapLost: (hours: string, count: string, one: boolean) =>
      `${hours} de ${count} ${one ? 'incident chevauchant' : 'incidents chevauchant'} un autre sur le même équipement, comptées une fois`,
    withoutPurchaseCost: (count: string, one: boolean) => `${count} ${one ? 'équipement sans coût ou date d’achat, non compté' : 'équipements sans coût ou date d’achat, non comptés'}`,
    merged: (tickets: string, one: boolean) => `fusionnées en ${tickets} ${one ? 'ticket' : 'tickets'} (une ligne par événement)`,
    withoutDates: (count: string, one: boolean) =>
      `${count} ${one ? 'équipement n’a' : 'équipements n’ont'} ni date de mise en service ni date d’achat${NNBSP}: leur fin de vie ne peut pas être datée, ${one ? 'il n’est donc pas' : 'ils ne sont donc pas'} dans ce plan.`,
    notMeasured: 'non mesuré',
    notMeasuredAs: { f: 'non mesurée', mp: 'non mesurés', fp: 'non mesurées' },
    noData: 'pas de données',
    notCompared: (previous: string) => `sans comparaison avec ${previous}, que les données ne couvrent pas`,
    outsideData: 'Les données ne contiennent aucun ticket sur cette période : aucun chiffre ne peut être donné.'.replace(' :', `${NNBSP}:`),
    partial: 'partiellement couverte par les données',
    incidents: 'Incidents',
    incidentsCancelled: (count: string, one: boolean) => `dont ${count} ${one ? 'annulé' : 'annulés'}`,
    recurrenceRate: 'Taux de récurrence',
    keyed: (repeats: string, withKey: string, active: string, one: boolean) => `${repeats}/${withKey} ${one ? 'incident' : 'incidents'} avec une clé, sur ${active}`,
    usersAssumed: (assumed: string, incidents: string, one: boolean, all: boolean) =>
      `un utilisateur par incident supposé pour ${all ? (one ? 'le seul incident' : `les ${incidents} incidents`) : `${assumed} des ${incidents} incidents`} en cours sur la période`,
    semicolon: `${NNBSP}; `,
    // The count after the noun: no agreement to get wrong ("1 incidents … nomment", "0 incidents").
    tooFewKeyed: (withKey: string, active: string, share: string, _one: boolean) => `incidents avec une clé${NNBSP}: ${withKey} sur ${active}${NNBSP}; ${share} au moins requis`,
    noInventory: (word: string) => `${word} (pas de fichier d’équipements${NNBSP}: seuls les équipements tombés en panne sont connus)`,
    tooFewWithAsset: (withAsset: string, incidents: string, share: string, _one: boolean) => `incidents nommant un équipement${NNBSP}: ${withAsset} sur ${incidents}${NNBSP}; ${share} au moins requis`,
    notInFile: (named: number, inFile: string, namedText: string, withFile: string, incidents: string, share: string) =>
      `${
        named === 1
          ? 'le seul équipement nommé sur les incidents n’est pas dans le fichier d’équipements'
          : inFile === '0'
            ? `aucun des ${namedText} équipements nommés sur les incidents n’est dans le fichier d’équipements`
            : `${inFile === '1' ? 'seul 1' : `seuls ${inFile}`} des ${namedText} équipements nommés sur les incidents ${inFile === '1' ? 'est' : 'sont'} dans le fichier d’équipements (incidents qui les nomment${NNBSP}: ${withFile} sur ${incidents}${NNBSP}; ${share} au moins requis)`
      }${NNBSP}: vérifiez que les deux fichiers viennent du même outil et du même client`,
    mtbf: 'MTBF du parc',
    availability: 'Disponibilité',
    lostHours: 'Heures perdues par les utilisateurs',
    perEmployee: 'Heures perdues par salarié et par an (repère 50–100 h)',
    tco: 'Coût total de possession',
    perUser: 'Coût par utilisateur sur la période',
    problems: 'Problèmes récurrents',
    key: 'Clé',
    count: 'Incidents',
    firstLast: 'Premier – dernier',
    costs: 'Coûts par catégorie',
    category: 'Catégorie',
    amount: 'Montant',
    quality: 'Qualité des données',
    // French keeps 0 and 1 in the singular: « 1 ligne lue, 1 acceptée, 0 rejetée ».
    rows: (read: string, accepted: string, rejected: string, one: { read: boolean; accepted: boolean; rejected: boolean }) =>
      `${read} ${one.read ? 'ligne lue' : 'lignes lues'}, ${accepted} ${one.accepted ? 'acceptée' : 'acceptées'}, ${rejected} ${one.rejected ? 'rejetée' : 'rejetées'}`,
    assetsFromTickets: `Pas de fichier d’équipements${NNBSP}: les équipements sont ceux cités dans les tickets, comptés en service toute la période.`,
    firstAt: (row: string, column: string | null) => (column === null ? `(premier cas${NNBSP}: ligne ${row})` : `(premier cas${NNBSP}: ligne ${row}, colonne «${NNBSP}${column}${NNBSP}»)`),
    retiredCounted: (id: string, date: string) => `${id}${NNBSP}: compté en service jusqu’au ${date}, son dernier ticket (sorti du parc d’après son statut, sans date de sortie)`,
    retiredNever: (id: string) => `${id}${NNBSP}: cité par aucun ticket, non compté en service (sorti du parc d’après son statut, sans date de sortie)`,
    storedCounted: (id: string, date: string) => `${id}${NNBSP}: compté en service jusqu’au ${date}, son dernier ticket (hors service d’après son statut — en stock, de réserve, inactif ou en panne —, sans date)`,
    storedNever: (id: string) => `${id}${NNBSP}: cité par aucun ticket, non compté en service (hors service d’après son statut — en stock, de réserve, inactif ou en panne —, sans date)`,
    availableAsStock: (status: string) => `Son statut «${NNBSP}${status}${NNBSP}» est lu comme en stock, au sens de Snipe-IT et ServiceNow${NNBSP}; s’il signifie en service dans cet inventaire, les chiffres du parc omettent son service après son dernier ticket`,
    interval: (low: string, high: string, level: string) => `(intervalle à ${level} ${low} – ${high})`,
    noFailure: (uptime: string) => `aucune panne en ${uptime} de service`,
    planKept: 'Plan de maintenance préventive respecté',
    plannedShare: 'Maintenance planifiée (part des heures de travail)',
    preventive: 'Plan de maintenance préventive',
    noPlan: 'La politique ne contient pas de plan de maintenance préventive\u202f: rien à vérifier.',
    planUncovered: 'Aucun ticket sur cette période\u202f: le plan ne peut pas être vérifié.',
    planNoAssets: 'Pas de fichier d’équipements\u202f: les tâches par type d’équipement ne peuvent pas être vérifiées.',
    // French keeps 0 and 1 in the singular.
    planSummary: (done: number, due: number, compliance: string) =>
      `${done} ${done <= 1 ? 'fenêtre faite' : 'fenêtres faites'} sur ${due} ${due <= 1 ? 'due' : 'dues'} (${compliance}).`,
    planShare: (share: string | null, corrective: number) =>
      `${share === null ? 'Part de la maintenance planifiée dans les heures de travail non mesurée' : `Maintenance planifiée\u202f: ${share} des heures de travail`}\u202f; ${corrective} ${corrective <= 1 ? 'incident correctif' : 'incidents correctifs'}.`,
    task: 'Tâche',
    every: { week: 'semaine', month: 'mois', quarter: 'trimestre', half: 'semestre', year: 'année' } as Record<string, string>,
    everyHeader: 'Périodicité',
    assets: 'Équipements',
    doneDue: 'Faites / dues',
    compliance: 'Respect',
    missed: (shown: number, total: number) => (shown < total ? `Fenêtres manquées (les ${shown} premières sur ${total})` : `Fenêtres manquées (${total})`),
    asset: 'Équipement',
    window: 'Fenêtre',
    taskNotMeasured: 'non mesuré',
    activity: 'Activité',
    opened: (count: string, split: string, one: boolean) => `${count} ${one ? 'ticket ouvert' : 'tickets ouverts'}${split ? `\u202f: ${split}` : ''}.`,
    types: { incident: ['incident', 'incidents'], request: ['demande', 'demandes'], problem: ['problème', 'problèmes'], change: ['changement', 'changements'] } as Record<string, [string, string]>,
    topCategories: 'Catégories les plus fréquentes',
    noCategory: 'sans catégorie',
    backlog: (open: string, when: string, before: string | null) => `Tickets encore ouverts ${when}\u202f: ${open}${before === null ? '' : ` (${before})`}.`,
    noActivity: 'Aucun ticket sur cette période.',
    replacement: 'Plan de renouvellement (12 prochains mois)',
    replacementSummary: (count: string, cost: string | null, unknown: string | null, one: boolean) =>
      cost === null
        ? `${count} ${one ? 'équipement' : 'équipements'} à remplacer${NNBSP}; ${one ? 'il n’a pas' : 'aucun n’a'} de coût d’achat, donc pas d’estimation.`
        : `${count} ${one ? 'équipement à remplacer, estimé' : 'équipements à remplacer, estimés'} à ${cost}${unknown === null ? '' : ` (${unknown} sans coût d’achat, ${unknown === '1' ? 'non compté' : 'non comptés'})`}.`,
    noReplacement: 'Aucun équipement à remplacer dans les 12 prochains mois.',
    replacementNoInventory: `Non mesuré${NNBSP}: aucun fichier d’équipements fourni. Le plan a besoin de la date de mise en service ou d’achat de chaque équipement et de son prix${NNBSP}; les équipements nommés sur les tickets n’en portent pas.`,
    why: 'Motif',
    due: 'Échéance',
    replacementCost: 'Coût de remplacement',
    correctiveCost: 'Coût correctif sur la période',
    reasons: { 'past-useful-life': 'durée de vie dépassée', 'useful-life-ends': 'fin de durée de vie', 'warranty-ends': 'fin de garantie' } as Record<string, string>,
    budget: 'Budget par trimestre',
    andMore: (count: string) => `… et ${count} ${count === '1' ? 'autre' : 'autres'}.`,
  },
} as const;

/** The cost categories in plain words (the review's table and the HTML review's chart). */
export const CATEGORY_NAMES: Record<Language, Record<string, string>> = {
  en: {
    acquisition: 'Acquisition (depreciation)', contracts: 'Contracts', licences: 'Licences', preventive: 'Preventive maintenance',
    corrective: 'Corrective maintenance', evolutive: 'Evolutionary maintenance', proactive: 'Proactive maintenance',
    unclassified: 'Unclassified work', downtime: 'Downtime (hours lost)',
  },
  fr: {
    acquisition: 'Acquisition (amortissement)', contracts: 'Contrats', licences: 'Licences', preventive: 'Maintenance préventive',
    corrective: 'Maintenance corrective', evolutive: 'Maintenance évolutive', proactive: 'Maintenance proactive',
    unclassified: 'Travaux non classés', downtime: 'Indisponibilité (heures perdues)',
  },
};

/**
 * Each row-level issue in plain words (the dashboard's Data page says the same): the review lists
 * how many rows each touched, so that a figure resting on flagged rows (ambiguous dates read
 * day-first, dates in the future, duplicates…) is not read as clean.
 */
const ISSUE_NAMES: Record<Language, Record<IssueCode, string>> = {
  en: {
    'required-missing': 'a required field is empty (row rejected)',
    'required-unparseable': 'a required field cannot be read (row rejected)',
    'required-out-of-range': 'a required date is outside 1971–2099 (row rejected)',
    'header-repeated': 'the header row is repeated (row skipped)',
    'unclosed-quote': 'a quote is never closed (row skipped)',
    'quote-spans-rows': 'a quoted cell runs over several rows (row skipped)',
    'delimiter-mismatch': 'another delimiter than the file’s (row skipped)',
    'unparseable-value': 'a value cannot be read (left empty)',
    'unknown-priority': 'priority not in the priority map (left empty)',
    'unmapped-value': 'value not in the value map (kept as written)',
    'resolved-before-opened': 'resolved before it was opened (kept)',
    'duplicate-id': 'duplicate id (both rows kept)',
    'future-date': 'date in the future (kept)',
    'closed-without-resolution': 'closed without a resolution time (closing time used)',
    'closed-without-date': 'closed with no resolution or closing date (closed at an unknown time)',
    'retired-without-date': 'asset retired by its status but with no retirement date (counted in service up to its last ticket only)',
    'not-in-service-without-date': 'asset not in service by its status (in stock, spare, inactive, broken), with no date (counted in service up to its last ticket only)',
    'several-assets': 'ticket naming several items (the first is used: the others get no failure from it)',
    'all-zero': 'cost, time or price column at 0 on every row (read as not recorded)',
    'other-currency': 'amount in another currency than the review’s (left empty, not converted: give the file’s currency as rates.currency)',
    'resolution-from-duration': 'date computed from a duration column',
    'response-from-duration': 'first response computed from a duration column',
    'duration-to-closing': 'duration to closing, not to resolution (not read as one)',
    'short-row': 'fewer cells than the header (missing ones left empty)',
    'long-row': 'more cells than the header (extra ones ignored)',
    'date-out-of-range': 'date outside 1971–2099 (left empty)',
    'dst-gap': 'time skipped by a clock change (read just after it)',
    'ambiguous-date': 'date may be day-first or month-first (read day-first)',
    'ambiguous-date-am-pm': 'date may be day-first or month-first (read month-first: times in AM/PM)',
    'excel-scientific': 'number mangled by Excel (scientific notation)',
    'bom-in-text': 'byte-order mark inside the file (removed)',
    'optional-column-missing': 'a column the mapping names is not in the file',
    'no-time-of-day': 'dates without a time of day (hours not measured)',
    'opened-after-as-of': 'opened after the data date (left out of every figure)',
  },
  fr: {
    'required-missing': 'champ obligatoire vide (ligne rejetée)',
    'required-unparseable': 'champ obligatoire illisible (ligne rejetée)',
    'required-out-of-range': 'date obligatoire hors de 1971–2099 (ligne rejetée)',
    'header-repeated': 'ligne d’en-tête répétée (ligne ignorée)',
    'unclosed-quote': 'guillemet jamais refermé (ligne ignorée)',
    'quote-spans-rows': 'cellule entre guillemets sur plusieurs lignes (ligne ignorée)',
    'delimiter-mismatch': 'séparateur différent de celui du fichier (ligne ignorée)',
    'unparseable-value': 'valeur illisible (laissée vide)',
    'unknown-priority': 'priorité absente de la correspondance (laissée vide)',
    'unmapped-value': 'valeur absente de la correspondance (gardée telle quelle)',
    'resolved-before-opened': 'résolu avant d’avoir été ouvert (gardé)',
    'duplicate-id': 'identifiant en double (les deux lignes sont gardées)',
    'future-date': 'date dans le futur (gardée)',
    'closed-without-resolution': 'clos sans date de résolution (date de clôture retenue)',
    'closed-without-date': 'clos sans date de résolution ni de clôture (fermé à une date inconnue)',
    'retired-without-date': 'actif sorti du parc d’après son statut, sans date de sortie (compté en service jusqu’à son dernier ticket seulement)',
    'not-in-service-without-date': 'actif hors service d’après son statut (en stock, de réserve, inactif, en panne), sans date (compté en service jusqu’à son dernier ticket seulement)',
    'several-assets': 'ticket nommant plusieurs éléments (le premier est retenu\u202f: les autres n’en reçoivent aucune panne)',
    'all-zero': 'colonne de coût, de temps ou de prix à 0 sur toutes les lignes (lue comme non renseignée)',
    'other-currency': 'montant dans une autre devise que celle de la revue (laissé vide, non converti : indiquez la devise du fichier dans rates.currency)',
    'resolution-from-duration': 'date calculée à partir d’une durée',
    'response-from-duration': 'première réponse calculée à partir d’une durée',
    'duration-to-closing': 'durée jusqu’à la fermeture, non jusqu’à la résolution (pas lue comme telle)',
    'short-row': 'moins de cellules que l’en-tête (les manquantes restent vides)',
    'long-row': 'plus de cellules que l’en-tête (les suivantes sont ignorées)',
    'date-out-of-range': 'date hors de 1971–2099 (laissée vide)',
    'dst-gap': 'heure sautée au changement d’heure (lue juste après)',
    'ambiguous-date': 'date ambiguë, jour/mois ou mois/jour (lue jour d’abord)',
    'ambiguous-date-am-pm': 'date ambiguë, jour/mois ou mois/jour (lue mois d’abord\u202f: heures en AM/PM)',
    'excel-scientific': 'nombre abîmé par Excel (notation scientifique)',
    'bom-in-text': 'marque d’ordre des octets dans le fichier (retirée)',
    'optional-column-missing': 'une colonne nommée par la correspondance manque dans le fichier',
    'no-time-of-day': 'dates sans heure (durées en heures non mesurées)',
    'opened-after-as-of': 'ouvert après la date des données (hors de tous les chiffres)',
  },
};

/** Markdown text of the review, in the report's language. */
export function reportToMarkdown(report: Report): string {
  const language = report.language;
  const t = TEXT[language];
  const text = CATALOGUES[language];
  const f = formatter(language, report.currency, report.timezone);
  const lines: string[] = [];
  const who = report.client ?? t.allClients;
  const named = (period: Parameters<typeof reviewPeriodName>[0]) => reviewPeriodName(period, f, report.timezone);
  lines.push(`# ${t.title} — ${who} — ${named(report.period)}`, '');
  const colon = t.colon;
  const prev = report.previous;
  const coverageNote = (coverage: Report['coverage'] | null) =>
    coverage === null || !coverage.covered ? ` (${t.noData})` : coverage.partial ? ` (${t.partial})` : '';
  // One rule and one sentence with the dashboard (`comparisonOf`, the catalogue's `comparison`): a
  // previous period covered otherwise than this one shows no figure at all, counts and shares
  // alike, and the review says why once, here.
  const comparison = comparisonOf(report.coverage, prev.coverage, report.openOnly === true);
  // A previous period the data do not cover is no comparison (DESIGN §5): no column of "n/a"
  // beside the figures, and the header says it was not compared rather than "compared with".
  const previousAbsent = prev.period !== null && (prev.coverage === null || !prev.coverage.covered);
  const comparable = comparison.kind === 'comparable' || (comparison.kind === 'none' && !previousAbsent);
  const compared =
    prev.period === null ? '' : previousAbsent ? `, ${t.notCompared(named(prev.period))}` : !comparable ? '' : `, ${t.previous} ${named(prev.period)}${coverageNote(prev.coverage)}`;
  // A period the data cover in part is measured over the covered days (costs included: see
  // `KpiOptions.observedFrom`); said once, here, unless the comparison's reason already gives them.
  const because = text.comparison(comparison, f);
  const partialDays = text.partialCoverage(report.coverage, comparison, f);
  const why = [because, partialDays].map((sentence) => (sentence === null ? '' : ` ${sentence}`)).join('');
  lines.push(
    // A range of instants keeps its times (the end excluded); a range of days, its first and last day.
    `${t.period}${colon} ${isInstants(report.period) ? named(report.period) : `${f.date(report.period.start)} – ${f.date(endInclusive(report.period.end))}`}${coverageNote(report.coverage)}${compared}. ${t.asOf} ${f.date(report.asOf)}.${why}${report.asOfStray == null ? '' : ` ${escapeMarkdown(text.asOfStray(report.asOfStray, f))}`}`,
    '',
  );
  if (!report.coverage.covered) lines.push(t.outsideData, '');

  lines.push(`## ${t.findings}`, '');
  if (report.findings.length === 0) lines.push(t.noFindings);
  report.findings.forEach((finding, index) => lines.push(`${index + 1}. ${escapeMarkdown(finding.message)}`));
  lines.push('');

  lines.push(`## ${t.summary}`, '', ...(comparable ? [`| ${t.figure} | ${t.now} | ${t.before} |`, '|---|---:|---:|'] : [`| ${t.figure} | ${t.now} |`, '|---|---:|']));
  const row = (label: string, now: string, before: string) => lines.push(comparable ? `| ${label} | ${now} | ${before} |` : `| ${label} | ${now} |`);
  // Every ticket of the SLA's scope is accounted for: judged (met/breached), pending, closed at
  // an unknown time, or without a target for its priority (`sla.withoutTarget`, in no rate).
  const plural = new Intl.PluralRules(f.language);
  // No column says how tickets ended (end-state.ts): an unanswered ticket is unknown, not "closed".
  const endless = report.notMeasured.some((entry) => entry.reason === 'no-end-state');
  // No ticket of the export ended (end-state.ts `noTicketEnded`): the resolution rates are not measured.
  const openOnly = report.notMeasured.some((entry) => entry.reason === 'open-only');
  // Most tickets that ended have no first response (end-state.ts `responsesMostlyMissing`).
  const fewResponses = report.notMeasured.some((entry) => entry.reason === 'few-responses');
  // Most ends are the closings of a job (closing-ends.ts): the lengths to them are not measured.
  const closings = report.notMeasured.some((entry) => entry.reason === 'ends-are-closings');
  const one = (count: number) => plural.select(count) === 'one';
  const sla = (outcome: SlaOutcome | null, measured: boolean, withoutTarget: number | null, resolution = false) => {
    if (outcome === null) return measured ? f.percent(null) : t.notMeasured;
    const untargeted = withoutTarget ? t.withoutTarget(f.number(withoutTarget, 0), one(withoutTarget)) : '';
    // Too few judged beside those closed at an unknown time, or an export of open tickets only
    // (unjudged.ts): no rate, the counts stay.
    const unjudged = outcome.adherence === null && (endsMostlyUnknown(outcome) || (resolution ? openOnly || (closings && outcome.met + outcome.breached > 0) : fewResponses));
    if (outcome.adherence === null && !unjudged) return untargeted === '' ? f.percent(null) : `${f.percent(null)} (${untargeted})`;
    const extra = [
      outcome.pending ? `${f.number(outcome.pending, 0)} ${t.pending}` : '',
      outcome.unknown ? `${f.number(outcome.unknown, 0)} ${endless ? t.unknownEnd : t.unknown}` : '',
      untargeted,
    ].filter((part) => part !== '');
    return `${unjudged ? t.notMeasured : f.percent(outcome.adherence)} (${f.number(outcome.met, 0)}/${f.number(outcome.met + outcome.breached, 0)}${extra.map((part) => `, ${part}`).join('')})`;
  };
  // Ticket dates without a time of day, or no column saying how tickets ended: the hours between
  // them are "not measured" (said below why), not "n/a", which reads as no data.
  const untimed = (figure: string) =>
    report.notMeasured.some((entry) => entry.figure === figure && (entry.reason === 'no-time-of-day' || entry.reason === 'no-end-state'));
  const timed = (figure: string, cell: string, word: string = t.notMeasured) => (untimed(figure) ? word : cell);
  row(
    t.responseSla,
    timed('sla.response', sla(report.sla.response, report.sla.responseMeasured, report.sla.withoutTarget)),
    timed('previous.sla.response', sla(prev.sla.response, prev.sla.responseMeasured, prev.sla.withoutTarget)),
  );
  row(
    t.resolutionSla,
    timed('sla.resolution', sla(report.sla.resolution, true, report.sla.withoutTarget, true)),
    timed('previous.sla.resolution', sla(prev.sla.resolution, true, prev.sla.withoutTarget, true)),
  );
  for (const target of ['response', 'resolution'] as const) {
    const source = report.sla.source[target];
    if (source === null) continue;
    const before = prev.sla.source[target];
    // The tool's rate with its own evidence (met / judged, pending), then how often Revue disagrees:
    // the tool judges only the tickets it has a verdict or due date for, so the two rates differ
    // even without a disagreement ("77.1 %" beside Revue's 74.2 % said nothing of its 15,447).
    // The catalogue's words, which the dashboard's SLA section shows too.
    const cell = (figures: typeof source | null) => (figures === null ? f.percent(null) : text.sourceSla(figures, f));
    row(text.sourceSlaName(target), cell(source), cell(before));
  }
  // No ticket read as an incident: the incident figures of a covered period are "not measured",
  // said below with the types read, rather than "n/a" (which reads as no data).
  const untyped = report.notMeasured.some((entry) => entry.figure === 'recurrence' && entry.reason === 'no-incident-type');
  const typed = (text: string, word: string = t.notMeasured) => (untyped ? word : text);
  const typedBefore = (text: string, word: string = t.notMeasured) =>
    untyped && report.notMeasured.some((entry) => entry.figure === 'previous.recurrence' && entry.reason === 'no-incident-type') ? word : text;
  // The cancelled incidents are counted (DESIGN §3: in volumes) but left out of every rate below,
  // whose denominators would otherwise not add up to this count: said beside it.
  const incidentCount = (recurrence: Report['recurrence']) => {
    const count = f.number(recurrence.incidents, 0);
    const cancelled = recurrence.cancelled ?? 0;
    return recurrence.incidents === null || cancelled === 0 ? count : `${count} (${t.incidentsCancelled(f.number(cancelled, 0), cancelled === 1)})`;
  };
  row(t.incidents, typed(incidentCount(report.recurrence), t.notMeasuredAs.mp), typedBefore(incidentCount(prev.recurrence), t.notMeasuredAs.mp));
  // The rate with its denominator: repeats / keyed incidents, of the incidents that could be keyed.
  const recurrenceText = (recurrence: Report['recurrence']) => {
    const { withKey, repeats, keyedShare } = recurrence;
    if (withKey === null || repeats === null || keyedShare === null) return f.percent(null);
    const active = f.number(recurrence.incidents! - recurrence.cancelled!, 0);
    const activeCount = recurrence.incidents! - recurrence.cancelled!;
    if (recurrence.rate === null) return `${t.notMeasured} (${t.tooFewKeyed(f.number(withKey, 0), active, f.percent(recurrence.minKeyedShare, 0), one(activeCount))})`;
    return `${f.percent(recurrence.rate)} (${t.keyed(f.number(repeats, 0), f.number(withKey, 0), active, one(withKey))})`;
  };
  row(t.recurrenceRate, typed(recurrenceText(report.recurrence)), typedBefore(recurrenceText(prev.recurrence)));
  // Too few incidents name an asset: say so, with the counts, instead of the fleet's ratios.
  // Or most name assets the asset file lacks: say how many of them it holds.
  const unnamed = (reliability: Report['reliability']) => {
    const { incidents, withAsset } = reliability;
    const reason = fleetUnmeasured(reliability);
    if (reason === null || incidents === null || withAsset === null) return null;
    if (reason === 'too-few-with-asset') return `${t.notMeasured} (${t.tooFewWithAsset(f.number(withAsset, 0), f.number(incidents, 0), f.percent(reliability.minAssetShare, 0), one(incidents))})`;
    const named = reliability.assetsNamed ?? 0;
    const share = f.percent(reliability.minAssetShare, 0);
    return `${t.notMeasured} (${t.notInFile(named, f.number(reliability.assetsNamedInFile ?? 0, 0), f.number(named, 0), f.number(reliability.withFileAsset ?? 0, 0), f.number(incidents, 0), share)})`;
  };
  // No asset inventory: the failure-free assets are unknown, so is the fleet's uptime.
  const uninventoried = (reliability: Report['reliability']) => reliability.assetFile === false && (reliability.fleet.assets ?? 0) > 0;
  // Dates without a time of day (time-of-day.ts): the MTBF's uptime is not measured either.
  const untimedMtbf = (reliability: Report['reliability']) => untimed(reliability === report.reliability ? 'reliability.fleet.mtbfHours' : 'previous.reliability.fleet.mtbfHours');
  // Most outages closed at an unknown time (lengths-unknown.ts): not measured, with the counts.
  const lengthless = (reliability: Report['reliability'], word: string) => {
    const { failures, unknownDurations, downtimeHours } = reliability.fleet;
    if (closings && downtimeHours === null && failures !== null) return `${word} (${t.closingsOutages(f.number(failures, 0), one(failures))})`;
    if (downtimeHours !== null || failures === null || unknownDurations === null || !outagesMostlyUnknown(reliability.fleet)) return null;
    return `${word} (${t.lengthsOutages(f.number(failures - unknownDurations, 0), f.number(unknownDurations, 0), one(failures - unknownDurations))})`;
  };
  const reliabilityCell = (reliability: Report['reliability'], text: string) =>
    unnamed(reliability) ??
    (uninventoried(reliability) ? t.noInventory(t.notMeasured) : untimedMtbf(reliability) ? t.notMeasured : (lengthless(reliability, t.notMeasured) ?? text));
  const fleet = report.reliability.fleet;
  row(
    t.mtbf,
    typed(reliabilityCell(report.reliability, mtbfText(fleet, report.reliability.confidence, f, t))),
    typedBefore(reliabilityCell(prev.reliability, mtbfText(prev.reliability.fleet, report.reliability.confidence, f, t))),
  );
  // An outage of unknown length counts no downtime: the availability is then an upper bound.
  const availabilityText = (reliability: Report['reliability']) => {
    if (unnamed(reliability) !== null) return t.notMeasuredAs.f;
    if (uninventoried(reliability)) return t.noInventory(t.notMeasuredAs.f);
    const unmeasured = lengthless(reliability, t.notMeasuredAs.f);
    if (unmeasured !== null) return unmeasured;
    const { availability, unknownDurations } = reliability.fleet;
    if (availability === null || !unknownDurations) return f.percent(availability, 2);
    return `${t.atMost(f.percent(availability, 2))} (${t.unknownOutages(f.number(unknownDurations, 0), one(unknownDurations))})`;
  };
  row(
    t.availability,
    typed(timed('reliability.fleet.availability', availabilityText(report.reliability), t.notMeasuredAs.f), t.notMeasuredAs.f),
    typedBefore(timed('previous.reliability.fleet.availability', availabilityText(prev.reliability), t.notMeasuredAs.f), t.notMeasuredAs.f),
  );
  // The defaults these figures rest on: said right under the table (below), and the hours lost's
  // upper bound when most ends are the closings of a job.
  const rests = figureDefaults(report);
  // The hours with what they rest on: their cost, and how many incidents took the default of one user.
  const lostText = (lost: Report['lostHours']) => {
    // Most incidents closed at an unknown time (lengths-unknown.ts): no hours, the counts said.
    if (lost.totalHours === null && lost.incidents !== null && lost.unknownDuration !== null && lostHoursMostlyUnknown(lost)) {
      return `${t.notMeasuredAs.fp} (${t.lengthsLost(f.number(lost.incidents, 0), f.number(lost.unknownDuration, 0), one(lost.incidents))})`;
    }
    if (closings && lost.totalHours === null && lost.incidents !== null) return `${t.notMeasuredAs.fp} (${t.closingsLost(f.number(lost.incidents, 0), one(lost.incidents))})`;
    const notes = [
      lost.cost !== null ? f.money(lost.cost) : '',
      lost.usersAssumed !== null && lost.usersAssumed > 0 ? t.usersAssumed(f.number(lost.usersAssumed, 0), f.number(lost.incidents ?? 0, 0), lost.incidents === 1, lost.usersAssumed === lost.incidents) : '',
      // Incidents closed at an unknown time are in no hour (`unknownDuration`): said, so the counts add up.
      lost.totalHours !== null && lost.unknownDuration ? t.unknownLost(f.number(lost.unknownDuration, 0), one(lost.unknownDuration)) : '',
      // Hours two incidents of one asset would have counted twice: said, so the sum per ticket can be checked.
      lost.overlapIncidents && lost.overlapHours ? t.overlapLost(f.hours(lost.overlapHours), f.number(lost.overlapIncidents, 0), one(lost.overlapIncidents)) : '',
    ].filter((note) => note !== '');
    return `${f.hours(lost.totalHours)}${notes.length > 0 ? ` (${notes.join(t.semicolon)})` : ''}`;
  };
  const lostNow = (cell: string) => typed(timed('lostHours', cell, t.notMeasuredAs.fp), t.notMeasuredAs.fp);
  const lostBefore = (cell: string) => typedBefore(timed('previous.lostHours', cell, t.notMeasuredAs.fp), t.notMeasuredAs.fp);
  row(t.lostHours, lostNow(lostText(report.lostHours)), lostBefore(lostText(prev.lostHours)));
  // The yearly rate of hours not measured is not measured either (not "n/a", which reads as no data).
  const perEmployee = (lost: Report['lostHours']) =>
    lost.totalHours === null && (lostHoursMostlyUnknown(lost) || (closings && lost.incidents !== null)) ? t.notMeasuredAs.fp : f.hours(lost.perEmployeePerYear);
  row(t.perEmployee, lostNow(perEmployee(report.lostHours)), lostBefore(perEmployee(prev.lostHours)));
  // What a cost leaves out goes with it: the total's exclusions, and the assets whose purchase
  // is not in it; the cost per user is the same total divided, so it carries them too.
  const tcoNotes = (tco: Report['tco']) =>
    [
      tco.excluded.length > 0 ? text.excluding(tco.excluded, false) : '',
      tco.withoutPurchaseCost ? t.withoutPurchaseCost(f.number(tco.withoutPurchaseCost, 0), one(tco.withoutPurchaseCost)) : '',
    ].filter((note) => note !== '');
  const withNotes = (amount: number | null, tco: Report['tco']) =>
    amount === null || tcoNotes(tco).length === 0 ? f.money(amount) : `${f.money(amount)}, ${tcoNotes(tco).join(t.semicolon)}`;
  row(t.tco, withNotes(report.tco.total, report.tco), withNotes(prev.tco.total, prev.tco));
  row(t.perUser, withNotes(report.tco.perUser, report.tco), withNotes(prev.tco.perUser, prev.tco));
  row(t.planKept, planKept(report.preventive, f), planKept(prev.preventive, f));
  row(t.plannedShare, f.percent(report.preventive.effort.share), f.percent(prev.preventive.effort.share));
  lines.push('');
  // The defaults under the table: a reader of "Resolution SLA met 73.1 %" should not have to reach
  // the assumptions at the end to learn that nobody set its targets.
  const beside: string[] = [];
  // Only beside an SLA rate shown: not beside "not measured" (no time of day) or "n/a".
  const slaShown = (['response', 'resolution'] as const).some((target) => report.sla[target]?.adherence != null && !untimed(`sla.${target}`));
  const fileTargets = fileTargetsLine(report.sla, t, f);
  if (fileTargets !== null && slaShown) beside.push(fileTargets);
  if (rests.sla !== null && slaShown) beside.push(`${text.slaDefaults(rests.sla, report.sla.responseMeasured, f)} ${text.setInPolicy}`);
  if (rests.untyped !== null && report.recurrence.incidents !== null) beside.push(text.untypedIncidents(rests.untyped, f));
  if (rests.usersDefault && report.lostHours.totalHours !== null) beside.push(text.usersDefault);
  // No ticket of the export ended: "Incidents 28" counts only those still open.
  if (report.notMeasured.some((entry) => entry.reason === 'open-only')) beside.push(text.openOnly);
  // Closings standing for resolutions: said beside the figures that run to them, when one is shown.
  // With a closing job they are not measured for it (closing-ends.ts): the line says why.
  const endsShown = closings || report.lostHours.totalHours !== null || report.sla.resolution?.adherence != null || report.reliability.fleet.mttrHours !== null;
  if (rests.closingEnds != null && endsShown) beside.push(text.closingEnds(rests.closingEnds, f));
  if (beside.length > 0) lines.push(...beside.map((line) => `- ${escapeMarkdown(line)}`), '');

  activityLines(report, t, f, lines, comparison.kind === 'comparable');

  if (report.recurrence.problems.length > 0) {
    lines.push(`## ${t.problems}`, '', `| ${t.key} | ${t.count} | ${t.firstLast} |`, '|---|---:|---|');
    for (const problem of report.recurrence.problems.slice(0, 10)) {
      lines.push(`| ${escapeMarkdown(problem.key)} | ${f.number(problem.count, 0)} | ${f.date(problem.first)} – ${f.date(problem.last)} |`);
    }
    lines.push('');
  }

  lines.push(...preventiveSection(report, f, t));

  if (report.tco.total !== null) {
    lines.push(`## ${t.costs}`, '', `| ${t.category} | ${t.amount} |`, '|---|---:|');
    const missing = report.tco.withoutPurchaseCost;
    for (const [category, amount] of Object.entries(report.tco.byCategory)) {
      const name = CATEGORY_NAMES[language][category] ?? category;
      // The acquisition leaves out the assets without a purchase cost: said on its row, shown even at 0.
      if (category === 'acquisition' && amount !== null && missing) lines.push(`| ${name}, ${t.withoutPurchaseCost(f.number(missing, 0), one(missing))} | ${f.money(amount)} |`);
      else if (amount !== null && amount !== 0) lines.push(`| ${name} | ${f.money(amount)} |`);
    }
    const excluding = report.tco.excluded.length > 0 ? `, ${text.excluding(report.tco.excluded, true)}` : '';
    lines.push(`| **${t.tco}**${excluding} | **${f.money(report.tco.total)}** |`, '');
  }

  lines.push(`## ${text.methodTitle}`, '');
  // The policy's defaults, then the rules about the data, which no policy setting changes.
  const policyDefaults = report.assumptions.filter((assumption) => !isDataAssumption(assumption.key));
  const dataRules = report.assumptions.filter((assumption) => isDataAssumption(assumption.key));
  if (policyDefaults.length === 0) lines.push(text.noAssumptions, '');
  for (const [intro, list] of [[text.assumptionsIntro, policyDefaults], [text.dataAssumptionsIntro, dataRules]] as const) {
    if (list.length === 0) continue;
    lines.push(intro, '');
    for (const assumption of list) lines.push(`- ${escapeMarkdown(text.assumption(assumption.key, assumption.value, f))}`);
    lines.push('');
  }
  // What the policy asks that the data gives no hold to: said, never silently ignored.
  if (report.policyNotices !== undefined && report.policyNotices.length > 0) {
    for (const notice of report.policyNotices) lines.push(`- ${escapeMarkdown(text.policyNotice(notice))}`);
    lines.push('');
  }
  // How the types were read, always: the figures on incidents rest on it.
  if (report.ticketTypes !== undefined && report.ticketTypes.tickets > 0) lines.push(escapeMarkdown(text.ticketTypes(report.ticketTypes, f)), '');
  // The previous period's figures are not shown when not comparable: nor why they are missing.
  const notMeasured = comparable ? report.notMeasured : report.notMeasured.filter((entry) => !entry.figure.startsWith('previous.'));
  if (notMeasured.length > 0) {
    lines.push(text.notMeasuredIntro, '');
    // A figure not measured for one reason in both periods is said once.
    const current = new Map(notMeasured.filter((entry) => !entry.figure.startsWith('previous.')).map((entry) => [entry.figure, entry.reason]));
    const both = new Set<string>();
    for (const entry of notMeasured) {
      const own = entry.figure.slice('previous.'.length);
      if (entry.figure.startsWith('previous.') && current.get(own) === entry.reason) both.add(own);
    }
    for (const entry of notMeasured) {
      const own = entry.figure.startsWith('previous.') ? entry.figure.slice('previous.'.length) : null;
      if (own !== null && both.has(own)) continue;
      const line = own === null && both.has(entry.figure) ? text.notMeasuredBoth(entry.figure, entry.reason) : text.notMeasured(entry.figure, entry.reason);
      lines.push(`- ${escapeMarkdown(line)}`);
    }
    lines.push('');
  }

  replacementLines(report, t, f, lines);

  lines.push(`## ${t.quality}`, '');
  for (const quality of [report.dataQuality.tickets, report.dataQuality.assets]) {
    if (!quality) continue;
    // Event logs (one row per event) merge into tickets: the figures rest on the tickets, so said.
    const merged = quality.merged ? `, ${t.merged(f.number(quality.accepted - quality.merged, 0), one(quality.accepted - quality.merged))}` : '';
    const counts1 = { read: one(quality.rowsRead), accepted: one(quality.accepted), rejected: one(quality.rejected) };
    lines.push(`- ${quality.file}${colon} ${t.rows(f.number(quality.rowsRead, 0), f.number(quality.accepted, 0), f.number(quality.rejected, 0), counts1)}${merged}`);
    // Every reason and warning with its count, most first: the rows a figure may rest on with a doubt.
    const counts = [...Object.entries(quality.reasons), ...Object.entries(quality.warnings)]
      .filter(([, count]) => count > 0)
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
    // No column says how tickets ended: said once, for the file, not as a count of rows.
    if (quality.noEndState === true) lines.push(`- ${quality.file}${colon} ${escapeMarkdown(text.noEndState)}`);
    for (const [code, count] of counts) {
      // Flagged once per column: the columns by name, not a count that reads as rows.
      if (code === 'no-time-of-day') {
        lines.push(`- ${quality.file}${colon} ${escapeMarkdown(text.dateOnlyColumns(dateOnlyNames(quality)))}`);
        continue;
      }
      const name = Object.hasOwn(ISSUE_NAMES[language], code) ? ISSUE_NAMES[language][code as IssueCode] : code;
      // Where to look first: the row (file line) and column of the first located case.
      const first = quality.issues.find((issue) => issue.code === code);
      const where = first === undefined ? '' : ` ${escapeMarkdown(t.firstAt(String(first.row), first.column))}`;
      lines.push(`- ${quality.file}${colon} ${escapeMarkdown(name)}${colon} ${f.number(count, 0)}${where}`);
    }
  }
  if (report.asOfStray != null) lines.push(`- ${escapeMarkdown(text.asOfStray(report.asOfStray, f))}`);
  if (report.assetsSource === 'tickets') lines.push(`- ${t.assetsFromTickets}`);
  // Ticket asset ids the asset file lacks: how many match, and the first missing ones to compare.
  const match = report.dataQuality.assetIds;
  if (match != null && match.inFile < match.named) {
    const missing = match.named - match.inFile;
    lines.push(`- ${escapeMarkdown(text.assetIdsMatch(f.number(match.named, 0), f.number(match.inFile, 0), match.missing.join(', ') + (missing > match.missing.length ? ', …' : ''), missing > match.missing.length ? 'first' : 'all'))}`);
  }
  // Retired by their status at an unknown date: up to when the figures count them in service.
  for (const { assetId, countedUntil, notInService, availableStatus } of report.retiredWithoutDate ?? []) {
    const line =
      notInService === true
        ? countedUntil === null ? t.storedNever(assetId) : t.storedCounted(assetId, f.date(countedUntil))
        : countedUntil === null ? t.retiredNever(assetId) : t.retiredCounted(assetId, f.date(countedUntil));
    // "Available" is in stock in the tools that define it; a site's own word may mean in use: said.
    lines.push(`- ${escapeMarkdown(availableStatus === undefined ? line : `${line}. ${t.availableAsStock(availableStatus)}.`)}`);
  }
  lines.push('');
  return lines.join('\n');
}

export { atTheEndFr };

/**
 * The date-only ticket columns of a read, as the file names them (the flag's located issues),
 * else as the model names them (`dateOnlyColumns`) when the issues were cut short.
 *
 * @example dateOnlyNames(quality); // → ['Ticket created - Date', 'Ticket solved - Date']
 */
export function dateOnlyNames(quality: Pick<QualityReport, 'issues' | 'warnings' | 'dateOnlyColumns'>): string[] {
  const named = quality.issues.filter((issue) => issue.code === 'no-time-of-day' && issue.column !== null).map((issue) => issue.column!);
  return named.length === (quality.warnings['no-time-of-day'] ?? 0) && named.length > 0 ? named : [...(quality.dateOnlyColumns ?? named)];
}

/**
 * When a month's open tickets are counted, for the catalogue's `backlogWhen`: the month of the
 * data date at that date (the data stop there), any other at its end. The dashboard's Activity
 * card says the same.
 *
 * @example
 * backlogWhen({ month: '2026-06', countedAt: '2026-06-30T22:00:00.000Z' }, '2026-09-30T15:40:00.000Z', f); // → { kind: 'month-end', month: 'June 2026' }
 */
export function backlogWhen(last: { month: string; countedAt: string }, asOf: string, f: Formatter): { kind: 'month-end'; month: string } | { kind: 'data-date'; date: string } {
  return Date.parse(last.countedAt) === Date.parse(asOf) ? { kind: 'data-date', date: f.date(last.countedAt) } : { kind: 'month-end', month: f.month(last.month) };
}

function isInstants(period: { kind: string; label: string }): boolean {
  return period.kind === 'custom' && period.label.includes('T');
}

function planKept(preventive: Report['preventive'], f: Formatter): string {
  return preventive.compliance === null ? f.percent(null) : `${f.percent(preventive.compliance)} (${preventive.done}/${preventive.due})`;
}

/** The "Preventive plan" section: compliance per task, the missed windows, the planned share. */
function preventiveSection(report: Report, f: Formatter, t: (typeof TEXT)[Language]): string[] {
  const preventive = report.preventive;
  const lines = [`## ${t.preventive}`, ''];
  const tasks = Object.entries(preventive.byTask);
  // A period the data do not cover has no task figures, whatever the plan: not "no plan".
  if (tasks.length === 0) return [...lines, report.coverage.covered ? t.noPlan : t.planUncovered, ''];
  if (preventive.due !== null && preventive.compliance !== null) lines.push(t.planSummary(preventive.done!, preventive.due, f.percent(preventive.compliance)));
  if (tasks.some(([, task]) => task.notMeasured === 'no-assets')) lines.push(t.planNoAssets);
  if (preventive.effort.correctiveIncidents !== null) lines.push(t.planShare(preventive.effort.share === null ? null : f.percent(preventive.effort.share), preventive.effort.correctiveIncidents), '');
  lines.push(`| ${t.task} | ${t.everyHeader} | ${t.assets} | ${t.doneDue} | ${t.compliance} |`, '|---|---|---:|---:|---:|');
  for (const [id, task] of tasks) {
    // Not measured says why: no asset file, or no ticket of the export with the task's category.
    const figures = task.due === null ? `${t.taskNotMeasured} (${escapeMarkdown(CATALOGUES[report.language].reason(task.notMeasured ?? 'no-assets'))}) | ` : `${task.done} / ${task.due} | ${f.percent(task.compliance)}`;
    // Clients' own plans may give one task another periodicity.
    const everies = [...new Set([task.every, ...preventive.schedules.filter((s) => s.taskId === id).map((s) => s.every)])];
    lines.push(`| ${escapeMarkdown(task.title)} | ${everies.map((every) => t.every[every] ?? every).join(', ')} | ${task.assets} | ${figures} |`);
  }
  lines.push('');
  if (preventive.missedCount > 0) {
    const shown = preventive.missed.slice(0, 10);
    lines.push(`### ${t.missed(shown.length, preventive.missedCount)}`, '', `| ${t.task} | ${t.asset} | ${t.window} |`, '|---|---|---|');
    for (const miss of shown) {
      const title = preventive.byTask[miss.taskId]?.title ?? miss.taskId;
      lines.push(`| ${escapeMarkdown(title)} | ${escapeMarkdown(miss.assetId)} | ${f.date(miss.windowStart)} – ${f.date(endInclusive(miss.windowEnd))} |`);
    }
    lines.push('');
  }
  return lines;
}

/**
 * The volume of the period by type and its top categories, and the backlog at its end against the
 * backlog at the end of the previous period, when that period is compared (`comparable`).
 */
function activityLines(report: Report, t: (typeof TEXT)[Language], f: Formatter, lines: string[], comparable: boolean): void {
  const { volume, backlogTrend } = report;
  const catalogue = CATALOGUES[f.language];
  lines.push(`## ${t.activity}`, '');
  // A period the data do not cover has no volume (the review says so at the top), not "0 tickets".
  if (volume.tickets !== null) {
    const plural = new Intl.PluralRules(f.language);
    const typeName = (key: string, count: number) => {
      const forms = t.types[key];
      return forms === undefined ? escapeMarkdown(key) : forms[plural.select(count) === 'one' ? 0 : 1];
    };
    const split = volume.byType.groups.map((group) => `${f.number(group.tickets, 0)} ${typeName(group.key, group.tickets)}`).join(', ');
    lines.push(`- ${t.opened(f.number(volume.tickets, 0), split, volume.tickets === 1)}`);
    const top = volume.byCategory.groups
      .slice(0, 3)
      .map((group) => `${group.key === NONE_KEY ? t.noCategory : escapeMarkdown(group.key)} (${f.number(group.tickets, 0)})`);
    if (top.length > 0) lines.push(`- ${t.topCategories}${t.colon} ${top.join(', ')}.`);
  }
  const months = backlogTrend.months;
  const last = months.at(-1);
  if (last !== undefined) {
    // Against the end of the previous period (the period's start), as the summary compares: only
    // when the data cover both alike, so never against a date before the data (null then).
    const atStart = backlogTrend.openAtPeriodStart;
    const previous = report.previous.period;
    const before = !comparable || previous === null || atStart === null || atStart === undefined ? null : catalogue.backlogBefore(f.number(atStart, 0), periodName(previous, f));
    // The month of asOf is counted at asOf, not at its end (the data stop there).
    const when = catalogue.backlogWhen(backlogWhen(last, report.asOf, f));
    // No column says how tickets ended (end-state.ts): no count of open tickets, and why.
    if (last.open === null) lines.push(`- ${escapeMarkdown(catalogue.notMeasured('fleet.backlog', 'no-end-state'))}.`);
    else lines.push(`- ${t.backlog(f.number(last.open, 0), when, before)}`);
  }
  // A period the data do not cover: say so rather than leave the section empty.
  if (volume.tickets === null && last === undefined) lines.push(t.noActivity);
  lines.push('');
}

/** A period as a reader names it: `March 2026`, `Q1 2026` / `T1 2026`, else its label (`2026-H1`, a range). */
function periodName(period: { label: string; kind: string }, f: Formatter): string {
  if (period.kind === 'month') return f.month(period.label);
  if (period.kind === 'quarter') return f.quarter(period.label);
  return period.label;
}

/** The replacement plan: how many assets, the estimate, the most urgent ten, the budget by quarter. */
function replacementLines(report: Report, t: (typeof TEXT)[Language], f: Formatter, lines: string[]): void {
  const plan = report.replacement;
  lines.push(`## ${t.replacement}`, '');
  if (!plan.inventory) {
    lines.push(t.replacementNoInventory, '');
    return;
  }
  const undated = plan.withoutDates ? [t.withoutDates(f.number(plan.withoutDates, 0), new Intl.PluralRules(f.language).select(plan.withoutDates) === 'one'), ''] : [];
  if (plan.count === 0) {
    lines.push(t.noReplacement, '', ...undated);
    return;
  }
  lines.push(...undated);
  lines.push(t.replacementSummary(f.number(plan.count, 0), plan.cost === null ? null : f.money(plan.cost), plan.withoutCost > 0 ? f.number(plan.withoutCost, 0) : null, plan.count === 1), '');
  lines.push(`| ${t.asset} | ${t.why} | ${t.due} | ${t.replacementCost} | ${t.correctiveCost} |`, '|---|---|---|---:|---:|');
  for (const asset of plan.assets.slice(0, 10)) {
    // A list that names its assets by their name (Intune, Jamf: the id is the name) shows it once.
    const name = asset.name === null || asset.name === asset.id ? escapeMarkdown(asset.id) : `${escapeMarkdown(asset.id)} — ${escapeMarkdown(asset.name)}`;
    lines.push(`| ${name} | ${asset.reasons.map((reason) => t.reasons[reason]).join(', ')} | ${f.date(asset.dueAt)} | ${f.money(asset.replacementCost)} | ${f.money(asset.correctiveCost)} |`);
  }
  if (plan.count > 10) lines.push('', t.andMore(f.number(plan.count - 10, 0)));
  const colon = t.colon;
  const separator = f.language === 'fr' ? `${NNBSP}; ` : '; ';
  lines.push('', `${t.budget}${colon} ${plan.byQuarter.map((quarter) => `${f.quarter(quarter.key)} ${f.money(quarter.cost)}`).join(separator)}.`, '');
}

function mtbfText(
  fleet: Report['reliability']['fleet'],
  confidence: number,
  f: Formatter,
  t: (typeof TEXT)[Language],
): string {
  if (fleet.mtbfHours !== null) {
    const interval = fleet.mtbfLowerHours !== null ? ` ${t.interval(f.hours(fleet.mtbfLowerHours), f.hours(fleet.mtbfUpperHours), f.percent(confidence, 0))}` : '';
    return `${f.hours(fleet.mtbfHours)}${interval}`;
  }
  // No failure: the uptime is only a censored lower bound, so say that instead of a number.
  return fleet.uptimeHours !== null && fleet.uptimeHours > 0 ? t.noFailure(f.hours(fleet.uptimeHours)) : f.hours(null);
}

function endInclusive(iso: string): string {
  return new Date(Date.parse(iso) - 1).toISOString();
}

/** Ticket text must not turn into Markdown links, emphasis or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<|]/g, (char) => `\\${char}`).replace(/^([#>+-])/, '\\$1');
}

export type { Formatter };

/**
 * The line that says the SLA rates rest on the file's own targets (`sla.fileTargets`): which
 * targets, and on how many of the judged tickets; null when none was used.
 */
function fileTargetsLine(sla: Report['sla'], t: (typeof TEXT)[keyof typeof TEXT], f: Formatter): string | null {
  const own = sla.fileTargets;
  if (own === undefined) return null;
  const response = (own.response ?? 0) > 0;
  const resolution = own.resolution > 0;
  if (!response && !resolution) return null;
  const judged = (outcome: Report['sla']['resolution']) => (outcome === null ? 0 : outcome.met + outcome.breached + outcome.pending + outcome.unknown);
  const total = (response ? judged(sla.response) : 0) + (resolution ? judged(sla.resolution) : 0);
  const count = (response ? own.response! : 0) + (resolution ? own.resolution : 0);
  return t.fileTargets(t.fileKinds(response, resolution), f.number(count, 0), count === total);
}
