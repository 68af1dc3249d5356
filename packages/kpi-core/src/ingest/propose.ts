/**
 * A mapping proposed by meaning (DESIGN §3, "Real exports, as they come"): when no preset is
 * confident, Revue does not guess one; it reads the first records of the file, finds the header
 * row, and proposes for each canonical field the column whose name means it (synonyms in
 * English, French, Portuguese, Spanish and German, `synonyms.ts`) and whose values look the part
 * (unique ids, dates and their format, durations, small sets of status or priority words,
 * numbers), with a confidence and the values that were the evidence, plus what it could not
 * find. The proposal is a `Mapping` that `readTickets` accepts as is; it is shown to a person,
 * who checks it, never applied behind their back.
 */
import { ASSET_FIELDS, REQUIRED_ASSET_FIELDS, REQUIRED_TICKET_FIELDS, TICKET_FIELDS, type AssetField, type FieldKind, type TicketField } from '../model/fields.js';
import { scanCsv } from './csv.js';
import { detectDateFormat, isCtimeDate, type DateFormatGuess } from './date-format.js';
import { createDateParser } from './dates.js';
import { decodeBytes, type Encoding } from './decode.js';
import type { DurationField, DurationUnitName } from './durations.js';
import { HEADER_SEARCH, findHeaderRow, looksLikeValue } from './header.js';
import { labelValue, type Mapping } from './mapping.js';
import { parseDuration, parseMonths, parseNumber } from './numbers.js';
import { detectPresetFromHeaders, presetsOf, type PresetDetection } from './presets/index.js';
import { normalizeHeader, type MappedField } from './presets/preset.js';
import { zammadTimeAccounting } from './presets/zammad.js';
import {
  ASSET_SYNONYMS,
  DURATION_SYNONYMS,
  IMPACT_WORDS,
  JIRA_CLASSIC_PRIORITIES,
  MAINTENANCE_WORDS,
  NO_PRIORITY_WORDS,
  PRIORITY_WORDS,
  STATUS_WORDS,
  statusOfWord,
  TICKET_SYNONYMS,
  TYPE_WORDS,
  VERDICT_WORDS,
  YES_NO_VERDICT,
  numberedPriority,
  referenceName,
  typeOfWord,
  UNIT_WORDS,
  meaningKey,
} from './synonyms.js';
import { scanXlsx, sniffWorkbook } from './xlsx.js';

/** Options of {@link proposeMapping}. */
export interface ProposeOptions {
  /** Which fields to propose: a ticket export (default) or an asset list. */
  kind?: 'tickets' | 'assets';
  /** Name used in messages; default `tickets.csv` / `assets.csv`. */
  fileName?: string;
  /** Data records read after the header, for the evidence; default 200. */
  sampleRows?: number;
  /** The file's encoding when it is known (detected otherwise). */
  encoding?: Encoding;
  /** The delimiter when it is known (detected otherwise). */
  delimiter?: string;
  /**
   * Propose by meaning even when a preset recognises the file (to compare, or to start a mapping
   * of one's own); by default a confident preset is extended instead.
   */
  byMeaning?: boolean;
}

/** What one source column holds, from the records sampled. */
export interface ColumnSample {
  /** The header as written. */
  header: string;
  /** Up to five distinct non-empty values, in file order. */
  samples: string[];
  /** Non-empty values among the records sampled. */
  filled: number;
  /** Distinct non-empty values. */
  distinct: number;
  /** What most values look like. */
  shape: 'empty' | 'date' | 'number' | 'duration' | 'code' | 'words' | 'text';
  /** Every distinct value, when there are at most 40 (for value maps). */
  values: string[] | null;
  /** The date format of a date column. */
  dateFormat: DateFormatGuess | null;
}

/** The column proposed for one field, and why. */
export interface FieldProposal {
  /** The source column, as written in the file. */
  column: string;
  /** 0…1: how sure the proposal is (1 for a preset's column). */
  confidence: number;
  /** Found by a preset, by its name, by its values, or both. */
  by: 'preset' | 'name' | 'values' | 'name+values';
  /** Values of the column: the evidence. */
  samples: string[];
  /** Date fields: the format of the values. */
  dateFormat?: string;
  /**
   * Set when no value looked at proves the order of day and month (every day is 12 or less):
   * the order of `dateFormat` is a guess, month-first because the times carry AM/PM (the US
   * convention), day-first otherwise. The reader decides again from the whole file and flags
   * the dates that stay ambiguous.
   */
  dateOrderGuessed?: 'day-first' | 'month-first';
  /** A duration column: the unit its values are read in (see the mapping's `durations`). */
  durationUnit?: DurationUnitName;
  /** A column of labels: the prefix of the label that holds the value (see the mapping's `labels`). */
  labelPrefix?: string;
  /** A useful life written as bare numbers of years (see the mapping's `units`). */
  lifeUnit?: 'years';
  /**
   * A verdict read from yes/no answers: what a yes means. `breached` for a header that asks
   * whether the target was missed, whose "no" is read as met (some tools also write it where no
   * SLA applied: GLPI, iTop), which the CLI asks the user to check.
   */
  yesMeans?: 'met' | 'breached';
}

/** A mapping proposed for a file, with its evidence (see {@link proposeMapping}). */
export interface MappingProposal {
  kind: 'tickets' | 'assets';
  file: string;
  /** File line (or Excel row) of the header row. */
  headerLine: number;
  /** Non-empty records above the header (a title line). */
  skippedBeforeHeader: number;
  /** The header reads as labels; false when no record did and the first was taken. */
  headerIsLabels: boolean;
  headers: string[];
  /** Data records the evidence comes from. */
  rowsSampled: number;
  /** The preset detection; a confident preset is extended rather than replaced. */
  preset: PresetDetection;
  /** The proposed mapping, ready for `readTickets`/`readAssets` (or `--mapping`). */
  mapping: Mapping;
  /** Field → the column proposed, with confidence and evidence. */
  fields: Partial<Record<TicketField | AssetField, FieldProposal>>;
  /** Fields without a column: required ones (the file cannot be read without them), and the useful ones the review uses. */
  missing: { required: string[]; useful: string[] };
  /** Values seen in a mapped column that no value map proposes a target for. */
  unmatchedValues: Partial<Record<MappedField, string[]>>;
  /**
   * Columns left out on purpose although their name is close to a field's: a plain due date
   * ("Due Date", "Date d'échéance") may be set by anyone, so it is not read as the SLA's
   * resolution deadline unless the user maps it (`columns.slaResolutionDueAt`).
   */
  setAside: { column: string; field: 'slaResolutionDueAt'; why: 'plain-due-date' }[];
  /**
   * Columns whose name is a deadline of resolution's ("Time to resolution") but whose rows say
   * otherwise (see `notADeadline`): not proposed as `slaResolutionDueAt`; proposed as the
   * resolution (`readAs`) when its name speaks of one and the file has no other, else left out.
   */
  notDeadlines: { column: string; field: 'slaResolutionDueAt'; why: 'before-first-response' | 'equals-resolution'; share: number; readAs: 'resolvedAt' | null }[];
  /**
   * Fields whose column was chosen with a confidence under {@link TRUSTED_CONFIDENCE}: by its
   * values alone, or by a name that only comes close. Said to the user, field by field, to check.
   */
  unsure: string[];
  /**
   * Date columns of a ticket file whose name says they are no ticket's date (a purchase, a
   * birth, a warranty: `Date_of_Purchase`), never proposed as the opening.
   */
  notTicketDates: string[];
  /**
   * Set when the file is Zammad's time accounting download (`zammadTimeAccounting`): no ticket
   * list, which the reader refuses without a mapping; the proposal says so before anything else.
   */
  timeAccounting: 'by-activity' | 'by-ticket' | null;
  /** Every source column, with its sample values. */
  columns: ColumnSample[];
  /**
   * Columns whose values are ages (`4 weeks ago`, `il y a 3 jours`), not dates: Request
   * Tracker's default search exports its `CreatedRelative`… columns so. No instant can be
   * read from them; the file must be exported again with the dates.
   */
  relativeDates: string[];
}

/** Bytes of a text file read for a proposal: its first lines are all it needs. */
const HEAD_BYTES = 4 * 1024 * 1024;
/** Distinct values kept per column for value maps. */
const MAX_VALUES = 40;
/**
 * Cells that say "nothing here" in exports: a dash, as ServiceDesk Plus writes an empty date;
 * `Not set`, as Request Tracker writes one (`RT::Date::AsString`).
 */
