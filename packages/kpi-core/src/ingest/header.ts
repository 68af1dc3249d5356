/**
 * Which of a file's first records is its header row (DESIGN §3: "the header is the first row
 * that reads as labels, never a data row"). A header reads as labels: mostly text, where a
 * data row carries numbers, dates, durations or codes (an id, an opening date…). Matching the
 * records against the presets instead would take a data row whose values happen to look like a
 * preset's column names (an OTRS export read with `1, 2025081510000222, 27 d 19 h` as its
 * columns), so the presets never choose the header.
 */

/** Records searched for the header: a title line or two above it is common, ten is plenty. */
export const HEADER_SEARCH = 10;

const CURRENCY_OR_PERCENT = /[\p{Sc}%\s\u00a0\u202f]/gu;
const NUMBER = /^[-+(]?\d[\d.,'’]*\)?$/;
const DATE_NUMERIC = /^\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?(?:$|[\sT])/;
const DATE_MONTH_NAME = /^\d{1,2}[-/. ]\p{L}{3,9}\.?[-/. ]\d{2,4}(?:$|\s)/u;
const DATE_MONTH_FIRST = /^\p{L}{3,9}\.? \d{1,2},? \d{4}/u;
const TIME = /^-?\d{1,3}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s?[ap]\.?m\.?)?$/i;
/** `27 d 19 h`, `2 hours 30 minutes`, `0 segundo`, `36 mois`, and enumerated values such as Zammad's `2 normal`. */
const NUMBER_WORDS = /^-?\d+(?:[.,]\d+)?\s*\p{L}{1,12}\.?(?:\s*,?\s*\d+(?:[.,]\d+)?\s*\p{L}{1,12}\.?)*$/u;
/** ServiceNow's `1 - Critical`, `3 - Low`. */
const NUMBERED_CHOICE = /^\d+\s*[-–—:.)]\s*\p{L}/u;
/** `INC0010001`, `#INC-43`, `ITS-101`, `PC-BIS-04`: capitals and digits, with a digit. */
const CODE = /^#?(?=[\p{Lu}\d_/-]*\d)\p{Lu}[\p{Lu}\d]*(?:[-_/]?[\p{Lu}\d]+)*$/u;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL = /^(?:https?|ftp):\/\//i;
const BOOLEAN = /^(?:true|false)$/i;

/**
 * Whether a cell's text reads as a value rather than a column name: a number (`1 234,56`,
 * `12,50 €`, `2025081510000222`), a date or time, a duration (`27 d 19 h`), a numbered choice
 * (`1 - Critical`), a code (`INC0010001`, `ITS-101`), a GUID, an e-mail address, a URL or a
 * boolean. Plain words, even with digits inside (`Custom field (10023)`, `Column10`), do not.
 *
 * @example looksLikeValue('27 d 19 h') // true
 * @example looksLikeValue("Date d'ouverture") // false
 */
export function looksLikeValue(text: string): boolean {
  const s = text.trim();
  if (s === '') return false;
  const first = s.charCodeAt(0);
  const digitFirst = first >= 48 && first <= 57;
  if (digitFirst || first === 45 || first === 43 || first === 40 || s.length > 1) {
    const bare = s.replace(CURRENCY_OR_PERCENT, '');
    if (bare !== '' && NUMBER.test(bare)) return true;
  }
  if (digitFirst || first === 45) {
    return DATE_NUMERIC.test(s) || DATE_MONTH_NAME.test(s) || TIME.test(s) || NUMBER_WORDS.test(s) || NUMBERED_CHOICE.test(s) || GUID.test(s);
  }
  return DATE_MONTH_FIRST.test(s) || CODE.test(s) || GUID.test(s) || EMAIL.test(s) || URL.test(s) || BOOLEAN.test(s);
}

/** Non-empty cells of a record. */
function filled(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) if (cell.trim() !== '') n++;
  return n;
}

/**
 * Whether a record reads as a row of labels: at least half as many filled cells as the widest
 * of the records searched (at least two when any record has two; a title line has one), and at
 * most one cell in ten that reads as a value (see {@link looksLikeValue}).
 *
 * @example readsAsLabels(['ID', 'Título', 'Data de abertura'], 3) // true
 * @example readsAsLabels(['1', '2025081510000222', '27 d 19 h'], 3) // false
 */
export function readsAsLabels(cells: readonly string[], widest: number): boolean {
  const count = filled(cells);
  if (count === 0 || count < Math.min(2, widest) || count * 2 < widest) return false;
  let values = 0;
  for (const cell of cells) if (looksLikeValue(cell)) values++;
  return values <= Math.floor(count / 10);
}

/** Where the header is among a file's first records (see {@link findHeaderRow}). */
export interface HeaderChoice {
  /** Index of the header among the records given. */
  index: number;
  /** The row reads as labels; false when no record did, and the first was taken. */
  labels: boolean;
}

/**
 * The header among a file's first non-blank records: the first that reads as labels (see
 * {@link readsAsLabels}) and is about as wide as the widest that does (at least 80 % of its
 * filled cells), so that a title line above it (Zammad's report, `Report;March 2026`) is skipped
 * and a data row is never taken. When no record reads as labels (a file without a header row),
 * the first record, with `labels: false` so that a refusal can say the header seems to be missing.
 *
 * @example
 * findHeaderRow([['Tickets report'], ['#', 'Title', 'Created At'], ['31001', 'Printer', '2026-03-02 08:15']])
 * // { index: 1, labels: true }
 */
export function findHeaderRow(records: readonly (readonly string[])[]): HeaderChoice {
  const searched = records.slice(0, HEADER_SEARCH);
  let widest = 0;
  for (const cells of searched) widest = Math.max(widest, filled(cells));
  const labels = searched.map((cells) => readsAsLabels(cells, widest));
  let widestLabels = 0;
  searched.forEach((cells, i) => {
    if (labels[i]) widestLabels = Math.max(widestLabels, filled(cells));
  });
  const index = searched.findIndex((cells, i) => labels[i] && filled(cells) * 5 >= widestLabels * 4);
  return index === -1 ? { index: 0, labels: false } : { index, labels: true };
}
