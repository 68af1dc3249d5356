/**
 * The one place where the dashboard calls @revue/kpi-core: everything the worker needs from the
 * library (ingestion, the policy parser, `buildReport`) is re-exported from here, so a change
 * of entry point or of a signature is handled in this file only.
 */
import { REQUIRED_ASSET_FIELDS, REQUIRED_TICKET_FIELDS } from '@revue/kpi-core';

export {
  describeError,
  RevueError,
  plainRevueError,
  revueErrorFrom,
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
  readTickets,
  readAssets,
  planParts,
  partInput,
  readPart,
  packRows,
  unpackRows,
  finishParts,
  PartsNotPossible,
  detectPreset,
  parseMapping,
  decodeBytes,
  sniffWorkbook,
  xlsxToCsv,
  scanCsv,
  TICKET_PRESETS,
  ASSET_PRESETS,
  parsePolicy,
  buildReport,
  compactReport,
  latestTimestamp,
} from '@revue/kpi-core';
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
  ReadOptions,
  ReadResult,
  RowsPart,
  PlainRevueError,
  PartInput,
  PackedRows,
  MappedField,
  BuildReportOptions,
} from '@revue/kpi-core';

/** Required canonical fields of each kind of file. */
export const REQUIRED_FIELDS = { tickets: REQUIRED_TICKET_FIELDS, assets: REQUIRED_ASSET_FIELDS } as const;