const PLACEHOLDERS = new Set(['-', '--', '\u2013', '\u2014', 'Not set']);
/** Lowest score of a proposed column. */
const MIN_SCORE = 0.35;
/**
 * The confidence from which a proposed column is trusted without a word. A confidence is
 * 0.6 × name + 0.4 × values: values alone never reach it (0.3–0.4: the earliest full date
 * column taken as the opening, the leftmost unique column as the id), a name of the field
 * always does (0.6 and more), and a header that only contains the field's name (0.6 × 0.6 =
 * 0.36) reaches it when its values fit at least a third. Under it, `revue mapping` and the
 * CLI's refusal say so, field by field.
 */
export const TRUSTED_CONFIDENCE = 0.5;

const USEFUL: Record<'tickets' | 'assets', readonly string[]> = {
  tickets: ['status', 'priority', 'resolvedAt', 'closedAt', 'firstResponseAt', 'type', 'category', 'assetId', 'client', 'title'],
  assets: ['name', 'type', 'client', 'purchaseDate', 'purchaseCost', 'warrantyEnd'],
};
const VALUE_WORDS: Partial<Record<MappedField, Record<string, readonly string[]>>> = {
  status: STATUS_WORDS,
  priority: PRIORITY_WORDS,
  type: TYPE_WORDS,
  impact: IMPACT_WORDS,
  maintenanceType: MAINTENANCE_WORDS,
  slaResponseVerdict: VERDICT_WORDS,
  slaResolutionVerdict: VERDICT_WORDS,
};
const CANONICAL_VALUES: Partial<Record<MappedField, readonly string[]>> = {
  priority: ['p1', 'p2', 'p3', 'p4', 'p5'],
  type: ['incident', 'request', 'problem', 'change'],
  impact: ['outage', 'degraded', 'minor'],
  maintenanceType: ['corrective', 'preventive', 'evolutive', 'proactive'],
  slaResponseVerdict: ['met', 'breached'],
  slaResolutionVerdict: ['met', 'breached'],
};

interface Sampled {
  records: { cells: string[]; line: number }[];
}

/** The first non-blank records of a file (CSV text or bytes, or a workbook's first sheet). */
function sampleRecords(input: string | Uint8Array, options: ProposeOptions, file: string, limit: number): Sampled {
  const records: { cells: string[]; line: number }[] = [];
  const keep = (cells: readonly string[], count: number, line: number): boolean => {
    // A cell holding an API reference object is read as its name, as the reader does (`referenceName`).
    const row = cells.slice(0, count).map((c) => {
      const cell = (c ?? '').trim();
      return cell.charCodeAt(0) === 123 ? (referenceName(cell) ?? cell) : cell;
    });
    while (row.length > 1 && row[row.length - 1] === '') row.pop();
    if (row.some((c) => c !== '')) records.push({ cells: row, line });
    return records.length < limit;
  };
  if (typeof input !== 'string' && sniffWorkbook(input) !== null) {
    scanXlsx(input, { fileName: file }, (r) => keep(r.values as string[], r.count, r.line));
    return { records };
  }
  let text: string;
  if (typeof input === 'string') text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input.slice(0, HEAD_BYTES);
  else {
    let head = input;
    if (input.length > HEAD_BYTES) {
      const utf16 = (input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff);
      let end = input.subarray(0, HEAD_BYTES).lastIndexOf(0x0a) + 1;
      if (end <= 0) end = HEAD_BYTES;
      if (utf16) end -= end % 2;
      head = input.subarray(0, end);
    }
    text = decodeBytes(head, { fileName: file, ...(options.encoding ? { encoding: options.encoding } : {}) }).text;
  }
  scanCsv(text, options.delimiter ? { delimiter: options.delimiter } : {}, (cells, count, line) => keep(cells, count, line));
  return { records };
}

/** Rows read for the words of the value-mapped columns when the sample was cut short. */
const VALUE_ROWS = 50_000;
const VALUE_FIELDS = ['status', 'priority', 'type', 'impact', 'maintenanceType', 'slaResponseVerdict', 'slaResolutionVerdict'] as const;

/**
 * The words of each value-mapped column over the first {@link VALUE_ROWS} rows, when the sample
 * stopped before the file's end: a list sorted by status (Serviceaide's: 200 rows `Pendente`,
 * then `Na fila` and `Ativo`) showed only the first status, and the mapping mapped it alone.
 * The sample's own words first, in order; a column whose words pass {@link MAX_VALUES} keeps
 * the sample's.
 */
function widerValues(
  input: string | Uint8Array,
  options: ProposeOptions,
  file: string,
  cut: boolean,
  headerIndex: number,
  headerKey: string,
  assigned: ReadonlyMap<string, ColumnStats>,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const wanted = VALUE_FIELDS.map((field) => [field, assigned.get(field)] as const).filter(
    (entry): entry is readonly [(typeof VALUE_FIELDS)[number], ColumnStats] => entry[1] !== undefined && entry[1].values !== null,
  );
  if (!cut || wanted.length === 0) return out;
  const { records } = sampleRecords(input, options, file, HEADER_SEARCH + VALUE_ROWS);
  const rows = records.slice(headerIndex + 1).map((r) => r.cells).filter((cells) => cells.join('\u0001') !== headerKey);
  for (const [field, column] of wanted) {
    const seen = new Set(column.values!);
    const words = [...column.values!];
    for (const row of rows) {
      const value = (row[column.index] ?? '').trim();
      if (value === '' || PLACEHOLDERS.has(value) || seen.has(value)) continue;
      seen.add(value);
      words.push(value);
      if (words.length > MAX_VALUES) break;
    }
    if (words.length <= MAX_VALUES) out.set(field, words);
  }
  return out;
}

function distinctInOrder(values: readonly string[], max: number): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) continue;
    seen.add(value);
    out.push(value);
    if (out.length >= max) break;
  }
  return out;
}

interface ColumnStats extends ColumnSample {
  index: number;
  key: string;
  /** The filled values, placeholders left out. */
  all: string[];
  /** The placeholders (`-`) seen in the column. */
  placeholders: string[];
  /**
   * Share of the values that are Excel date serials of 2000–2099 (`46083.375`): a workbook's
   * dates left in the General format, or the CSV made of it; 0 unless nearly all are numbers.
   */
  serialShare: number;
  /** Share of those serials with a time of day (a fraction): an instant rather than a day. */
  serialTimeShare: number;
  dateShare: number;
  numberShare: number;
  durationShare: number;
  codeShare: number;
  uniqueShare: number;
  averageLength: number;
  /** Median instant of a date column (for telling the opening date from later ones). */
  medianInstant: number;
  /** The values are 1, 2, 3… in row order: a row counter. */
  rowCounter: boolean;
}

const dmy = createDateParser({ order: 'dmy' });
const mdy = createDateParser({ order: 'mdy' });
const ctime = createDateParser({ format: 'EEE MMM dd HH:mm:ss yyyy' });

function columnStats(header: string, index: number, rows: readonly string[][]): ColumnStats {
  const all: string[] = [];
  const placeholders = new Set<string>();
  for (const row of rows) {
    const value = (row[index] ?? '').trim();
    // A dash written for "nothing here" is an empty cell: a date column of mostly unresolved
    // tickets is still a date column.
    if (PLACEHOLDERS.has(value)) placeholders.add(value);
    else if (value !== '') all.push(value);
  }
  const filled = all.length;
  const distinctValues = new Set(all);
  let dates = 0;
  let numbers = 0;
  let durations = 0;
  let codes = 0;
  let length = 0;
  const instants: number[] = [];
  for (const value of all) {
    length += value.length;
    let instant = dmy(value);
    if (instant !== instant) instant = mdy(value);
    if (instant !== instant && isCtimeDate(value)) instant = ctime(value);
    const number = parseNumber(value);
    if (instant === instant) {
      dates++;
      instants.push(instant);
    } else if (number === number) numbers++;
    else if (parseDuration(value) === parseDuration(value) || parseMonths(value) === parseMonths(value)) durations++;
    if (instant !== instant && (number === number || looksLikeValue(value))) codes++;
  }
  const share = (n: number) => (filled === 0 ? 0 : n / filled);
  let serials = 0;
  let timed = 0;
  if (share(numbers) >= 0.8) {
    for (const value of all) {
      const number = parseNumber(value);
      if (number >= EXCEL_2000 && number < EXCEL_2100) {
        serials++;
        if (!Number.isInteger(number)) timed++;
      }
    }
  }
  instants.sort((a, b) => a - b);
  const stats: ColumnStats = {
    header,
    index,
    key: meaningKey(header),
    all,
    placeholders: [...placeholders],
    serialShare: share(serials),
    serialTimeShare: serials === 0 ? 0 : timed / serials,
    samples: distinctInOrder(all, 5),
    filled,
    distinct: distinctValues.size,
    shape: 'text',
    values: distinctValues.size <= MAX_VALUES ? distinctInOrder(all, MAX_VALUES) : null,
    dateFormat: null,
    dateShare: share(dates),
    numberShare: share(numbers),
    durationShare: share(durations),
    codeShare: share(codes),
    uniqueShare: share(distinctValues.size),
    averageLength: filled === 0 ? 0 : length / filled,
    medianInstant: instants.length === 0 ? NaN : instants[Math.floor(instants.length / 2)]!,
    rowCounter: filled >= 2 && all.every((value, i) => value === String(i + 1)),
  };
  if (filled === 0) stats.shape = 'empty';
  else if (stats.dateShare >= 0.8) stats.shape = 'date';
  else if (stats.numberShare >= 0.8) stats.shape = 'number';
  else if (stats.durationShare + stats.numberShare >= 0.8 && stats.durationShare > 0) stats.shape = 'duration';
  else if (stats.codeShare >= 0.8) stats.shape = 'code';
  else if (stats.distinct <= 15 && (stats.distinct * 2 <= filled || filled <= 3) && stats.averageLength <= 30) stats.shape = 'words';
  if (stats.dateShare >= 0.5) stats.dateFormat = detectDateFormat(all);
  return stats;
}

