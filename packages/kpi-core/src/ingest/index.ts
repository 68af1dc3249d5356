// Public API of ingestion: CSV text or bytes → canonical tables + data-quality report.
export { readTickets, readAssets, DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS, type ReadOptions, type ReadResult, type RowsPart } from './read.js';
export {
  planParts,
  partInput,
  readPart,
  packRows,
  unpackRows,
  finishParts,
  PartsNotPossible,
  MIN_PART_BYTES,
  type PartPlan,
  type PartInput,
  type PartHolder,
  type PackedRows,
} from './parts.js';
export { detectPreset } from './detect.js';
export { parseMapping, type Mapping, type ParseMappingOptions } from './mapping.js';
export {
  TICKET_PRESETS,
  ASSET_PRESETS,
  TICKET_PRESET_NAMES,
  ASSET_PRESET_NAMES,
  scorePreset,
  type PresetDetection,
  type PresetScore,
  type TicketPresetName,
  type AssetPresetName,
} from './presets/index.js';
export { normalizeHeader } from './presets/preset.js';
export type { Preset, TicketPreset, AssetPreset, ValueSpec, MappedField, DeriveContext, ExtraColumn, DurationSource, DurationTarget, StatusCategory } from './presets/preset.js';
export { decodeBytes, ENCODINGS, type Encoding, type DecodeOptions, type Decoded } from './decode.js';
export { scanCsv, parseCsv, detectDelimiter, type RecordSink, type ScanOptions, type ScanResult, type CsvRecord } from './csv.js';
export { readXlsx, scanXlsx, sniffWorkbook, xlsxToCsv, type XlsxOptions, type XlsxRecord, type XlsxScanResult } from './xlsx.js';
export { createDateParser, detectDayMonthOrder, zoneConverter, fullYear, lastDateWasDstGap, leadingDayMonth, type DateParserOptions, type DayMonthOrder } from './dates.js';
export { parseNumber, parseDuration, parseMonths, type NumberOptions, type DurationUnit, type DecimalSeparator } from './numbers.js';
export { ISSUE_CODES, type IssueCode } from './messages.js';
export type { QualityIssue, QualityReport, IssueSeverity } from './types.js';
