/**
 * CSV text or bytes → a canonical typed table and a data-quality report that accounts for
 * every row (DESIGN §3). One scan of the text; cells are parsed straight into typed columns.
 */
import {
  ASSET_FIELDS,
  IMPACTS,
  MAINTENANCE_TYPES,
  SLA_VERDICTS,
  REQUIRED_ASSET_FIELDS,
  REQUIRED_TICKET_FIELDS,
  TICKET_FIELDS,
  TICKET_TYPES,
  type AssetColumns,
  type FieldKind,
  type TicketColumns,
} from '../model/fields.js';
import { assetTable, ticketTable, type AssetTable, type TicketTable } from '../model/tables.js';
import { foldText } from '../internal/fold.js';
import { policyWithClientSpellings } from '../report/clients.js';
import { RevueError } from '../internal/errors.js';
import { isoOrNull } from '../internal/time.js';
import { zoneOf } from '../calendar/zone.js';
import { pauseIntervals } from '../kpi/sla/pauses.js';
import { DELIMITERS, cellText as cellTextOf, detectDelimiter, scanCsvCells, type CsvCells } from './csv.js';
import {
  IsoBytesReader,
  createDateParser,
  createDateRangeParser,
  endsWithMeridiem,
  dateOnlyFields,
  lastDateWasDstGap,
  leadingDayMonth,
  localMidnightTest,
  zoneConverter,
  type DayMonthOrder,
} from './dates.js';
import { byteRowsReader, type ByteField } from './byte-rows.js';
import { ByteInterner, copiedOut, detached, flat, indexOfByte, RangeInterner } from './text-bytes.js';
import { decodeBytes, sniffNotCsv } from './decode.js';
import { DISK_PIECE_BYTES, NotUtf8, PIECE_BYTES, ReadWhole, afterBreaks, countBreaks, delimiterByte, piecesFromReader, piecesOf, utf8, type ByteReader } from './pieces.js';
import type { BytePiece, Source, TextPiece } from './source.js';

export type { Source, TextPiece } from './source.js';
import { scanXlsx, sniffWorkbook } from './xlsx.js';
import { applyMappingDurations, durationSources, mappingColumns, markersFor, type MappingColumns } from './mapping-plan.js';
import { labelValue, parseMapping, type Mapping, type MappingInput } from './mapping.js';
import { HEADER_SEARCH, findHeaderRow } from './header.js';
import { ERROR_TEXT, ISSUE_CODES, ISSUE_TEXT, located, type IssueCode } from './messages.js';
import { parseDuration, parseMonths, parseNumberRange, type NumberOptions } from './numbers.js';
import { detectPresetFromHeaders, presetsOf, scorePreset } from './presets/index.js';
import { zammadTimeAccounting } from './presets/zammad.js';
import { assetLifecycle, durationExtra, LIFECYCLE_EXTRA, MAPPED_FIELDS, PAUSES_EXTRA, STATUS_LABEL_EXTRA, normalizeHeader, readExtras, type AssetLifecycle, type MappedField, type Preset, type ValueSpec } from './presets/preset.js';
import { applyStatusRules } from './status.js';
import { meaningKey, NO_PRIORITY_WORDS, numberedPriority, referenceName, typeOfWord } from './synonyms.js';
import type { QualityIssue, QualityReport } from './types.js';

/** Options of {@link readTickets} and {@link readAssets}. */
export interface ReadOptions {
  /** Name used in every message; default `tickets.csv` / `assets.csv`. */
  fileName?: string;
  /** Zone of local date-times (callers pass `policy.timezone`); default `UTC`. */
  timezone?: string;
  /** A preset name of the file's kind, or `auto` (default): the best-matching headers. */
  preset?: string;
  /**
   * Overrides or extends the preset: a mapping object as written in JSON, or what
   * `parseMapping` returned; checked on entry (a bad one is a RevueError naming its key).
   */
  mapping?: Mapping | MappingInput;
  /** "Now" for the future-date flag; default `Date.now()`. */
  now?: number;
  /**
   * The policy's `pauseStatuses`. On an event log (one row per update, merged into tickets)
   * without a paused-time column of its own, each ticket's pauses are taken from its status
   * history: from an event whose status is one of these (ignoring case, accents and spacing) to
   * the ticket's next event. They are kept as intervals (`pauses`), which the SLA measures on
   * the ticket's own clock, and summed in wall minutes up to its resolution (`pausedMinutes`).
   * Ignored otherwise.
   */
  pauseStatuses?: readonly string[];
  /**
   * The pause statuses of the policy's client overrides whose list is not `pauseStatuses`, by
   * client name as the policy writes it: on such an event log, the tickets of that client (its
   * name matched as the report matches overrides: exactly, else ignoring case, accents and
   * spacing) are measured with its list. {@link pauseReadOptions} gives both from a policy.
   */
  clientPauseStatuses?: Readonly<Record<string, readonly string[]>>;
  /** Located issues kept in the report (counts are always complete); default 1000, and past it the first of each code. */
  maxIssues?: number;
  /** Refuse files with more data rows than this; default {@link DEFAULT_MAX_ROWS} (5,000,000). */
  maxRows?: number;
  /**
   * Refuse inputs larger than this many bytes (characters for text input); default
   * {@link DEFAULT_MAX_BYTES} (512 MiB). File readers check it before reading the file.
   */
  maxBytes?: number;
  /** Share of the input scanned, 0…1. */
  onProgress?: (fraction: number) => void;
  /**
   * The review's currency (callers pass `policy.rates.currency`). A money cell of an asset file
   * written in another one (`$1,249.00` or `1 249,00 USD` when it is EUR) is left empty and
   * flagged `other-currency`: Revue converts no money, and a dollar price is no euro figure.
   * Cells without a currency sign are read as the review's currency. Unset: no check.
   */
  currency?: string;
}

/** A canonical table and the data-quality report of the file it came from. */
export interface ReadResult<T> {
  table: T;
  quality: QualityReport;
}

export type Kind = 'tickets' | 'assets';
type NumericColumn = Float64Array;
type StringColumn = (string | null)[];

/**
 * Default of `ReadOptions.maxBytes`: 512 MiB (about 2.5 million GLPI rows), just under the
 * longest string V8 can make; a larger input is refused (`too-large`) before it is decoded.
 *
 * @example readTickets(bytes, { maxBytes: 2 * DEFAULT_MAX_BYTES }) // raises the limit to 1 GiB
 */
export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;
/**
 * Default of `ReadOptions.maxRows`: 5,000,000 data rows; one more is refused (`too-many-rows`).
 *
 * @example readTickets(text, { maxRows: DEFAULT_MAX_ROWS * 2 })
 */
export const DEFAULT_MAX_ROWS = 5_000_000;

/**
 * Instants a row may carry: 1971-01-01T00:00Z inclusive to 2100-01-01T00:00Z exclusive. The
 * calendar covers 1970–2100 and a report also looks one period back, so a year of margin at
 * each end keeps every KPI computable; other dates are read as empty and flagged.
 */
const FIRST_ACCEPTED_INSTANT = Date.UTC(1971, 0, 1);
const END_ACCEPTED_INSTANT = Date.UTC(2100, 0, 1);

/** `4,5E+15`: a number Excel re-wrote in scientific notation (the digits past 15 are lost). */
const EXCEL_SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?E\+\d+$/i;
/** Identifier fields whose text Excel mangles when it takes them for numbers. */
const ID_FIELDS: ReadonlySet<string> = new Set(['id', 'assetId']);
const DELIMITER_NAMES: Record<string, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' };

/** Records buffered after the header search, for date formats. */
const SAMPLE_ROWS = 200;

/** A growable Float64Array. */
class NumberBuilder {
  data: Float64Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Float64Array(Math.max(16, capacity));
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  done(): Float64Array {
    // A close estimate is kept as a view (no copy of a million values); a poor one, copied.
    if (this.data.length === this.length) return this.data;
    return this.length >= 0.9 * this.data.length ? this.data.subarray(0, this.length) : this.data.slice(0, this.length);
  }
}

/**
 * A growable array of strings, allocated once at the estimated row count and written by index
 * (three times faster than `push` on a million rows); past the estimate it grows as usual.
 */
class StringBuilder {
  data: StringColumn;
  length = 0;
  constructor(capacity: number) {
    this.data = new Array<string | null>(Math.max(16, Math.min(capacity, 1 << 22)));
  }
  push(value: string | null): void {
    if (this.length < this.data.length) this.data[this.length++] = value;
    else {
      this.data.push(value);
      this.length++;
    }
  }
  done(): StringColumn {
    if (this.data.length !== this.length) this.data.length = this.length;
    return this.data;
  }
}

/** How one canonical field (or extra column) is read. */
interface FieldPlan {
  field: string;
  /** Source header as written (for messages). */
  header: string;
  /** Column indexes carrying this header (several when a header repeats: first non-empty wins). */
  indexes: number[];
  spec: ValueSpec;
  required: boolean;
  extra: boolean;
  /** Set for numeric kinds: parses `text[from, to)`. */
  parseRange: ((text: string, from: number, to: number) => number) | null;
  numbers: NumberBuilder | null;
  strings: StringBuilder | null;
  /** String post-processing (transform + value map), cached per distinct raw text; null for a plain text field. */
  resolve: ((value: string) => string | null) | null;
  /** Issue raised by `resolve` for the raw text just resolved. */
  lastIssue: { code: IssueCode; message: string } | null;
  /** String fields: the raw text of a cell range, one shared string per repeated text. */
  intern: RangeInterner | null;
  /** `id` or `assetId` of the model (checked for Excel's scientific notation). */
  idField: boolean;
  /** Instant and date fields: range-checked and flagged for DST gaps. */
  isDate: boolean;
  /** Cell texts read as empty in this column (the preset's null markers, the mapping's `empty`), or null. */
  markers: Set<string> | null;
  /** Length of the longest marker (longer cells are never compared). */
  maxMarker: number;
  /** Date fields whose day/month order is settled only once the whole file is read. */
  late: LateOrder | null;
  /** Date fields of a workbook: the first date Excel converted and the first it kept as day/month text. */
  excel: ExcelDates | null;
  /** Money fields of an asset file read with `ReadOptions.currency`: that currency (upper case); else null. */
  currency: string | null;
}

/**
 * A CSV re-saved as `.xlsx` by an Excel whose day/month order is not the file's: the dates Excel
 * could read its way became date serials (day and month swapped when both are 12 or less), the
 * others stayed text. Both in one column: the serials cannot be trusted.
 */
interface ExcelDates {
  converted: { line: number; text: string } | null;
  kept: { line: number; text: string } | null;
}

/** A workbook date serial as the xlsx reader writes it (`yyyy-MM-dd`…). */
const CONVERTED_DATE = /^\s*\d{4}-\d{2}-\d{2}/;

function noteExcelDate(excel: ExcelDates, text: string, from: number, to: number, line: number): void {
  if (excel.converted === null && CONVERTED_DATE.test(text.slice(from, Math.min(to, from + 12)))) excel.converted = { line, text: text.slice(from, to) };
  else if (excel.kept === null) {
    const parts = leadingDayMonth(text, from, to);
    // A number above 12 first or second: a day/month text no Excel order could have read both ways.
    if (parts >= 0 && (Math.floor(parts / 100) > 12 || parts % 100 > 12)) excel.kept = { line, text: text.slice(from, to) };
  }
}

/**
 * Numeric dates of a column when the first rows never show whether the day or the month comes
 * first: read day-first, with the month-first reading of every ambiguous value kept aside, and
 * the evidence of the whole column counted, so the file decides at the end.
 */
interface LateOrder {
  monthFirst: RangeParser;
  /** A value whose first number is above 12 was read (day-first proven). */
  dayFirstSeen: boolean;
  /** A value valid only month-first was read (month-first proven). */
  monthFirstSeen: boolean;
  /** A numeric date ending with AM/PM was read (the US convention: month-first when nothing proves either order). */
  meridiemSeen: boolean;
  /** Ambiguous values: table row, file line, month-first reading, text (for messages). */
  rows: number[];
  lines: number[];
  alternatives: number[];
  texts: (string | null)[];
  /** Values valid only month-first: table row, file line, text. */
  onlyMonthFirst: { row: number; line: number; text: string | null }[];
}

const MONTHS_SPEC: ValueSpec = { kind: 'months' };

function defaultSpec(kind: FieldKind): ValueSpec {
  return kind === 'string' ? { kind: 'string' } : kind === 'instant' ? { kind: 'instant' } : kind === 'date' ? { kind: 'date' } : { kind: 'number' };
}

function isBlankChar(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 10 || c === 13;
}

function clean(raw: string): string {
  const n = raw.length;
  if (n === 0) return raw;
  const a = raw.charCodeAt(0);
  const b = raw.charCodeAt(n - 1);
  return a > 32 && a !== 160 && b > 32 && b !== 160 ? raw : raw.trim();
}

function isBlankRecord(cells: string[], count: number): boolean {
  for (let i = 0; i < count; i++) if (clean(cells[i]!) !== '') return false;
  return true;
}

const CANONICAL_WORDS: Partial<Record<MappedField, readonly string[]>> = {
  type: TICKET_TYPES,
  maintenanceType: MAINTENANCE_TYPES,
  impact: IMPACTS,
  slaResponseVerdict: SLA_VERDICTS,
  slaResolutionVerdict: SLA_VERDICTS,
};

/**
 * The separators a tool writes between the items of one cell: GLPI 10's `<br>` (and `<hr>`),
 * GLPI 11's line breaks. Not a comma or a semicolon: an asset's name may hold one
 * (`Imprimante RDC, accueil`), and cutting it would invent two assets from one.
 */
