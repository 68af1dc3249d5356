// The policy document (DESIGN §2): parsing, defaults and client overrides.
export type { Policy, SlaTarget, CalendarPolicy, Span, Weekday, AssumptionKey } from './types.js';
export { WEEKDAYS, ASSUMPTION_KEYS } from './types.js';
export { parsePolicy, policyFor, assumptionValue, DEFAULT_POLICY_JSON } from './parse.js';
