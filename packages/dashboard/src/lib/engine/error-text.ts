/**
 * A refusal of the engine in the page's language. kpi-core writes its RevueErrors in English
 * (the CLI's words, `describeError`); the page in English shows them as they are, the page in
 * French says each RevueError code from the i18n catalogue (`error.<code>`), keeping the file,
 * row and column the error names and, where kpi-core's sentence carries a value (a period, a
 * client, a time zone, a policy path), that value. The page's own refusals (no data loaded, no
 * demo in this build, the engine stopped) are said in either language from the catalogue; an
 * error that is no RevueError (a fault, not the user's) says so in plain words, with its detail.
 */
import type { PlainRevueError } from '@revue/kpi-core/parts';
import type { Language, MessageKey, Translate } from '../i18n/index.js';
import { problemOf, problemText } from '../policy/validate.js';

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

/**
 * Every RevueError code kpi-core throws, and the catalogue's sentence for it when the page is in
 * French and no finer sentence fits. `error-text.test.ts` reads kpi-core's sources: a code
 * missing here fails there. `null`: a broken contract between this page and kpi-core (an option
 * out of range), said as a fault to report, with kpi-core's detail.
 */
export const CODE_MESSAGES: Readonly<Record<string, MessageKey | null>> = {
  'not-csv': 'error.not-csv',
  'bad-xlsx': 'error.bad-xlsx',
  'damaged-workbook': 'error.damaged-workbook',
  'old-excel': 'error.old-excel',
  'too-large': 'error.too-large',
  'too-many-rows': 'error.too-many-rows',
  empty: 'error.empty',
  'unknown-format': 'error.unknown-format',
  'missing-column': 'error.missing-column',
  'mapping-column-missing': 'error.mapping-column-missing',
  'encoding-mismatch': 'error.encoding-mismatch',
  'excel-converted-dates': 'error.excel-converted-dates',
  'no-tickets': 'error.no-tickets',
  unreadable: 'error.unreadable',
  calendar: 'error.calendar',
  usage: 'error.usage',
  period: 'error.period',
  file: 'error.file',
  client: 'error.client',
  policy: 'error.policy',
  plan: 'error.plan',
  'unknown-preset': 'error.unknown-preset',
  'missing-dependency': 'error.missing-dependency',
  json: 'error.json',
  'bad-timezone': 'error.bad-timezone',
  'bad-mapping': 'error.bad-mapping',
  'bad-encoding': 'error.bad-encoding',
  'bad-date-format': 'error.bad-date-format',
  'as-of': 'error.as-of',
  'invalid-option': null,
  'bad-option': null,
};

/** The page's own refusals (engine.worker.ts, client.ts), said from the catalogue in both languages. */
export const PAGE_CODES = ['no-data', 'no-demo', 'engine-stopped'] as const;

/** kpi-core's words for "ask for one of these" in its bad-encoding message. */
const ENCODINGS = 'utf-8, windows-1252, utf-16le, utf-16be';

/**
 * kpi-core sentences that carry a value, and the catalogue's sentence with that value. Pinned
 * against kpi-core's own messages by error-text.test.ts (a change of its wording fails there).
 */
