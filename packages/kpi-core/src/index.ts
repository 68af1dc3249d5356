/**
 * `@revue/kpi-core`: the review in a few calls (DESIGN §7). Read the exports, parse a policy,
 * compute the KPIs or the whole report, print it. Everything here runs in Node and in a browser.
 *
 * The building blocks live in subpath entries, each for one kind of user:
 * `@revue/kpi-core/model` (tables, fields, vocabularies), `/ingest` (CSV, XLSX, encodings,
 * dates, numbers, presets), `/parts` (reading a large file in parts on several threads),
 * `/time` (business calendars, periods, local days), `/kpi` (KPI helpers and reliability
 * statistics), `/report` (findings, formatting, report helpers) and `/node` (file paths, worker
 * threads). Nothing under internal/ is exported. `api-report.md` lists every export of every
 * entry; `pnpm check` fails when it is out of date.
 *
 * @example
 * import { readTickets, parsePolicy, buildReport, reportToMarkdown } from '@revue/kpi-core';
 * const policy = parsePolicy({ timezone: 'Europe/Paris' });
 * const tickets = readTickets(csvText, { timezone: policy.timezone, fileName: 'tickets.csv' });
 * const report = buildReport({ tickets: tickets.table, policy, quality: { tickets: tickets.quality } }, { period: '2026-Q2' });
 * console.log(reportToMarkdown(report));
 */

// Reading exports: CSV text, CSV bytes or .xlsx bytes → a table and its quality report.
export { readTickets, readAssets, pauseReadOptions, type ReadOptions, type ReadResult } from './ingest/read.js';
export { detectPreset } from './ingest/detect.js';
export { parseMapping, type Mapping, type MappingInput, type ParseMappingOptions } from './ingest/mapping.js';
export { proposeMapping, type MappingProposal, type FieldProposal, type ColumnSample, type ProposeOptions } from './ingest/propose.js';
export {
  TICKET_PRESET_NAMES,
  ASSET_PRESET_NAMES,
  type PresetDetection,
  type PresetScore,
  type TicketPresetName,
  type AssetPresetName,
} from './ingest/presets/index.js';
export type { QualityIssue, QualityReport, IssueSeverity } from './ingest/types.js';
export type { IssueCode } from './ingest/messages.js';

// The canonical tables and their rows.
export { ticketsFromRows, assetsFromRows, ticketRows, assetRows, type Table, type TicketTable, type AssetTable, type Column } from './model/tables.js';
export type {
  TicketRow,
  AssetRow,
  TicketColumns,
  AssetColumns,
  TicketField,
  AssetField,
  FieldKind,
  TicketType,
  MaintenanceType,
  Priority,
  StatusClass,
  SlaVerdict,
  Impact,
} from './model/fields.js';

// Policy and time.
export { parsePolicy, policyFor, DEFAULT_POLICY_JSON } from './policy/parse.js';
export { parsePlanCsv, withPreventivePlan, type ParsePlanCsvOptions } from './policy/plan.js';
export type { Policy, SlaTarget, CalendarPolicy, Span, Weekday, AssumptionKey, PlanTask, PlanPeriodicity } from './policy/types.js';
export { createCalendar } from './calendar/calendar.js';
export { parsePeriod, previousPeriod } from './calendar/period.js';
export type { BusinessCalendar, CalendarSource, Period, PeriodKind } from './calendar/types.js';
export type { PeriodChoice } from './calendar/period.js';

// KPIs (DESIGN §5), each over a ticket table, an optional asset table and a policy.
export type { ReviewData, KpiOptions, SharedReviewWork, SlaOutcome, RecordedColumns, RecordedAssetCosts } from './kpi/types.js';
export { slaAdherence, type SlaOptions } from './kpi/sla/sla.js';
export { recurringIncidents, type RecurrenceOptions, type RecurrenceKeyField } from './kpi/recurrence/recurrence.js';
export { reliability, type ReliabilityOptions } from './kpi/reliability/reliability.js';
export { lostHours, type LostHoursOptions } from './kpi/lost-hours/lost-hours.js';
export { tco, type TcoOptions } from './kpi/tco/tco.js';
export { fleetHealth, type FleetOptions } from './kpi/fleet/fleet.js';
export { preventiveCompliance } from './kpi/preventive/preventive.js';
export type * from './kpi/preventive/types.js';
// The review content of issue 12 (one folder each under kpi/, beside its plain reference).
export { ticketVolume } from './kpi/volume/volume.js';
export type { VolumeOptions } from './kpi/volume/types.js';
export { backlogTrend } from './kpi/backlog/backlog.js';
export type { BacklogTrendOptions } from './kpi/backlog/types.js';
export { monthlyTrend } from './kpi/trend/trend.js';
export type { TrendOptions } from './kpi/trend/types.js';
export { replacementPlan } from './kpi/replacement/replacement.js';
export type { ReplacementOptions, ReplacementTco } from './kpi/replacement/types.js';

// The report.
export { buildReport, type ReportData, type BuildReportOptions } from './report/build.js';
export { reportToMarkdown } from './report/markdown.js';
export { compactReport, type CompactOptions, type Truncation } from './report/compact.js';
export type * from './report/types.js';
export type { Language } from './report/format.js';

// Errors.
export { RevueError, describeError } from './internal/errors.js';