const ITEM_SEPARATOR = /<br\s*\/?>|<hr\s*\/?>|\r?\n/i;

/**
 * A ticket's asset cell naming several items (`PC-BIS-04<br>ECR-BIS-04`): the ticket has one
 * `assetId` (DESIGN §2), so the first item is kept and the row flagged `several-assets`, said in
 * the data quality. Counting the incident as a failure of each item would need a ticket with
 * several asset ids, a change of the data model; until then the others are named, not counted.
 */
function firstItem(value: string): { value: string | null; items: number; others: string[] } {
  if (!ITEM_SEPARATOR.test(value)) return { value, items: 1, others: [] };
  const items = value.split(ITEM_SEPARATOR).map((item) => item.trim()).filter((item) => item !== '');
  return { value: items[0] ?? null, items: items.length, others: items.slice(1) };
}

/** The string resolver of a field: transform, then the value map with the flags of DESIGN §3. */
function stringResolver(plan: FieldPlan, preset: Preset, maps: Partial<Record<MappedField, Record<string, string>>>, labelPrefix?: string): ((value: string) => string | null) | null {
  const presetOwn = (preset.transforms as Record<string, ((v: string) => string | null) | undefined> | undefined)?.[plan.field];
  // A cell holding an API reference object (`{'id': '…', 'name': 'P4'}`) is read as its name
  // (`referenceName`): what the tool shows. One test of the first character for any other cell.
  const own = (v: string): string | null => {
    const named = v.charCodeAt(0) === 123 ? (referenceName(v) ?? v) : v;
    return presetOwn === undefined ? named : presetOwn(named);
  };
  // A column of labels (mapping `labels`): the value is the label under the prefix, then the preset's transform.
  const transform =
    labelPrefix === undefined
      ? own
      : (v: string) => {
          const picked = labelValue(v, labelPrefix);
          return picked === null ? picked : own(picked);
        };
  // The status map gives the status class (status.ts); the status keeps its word.
  const mapped = (MAPPED_FIELDS as readonly string[]).includes(plan.field) && plan.field !== 'status' ? (plan.field as MappedField) : null;
  const rawMap = mapped === null ? undefined : maps[mapped];
  const map = new Map<string, string>();
  for (const [source, target] of Object.entries(rawMap ?? {})) map.set(normalizeHeader(source), target);
  const canonical = mapped === null ? undefined : CANONICAL_WORDS[mapped];
  const cache = new Map<string, { value: string | null; issue: FieldPlan['lastIssue'] }>();
  const plain = mapped === null;
  const items = plan.field === 'assetId';
  // A plain text field is the cell's text (repeated values already shared by the interner), or an
  // object's name (`referenceName`). Ids and titles, a new value on nearly every row, keep the
  // reader's path without a resolver: an API dump numbers its tickets in a plain column.
  if (plain && presetOwn === undefined && labelPrefix === undefined && !items) {
    if (plan.field === 'id' || plan.field === 'title') return null;
    return (v) => (v.charCodeAt(0) === 123 ? (referenceName(v) ?? v) : v);
  }
  return (value) => {
    let hit = cache.get(value);
    if (hit === undefined) {
      let several: { value: string | null; items: number; others: string[] } | null = null;
      let cell = value;
      if (items) {
        several = firstItem(value);
        cell = several.value ?? '';
      }
      const transformed = several !== null && several.value === null ? null : transform(cell);
      hit = { value: transformed, issue: null };
      if (several !== null && several.items > 1 && transformed !== null) hit.issue = { code: 'several-assets', message: ISSUE_TEXT.severalAssets(several.items, transformed, several.others) };
      if (transformed !== null && mapped !== null) {
        const key = normalizeHeader(transformed);
        const target = map.get(key);
        if (target !== undefined) hit.value = target;
        else if (mapped === 'priority') {
          // A numbered priority (`Priority 1 - Critical`, `P2 - High`, `1 - Urgent`, `Priorité 3`,
          // `5 very high`): the word wins, else the rank (`numberedPriority`, the proposal's rule too).
          const p = numberedPriority(transformed);
          if (p !== null) hit.value = p;
          else if (NO_PRIORITY_WORDS.has(meaningKey(transformed))) hit.value = null;
          else hit = { value: null, issue: { code: 'unknown-priority', message: ISSUE_TEXT.unknownPriority(value) } };
        } else if (canonical !== undefined && canonical.includes(key)) hit.value = key;
        // A type word the maps do not name: the one rule the proposal proposes by (`typeOfWord`).
        else if (mapped === 'type' && typeOfWord(transformed) !== null) hit.value = typeOfWord(transformed)!;
        else if (map.size > 0) hit.issue = { code: 'unmapped-value', message: ISSUE_TEXT.unmappedValue(plan.field, value) };
      }
      if (cache.size < 100_000) cache.set(value, hit);
    }
    plan.lastIssue = hit.issue;
    return hit.value;
  };
}

type RangeParser = (text: string, from: number, to: number) => number;

/** Deadlines: a due date written without a time of day is due by the end of that day. */
const DEADLINE_FIELDS: ReadonlySet<string> = new Set(['slaResponseDueAt', 'slaResolutionDueAt']);

/** An Excel serial day number with a fraction of a day (`46091.5`): a number alone, not a dotted date (`2026.03.10`). */
const EXCEL_SERIAL_WITH_TIME = /^\s*\d{4,6}[.,]\d*[1-9]\d*\s*$/;

/**
 * Whether a date cell gives a time of day: a colon (`08:15`; every time the format-free parser
 * reads has one), or an Excel serial with a fraction of a day. A dotted date (`10.03.2026`,
 * `2026.03.10`) has none.
 */
function hasTimeOfDay(text: string, from: number, to: number): boolean {
  const colon = text.indexOf(':', from);
  if (colon !== -1 && colon < to) return true;
  return EXCEL_SERIAL_WITH_TIME.test(text.slice(from, to));
}

/**
 * Whether a declared date-fns format reads a time of day (an hour token outside quoted text):
 * then every value it reads has one, whatever its separator (`dd.MM.yyyy HH.mm`), and none
 * without. Undefined for no format, or `excel`: the cell says it ({@link hasTimeOfDay}).
 */
function formatHasTime(format: string | undefined): boolean | undefined {
  const trimmed = format?.trim();
  if (trimmed === undefined || trimmed === '' || trimmed.toLowerCase() === 'excel') return undefined;
  return /[HhKk]/.test(trimmed.replace(/'[^']*'/g, ''));
}

/**
 * A deadline parser: a day alone (`2026-03-10`, `10/03/2026`, `10.03.2026`, an Excel serial
 * without a fraction) is due until the last minute of that day in the policy's zone (23:59
 * local), not from its first: a ticket resolved on its due day met it. `wallDay` reads the same
 * text as a wall-clock day (parsed in UTC), so the next local midnight is exact across DST
 * changes. Each cell is parsed once: by `parse` when it gives a time of day, else by `wallDay`
 * (by `parse` too only when `wallDay` cannot read it, so that its refusal is the usual one).
 * `withTime` is the declared format's answer ({@link formatHasTime}), if any.
 */
function endOfDayIfDateOnly(parse: RangeParser, wallDay: RangeParser, timeZone: string, withTime: boolean | undefined): RangeParser {
  const toUtc = zoneConverter(timeZone);
  if (withTime === true) return parse;
  return (text, from, to) => {
    if (withTime === undefined && hasTimeOfDay(text, from, to)) return parse(text, from, to);
    const wall = wallDay(text, from, to);
    return Number.isNaN(wall) ? parse(text, from, to) : toUtc(wall + 86_400_000) - 60_000;
  };
}

/** A date parser that reads a cell's text before `mark` only (see `ValueSpec`), trimmed. */
function cutBefore(parse: RangeParser, mark: string | undefined): RangeParser {
  if (mark === undefined || mark === '') return parse;
  return (text, from, to) => {
    const cut = text.indexOf(mark, from);
    if (cut !== -1 && cut < to) {
      to = cut;
      while (to > from && isBlankChar(text.charCodeAt(to - 1))) to--;
    }
    return parse(text, from, to);
  };
}

function numericParser(spec: ValueSpec, numberOptions: NumberOptions, dates: (precision: 'instant' | 'date') => RangeParser): RangeParser {
  switch (spec.kind) {
    case 'instant':
      return cutBefore(dates('instant'), spec.before);
    case 'date':
      return cutBefore(dates('date'), spec.before);
    case 'number':
      return (text, from, to) => parseNumberRange(text, from, to, numberOptions);
    case 'duration': {
      const unit = spec.unit;
      return (text, from, to) => parseDuration(text.slice(from, to), unit);
    }
    case 'months': {
      const bare = spec.bare ?? 'months';
      return (text, from, to) => parseMonths(text.slice(from, to), bare);
    }
    case 'string':
      return () => NaN;
  }
}

function notParsedText(spec: ValueSpec, value: string): string {
  if (spec.kind === 'instant' || spec.kind === 'date') {
    return /^\d{5}(?:[.,]\d+)?$/.test(value)
      ? `${ISSUE_TEXT.notADate(value)} (an Excel serial day number? declare dateFormat "excel" in the mapping)`
      : ISSUE_TEXT.notADate(value);
  }
  if (spec.kind === 'duration' || spec.kind === 'months') return ISSUE_TEXT.notADuration(value);
  return ISSUE_TEXT.notANumber(value);
}

function headerCells(cells: string[]): string[] {
  const headers = cells.map((c) => clean(c));
  while (headers.length > 1 && headers[headers.length - 1] === '') headers.pop();
  return headers;
}

/**
 * The preset a file is read with: the mapping's `extends`, or the one asked for, or (auto) the
 * detected one when it is confident (`CONFIDENT_SCORE`). Under the threshold a mapping that
 * names columns is read alone; without one the file is refused, naming no preset (a refusal
 * never names a preset that does not fit): the caller proposes a mapping (`proposeMapping`).
 */
function resolvePreset(
  kind: Kind,
  name: string,
  headers: readonly string[],
  mapping: Mapping | undefined,
  file: string,
  headerIsLabels: boolean,
): { preset: Preset; score: number } {
  const presets = presetsOf(kind);
  if (mapping?.extends !== undefined && name !== 'auto' && name !== mapping.extends) {
    throw new RevueError('bad-option', ERROR_TEXT.extendsConflict(mapping.extends, name), { file });
  }
  const wanted = mapping?.extends ?? name;
  if (wanted === 'auto') {
    // A file that is no ticket list, whose columns a preset or a proposal would read as one.
    const timeAccounting = kind === 'tickets' && mapping === undefined ? zammadTimeAccounting(headers) : null;
    if (timeAccounting !== null) throw new RevueError('not-a-ticket-list', ERROR_TEXT.zammadTimeAccounting(file, timeAccounting), { file });
    const detected = detectPresetFromHeaders(headers, kind);
    if (detected.confident) return { preset: presets[detected.name]!, score: detected.score };
    // A mapping over a file no preset knows starts from an empty preset.
    if (mapping !== undefined && Object.keys(mapping.columns).length > 0) {
      // An asset list's status column, whatever tool wrote it (Freshservice's `Asset State`,
      // `Disposed`): read to flag an asset that left the fleet without a retirement date, as the
      // presets do, instead of counting it in service unsaid.
      const lifecycle = kind === 'assets' ? { lifecycle: { headers: MAPPING_ASSET_STATE_HEADERS } } : {};
      return { preset: { name: 'mapping', kind, source: 'user mapping', columns: {}, ...lifecycle }, score: detected.score };
    }
    if (!headerIsLabels) throw new RevueError('unknown-format', ERROR_TEXT.noHeaderRow(file, headers), { file });
    throw new RevueError('unknown-format', ERROR_TEXT.unknownFormat(file, headers, kind), { file });
  }
  const preset = presets[wanted];
  if (preset === undefined) throw new RevueError('unknown-preset', ERROR_TEXT.unknownPreset(wanted, ['auto', ...Object.keys(presets)]));
  return { preset, score: scorePreset(preset, headers) };
}

/**
 * Status headers of asset lists that no asset preset writes (Freshservice's `Asset Status`, other
 * inventories' words): read through a mapping besides every preset's own (see
 * {@link MAPPING_ASSET_STATE_HEADERS}).
 */
const MAPPING_ONLY_STATE_HEADERS: readonly string[] = [
  'Asset Status', 'Lifecycle', 'Lifecycle Status', 'Install Status', 'État', "État de l'actif", 'Situação', 'Zustand',
];

/**
 * Status headers of asset lists read through a mapping (see `Preset.lifecycle`): every asset
 * preset's lifecycle headers, taken from the presets so that the two cannot drift (ServiceNow's
 * `install_status` and Lansweeper's `Statename` were missing from a copy), then the headers only a
 * mapping meets. The first found wins, so a longer (more specific) name comes first: `Asset State`
 * before `State` when a list has both; equal lengths keep their order.
 */
const MAPPING_ASSET_STATE_HEADERS: readonly string[] = (() => {
  const seen = new Set<string>();
  const headers: string[] = [];
  for (const header of [...Object.values(presetsOf('assets')).flatMap((preset) => preset.lifecycle?.headers ?? []), ...MAPPING_ONLY_STATE_HEADERS]) {
    const key = normalizeHeader(header);
    if (seen.has(key)) continue;
    seen.add(key);
    headers.push(header);
  }
  const words = (header: string) => header.split(/[\s_]+/u).length;
  // Array.prototype.sort is stable (ES2019): equal word counts keep the presets' order.
  return headers.sort((a, b) => words(b) - words(a));
})();

function fileNameOf(options: Pick<ReadOptions, 'fileName'>, kind: Kind): string {
  return options.fileName ?? (kind === 'tickets' ? 'tickets.csv' : 'assets.csv');
}

function sourceOf(input: string | Uint8Array, options: CheckedOptions, kind: Kind, inPieces: boolean): Source {
  const file = fileNameOf(options, kind);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new RevueError('bad-option', ERROR_TEXT.badOption('input', 'a string or a Uint8Array'));
  }
  if (input.length > maxBytes) throw new RevueError('too-large', ERROR_TEXT.tooLarge(file, input.length, maxBytes), { file });
  if (typeof input === 'string') return { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, workbook: null };
  // An .xlsx workbook is read from its first sheet (an old .xls is refused there), not decoded.
  if (sniffWorkbook(input) !== null) return { text: '', workbook: input };
  const encoding = options.mapping?.encoding;
  // A large UTF-8 file is decoded piece by piece (pieces.ts); anything else, whole (decode.ts).
  const utf16 = (input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff);
  if (inPieces && input.length >= 2 * PIECE_BYTES && (encoding === undefined || encoding === 'utf-8') && !utf16 && sniffNotCsv(input) === null) {
    try {
      return piecesOf(input, 1, delimiterByte(input, options.mapping?.delimiter, detectDelimiter), true);
    } catch (error) {
      if (!(error instanceof NotUtf8)) throw error;
    }
  }
  return { text: decodeBytes(input, { ...(encoding ? { encoding } : {}), fileName: file }).text, workbook: null };
}

