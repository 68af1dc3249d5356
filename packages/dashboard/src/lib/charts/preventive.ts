import type { TopLevelSpec } from 'vega-lite';
import type { PreventiveResult, PreventiveSchedule, Report } from '@revue/kpi-core';
import type { MessageKey } from '../i18n/index.js';
import { countAxis, coveredMonths, monthAxis, percentAxis, valueScale } from './axes.js';
import { COLORS, topLevel, type ChartLocale, type Row } from './common.js';

/** The heat map's cell states (kpi-core's `PreventiveCell`), in legend order, with their colours. */
const CELLS = [
  { code: 'd', label: 'preventive.cell.done', color: COLORS.good },
  { code: 'm', label: 'preventive.cell.missed', color: COLORS.bad },
  { code: 'n', label: 'preventive.cell.notDue', color: COLORS.band },
  { code: 'o', label: 'preventive.cell.outOfService', color: '#f4f6f9' },
] as const satisfies ReadonlyArray<{ code: string; label: MessageKey; color: string }>;

/**
 * The name of a plan window from its start (ISO) in the report's time zone: the Monday of a week
 * ("4 May 2026"), a month ("May 2026"), a quarter ("Q2 2026" / "T2 2026"), a half-year
 * ("H1 2026" / "S1 2026") or a year.
 *
 * @example
 * windowLabel('2026-04-30T22:00:00.000Z', 'month', chartLocale('fr'), 'Europe/Paris'); // → 'mai 2026'
 */
export function windowLabel(start: string, every: PreventiveSchedule['every'], locale: ChartLocale, timezone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, year: 'numeric', month: '2-digit' }).formatToParts(new Date(start));
  const year = parts.find((p) => p.type === 'year')!.value;
  const month = Number(parts.find((p) => p.type === 'month')!.value);
  switch (every) {
    case 'week':
      return locale.format.date(start);
    case 'month':
      return locale.format.month(`${year}-${String(month).padStart(2, '0')}`);
    case 'quarter':
      return locale.t('preventive.quarter', { n: Math.floor((month - 1) / 3) + 1, year });
    case 'half':
      return locale.t('preventive.half', { n: month <= 6 ? 1 : 2, year });
    case 'year':
      return year;
  }
}

/**
 * The schedules whose heat map says something to the client: windows due in the period, assets
 * to check, and at least one asset that missed a window — in the report's order.
 *
 * @example
 * schedulesWithMisses(report.preventive.schedules).map((s) => s.taskId); // → ['restore-test', 'firewall-review']
 */
export function schedulesWithMisses(schedules: readonly PreventiveSchedule[]): PreventiveSchedule[] {
  return schedules.filter((s) => s.windows.length > 0 && s.assetCount > 0 && s.assetsWithMisses > 0);
}

/**
 * One task's heat map: its assets (rows, in the report's order: most misses first) × its windows
 * in the period (columns), each cell done, missed, not yet due or out of service. The report
 * holds at most 30 assets per task; `rows` keeps the first of them (a slide shows fewer).
 *
 * @example
 * preventiveHeatmapSpec(report.preventive.schedules[0], chartLocale('en'), { timezone: 'Europe/Paris' }); // → a grid of rect marks
 */
