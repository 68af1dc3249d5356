import type { TopLevelSpec } from 'vega-lite';
import type { SlaPair, SlaResult } from '@revue/kpi-core';
import { keyLabel, NONE_KEY } from '../format/keys.js';
import { percentAxis } from './axes.js';
import { topLevel, type ChartLocale, type Row } from './common.js';
import { referenceNote, slaColumns, slaRows, slaTargetColor, slaTooltip } from './sla-common.js';

export interface SlaByPriorityOptions {
  /**
   * The previous period's adherence by priority, drawn as a dark mark across each bar (see
   * `SlaByMonthOptions.reference` for why the previous period and not an objective).
   */
  reference?: { period: string; byPriority: Record<string, SlaPair> };
}

/**
 * SLA adherence by priority, response and resolution side by side. Priorities are shown in
 * their natural order (P1 first); a priority without judged tickets shows no bar. Tickets
 * without a priority (kpi-core's `(none)` key) read "No priority". With a `reference`, a dark
 * mark across each bar at the previous period's adherence of that priority and target.
 *
 * @example
 * slaByPrioritySpec(report.sla.byPriority, chartLocale('fr')); // → grouped bars per priority
 */
export function slaByPrioritySpec(byPriority: SlaResult['byPriority'], locale: ChartLocale, options: SlaByPriorityOptions = {}): TopLevelSpec {
  const { t } = locale;
  const priorities = Object.keys(byPriority).sort((a, b) => Number(a === NONE_KEY) - Number(b === NONE_KEY) || (a < b ? -1 : a > b ? 1 : 0));
  const rows: Row[] = priorities.flatMap((priority) => slaRows({ priority: keyLabel(priority, 'priority', t) }, byPriority[priority]!, locale));
  const previous = options.reference?.byPriority ?? {};
  // Only priorities on the chart, and only where this period has a bar to compare with.
  const reference: Row[] = priorities.flatMap((priority) =>
    (['response', 'resolution'] as const)
      .filter((target) => typeof byPriority[priority]![target]?.adherence === 'number' && typeof previous[priority]?.[target]?.adherence === 'number')
      .map((target) => ({ priority: keyLabel(priority, 'priority', t), target: t(target === 'response' ? 'sla.response' : 'sla.resolution'), adherence: previous[priority]![target]!.adherence })),
  );
  const x = { field: 'priority', type: 'nominal', sort: null, title: t('sla.priority'), axis: { labelAngle: 0 } } as const;
  const xOffset = { field: 'target', type: 'nominal', sort: null } as const;
  const y = { field: 'adherence', type: 'quantitative', title: t('sla.adherence'), scale: { domain: [0, 1] }, axis: percentAxis() } as const;
  return topLevel(
    locale,
    {
      layer: [
        {
          mark: { type: 'bar', cornerRadiusEnd: 2 },
          encoding: { x, xOffset, y, color: slaTargetColor(locale), tooltip: [...slaTooltip({ field: 'priority', type: 'nominal', title: t('sla.priority') }, locale)] },
        },
        ...(reference.length > 0
          ? [
              {
                data: { values: reference },
                mark: { type: 'tick', color: '#1b2430', thickness: 3, size: { expr: 'bandwidth("xOffset") * 0.9' } },
                encoding: {
                  x,
                  xOffset,
                  y,
                  tooltip: [
                    { field: 'priority', type: 'nominal', title: t('sla.priority') },
                    { field: 'target', type: 'nominal', title: t('sla.target') },
                    { field: 'adherence', type: 'quantitative', title: options.reference!.period, format: '.1%' },
                  ],
                },
              },
            ]
          : []),
      ],
    },
    {
      rows,
      description: t('sla.byPriority'),
      note: options.reference && reference.length > 0 ? referenceNote({ period: options.reference.period }, locale, 'sla.referenceMarks') : undefined,
      table: {
        columns: slaColumns({ field: 'priority', label: t('sla.priority') }, locale),
        // The chart draws the rate: rows of pending tickets only (an export of open tickets, no
        // month with a judged ticket) have none, and an axis without a point once said nothing
        // (and Vega warned of an infinite extent). A rate of 0% is a point.
        measures: ['adherence'],
        zeroIsData: true,
      },
    },
  );
}
