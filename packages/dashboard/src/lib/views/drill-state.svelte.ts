/**
 * The drill-down of a section: which bar's tickets the panel shows. A section view makes one,
 * passes `handler(…)` to its charts as `ondrill`, and renders `<TicketsPanel bind:open={drill.open} />`.
 */
import type { Report } from '@revue/kpi-core';
import type { DrillHandler } from '../components/drill.js';
import { drillTarget } from '../drill.js';

/** What the tickets panel is opened on. */
export interface DrillOpen {
  /** What the bar is ("Network: 40 tickets"), the panel's heading. */
  label: string;
  ids: string[];
  /** Tickets behind the bar in all (the report may list fewer ids). */
  total: number;
  /** The element to give focus back to. */
  trigger: Element | null;
}

export class DrillState {
  /** Replaced, never changed in place (`$state.raw`): the ids go to the worker as they are. */
  open = $state.raw<DrillOpen | null>(null);

  /**
   * The `ondrill` handler of a section's charts: finds the tickets behind the bar in the report
   * and opens the panel on them (a key the report does not know opens nothing).
   */
  handler(report: () => Pick<Report, 'volume' | 'backlogTrend'> | null): DrillHandler {
    return (drill, label, trigger) => {
      const current = report();
      const target = current === null ? null : drillTarget(current, drill);
      if (target === null) return;
      this.open = { label, ids: target.ids, total: target.total, trigger };
    };
  }
}
