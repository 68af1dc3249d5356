/**
 * The French of kpi-core's refusals (RevueError), one catalogue shared by the CLI (`--lang fr`)
 * and the dashboard's French page (STYLE: one catalogue per language, used by the report, the CLI
 * and the dashboard alike). kpi-core throws its RevueErrors in English (`describeError` is the
 * English line); here each code has its French sentence, keeping the file, row and column, and the
 * value the English sentence names (a period, a client, a time zone, sizes, columns…) where its
 * shape is known. Moved here from the CLI (cli/messages.ts); the dashboard's copy
 * (lib/i18n/fr.ts, `error.<code>`) is gone.
 */
import { oneLine } from '../ingest/messages.js';
import { policyProblemFrench } from '../policy/problem-fr.js';
import { NNBSP } from './messages.js';

/** What a refusal says and where: a RevueError, or the plain one the dashboard's worker passes on. */
export interface RevueErrorWords {
  code: string;
  message: string;
  file?: string | undefined;
  row?: number | undefined;
  column?: string | undefined;
}

/**
 * Codes of a broken contract between a caller and kpi-core (an option out of range): no user can
 * cause them, so they have no French sentence; they are said as a fault to report.
 */
export const CONTRACT_ERROR_CODES = ['invalid-option', 'bad-option'] as const;

const q = (text: string) => `«${NNBSP}${text}${NNBSP}»`;
const colon = `${NNBSP}:`;
const semicolon = `${NNBSP};`;

/**
 * Every RevueError code kpi-core throws and its French sentence when no finer one fits (the
 * value-carrying sentences below come first). `errors-fr.test.ts` reads kpi-core's sources:
 * a code missing here fails there. The contract codes are null.
 */
const FRENCH_BY_CODE: Readonly<Record<string, ((error: RevueErrorWords) => string) | null>> = {
  'not-csv': (e) => `${e.file ?? 'ce fichier'} n’est pas un fichier texte CSV${notCsvWhat(e.message)}${semicolon} exportez-le en CSV et réessayez`,
  'bad-xlsx': (e) => `${e.file ?? 'ce fichier'} n’est pas un classeur .xlsx lisible, ou il est endommagé${semicolon} enregistrez-le de nouveau en .xlsx ou en CSV`,
  'damaged-workbook': (e) =>
    `${e.file ?? 'ce fichier'} est un classeur endommagé ou incomplet (un fichier ZIP dont la fin manque ou est illisible${colon} coupé par un téléchargement ou une copie${NNBSP}?)${semicolon} enregistrez-le ou exportez-le de nouveau, en XLSX ou en CSV`,
  'old-excel': (e) => `${e.file ?? 'ce fichier'} est un ancien fichier Excel .xls ou un classeur protégé par mot de passe${semicolon} enregistrez-le en .xlsx ou en CSV`,
  'too-large': (e) => `${e.file ?? 'ce fichier'} est trop volumineux pour être lu${sizes(e.message)}${semicolon} découpez l’export`,
  'too-many-rows': (e) => `${e.file ?? 'ce fichier'} a plus de lignes que la limite${semicolon} découpez l’export`,
  empty: (e) => `${e.file ?? 'ce fichier'} est vide${colon} il n’a aucune ligne, pas même une ligne d’en-tête`,
  'unknown-format': (e) =>
    /reads as column names/.test(e.message)
      ? `${e.file ?? 'ce fichier'}${colon} aucune de ses premières lignes ne se lit comme des noms de colonnes${colon} la ligne d’en-tête manque-t-elle${NNBSP}?`
      : `${e.file ?? 'ce fichier'}${colon} aucun format d’export connu ne reconnaît ces colonnes${semicolon} indiquez quelle colonne contient quoi dans une correspondance des colonnes${columnsOf(e.message)}`,
  // The one file that is no ticket list so far (ingest/presets/zammad.ts): Zammad's time accounting.
  'not-a-ticket-list': (e) =>
    `${e.file ?? 'ce fichier'} est l’export de la saisie du temps de Zammad (${/by activity/.test(e.message) ? `par activité${colon} une ligne par temps saisi, datée du moment de la saisie` : 'par ticket'}), ` +
    `pas une liste de tickets${colon} il ne contient que les tickets sur lesquels du temps a été saisi pendant un mois. Exportez plutôt la liste des tickets ` +
    `(Zammad${colon} Rapports, puis Télécharger${semicolon} Revue lit ce fichier XLSX tel quel)`,
  'missing-column': (e) =>
    /reads as data/.test(e.message)
      ? `${e.file ?? 'ce fichier'}${colon} aucune colonne pour le champ obligatoire ${e.column ?? ''}${semicolon} sa première ligne se lit comme des données, non comme des noms de colonnes${colon} la ligne d’en-tête manque-t-elle${NNBSP}?`
      : `${e.file ?? 'ce fichier'}${colon} aucune colonne pour le champ obligatoire ${e.column ?? ''}${columnsOf(e.message)}`,
  // The column is the error's own field (read.ts throws it with { file, column }), cut and made
  // one line as the English message writes it: a header of the user's may be long or hold a newline.
  'mapping-column-missing': (e) =>
    `${e.file ?? 'ce fichier'}${colon} la colonne ${e.column === undefined ? '' : `${q(oneLine(e.column, 60))} `}que nomme la correspondance n’est pas dans le fichier`,
  'encoding-mismatch': (e) =>
    `${e.file ?? 'ce fichier'}${colon} ses caractères ne sont pas dans l’encodage que déclare la correspondance${semicolon} corrigez ou retirez l’encodage de la correspondance`,
  'excel-converted-dates': () =>
    `Excel a changé certaines dates de cette colonne en ses propres dates et en a gardé d’autres en texte${colon} il a lu le fichier avec un autre ordre jour/mois que celui du fichier, et les dates changées peuvent avoir le jour et le mois inversés. Exportez de nouveau le fichier depuis l’outil, ou ouvrez le CSV dans Excel par Données → À partir d’un fichier texte, cette colonne en texte`,
  'no-tickets': () => `aucun ticket n’a été lu (aucune ligne de données, ou toutes rejetées)${colon} il n’y a rien à revoir`,
  unreadable: (e) => `impossible de lire ${e.file ?? 'ce fichier'}`,
  calendar: () => 'les horaires d’ouverture, jours fériés ou jours de fermeture de la politique sont inutilisables',
  // Thrown by the CLI itself (main.ts), already in the run's language.
  usage: (e) => e.message,
  period: () => 'cette période ne peut pas être revue',
  file: (e) => e.message,
  client: () => 'aucun client des données ne porte ce nom',
  policy: () => 'la politique est inutilisable',
  plan: () => 'le plan préventif est illisible (en-tête attendu' + colon + ' id,title,assetType,assetIds,category,every)',
  'unknown-preset': () => 'ce format d’export n’est pas connu',
  // Thrown by the CLI's HTML writer only (cli/html.ts): the dashboard never meets it.
  'missing-dependency': () =>
    `--format html dessine ses graphiques avec vega et vega-lite, des dépendances facultatives qui ne sont pas installées${colon} lancez ${'`'}npm install vega@^6.4.0 vega-lite@^6.4.3${'`'} à côté de @revue/kpi-core, ou utilisez --format md`,
  json: (e) => e.message,
  'bad-timezone': () => 'fuseau horaire inconnu',
  'bad-mapping': () => 'la correspondance des colonnes n’est pas valable',
  'bad-encoding': () => 'encodage des caractères non pris en charge',
  'bad-date-format': () => 'ce format de date ne peut pas être lu',
  'as-of': () => 'la date des données n’est pas une date et une heure',
  'invalid-option': null,
  'bad-option': null,
};

