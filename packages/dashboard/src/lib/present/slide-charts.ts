/**
 * The charts a slide can show, by id (the same ids as the dashboard's chart cards): each one's
 * title and its spec from the report, built by the same pure functions as the section pages.
 * To put a new chart on a slide, add it here and name it in `slides.ts`.
 */
import type { Report } from '@revue/kpi-core';
import type { TopLevelSpec } from 'vega-lite';
import { breakdownSpec } from '../charts/breakdown.js';
import type { ChartLocale } from '../charts/common.js';
import { backlogTrendSpec } from '../charts/backlog-trend.js';
import { backlogSpec, fleetAgesSpec, maintenanceMixSpec } from '../charts/fleet.js';
import { incidentsByMonthSpec } from '../charts/incidents-by-month.js';
import { lostHoursBenchmarkSpec } from '../charts/lost-hours-benchmark.js';
import { mtbfSpec } from '../charts/mtbf.js';
import { preventiveByTaskSpec, preventiveHeatmapSpec, preventiveTrendSpec, schedulesWithMisses } from '../charts/preventive.js';
import { recurringProblemsSpec } from '../charts/recurring-problems.js';
import { previousComparable } from '../policy/comparison.js';
import { lostRowsLeftOutNote, tcoDowntimeLeftOutNote } from '../views/honest-notes.js';
import { replacementBudgetSpec } from '../charts/replacement-budget.js';
import { slaByMonthSpec } from '../charts/sla-by-month.js';
import { slaByPrioritySpec } from '../charts/sla-by-priority.js';
import { slaDistributionSpec } from '../charts/sla-distribution.js';
import { tcoBreakdownSpec } from '../charts/tco-breakdown.js';
import { tcoStackedSpec } from '../charts/tco-stacked.js';
import { ticketTypesSpec } from '../charts/ticket-types.js';
import { volumeBreakdownSpec } from '../charts/volume-breakdown.js';
import { periodName } from '../format/format.js';
import type { MessageKey } from '../i18n/index.js';
import { SLIDE_ROWS } from '../views/rows.js';
import { failingAssets } from '../views/reliability.js';

export interface SlideChart {
  title: MessageKey;
  spec: (report: Report, locale: ChartLocale) => TopLevelSpec;
  /** The chart's title when it depends on the report (a heat map names its task); default `title`. */
  caption?: (report: Report, locale: ChartLocale) => string;
}

/** The `n`th heat map of the tasks with missed windows (ten assets, those with the most misses), or an empty one. */
function heatmap(report: Report, locale: ChartLocale, n: number): TopLevelSpec {
  const schedule = schedulesWithMisses(report.preventive.schedules)[n];
  if (schedule) {
    const rows = Math.min(SLIDE_ROWS, schedule.assets.length);
    const spec = preventiveHeatmapSpec(schedule, locale, { timezone: report.timezone, rows }) as TopLevelSpec & { usermeta?: Record<string, unknown> };
    // Under the chart, as on the section page: how many of the task's assets the ten rows are.
    if (rows < schedule.assetCount) spec.usermeta = { ...spec.usermeta, note: locale.t('preventive.heatmapNote', { shown: locale.format.integer(rows), total: locale.format.integer(schedule.assetCount) }) };
    return spec;
  }
  return preventiveHeatmapSpec({ taskId: '', title: '', every: 'month', windows: [], assetCount: 0, assetsWithMisses: 0, assets: [] }, locale, { timezone: report.timezone });
}

/** "Restore test: assets × windows (month)", the heat map's task and how often it is due. */
function heatmapCaption(report: Report, locale: ChartLocale, n: number): string {
  const schedule = schedulesWithMisses(report.preventive.schedules)[n];
  if (!schedule) return locale.t('present.planMissed');
  return `${locale.t('preventive.heatmapOf', { task: schedule.title })} (${locale.t(`preventive.every.${schedule.every}`)})`;
}

/** The previous period in words; null when it falls outside the data (then no reference is drawn). */
const previousPeriod = (report: Report, locale: ChartLocale) =>
  report.previous.period && previousComparable(report) ? periodName(report.previous.period.label, locale.format) : null;

