/**
 * What each review section rests on, next to its figures (issue 10): the default policy values
 * its figures used (the report's `assumptions`) and its figures that could not be measured, with
 * why (`notMeasured`), in plain words from kpi-core's own catalogue (the same sentences as the
 * CLI's "How these figures were computed").
 */
import type { Report } from '@revue/kpi-core';
import { CATALOGUES, formatter, isDataAssumption } from '@revue/kpi-core/report';
import type { Language } from '../i18n/index.js';
import type { Section } from '../sections.js';

interface SectionScope {
  /** Assumption keys (or `prefix.`) whose defaults this section's figures may use; `*` for all. */
  assumptions: readonly string[];
  /** notMeasured figure paths (and their sub-paths) of this section. */
  figures: readonly string[];
}

/** Which assumptions and figures belong to which section (a section not listed shows none). */
export const SECTION_SCOPES: Partial<Record<Section['id'] | (string & {}), SectionScope>> = {
  summary: { assumptions: ['*'], figures: [] },
  activity: { assumptions: ['timezone'], figures: [] },
  sla: { assumptions: ['timezone', 'calendar.', 'sla.', 'slaAdherenceTarget', 'pausedMinutes', 'slaTargetsFromFile'], figures: ['sla'] },
  incidents: { assumptions: ['recurrence.'], figures: ['recurrence'] },
  reliability: { assumptions: ['confidence', 'minAssetShare', 'impactFactors.'], figures: ['reliability'] },
  'lost-hours': { assumptions: ['impactFactors.', 'priorityImpact.', 'rates.', 'affectedUsers', 'impactUnknown'], figures: ['lostHours'] },
  costs: { assumptions: ['rates.', 'usefulLifeMonths.', 'impactFactors.', 'priorityImpact.'], figures: ['tco'] },
  fleet: { assumptions: ['usefulLifeMonths.'], figures: ['fleet'] },
  preventive: { assumptions: ['timezone'], figures: ['preventive'] },
  replacement: { assumptions: ['usefulLifeMonths.'], figures: ['replacement'] },
};

function matches(key: string, scopes: readonly string[]): boolean {
  return scopes.some((scope) => scope === '*' || key === scope || (scope.endsWith('.') && key.startsWith(scope)));
}

function within(figure: string, roots: readonly string[]): boolean {
  return roots.some((root) => figure === root || figure.startsWith(`${root}.`));
}

/** The notes of one section: default values used, figures not measured (this period's). */
export interface SectionNotes {
  /** The policy's defaults the section's figures used: the policy editor changes them. */
  assumptions: string[];
  /** Rules about the data (kpi-core's `DATA_ASSUMPTION_KEYS`: paused minutes, affected users…), which no policy setting changes. */
  dataAssumptions: string[];
  notMeasured: string[];
  /**
   * How the file's ticket types were read ("Ticket types read in the file: Bug 3, Task 2. None is
   * read as an incident…"): on the activity section always, and on a section whose figures are
   * not measured for want of an incident type (`no-incident-type`); else null.
   */
  types: string | null;
  /**
   * What the policy asks that the data gives no hold to (kpi-core's `policyNotices`: an override
   * for a client the data do not name, pause statuses without a status history or that no status
   * of the history spells), in the catalogue's words: on the summary, as the CLI's review says
   * them once.
   */
  policy: string[];
}

/** The sections that show how the ticket types were read even when every figure is measured. */
const TYPES_SECTIONS: readonly string[] = ['activity'];

/**
 * The sentences shown under a section: "SLA target P2: response 2 h, resolution 8 h (business
 * hours)", "Cost of the hours lost: the policy gives no hourly rate".
 *
 * @example
 * sectionNotes(report, 'lost-hours', 'en');
 * // → { assumptions: ['Impact factor of outage: 1'], dataAssumptions: ['Users affected by an incident whose export does not say how many: 1'], notMeasured: ['Cost of the hours lost: the policy gives no hourly rate'], … }
 */
export function sectionNotes(
  report: Pick<Report, 'assumptions' | 'notMeasured' | 'currency' | 'timezone'> & Partial<Pick<Report, 'ticketTypes' | 'policyNotices'>>,
  section: string,
  language: Language,
): SectionNotes {
  const scope = SECTION_SCOPES[section] ?? { assumptions: [], figures: [] };
  const catalogue = CATALOGUES[language];
  const format = formatter(language, report.currency, report.timezone);
  const notMeasured = report.notMeasured.filter((entry) => within(entry.figure, scope.figures));
  // A report made before kpi-core counted the types has none to tell.
  const types = report.ticketTypes;
  const showTypes =
    types !== undefined && types.tickets > 0 && (TYPES_SECTIONS.includes(section) || notMeasured.some((entry) => entry.reason === 'no-incident-type'));
  const inScope = report.assumptions.filter((a) => matches(a.key, scope.assumptions));
  return {
    assumptions: inScope.filter((a) => !isDataAssumption(a.key)).map((a) => catalogue.assumption(a.key, a.value, format)),
    dataAssumptions: inScope.filter((a) => isDataAssumption(a.key)).map((a) => catalogue.assumption(a.key, a.value, format)),
    notMeasured: notMeasured.map((entry) => catalogue.notMeasured(entry.figure, entry.reason)),
    types: showTypes ? catalogue.ticketTypes(types, format) : null,
    policy: section === 'summary' ? (report.policyNotices ?? []).map((notice) => catalogue.policyNotice(notice)) : [],
  };
}

