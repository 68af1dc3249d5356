// Public API of @revue/kpi-core, in named groups. Nothing under internal/ is exported, and
// nothing here imports a Node-only module (file reading is in ./node, the CLI in ./cli).

// Model
export * from './model/fields.js';
export * from './model/tables.js';

// Ingestion
export * from './ingest/index.js';

// Policy and time
export * from './policy/index.js';
export * from './calendar/index.js';

// KPIs
export * from './kpi/index.js';

// Report
export { buildReport, clientsOf, latestTimestamp, type ReportData, type BuildReportOptions } from './report/build.js';
export { buildFindings, type FindingsInput } from './report/findings.js';
export { reportToMarkdown, escapeMarkdown } from './report/markdown.js';
export { compactReport, DEFAULT_COMPACT_ITEMS, type CompactOptions, type Truncation } from './report/compact.js';
export { formatter, type Formatter, type Language } from './report/format.js';
export type * from './report/types.js';
export { TCO_CATEGORIES } from './report/types.js';

// Errors
export { RevueError, describeError, plainRevueError, revueErrorFrom, type PlainRevueError } from './internal/errors.js';