export const SLIDE_CHARTS = {
  'volume-by-category': { title: 'activity.volumeByCategory', spec: (report, locale) => volumeBreakdownSpec(report.volume.byCategory, locale, { dimension: 'category', limit: 8 }) },
  'volume-by-priority': { title: 'activity.volumeByPriority', spec: (report, locale) => volumeBreakdownSpec(report.volume.byPriority, locale, { dimension: 'priority', limit: 8 }) },
  'volume-by-site': { title: 'activity.volumeBySite', spec: (report, locale) => volumeBreakdownSpec(report.volume.bySite, locale, { dimension: 'site', limit: 8 }) },
  'ticket-types': { title: 'activity.byType', spec: (report, locale) => ticketTypesSpec(report.volume.byMonth, locale) },
  'backlog-trend': { title: 'activity.flowTitle', spec: (report, locale) => backlogTrendSpec(report.backlogTrend.months, locale) },
  'sla-by-month': {
    title: 'sla.byMonth',
    spec: (report, locale) => {
      const period = previousPeriod(report, locale);
      return slaByMonthSpec(report.sla.byMonth, locale, { reference: period ? { period, pair: report.previous.sla } : undefined });
    },
  },
  'sla-by-priority': {
    title: 'sla.byPriority',
    spec: (report, locale) => {
      const period = previousPeriod(report, locale);
      return slaByPrioritySpec(report.sla.byPriority, locale, { reference: period ? { period, byPriority: report.previous.sla.byPriority } : undefined });
    },
  },
  'sla-distribution': { title: 'sla.distribution', spec: (report, locale) => slaDistributionSpec(report.sla.elapsedHistogram, locale) },
  'incidents-by-month': { title: 'incidents.byMonth', spec: (report, locale) => incidentsByMonthSpec(report.recurrence.byMonth, locale, report) },
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
    spec: (report, locale) => leftOutNoted(breakdownSpec(report.lostHours.byClient, locale, { groupTitle: locale.t('lost.client'), valueTitle: `${locale.t('lost.hours')} (h)`, unit: 'hours', description: locale.t('lost.byClient'), dimension: 'client', limit: 10 }), lostRowsLeftOutNote(report.lostHours, 'byClient', locale.t, locale.format)),
  },
  'lost-by-category': {
    title: 'lost.byCategory',
    spec: (report, locale) => leftOutNoted(breakdownSpec(report.lostHours.byCategory, locale, { groupTitle: locale.t('lost.category'), valueTitle: `${locale.t('lost.hours')} (h)`, unit: 'hours', description: locale.t('lost.byCategory'), color: '#6b9ac4', dimension: 'category', limit: 10 }), lostRowsLeftOutNote(report.lostHours, 'byCategory', locale.t, locale.format)),
  },
  'tco-breakdown': { title: 'costs.breakdown', spec: (report, locale) => tcoBreakdownSpec(report.tco.byCategory, locale) },
  'tco-by-type': {
    title: 'costs.byType',
    spec: (report, locale) => tcoStackedSpec(report.tco.byType, locale, { groupTitle: locale.t('costs.type'), description: locale.t('costs.byType'), dimension: 'costType', limit: 8 }),
  },
  'tco-top-assets': {
    title: 'costs.topAssets',
    spec: (report, locale) => leftOutNoted(tcoStackedSpec(report.tco.byAsset, locale, { groupTitle: locale.t('costs.asset'), description: locale.t('costs.topAssets'), limit: 10, legendColumns: 5 }), tcoDowntimeLeftOutNote(report, locale.t, locale.format)),
  },
  'maintenance-mix': { title: 'fleet.mix', spec: (report, locale) => maintenanceMixSpec(report.fleet, locale) },
  'backlog-age': { title: 'fleet.backlog', spec: (report, locale) => backlogSpec(report.fleet.backlog, locale) },
  'fleet-ages': { title: 'fleet.ages', spec: (report, locale) => fleetAgesSpec(report.fleet.ages, locale) },
  'preventive-by-task': { title: 'preventive.byTask', spec: (report, locale) => preventiveByTaskSpec(report.preventive.byTask, locale) },
  'preventive-trend': { title: 'preventive.trend', spec: (report, locale) => preventiveTrendSpec(report.preventive.trend, locale, report) },
  'preventive-heatmap-1': { title: 'present.planMissed', spec: (report, locale) => heatmap(report, locale, 0), caption: (report, locale) => heatmapCaption(report, locale, 0) },
  'preventive-heatmap-2': { title: 'present.planMissed', spec: (report, locale) => heatmap(report, locale, 1), caption: (report, locale) => heatmapCaption(report, locale, 1) },
  'replacement-budget': { title: 'replacement.budgetChart', spec: (report, locale) => replacementBudgetSpec(report.replacement.byMonth, locale) },
} satisfies Record<string, SlideChart>;

export type SlideChartId = keyof typeof SLIDE_CHARTS;

/** A lost-hours breakdown with the rows it leaves out said under it (the page says them too). */
function leftOutNoted(spec: TopLevelSpec, note: string | null): TopLevelSpec {
  if (note === null) return spec;
  const meta = (spec as { usermeta?: Record<string, unknown> }).usermeta ?? {};
  return { ...spec, usermeta: { ...meta, note: typeof meta.note === 'string' ? `${meta.note} ${note}` : note } } as TopLevelSpec;
}