/**
 * The evidence about the day/month order of one date column (see {@link LateOrder}), as a
 * part of a file hands it on to be merged with the other parts'.
 */
type LateEvidence = Omit<LateOrder, 'monthFirst'>;

/**
 * The rows of one text read into columns, before the checks that need the whole file
 * (duplicate ids, event-log merging, the day/month order of undecided dates). A file read in
 * parts gives one per part, merged by {@link finishRows}; everything in it can be posted
 * between threads.
 */
export interface RowsPart {
  /** Counts and located issues of this part's rows (issues capped at `maxIssues`). */
  quality: QualityReport;
  headers: string[];
  /** Name of the preset applied (`presetsOf(kind)[presetName]`). */
  presetName: string;
  /** One entry per field read, in the same order in every part of a file. */
  fields: { field: string; header: string; extra: boolean; column: Float64Array | StringColumn; late: LateEvidence | null }[];
  /** File line of each accepted row. */
  lines: Float64Array;
  /** First line of a record whose quote is never closed in this text, or null. */
  unclosedQuoteLine: number | null;
  /** How many of `quality.issues`, at its start, are byte-order marks inside the text (flagged before any row). */
  bomIssues: number;
}

/** A part after the first of a file read in parts: the file's first lines, and where the part starts. */
export interface LaterPart {
  /** The start of the file (at least its header and first 200 data records), to set up the reading as the first part does. */
  head: string;
  /** File line of the part's first line. */
  startLine: number;
}

/** The head given to a later part was too short, or cut inside a quote, to set the reading up as the first part does. */
export class HeadTooShort extends Error {}

function readTable(input: string | Uint8Array, options: ReadOptions, kind: Kind): { columns: Record<string, unknown>; length: number; quality: QualityReport } {
  return finishRows([readWholeRows(input, options, kind)], options, kind);
}

/**
 * The mapping of `options` validated (`parseMapping`, idempotent): a plain object written by
 * hand is checked here, so that a bad one is a RevueError naming its key, never a TypeError.
 */
export function checkedMapping(options: ReadOptions, kind: Kind): Mapping | undefined {
  return options.mapping === undefined ? undefined : parseMapping(options.mapping, { kind });
}

/** Read options whose mapping has been checked (see {@link checkedOptions}). */
export type CheckedOptions = Omit<ReadOptions, 'mapping'> & { mapping?: Mapping };

/** `options` with its mapping validated (see {@link checkedMapping}). */
export function checkedOptions(options: ReadOptions, kind: Kind): CheckedOptions {
  const { mapping: _raw, ...rest } = options;
  const mapping = checkedMapping(options, kind);
  return mapping === undefined ? rest : { ...rest, mapping };
}

/** The rows of a whole file (text, CSV bytes or a workbook), to be finished by {@link finishRows}. */
export function readWholeRows(input: string | Uint8Array, rawOptions: ReadOptions, kind: Kind): RowsPart {
  const options = checkedOptions(rawOptions, kind);
  try {
    return readRows(sourceOf(input, options, kind, true), options, kind, null);
  } catch (error) {
    // A piece past the first was not UTF-8: the whole file is decoded again, in one go.
    if (error instanceof NotUtf8) return readRows(sourceOf(input, options, kind, false), options, kind, null);
    throw error;
  }
}

/**
 * The rows of a file read through `reader` (random access to its bytes, see
 * {@link piecesFromReader}): a large UTF-8 CSV file piece by piece from disk, never whole;
 * anything else — a workbook, another encoding, a small file, a file that turns out not to be
 * UTF-8 or to hold a byte-order mark inside — from its whole bytes (`whole()`), exactly as
 * {@link readWholeRows} reads them. Same rows, issues and order either way.
 */
export function readRowsFrom(reader: ByteReader & { whole(): Uint8Array }, rawOptions: ReadOptions, kind: Kind): RowsPart {
  const options = checkedOptions(rawOptions, kind);
  const source = streamedSource(reader, options);
  if (source !== null) {
    try {
      return readRows(source(), options, kind, null);
    } catch (error) {
      if (!(error instanceof NotUtf8) && !(error instanceof ReadWhole)) throw error;
    }
  }
  return readWholeRows(reader.whole(), rawOptions, kind);
}

/** The piece-by-piece source of a file, when {@link sourceOf} would read its bytes in pieces; else null. */
function streamedSource(reader: ByteReader, options: CheckedOptions): (() => Source) | null {
  const encoding = options.mapping?.encoding;
  if (reader.size < 2 * DISK_PIECE_BYTES || (encoding !== undefined && encoding !== 'utf-8')) return null;
  // The head decides, as in sourceOf: a UTF-16 mark, a workbook or other non-CSV bytes are read whole.
  const head = new Uint8Array(262_144);
  let length = 0;
  for (let read = -1; length < head.length && read !== 0; length += read) read = reader.read(head.subarray(length), length);
  const bytes = head.subarray(0, length);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const zipOrOle = (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf);
  if (utf16 || zipOrOle || sniffNotCsv(bytes) !== null) return null;
  const delimiter = delimiterByte(bytes, options.mapping?.delimiter, detectDelimiter);
  return () => piecesFromReader(reader, delimiter);
}

/**
 * Reads the rows of `source` (a whole file, or with `part` one part of it after the first)
 * into typed columns, accounting for every row.
 */
