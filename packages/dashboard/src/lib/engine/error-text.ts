/**
 * A refusal of the engine in the page's language. kpi-core writes its RevueErrors in English
 * (the CLI's words, `describeError`); the page in English shows them as they are, the page in
 * French says the ones a user can hit reading files (not a CSV, a damaged workbook, too large,
 * no header, a missing column…) from the i18n catalogue, keeping the file, row and column the
 * error names. Any other error keeps kpi-core's sentence.
 */
import type { PlainRevueError } from '@revue/kpi-core/parts';
import type { Language, MessageKey, Translate } from '../i18n/index.js';

/** The RevueError codes of reading a file, said in the page's language. */
const READ_ERRORS = [
  'not-csv',
  'bad-xlsx',
  'damaged-workbook',
  'old-excel',
  'too-large',
  'too-many-rows',
  'empty',
  'unknown-format',
  'missing-column',
  'mapping-column-missing',
  'encoding-mismatch',
  'excel-converted-dates',
  'no-tickets',
  'unreadable',
] as const;

/**
 * What kpi-core's `sniffNotCsv` found, as the words of its `not-csv` message ("… is not a CSV
 * text file (a PDF file); …"), by i18n key. Pinned against kpi-core's own messages by
 * error-text.test.ts: a change of its wording fails there, not silently here.
 */
const NOT_CSV_WHAT: ReadonlyArray<[string, MessageKey]> = [
  ['(a ZIP or XLSX file)', 'error.what.zip'],
  ['(a PDF file)', 'error.what.pdf'],
  ['(binary data: it contains NUL bytes)', 'error.what.nul'],
  ['(binary data: too many control characters)', 'error.what.control'],
];

/**
 * Codes whose kpi-core message says one of two things: the words of the other one, and its key.
 * A first row that reads as data means a missing header row, not a missing mapping. Pinned
 * against kpi-core's messages by error-text.test.ts.
 */
const VARIANTS: ReadonlyArray<[code: string, words: string, key: MessageKey]> = [
  ['unknown-format', 'reads as column names', 'error.no-header-row'],
  ['missing-column', 'reads as data', 'error.missing-column.no-header'],
];

/** An error as the engine gives it: kpi-core's message, and the RevueError's code and place when it is one. */
export interface EngineFailure {
  message: string;
  revue?: PlainRevueError | undefined;
}

/**
 * The error's sentence in `language`: kpi-core's in English; in French the catalogue's
 * `error.<code>` with the file, row and column, or kpi-core's sentence for a code it does not know.
 *
 * @example
 * errorText({ message: 'x.csv is not a CSV text file (a PDF file); export it as CSV and try again', revue: { code: 'not-csv', file: 'x.csv', message: '…' } }, 'fr', t);
 * // → 'x.csv n’est pas un fichier texte CSV (un fichier PDF) ; exportez-le en CSV et réessayez'
 */
export function errorText(error: EngineFailure, language: Language, t: Translate): string {
  const revue = error.revue;
  if (language === 'en' || revue === undefined || !(READ_ERRORS as readonly string[]).includes(revue.code)) return error.message;
  const what = NOT_CSV_WHAT.find(([words]) => revue.message.includes(words));
  const variant = VARIANTS.find(([code, words]) => code === revue.code && revue.message.includes(words));
  const text = t(variant?.[2] ?? (`error.${revue.code}` as MessageKey), {
    file: revue.file ?? '',
    column: revue.column ?? '',
    what: what === undefined ? t('error.what.other') : t(what[1]),
  });
  // The place, as `describeError` gives it, unless the sentence already starts with the file.
  if (revue.file !== undefined && text.startsWith(revue.file) && revue.row === undefined) return text;
  const where = [revue.file, revue.row === undefined ? undefined : t('error.row', { row: revue.row }), revue.code === 'missing-column' ? undefined : revue.column]
    .filter((part) => part !== undefined && part !== '')
    .join(', ');
  return where === '' ? text : t('error.at', { where, text });
}

/** The engine's refusal of `error` (an `EngineError`, any Error, anything thrown), in `language`. */
export function failureText(error: unknown, language: Language, t: Translate): string {
  if (error instanceof Error) return errorText({ message: error.message, revue: (error as { revue?: PlainRevueError }).revue }, language, t);
  return String(error);
}
