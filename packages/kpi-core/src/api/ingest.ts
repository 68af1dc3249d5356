/**
 * `@revue/kpi-core/ingest`: the pieces `readTickets` and `readAssets` are made of, for a reader
 * of one's own — presets, decoding, CSV and XLSX scanning, date and number parsing.
 *
 * @example
 * import { decodeBytes, parseCsv } from '@revue/kpi-core/ingest';
 * const { text, encoding } = decodeBytes(bytes); // UTF-8, UTF-16 or Windows-1252, BOM or not
 * const { records } = parseCsv(text);             // [{ cells: ['id', 'title'], line: 1 }, …]
 */
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS } from '../ingest/read.js';
export { TICKET_PRESETS, ASSET_PRESETS, scorePreset, matchPreset, CONFIDENT_SCORE, type PresetMatch } from '../ingest/presets/index.js';
export { findHeaderRow, looksLikeValue, readsAsLabels, HEADER_SEARCH, type HeaderChoice } from '../ingest/header.js';
export { detectDateFormat, type DateFormatGuess } from '../ingest/date-format.js';
export { instantFromDuration, durationMinutes, DURATION_FIELDS, DURATION_UNITS, type DurationField, type DurationUnitName } from '../ingest/durations.js';
export { normalizeHeader } from '../ingest/presets/preset.js';
export type { Preset, TicketPreset, AssetPreset, ValueSpec, MappedField, DeriveContext, ExtraColumn, DurationSource, DurationTarget, StatusCategory } from '../ingest/presets/preset.js';
export { decodeBytes, ENCODINGS, type Encoding, type DecodeOptions, type Decoded } from '../ingest/decode.js';
export { scanCsv, parseCsv, detectDelimiter, type RecordSink, type ScanOptions, type ScanResult, type CsvRecord } from '../ingest/csv.js';
export { readXlsx, scanXlsx, sniffWorkbook, xlsxToCsv, type XlsxOptions, type XlsxRecord, type XlsxScanResult } from '../ingest/xlsx.js';
export {
  createDateParser,
  detectDayMonthOrder,
  zoneConverter,
  fullYear,
  lastDateWasDstGap,
  leadingDayMonth,
  type DateParserOptions,
  type DayMonthOrder,
} from '../ingest/dates.js';
export { parseNumber, parseDuration, parseMonths, type NumberOptions, type DurationUnit, type DecimalSeparator } from '../ingest/numbers.js';
export { ISSUE_CODES } from '../ingest/messages.js';