export function readRows(source: Source, options: ReadOptions, kind: Kind, part: LaterPart | null): RowsPart {
  const file = fileNameOf(options, kind);
  const mapping = checkedMapping(options, kind);
  const maxIssues = options.maxIssues ?? 1000;
  const timeZone = options.timezone ?? 'UTC';
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  let text = source.text;
  const workbook = source.workbook;
  const startLine = part?.startLine ?? 1;
  // Byte-order marks inside the text (two exports pasted together): removed, each flagged.
  const bomLines: number[] = source.bomLines ?? [];
  if (source.bomLines !== undefined) text = text.replaceAll('\ufeff', '');
  else if (text.indexOf('\ufeff') !== -1) {
    let line = startLine;
    let from = 0;
    for (let at = text.indexOf('\ufeff'); at !== -1; at = text.indexOf('\ufeff', at + 1)) {
      for (let i = from; i < at; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
      }
      from = at;
      if (bomLines[bomLines.length - 1] !== line) bomLines.push(line);
    }
    text = text.replaceAll('\ufeff', '');
  }
  createDateParser({ timeZone }); // validates the zone before any work
  const delimiter = mapping?.delimiter ?? detectDelimiter(part?.head ?? text);
  const fields: Record<string, FieldKind> = kind === 'tickets' ? TICKET_FIELDS : ASSET_FIELDS;
  const requiredFields: readonly string[] = kind === 'tickets' ? REQUIRED_TICKET_FIELDS : REQUIRED_ASSET_FIELDS;

  const quality = emptyQuality(file);
  const addIssue = issueAdder(quality, maxIssues);
  for (const line of bomLines) addIssue('bom-in-text', line, null, ISSUE_TEXT.bomInText());

  // State built once the header is known.
  let plans: FieldPlan[] = [];
  let headers: string[] = [];
  let preset: Preset | null = null;
  let lines = new NumberBuilder(1024);
  const pendingCodes: IssueCode[] = [];
  const pendingColumns: (string | null)[] = [];
  const pendingTexts: string[] = [];
  const scratchNumbers: number[] = [];
  const scratchStrings: (string | null)[] = [];
  let headerKeyIndex = -1;
  let headerIsLabels = true;
  let flagLongRows = false;
  let numberOptions: NumberOptions = {};

  // A spreadsheet has no short rows: a row ends at its last filled cell (xlsx.ts).
  const spreadsheet = workbook !== null;
  const buffered: { cells: string[]; line: number; lastLine: number; unclosed: boolean }[] = [];
  let phase: 'buffer' | 'stream' = 'buffer';
  let capacityHint = 1024;

  const setup = (records: typeof buffered): number => {
    const candidates: number[] = [];
    for (let i = 0; i < records.length && candidates.length < HEADER_SEARCH; i++) {
      if (!isBlankRecord(records[i]!.cells, records[i]!.cells.length)) candidates.push(i);
    }
    if (candidates.length === 0) throw new RevueError('empty', ERROR_TEXT.empty(file), { file });
    const choice = findHeaderRow(candidates.map((i) => records[i]!.cells));
    const chosen = candidates[choice.index]!;
    headerIsLabels = choice.labels;
    for (let i = 0; i < chosen; i++) {
      if (isBlankRecord(records[i]!.cells, records[i]!.cells.length)) quality.blank++;
      else quality.skippedBeforeHeader++;
    }
    headers = headerCells(records[chosen]!.cells);
    const resolved = resolvePreset(kind, options.preset ?? 'auto', headers, mapping, file, headerIsLabels);
    preset = resolved.preset;
    const mappingOnly = preset.name === 'mapping';
    quality.preset = { name: mapping === undefined || mappingOnly ? preset.name : `${preset.name}+mapping`, score: resolved.score };
    const normalized = headers.map(normalizeHeader);
    const indexesOf = (alias: string): number[] => {
      const key = normalizeHeader(alias);
      const out: number[] = [];
      normalized.forEach((h, i) => h === key && out.push(i));
      return out;
    };
    const planned: MappingColumns = mappingColumns(preset, mapping, (column) => indexesOf(column).length > 0);
    const columns = planned.columns;
    for (const { field, column } of planned.absent) {
      if (requiredFields.includes(field)) {
        throw new RevueError('mapping-column-missing', ERROR_TEXT.mappingColumnMissing(file, column, field), { file, column });
      }
    }
    const maps: Partial<Record<MappedField, Record<string, string>>> = {};
    for (const field of MAPPED_FIELDS) {
      const merged = { ...(preset.maps?.[field] ?? {}), ...(mapping?.values[field] ?? {}) };
      if (Object.keys(merged).length > 0) maps[field] = merged;
    }
    const used = new Set<number>();
    const dataSample = records.slice(chosen + 1).filter((r) => !isBlankRecord(r.cells, r.cells.length));
    // Rows to expect: the length of the input over the sample's mean record (cells, delimiters,
    // line break), 6 % over, so that the typed columns are allocated once at about their size
    // (a column doubled past its estimate holds twice its size, then is copied once more).
    const inputLength = source.totalLength ?? text.length;
    if (dataSample.length > 0 && inputLength > 0) {
      let characters = 0;
      for (const record of dataSample) for (const cell of record.cells) characters += cell.length + 1;
      capacityHint = Math.min(4_000_000, Math.ceil((inputLength / Math.max(16, characters / dataSample.length)) * 1.06) + 16);
    }
    const decimal = mapping?.decimal ?? preset.decimal ?? null;
    numberOptions = { decimal, ambiguousDecimal: delimiter === ';' ? ',' : '.' };
    let sampleDayFirst = false;
    let sampleMonthFirst = false;
    const makePlan = (field: string, aliases: readonly string[], spec: ValueSpec, extra: boolean): FieldPlan | null => {
      for (const alias of aliases) {
        const indexes = indexesOf(alias);
        if (indexes.length === 0) continue;
        indexes.forEach((i) => used.add(i));
        const plan: FieldPlan = {
          field,
          header: headers[indexes[0]!]!,
          indexes,
          spec,
          required: !extra && requiredFields.includes(field),
          extra,
          parseRange: null,
          numbers: null,
          strings: null,
          resolve: null,
          lastIssue: null,
          intern: null,
          idField: !extra && ID_FIELDS.has(field),
          isDate: spec.kind === 'instant' || spec.kind === 'date',
          late: null,
          excel: spreadsheet && (spec.kind === 'instant' || spec.kind === 'date') ? { converted: null, kept: null } : null,
          markers: null,
          maxMarker: 0,
          currency: kind === 'assets' && !extra && ASSET_MONEY_FIELDS.has(field) && options.currency ? options.currency.trim().toUpperCase() : null,
        };
        const markers = markersFor(resolved.preset, mapping, extra ? '*' : field);
        if (markers !== null) {
          plan.markers = markers;
          plan.maxMarker = Math.max(...[...markers].map((m) => m.length));
        }
        if (spec.kind === 'string') {
          plan.strings = new StringBuilder(capacityHint);
        } else {
          if (plan.isDate) {
            // Day/month evidence of the sample, pooled over every date column of the file.
            for (const record of dataSample) {
              const value = clean(record.cells[indexes[0]!] ?? '');
              const parts = leadingDayMonth(value, 0, value.length);
              if (parts < 0) continue;
              const first = Math.floor(parts / 100);
              const second = parts % 100;
              if (first > 12) sampleDayFirst = true;
              if (second > 12) sampleMonthFirst = true;
            }
          }
          plan.numbers = new NumberBuilder(capacityHint);
        }
        return plan;
      }
      return null;
    };
    plans = [];
    const missing: string[] = [];
    for (const [field, kindOfField] of Object.entries(fields)) {
      const aliases = columns[field];
      // A useful life is written `36 mois`, `3 years`, `5 ans` as often as `36`: read as months
      // whatever the preset or mapping (a bare number is months, as before).
      const spec = planned.specs[field] ?? (field === 'usefulLifeMonths' ? MONTHS_SPEC : defaultSpec(kindOfField));
      const plan = aliases === undefined ? null : makePlan(field, aliases, spec, false);
      if (plan !== null) plans.push(plan);
      else if (requiredFields.includes(field)) missing.push(field);
    }
    if (missing.length > 0) {
      const source = mappingOnly ? 'the mapping' : `preset ${preset.name}`;
      throw new RevueError('missing-column', ERROR_TEXT.missingColumn(file, missing[0]!, source, headers, headerIsLabels), { file, column: missing[0]! });
    }
    // A column the mapping names but the file lacks: said once, at the header (a later part of
    // a file read in parts says nothing: the first part did).
    if (part === null) {
      const headerLine = records[chosen]!.line;
      for (const { field, column } of planned.absent) {
        const instead = plans.find((plan) => plan.field === field)?.header ?? null;
        addIssue('optional-column-missing', headerLine, null, ISSUE_TEXT.optionalColumnMissing(column, field, instead));
      }
    }
    // The preset's extra columns (its duration and status category columns too), with the mapping's durations laid over.
    const effective: Preset = { ...preset, durations: { ...(preset.durations ?? {}), ...planned.durations } };
    for (const [name, extra] of Object.entries({ ...readExtras(effective), ...planned.extras })) {
      const plan = makePlan(name, extra.headers, extra.value, true);
      if (plan !== null) plans.push(plan);
    }
    for (const plan of plans) {
      if (plan.strings === null) continue;
      const labelPrefix =
        plan.field === STATUS_LABEL_EXTRA ? mapping?.labels?.statusLabels?.prefix : plan.extra ? undefined : (mapping?.labels as Record<string, string> | undefined)?.[plan.field];
      plan.resolve = stringResolver(plan, preset, maps, typeof labelPrefix === 'string' ? labelPrefix : undefined);
      plan.intern = new RangeInterner();
    }
    // Numeric dates: month-first only when the sample proves it and never contradicts it; when
    // the sample settles nothing or contradicts itself, the whole file decides (see LateOrder).
    const format = mapping?.dateFormat ? { format: mapping.dateFormat } : {};
    const order: DayMonthOrder = sampleMonthFirst && !sampleDayFirst ? 'mdy' : 'dmy';
    const undecided = mapping?.dateFormat === undefined && sampleDayFirst === sampleMonthFirst;
    for (const plan of plans) {
      if (plan.numbers === null) continue;
      const dates = (precision: 'instant' | 'date') => createDateRangeParser({ timeZone, order, precision, ...format });
      plan.parseRange = numericParser(plan.spec, numberOptions, dates);
      const deadline = plan.spec.kind === 'instant' && DEADLINE_FIELDS.has(plan.field);
      if (deadline) {
        const day = cutBefore(createDateRangeParser({ timeZone: 'UTC', order, precision: 'date', ...format }), 'before' in plan.spec ? plan.spec.before : undefined);
        plan.parseRange = endOfDayIfDateOnly(plan.parseRange, day, timeZone, formatHasTime(mapping?.dateFormat));
      }
      if (plan.isDate && undecided) {
        const precision = plan.spec.kind === 'date' ? 'date' : 'instant';
        const before = 'before' in plan.spec ? plan.spec.before : undefined;
        const monthFirst = cutBefore(createDateRangeParser({ timeZone, order: 'mdy', precision }), before);
        plan.late = {
          monthFirst: deadline ? endOfDayIfDateOnly(monthFirst, cutBefore(createDateRangeParser({ timeZone: 'UTC', order: 'mdy', precision: 'date' }), before), timeZone, undefined) : monthFirst,
          dayFirstSeen: false,
          monthFirstSeen: false,
          meridiemSeen: false,
          rows: [],
          lines: [],
          alternatives: [],
          texts: [],
          onlyMonthFirst: [],
        };
      }
    }
    // Required plans first: a rejected row stops before parsing the rest.
    plans.sort((a, b) => Number(b.required) - Number(a.required));
    quality.unmappedColumns = headers.filter((h, i) => h !== '' && !used.has(i));
    // Cells past the header are the overflow of its last column: expected when that column is
    // a repeated multi-value header (Jira `Comment`×N) or unused; otherwise flagged.
    const last = normalized.length - 1;
    flagLongRows = used.has(last) && normalized.indexOf(normalized[last]!) === last;
    headerKeyIndex = plans[0]!.indexes[0]!;
    return chosen;
  };

  // The cell being read: `cellText[cellFrom, cellTo)`, trimmed (set by `readCell`).
  let cellText = '';
  let cellFrom = 0;
  let cellTo = 0;
  const readCell = (cells: CsvCells, index: number): void => {
    const value = cells.values[index];
    let s: string;
    let from: number;
    let to: number;
    if (value !== null && value !== undefined) {
      s = value;
      from = 0;
      to = value.length;
    } else {
      s = text;
      from = cells.starts[index]!;
      to = cells.ends[index]!;
    }
    while (from < to && isBlankChar(s.charCodeAt(from))) from++;
    while (to > from && isBlankChar(s.charCodeAt(to - 1))) to--;
    cellText = s;
    cellFrom = from;
    cellTo = to;
  };
  const isBlankRow = (cells: CsvCells): boolean => {
    for (let i = 0; i < cells.count; i++) {
      readCell(cells, i);
      if (cellTo > cellFrom) return false;
    }
    return true;
  };
  let headerKeyText = '';
  // Ambiguous dates of the record being read, committed when it is accepted (see LateOrder).
  const lateFields: number[] = [];
  const lateAlternatives: number[] = [];
  const lateTexts: string[] = [];
  let lateCount = 0;

  const processRecord = (cells: CsvCells): void => {
    const count = cells.count;
    const line = cells.line;
    if (isBlankRow(cells)) {
      quality.blank++;
      return;
    }
    quality.rowsRead++;
    if (quality.rowsRead > maxRows) throw new RevueError('too-many-rows', ERROR_TEXT.tooManyRows(file, maxRows), { file });
    if (cells.unclosedQuote) {
      quality.rejected++;
      addIssue('unclosed-quote', line, null, ISSUE_TEXT.unclosedQuote());
      return;
    }
    if (headerKeyIndex < count) {
      readCell(cells, headerKeyIndex);
      if (
        cellTo - cellFrom === headerKeyText.length &&
        cellText.slice(cellFrom, cellTo) === headerKeyText &&
        headers.every((h, i) => {
          if (i >= count) return h === '';
          readCell(cells, i);
          return cellText.slice(cellFrom, cellTo) === h;
        })
      ) {
        quality.rejected++;
        addIssue('header-repeated', line, null, ISSUE_TEXT.headerRepeated());
        return;
      }
    }
    const expected = headers.length;
    if (count === 1 && expected > 1 && !spreadsheet) {
      readCell(cells, 0);
      for (const other of DELIMITERS) {
        if (other !== delimiter && cellText.slice(cellFrom, cellTo).includes(other)) {
          quality.rejected++;
          addIssue('delimiter-mismatch', line, null, ISSUE_TEXT.delimiterMismatch(DELIMITER_NAMES[other]!, DELIMITER_NAMES[delimiter] ?? `"${delimiter}"`));
          return;
        }
      }
    }
    let long = false;
    if (count > expected && flagLongRows) {
      for (let i = expected; i < count && !long; i++) {
        readCell(cells, i);
        long = cellTo > cellFrom;
      }
    }
    // A quoted cell over several lines in a row of the wrong width: an unbalanced quote that
    // merged rows. Skipped with the lines it spans, never accepted with other rows in a cell.
    const lastLine = cells.lastLine ?? line;
    if (lastLine > line && (count < expected || long)) {
      quality.rejected++;
      addIssue('quote-spans-rows', line, null, ISSUE_TEXT.quoteSpansRows(lastLine, count, expected));
      return;
    }
    pendingCodes.length = 0;
    pendingColumns.length = 0;
    pendingTexts.length = 0;
    lateCount = 0;
    if (count < expected && !spreadsheet) {
      pendingCodes.push('short-row');
      pendingColumns.push(null);
      pendingTexts.push(ISSUE_TEXT.shortRow(count, expected));
    } else if (long) {
      pendingCodes.push('long-row');
      pendingColumns.push(null);
      pendingTexts.push(ISSUE_TEXT.longRow(count, expected));
    }
    for (let p = 0; p < plans.length; p++) {
      const plan = plans[p]!;
      const indexes = plan.indexes;
      let empty = true;
      for (let k = 0; k < indexes.length; k++) {
        const index = indexes[k]!;
        if (index >= count) continue;
        readCell(cells, index);
        if (cellTo > cellFrom) {
          empty = false;
          break;
        }
      }
      if (!empty && plan.markers !== null && cellTo - cellFrom <= plan.maxMarker && plan.markers.has(cellText.slice(cellFrom, cellTo))) empty = true;
      if (plan.parseRange === null) {
        let value: string | null = null;
        if (!empty) {
          value = plan.intern!.text(cellText, cellFrom, cellTo);
          if (plan.resolve !== null) value = plan.resolve(value);
          const issue = plan.lastIssue;
          if (issue !== null) {
            pendingCodes.push(issue.code);
            pendingColumns.push(plan.header);
            pendingTexts.push(issue.message);
          }
        }
        if (value === null && plan.required) {
          quality.rejected++;
          addIssue('required-missing', line, plan.header, ISSUE_TEXT.requiredMissing(plan.field));
          return;
        }
        if (value !== null && plan.idField && value.length < 40 && (value.includes('E+') || value.includes('e+')) && EXCEL_SCIENTIFIC.test(value)) {
          pendingCodes.push('excel-scientific');
          pendingColumns.push(plan.header);
          pendingTexts.push(ISSUE_TEXT.excelScientific(value));
        }
        scratchStrings[p] = value;
      } else {
        let value = empty ? NaN : plan.parseRange(cellText, cellFrom, cellTo);
        if (plan.excel !== null && !empty) noteExcelDate(plan.excel, cellText, cellFrom, cellTo, line);
        if (plan.isDate && !empty) {
          let gap = lastDateWasDstGap();
          const late = plan.late;
          if (late !== null) {
            // Undecided day/month order: count the evidence, keep the other reading aside.
            const parts = leadingDayMonth(cellText, cellFrom, cellTo);
            if (parts >= 0) {
              const first = Math.floor(parts / 100);
              const second = parts % 100;
              if (!late.meridiemSeen && endsWithMeridiem(cellText, cellFrom, cellTo)) late.meridiemSeen = true;
              if (value === value && first > 12) late.dayFirstSeen = true;
              else if (value !== value && second > 12) {
                value = late.monthFirst(cellText, cellFrom, cellTo);
                gap = lastDateWasDstGap();
                if (value === value) {
                  late.monthFirstSeen = true;
                  lateFields[lateCount] = p;
                  lateAlternatives[lateCount] = NaN;
                  lateCount++;
                }
              } else if (value === value && first !== second && first <= 12 && second <= 12) {
                lateFields[lateCount] = p;
                lateAlternatives[lateCount] = late.monthFirst(cellText, cellFrom, cellTo);
                lateCount++;
              }
            }
          }
          if (value === value && (value < FIRST_ACCEPTED_INSTANT || value >= END_ACCEPTED_INSTANT)) {
            const raw = cellText.slice(cellFrom, cellTo);
            if (plan.required) {
              quality.rejected++;
              addIssue('required-out-of-range', line, plan.header, ISSUE_TEXT.requiredOutOfRange(raw));
              return;
            }
            pendingCodes.push('date-out-of-range');
            pendingColumns.push(plan.header);
            pendingTexts.push(ISSUE_TEXT.dateOutOfRange(raw));
            value = NaN;
            for (let k = lateCount - 1; k >= 0 && lateFields[k] === p; k--) lateCount--;
            scratchNumbers[p] = value;
            continue;
          }
          if (gap && value === value) {
            pendingCodes.push('dst-gap');
            pendingColumns.push(plan.header);
            pendingTexts.push(ISSUE_TEXT.dstGap(cellText.slice(cellFrom, cellTo), timeZone));
          }
          if (lateCount > 0 && lateFields[lateCount - 1] === p) lateTexts[lateCount - 1] = flat(cellText.slice(cellFrom, cellTo));
        }
        if (plan.currency !== null && value === value) {
          const mark = currencyMark(cellText, cellFrom, cellTo);
          if (mark !== null && !isCurrency(mark, plan.currency)) {
            pendingCodes.push('other-currency');
            pendingColumns.push(plan.header);
            pendingTexts.push(ISSUE_TEXT.otherCurrency(cellText.slice(cellFrom, cellTo), plan.currency));
            scratchNumbers[p] = NaN;
            continue;
          }
        }
        if (value !== value) {
          if (plan.required) {
            quality.rejected++;
            if (empty) addIssue('required-missing', line, plan.header, ISSUE_TEXT.requiredMissing(plan.field));
            else addIssue('required-unparseable', line, plan.header, notParsedText(plan.spec, cellText.slice(cellFrom, cellTo)));
            return;
          }
          if (!empty) {
            pendingCodes.push('unparseable-value');
            pendingColumns.push(plan.header);
            pendingTexts.push(notParsedText(plan.spec, cellText.slice(cellFrom, cellTo)));
          }
        }
        scratchNumbers[p] = value;
      }
    }
    quality.accepted++;
    lines.push(line);
    for (let p = 0; p < plans.length; p++) {
      const plan = plans[p]!;
      if (plan.numbers !== null) plan.numbers.push(scratchNumbers[p]!);
      else plan.strings!.push(scratchStrings[p]!);
    }
    for (let k = 0; k < lateCount; k++) {
      const late = plans[lateFields[k]!]!.late!;
      const alternative = lateAlternatives[k]!;
      const keepText = late.rows.length + late.onlyMonthFirst.length < maxIssues;
      if (alternative !== alternative) late.onlyMonthFirst.push({ row: lines.length - 1, line, text: keepText ? lateTexts[k]! : null });
      else {
        late.rows.push(lines.length - 1);
        late.lines.push(line);
        late.alternatives.push(alternative);
        late.texts.push(keepText ? lateTexts[k]! : null);
      }
    }
    for (let k = 0; k < pendingCodes.length; k++) addIssue(pendingCodes[k]!, line, pendingColumns[k]!, pendingTexts[k]!);
  };

  /** The byte reader of this file's plan (byte-rows.ts), or null when no field is required (a blank row must then be told by the text reader). */
  const byteRowsOf = (planned: readonly FieldPlan[], expected: number): { read: ReturnType<typeof byteRowsReader>; progress: ((fraction: number) => void) | undefined } | null => {
    if (!planned.some((plan) => plan.required)) return null;
    const fields: ByteField[] = planned.map((plan) => ({
      indexes: plan.indexes,
      required: plan.required,
      idField: plan.idField,
      isDate: plan.isDate,
      lateOrder: plan.late !== null,
      markers: plan.markers,
      maxMarker: plan.maxMarker,
      // A price with a currency sign is checked against ReadOptions.currency by the text reader
      // only: such a cell sends its record there (NaN), its flag and empty value included.
      parseText: plan.currency === null || plan.parseRange === null ? plan.parseRange : (text, from, to) => (currencyMark(text, from, to) === null ? plan.parseRange!(text, from, to) : NaN),
      plainNumbers: plan.spec.kind === 'number' ? numberOptions : null,
      isoDates: isoDatesOf(plan.spec, mapping?.dateFormat, timeZone, DEADLINE_FIELDS.has(plan.field)),
      resolve: plan.resolve,
      issue: plan,
      intern: new ByteInterner(),
      resolved: [],
      numbers: plan.numbers,
      strings: plan.strings,
    }));
    const reader = {
      progress: undefined as ((fraction: number) => void) | undefined,
      read: byteRowsReader({
        delimiter: delimiter.charCodeAt(0),
        expected,
        flagLongRows,
        headerKeyIndex,
        headerKeyText,
        fields,
        roomForRow: () => quality.rowsRead < maxRows,
        accept: (line) => {
          quality.rowsRead++;
          quality.accepted++;
          lines.push(line);
        },
        readText: (piece, startLine) => {
          text = piece;
          return scanCsvCells(piece, { delimiter, startLine }, onCells).unclosedQuoteLine;
        },
        onProgress: (fraction) => reader.progress?.(fraction),
      }),
    };
    return reader;
  };

  const replay: CsvCells = { starts: [], ends: [], values: [], count: 0, line: 0, unclosedQuote: false };
  const flush = (): void => {
    const chosen = setup(buffered);
    headerKeyText = headers[headerKeyIndex] ?? '';
    for (let i = chosen + 1; i < buffered.length; i++) {
      const record = buffered[i]!;
      replay.values = record.cells;
      replay.count = record.cells.length;
      replay.line = record.line;
      replay.lastLine = record.lastLine;
      replay.unclosedQuote = record.unclosed;
      processRecord(replay);
    }
    buffered.length = 0;
    phase = 'stream';
  };

  const bufferRecord = (scanned: string, cells: CsvCells): void => {
    const strings: string[] = [];
    for (let i = 0; i < cells.count; i++) strings.push(cellTextOf(scanned, cells, i));
    buffered.push({ cells: strings, line: cells.line, lastLine: cells.lastLine ?? cells.line, unclosed: cells.unclosedQuote });
    if (buffered.length === 1) {
      // Rough row estimate from the first line's length, to size the typed columns once.
      capacityHint = Math.min(4_000_000, Math.ceil((source.totalLength ?? text.length) / Math.max(16, strings.join(',').length)) + 16);
    }
  };
  const onCells = (cells: CsvCells): void => {
    // Blank rows of a workbook come as a count on the next record: they cost nothing.
    if (cells.blankBefore !== undefined) quality.blank += cells.blankBefore;
    if (phase === 'stream') {
      processRecord(cells);
      return;
    }
    bufferRecord(text, cells);
    if (buffered.length >= HEADER_SEARCH + SAMPLE_ROWS) flush();
  };
  const onProgress = options.onProgress;
  const share = source.more === undefined ? 1 : (source.share ?? 1);
  // A text read from bytes piece by piece: once the header and the sample are read (as text),
  // the rest of its first piece is read from its bytes, as every later piece is, so that a
  // file's rows are read one way whatever piece they are in. `firstRest` is where that rest starts.
  const firstBytes = source.moreBytes !== undefined ? source.firstBytes : undefined;
  let byteReader: ReturnType<typeof byteRowsOf> = null;
  let byteReaderChosen = false;
  const chooseByteReader = (): boolean => {
    if (!byteReaderChosen) byteReader = byteRowsOf(plans, headers.length);
    byteReaderChosen = true;
    return byteReader !== null;
  };
  let firstRest: BytePiece | null = null;
  // The scan of the first text stops there, and then reports no more progress.
  let scanStopped = false;
  const scanProgress = (fraction: number) => {
    if (!scanStopped) onProgress!(fraction * share);
  };
  const progress = onProgress ? { onProgress: share === 1 && firstBytes === undefined ? onProgress : scanProgress } : {};
  /** The record just read ended the header and the sample: the rest of the first piece, from its bytes. */
  const restOfFirst = (cells: CsvCells): boolean => {
    if (phase !== 'stream' || !chooseByteReader()) return false;
    const resumeLine = (cells.lastLine ?? cells.line) + 1;
    const bytes = firstBytes!.bytes;
    const rest = afterBreaks(bytes, resumeLine - firstBytes!.startLine);
    const { from, to } = firstBytes!;
    firstRest = { bytes: bytes.subarray(rest), startLine: resumeLine, from: from + ((to - from) * rest) / bytes.length, to, ...(firstBytes!.bomFree === true ? { bomFree: true } : {}) };
    scanStopped = true;
    return true;
  };
  let unclosedQuoteLine: number | null = null;
  if (part !== null) {
    // A later part sets itself up from the file's first records, exactly as the first part
    // does, then reads only its own rows: the head's rows belong to the first part.
    const wanted = HEADER_SEARCH + SAMPLE_ROWS;
    scanCsvCells(part.head, { delimiter }, (cells) => {
      if (cells.unclosedQuote) return false;
      bufferRecord(part.head, cells);
      return buffered.length < wanted;
    });
    if (buffered.length < wanted || buffered.some((record) => record.unclosed)) throw new HeadTooShort();
    setup(buffered);
    quality.blank = 0;
    quality.skippedBeforeHeader = 0;
    headerKeyText = headers[headerKeyIndex] ?? '';
    buffered.length = 0;
    phase = 'stream';
    // Its first piece is all rows: from its bytes when they are given.
    if (firstBytes !== undefined && chooseByteReader()) firstRest = firstBytes;
    else unclosedQuoteLine = scanCsvCells(text, { delimiter, startLine, ...progress }, onCells).unclosedQuoteLine;
  } else if (workbook !== null) scanXlsx(workbook, { fileName: file, maxBytes, ...progress }, onCells);
  else if (firstBytes === undefined) unclosedQuoteLine = scanCsvCells(text, { delimiter, ...progress }, onCells).unclosedQuoteLine;
  else {
    const sink = (cells: CsvCells): boolean => {
      onCells(cells);
      return !restOfFirst(cells);
    };
    unclosedQuoteLine = scanCsvCells(text, { delimiter, ...progress }, sink).unclosedQuoteLine;
  }
  if (source.more !== undefined) {
    // The rows of each piece stop referring to its text, which can then be freed.
    let rowsBefore = 0;
    const detachPiece = (): void => {
      for (const plan of plans) {
        if (plan.strings === null || !plan.intern!.sliced) continue;
        detached(plan.strings.data, rowsBefore, plan.strings.length);
        plan.intern!.sliced = false;
      }
      rowsBefore = lines.length;
    };
    detachPiece();
    const readText = (piece: string, startLine: number, pieceProgress: ((fraction: number) => void) | undefined): number | null => {
      text = piece.indexOf('\ufeff') === -1 ? piece : piece.replaceAll('\ufeff', '');
      return scanCsvCells(text, { delimiter, startLine, ...(pieceProgress ? { onProgress: pieceProgress } : {}) }, onCells).unclosedQuoteLine;
    };
    const progressOf = (from: number, to: number) => (onProgress ? (fraction: number) => onProgress(from + fraction * (to - from)) : undefined);
    if (!byteReaderChosen && source.moreBytes !== undefined && phase === 'stream') chooseByteReader();
    const reader = byteReader as ReturnType<typeof byteRowsOf>;
    if (reader === null) {
      for (let piece = source.more(); piece !== null; piece = source.more()) {
        // Read first, then kept if first: `x ??= read()` would skip every piece after an unclosed quote.
        const unclosed = readText(piece.text, piece.startLine, progressOf(piece.from, piece.to));
        unclosedQuoteLine ??= unclosed;
        detachPiece();
      }
    } else {
      // The rest of the first piece and the other pieces from their bytes (byte-rows.ts); a piece
      // with a byte-order mark inside, or every piece once most records of one needed the text
      // reader, as text.
      let line = NaN;
      let asText = false;
      const readPiece = (piece: BytePiece): void => {
        if (line !== line) line = piece.startLine;
        const pieceProgress = progressOf(piece.from, piece.to);
        if (asText || (piece.bomFree !== true && hasBom(piece.bytes))) {
          const unclosed = readText(utf8(piece.bytes, false), line, pieceProgress);
          unclosedQuoteLine ??= unclosed;
          line += countBreaks(piece.bytes, 0, piece.bytes.length);
        } else {
          reader.progress = pieceProgress;
          const read = reader.read(piece.bytes, line);
          line = read.line;
          unclosedQuoteLine ??= read.unclosedQuoteLine;
          // A file whose rows mostly need the text reader (dates in another shape…) is read as text.
          asText = read.records >= 1000 && read.fallbacks > read.records / 2;
        }
        detachPiece();
      };
      // Its bytes are valid until the next piece is asked for.
      const rest = firstRest as BytePiece | null;
      if (rest !== null) readPiece(rest);
      for (let piece = source.moreBytes!(); piece !== null; piece = source.moreBytes!()) readPiece(piece);
    }
  }
  if (phase === 'buffer') {
    if (buffered.length === 0) throw new RevueError('empty', ERROR_TEXT.empty(file), { file });
    flush();
  }
  for (const plan of plans) {
    const excel = plan.excel;
    if (excel?.converted && excel.kept) {
      throw new RevueError('excel-converted-dates', ERROR_TEXT.excelConvertedDates(file, plan.header, excel.converted, excel.kept), {
        file,
        row: excel.converted.line,
        column: plan.header,
      });
    }
  }
  // Every string kept is copied out of the text (see text-bytes.ts): the few short strings
  // besides the columns (headers, issue columns) here; the columns were detached above or as
  // each piece was read, late texts when kept.
  const kept = copiedOut({ quality, headers, fieldHeaders: plans.map((plan): [string, string] => [plan.field, plan.header]) });
  return {
    quality: kept.quality,
    headers: kept.headers,
    presetName: (preset as Preset | null)?.name ?? '',
    fields: plans.map((plan, index) => {
      const [field, header] = kept.fieldHeaders[index]!;
      const column = plan.numbers !== null ? plan.numbers.done() : plan.strings!.done();
      const whole = column instanceof Float64Array || source.more !== undefined || !plan.intern!.sliced;
      return { field, header, extra: plan.extra, late: plan.late === null ? null : lateEvidence(plan.late), column: whole ? column : detached(column) };
    }),
    lines: lines.done(),
    unclosedQuoteLine,
    bomIssues: Math.min(bomLines.length, maxIssues),
  };
}

