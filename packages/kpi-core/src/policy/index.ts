// The policy document (DESIGN §2): parsing, defaults and client overrides.
export type { Policy, SlaTarget, CalendarPolicy, Span, Weekday } from './types.js';
export { WEEKDAYS } from './types.js';
export { parsePolicy, policyFor, DEFAULT_POLICY_JSON } from './parse.js';