const WITH_VALUES: ReadonlyArray<{ pattern: RegExp; say: (match: RegExpExecArray, t: Translate) => string }> = [
  { pattern: /^period "(.*)" is outside (\d+–\d+)$/s, say: (m, t) => t('error.period.outside', { period: m[1]!, range: m[2]! }) },
  { pattern: /^period "(.*)" ends before it starts$/s, say: (m, t) => t('error.period.backwards', { period: m[1]! }) },
  { pattern: /^"(.*)" is not a period \(/s, say: (m, t) => t('error.period.unknown', { period: m[1]! }) },
  { pattern: /^no client named "(.*)" \(the data names no client\)$/s, say: (m, t) => t('error.client.unknown', { name: m[1]!, known: t('error.client.noClients') }) },
  { pattern: /^no client named "(.*)" \(clients: (.*)\)$/s, say: (m, t) => t('error.client.unknown', { name: m[1]!, known: t('error.client.clients', { list: m[2]! }) }) },
  { pattern: /^"(.*)" names several clients \((.*)\): write it exactly$/s, say: (m, t) => t('error.client.several', { name: m[1]!, list: m[2]! }) },
  { pattern: /^as-of: "(.*)" is not an ISO instant$/s, say: (m, t) => t('error.as-of', { asOf: m[1]! }) },
  { pattern: /^unknown time zone (.*)$/s, say: (m, t) => t('error.bad-timezone', { zone: m[1]! }) },
  { pattern: /^"(.*)" is not a known time zone$/s, say: (m, t) => t('error.bad-timezone', { zone: m[1]! }) },
  { pattern: /^unsupported encoding (.*); use /s, say: (m, t) => t('error.bad-encoding', { encoding: m[1]!, known: ENCODINGS }) },
  { pattern: /^date format (.*) is not a valid date-fns format$/s, say: (m, t) => t('error.bad-date-format', { format: m[1]! }) },
  { pattern: /^unknown preset (\S+); known presets: (.*)$/s, say: (m, t) => t('error.unknown-preset.named', { name: m[1]!, known: m[2]! }) },
  { pattern: /^mapping (\S+) must be /s, say: (m, t) => t('error.bad-mapping.key', { key: m[1]! }) },
];

/** An error as the engine gives it: kpi-core's message, and the RevueError's code and place when it is one. */
export interface EngineFailure {
  message: string;
  revue?: PlainRevueError | undefined;
}

/**
 * The error's sentence in `language`: the page's own refusals and faults from the catalogue in
 * both languages; a RevueError in kpi-core's words in English, in French the catalogue's
 * sentence for its code with the file, row and column (and the value kpi-core's sentence names).
 *
 * @example
 * errorText({ message: 'x.csv is not a CSV text file (a PDF file); export it as CSV and try again', revue: { code: 'not-csv', file: 'x.csv', message: '…' } }, 'fr', t);
 * // → 'x.csv n’est pas un fichier texte CSV (un fichier PDF) ; exportez-le en CSV et réessayez'
 * errorText({ message: 'unknown period kind "week"', revue: { code: 'period', message: 'unknown period kind "week"' } }, 'fr', t);
 * // → 'cette période ne peut pas être revue'
 */
export function errorText(error: EngineFailure, language: Language, t: Translate): string {
  const revue = error.revue;
  if (revue === undefined) return t('error.unexpected', { detail: error.message });
  if ((PAGE_CODES as readonly string[]).includes(revue.code)) return t(`error.${revue.code}` as MessageKey);
  const key = Object.hasOwn(CODE_MESSAGES, revue.code) ? CODE_MESSAGES[revue.code] : undefined;
  if (key === null) return t('error.unexpected', { detail: error.message });
  if (language === 'en') return error.message;
  if (key === undefined) return t('error.unexpected', { detail: error.message });
  return placed(revue, frenchOf(revue, key, t), t);
}

/** The French sentence of a RevueError, without its place. */
function frenchOf(revue: PlainRevueError, key: MessageKey, t: Translate): string {
  if ((READ_ERRORS as readonly string[]).includes(revue.code)) {
    const what = NOT_CSV_WHAT.find(([words]) => revue.message.includes(words));
    const variant = VARIANTS.find(([code, words]) => code === revue.code && revue.message.includes(words));
    return t(variant?.[2] ?? key, {
      file: revue.file ?? '',
      column: revue.column ?? '',
      what: what === undefined ? t('error.what.other') : t(what[1]),
    });
  }
  for (const { pattern, say } of WITH_VALUES) {
    const match = pattern.exec(revue.message);
    if (match !== null) return say(match, t);
  }
  // A policy refusal names the place in the document: `policy.sla.P2.response: "8x" is not a duration…`.
  if (revue.code === 'policy' || /^policy[.:]/.test(revue.message)) {
    const problem = problemOf(revue.message);
    if (problem.path !== 'policy' || problem.message !== revue.message) {
      const text = problemText(problem, 'fr');
      // A sentence the policy table does not know stays out: the code's own sentence instead.
      return t('error.policyAt', { where: problem.path, text: text === problem.message ? t('error.policy') : text });
    }
  }
  if (revue.code === 'json') return t('error.json', { file: revue.file ?? '' });
  return t(key);
}

/** The place, as `describeError` gives it, unless the sentence already starts with the file. */
function placed(revue: PlainRevueError, text: string, t: Translate): string {
  if (revue.file !== undefined && text.startsWith(revue.file) && revue.row === undefined) return text;
  const where = [revue.file, revue.row === undefined ? undefined : t('error.row', { row: revue.row }), revue.code === 'missing-column' ? undefined : revue.column]
    .filter((part) => part !== undefined && part !== '')
    .join(', ');
  return where === '' ? text : t('error.at', { where, text });
}

/** The engine's refusal of `error` (an `EngineError`, any Error, anything thrown), in `language`. */
export function failureText(error: unknown, language: Language, t: Translate): string {
  if (error instanceof Error) return errorText({ message: error.message, revue: (error as { revue?: PlainRevueError }).revue }, language, t);
  return t('error.unexpected', { detail: String(error) });
}