/** Whether `bytes` holds a UTF-8 byte-order mark (the text reader removes them, so such a piece is read as text). */
function hasBom(bytes: Uint8Array): boolean {
  for (let at = indexOfByte(bytes, 0xef); at !== -1; at = indexOfByte(bytes, 0xef, at + 1)) if (bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf) return true;
  return false;
}

/** The ISO byte reader of a date field read without a declared format or a cut (`before`), else null (its values are read as text). */
/** The byte reader of an ISO date column; a deadline's day alone is due by the end of that day (`endOfDay`), as the text reader reads it. */
function isoDatesOf(spec: ValueSpec, dateFormat: string | undefined, timeZone: string, deadline: boolean): IsoBytesReader | null {
  if ((spec.kind === 'instant' || spec.kind === 'date') && (spec.before === undefined || spec.before === '') && (dateFormat === undefined || dateFormat.trim() === '')) {
    return new IsoBytesReader({ timeZone, precision: spec.kind, endOfDay: deadline });
  }
  return null;
}

function lateEvidence(late: LateOrder): LateEvidence {
  const { monthFirst: _parser, ...evidence } = late;
  return evidence;
}

function emptyQuality(file: string): QualityReport {
  return {
    file,
    preset: { name: '', score: 0 },
    rowsRead: 0,
    accepted: 0,
    rejected: 0,
    blank: 0,
    merged: 0,
    skippedBeforeHeader: 0,
    reasons: {},
    warnings: {},
    issues: [],
    unmappedColumns: [],
  };
}

