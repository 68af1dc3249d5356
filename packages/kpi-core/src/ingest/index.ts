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
export { parseMapping, type Mapping, type MappingInput, type ParseMappingOptions } from './mapping.js';
export { proposeMapping, type MappingProposal, type FieldProposal, type ColumnSample, type ProposeOptions } from './propose.js';
export { findHeaderRow, looksLikeValue, readsAsLabels, HEADER_SEARCH, type HeaderChoice } from './header.js';
export { detectDateFormat, type DateFormatGuess } from './date-format.js';
export { instantFromDuration, durationMinutes, DURATION_FIELDS, DURATION_UNITS, type DurationField, type DurationUnitName } from './durations.js';
export {
  TICKET_PRESETS,
  ASSET_PRESETS,
  TICKET_PRESET_NAMES,
  ASSET_PRESET_NAMES,
  scorePreset,
  matchPreset,
  CONFIDENT_SCORE,
  type PresetDetection,
  type PresetMatch,
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