/**
 * Why a figure is not measured, in words, or null when it is (or the report does not say): the
 * entry of `notMeasured` for the figure itself or for the whole KPI it belongs to. A cost total
 * (or its part not tied to an asset) with no entry of its own is not measured because none of
 * its parts is: kpi-core lists each part's reason (`tco.excluded`), so the parts' reasons are
 * given in its catalogue's words (`noPartMeasured`) — never a bare "n/a".
 *
 * @example
 * notMeasuredReason(report, 'lostHours.cost', 'en'); // → 'the policy gives no hourly rate'
 * notMeasuredReason(glpiWithoutAssets, 'tco.total', 'en'); // → 'none of its parts is measured — acquisition, contracts and licences (no asset file was given) and downtime (the policy gives no hourly rate)'
 */
export function notMeasuredReason(
  report: Pick<Report, 'notMeasured'> & { tco?: Pick<Report['tco'], 'excluded'> },
  figure: string,
  language: Language,
): string | null {
  const catalogue = CATALOGUES[language];
  // The figure's own entry before its section's (`lostHours.effortHours` not recorded, beside `lostHours` as a whole for `no-time-of-day`).
  const entry =
    report.notMeasured.find((candidate) => figure === candidate.figure) ?? report.notMeasured.find((candidate) => figure.startsWith(`${candidate.figure}.`));
  if (!entry) {
    if (!TCO_TOTALS.includes(figure) || report.tco === undefined || report.tco.excluded.length === 0) return null;
    return catalogue.noPartMeasured(report.tco.excluded);
  }
  // The catalogue's sentence is "<figure name>: <reason>"; the card already names its figure.
  const sentence = catalogue.notMeasured(entry.figure, entry.reason);
  const colon = sentence.indexOf(':');
  return colon < 0 ? sentence : sentence.slice(colon + 1).trim();
}

/** The cost figures made of the parts `tco.excluded` lists (kpi-core says no reason of their own when none is measured). */
const TCO_TOTALS: readonly string[] = ['tco.total', 'tco.unallocated'];

/**
 * The report figure behind a chart card that has no `figure` of its own, by chart id: when the
 * chart has nothing to draw, the card says why that figure is not measured (« Non mesuré : aucun
 * fichier d’équipements fourni ») instead of a bare "no data for this chart".
 */
export const CHART_FIGURES: Readonly<Record<string, string>> = {
  'maintenance-mix': 'fleet.maintenanceMix',
  // The ages need each asset's in-service date, as its useful life does.
  'fleet-ages': 'fleet.pastUsefulLife',
  'tco-breakdown': 'tco.total',
  'tco-by-type': 'tco.total',
  'tco-top-assets': 'tco.total',
  'replacement-budget': 'replacement',
};

/** The report figure behind each KPI card (`KPIS` in `kpis.ts`), by card id, for its reason. */
export const KPI_FIGURES: Readonly<Record<string, string>> = {
  'sla-resolution': 'sla.resolution.adherence',
  'sla-response': 'sla.response.adherence',
  incidents: 'recurrence.incidents',
  repeats: 'recurrence.repeats',
  'recurrence-rate': 'recurrence.rate',
  mtbf: 'reliability.fleet.mtbfHours',
  mttr: 'reliability.fleet.mttrHours',
  availability: 'reliability.fleet.availability',
  failures: 'reliability.fleet.failures',
  'lost-hours': 'lostHours.totalHours',
  'lost-per-employee': 'lostHours.perEmployeePerYear',
  'lost-cost': 'lostHours.cost',
  effort: 'lostHours.effortHours',
  tco: 'tco.total',
  'tco-per-user': 'tco.perUser',
  unallocated: 'tco.unallocated',
  'plan-kept': 'preventive.compliance',
  'missed-windows': 'preventive.missedCount',
  'planned-share': 'preventive.effort.share',
  'corrective-incidents': 'preventive.effort.correctiveIncidents',
  'tickets-opened': 'volume.tickets',
  backlog: 'fleet.backlog',
  'out-of-warranty': 'fleet.outOfWarranty',
  'past-useful-life': 'fleet.pastUsefulLife',
  'warranty-soon': 'fleet.warrantyExpiringSoon',
  'open-at-end': 'backlogTrend',
  'replacement-budget': 'replacement.cost',
};