type AddIssue = (code: IssueCode, row: number, column: string | null, text: string | (() => string)) => void;

/** Counts every issue and keeps the first `maxIssues` located; the message is built only for those (a thunk avoids 10⁶ unused strings). */
function issueAdder(quality: QualityReport, maxIssues: number): AddIssue {
  return (code, row, column, text) => {
    const severity = ISSUE_CODES[code];
    const counts = severity === 'rejected' ? quality.reasons : quality.warnings;
    counts[code] = (counts[code] ?? 0) + 1;
    // The first of each code is kept past the cap: the summary locates every kind of issue by
    // its first row and column, and a whole-column check (statuses, durations) runs after the
    // rows, once a file's 1,000 row warnings (a priority on every row) have filled the list.
    if (quality.issues.length < maxIssues || counts[code] === 1) {
      const message = flat(located({ file: quality.file, row, column }, typeof text === 'string' ? text : text()));
      quality.issues.push({ code, severity, row, column, message });
    }
  };
}

function addCounts(into: Partial<Record<IssueCode, number>>, from: Partial<Record<IssueCode, number>>): void {
  for (const [code, count] of Object.entries(from) as [IssueCode, number][]) into[code] = (into[code] ?? 0) + count;
}

/** The columns of the parts laid end to end (the first part's array when there is one part). */
function concatColumns(columns: (Float64Array | StringColumn)[]): Float64Array | StringColumn {
  if (columns.length === 1) return columns[0]!;
  const length = columns.reduce((sum, column) => sum + column.length, 0);
  if (columns[0] instanceof Float64Array) {
    const out = new Float64Array(length);
    let at = 0;
    for (const column of columns as Float64Array[]) {
      out.set(column, at);
      at += column.length;
    }
    return out;
  }
  // Native concatenation: half the time of a copy loop, and no holes.
  const [first, ...rest] = columns as StringColumn[];
  return first!.concat(...rest);
}

/**
 * The parts of one file, in file order, merged as if the file had been read in one pass: rows
 * laid end to end, counts summed, the first `maxIssues` issues kept in file order; then the
 * whole-file steps (date order settled over every part, derived fields, event-log merging,
 * duplicate ids and the other cross-row checks).
 */
export function finishRows(parts: readonly RowsPart[], options: ReadOptions, kind: Kind): { columns: Record<string, unknown>; length: number; quality: QualityReport } {
  const first = parts[0]!;
  const maxIssues = options.maxIssues ?? 1000;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const now = options.now ?? Date.now();
  const timeZone = options.timezone ?? 'UTC';
  const fields: Record<string, FieldKind> = kind === 'tickets' ? TICKET_FIELDS : ASSET_FIELDS;
  const quality: QualityReport = parts.length === 1 ? first.quality : { ...first.quality, reasons: {}, warnings: {}, issues: [] };
  if (parts.length > 1) {
    for (const key of ['rowsRead', 'accepted', 'rejected', 'blank', 'merged', 'skippedBeforeHeader'] as const) {
      quality[key] = parts.reduce((sum, p) => sum + p.quality[key], 0);
    }
    // In one pass, the byte-order marks of the whole text are flagged before any row; the first
    // issue of each code is kept past the cap (issueAdder), and each part kept its own first.
    const kept = new Set<string>();
    const keep = (issue: QualityReport['issues'][number]) => {
      if (quality.issues.length < maxIssues || !kept.has(issue.code)) quality.issues.push(issue);
      kept.add(issue.code);
    };
    for (const p of parts) for (const issue of p.quality.issues.slice(0, p.bomIssues)) keep(issue);
    for (const p of parts) {
      addCounts(quality.reasons, p.quality.reasons);
      addCounts(quality.warnings, p.quality.warnings);
      for (const issue of p.quality.issues.slice(p.bomIssues)) keep(issue);
    }
    if (quality.rowsRead > maxRows) throw new RevueError('too-many-rows', ERROR_TEXT.tooManyRows(quality.file, maxRows), { file: quality.file });
  }
  const addIssue = issueAdder(quality, maxIssues);
  const headers = first.headers;

  // Columns as parsed, then every numeric field of the model present for the derive hooks.
  const length = quality.accepted;
  const numbers: Record<string, Float64Array> = {};
  const strings: Record<string, StringColumn> = {};
  const extras: Record<string, Float64Array | StringColumn> = {};
  const headerOf: Record<string, string> = {};
  const lates: { header: string; extra: boolean; column: Float64Array; late: LateEvidence }[] = [];
  first.fields.forEach((entry, index) => {
    const column = concatColumns(parts.map((p) => p.fields[index]!.column));
    if (entry.extra) {
      extras[entry.field] = column;
      headerOf[entry.field] = entry.header;
    } else {
      headerOf[entry.field] = entry.header;
      if (column instanceof Float64Array) numbers[entry.field] = column;
      else strings[entry.field] = column;
    }
    if (entry.late !== null) lates.push({ header: entry.header, extra: entry.extra, column: column as Float64Array, late: mergeLate(parts, index) });
  });
  for (const [field, kindOfField] of Object.entries(fields)) {
    if (kindOfField !== 'string' && numbers[field] === undefined) numbers[field] = new Float64Array(length).fill(NaN);
  }
  settleLateOrders(lates, addIssue);
  let rowLines = concatColumns(parts.map((p) => p.lines)) as Float64Array;
  const mapping = checkedMapping(options, kind);
  // The mapping's first-response duration first: the user's word comes before the preset's own derivations.
  applyMappingDurations({ extras, numbers, headerOf, lines: rowLines }, addIssue);
  const active: Preset | null = presetsOf(kind)[first.presetName] ?? null;
  active?.derive?.({
    length,
    timeZone,
    numbers,
    strings,
    extras,
    responseFromDuration: (extra, row, minutes) =>
      addIssue('response-from-duration', rowLines[row]!, headerOf[extra] ?? null, () => ISSUE_TEXT.resolutionFromDuration('firstResponseAt', Math.round(minutes))),
  });

  // Event-log exports: keep each id's latest row (ties: the higher update counter when the log
  // has one, else the later row in the file).
  let keep: Int32Array | null = null;
  let pausedOfKept: Float64Array | null = null;
  let pausesOfKept: (string | null)[] | null = null;
  const order = active?.eventLog === undefined ? undefined : extras[active.eventLog.orderBy];
  const sequenceColumn = active?.eventLog?.sequence === undefined ? undefined : extras[active.eventLog.sequence];
  const sequence = sequenceColumn instanceof Float64Array ? sequenceColumn : undefined;
  if (order instanceof Float64Array && strings['id'] !== undefined) {
    const ids = strings['id'];
    const latest = new Map<string, number>();
    for (let i = 0; i < length; i++) {
      const id = ids[i]!;
      const previous = latest.get(id);
      if (previous === undefined || eventOrder(order, sequence, i, previous) >= 0) latest.set(id, i);
    }
    keep = Int32Array.from(latest.values()).sort();
    quality.merged = length - keep.length;
    // The status history is in the file: the paused time can be measured (unless the file has its own).
    const clientLists = options.clientPauseStatuses ?? {};
    const listed = (options.pauseStatuses?.length ?? 0) > 0 || Object.values(clientLists).some((list) => list.length > 0);
    if (listed && headerOf['pausedMinutes'] === undefined && strings['status'] !== undefined) {
      const history = pausedFromHistory(
        { ids, statuses: strings['status'], clients: strings['client'], order, sequence, opened: numbers['openedAt'], resolved: numbers['resolvedAt'], latest, keep },
        options.pauseStatuses ?? [],
        clientLists,
      );
      pausedOfKept = history.minutes;
      pausesOfKept = history.pauses;
      if (history.unseen.length > 0) quality.pauseStatusesUnseen = history.unseen;
    }
  }
  let finalLength = length;
  if (keep !== null) {
    const k = keep;
    finalLength = k.length;
    for (const field of Object.keys(numbers)) {
      const source = numbers[field]!;
      numbers[field] = Float64Array.from(k, (i) => source[i]!);
    }
    for (const field of Object.keys(strings)) {
      const source = strings[field]!;
      strings[field] = Array.from(k, (i) => source[i]!);
    }
    for (const field of Object.keys(extras)) {
      const source = extras[field]!;
      extras[field] = source instanceof Float64Array ? Float64Array.from(k, (i) => source[i]!) : Array.from(k, (i) => source[i]!);
    }
    const sourceLines = rowLines;
    rowLines = Float64Array.from(k, (i) => sourceLines[i]!);
  }

  if (kind === 'tickets') {
    const status = { ...(active?.maps?.status ?? {}), ...(mapping?.values.status ?? {}) };
    const rules = { status, durations: durationSources(active, mapping, headerOf), statusCategory: active?.statusCategory };
    applyStatusRules({ length: finalLength, numbers, strings, extras, lines: rowLines, headerOf }, rules, addIssue);
    // After the status rules: a resolution derived from a duration column is the file's own.
    if (pausedOfKept !== null) numbers['pausedMinutes'] = pausedOfKept;
    if (pausesOfKept !== null) strings['pauses'] = pausesOfKept;
    else {
      const written = extras[PAUSES_EXTRA];
      if (Array.isArray(written)) strings['pauses'] = readPauses(written, rowLines, headerOf[PAUSES_EXTRA]!, addIssue);
    }
  } else {
    // The status word: a preset's lifecycle column, else a `status` column (canonical, mapping).
    const lifecycle = extras[LIFECYCLE_EXTRA];
    if (Array.isArray(lifecycle) && strings['status'] === undefined) strings['status'] = lifecycle;
    const statusHeader = Array.isArray(lifecycle) ? headerOf[LIFECYCLE_EXTRA] : headerOf['status'];
    const written = strings['status'];
    if (Array.isArray(written) && statusHeader !== undefined && normalizeHeader(statusHeader) === 'install_status') strings['status'] = installStatusWords(written);
    const status = strings['status'];
    if (Array.isArray(status) && statusHeader !== undefined) checkRetiredWithoutDate({ status, retired: numbers['retiredDate']!, length: finalLength, lines: rowLines, header: statusHeader }, addIssue);
  }
  unrecordedZeros(kind, numbers, finalLength, rowLines, headerOf, addIssue);
  if (kind === 'tickets') unusableTargets(numbers, finalLength, rowLines, headerOf, addIssue);
  postChecks(kind, { numbers, strings, length: finalLength, lines: rowLines, headerOf, now, eventLog: keep !== null, timeZone, quality }, addIssue);
  // Which instants were "in the future": a report's default asOf does not take one of them.
  if ((quality.warnings['future-date'] ?? 0) > 0) quality.futureAfter = now;
  // Issues in file order: by row, then by column position (row-level issues first).
  const position = new Map(headers.map((h, i) => [h, i] as const));
  const columnRank = (column: string | null) => (column === null ? -1 : (position.get(column) ?? headers.length));
  quality.issues.sort((a, b) => a.row - b.row || columnRank(a.column) - columnRank(b.column));
  return { columns: { ...numbers, ...strings }, length: finalLength, quality };
}

/**
 * The `pauses` a canonical file writes (see `canonicalTickets`), as the column a status history
 * gives: each cell's intervals in the one form (`start/end` ISO 8601 UTC at the minute, `start/..`
 * for a pause still on, space-separated), so that a table written and read again measures the
 * same SLA. A cell that is not such intervals is left empty and flagged (`unparseable-value`):
 * the ticket then keeps its `pausedMinutes`, as a file without the column would.
 */
/** Flat `[start, end, …]` intervals as a ticket's `pauses` text; an open end (Infinity) is `..`. */
function pausesText(intervals: ArrayLike<number>): string {
  const parts: string[] = [];
  for (let j = 0; j < intervals.length; j += 2) parts.push(`${isoOrNull(intervals[j]!)}/${isoOrNull(intervals[j + 1]!) ?? '..'}`);
  return parts.join(' ');
}

function readPauses(cells: StringColumn, lines: ArrayLike<number>, header: string, addIssue: AddIssue): (string | null)[] {
  return Array.from(cells, (cell, row) => {
    if (cell === null || cell === undefined || cell.trim() === '') return null;
    try {
      return pausesText(pauseIntervals(cell)!);
    } catch (error) {
      if (!(error instanceof RevueError)) throw error;
      addIssue('unparseable-value', lines[row]!, header, () => ISSUE_TEXT.notPauses(cell));
      return null;
    }
  });
}