/**
 * How well a header names a field: 1 for one of its names (0.9 for a weaker one, marked `~`),
 * 0.6 when it contains one (of two words or five letters at least), else 0.
 */
function nameScore(key: string, synonyms: readonly string[] | undefined): number {
  if (synonyms === undefined || key === '') return 0;
  let best = 0;
  const padded = ` ${key} `;
  const unlinked = withoutLinkWords(key);
  for (const synonym of synonyms) {
    const weak = synonym.startsWith('~');
    const s = meaningKey(weak ? synonym.slice(1) : synonym);
    // "Date résolution" is "date de résolution" written short, as spreadsheets often do.
    if (s === key || (unlinked !== '' && withoutLinkWords(s) === unlinked)) best = Math.max(best, weak ? 0.9 : 1);
    else if ((s.includes(' ') || s.length >= 5) && padded.includes(` ${s} `)) best = Math.max(best, 0.6);
  }
  return best;
}

/**
 * A header of several words without its linking words (French `de` `d'` `du` `des`, Portuguese
 * and Spanish `do` `da` `dos` `das` `del`): "date de résolution" and "date résolution" name one
 * field. Empty for a single word, which is compared as it is.
 *
 * @example withoutLinkWords('date d ouverture') // 'date ouverture'
 */
function withoutLinkWords(key: string): string {
  const words = key.split(' ');
  if (words.length < 2) return '';
  const kept = words.filter((word) => !LINK_WORDS.has(word));
  return kept.length === 0 ? '' : kept.join(' ');
}

const LINK_WORDS = new Set(['de', 'd', 'du', 'des', 'do', 'da', 'dos', 'das', 'del']);

/**
 * Headers of targets and deadlines (HaloPSA's `Target Response Date`, `Fix by`, "Date
 * d'échéance"): the instant a ticket should reach, never the one it reached. A header that only
 * contains the name of an instant (`response date` in `Target Response Date`) is not proposed
 * for that instant: a first response read from its target would be met by construction.
 */
/**
 * Names of a plain due date: the date a ticket or task is due, which anyone may set (Jira's
 * user-set Due Date, a Zendesk task's, Autotask's unless "Use SLA to automatically set date and
 * time" is on). Never proposed as the SLA's resolution deadline, whose names say so
 * (`slaResolutionDueAt` in synonyms.ts); listed in `setAside` instead.
 */
const GENERIC_DUE = [
  'due', 'due date', 'due date time', 'due on', 'deadline', 'echeance', 'date d echeance', 'date limite', 'prazo', 'data limite', 'vencimento',
  'vencimiento', 'fecha limite', 'fecha de vencimiento', 'falligkeit', 'fallig am', 'scadenza',
];

const DEADLINE = /\b(?:target|targets|due|deadline|expected|planned|goal|sla|cible|echeance|limite|prevu|prevue|objectif|prazo|vencimento|vencimiento|objetivo|frist|fallig|scadenza)\b/;
/**
 * Headers of dates that are no ticket's (`Date_of_Purchase`, « Date de naissance », `Warranty
 * expiry`, `Install date`): a customer's or a product's. Never proposed as the opening of a
 * ticket, by values or by a name that only contains an opening's (`Purchase order created on`).
 * Nor the day time was booked (a Jira Tempo work log's `Work date`, one row per entry): a work
 * log is no ticket list, and its first entry is not when the ticket was opened.
 */
const NOT_A_TICKET_DATE =
  /\b(?:work date|worklog|worklog date|date worked|timesheet|purchase|purchased|bought|birth|birthday|born|dob|hire|hired|signup|warranty|expiry|expiration|expires|renewal|install|installed|installation|delivery|delivered|shipped|shipping|invoice|payment|paid|achat|naissance|embauche|garantie|livraison|facture|paiement|renouvellement|compra|nascimento|nacimiento|garantia|entrega|fatura|factura|pagamento|pago|kauf|kaufdatum|geburt|geburtsdatum|geburtstag|garantieende|lieferung|lieferdatum|rechnung|zahlung|acquisto|nascita)\b/;

/**
 * Whether a column proposed as the deadline of resolution is one, by its rows: a deadline is set
 * when the ticket is opened, hours or days ahead, so it does not come before the first response
 * on a fifth of the tickets, and it is not the resolution itself to the minute on half of them.
 * A published support-ticket set (Kaggle's "Customer Support Ticket Dataset", as
 * RyanChungOntariotechu/SLA-Breach-Analysis uses it) names the moment of resolution "Time to
 * Resolution" and holds dates: read as a deadline, its tickets were never resolved. Null when
 * the rows do not contradict it (or fewer than two rows can be compared).
 */
function notADeadline(
  due: ColumnStats,
  response: ColumnStats | undefined,
  resolved: ColumnStats | undefined,
  rows: readonly string[][],
): { why: 'before-first-response' | 'equals-resolution'; share: number } | null {
  const compare = (other: ColumnStats | undefined, test: (due: number, other: number) => boolean): number | null => {
    if (other === undefined || other === due) return null;
    let compared = 0;
    let hits = 0;
    for (const row of rows) {
      const a = instantOf(row[due.index] ?? '', due);
      const b = instantOf(row[other.index] ?? '', other);
      if (a !== a || b !== b) continue;
      compared++;
      if (test(a, b)) hits++;
    }
    return compared < 2 ? null : hits / compared;
  };
  const early = compare(response, (d, r) => d < r);
  if (early !== null && early >= 0.2) return { why: 'before-first-response', share: Math.round(early * 100) / 100 };
  const same = compare(resolved, (d, r) => Math.floor(d / 60_000) === Math.floor(r / 60_000));
  if (same !== null && same >= 0.5) return { why: 'equals-resolution', share: Math.round(same * 100) / 100 };
  return null;
}

/** A cell of a date column as an instant (NaN when it is none), in the column's order of day and month. */
function instantOf(cell: string, column: ColumnStats): number {
  const value = cell.trim();
  if (value === '') return NaN;
  const first = column.dateFormat !== null && /^M/.test(column.dateFormat.format) ? mdy : dmy;
  let instant = first(value);
  if (instant !== instant) instant = (first === dmy ? mdy : dmy)(value);
  return instant;
}

/** A header that speaks of the resolution (`Time_to_Resolution`, « Délai de résolution », `Tempo de solução`). */
const RESOLUTION_WORD = /\b(?:resolution|resolve|resolved|solved|solution|resolu|resolue|resolucao|solucao|resolucion|solucion|losung|risoluzione)\b/;

/** The confidence of a deadline's column read as the resolution instead: below {@link TRUSTED_CONFIDENCE}, so the user is told to check it. */
const NOT_A_DEADLINE_CONFIDENCE = 0.45;

/** The fields that hold an instant a ticket reached. */
const REACHED_INSTANTS = new Set(['openedAt', 'resolvedAt', 'closedAt', 'firstResponseAt']);

/**
 * How well a header names a duration to resolution or to first response: by its name as written
 * ("First Response Time (in Hrs)"), or by its name without the words of its unit
 * (`first_response_minutes` is "first response" in minutes, « Délai de prise en compte (h) »).
 */
