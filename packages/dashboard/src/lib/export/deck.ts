import type { TopLevelSpec } from 'vega-lite';
import type { Finding, FindingKind, KpiSet, Report, ReviewContent } from '@revue/kpi-core';
import { backlogTrendSpec } from '../charts/backlog-trend.js';
import { breakdownSpec } from '../charts/breakdown.js';
import { chartLocale, specRows, type ChartLocale } from '../charts/common.js';
import { backlogSpec, maintenanceMixSpec } from '../charts/fleet.js';
import { incidentsByMonthSpec } from '../charts/incidents-by-month.js';
import { lostHoursBenchmarkSpec } from '../charts/lost-hours-benchmark.js';
import { mtbfSpec } from '../charts/mtbf.js';
import { preventiveByTaskSpec, preventiveTrendSpec } from '../charts/preventive.js';
import { recurringProblemsSpec } from '../charts/recurring-problems.js';
import { replacementBudgetSpec } from '../charts/replacement-budget.js';
import { slaByMonthSpec } from '../charts/sla-by-month.js';
import { slaByPrioritySpec } from '../charts/sla-by-priority.js';
import { tcoBreakdownSpec } from '../charts/tco-breakdown.js';
import { ticketTypesSpec } from '../charts/ticket-types.js';
import type { KpiUnit } from '../format/format.js';
import type { Language, MessageKey } from '../i18n/index.js';
import { SECTIONS, type Section } from '../sections.js';
import { comparisonOf, shownFindings } from '../policy/comparison.js';

/** A headline figure on a slide: its label and its formatted value, with the previous period's. */
export interface DeckFact {
  label: string;
  value: string;
  /** The previous period's figure, formatted; null when the previous period has none. */
  previous: string | null;
}

/** A chart of a slide, as a Vega-Lite spec (rendered to an image when the deck is written). */
export interface DeckChart {
  title: string;
  spec: TopLevelSpec;
}

/** One slide: one review section. */
export interface DeckSlide {
  section: Section['id'];
  title: string;
  facts: DeckFact[];
  /** The findings of the section (the summary takes the most severe of all), as sentences. */
  bullets: string[];
  charts: DeckChart[];
}

/** Everything the deck shows, before any rendering: a title slide, then one slide per section. */
export interface DeckPlan {
  title: string;
  /** Period, client and data date, e.g. `2026-Q3 · All clients · data up to 30 Sept 2026`. */
  subtitle: string;
  /** Footer of every slide: the period compared with the previous one. */
  footer: string;
  language: Language;
  slides: DeckSlide[];
}

export interface DeckPlanOptions {
  /** Language of the slide text. Default: the report's language. */
  language?: Language;
  /** Sections to include, in presentation order. Default: all of them. */
  sections?: ReadonlyArray<Section['id']>;
  /** At most this many findings on the summary slide. Default 5. */
  summaryFindings?: number;
}

/** The section each kind of finding belongs to. */
export const FINDING_SECTION: Record<FindingKind, Section['id']> = {
  'sla-slipping': 'sla',
  'recurring-problem': 'incidents',
  'accelerating-failures': 'reliability',
  'lost-hours-above-benchmark': 'lost-hours',
  'past-useful-life-costly': 'costs',
  'warranty-expiring': 'fleet',
  'preventive-missed': 'preventive',
  'preventive-effect': 'preventive',
};

const TITLES: Record<Section['id'], MessageKey> = {
  summary: 'summary.title',
  activity: 'activity.title',
  sla: 'sla.title',
  incidents: 'incidents.title',
  reliability: 'reliability.title',
  'lost-hours': 'lost.title',
  costs: 'costs.title',
  fleet: 'fleet.title',
  preventive: 'preventive.title',
  replacement: 'replacement.title',
};

const SEVERITY_RANK: Record<Finding['severity'], number> = { high: 0, medium: 1, low: 2 };

/**
 * A headline figure of a section: its label, its unit and how to read it from a KPI set (the
 * review content — backlog, trend, plan — is only in the period's, so its previous value is null;
 * the ticket volume is in both).
 */
export interface FactSpec {
  label: MessageKey;
  unit: KpiUnit;
  read: (kpis: KpiSet & Partial<ReviewContent>) => number | null;
}

