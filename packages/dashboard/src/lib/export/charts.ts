/**
 * The Vega views on screen, by chart test id, for exporters (PNG/SVG) that need the live view:
 * `chartView('chart-sla-by-month')?.toImageURL('png')`.
 */
import type { View } from 'vega';

const views = new Map<string, View>();

export function registerChart(id: string, view: View): void {
  views.set(id, view);
}

export function unregisterChart(id: string, view: View): void {
  if (views.get(id) === view) views.delete(id);
}

/** The view of a chart on screen, or undefined. */
export function chartView(id: string): View | undefined {
  return views.get(id);
}

/** Ids of the charts on screen, in insertion order. */
export function chartIds(): string[] {
  return [...views.keys()];
}