export function preventiveHeatmapSpec(schedule: PreventiveSchedule, locale: ChartLocale, options: { timezone: string; rows?: number }): TopLevelSpec {
  const { t } = locale;
  const assets = schedule.assets.slice(0, options.rows ?? schedule.assets.length);
  const windows = schedule.windows.map((w) => windowLabel(w.start, schedule.every, locale, options.timezone));
  const labels = CELLS.map((cell) => t(cell.label));
  const rows: Row[] = [];
  for (const asset of assets) {
    [...asset.cells].forEach((code, w) => {
      const cell = CELLS.find((c) => c.code === code) ?? CELLS[3];
      rows.push({ asset: asset.assetId, window: windows[w]!, order: w, state: t(cell.label) });
    });
  }
  return topLevel(
    locale,
    {
      // One row of cells per asset, 20 px high whatever the labels and legend take: the width
      // fits the card, the height is the rows' (with "fit" the axis labels would squeeze them).
      autosize: { type: 'fit-x', contains: 'padding' },
      mark: { type: 'rect', stroke: '#ffffff', strokeWidth: 1 },
      encoding: {
        x: { field: 'window', type: 'ordinal', sort: windows, scale: { domain: windows }, title: null, axis: { labelAngle: windows.length > 8 ? -45 : 0, labelOverlap: true } },
        y: { field: 'asset', type: 'nominal', sort: assets.map((a) => a.assetId), title: null },
        color: { field: 'state', type: 'nominal', title: null, scale: { domain: labels, range: CELLS.map((cell) => cell.color) }, legend: { orient: 'bottom' } },
        tooltip: [
          { field: 'asset', type: 'nominal', title: t('preventive.asset') },
          { field: 'window', type: 'ordinal', title: t('preventive.window') },
          { field: 'state', type: 'nominal', title: t('preventive.state') },
        ],
      },
    },
    {
      rows,
      height: Math.max(20, assets.length * 20),
      description: t('preventive.heatmapOf', { task: schedule.title }),
      table: {
        columns: [
          { field: 'asset', label: t('preventive.asset'), unit: 'text' },
          { field: 'window', label: t('preventive.window'), unit: 'text' },
          { field: 'state', label: t('preventive.state'), unit: 'text' },
        ],
      },
    },
  );
}

/** The share of due windows a task must keep to be on plan (kpi-core's PLAN_COMPLIANCE_TARGET, 90 %). */
const PLAN_TARGET = 0.9;

/**
 * Compliance per task of the plan (done ÷ due windows), worst first, tasks with nothing due left
 * out; the due and done counts in the tooltip and the table.
 *
 * @example
 * preventiveByTaskSpec(report.preventive.byTask, chartLocale('en')); // → one bar per task
 */
export function preventiveByTaskSpec(byTask: PreventiveResult['byTask'], locale: ChartLocale): TopLevelSpec {
  const { t, format } = locale;
  const target = format.percent(PLAN_TARGET, 0);
  const below = t('preventive.legend.below', { target });
  const kept = t('preventive.legend.kept', { target });
  const rows: Row[] = Object.values(byTask)
    .filter((task) => task.compliance !== null)
    .sort((a, b) => a.compliance! - b.compliance! || a.title.localeCompare(b.title))
    .map((task) => ({ task: task.title, compliance: task.compliance, done: task.done, due: task.due, state: task.compliance! < PLAN_TARGET ? below : kept }));
  return topLevel(
    locale,
    {
      mark: { type: 'bar', cornerRadiusEnd: 2 },
      encoding: {
        // Task names are sentences ("Test de restauration des sauvegardes"): the labels get up
        // to 45 % of the width (120–340 px), as the recurring problems', before an ellipsis.
        y: { field: 'task', type: 'nominal', sort: null, title: null, axis: { labelLimit: { expr: 'clamp(containerSize()[0] * 0.45, 120, 340)' } } },
        x: { field: 'compliance', type: 'quantitative', title: t('preventive.compliance'), scale: { domain: [0, 1] }, axis: percentAxis() },
        // The two colours said in a legend (review: orange and blue bars, no key).
        // One key a line: side by side, « 90 % ou plus » ran past the right edge of a half-slide chart.
        color: { field: 'state', type: 'nominal', title: null, scale: { domain: [below, kept], range: [COLORS.warn, COLORS.primary] }, legend: { orient: 'bottom', columns: 1 } },
        tooltip: [
          { field: 'task', type: 'nominal', title: t('preventive.task') },
          { field: 'compliance', type: 'quantitative', title: t('preventive.compliance'), format: '.1%' },
          { field: 'done', type: 'quantitative', title: t('preventive.done') },
          { field: 'due', type: 'quantitative', title: t('preventive.due') },
        ],
      },
    },
    {
      rows,
      height: Math.max(80, rows.length * 32),
      description: t('preventive.byTask'),
      table: {
        columns: [
          { field: 'task', label: t('preventive.task'), unit: 'text' },
          { field: 'compliance', label: t('preventive.compliance'), unit: 'percent' },
          { field: 'done', label: t('preventive.done'), unit: 'count' },
          { field: 'due', label: t('preventive.due'), unit: 'count' },
        ],
      },
    },
  );
}