/** The headline figures of each section, in the order they are shown. */
export const SECTION_FACTS: Record<Section['id'], FactSpec[]> = {
  summary: [
    { label: 'kpi.slaResolution', unit: 'percent', read: (k) => k.sla.resolution?.adherence ?? null },
    { label: 'kpi.incidents', unit: 'count', read: (k) => k.recurrence.incidents },
    { label: 'kpi.recurrenceRate', unit: 'percent', read: (k) => k.recurrence.rate },
    { label: 'kpi.mtbf', unit: 'hours', read: (k) => k.reliability.fleet.mtbfHours },
    { label: 'kpi.availability', unit: 'percent', read: (k) => k.reliability.fleet.availability },
    { label: 'kpi.lostHours', unit: 'hours', read: (k) => k.lostHours.totalHours },
    { label: 'kpi.tco', unit: 'money', read: (k) => k.tco.total },
    { label: 'kpi.backlog', unit: 'count', read: (k) => k.fleet.backlog.open },
  ],
  activity: [
    { label: 'kpi.ticketsOpened', unit: 'count', read: (k) => k.volume.tickets },
    { label: 'kpi.requests', unit: 'count', read: (k) => (k.volume.tickets === null ? null : (k.volume.byType.groups.find((g) => g.key === 'request')?.tickets ?? 0)) },
    { label: 'kpi.openAtEnd', unit: 'count', read: (k) => k.backlogTrend?.months.at(-1)?.open ?? null },
  ],
  sla: [
    { label: 'kpi.slaResponse', unit: 'percent', read: (k) => k.sla.response?.adherence ?? null },
    { label: 'kpi.slaResolution', unit: 'percent', read: (k) => k.sla.resolution?.adherence ?? null },
  ],
  incidents: [
    { label: 'kpi.incidents', unit: 'count', read: (k) => k.recurrence.incidents },
    { label: 'kpi.repeats', unit: 'count', read: (k) => k.recurrence.repeats },
    { label: 'kpi.recurrenceRate', unit: 'percent', read: (k) => k.recurrence.rate },
  ],
  reliability: [
    { label: 'kpi.failures', unit: 'count', read: (k) => k.reliability.fleet.failures },
    { label: 'kpi.mtbf', unit: 'hours', read: (k) => k.reliability.fleet.mtbfHours },
    { label: 'kpi.mttr', unit: 'hours', read: (k) => k.reliability.fleet.mttrHours },
    { label: 'kpi.availability', unit: 'percent', read: (k) => k.reliability.fleet.availability },
  ],
  'lost-hours': [
    { label: 'kpi.lostHours', unit: 'hours', read: (k) => k.lostHours.totalHours },
    { label: 'kpi.lostHoursPerEmployee', unit: 'hours', read: (k) => k.lostHours.perEmployeePerYear },
    { label: 'kpi.lostHoursCost', unit: 'money', read: (k) => k.lostHours.cost },
    { label: 'kpi.effortHours', unit: 'hours', read: (k) => k.lostHours.effortHours },
  ],
  costs: [
    { label: 'kpi.tco', unit: 'money', read: (k) => k.tco.total },
    { label: 'kpi.tcoPerUser', unit: 'money', read: (k) => k.tco.perUser },
    { label: 'kpi.unallocated', unit: 'money', read: (k) => k.tco.unallocated },
  ],
  fleet: [
    { label: 'kpi.backlog', unit: 'count', read: (k) => k.fleet.backlog.open },
    { label: 'kpi.outOfWarranty', unit: 'count', read: (k) => k.fleet.outOfWarranty.count },
    { label: 'kpi.pastUsefulLife', unit: 'count', read: (k) => k.fleet.pastUsefulLife.count },
    { label: 'kpi.warrantySoon', unit: 'count', read: (k) => k.fleet.warrantyExpiringSoon.count },
  ],
  preventive: [
    { label: 'kpi.planKept', unit: 'percent', read: (k) => k.preventive.compliance },
    { label: 'kpi.missedWindows', unit: 'count', read: (k) => (k.preventive.due === null ? null : k.preventive.missedCount) },
    { label: 'kpi.plannedShare', unit: 'percent', read: (k) => k.preventive.effort.share },
    { label: 'kpi.correctiveIncidents', unit: 'count', read: (k) => k.preventive.effort.correctiveIncidents },
  ],
  replacement: [
    { label: 'kpi.replacementBudget', unit: 'money', read: (k) => k.replacement?.cost ?? null },
    { label: 'replacement.assets', unit: 'count', read: (k) => k.replacement?.count ?? null },
  ],
};