function durationNameScore(key: string, field: 'resolvedAt' | 'firstResponseAt'): number {
  const named = nameScore(key, DURATION_SYNONYMS[field]);
  if (named > 0) return named;
  const words = key.split(' ');
  const unitless = words.filter((word) => !UNIT_WORD_SET.has(word) && !UNIT_LINKS.has(word)).join(' ');
  return unitless !== key && unitless !== '' ? nameScore(unitless, DURATION_SYNONYMS[field]) : 0;
}

const UNIT_WORD_SET = new Set(Object.values(UNIT_WORDS).flat().filter((word) => word !== 'duration'));
/** Words that join a unit to a header (`time in minutes`, `temps en heures`, `tempo em horas`). */
const UNIT_LINKS = new Set(['in', 'en', 'em', 'of']);

/**
 * Headers of an amount of business time (Zendesk's `… within business hours`, « heures
 * ouvrées »): added to the opening as wall time, it would give a wrong instant.
 */
const BUSINESS_TIME = /\b(?:business|working|ouvrees?|ouvrables?|uteis|habiles|laborables|geschaftszeit|arbeitszeit)\b/;

/** A UUID (`a7c1e001-4b2d-4e8a-9c51-000000000001`), braces allowed. */
const UUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;

/** Names of a closing that are not a completion (see the rule of completion beside a closing in `proposeMapping`). */
const CLOSING_NAMES: ReadonlySet<string> = new Set((TICKET_SYNONYMS.closedAt ?? []).filter((name) => !/^complet|^date completed/.test(name)));

/**
 * Words of a header that name a target set in advance (an SLA's, a contract's, an objective),
 * in English, French, Portuguese, Spanish and German, after {@link meaningKey}: `sla_hours`,
 * « Délai SLA », `SLA-Zeit (Std.)`, `Horas SLA`, `SLA (horas)`, `Target resolution time`,
 * `Objectif de résolution (h)`, `Zielzeit`.
 */
const TARGET_WORD = /\b(?:sla|slas|target|objective|goal|agreed|contractual|cible|objectif|contractuel|contractuelle|engagement|garanti|garantie|meta|objetivo|contratado|contratual|acordado|comprometido|ziel|zielzeit|sollzeit|vorgabe|vereinbart)\b/;
/**
 * Words of a header that measure what happened, not what was agreed: an elapsed time (Freshdesk's
 * "Resolution time (in hrs)" has none of the target words anyway), a time left or past, or the
 * verdict (`sla_met`, « SLA dépassé »). Such a column is never a target.
 */
const NOT_A_TARGET = /\b(?:time to|elapsed|spent|actual|taken|used|consumed|remaining|left|over|overdue|breach|breached|breaches|met|status|state|flag|ecoule|passe|reel|reelle|restant|restante|depasse|respecte|retard|decorrido|gasto|real|restante|atraso|estourado|cumprido|transcurrido|consumido|vencido|incumplido|cumplido|verstrichen|tatsachlich|verbleibend|uberschritten|verletzt|erfullt|violated|missed|pause|paused|business|working|ouvrees?|ouvrables?|uteis|habiles|laborables|geschaftszeit|arbeitszeit)\b/;
/** Words of a header that speak of the first response rather than of the resolution. */
const RESPONSE_WORD = /\b(?:response|respond|reply|first|reponse|prise en charge|prise en compte|resposta|atendimento|respuesta|reaktion|reaktionszeit|antwort)\b/;

/**
 * The per-ticket target field a column holds, or null: a header with a target word and none of
 * the words of an elapsed time or a verdict, over non-negative amounts of time (numbers or
 * durations with units) that are not all 0 and 1 (a yes/no flag). The response target when the
 * header speaks of the response and not of the resolution; else the resolution target.
 *
 * @example targetDurationField(stats('sla_hours', ['12', '48'])) // 'slaResolutionTargetMinutes'
 * @example targetDurationField(stats('Resolution time (in hrs)', ['3.5'])) // null: elapsed, not agreed
 */
function targetDurationField(column: ColumnStats): 'slaResponseTargetMinutes' | 'slaResolutionTargetMinutes' | null {
  const key = column.key;
  if (!TARGET_WORD.test(key) || NOT_A_TARGET.test(key) || DIFFERENCE.test(key)) return null;
  if (column.filled > 0) {
    if (column.dateShare > 0.2 || column.numberShare + column.durationShare < 0.8) return null;
    if (column.all.some((value) => /^[-\u2212]/.test(value.trim()))) return null;
    if (column.all.every((value) => /^[01](?:[.,]0*)?$/.test(value.trim()))) return null;
  }
  return RESPONSE_WORD.test(key) && !RESOLUTION_WORD.test(key) ? 'slaResponseTargetMinutes' : 'slaResolutionTargetMinutes';
}

/**
 * The unit of a target column: `text` when its values carry units, the unit its header names
 * (`SLA target (minutes)`, « Délai SLA (min) »), else hours: targets are agreed in hours (4, 8,
 * 24, 48), and a bare `4` read as minutes would judge every ticket breached.
 */
function targetUnitOf(column: ColumnStats): DurationUnitName {
  if (column.durationShare > 0 && column.durationShare >= column.numberShare) return 'text';
  const words = column.key.split(' ');
  for (const [unit, list] of Object.entries(UNIT_WORDS) as [DurationUnitName, readonly string[]][]) {
    // `duration` is among the seconds' words for ServiceNow's durations; it names no unit here.
    if (words.some((word) => word !== 'duration' && list.includes(word))) return unit;
  }
  return 'hours';
}

/** Headers of differences, deltas and gaps (`SolutionDiffInMin`, "Delta de tempo…"): never a duration to an instant. */
const DIFFERENCE = /\b(?:diff|difference|delta|differenz|differentiel|ecart|diferenca|diferencia)\b/;

/** The canonical word a value means for a value-mapped field, or null. */
function wordTarget(field: MappedField, value: string, jiraClassic: boolean): string | null {
  const key = meaningKey(value);
  if (field === 'priority') {
    if (jiraClassic && JIRA_CLASSIC_PRIORITIES[key] !== undefined) return JIRA_CLASSIC_PRIORITIES[key]!;
    // The word wins over the number; a number alone is the tool's order (`numberedPriority`).
    return numberedPriority(value, { bareRank: true });
  }
  if (field === 'type') return typeOfWord(value);
  const dictionary = VALUE_WORDS[field];
  if (dictionary === undefined) return null;
  const plain = field === 'status' ? key : key.replace(/^\d+\s*/, '');
  if (field === 'status') return statusOfWord(plain);
  for (const [target, list] of Object.entries(dictionary)) if (list.includes(plain)) return target;
  return null;
}


/** A scoped status label (GitLab's `status::waiting`; `statut::`, `etat::`…), by the text before `::`. */
const STATUS_LABEL = /^(?:status|state|statut|etat|estado|situacao|stato)$/;

/** A scoped priority label (GitLab's `priority::1`; `prio::`, `priorité::`…), by the text before `::`. */
const PRIORITY_LABEL = /^(?:priority|prio|priorite|prioridade|prioridad|prioritat|priorita)$/;

/**
 * The prefix of a scoped label (`name::value`, GitLab's convention) whose name fits `name`, as
 * the cells write it (`priority::`), when at least one cell of the column holds one; else null.
 */
function scopedPrefix(cells: readonly string[], name: RegExp): string | null {
  for (const cell of cells) {
    if (!cell.includes('::')) continue;
    for (const part of cell.split(/[,;\n]/)) {
      const at = part.indexOf('::');
      if (at <= 0) continue;
      const scope = part.slice(0, at).trim();
      if (name.test(meaningKey(scope))) return `${scope}::`;
    }
  }
  return null;
}

/** Headers of a maker's serial number, by meaning key (`Serial number`, `Numéro de série`, `Seriennummer`). */
const SERIAL_HEADER = /^(?:serial|serial number|serialnumber|serial no|numero de serie|n° de serie|seriennummer|numero de serie do fabricante|numero di serie)$/;

/** Share of a column's distinct values that mean something for a value-mapped field. */
function wordShare(field: MappedField, column: ColumnStats): number {
  if (column.values === null || column.values.length === 0) return 0;
  const jira = isJiraClassic(column.values);
  const canonical = CANONICAL_VALUES[field] ?? [];
  let known = 0;
  for (const value of column.values) if (wordTarget(field, value, jira) !== null || canonical.includes(meaningKey(value))) known++;
  return known / column.values.length;
}

/**
 * A priority column of whole numbers that go past 5 (`0`, `20`, `50`, `90`): Request Tracker's
 * scale, 0–99 and up, where a higher number is more urgent. No rank 1–5 can be read from it.
 */