/**
 * The planned-maintenance share (preventive ÷ all labour hours, a line on the left axis) beside
 * the corrective incidents (bars on the right axis), month by month over the 12 months ending
 * with the period: does preventive work make corrective work recede? With `data` (the report),
 * only the months its data covers (`coveredMonths`): a month before the file starts had no
 * corrective incident because none was exported.
 *
 * @example
 * preventiveTrendSpec(report.preventive.trend, chartLocale('fr'), report); // → bars and a line over 12 months
 */
export function preventiveTrendSpec(allMonths: PreventiveResult['trend'], locale: ChartLocale, data?: Pick<Report, 'coverage' | 'asOf' | 'timezone'>): TopLevelSpec {
  const { t, format } = locale;
  const trend = data ? coveredMonths(allMonths, data) : allMonths;
  // Short month names on the axis (a two-digit year when the 12 months span two years).
  const axis = monthAxis(trend.map((m) => m.month), locale, t('sla.month'));
  const rows: Row[] = trend.map((m, i) => ({ month: format.month(m.month), label: axis.labels[i]!, share: m.share, corrective: m.correctiveIncidents, preventiveHours: m.preventiveHours }));
  const x = { field: 'label', type: 'ordinal', sort: axis.labels, title: null, axis: { labelAngle: 0, labelOverlap: true } } as const;
  // One legend for both layers (review: nothing said which was the bar and which the line).
  const bars = t('preventive.correctiveIncidents');
  const line = t('preventive.share');
  // (A constant series field per layer: the schema gives a datum colour no scale or legend.)
  const series = (name: string) => [{ calculate: JSON.stringify(name), as: 'series' }];
  const color = { field: 'series', type: 'nominal', scale: { domain: [line, bars], range: [COLORS.good, COLORS.secondary] }, legend: { orient: 'bottom', title: null } } as const;
  return topLevel(
    locale,
    {
      layer: [
        {
          mark: { type: 'bar', opacity: 0.75 },
          transform: series(bars),
          encoding: {
            x,
            color,
            y: { field: 'corrective', type: 'quantitative', title: t('preventive.correctiveIncidents'), scale: valueScale(), axis: { ...countAxis(), orient: 'right' } },
            tooltip: [
              { field: 'month', type: 'ordinal', title: t('sla.month') },
              { field: 'corrective', type: 'quantitative', title: t('preventive.correctiveIncidents') },
            ],
          },
        },
        {
          mark: { type: 'line', point: true },
          transform: series(line),
          encoding: {
            x,
            color,
            y: { field: 'share', type: 'quantitative', title: t('preventive.share'), scale: { domainMin: 0, ...valueScale() }, axis: { ...percentAxis(), orient: 'left' } },
            tooltip: [
              { field: 'month', type: 'ordinal', title: t('sla.month') },
              { field: 'share', type: 'quantitative', title: t('preventive.share'), format: '.1%' },
              { field: 'preventiveHours', type: 'quantitative', title: t('preventive.preventiveHours'), format: ',.1f' },
            ],
          },
        },
      ],
      resolve: { scale: { y: 'independent' } },
    },
    {
      rows,
      height: 240,
      description: t('preventive.trend'),
      // The title says 12 months: fewer drawn, the note says where the data start.
      note: trend.length < allMonths.length && trend.length > 0 ? t('preventive.trendFrom', { month: format.month(trend[0]!.month), count: trend.length, total: allMonths.length }) : undefined,
      table: {
        columns: [
          { field: 'month', label: t('sla.month'), unit: 'text' },
          { field: 'share', label: t('preventive.share'), unit: 'percent' },
          { field: 'preventiveHours', label: t('preventive.preventiveHours'), unit: 'hours' },
          { field: 'corrective', label: t('preventive.correctiveIncidents'), unit: 'count' },
        ],
      },
    },
  );
}
