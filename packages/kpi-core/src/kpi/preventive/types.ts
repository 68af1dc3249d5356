/**
 * The shape of the preventive-plan figures (DESIGN §5 "Preventive plan", §6 `preventive`):
 * JSON-serialisable, hours for effort, instants as ISO 8601 (UTC), `null` for what cannot be
 * measured — with the reason in `notMeasured`.
 */
import type { PlanPeriodicity } from '../../policy/types.js';
import type { KpiOptions } from '../types.js';

/** Options of `preventiveCompliance`: the period, asOf and the shared preparation. */
export type PreventiveOptions = KpiOptions;

/** Due and done windows, and compliance = done / due (null when nothing is due). */
export interface PlanFigures {
  due: number;
  done: number;
  compliance: number | null;
}

/** Why a preventive figure is null. */
export type PreventiveReason =
  /** The policy has no preventive plan. */
  | 'no-plan'
  /** No asset file: the types of the assets are unknown, so a task by asset type cannot be evaluated. */
  | 'no-assets'
  /** No window of the plan was due in the period (compliance has no denominator). */
  | 'nothing-due'
  /** No labour time recorded on the tickets of the period (the planned-maintenance share has no denominator). */
  | 'no-effort'
  /** No ticket of the export has a maintenance type: preventive work cannot be told from the rest. */
  | 'not-recorded'
  /** No ticket of the export has the task's category: the export cannot show it done (or missed). */
  | 'unknown-category';

/** One task of the plan across every plan that defines it (the base plan, clients' plans). */
export interface PreventiveTaskFigures {
  title: string;
  /** The periodicity of the first plan that defines the task (see `schedules` for each one). */
  every: PlanPeriodicity;
  category: string;
  /** The asset type of the first plan that defines the task, or null when it names its assets. */
  assetType: string | null;
  /** Assets the task applies to (any service dates). */
  assets: number;
  /** null when the task could not be evaluated (`notMeasured`). */
  due: number | null;
  done: number | null;
  compliance: number | null;
  notMeasured: PreventiveReason | null;
  /** Asset ids the task names that are neither in the asset file nor on any ticket (so not evaluated). */
  assetsNotFound: string[];
}

/**
 * One cell of the heat map per window: `d` done (due or not yet due, at least one run), `m`
 * missed (due, no run), `n` not yet due (the window ends after asOf, no run yet), `o` out of
 * service (the asset is not in service for the whole window).
 */
export type PreventiveCell = 'd' | 'm' | 'n' | 'o';

/** A task's windows on one asset, for the heat map. */
export interface PreventiveAssetRow {
  assetId: string;
  client: string | null;
  type: string | null;
  due: number;
  done: number;
  /** One {@link PreventiveCell} per window of the schedule, in window order. */
  cells: string;
}

/**
 * A task with one periodicity and its windows inside the period: what a heat map of assets ×
 * windows needs, for a bounded number of assets.
 */
export interface PreventiveSchedule {
  taskId: string;
  title: string;
  every: PlanPeriodicity;
  /** Calendar-aligned windows wholly inside the period, in order, with due and done counts. */
  windows: Array<{ start: string; end: string; due: number; done: number }>;
  /** Assets the schedule applies to. */
  assetCount: number;
  /** Of those, assets with at least one missed window. */
  assetsWithMisses: number;
  /**
   * At most `PREVENTIVE_HEATMAP_ROWS` assets: those with misses first (most misses first, then
   * by asset id), then the others by asset id.
   */
  assets: PreventiveAssetRow[];
}

/** A due window with no run. */
export interface PreventiveMiss {
  taskId: string;
  assetId: string;
  client: string | null;
  windowStart: string;
  windowEnd: string;
}

/** A window of the period that contains asOf: not judged yet. */
export interface PreventiveOpenWindow extends PreventiveMiss {
  /** Already run in this window. */
  done: boolean;
}

/** Labour and corrective incidents behind the planned-maintenance share. */
export interface PreventiveEffortFigures {
  /** Effort hours of the preventive tickets opened (maintenanceType preventive); null for a period without figures. */
  preventiveHours: number | null;
  /** Effort hours of all tickets opened; null for a period without figures. */
  labourHours: number | null;
  /** preventiveHours ÷ labourHours; null without labour. */
  share: number | null;
  /** Corrective incidents opened (type incident, maintenanceType corrective or none); null for a period without figures. */
  correctiveIncidents: number | null;
}

/** The preventive plan's figures over one period (DESIGN §6 `preventive`). */
export interface PreventiveResult {
  /** Windows due over every evaluated task; null when no task could be evaluated (no plan, or no asset file). */
  due: number | null;
  done: number | null;
  compliance: number | null;
  byTask: Record<string, PreventiveTaskFigures>;
  /** By the asset's type (`(none)`: no type). */
  byType: Record<string, PlanFigures>;
  /** By the asset's client (`(none)`: no client). */
  byClient: Record<string, PlanFigures>;
  /** One per task and periodicity, for the heat maps. */
  schedules: PreventiveSchedule[];
  /**
   * The missed windows, by task (first appearance in the plans), schedule, window start, then
   * asset id; at most `MAX_LISTED_MISSES`, `missedCount` counts them all.
   */
  missed: PreventiveMiss[];
  missedCount: number;
  /**
   * Windows of the period still open at asOf (asOf inside them), in the order of `missed`, with
   * whether a run is already there: at most `MAX_LISTED_OPEN_WINDOWS`; `openWindowCount` counts
   * them all, `openWindowsDone` those already done.
   */
  openWindows: PreventiveOpenWindow[];
  openWindowCount: number;
  openWindowsDone: number;
  /** Preventive labour vs all labour and corrective incidents over the period. */
  effort: PreventiveEffortFigures & {
    /** By asset type of the ticket's asset (`(none)`: untyped or not in the asset file; `(unallocated)`: no asset). */
    byType: Record<string, { preventiveHours: number; correctiveIncidents: number | null }>;
  };
  /** The 12 calendar months ending with the period's last month, oldest first. */
  trend: Array<{ month: string } & PreventiveEffortFigures>;
  /** Each null figure with its reason. */
  notMeasured: Array<{ figure: string; reason: PreventiveReason }>;
}
