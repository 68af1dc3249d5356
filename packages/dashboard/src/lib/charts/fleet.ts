import type { TopLevelSpec } from 'vega-lite';
import type { FleetResult } from '@revue/kpi-core';
import { assetTypeLabel } from '../format/labels.js';
import type { MessageKey } from '../i18n/index.js';
import { countAxis, hoursAxis, valueScale } from './axes.js';
import { COLORS, topLevel, type ChartLocale, type Row } from './common.js';

const MAINTENANCE_ORDER = ['corrective', 'preventive', 'evolutive', 'proactive', 'unclassified'];

/**
 * Maintenance mix: labour hours by maintenance type with each type's share of all labour hours
 * (the report's `maintenanceMix`), in the order corrective, preventive, evolutive, proactive.
 *
 * @example
 * maintenanceMixSpec(report.fleet, chartLocale('en')); // → one bar per maintenance type
 */
export function maintenanceMixSpec(fleet: Pick<FleetResult, 'maintenanceHours' | 'maintenanceMix'>, locale: ChartLocale): TopLevelSpec {
  const { t } = locale;
  // No effort recorded in the export: no hours to show (the figure is not measured).
  const hours = fleet.maintenanceHours ?? {};
  const keys = Object.keys(hours).sort((a, b) => {
    const ia = MAINTENANCE_ORDER.indexOf(a);
    const ib = MAINTENANCE_ORDER.indexOf(b);
    return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib) || a.localeCompare(b);
  });
  const label = (key: string) => (MAINTENANCE_ORDER.includes(key) ? t(`costs.cat.${key}` as MessageKey) : key);
  const rows: Row[] = keys.map((key) => ({ type: label(key), hours: hours[key]!, share: fleet.maintenanceMix?.[key] ?? null }));
  return topLevel(
    locale,
    {
      mark: { type: 'bar', color: COLORS.primary, cornerRadiusEnd: 2 },
      encoding: {
        y: { field: 'type', type: 'nominal', sort: null, title: null },
        x: { field: 'hours', type: 'quantitative', title: t('fleet.mixAxis'), scale: valueScale(), axis: hoursAxis() },
        tooltip: [
          { field: 'type', type: 'nominal', title: t('fleet.maintenanceType') },
          { field: 'hours', type: 'quantitative', title: t('lost.hours'), format: ',.1f' },
          { field: 'share', type: 'quantitative', title: t('chart.share'), format: '.1%' },
        ],
      },
    },
    {
      rows,
      height: Math.max(100, rows.length * 32),
      description: t('fleet.mix'),
      table: {
        columns: [
          { field: 'type', label: t('fleet.maintenanceType'), unit: 'text' },
          { field: 'hours', label: t('lost.hours'), unit: 'hours' },
          { field: 'share', label: t('chart.share'), unit: 'percent' },
        ],
        measures: ['hours'],
      },
    },
  );
}

const AGE_BUCKETS = ['<1d', '1-7d', '7-30d', '>30d'] as const;

/**
 * Open tickets at `asOf` by age bucket (under 1 day, 1–7 days, 7–30 days, over 30 days), the
 * report's backlog ageing; older buckets are drawn in warmer colours.
 *
 * @example
 * backlogSpec(report.fleet.backlog, chartLocale('en')); // → four bars
 */
export function backlogSpec(backlog: FleetResult['backlog'], locale: ChartLocale): TopLevelSpec {
  const { t } = locale;
  const rows: Row[] = AGE_BUCKETS.map((bucket) => ({ age: t(`fleet.age.${bucket}` as MessageKey), count: backlog.byAge[bucket] ?? 0 }));
  return topLevel(
    locale,
    {
      mark: { type: 'bar', cornerRadiusEnd: 2 },
      encoding: {
        x: { field: 'age', type: 'ordinal', sort: null, title: null, axis: { labelAngle: 0 } },
        y: { field: 'count', type: 'quantitative', title: t('kpi.backlog'), scale: valueScale(), axis: countAxis() },
        color: { field: 'age', type: 'ordinal', sort: null, legend: null, scale: { range: [COLORS.secondary, COLORS.primary, COLORS.warn, COLORS.bad] } },
        tooltip: [
          { field: 'age', type: 'ordinal', title: t('fleet.backlog') },
          { field: 'count', type: 'quantitative', title: t('chart.count') },
        ],
      },
    },
    {
      rows,
      height: 220,
      description: t('fleet.backlog'),
      table: {
        columns: [
          { field: 'age', label: t('fleet.backlog'), unit: 'text' },
          { field: 'count', label: t('chart.count'), unit: 'count' },
        ],
      },
    },
  );
}

/**
 * Age of the assets in service at `asOf`: the number of assets per whole year of age
 * (floor(ageMonths ÷ 12); 6 years and more grouped), stacked by asset type. Assets without a
 * known age are counted in the table only.
 *
 * @example
 * fleetAgesSpec(report.fleet.ages, chartLocale('fr')); // → stacked bars per year of age
 */
export function fleetAgesSpec(ages: FleetResult['ages'], locale: ChartLocale): TopLevelSpec {
  const { t, format } = locale;
  const counts = new Map<string, { year: number; type: string; count: number }>();
  for (const asset of ages) {
    if (asset.ageMonths === null || !Number.isFinite(asset.ageMonths)) continue;
    const year = Math.min(6, Math.max(0, Math.floor(asset.ageMonths / 12)));
    const type = asset.type === null ? t('fleet.unknownType') : assetTypeLabel(asset.type, t);
    const key = `${year}\u0000${type}`;
    const entry = counts.get(key) ?? { year, type, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const yearLabel = (year: number) => (year >= 6 ? `≥ ${format.integer(6)}` : `${format.integer(year)}–${format.integer(year + 1)}`);
  const rows: Row[] = [...counts.values()]
    .sort((a, b) => a.year - b.year || a.type.localeCompare(b.type))
    .map((e) => ({ age: yearLabel(e.year), order: e.year, type: e.type, count: e.count }));
  const allYears = [0, 1, 2, 3, 4, 5, 6].map(yearLabel);
  return topLevel(
    locale,
    {
      mark: { type: 'bar' },
      encoding: {
        x: { field: 'age', type: 'ordinal', sort: allYears, scale: { domain: allYears }, title: t('fleet.ageYears'), axis: { labelAngle: 0 } },
        y: { field: 'count', type: 'quantitative', stack: 'zero', title: t('fleet.assetCount'), scale: valueScale(), axis: countAxis() },
        color: { field: 'type', type: 'nominal', title: null },
        tooltip: [
          { field: 'age', type: 'ordinal', title: t('fleet.ageYears') },
          { field: 'type', type: 'nominal', title: t('reliability.type') },
          { field: 'count', type: 'quantitative', title: t('chart.count') },
        ],
      },
    },
    {
      rows,
      height: 240,
      description: t('fleet.ages'),
      table: {
        columns: [
          { field: 'age', label: t('fleet.ageYears'), unit: 'text' },
          { field: 'type', label: t('reliability.type'), unit: 'text' },
          { field: 'count', label: t('chart.count'), unit: 'count' },
        ],
      },
    },
  );
}
