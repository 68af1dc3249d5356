import type { TopLevelSpec } from 'vega-lite';
import type { SlaResult } from '@revue/kpi-core';
import { keyLabel, NONE_KEY } from '../format/keys.js';
import { COLORS, topLevel, type ChartLocale, type Row } from './common.js';

/**
 * SLA adherence by priority, response and resolution side by side. Priorities are shown in
 * their natural order (P1 first); a priority without judged tickets shows no bar. Tickets
 * without a priority (kpi-core's `(none)` key) read "No priority".
 *
 * @example
 * slaByPrioritySpec(report.sla.byPriority, chartLocale('fr')); // → grouped bars per priority
 */
export function slaByPrioritySpec(byPriority: SlaResult['byPriority'], locale: ChartLocale): TopLevelSpec {
  const { t } = locale;
  const rows: Row[] = [];
  const priorities = Object.keys(byPriority).sort((a, b) => Number(a === NONE_KEY) - Number(b === NONE_KEY) || (a < b ? -1 : a > b ? 1 : 0));
  for (const priority of priorities) {
    const p = byPriority[priority]!;
    for (const target of ['response', 'resolution'] as const) {
      const o = p[target];
      rows.push({ priority: keyLabel(priority, 'priority', t), target: t(target === 'response' ? 'sla.response' : 'sla.resolution'), adherence: o.adherence, met: o.met, breached: o.breached, pending: o.pending });
    }
  }
  return topLevel(
    locale,
    {
      mark: { type: 'bar', cornerRadiusEnd: 2 },
      encoding: {
        x: { field: 'priority', type: 'nominal', sort: null, title: t('sla.priority'), axis: { labelAngle: 0 } },
        xOffset: { field: 'target', type: 'nominal', sort: null },
        y: { field: 'adherence', type: 'quantitative', title: t('sla.adherence'), scale: { domain: [0, 1] }, axis: { format: '.0%' } },
        color: { field: 'target', type: 'nominal', sort: null, title: null, scale: { domain: [t('sla.response'), t('sla.resolution')], range: [COLORS.secondary, COLORS.primary] } },
        tooltip: [
          { field: 'priority', type: 'nominal', title: t('sla.priority') },
          { field: 'target', type: 'nominal', title: t('sla.target') },
          { field: 'adherence', type: 'quantitative', title: t('sla.adherence'), format: '.1%' },
          { field: 'met', type: 'quantitative', title: t('sla.met') },
          { field: 'breached', type: 'quantitative', title: t('sla.breached') },
          { field: 'pending', type: 'quantitative', title: t('sla.pending') },
        ],
      },
    },
    {
      rows,
      description: t('sla.byPriority'),
      table: {
        columns: [
          { field: 'priority', label: t('sla.priority'), unit: 'text' },
          { field: 'target', label: t('sla.target'), unit: 'text' },
          { field: 'adherence', label: t('sla.adherence'), unit: 'percent' },
          { field: 'met', label: t('sla.met'), unit: 'count' },
          { field: 'breached', label: t('sla.breached'), unit: 'count' },
          { field: 'pending', label: t('sla.pending'), unit: 'count' },
        ],
      },
    },
  );
}
