import type { TopLevelSpec } from 'vega-lite';
import type { VolumeMonth } from '@revue/kpi-core';
import { drillKey } from '../drill.js';
import type { MessageKey } from '../i18n/index.js';
import { countAxis, monthAxis, valueScale } from './axes.js';
import { COLORS, topLevel, type ChartLocale, type Row } from './common.js';

/** The ticket types of DESIGN §2, in stacking order, with their colour and name. */
const TYPES: ReadonlyArray<{ key: string; label: MessageKey; color: string }> = [
  { key: 'incident', label: 'activity.type.incident', color: COLORS.primary },
  { key: 'request', label: 'activity.type.request', color: COLORS.secondary },
  { key: 'change', label: 'activity.type.change', color: COLORS.categorical[2] },
  { key: 'problem', label: 'activity.type.problem', color: COLORS.warn },
];

/**
 * Requests against incidents (and problems, changes) opened per month: stacked bars, one colour
 * per type; a type outside the four (an unmapped value) keeps its name and a muted colour. Each
 * segment carries the `drill` key of its tickets.
 *
 * @example
 * ticketTypesSpec(report.volume.byMonth, chartLocale('fr')); // → stacked bars per month
 */
export function ticketTypesSpec(byMonth: readonly VolumeMonth[], locale: ChartLocale): TopLevelSpec {
  const { t, format } = locale;
  const known = new Map(TYPES.map((type, order) => [type.key, { label: t(type.label), color: type.color, order }]));
  const others = new Set<string>();
  for (const month of byMonth) for (const group of month.byType.groups) if (!known.has(group.key)) others.add(group.key);
  const domain = [...TYPES.map((type) => t(type.label)), ...[...others].sort()];
  const range = [...TYPES.map((type) => type.color), ...[...others].map(() => COLORS.muted)];
  // Short month names on the axis (the year in its title); the full month in tooltips and table.
  const axis = monthAxis(byMonth.map((month) => month.month), locale, t('sla.month'));
  const rows: Row[] = [];
  for (const [m, month] of byMonth.entries()) {
    for (const group of month.byType.groups) {
      const type = known.get(group.key);
      const label = type?.label ?? group.key;
      rows.push({
        month: format.month(month.month),
        label: axis.labels[m]!,
        type: label,
        order: type?.order ?? TYPES.length,
        tickets: group.tickets,
        total: month.tickets,
        drill: drillKey('month-type', month.month, group.key),
        aria: t('activity.barLabel', { group: `${format.month(month.month)}, ${label}`, count: format.integer(group.tickets) }),
      });
    }
  }
  const typeTitle = t('activity.typeTitle');
  const ticketsTitle = t('activity.tickets');
  return topLevel(
    locale,
    {
      mark: { type: 'bar', cursor: 'pointer' },
      encoding: {
        x: { field: 'label', type: 'ordinal', sort: axis.labels, title: axis.title, axis: { labelAngle: 0, labelOverlap: true } },
        y: { field: 'tickets', type: 'quantitative', stack: 'zero', title: ticketsTitle, scale: valueScale(), axis: countAxis() },
        color: { field: 'type', type: 'nominal', title: null, scale: { domain, range } },
        order: { field: 'order', type: 'quantitative' },
        description: { field: 'aria', type: 'nominal' },
        tooltip: [
          { field: 'month', type: 'ordinal', title: t('sla.month') },
          { field: 'type', type: 'nominal', title: typeTitle },
          { field: 'tickets', type: 'quantitative', title: ticketsTitle, format: ',.0f' },
          { field: 'total', type: 'quantitative', title: t('chart.total'), format: ',.0f' },
        ],
      },
    },
    {
      rows,
      description: t('activity.byType'),
      table: {
        columns: [
          { field: 'month', label: t('sla.month'), unit: 'text' },
          { field: 'type', label: typeTitle, unit: 'text' },
          { field: 'tickets', label: ticketsTitle, unit: 'count' },
        ],
      },
    },
  );
}
