// The policy document (DESIGN §2): parsing, defaults and client overrides.
export type { Policy, SlaTarget, CalendarPolicy, Span, Weekday, AssumptionKey, PlanTask, PlanPeriodicity } from './types.js';
export { WEEKDAYS, ASSUMPTION_KEYS, PLAN_PERIODICITIES } from './types.js';
export { parsePlanCsv, withPreventivePlan, type ParsePlanCsvOptions } from './plan.js';
export { parsePolicy, policyFor, assumptionValue, DEFAULT_POLICY_JSON } from './parse.js';
