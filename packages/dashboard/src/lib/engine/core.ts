/**
 * The one place where the dashboard calls @revue/kpi-core: everything the worker needs from the
 * library (ingestion, the policy parser, `buildReport`) is re-exported from here, so a change
 * of entry point or of a signature is handled in this file only.
 */
import { REQUIRED_ASSET_FIELDS, REQUIRED_TICKET_FIELDS } from '@revue/kpi-core/model';

export {
  describeError,
  RevueError,
  readTickets,
  readAssets,
  pauseReadOptions,
  detectPreset,
  parseMapping,
  proposeMapping,
  parsePolicy,
  parsePlanCsv,
  withPreventivePlan,
  buildReport,
  compactReport,
} from '@revue/kpi-core';
export {
  ticketColumns,
  assetColumns,
  TICKET_FIELDS,
  ASSET_FIELDS,
  REQUIRED_TICKET_FIELDS,
  REQUIRED_ASSET_FIELDS,
  PRIORITIES,
  TICKET_TYPES,
  MAINTENANCE_TYPES,
  IMPACTS,
  STATUS_CLASSES,
} from '@revue/kpi-core/model';
export { defaultPeriod } from '@revue/kpi-core/time';
export { decodeBytes, sniffWorkbook, xlsxToCsv, scanCsv, TICKET_PRESETS, ASSET_PRESETS, createDateParser, detectDayMonthOrder } from '@revue/kpi-core/ingest';
export {
  planParts,
  partInput,
  readPart,
  packRows,
  unpackRows,
  finishParts,
  PartsNotPossible,
  plainRevueError,
  revueErrorFrom,
} from '@revue/kpi-core/parts';
export { defaultAsOf, latestTimestamp } from '@revue/kpi-core/report';
export type {
  Report,
  QualityReport,
  TicketTable,
  AssetTable,
  Policy,
  TicketField,
  AssetField,
  Mapping,
  PresetDetection,
  MappingProposal,
  ColumnSample,
  FieldProposal,
  ReadOptions,
  ReadResult,
  BuildReportOptions,
} from '@revue/kpi-core';
export type { MappedField } from '@revue/kpi-core/ingest';
export type { RowsPart, PlainRevueError, PartInput, PackedRows } from '@revue/kpi-core/parts';

/** Required canonical fields of each kind of file. */
export const REQUIRED_FIELDS = { tickets: REQUIRED_TICKET_FIELDS, assets: REQUIRED_ASSET_FIELDS } as const;
