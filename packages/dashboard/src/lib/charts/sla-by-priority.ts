import type { TopLevelSpec } from 'vega-lite';
import type { SlaResult } from '@revue/kpi-core';
import { keyLabel, NONE_KEY } from '../format/keys.js';
import { topLevel, type ChartLocale, type Row } from './common.js';
import { slaColumns, slaRows, slaTargetColor, slaTooltip } from './sla-common.js';

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
  const priorities = Object.keys(byPriority).sort((a, b) => Number(a === NONE_KEY) - Number(b === NONE_KEY) || (a < b ? -1 : a > b ? 1 : 0));
  const rows: Row[] = priorities.flatMap((priority) => slaRows({ priority: keyLabel(priority, 'priority', t) }, byPriority[priority]!, locale));
  return topLevel(
    locale,
    {
      mark: { type: 'bar', cornerRadiusEnd: 2 },
      encoding: {
        x: { field: 'priority', type: 'nominal', sort: null, title: t('sla.priority'), axis: { labelAngle: 0 } },
        xOffset: { field: 'target', type: 'nominal', sort: null },
        y: { field: 'adherence', type: 'quantitative', title: t('sla.adherence'), scale: { domain: [0, 1] }, axis: { format: '.0%' } },
        color: slaTargetColor(locale),
        tooltip: [...slaTooltip({ field: 'priority', type: 'nominal', title: t('sla.priority') }, locale)],
      },
    },
    {
      rows,
      description: t('sla.byPriority'),
      table: {
        columns: slaColumns({ field: 'priority', label: t('sla.priority') }, locale),
      },
    },
  );
}
