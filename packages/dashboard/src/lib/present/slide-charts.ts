/**
 * The charts a slide can show, by id (the same ids as the dashboard's chart cards): each one's
 * title and its spec from the report, built by the same pure functions as the section pages.
 * To put a new chart on a slide, add it here and name it in `slides.ts`.
 */
import type { Report } from '@revue/kpi-core';
import type { TopLevelSpec } from 'vega-lite';
import { breakdownSpec } from '../charts/breakdown.js';
import type { ChartLocale } from '../charts/common.js';
import { backlogSpec, fleetAgesSpec, maintenanceMixSpec } from '../charts/fleet.js';
import { incidentsByMonthSpec } from '../charts/incidents-by-month.js';
import { lostHoursBenchmarkSpec } from '../charts/lost-hours-benchmark.js';
import { mtbfSpec } from '../charts/mtbf.js';
import { recurringProblemsSpec } from '../charts/recurring-problems.js';
import { slaByMonthSpec } from '../charts/sla-by-month.js';
import { slaByPrioritySpec } from '../charts/sla-by-priority.js';
import { slaDistributionSpec } from '../charts/sla-distribution.js';
import { tcoBreakdownSpec } from '../charts/tco-breakdown.js';
import { tcoStackedSpec } from '../charts/tco-stacked.js';
import { periodName } from '../format/format.js';
import type { MessageKey } from '../i18n/index.js';
import { failingAssets } from '../views/reliability.js';

export interface SlideChart {
  title: MessageKey;
  spec: (report: Report, locale: ChartLocale) => TopLevelSpec;
}

const previousPeriod = (report: Report, locale: ChartLocale) => periodName(report.previous.period.label, locale.format);

export const SLIDE_CHARTS = {
  'sla-by-month': {
    title: 'sla.byMonth',
    spec: (report, locale) => slaByMonthSpec(report.sla.byMonth, locale, { reference: { period: previousPeriod(report, locale), pair: report.previous.sla } }),
  },
  'sla-by-priority': {
    title: 'sla.byPriority',
    spec: (report, locale) => slaByPrioritySpec(report.sla.byPriority, locale, { reference: { period: previousPeriod(report, locale), byPriority: report.previous.sla.byPriority } }),
  },
  'sla-distribution': { title: 'sla.distribution', spec: (report, locale) => slaDistributionSpec(report.sla.elapsedHistogram, locale) },
  'incidents-by-month': { title: 'incidents.byMonth', spec: (report, locale) => incidentsByMonthSpec(report.recurrence.byMonth, locale) },
  'recurring-problems': { title: 'incidents.problemsChart', spec: (report, locale) => recurringProblemsSpec(report.recurrence.problems, locale, 8) },
  'mtbf-by-type': {
    title: 'reliability.byType',
    spec: (report, locale) => mtbfSpec(report.reliability.byType, locale, { groupTitle: locale.t('reliability.type'), description: locale.t('reliability.byType'), dimension: 'type' }),
  },
  'mtbf-by-asset': {
    title: 'reliability.byAsset',
    // Ten on a slide (the section page shows fifteen): a row each at 16 px.
    spec: (report, locale) => mtbfSpec(failingAssets(report.reliability.byAsset, 10), locale, { groupTitle: locale.t('reliability.asset'), description: locale.t('reliability.byAsset'), log: true }),
  },
  'lost-benchmark': { title: 'lost.benchmark', spec: (report, locale) => lostHoursBenchmarkSpec(report.lostHours, locale) },
  'lost-by-client': {
    title: 'lost.byClient',
    spec: (report, locale) => breakdownSpec(report.lostHours.byClient, locale, { groupTitle: locale.t('lost.client'), valueTitle: `${locale.t('lost.hours')} (h)`, unit: 'hours', description: locale.t('lost.byClient'), dimension: 'client', limit: 10 }),
  },
  'lost-by-category': {
    title: 'lost.byCategory',
    spec: (report, locale) => breakdownSpec(report.lostHours.byCategory, locale, { groupTitle: locale.t('lost.category'), valueTitle: `${locale.t('lost.hours')} (h)`, unit: 'hours', description: locale.t('lost.byCategory'), color: '#6b9ac4', dimension: 'category', limit: 10 }),
  },
  'tco-breakdown': { title: 'costs.breakdown', spec: (report, locale) => tcoBreakdownSpec(report.tco.byCategory, locale) },
  'tco-by-type': {
    title: 'costs.byType',
    spec: (report, locale) => tcoStackedSpec(report.tco.byType, locale, { groupTitle: locale.t('costs.type'), description: locale.t('costs.byType'), dimension: 'costType', limit: 8 }),
  },
  'tco-top-assets': {
    title: 'costs.topAssets',
    spec: (report, locale) => tcoStackedSpec(report.tco.byAsset, locale, { groupTitle: locale.t('costs.asset'), description: locale.t('costs.topAssets'), limit: 10, legendColumns: 5 }),
  },
  'maintenance-mix': { title: 'fleet.mix', spec: (report, locale) => maintenanceMixSpec(report.fleet, locale) },
  'backlog-age': { title: 'fleet.backlog', spec: (report, locale) => backlogSpec(report.fleet.backlog, locale) },
  'fleet-ages': { title: 'fleet.ages', spec: (report, locale) => fleetAgesSpec(report.fleet.ages, locale) },
} satisfies Record<string, SlideChart>;

export type SlideChartId = keyof typeof SLIDE_CHARTS;