function charts(section: Section['id'], report: Report, locale: ChartLocale): DeckChart[] {
  const { t } = locale;
  const list: DeckChart[] = [];
  const add = (title: MessageKey, spec: TopLevelSpec) => {
    if (specRows(spec).length > 0) list.push({ title: t(title), spec });
  };
  switch (section) {
    case 'summary':
      break;
    case 'activity':
      add('activity.byType', ticketTypesSpec(report.volume.byMonth, locale));
      add('activity.flowTitle', backlogTrendSpec(report.backlogTrend.months, locale));
      break;
    case 'sla':
      add('sla.byMonth', slaByMonthSpec(report.sla.byMonth, locale));
      add('sla.byPriority', slaByPrioritySpec(report.sla.byPriority, locale));
      break;
    case 'incidents':
      add('incidents.byMonth', incidentsByMonthSpec(report.recurrence.byMonth, locale));
      add('incidents.problemsChart', recurringProblemsSpec(report.recurrence.problems, locale));
      break;
    case 'reliability':
      add('reliability.byType', mtbfSpec(report.reliability.byType, locale, { groupTitle: t('reliability.type'), description: t('reliability.byType'), dimension: 'type' }));
      break;
    case 'lost-hours':
      add('lost.benchmark', lostHoursBenchmarkSpec(report.lostHours, locale));
      add('lost.byCategory', breakdownSpec(report.lostHours.byCategory, locale, { groupTitle: t('lost.category'), valueTitle: t('lost.hours'), unit: 'hours', description: t('lost.byCategory'), dimension: 'category' }));
      break;
    case 'costs':
      add('costs.breakdown', tcoBreakdownSpec(report.tco.byCategory, locale));
      break;
    case 'fleet':
      add('fleet.mix', maintenanceMixSpec(report.fleet, locale));
      add('fleet.backlog', backlogSpec(report.fleet.backlog, locale));
      break;
    case 'preventive':
      add('preventive.byTask', preventiveByTaskSpec(report.preventive.byTask, locale));
      add('preventive.trend', preventiveTrendSpec(report.preventive.trend, locale));
      break;
    case 'replacement':
      if (report.replacement.count > 0) add('replacement.budgetChart', replacementBudgetSpec(report.replacement.byMonth, locale));
      break;
  }
  return list;
}

/**
 * What a slide deck of a review holds, without rendering anything: for each section (in
 * presentation order) its title, its headline figures with the previous period's, its findings
 * as sentences (the summary takes the `summaryFindings` most severe of all, high first), and the
 * Vega-Lite specs of its charts (charts without data are left out).
 *
 * @example
 * const plan = deckPlan(report, { language: 'fr' });
 * plan.slides.map((s) => s.section); // → ['summary', 'activity', 'sla', 'incidents', 'reliability', 'lost-hours', 'costs', 'fleet', 'preventive', 'replacement']
 */
export function deckPlan(report: Report, options: DeckPlanOptions = {}): DeckPlan {
  const language = options.language ?? report.language;
  const locale = chartLocale(language, report.currency, report.timezone);
  const { t, format } = locale;
  const wanted = options.sections ?? SECTIONS.map((s) => s.id);
  // Issue 10: no previous figure nor comparing finding against a period the data covers otherwise.
  const comparable = ['comparable', 'none'].includes(comparisonOf(report).kind);
  const sorted = [...shownFindings(report)].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const slides: DeckSlide[] = [];
  for (const section of SECTIONS) {
    if (!wanted.includes(section.id)) continue;
    const facts = SECTION_FACTS[section.id].map((fact): DeckFact => {
      const previous = comparable ? fact.read(report.previous) : null;
      return {
        label: t(fact.label),
        value: format.value(fact.read(report), fact.unit),
        previous: previous === null || !Number.isFinite(previous) ? null : format.value(previous, fact.unit),
      };
    });
    const findings = section.id === 'summary' ? sorted.slice(0, options.summaryFindings ?? 5) : sorted.filter((f) => FINDING_SECTION[f.kind] === section.id);
    slides.push({
      section: section.id,
      title: t(TITLES[section.id]),
      facts,
      bullets: findings.map((f) => f.message),
      charts: charts(section.id, report, locale),
    });
  }
  const client = report.client ?? t('filters.allClients');
  return {
    title: `${t('app.name')} — ${t('app.tagline')}`,
    subtitle: t('summary.scope', { period: report.period.label, client, asOf: format.date(report.asOf) }),
    footer: `${report.period.label} · ${client} · ${t('filters.previous', { period: report.previous.period?.label ?? '—' })}`,
    language,
    slides,
  };
}
