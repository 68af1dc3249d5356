import type { TopLevelSpec } from 'vega-lite';
import type { BacklogMonth } from '@revue/kpi-core';
import { drillKey } from '../drill.js';
import { countAxis, monthAxis, valueScale } from './axes.js';
import { COLORS, topLevel, type ChartLocale, type Row } from './common.js';

/**
 * Opened against closed tickets per month (paired bars, left axis) and the tickets still open at
 * each month's end (line, right axis: the backlog is far smaller than the monthly flow, so it
 * gets its own scale). Each bar carries the `drill` key of its tickets.
 *
 * @example
 * backlogTrendSpec(report.backlogTrend.months, chartLocale('en')); // → bars and a line over up to 12 months
 */
export function backlogTrendSpec(months: readonly BacklogMonth[], locale: ChartLocale): TopLevelSpec {
  const { t, format } = locale;
  const opened = t('activity.opened');
  const closed = t('activity.closed');
  const openTitle = t('activity.openAtEnd');
  const monthTitle = t('sla.month');
  const countTitle = t('activity.tickets');
  // Short month names on the axis (the year in its title); the full month in tooltips and table.
  const axis = monthAxis(months.map((month) => month.month), locale, monthTitle);
  const rows: Row[] = months.map((month, m) => {
    const label = format.month(month.month);
    return {
      month: label,
      axisLabel: axis.labels[m]!,
      opened: month.opened,
      closed: month.closed,
      open: month.open,
      openedDrill: drillKey('opened', month.month),
      closedDrill: drillKey('closed', month.month),
      openedAria: t('activity.barLabel', { group: `${label}, ${opened}`, count: format.integer(month.opened) }),
      closedAria: t('activity.barLabel', { group: `${label}, ${closed}`, count: format.integer(month.closed) }),
    };
  });
  const x = { field: 'axisLabel', type: 'ordinal', sort: axis.labels, title: axis.title, axis: { labelAngle: 0, labelOverlap: true } } as const;
  return topLevel(
    locale,
    {
      layer: [
        {
          // One bar per month and flow: the two columns folded into rows, named in the user's language.
          transform: [
            { fold: ['opened', 'closed'], as: ['flow', 'tickets'] },
            { calculate: `datum.flow === 'opened' ? ${JSON.stringify(opened)} : ${JSON.stringify(closed)}`, as: 'flowLabel' },
            { calculate: "datum.flow === 'opened' ? datum.openedDrill : datum.closedDrill", as: 'drill' },
            { calculate: "datum.flow === 'opened' ? datum.openedAria : datum.closedAria", as: 'aria' },
          ],
          mark: { type: 'bar', cursor: 'pointer' },
          encoding: {
            x,
            xOffset: { field: 'flowLabel', type: 'nominal', sort: [opened, closed] },
            y: { field: 'tickets', type: 'quantitative', title: countTitle, scale: valueScale(), axis: countAxis() },
            color: { field: 'flowLabel', type: 'nominal', title: null, sort: [opened, closed], scale: { domain: [opened, closed, openTitle], range: [COLORS.secondary, COLORS.primary, COLORS.warn] } },
            description: { field: 'aria', type: 'nominal' },
            tooltip: [
              { field: 'month', type: 'ordinal', title: monthTitle },
              { field: 'flowLabel', type: 'nominal', title: t('chart.series') },
              { field: 'tickets', type: 'quantitative', title: countTitle, format: ',.0f' },
            ],
          },
        },
        {
          mark: { type: 'line', point: true, color: COLORS.warn },
          encoding: {
            x,
            y: { field: 'open', type: 'quantitative', title: openTitle, scale: valueScale(), axis: { ...countAxis(), orient: 'right', titleColor: COLORS.warn } },
            tooltip: [
              { field: 'month', type: 'ordinal', title: monthTitle },
              { field: 'open', type: 'quantitative', title: openTitle, format: ',.0f' },
            ],
          },
        },
      ],
      resolve: { scale: { y: 'independent' } },
    },
    {
      rows,
      description: t('activity.flow'),
      table: {
        columns: [
          { field: 'month', label: monthTitle, unit: 'text' },
          { field: 'opened', label: opened, unit: 'count' },
          { field: 'closed', label: closed, unit: 'count' },
          { field: 'open', label: openTitle, unit: 'count' },
        ],
      },
    },
  );
}
