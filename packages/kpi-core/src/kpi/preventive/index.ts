// Preventive plan compliance (DESIGN §5 "Preventive plan"): the fast code, its plain reference, types.
export { preventiveCompliance, MAX_LISTED_MISSES, MAX_LISTED_OPEN_WINDOWS, PREVENTIVE_HEATMAP_ROWS, TREND_MONTHS } from './preventive.js';
export { planWindows, type PlanWindows } from './windows.js';
export type * from './types.js';