/**
 * The read options that measure an event log's paused time under a policy: its `pauseStatuses`,
 * and the client overrides whose list differs from them (`clientPauseStatuses`); `{}` when there
 * is none. What the CLI and the dashboard pass to `readTickets`.
 *
 * @example
 * pauseReadOptions(parsePolicy({ pauseStatuses: ['On hold'], clients: { Acme: { pauseStatuses: [] } } }));
 * // → { pauseStatuses: ['On hold'], clientPauseStatuses: { Acme: [] } }
 */
export function pauseReadOptions(policy: {
  pauseStatuses: readonly string[];
  clients: Readonly<Record<string, { pauseStatuses: readonly string[] }>>;
}): Pick<ReadOptions, 'pauseStatuses' | 'clientPauseStatuses'> {
  const base = policy.pauseStatuses;
  const clients: Record<string, readonly string[]> = {};
  for (const [name, client] of Object.entries(policy.clients)) {
    const list = client.pauseStatuses;
    const same = list.length === base.length && list.every((status, i) => status === base[i]);
    if (!same) Object.defineProperty(clients, name, { value: list, enumerable: true, writable: true, configurable: true });
  }
  return { ...(base.length > 0 ? { pauseStatuses: base } : {}), ...(Object.keys(clients).length > 0 ? { clientPauseStatuses: clients } : {}) };
}

/** A status compared ignoring case, accents and spacing (`foldText`, inner runs of spaces as one). */
function foldStatus(status: string): string {
  return foldText(status).replace(/\s+/gu, ' ');
}

/**
 * How two events of one log compare in time: by their instant (a missing one first), then by
 * their update counter when the log has one (`sequence`; missing or equal: no answer), then by
 * their row in the file. Negative when `a` comes first.
 */
function eventOrder(order: Float64Array, sequence: Float64Array | undefined, a: number, b: number): number {
  const ta = order[a]! === order[a]! ? order[a]! : -Infinity;
  const tb = order[b]! === order[b]! ? order[b]! : -Infinity;
  if (ta !== tb) return ta < tb ? -1 : 1;
  if (sequence !== undefined) {
    const sa = sequence[a]!;
    const sb = sequence[b]!;
    if (sa === sa && sb === sb && sa !== sb) return sa < sb ? -1 : 1;
  }
  return a - b;
}

/**
 * The paused time of each kept ticket of an event log, from its status history: every event
 * whose status folds (case, accents, spacing: {@link foldStatus}) to a pause status pauses the ticket
 * until the ticket's next event. Events are in `order`; events of the same instant by their
 * update counter (`sequence`, e.g. ServiceNow's `sys_mod_count`) when the log has one, else in
 * file order. Events without an order instant, or whose id has no kept row, are left out.
 *
 * - `pauses` (aligned with `keep`): the ticket's pause intervals, as the events give them,
 *   `start/end` in ISO 8601 UTC, separated by a space, touching ones joined (null: none). A pause
 *   that is the ticket's last event has no end in the file: `start/..` (the ticket is still
 *   paused; the SLA counts it up to the resolution or to `asOf`). The SLA measures these intervals
 *   on the ticket's own clock (business hours or 24x7), which ingestion does not know.
 * - `minutes` (aligned with `keep`): their wall minutes, each clipped to the ticket's opening and
 *   resolution instants (its kept row's `openedAt`, `resolvedAt`) when it has them, the open-ended
 *   one left out: the `pausedMinutes` column, "time spent in pause statuses" (DESIGN §2).
 *
 * A ticket whose kept row's client has a list of its own in `clientPauseStatuses` (matched by
 * `policyWithClientSpellings`, as the report matches overrides) is measured with that list.
 * `unseen` lists the pause statuses (of every list) that no row's status spells (they paused
 * nothing). Exported for its tests.
 *
 * @example
 * // INC1: Awaiting User Info at 10:00, In Progress at 12:00, Resolved at 13:00 → 120 minutes,
 * // pauses '2026-03-15T10:00:00.000Z/2026-03-15T12:00:00.000Z'.
 */
export function pausedFromHistory(
  log: {
    ids: readonly (string | null)[];
    statuses: readonly (string | null)[];
    clients?: readonly (string | null)[] | undefined;
    order: Float64Array;
    sequence?: Float64Array | undefined;
    opened?: Float64Array | undefined;
    resolved: Float64Array | undefined;
    latest: Map<string, number>;
    keep: Int32Array;
  },
  pauseStatuses: readonly string[],
  clientPauseStatuses: Readonly<Record<string, readonly string[]>> = {},
): { minutes: Float64Array; pauses: (string | null)[]; unseen: string[] } {
  const { ids, statuses, clients, order, sequence, opened, resolved, latest, keep } = log;
  // The lists: 0 the base, then each client override's, keyed as the data spells the client.
  const lists: (readonly string[])[] = [pauseStatuses];
  const listOfClient = new Map<string, number>();
  if (clients !== undefined && Object.keys(clientPauseStatuses).length > 0) {
    const named = new Set<string>();
    for (const row of keep) if (clients[row]) named.add(clients[row]!);
    const spelled = policyWithClientSpellings({ clients: clientPauseStatuses }, [...named]).policy.clients;
    for (const name of Object.keys(spelled)) {
      if (!named.has(name)) continue;
      listOfClient.set(name, lists.length);
      lists.push(spelled[name]!);
    }
  }
  const pauses = lists.map((list) => new Set(list.map(foldStatus)));
  const folded = lists.map(() => new Map<string, boolean>());
  const isPause = (status: string | null, list: number): boolean => {
    if (!status) return false;
    let answer = folded[list]!.get(status);
    if (answer === undefined) {
      answer = pauses[list]!.has(foldStatus(status));
      folded[list]!.set(status, answer);
    }
    return answer;
  };
  const listOf = (row: number): number => {
    const client = clients?.[row];
    return client ? (listOfClient.get(client) ?? 0) : 0;
  };
  // Each ticket's events in order: rows sorted by (ticket: its kept row, instant, counter, row).
  // A row whose id has no kept row is left out (-1), never sorted in with the ticket of row 0.
  const key = new Int32Array(ids.length).fill(-1);
  const rows: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    const ticket = id === null || id === undefined ? undefined : latest.get(id);
    if (ticket === undefined || order[i] !== order[i]) continue;
    key[i] = ticket;
    rows.push(i);
  }
  rows.sort((a, b) => key[a]! - key[b]! || eventOrder(order, sequence, a, b));
  const minutesOf = new Map<number, number>();
  // Each ticket's intervals as flat [start, end, …] pairs (end Infinity: no end in the file).
  const intervalsOf = new Map<number, number[]>();
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const last = key[row]!;
    if (!isPause(statuses[row]!, listOf(last))) continue;
    const next = k + 1 < rows.length && key[rows[k + 1]!] === last ? rows[k + 1]! : -1;
    const from = order[row]!;
    const to = next === -1 ? Infinity : order[next]!;
    if (!(to > from)) continue; // two events of one instant: no time between them
    const intervals = intervalsOf.get(last) ?? (intervalsOf.set(last, []).get(last)!);
    // A pause that follows a pause without a gap extends it.
    if (intervals.length > 0 && intervals[intervals.length - 1] === from) intervals[intervals.length - 1] = to;
    else intervals.push(from, to);
    if (next === -1) continue;
    const end = resolved !== undefined && resolved[last] === resolved[last] ? Math.min(to, resolved[last]!) : to;
    const start = opened !== undefined && opened[last]! > from ? opened[last]! : from;
    if (end > start) minutesOf.set(last, (minutesOf.get(last) ?? 0) + (end - start) / 60_000);
  }
  const text = (intervals: number[] | undefined): string | null => {
    if (intervals === undefined) return null;
    const parts: string[] = [];
    return pausesText(intervals);
  };
  // Every status of the file, folded: which pause statuses none spells.
  const seen = new Set<string>();
  for (const status of new Set(statuses)) if (status) seen.add(foldStatus(status));
  const unseen = [...new Set(lists.flat())].filter((status) => !seen.has(foldStatus(status)));
  return {
    minutes: Float64Array.from(keep, (row) => minutesOf.get(row) ?? 0),
    pauses: Array.from(keep, (row) => text(intervalsOf.get(row))),
    unseen,
  };
}

/**
 * Settles the day/month order of numeric dates left undecided by the first rows, from the
 * evidence of every date column of the whole file: month-first when some value proves it and
 * none proves day-first (the ambiguous values then take their month-first reading). When no
 * value proves either order, a file whose dates carry AM/PM is read month-first (a 12-hour
 * clock is the US convention, `3/2/2026 9:15 AM` is 2 March), and each value so read is flagged
 * `ambiguous-date-am-pm` in its column, so the guess stays visible. Otherwise day-first, and
 * each value that stays ambiguous, or that only month-first could read in a file that is
 * otherwise day-first, is flagged `ambiguous-date`.
 */
function settleLateOrders(
  lates: readonly { header: string; column: Float64Array; late: LateEvidence }[],
  addIssue: AddIssue,
): void {
  if (lates.length === 0) return;
  const dayFirst = lates.some((entry) => entry.late.dayFirstSeen);
  const monthFirst = lates.some((entry) => entry.late.monthFirstSeen);
  const byClock = !dayFirst && !monthFirst && lates.some((entry) => entry.late.meridiemSeen);
  for (const { header, column, late: order } of lates) {
    if ((monthFirst && !dayFirst) || byClock) {
      for (let k = 0; k < order.rows.length; k++) {
        const alternative = order.alternatives[k]!;
        column[order.rows[k]!] = alternative >= FIRST_ACCEPTED_INSTANT && alternative < END_ACCEPTED_INSTANT ? alternative : NaN;
        if (byClock) {
          const text = order.texts[k];
          addIssue('ambiguous-date-am-pm', order.lines[k]!, header, () => ISSUE_TEXT.ambiguousDateAmPm(text ?? ''));
        }
      }
      continue;
    }
    const reading = 'day-first';
    for (let k = 0; k < order.rows.length; k++) {
      const text = order.texts[k];
      addIssue('ambiguous-date', order.lines[k]!, header, () => ISSUE_TEXT.ambiguousDate(text ?? '', reading));
    }
    for (const only of order.onlyMonthFirst) {
      addIssue('ambiguous-date', only.line, header, () => ISSUE_TEXT.mixedDateOrder(only.text ?? ''));
    }
  }
}

/** The day/month evidence of field `index` over every part, rows renumbered into the merged table. */
function mergeLate(parts: readonly RowsPart[], index: number): LateEvidence {
  if (parts.length === 1) return parts[0]!.fields[index]!.late!;
  const merged: LateEvidence = { dayFirstSeen: false, monthFirstSeen: false, meridiemSeen: false, rows: [], lines: [], alternatives: [], texts: [], onlyMonthFirst: [] };
  let offset = 0;
  for (const part of parts) {
    const late = part.fields[index]!.late!;
    merged.dayFirstSeen ||= late.dayFirstSeen;
    merged.monthFirstSeen ||= late.monthFirstSeen;
    merged.meridiemSeen ||= late.meridiemSeen;
    for (let k = 0; k < late.rows.length; k++) {
      merged.rows.push(late.rows[k]! + offset);
      merged.lines.push(late.lines[k]!);
      merged.alternatives.push(late.alternatives[k]!);
      merged.texts.push(late.texts[k]!);
    }
    for (const only of late.onlyMonthFirst) merged.onlyMonthFirst.push({ ...only, row: only.row + offset });
    offset += part.lines.length;
  }
  return merged;
}

/**
 * The ticket columns that say how a ticket ended, or that it has not: its status (a word or a
 * class), its resolution or closing instant, or a duration to them (which fills the instant,
 * `resolution-from-duration`). A read that maps none of them cannot tell an open ticket from a
 * closed one (`no-end-state`); with any one, an empty resolution is evidence the ticket is open.
 */
const END_STATE_FIELDS: readonly string[] = ['status', 'statusClass', 'resolvedAt', 'closedAt', durationExtra('resolvedAt'), durationExtra('closedAt')];

interface CheckInput {
  numbers: Record<string, Float64Array>;
  strings: Record<string, StringColumn>;
  length: number;
  lines: Float64Array;
  headerOf: Record<string, string>;
  now: number;
  eventLog: boolean;
  timeZone: string;
  quality: QualityReport;
}

/** Questionable but kept values: duplicate id, resolved before opened, future dates, closed unresolved. */
/** Money and effort columns whose 0 on every row means "not recorded" (see {@link unrecordedZeros}). */
const ZERO_MEANS_UNRECORDED: Record<Kind, readonly string[]> = {
  tickets: ['cost', 'effortMinutes'],
  assets: ['purchaseCost'],
};

/**
 * A cost, effort or purchase price column that holds 0 on every row that has a value is read as
 * empty, flagged once (`all-zero`): a tool exports 0 for a field nobody fills (a TOPdesk API dump
 * had costs and times of 0 on all 446 incidents), and read as money it made a total cost of €0,
 * a figure with no evidence behind it. A single ticket with a cost keeps the column as it is.
 */
