// Public API of @revue/kpi-core, in named groups. Nothing under internal/ is exported.

// Model
export * from './model/fields.js';
export * from './model/tables.js';
export type { Policy, SlaTarget, CalendarPolicy, Span, Weekday } from './policy/types.js';
export type { BusinessCalendar, Period, PeriodKind } from './calendar/types.js';
export type { QualityIssue, QualityReport, IssueSeverity } from './ingest/types.js';
export type { ReviewData, KpiOptions, SlaOutcome } from './kpi/types.js';
export { RevueError, describeError } from './internal/errors.js';
export type * from './report/types.js';
export { TCO_CATEGORIES } from './report/types.js';
