export { backlogTrend, TREND_MONTHS } from './backlog.js';
export { BACKLOG_IDS_PER_MONTH, type BacklogMonth, type BacklogTrendOptions, type BacklogTrendResult } from './types.js';
