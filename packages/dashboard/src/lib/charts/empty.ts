import type { TopLevelSpec } from 'vega-lite';
import { specRows, specTable, type ChartTable } from './common.js';

/**
 * The columns of a chart's figures table whose values are what the chart draws: the table's
 * `measures` when it names them, else every numeric column.
 */
export function measureFields(table: ChartTable): string[] {
  return table.measures ?? table.columns.filter((c) => c.unit !== 'text' && c.unit !== 'date' && c.unit !== 'month').map((c) => c.field);
}

/**
 * True when a chart would draw nothing but its axes: no row, or no row with a measured figure
 * (every value of its measure columns is null, missing or 0; null or missing only for a chart
 * of rates, `zeroIsData`). Such a chart is replaced by a
 * "no data" panel on screen and left out of the slides, instead of a bare "0" axis.
 *
 * @example
 * chartIsEmpty(backlogSpec({ open: 0, byAge: {}, oldestHours: null, ticketIds: [] }, locale)); // → true (four bars of 0)
 * chartIsEmpty(slaByMonthSpec(report.sla.byMonth, locale)); // → false
 */
export function chartIsEmpty(spec: TopLevelSpec): boolean {
  const rows = specRows(spec);
  const table = specTable(spec);
  const fields = measureFields(table);
  if (fields.length === 0) return rows.length === 0;
  const drawn = rows.filter((row) =>
    fields.some((field) => {
      const value = row[field];
      return typeof value === 'number' && Number.isFinite(value) && (value !== 0 || table.zeroIsData === true);
    }),
  );
  if (table.minGroups) return new Set(drawn.map((row) => row[table.minGroups!.field])).size < table.minGroups.count;
  return drawn.length === 0;
}
