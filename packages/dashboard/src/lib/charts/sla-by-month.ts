import type { TopLevelSpec } from 'vega-lite';
import type { SlaPair, SlaResult } from '@revue/kpi-core';
import { monthAxis, percentAxis } from './axes.js';
import { topLevel, type ChartLocale, type Row } from './common.js';
import { referenceNote, slaColumns, slaRows, slaTargetColor, slaTooltip, type SlaReference } from './sla-common.js';

export interface SlaByMonthOptions {
  /**
   * The previous period's adherence, drawn as a dashed line per target. The report carries no
   * contractual adherence objective (the policy sets time targets per priority, not a share to
   * reach), so the honest reference is the figure of the period before; none when omitted.
   */
  reference?: SlaReference;
}

/**
 * SLA adherence by month: one line per target (response, resolution), adherence = met ÷
 * (met + breached) as computed in the report; a month without judged tickets has no point.
 * With a `reference`, a dashed line per target at the previous period's adherence, explained
 * in the chart's note (`usermeta.note`).
 *
 * @example
 * slaByMonthSpec(report.sla.byMonth, chartLocale('en'), { reference: { period: 'Q2 2026', pair: report.previous.sla } });
 * // → lines per target, x = month, y = adherence, dashed lines at Q2's adherence
 */
export function slaByMonthSpec(byMonth: SlaResult['byMonth'], locale: ChartLocale, options: SlaByMonthOptions = {}): TopLevelSpec {
  const { t, format } = locale;
  const axis = monthAxis(byMonth.map((m) => m.month), locale, t('sla.month'));
  const rows: Row[] = byMonth.flatMap((month, i) => slaRows({ month: format.month(month.month), label: axis.labels[i]! }, month, locale));
  const reference = options.reference ? referenceRows(options.reference.pair, locale) : [];
  const y = { field: 'adherence', type: 'quantitative', title: t('sla.adherence'), scale: { zero: false, domainMax: 1, nice: true }, axis: percentAxis() } as const;
  return topLevel(
    locale,
    {
      layer: [
        {
          mark: { type: 'line', point: { size: 70, filled: true } },
          encoding: {
            x: { field: 'label', type: 'ordinal', sort: null, title: axis.title, axis: { labelAngle: 0, labelOverlap: true } },
            // A line need not start at zero: the scale covers the data up to 100% so month-to-month
            // changes of a few points stay visible.
            y,
            color: slaTargetColor(locale),
            tooltip: [...slaTooltip({ field: 'month', type: 'ordinal', title: t('sla.month') }, locale)],
          },
        },
        ...(reference.length > 0
          ? [
              {
                data: { values: reference },
                mark: { type: 'rule', strokeDash: [6, 4], strokeWidth: 2, opacity: 0.9 },
                encoding: {
                  y,
                  color: slaTargetColor(locale),
                  tooltip: [
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
      description: t('sla.byMonth'),
      note: options.reference && reference.length > 0 ? referenceNote(options.reference, locale, 'sla.referenceLines') : undefined,
      table: {
        columns: slaColumns({ field: 'month', label: t('sla.month') }, locale),
        // The chart draws the rate: rows of pending tickets only (an export of open tickets, no
        // month with a judged ticket) have none, and an axis without a point once said nothing
        // (and Vega warned of an infinite extent). A rate of 0% is a point.
        measures: ['adherence'],
        zeroIsData: true,
        // One month with a rate is a single dot on a 12-month axis (trial14, GLPI: "mars" at
        // 42.9%): the card says it; the chart says why it draws nothing.
        minGroups: { field: 'month', count: 2 },
      },
    },
  );
}

/** One row per target with a previous adherence. */
function referenceRows(pair: SlaPair, locale: ChartLocale): Row[] {
  return (['response', 'resolution'] as const)
    .filter((target) => typeof pair[target]?.adherence === 'number')
    .map((target) => ({ target: locale.t(target === 'response' ? 'sla.response' : 'sla.resolution'), adherence: pair[target]!.adherence }));
}
