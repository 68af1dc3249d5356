// The KPIs of DESIGN §5, one per file, and their statistical building blocks.
export type { ReviewData, KpiOptions, SlaOutcome, RecordedColumns } from './types.js';
export { slaAdherence, slaTargetFor, hasFirstResponse, type SlaOptions } from './sla/sla.js';
export { PolicyUsage } from './usage.js';
export { recordedColumns } from './common.js';
export {
  recurringIncidents,
  normaliseTitle,
  TITLE_FALLBACK_KEY,
  type RecurrenceOptions,
  type RecurrenceKeyField,
} from './recurrence/recurrence.js';
export { lostHours, LOST_HOURS_BENCHMARK, type LostHoursOptions } from './lost-hours/lost-hours.js';
export { reliability, type ReliabilityOptions } from './reliability/reliability.js';
export { tco, type TcoOptions } from './tco/tco.js';
export { fleetHealth, type FleetOptions } from './fleet/fleet.js';
export * from './preventive/index.js';
export { effectiveAssets, type EffectiveAssets } from './assets.js';
export { prepareReview, PreparedReview } from './prepared.js';
export { mtbfInterval, type MtbfInterval, type MtbfIntervalOptions, type Termination } from './stats/mtbf-interval.js';
export { laplaceTrend, type LaplaceTrend, type LaplaceTrendOptions } from './stats/laplace-trend.js';
export { crowAmsaa, type CrowAmsaa, type CrowAmsaaOptions } from './stats/crow-amsaa.js';