export function isUpwardPriorityScale(values: readonly string[]): boolean {
  return values.length > 0 && values.every((v) => /^\s*\d{1,3}\s*$/.test(v)) && values.some((v) => Number(v) > 5);
}

/**
 * A number of Request Tracker's upward scale, named as RT names it by default and then read as
 * any priority word: RT's `PriorityAsString` (`Low => 0, Medium => 50, High => 100`) gives a
 * number the highest name whose value it reaches (bestpractical's RT-Extension-PriorityAsString,
 * `_PriorityAsString`, later in RT's core) — 0–49 Low (P4), 50–99 Medium (P3), 100 and up High
 * (P2). A site with other thresholds edits the proposed map.
 */
export function upwardPriority(value: number): 'P2' | 'P3' | 'P4' {
  return value >= 100 ? 'P2' : value >= 50 ? 'P3' : 'P4';
}

function isJiraClassic(values: readonly string[]): boolean {
  const keys = new Set(values.map(meaningKey));
  return keys.has('blocker') || keys.has('trivial') || (keys.has('major') && keys.has('minor'));
}

/** How well a column's values fit a field (0…1); 0.5 for an empty column (nothing to judge). */
function shapeScore(field: string, kind: FieldKind, column: ColumnStats): number {
  if (column.filled === 0) return 0.5;
  if (kind === 'instant' || kind === 'date') {
    if (column.dateShare >= 0.5) return column.dateShare;
    // Excel serials: an instant has a time of day, so whole numbers (ticket numbers 48101…, in
    // the same range) are never one.
    if (isSerialColumn(column, kind)) return 0.8;
    return 0;
  }
  switch (field) {
    case 'id':
      if (column.dateShare > 0.5 || column.averageLength > 40) return 0;
      // 1, 2, 3… counting the rows (OTRS's `Nº`): an id only if nothing better is found.
      if (column.rowCounter) return 0.5;
      return column.uniqueShare >= 0.98 ? 1 : column.uniqueShare * 0.6;
    case 'effortMinutes':
    case 'pausedMinutes':
      return Math.min(1, column.numberShare + column.durationShare);
    case 'usefulLifeMonths':
      return Math.min(1, column.numberShare + column.durationShare);
    case 'title':
      if (column.dateShare > 0.5 || column.numberShare > 0.5) return 0;
      return column.averageLength >= 12 && column.uniqueShare >= 0.5 ? 1 : 0.5;
    case 'status':
    case 'priority':
    case 'type':
    case 'impact':
    case 'maintenanceType': {
      const share = wordShare(field, column);
      if (share >= 0.5) return 1;
      if (column.shape === 'words') return 0.6;
      if (column.dateShare > 0.5) return 0;
      return column.values !== null ? 0.4 : 0.1;
    }
    case 'assetId':
      return column.dateShare > 0.5 ? 0 : 0.8;
    case 'client':
    case 'site':
      // Client and site numbers (customer ids) are common; dates never.
      return column.dateShare > 0.5 ? 0.1 : column.numberShare > 0.8 ? 0.5 : 0.8;
    case 'category':
    case 'name':
    case 'criticality':
      return column.dateShare > 0.5 || column.numberShare > 0.8 ? 0.1 : 0.8;
    default:
      break;
  }
  if (kind === 'number') return column.numberShare >= 0.5 ? column.numberShare : 0;
  return column.dateShare > 0.5 ? 0.2 : 0.7;
}

/** Excel serial days of 2000-01-01 and 2100-01-01 (1900 system). */
const EXCEL_2000 = 36_526;
const EXCEL_2100 = 73_051;

/** A column of Excel date serials (see `ColumnStats.serialShare`), for an instant or a date field. */
function isSerialColumn(column: ColumnStats, kind: FieldKind): boolean {
  return column.serialShare >= 0.8 && (kind === 'date' || column.serialTimeShare >= 0.5);
}

/**
 * The unit of a duration column: `text` when its values carry units, else from the header's
 * words, else hours when the numbers have fractions (`0,75`, `2.50`: Redmine's `Temps passé` /
 * `Spent time` are decimal hours; no tool writes a quarter of a minute), else seconds when they
 * are whole minutes counted in seconds (below), else minutes.
 */
function durationUnitOf(column: ColumnStats): DurationUnitName {
  if (column.durationShare > 0 && column.durationShare >= column.numberShare) return 'text';
  const words = column.key.split(' ');
  for (const [unit, list] of Object.entries(UNIT_WORDS) as [DurationUnitName, readonly string[]][]) {
    if (words.some((word) => list.includes(word))) return unit;
  }
  if (column.numberShare >= 0.9 && isDayFractions(column.all)) return 'days';
  if (column.numberShare >= 0.9 && column.all.some((value) => FRACTION.test(value))) return 'hours';
  // Whole minutes counted in seconds (GitLab's `Time Spent`, Jira's): every value a multiple of
  // 60 and some of an hour or more (3600). Minutes that are all whole hours and reach 60 hours
  // on a ticket are rarer than that.
  if (column.numberShare >= 0.9 && column.all.every((value) => /^\d+$/.test(value) && Number(value) % 60 === 0) && column.all.some((value) => Number(value) >= 3600)) {
    return 'seconds';
  }
  return 'minutes';
}

/**
 * A spreadsheet's times written out as numbers: fractions of a day with a float's full digits
 * (`0.00416666666569654`, 6 minutes; `3.33680555555475`), as a CSV saved from a workbook whose
 * durations were subtractions of date-times (a service log published in vitorvigg/dashboard-rcc
 * `chamados.csv`, `TEMPO DE ESPERA`), each a whole number of minutes to within a second. Read
 * as hours they were 24 times too short. Hours typed by hand (`1.5`, `0.25`) have no such digits.
 */
function isDayFractions(values: readonly string[]): boolean {
  let long = 0;
  for (const value of values) {
    const number = Number(value.replace(',', '.'));
    if (!Number.isFinite(number) || number < 0) return false;
    const minutes = number * 1440;
    if (Math.abs(minutes - Math.round(minutes)) > 1 / 60) return false;
    // Hours computed as minutes ÷ 60 (1.3333333333333333 for 80 minutes) have the same long
    // digits and are whole minutes too: only a value that is no whole minute read as hours tells days.
    const asHours = number * 60;
    if (/[.,]\d{9,}$/.test(value) && Math.abs(asHours - Math.round(asHours)) > 1 / 60) long++;
  }
  return long > 0 && long >= values.length / 2;
}

/** A number with a decimal fraction that is not zero (`0,75`, `1.5`; not `3,00`). */
const FRACTION = /^\d+[.,]\d*[1-9]\d*$/;

interface Candidate {
  field: string;
  column: ColumnStats;
  score: number;
  by: FieldProposal['by'];
  /** A yes/no verdict column: what its yes means (see {@link yesNoVerdict}). */
  yesMeans?: 'met' | 'breached';
}

/** A yes/no answer of a verdict column, by {@link meaningKey}: true for yes, false for no, null for neither. */
function yesNoAnswer(value: string): boolean | null {
  const key = meaningKey(value);
  if ((YES_NO_VERDICT.yes as readonly string[]).includes(key)) return true;
  if ((YES_NO_VERDICT.no as readonly string[]).includes(key)) return false;
  return null;
}

/**
 * A column that holds the tool's SLA verdict as yes/no answers (`resolution_sla_met`
 * True/False, `Made SLA`, « SLA respecté » Oui/Non, `sla_breached` 1/0, « TTO dépassé »): the
 * header names a target ({@link YES_NO_VERDICT}`.context`) and one way of meeting or missing
 * it, and every value is a yes or a no. Which target: the first response when the header says
 * so, else the resolution. `yesMeans` is `breached` for a header that asks whether the target
 * was missed ("breached", « dépassé », "violated"), or one that denies a met word (« non
 * respecté », "not met"). Null for any other column: a yes/no column without a target in its
 * name (`Escalated`, `first_response_made`) says nothing of an SLA.
 *
 * @example
 * // a column `sla_breached` holding 0 and 1:
 * // { field: 'slaResolutionVerdict', yesMeans: 'breached' }
 */