/** kpi-core sentences that carry a value the user wrote, and their French (checked against kpi-core's own messages by the test). */
const FRENCH_WITH_VALUES: ReadonlyArray<[RegExp, (match: RegExpExecArray) => string]> = [
  [/^period "(.*)" is outside (\d+–\d+)$/s, (m) => `la période ${q(m[1]!)} sort de ${m[2]}`],
  [/^period "(.*)" ends before it starts$/s, (m) => `la période ${q(m[1]!)} finit avant de commencer`],
  [/^"(.*)" is not a period \(/s, (m) => `${q(m[1]!)} n’est pas une période${colon} écrire 2026-03, 2026-Q2, 2026-H1, 2026 ou deux dates 2026-04-01..2026-06-30`],
  [/^no client named "(.*)" \(the data names no client\)$/s, (m) => `aucun client ne s’appelle ${q(m[1]!)} (les données ne nomment aucun client)`],
  [/^no client named "(.*)" \(clients: (.*)\)$/s, (m) => `aucun client ne s’appelle ${q(m[1]!)} (clients${colon} ${m[2]})`],
  [/^"(.*)" names several clients \((.*)\): write it exactly$/s, (m) => `${q(m[1]!)} désigne plusieurs clients (${m[2]})${colon} écrivez-le exactement`],
  // Said without the CLI's option name: the dashboard's page says it too.
  [/^as-of: "(.*)" is not an ISO instant$/s, (m) => `la date des données ${q(m[1]!)} n’est pas une date ISO (par exemple 2026-09-30 ou 2026-09-30T18:00)`],
  [/^unknown time zone (.*)$/s, (m) => `fuseau horaire inconnu ${q(m[1]!)}`],
  [/^"(.*)" is not a known time zone$/s, (m) => `fuseau horaire inconnu ${q(m[1]!)}`],
  [/^unsupported encoding (.*); use /s, (m) => `encodage des caractères non pris en charge ${q(m[1]!)}${semicolon} utilisez utf-8, windows-1252, utf-16le ou utf-16be`],
  [/^date format (.*) is not a valid date-fns format$/s, (m) => `le format de date ${q(m[1]!)} n’est pas un format date-fns valable`],
  [/^unknown preset (\S+); known presets: (.*)$/s, (m) => `format d’export inconnu ${q(m[1]!)}${semicolon} formats connus${colon} ${m[2]}`],
  [/^mapping (\S+) must be /s, (m) => `la correspondance des colonnes n’est pas valable à ${m[1]}`],
  // A policy refusal names its place in the document; its reason in the policy editor's French
  // (policyProblemFrench), or the plain "cannot be used" when the table does not know it.
  [/^(policy(?:\.[^:\s]*)?): (.*)$/s, (m) => `${m[1]}${colon} ${policyProblemFrench(m[2]!) ?? 'la politique est inutilisable ici'}`],
];

function notCsvWhat(message: string): string {
  const what: Array<[string, string]> = [
    ['(a ZIP or XLSX file)', ' (un fichier ZIP ou XLSX)'],
    ['(a PDF file)', ' (un fichier PDF)'],
    ['(binary data: it contains NUL bytes)', ` (données binaires${colon} il contient des octets NUL)`],
    ['(binary data: too many control characters)', ` (données binaires${colon} trop de caractères de contrôle)`],
  ];
  return what.find(([words]) => message.includes(words))?.[1] ?? '';
}

/** "is 1.0 GB; the limit is 512 MB" → " (1,0 GB, limite 512 MB)": the sizes kpi-core names, kept. */
function sizes(message: string): string {
  const match = /is ([\d.]+ (?:GB|MB|KB|bytes)); the limit is ([\d.]+ (?:GB|MB|KB|bytes))/.exec(message);
  return match === null ? '' : ` (${match[1]!.replace('.', ',').replace('bytes', 'octets')}, limite ${match[2]!.replace('.', ',').replace('bytes', 'octets')})`;
}

/** The file's columns kpi-core lists ("the file's columns are: a, b"), kept. */
function columnsOf(message: string): string {
  const match = /the file's columns are: (.*)$/s.exec(message);
  return match === null ? '' : `${semicolon} colonnes du fichier${colon} ${match[1]!.replace(/ … and (\d+) more$/, ' … et $1 autres')}`;
}

/**
 * A RevueError in French: the code's sentence (or the finer one whose value it names: a period, a
 * client, a time zone, a policy path…), with the file, row and column it names. `null` for a
 * broken contract ({@link CONTRACT_ERROR_CODES}) or a code this catalogue does not know: the caller
 * says it as an unexpected fault, with kpi-core's English detail. The CLI (`--lang fr`) and the
 * dashboard (French page) both say a refusal through this one function, so their words agree.
 *
 * @example
 * revueErrorFrench({ code: 'period', message: 'period "2150-Q1" is outside 1970–2100' });
 * // → 'la période « 2150-Q1 » sort de 1970–2100' (narrow no-break spaces inside « »)
 * revueErrorFrench({ code: 'unreadable', message: 'cannot read a.csv: EACCES', file: 'a.csv', row: 42, column: 'Date' });
 * // → 'a.csv, ligne 42, Date : impossible de lire a.csv'
 */
export function revueErrorFrench(error: RevueErrorWords): string | null {
  const byCode = Object.hasOwn(FRENCH_BY_CODE, error.code) ? FRENCH_BY_CODE[error.code] : undefined;
  if (byCode === null || byCode === undefined) return null;
  let text: string | null = null;
  // The reading refusals have their own sentence (they name the file themselves).
  if (!READ_CODES.has(error.code) && !OWN_CODES.has(error.code)) {
    for (const [pattern, say] of FRENCH_WITH_VALUES) {
      const match = pattern.exec(error.message);
      if (match !== null) {
        text = say(match);
        break;
      }
    }
  }
  text ??= byCode(error);
  if (error.file !== undefined && text.startsWith(error.file) && error.row === undefined) return text;
  const where = [error.file, error.row === undefined ? undefined : `ligne ${error.row}`, error.code === 'missing-column' ? undefined : error.column]
    .filter((part) => part !== undefined && part !== '')
    .join(', ');
  return where === '' ? text : `${where}${colon} ${text}`;
}

/**
 * Refusals of the CLI itself (main.ts), written in the run's language where they are thrown: their
 * message is said as it is. The dashboard never meets them.
 */
const OWN_CODES = new Set(['usage', 'file', 'json']);

const READ_CODES = new Set([
  'not-csv', 'bad-xlsx', 'damaged-workbook', 'old-excel', 'too-large', 'too-many-rows', 'empty', 'unknown-format', 'missing-column',
  'not-a-ticket-list', 'mapping-column-missing', 'encoding-mismatch', 'excel-converted-dates', 'no-tickets', 'unreadable',
]);
