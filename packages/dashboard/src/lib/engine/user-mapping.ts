import type { Mapping } from './core.js';
import type { UserMapping } from './protocol.js';

/**
 * The mapping screen's choices as kpi-core's `Mapping` (the reader checks it again: a bad one is
 * a plain refusal); empty value maps, duration lists and placeholder lists are left out.
 *
 * @example
 * toMapping({ columns: { id: 'N°' }, values: { status: {} } }); // → { columns: { id: 'N°' }, values: {} }
 */
export function toMapping(user: UserMapping | null | undefined): Mapping | undefined {
  if (!user) return undefined;
  const values: Mapping['values'] = {};
  for (const [field, map] of Object.entries(user.values)) if (map && Object.keys(map).length > 0) values[field as keyof Mapping['values']] = map;
  return {
    columns: user.columns as Mapping['columns'],
    values,
    ...(user.extends ? { extends: user.extends } : {}),
    ...(user.dateFormat ? { dateFormat: user.dateFormat } : {}),
    ...(user.durations && Object.keys(user.durations).length > 0 ? { durations: user.durations as Mapping['durations'] } : {}),
    ...(user.empty && Object.keys(user.empty).length > 0 ? { empty: user.empty as Mapping['empty'] } : {}),
    ...(user.labels && Object.keys(user.labels).length > 0 ? { labels: user.labels as Mapping['labels'] } : {}),
    ...(user.units?.usefulLifeMonths !== undefined ? { units: { usefulLifeMonths: user.units.usefulLifeMonths } } : {}),
  };
}