function yesNoVerdict(column: ColumnStats): { field: 'slaResponseVerdict' | 'slaResolutionVerdict'; yesMeans: 'met' | 'breached' } | null {
  if (column.filled === 0 || column.values === null || column.values.length > 4) return null;
  if (!column.values.every((value) => yesNoAnswer(value) !== null)) return null;
  // `responseSlaMet` as `response sla met`.
  const key = meaningKey(column.header.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));
  const words = new Set(key.split(' '));
  const padded = ` ${key} `;
  const has = (list: readonly string[]) => list.some((entry) => (entry.includes(' ') ? padded.includes(` ${entry} `) : words.has(entry)));
  if (!has(YES_NO_VERDICT.context) && !has(YES_NO_VERDICT.contextPhrases)) return null;
  const met = has(YES_NO_VERDICT.met);
  const breached = has(YES_NO_VERDICT.breached);
  if (met === breached) return null;
  const denied = has(YES_NO_VERDICT.negation);
  const yesMeans = met !== denied ? 'met' : 'breached';
  return { field: has(YES_NO_VERDICT.response) ? 'slaResponseVerdict' : 'slaResolutionVerdict', yesMeans };
}

/**
 * Proposes a mapping for a ticket export or an asset list: the header row (the first that
 * reads as labels), the preset detection, and — when no preset is confident — for each field
 * the column that means it, by name (multilingual synonyms) and by the shape of its values,
 * with a confidence and sample values; value maps for status, priority and type words
 * (status words → status classes); duration columns (time to resolution) when the file has
 * no resolution date; the detected date format (set in the mapping unless day and month
 * cannot be told apart); and what is missing. When a preset is confident the mapping
 * `extends` it with the columns it found. Reads only the first records (`sampleRows`).
 * Throws a RevueError for an input that is not a table (empty, not CSV, a broken workbook).
 *
 * @example
 * const proposal = proposeMapping('Número;Criado;Estado\n2025081510000222;15/08/2025 10:00;Fechado\n', { kind: 'tickets' });
 * proposal.mapping
 * // { dateFormat: 'dd/MM/yyyy HH:mm', columns: { id: 'Número', openedAt: 'Criado', status: 'Estado' }, values: { status: { Fechado: 'closed' } } }
 * proposal.fields.id // { column: 'Número', confidence: 1, by: 'name+values', samples: ['2025081510000222'] }
 */
