import type { SlaPair } from '@revue/kpi-core';
import type { MessageKey } from '../i18n/index.js';
import { COLORS, type ChartLocale, type ChartTable, type Row } from './common.js';

/** A reference for the SLA charts: the previous period's name and its adherence. */
export interface SlaReference {
  /** The previous period as shown to people ("T2 2026"). */
  period: string;
  pair: SlaPair;
}

/**
 * The note under an SLA chart that says what its reference marks are: the previous period,
 * with its two adherence figures when given.
 *
 * @example
 * referenceNote({ period: 'Q2 2026', pair }, chartLocale('en'), 'sla.referenceLines');
 * // → 'Dashed lines: the previous period, Q2 2026 (response 95.4%, resolution 87.8%)'
 */
export function referenceNote(reference: { period: string; pair?: SlaPair }, locale: ChartLocale, key: Extract<MessageKey, 'sla.referenceLines' | 'sla.referenceMarks'>): string {
  const { t, format } = locale;
  const values = reference.pair
    ? (['response', 'resolution'] as const)
        .filter((target) => typeof reference.pair![target]?.adherence === 'number')
        .map((target) => `${t(target === 'response' ? 'sla.response' : 'sla.resolution').toLocaleLowerCase(format.locale)} ${format.percent(reference.pair![target]!.adherence)}`)
        .join(', ')
    : '';
  const text = t(key, { period: reference.period });
  return values ? `${text} (${values})` : text;
}

/**
 * What the SLA charts share: one row per target (response, resolution) of a group, the colour
 * of each target, the tooltip and the figures-table columns of an outcome.
 */
export function slaRows(group: Record<string, string>, pair: SlaPair, locale: ChartLocale): Row[] {
  // A target not measured (response without a first-response time) has no row.
  return (['response', 'resolution'] as const).flatMap((target) => {
    const outcome = pair[target];
    if (outcome === null) return [];
    return {
      ...group,
      target: locale.t(target === 'response' ? 'sla.response' : 'sla.resolution'),
      adherence: outcome.adherence,
      met: outcome.met,
      breached: outcome.breached,
      pending: outcome.pending,
    };
  });
}

export function slaTargetColor(locale: ChartLocale) {
  const { t } = locale;
  return { field: 'target', type: 'nominal', sort: null, title: null, scale: { domain: [t('sla.response'), t('sla.resolution')], range: [COLORS.secondary, COLORS.primary] } } as const;
}

/** The tooltip of a group's outcome; `group` is the first line (month or priority). */
export function slaTooltip(group: { field: string; type: 'ordinal' | 'nominal'; title: string }, locale: ChartLocale) {
  const { t } = locale;
  return [
    group,
    { field: 'target', type: 'nominal', title: t('sla.target') },
    { field: 'adherence', type: 'quantitative', title: t('sla.adherence'), format: '.1%' },
    { field: 'met', type: 'quantitative', title: t('sla.met') },
    { field: 'breached', type: 'quantitative', title: t('sla.breached') },
    { field: 'pending', type: 'quantitative', title: t('sla.pending') },
  ] as const;
}

/** The figures-table columns of a group's outcome. */
export function slaColumns(group: { field: string; label: string }, locale: ChartLocale): ChartTable['columns'] {
  const { t } = locale;
  return [
    { field: group.field, label: group.label, unit: 'text' },
    { field: 'target', label: t('sla.target'), unit: 'text' },
    { field: 'adherence', label: t('sla.adherence'), unit: 'percent' },
    { field: 'met', label: t('sla.met'), unit: 'count' },
    { field: 'breached', label: t('sla.breached'), unit: 'count' },
    { field: 'pending', label: t('sla.pending'), unit: 'count' },
  ];
}