function unrecordedZeros(kind: Kind, numbers: Record<string, Float64Array>, length: number, lines: ArrayLike<number>, headerOf: Record<string, string>, addIssue: (code: IssueCode, row: number, column: string | null, text: string | (() => string)) => void): void {
  for (const field of ZERO_MEANS_UNRECORDED[kind]) {
    const column = numbers[field];
    if (column === undefined) continue;
    let first = -1;
    let i = 0;
    for (; i < length; i++) {
      const value = column[i]!;
      if (value !== value) continue;
      if (value !== 0) break;
      if (first < 0) first = i;
    }
    if (i < length || first < 0) continue;
    column.fill(NaN);
    addIssue('all-zero', lines[first]!, headerOf[field] ?? field, () => ISSUE_TEXT.allZero());
  }
}

/** The per-ticket SLA target columns, in minutes once read (`TICKET_FIELDS`). */
const TARGET_FIELDS = ['slaResponseTargetMinutes', 'slaResolutionTargetMinutes'] as const;

/**
 * A per-ticket SLA target of zero or less is no target (nothing can be resolved in no time, and a
 * negative one is a typing or export slip): read as empty, flagged `unparseable-value` on its row
 * and column, so that the ticket falls back on its policy's target instead of counting as
 * breached. A cell that is no number at all was flagged as such while reading.
 */
function unusableTargets(numbers: Record<string, Float64Array>, length: number, lines: ArrayLike<number>, headerOf: Record<string, string>, addIssue: (code: IssueCode, row: number, column: string | null, text: string | (() => string)) => void): void {
  for (const field of TARGET_FIELDS) {
    const column = numbers[field];
    if (column === undefined) continue;
    for (let i = 0; i < length; i++) {
      const minutes = column[i]!;
      if (!(minutes <= 0)) continue;
      column[i] = NaN;
      addIssue('unparseable-value', lines[i]!, headerOf[field] ?? field, () => ISSUE_TEXT.notATarget(minutes));
    }
  }
}

function postChecks(kind: Kind, input: CheckInput, addIssue: (code: IssueCode, row: number, column: string | null, text: string | (() => string)) => void): void {
  const { numbers, strings, length, lines, headerOf, now } = input;
  const ids = strings['id'];
  if (ids !== undefined && !input.eventLog && !strictlyIncreasing(ids, length)) {
    // The first row of each id, in an open-addressing table on a 32-bit hash of the id (equal
    // hashes are told apart by comparing the ids): no Map of a million strings.
    let capacity = 16;
    while (capacity < 2 * length) capacity *= 2;
    const mask = capacity - 1;
    const firstRow = new Int32Array(capacity).fill(-1);
    const hashes = new Int32Array(capacity);
    for (let i = 0; i < length; i++) {
      const id = ids[i]!;
      let hash = 0x811c9dc5;
      if (id === null) hash = 0x5bd1e995;
      else for (let k = 0; k < id.length; k++) hash = Math.imul(hash ^ id.charCodeAt(k), 0x01000193);
      let slot = (hash ^ (hash >>> 15)) & mask;
      let seen = -1;
      for (;;) {
        const row = firstRow[slot]!;
        if (row === -1) break;
        if (hashes[slot] === hash && ids[row] === id) {
          seen = row;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (seen === -1) {
        firstRow[slot] = i;
        hashes[slot] = hash;
      } else {
        const seenLine = lines[seen]!;
        addIssue('duplicate-id', lines[i]!, headerOf['id'] ?? 'id', () => ISSUE_TEXT.duplicateId(id, seenLine));
      }
    }
  }
  const futureFields = kind === 'tickets' ? ['openedAt', 'firstResponseAt', 'resolvedAt', 'closedAt'] : ['purchaseDate', 'inServiceDate'];
  for (const field of futureFields) {
    const column = numbers[field]!;
    const header = headerOf[field];
    if (header === undefined) continue;
    for (let i = 0; i < length; i++) {
      const value = column[i]!;
      if (value > now) addIssue('future-date', lines[i]!, header, () => ISSUE_TEXT.futureDate(new Date(value).toISOString()));
    }
  }
  if (kind !== 'tickets') return;
  // A column of days without a time of day: the hours measured from it (SLA, repair, downtime)
  // would be differences of midnights, so the report leaves them null (`no-time-of-day`). Said
  // once per column, at its first value.
  const isMidnight = localMidnightTest(input.timeZone);
  const dateOnly = dateOnlyFields((field) => (headerOf[field] === undefined ? undefined : numbers[field]!), isMidnight);
  for (const field of dateOnly) {
    const column = numbers[field]!;
    const header = headerOf[field]!;
    let first = 0;
    while (column[first] !== column[first]) first++;
    addIssue('no-time-of-day', lines[first]!, header, ISSUE_TEXT.noTimeOfDay(field));
  }
  if (dateOnly.length > 0) input.quality.dateOnlyColumns = dateOnly;
  // No row is concerned more than another: said once by the report (`QualityReport.noEndState`), not per row.
  if (!END_STATE_FIELDS.some((field) => headerOf[field] !== undefined)) input.quality.noEndState = true;
  const opened = numbers['openedAt']!;
  const resolved = numbers['resolvedAt']!;
  const closed = numbers['closedAt']!;
  // The clock hour of each closing that stands for a resolution, to tell a scheduled closing job.
  const closingHours = new Float64Array(24);
  const zone = zoneOf(input.timeZone);
  let ended = 0;
  let closingEnds = 0;
  for (let i = 0; i < length; i++) {
    const resolvedAt = resolved[i]!;
    if (resolvedAt === resolvedAt || closed[i] === closed[i]) ended++;
    if (resolvedAt < opened[i]!) addIssue('resolved-before-opened', lines[i]!, headerOf['resolvedAt'] ?? null, ISSUE_TEXT.resolvedBeforeOpened());
    else if (resolvedAt !== resolvedAt && closed[i] === closed[i]) {
      addIssue('closed-without-resolution', lines[i]!, headerOf['closedAt'] ?? null, ISSUE_TEXT.closedWithoutResolution());
      closingEnds++;
      closingHours[(((Math.floor(zone.local(closed[i]!) / HOUR_MS)) % 24) + 24) % 24]!++;
    }
  }
  if (closingEnds > 0) input.quality.closingEnds = closingEndsOf(closingEnds, ended, closingHours);
}

const HOUR_MS = 3_600_000;

/**
 * The closings that stand for resolutions ({@link QualityReport.closingEnds}): how many, of how
 * many tickets with an end, and the clock hour that holds at least half of them when there are
 * {@link BATCH_MIN_CLOSINGS} or more. People close tickets through the working day; a job closes
 * them at its hour: ServiceNow closes a resolved incident by itself once a delay set by its
 * administrators (days) has passed, and a published export of 10,000 incidents
 * (shamikh-mill/helpdesk_analysis, incident.csv) has 92% of its closings between 00:00 and 01:00
 * (9,184 of 9,998 as Revue reads them), their durations running 10.6 days at the median.
 */
function closingEndsOf(tickets: number, ended: number, hours: Float64Array): NonNullable<QualityReport['closingEnds']> {
  let hour = 0;
  for (let h = 1; h < 24; h++) if (hours[h]! > hours[hour]!) hour = h;
  const batch = tickets >= BATCH_MIN_CLOSINGS && 2 * hours[hour]! >= tickets ? { hour, closings: hours[hour]! } : null;
  return { tickets, ended, batch };
}

/** Closings needed before one clock hour holding half of them is read as a job, not chance. */
const BATCH_MIN_CLOSINGS = 20;

/** The money fields of an asset file, checked against `ReadOptions.currency`. */
const ASSET_MONEY_FIELDS: ReadonlySet<string> = new Set(['purchaseCost', 'residualValue', 'contractCostPerYear', 'licenceCostPerYear']);

/** Currency signs as exports write them before or after a price. */
const CURRENCY_SIGNS: Record<string, string> = { '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₣': 'CHF', '$': '$' };

/**
 * The currency a money cell names: `EUR`, `USD`… (a code before or after the figure, as
 * `parseNumber` accepts them), `$` for a dollar sign (dollars of several countries), else null.
 *
 * @example currencyMark('$1,249.00', 0, 9) // '$'
 * @example currencyMark('1 249,00 €', 0, 10) // 'EUR'
 */
function currencyMark(text: string, from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x24 || (c >= 0x2c && c <= 0x39)) continue; // blank, sign, separators, digits
    const cell = text.slice(from, to).trim();
    for (const [sign, code] of Object.entries(CURRENCY_SIGNS)) if (cell.startsWith(sign) || cell.endsWith(sign)) return code;
    const code = /^[A-Z]{3}(?=[\d\s+-])|(?<=[\d\s])[A-Z]{3}$/.exec(cell);
    return code === null ? null : code[0];
  }
  return null;
}

/** Whether a cell's currency mark is the review's currency (a `$` is any dollar: USD, CAD, AUD…). */
function isCurrency(mark: string, currency: string): boolean {
  return mark === '$' ? currency.endsWith('D') : mark === currency;
}

/**
 * ServiceNow's hardware asset states (`alm_hardware.install_status`) by their stored value, for a
 * list exported with values rather than display values (`install_status` `6`): In use 1, On
 * order 2, In maintenance 3, In stock 6, Retired 7, Missing 8, In transit 9, Consumed 10, Build
 * 11 (ServiceNow/ServiceNowDocs `t_SettingAssetStatesAndSubstates.md`; the CMDB's own
 * `cmdb_ci.install_status` shares 1, 2, 3, 6 and 7). The word replaces the code, so that the
 * status reads as the display export writes it.
 */
const INSTALL_STATUS: Record<string, string> = {
  '1': 'In use', '2': 'On order', '3': 'In maintenance', '6': 'In stock', '7': 'Retired', '8': 'Missing', '9': 'In transit', '10': 'Consumed', '11': 'Build',
};

function installStatusWords(status: StringColumn): StringColumn {
  return status.map((value) => (value !== null && value !== undefined && INSTALL_STATUS[value.trim()] !== undefined ? INSTALL_STATUS[value.trim()]! : value));
}

/**
 * An asset whose status says it left the fleet (sold, scrapped, `Retired`…) or is not in service
 * (in stock, spare, `Inactif`…) but whose row has no retirement date: flagged, since its status
 * tells that its service ended, not when, and Revue does not guess a date (the report counts it
 * in service up to the last ticket that names it, report/retired-undated.ts).
 */
function checkRetiredWithoutDate(
  rows: { status: StringColumn; retired: Float64Array; length: number; lines: Float64Array; header: string },
  addIssue: AddIssue,
): void {
  const verdicts = new Map<string, AssetLifecycle | null>();
  for (let i = 0; i < rows.length; i++) {
    const word = rows.status[i];
    if (word === null || word === undefined || !Number.isNaN(rows.retired[i]!)) continue;
    let lifecycle = verdicts.get(word);
    if (lifecycle === undefined) verdicts.set(word, (lifecycle = assetLifecycle(word)));
    if (lifecycle === 'retired') addIssue('retired-without-date', rows.lines[i]!, rows.header, () => ISSUE_TEXT.retiredWithoutDate(word));
    else if (lifecycle === 'not-in-service') addIssue('not-in-service-without-date', rows.lines[i]!, rows.header, () => ISSUE_TEXT.notInServiceWithoutDate(word));
  }
}

/**
 * Whether `values[0, length)` are ids each greater than the one before: then none repeats, and
 * the duplicate-id check has nothing to find. Exports sorted by ticket number are common (the
 * benchmark's are): one comparison of neighbours per row, 10–67 ms at a million ids (both shapes), instead of
 * hashing every id into a table of 2M slots that misses the cache at each row: 177–652 ms (the
 * same ids, three runs per shape, load ~8).
 */
function strictlyIncreasing(values: readonly (string | null)[], length: number): boolean {
  for (let i = 1; i < length; i++) {
    const before = values[i - 1];
    const value = values[i];
    if (before === null || before === undefined || value === null || value === undefined || !(before < value)) return false;
  }
  return true;
}

/**
 * Reads a ticket export (CSV text or bytes) into the canonical ticket table. Detects encoding,
 * delimiter, preset (by headers) and date formats; local date-times are read in `timezone`;
 * instants are floored to the minute. Every data row is accepted or rejected with a located
 * reason: `quality.rowsRead = accepted + rejected`, blank rows counted apart, and for event
 * logs the table has `accepted − merged` rows. Throws a RevueError only for a refusal of the
 * whole input (not CSV, no header, a required column missing, a bad option).
 *
 * @example
 * const { table, quality } = readTickets('id,openedAt,priority\nT1,2026-03-02 08:15,P2\n', { timezone: 'Europe/Paris' });
 * // table.get('openedAt', 0) === Date.UTC(2026, 2, 2, 7, 15); quality.accepted === 1; quality.preset.name === 'canonical'
 */
export function readTickets(input: string | Uint8Array, options: ReadOptions = {}): ReadResult<TicketTable> {
  const { columns, length, quality } = readTable(input, options, 'tickets');
  return { table: ticketTable(columns as Partial<TicketColumns>, length), quality };
}

/**
 * Reads an asset export into the canonical asset table; dates (purchase, warranty end…) are
 * the local midnight of the day in `timezone`. Same accounting and refusals as
 * {@link readTickets}.
 *
 * @example
 * const { table } = readAssets('id,purchaseDate,purchaseCost\nPC-1,2024-01-15,"1 234,56"\n');
 * // table.get('purchaseCost', 0) === 1234.56; table.get('purchaseDate', 0) === Date.UTC(2024, 0, 15)
 */
export function readAssets(input: string | Uint8Array, options: ReadOptions = {}): ReadResult<AssetTable> {
  const { columns, length, quality } = readTable(input, options, 'assets');
  return { table: assetTable(columns as Partial<AssetColumns>, length), quality };
}

/** Re-exported for messages and tests. */
export type { QualityIssue };