export function proposeMapping(input: string | Uint8Array, options: ProposeOptions = {}): MappingProposal {
  const kind = options.kind ?? 'tickets';
  const file = options.fileName ?? (kind === 'tickets' ? 'tickets.csv' : 'assets.csv');
  const sampleRows = options.sampleRows ?? 200;
  const { records } = sampleRecords(input, options, file, HEADER_SEARCH + sampleRows);
  const choice = records.length === 0 ? { index: 0, labels: false } : findHeaderRow(records.slice(0, HEADER_SEARCH).map((r) => r.cells));
  const headerRecord = records[choice.index];
  const headers = headerRecord?.cells ?? [];
  const headerKey = headers.join('\u0001');
  const rows = records.slice(choice.index + 1, choice.index + 1 + sampleRows).map((r) => r.cells).filter((cells) => cells.join('\u0001') !== headerKey);
  const columns = headers.map((header, index) => columnStats(header, index, rows));
  const preset = detectPresetFromHeaders(headers, kind);
  const fieldKinds: Record<string, FieldKind> = kind === 'tickets' ? TICKET_FIELDS : ASSET_FIELDS;
  const required: readonly string[] = kind === 'tickets' ? REQUIRED_TICKET_FIELDS : REQUIRED_ASSET_FIELDS;

  const mapping: Mapping = { columns: {}, values: {} };
  const fields: Partial<Record<string, FieldProposal>> = {};
  const assigned = new Map<string, ColumnStats>();
  // Fields read from a column of labels, with the prefix of their label (mapping `labels`).
  const labelPrefixes = new Map<string, string>();
  // The words of status labels found beside the status column (see `labels.statusLabels`).
  let statusLabelWords: string[] = [];
  // Verdict fields read from a yes/no column, with what its yes means (see `yesNoVerdict`).
  const yesMeans = new Map<string, 'met' | 'breached'>();
  const notDeadlines: MappingProposal['notDeadlines'] = [];
  const proposal = (column: ColumnStats, confidence: number, by: FieldProposal['by']): FieldProposal => ({
    column: column.header,
    confidence: Math.round(confidence * 100) / 100,
    by,
    samples: column.samples,
    ...(column.dateFormat !== null && column.shape === 'date'
      ? {
          dateFormat: column.dateFormat.format,
          ...(column.dateFormat.ambiguous ? { dateOrderGuessed: /^M/.test(column.dateFormat.format) ? ('month-first' as const) : ('day-first' as const) } : {}),
        }
      : column.dateShare < 0.5 && isSerialColumn(column, 'instant')
        ? { dateFormat: 'excel' }
        : {}),
  });

  if (preset.confident && options.byMeaning !== true) {
    // A preset knows this export: the mapping extends it with the columns it found.
    mapping.extends = preset.name;
    const p = presetsOf(kind)[preset.name]!;
    const byKey = new Map(columns.map((c) => [normalizeHeader(c.header), c] as const));
    for (const [field, aliases] of Object.entries(p.columns) as [string, readonly string[]][]) {
      const column = aliases.map((a) => byKey.get(normalizeHeader(a))).find((c) => c !== undefined);
      if (column === undefined) continue;
      (mapping.columns as Record<string, string>)[field] = column.header;
      fields[field] = proposal(column, 1, 'preset');
      assigned.set(field, column);
    }
  } else {
    const synonyms: Partial<Record<string, readonly string[]>> = kind === 'tickets' ? TICKET_SYNONYMS : ASSET_SYNONYMS;
    const candidates: Candidate[] = [];
    for (const column of columns) {
      if (column.header === '') continue;
      const yesNo = kind === 'tickets' ? yesNoVerdict(column) : null;
      for (const [field, fieldKind] of Object.entries(fieldKinds)) {
        if (field === 'statusClass') continue;
        const name = nameScore(column.key, synonyms[field]);
        // The tool's SLA verdict (HaloPSA's `Resolution State` in / out): only a column named so
        // whose every value is a verdict word, so that a Resolved / Unresolved status is never one.
        // Or a yes/no column whose header names a target and says which answer meets it.
        if (field === 'slaResponseVerdict' || field === 'slaResolutionVerdict') {
          if (name > 0 && column.filled > 0 && wordShare(field, column) === 1) candidates.push({ field, column, score: 0.6 * name + 0.4, by: 'name+values' });
          else if (yesNo !== null && yesNo.field === field) candidates.push({ field, column, score: 0.9, by: 'name+values', yesMeans: yesNo.yesMeans });
          continue;
        }
        const shape = shapeScore(field, fieldKind, column);
        // An agreed target (« Délai SLA de prise en charge », whose « charge » is also a workload's
        // word) is no amount of work or wait: it is proposed as the ticket's target below.
        if ((field === 'effortMinutes' || field === 'pausedMinutes') && targetDurationField(column) !== null) continue;
        if (name > 0) {
          if (shape === 0) continue;
          if (name < 1 && REACHED_INSTANTS.has(field) && DEADLINE.test(column.key)) continue;
          if (name < 1 && field === 'openedAt' && NOT_A_TICKET_DATE.test(column.key)) continue;
          // A header that only contains an id's name (`ticket_owner_first_name` holds "ticket")
          // is no id unless its values are unique.
          if (name < 0.9 && field === 'id' && column.uniqueShare < 0.98) continue;
          // An asset id repeats in no inventory: a `TAG` or `Category` column whose values repeat
          // (OCS Inventory's TAG is a group) is no id, whatever its name.
          if (kind === 'assets' && field === 'id' && column.uniqueShare < 0.98) continue;
          // A key of UUIDs (an API's record id) is a name no one reads: a ticket number beside it
          // (TOPdesk's `number`, `IM2603 0001`) is the id the client knows, and the review quotes.
          const opaque = field === 'id' && column.filled > 0 && column.all.every((value) => UUID.test(value)) ? 0.8 : 1;
          candidates.push({ field, column, score: (0.6 * name + 0.4 * shape) * opaque, by: column.filled === 0 ? 'name' : 'name+values' });
        }
      }
    }
    // By values alone, weaker than any name: an id column (unique values, the leftmost), the
    // opening date (the earliest dates of a full date column), status and priority words.
    const full = (c: ColumnStats) => rows.length > 0 && c.filled >= 0.9 * rows.length;
    for (const column of columns) {
      if (column.header === '' || column.filled === 0) continue;
      if (full(column) && column.uniqueShare >= 0.98 && column.dateShare < 0.5 && column.averageLength <= 40 && !column.rowCounter && rows.length >= 2) {
        candidates.push({ field: 'id', column, score: 0.4 - 0.005 * column.index, by: 'values' });
      }
      if (kind === 'tickets') {
        for (const field of ['status', 'priority', 'type'] as const) {
          // Small whole numbers alone (GitLab's `Weight`, a count) are no priority: only a
          // header naming one says that `1` is a rank.
          if (field === 'priority' && column.numberShare >= 0.8) continue;
          if (wordShare(field, column) >= 0.6 && column.values !== null) candidates.push({ field, column, score: 0.4, by: 'values' });
        }
      }
    }
    // The opening of a ticket may be guessed from its dates alone (the earliest full date
    // column); an asset's purchase date may not: an inventory's earliest dates are as often an
    // enrolment, a first scan or a record's creation, and a purchase date drives the
    // depreciation and the age the review states.
    if (kind === 'tickets') {
      // Never a date whose name says it is no ticket's (a purchase, a birth, a warranty's end):
      // a customer list's earliest dates are as often those.
      const dateColumns = columns
        .filter((c) => c.header !== '' && c.shape === 'date' && full(c) && !NOT_A_TICKET_DATE.test(c.key))
        .sort((a, b) => a.medianInstant - b.medianInstant || a.index - b.index);
      dateColumns.forEach((column, rank) => candidates.push({ field: 'openedAt', column, score: rank === 0 ? 0.38 : 0.3, by: 'values' }));
    }

    candidates.sort((a, b) => b.score - a.score || a.column.index - b.column.index);
    const usedColumns = new Set<number>();
    for (const candidate of candidates) {
      if (candidate.score < MIN_SCORE || assigned.has(candidate.field) || usedColumns.has(candidate.column.index)) continue;
      assigned.set(candidate.field, candidate.column);
      usedColumns.add(candidate.column.index);
      fields[candidate.field] = proposal(candidate.column, candidate.score, candidate.by);
      if (candidate.yesMeans !== undefined) {
        yesMeans.set(candidate.field, candidate.yesMeans);
        fields[candidate.field] = { ...fields[candidate.field]!, yesMeans: candidate.yesMeans };
      }
    }
    // Completion beside a closing (TOPdesk's `completedDate` and `closedDate`, `Gereed` then
    // `Afgemeld`): the completion is the resolution, the closing comes after. Alone, a completion
    // is the closing (Autotask's `Complete`, ServiceDesk Plus's `Completed Time`).
    if (kind === 'tickets' && !assigned.has('resolvedAt')) {
      const completed = assigned.get('closedAt');
      const closing = completed !== undefined && /^complet/.test(completed.key)
        ? columns.find((c) => !usedColumns.has(c.index) && c.header !== '' && CLOSING_NAMES.has(c.key) && (c.filled === 0 || c.shape === 'date'))
        : undefined;
      if (completed !== undefined && closing !== undefined) {
        assigned.set('resolvedAt', completed);
        fields['resolvedAt'] = { ...fields['closedAt']! };
        assigned.set('closedAt', closing);
        usedColumns.add(closing.index);
        fields['closedAt'] = proposal(closing, fields['resolvedAt'].confidence, closing.filled === 0 ? 'name' : 'name+values');
      }
    }
    // A deadline of resolution that its own rows contradict (see `notADeadline`): the column is
    // the moment of resolution, not its deadline, or a copy of it.
    if (kind === 'tickets') {
      const due = assigned.get('slaResolutionDueAt');
      const verdict = due === undefined ? null : notADeadline(due, assigned.get('firstResponseAt'), assigned.get('resolvedAt'), rows);
      if (due !== undefined && verdict !== null) {
        assigned.delete('slaResolutionDueAt');
        delete fields['slaResolutionDueAt'];
        const resolution = !assigned.has('resolvedAt') && RESOLUTION_WORD.test(due.key);
        if (resolution) {
          assigned.set('resolvedAt', due);
          fields['resolvedAt'] = proposal(due, NOT_A_DEADLINE_CONFIDENCE, 'name+values');
        } else usedColumns.delete(due.index);
        notDeadlines.push({ column: due.header, field: 'slaResolutionDueAt', why: verdict.why, share: verdict.share, readAs: resolution ? 'resolvedAt' : null });
      }
    }

    // An inventory without a tag column names its assets by their name (tickets do too, as GLPI's,
    // Lansweeper's and iTop's exports show): a full, unique name column is the id rather than
    // whatever other column happens to hold unique values in the rows looked at.
    // So is it rather than a serial number (Intune's `Serial number`): the serial is the maker's
    // number for the hardware, which a ticket hardly ever names, where it names the device
    // (`ATN-LT-01`) — an asset tag, an inventory number or a CI id stay the id.
    const nameColumn = assigned.get('name');
    const idColumn = assigned.get('id');
    const serialId = idColumn !== undefined && SERIAL_HEADER.test(idColumn.key);
    if (kind === 'assets' && nameColumn !== undefined && full(nameColumn) && nameColumn.uniqueShare >= 0.98 && (idColumn === undefined || fields['id']!.by === 'values' || serialId)) {
      if (idColumn !== undefined) usedColumns.delete(idColumn.index);
      assigned.set('id', nameColumn);
      fields['id'] = proposal(nameColumn, fields['name']!.confidence, fields['name']!.by);
    }

    // No priority column, but scoped labels that hold one (GitLab's `Labels`: `bug,priority::1`):
    // the priority is the label under its prefix, read as any priority (`priority::1` the most urgent).
    if (kind === 'tickets' && !assigned.has('priority')) {
      for (const column of columns) {
        if (column.header === '' || usedColumns.has(column.index)) continue;
        const prefix = scopedPrefix(column.all, PRIORITY_LABEL);
        if (prefix === null) continue;
        assigned.set('priority', column);
        usedColumns.add(column.index);
        labelPrefixes.set('priority', prefix);
        const picked = [...new Set(column.all.map((cell) => labelValue(cell, prefix)).filter((v): v is string => v !== null))];
        fields['priority'] = { ...proposal(column, 0.8, 'values'), samples: picked.slice(0, 5).map((v) => `${prefix}${v}`), labelPrefix: prefix };
        mapping.labels = { ...(mapping.labels ?? {}), priority: prefix };
        break;
      }
    }

    // Scoped status labels (GitLab's `status::waiting`, `status::in progress`) beside a status
    // column (`State` Open / Closed): they say whether an open ticket waits; read over the state
    // while it is open (mapping `labels.statusLabels`), their words into the status map.
    if (kind === 'tickets' && assigned.has('status')) {
      for (const column of columns) {
        if (column.header === '' || column === assigned.get('status')) continue;
        const prefix = scopedPrefix(column.all, STATUS_LABEL);
        if (prefix === null) continue;
        statusLabelWords = [...new Set(column.all.map((cell) => labelValue(cell, prefix)).filter((v): v is string => v !== null))];
        mapping.labels = { ...(mapping.labels ?? {}), statusLabels: { column: column.header, prefix } };
        break;
      }
    }

    // A useful life written as small bare numbers (Jamf Pro's `Life Expectancy`: 3, 4, 5) is in
    // years: no fleet is bought for a life of ten months or less, and a life in months is written
    // 36, 48, 60. Read as months, `4` would put a four-year-old laptop past its life at four months.
    const life = assigned.get('usefulLifeMonths');
    if (kind === 'assets' && life !== undefined) {
      const numbers = life.all.map((v) => v.trim()).filter((v) => v !== '').map(Number);
      if (numbers.length > 0 && numbers.every((n) => Number.isInteger(n) && n >= 1 && n <= 10)) {
        mapping.units = { usefulLifeMonths: 'years' };
        fields['usefulLifeMonths'] = { ...fields['usefulLifeMonths']!, lifeUnit: 'years' };
      }
    }

    // Amounts of time written with units, or counted in another unit than minutes: a duration column.
    for (const field of ['effortMinutes', 'pausedMinutes'] as const) {
      const column = assigned.get(field);
      if (column === undefined) continue;
      const unit = durationUnitOf(column);
      if (unit === 'minutes') (mapping.columns as Record<string, string>)[field] = column.header;
      else {
        mapping.durations = { ...(mapping.durations ?? {}), [column.header]: { field, unit } };
        fields[field] = { ...fields[field]!, durationUnit: unit };
      }
    }
    for (const [field, column] of assigned) {
      if (field === 'effortMinutes' || field === 'pausedMinutes') continue;
      (mapping.columns as Record<string, string>)[field] = column.header;
    }
    // A target the file gives each ticket as a duration ("SLA hours"): read in its unit, it stands
    // in for the policy's target of that ticket (slaAdherence).
    if (kind === 'tickets') {
      for (const column of columns) {
        if (column.header === '' || usedColumns.has(column.index)) continue;
        const field = targetDurationField(column);
        if (field === null || assigned.has(field) || Object.values(mapping.durations ?? {}).some((d) => d.field === field)) continue;
        const unit = targetUnitOf(column);
        usedColumns.add(column.index);
        mapping.durations = { ...(mapping.durations ?? {}), [column.header]: { field, unit } };
        fields[field] = { ...proposal(column, column.filled === 0 ? 0.6 : 0.9, 'name+values'), durationUnit: unit };
      }
    }
    // No resolution (or first response) date, but a duration to it: resolvedAt = openedAt + duration.
    if (kind === 'tickets') {
      for (const field of ['resolvedAt', 'firstResponseAt'] as const) {
        if (assigned.has(field)) continue;
        const column = columns.find(
          (c) =>
            c.header !== '' &&
            !usedColumns.has(c.index) &&
            !DIFFERENCE.test(c.key) &&
            !DEADLINE.test(c.key) &&
            !BUSINESS_TIME.test(c.key) &&
            // A signed time (`-0:15`) is the time left on an SLA (Jira Service Management's
            // « Délai de première réponse »), never a duration to an instant.
            !c.all.some((value) => /^[-\u2212]/.test(value)) &&
            durationNameScore(c.key, field) > 0 &&
            (c.filled === 0 || c.numberShare + c.durationShare >= 0.8),
        );
        if (column === undefined) continue;
        const unit = durationUnitOf(column);
        usedColumns.add(column.index);
        mapping.durations = { ...(mapping.durations ?? {}), [column.header]: { field: field as DurationField, unit } };
        fields[field] = { ...proposal(column, 0.6 * durationNameScore(column.key, field) + 0.4 * (column.filled === 0 ? 0.5 : 1), 'name+values'), durationUnit: unit };
      }
    }
  }

  // Value maps: the words of the file that mean a status class, a priority, a type…
  const unmatchedValues: Partial<Record<MappedField, string[]>> = {};
  const wider = widerValues(input, options, file, records.length >= HEADER_SEARCH + sampleRows || records.length - choice.index - 1 > sampleRows, choice.index, headerKey, assigned);
  const extending = mapping.extends !== undefined;
  const presetMaps = extending ? (presetsOf(kind)[preset.name]!.maps ?? {}) : {};
  for (const field of ['status', 'priority', 'type', 'impact', 'maintenanceType', 'slaResponseVerdict', 'slaResolutionVerdict'] as const) {
    // An asset's type is the inventory's own word (Laptop, Server…), kept as written: only a
    // ticket's type is one of incident/request/problem/change.
    if (kind === 'assets') break;
    const column = assigned.get(field);
    const prefix = labelPrefixes.get(field);
    const own = prefix === undefined ? (wider.get(field) ?? column?.values) : [...new Set(column!.all.map((cell) => labelValue(cell, prefix)).filter((v): v is string => v !== null))];
    const values = field === 'status' && own !== null && own !== undefined ? [...new Set([...own, ...statusLabelWords])] : own;
    if (column === undefined || values === null || values === undefined) continue;
    const known = new Set(Object.keys(presetMaps[field] ?? {}).map(normalizeHeader));
    const jira = isJiraClassic(values);
    const upward = field === 'priority' && isUpwardPriorityScale(values);
    const map: Record<string, string> = {};
    const unmatched: string[] = [];
    for (const value of values) {
      if (known.has(normalizeHeader(value)) || (CANONICAL_VALUES[field] ?? []).includes(meaningKey(value))) continue;
      // `Nenhum`, `None`: no priority, which the reader reads as empty without a word.
      if (field === 'priority' && NO_PRIORITY_WORDS.has(meaningKey(value))) continue;
      const yes = yesMeans.get(field);
      const answer = yes === undefined ? null : yesNoAnswer(value);
      const target =
        answer !== null ? (answer === (yes === 'met') ? 'met' : 'breached') : upward ? upwardPriority(Number(value)) : wordTarget(field, value, jira);
      if (target !== null) Object.defineProperty(map, value, { value: target, enumerable: true, writable: true, configurable: true });
      else unmatched.push(value);
    }
    if (Object.keys(map).length > 0) mapping.values[field] = map;
    if (unmatched.length > 0) unmatchedValues[field] = unmatched;
  }
  // Dashes written for an empty cell (ServiceDesk Plus writes `-` for a date not reached): read
  // as empty, not as a value that cannot be read.
  const placeholders = [...new Set([...assigned.values()].flatMap((column) => column.placeholders))];
  if (placeholders.length > 0) mapping.empty = { '*': placeholders };
  // The date format, when the values settle it (an ambiguous one is left to the reader, which
  // decides from the whole file).
  const dated = assigned.get(kind === 'tickets' ? 'openedAt' : 'purchaseDate');
  if (!extending && dated?.dateFormat && !dated.dateFormat.ambiguous) mapping.dateFormat = dated.dateFormat.format;
  else if (!extending && dated !== undefined && dated.dateShare < 0.5 && isSerialColumn(dated, kind === 'tickets' ? 'instant' : 'date')) mapping.dateFormat = 'excel';

  // In model order, as a person reads it.
  const ordered: Mapping = {
    ...(mapping.extends !== undefined ? { extends: mapping.extends } : {}),
    ...(mapping.dateFormat !== undefined ? { dateFormat: mapping.dateFormat } : {}),
    columns: Object.fromEntries(Object.keys(fieldKinds).filter((f) => (mapping.columns as Record<string, string>)[f] !== undefined).map((f) => [f, (mapping.columns as Record<string, string>)[f]!])),
    values: mapping.values,
    ...(mapping.durations !== undefined ? { durations: mapping.durations } : {}),
    ...(mapping.labels !== undefined ? { labels: mapping.labels } : {}),
    ...(mapping.units !== undefined ? { units: mapping.units } : {}),
    ...(mapping.empty !== undefined ? { empty: mapping.empty } : {}),
  };
  const orderedFields = Object.fromEntries(Object.keys(fieldKinds).filter((f) => fields[f] !== undefined).map((f) => [f, fields[f]!]));
  const mappedFields = new Set([...Object.keys(fields)]);
  // A plain due date, with no SLA deadline mapped: said, not used (see GENERIC_DUE).
  const setAside: MappingProposal['setAside'] = [];
  if (kind === 'tickets' && !mappedFields.has('slaResolutionDueAt')) {
    const mappedColumns = new Set(Object.values(mapping.columns as Record<string, string>));
    for (const column of columns) {
      if (column.header === '' || mappedColumns.has(column.header) || nameScore(column.key, GENERIC_DUE) < 1) continue;
      if (column.filled > 0 && column.dateShare < 0.5) continue;
      setAside.push({ column: column.header, field: 'slaResolutionDueAt', why: 'plain-due-date' });
    }
  }
  return {
    kind,
    file,
    headerLine: headerRecord?.line ?? 1,
    skippedBeforeHeader: choice.index,
    headerIsLabels: choice.labels,
    headers,
    rowsSampled: rows.length,
    preset,
    mapping: ordered,
    fields: orderedFields as MappingProposal['fields'],
    missing: { required: required.filter((f) => !mappedFields.has(f)), useful: USEFUL[kind].filter((f) => !mappedFields.has(f)) },
    unmatchedValues,
    setAside,
    notDeadlines,
    timeAccounting: kind === 'tickets' ? zammadTimeAccounting(headers) : null,
    unsure: Object.entries(orderedFields).filter(([, f]) => f.confidence < TRUSTED_CONFIDENCE).map(([field]) => field),
    notTicketDates: kind === 'tickets' ? columns.filter((c) => c.header !== '' && c.filled > 0 && c.dateShare >= 0.5 && NOT_A_TICKET_DATE.test(c.key)).map((c) => c.header) : [],
    columns: columns.map(({ header, samples, filled, distinct, shape, values, dateFormat }) => ({ header, samples, filled, distinct, shape, values, dateFormat })),
    relativeDates: columns.filter((c) => c.filled > 0 && c.all.filter((v) => RELATIVE_AGE.test(v)).length * 2 >= c.filled).map((c) => c.header),
  };
}

/** An age rather than a date: `4 weeks ago`, `il y a 3 jours`, `vor 2 Tagen`, `há 3 dias`, `hace 2 días`. */
const RELATIVE_AGE = /^(?:\d+\s+\p{L}+\s+ago|il y a\s+\d+\s+\p{L}+|vor\s+\d+\s+\p{L}+|h[áa]\s+\d+\s+\p{L}+|hace\s+\d+\s+\p{L}+)$/iu;
