/**
 * `@revue/kpi-core/kpi`: what the KPIs are built on — the shared preparation for several KPIs
 * over one table, SLA targets, title keys, the effective asset list, the windows of a preventive
 * plan's periodicity and the caps of its lists — and the reliability
 * statistics (chi-square MTBF interval, Laplace trend test, Crow-AMSAA), usable on their own.
 *
 * @example
 * import { mtbfInterval } from '@revue/kpi-core/kpi';
 * mtbfInterval(800, 2, { confidence: 0.9 }); // → { mtbf: 400, lower: 127.069…, upper: 2251.228… }
 */
export { slaTargetFor, hasFirstResponse } from '../kpi/sla/sla.js';
export { PolicyUsage } from '../kpi/usage.js';
export { recordedAssetCosts, recordedColumns } from '../kpi/common.js';
export type { RecordedColumns } from '../kpi/types.js';
export { normaliseTitle, TITLE_FALLBACK_KEY } from '../kpi/recurrence/recurrence.js';
export { LOST_HOURS_BENCHMARK } from '../kpi/lost-hours/lost-hours.js';
export { effectiveAssets, type EffectiveAssets } from '../kpi/assets.js';
export { indexPart, prepareReview, PreparedReview, type IndexPart } from '../kpi/prepared.js';
export { mtbfInterval, type MtbfInterval, type MtbfIntervalOptions, type Termination } from '../kpi/stats/mtbf-interval.js';
export { laplaceTrend, type LaplaceTrend, type LaplaceTrendOptions } from '../kpi/stats/laplace-trend.js';
export { crowAmsaa, type CrowAmsaa, type CrowAmsaaOptions } from '../kpi/stats/crow-amsaa.js';
export { MAX_LISTED_MISSES, MAX_LISTED_OPEN_WINDOWS, PREVENTIVE_HEATMAP_ROWS, TREND_MONTHS } from '../kpi/preventive/preventive.js';
export { planWindows, type PlanWindows } from '../kpi/preventive/windows.js';
export { PLAN_PERIODICITIES } from '../policy/types.js';
export { openedSpan } from '../kpi/opened-span.js';
export { VOLUME_GROUPS, VOLUME_IDS_PER_GROUP } from '../kpi/volume/types.js';
export { BACKLOG_IDS_PER_MONTH } from '../kpi/backlog/types.js';
export { TREND_FIGURES } from '../kpi/trend/types.js';
export { trendMonths } from '../kpi/trend/trend.js';
export { downtimePrice } from '../kpi/trend/lost-months.js';
export type { LostHoursMonths } from '../kpi/lost-hours/lost-hours.js';
export { REPLACEMENT_LISTED, REPLACEMENT_REASONS } from '../kpi/replacement/types.js';
