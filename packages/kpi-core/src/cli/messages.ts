/**
 * Every line the CLI writes to a person (standard error, help, refusals), in English and French:
 * `--lang fr` makes the whole run French, not only the review. One catalogue per language
 * (vega-lite style: one function per message), so the wording lives in one place and tests can
 * name the message instead of the text. The `revue:` tag that starts each line is the program's
 * name, not a word: it stays in both languages so that scripts can find the lines.
 *
 * kpi-core's library refusals (RevueError) are written in English where they are thrown; `errorLine`
 * says them in French from the catalogue the dashboard uses too (report/errors-fr.ts).
 */
import { RevueError, describeError } from '../internal/errors.js';
import { formatter } from '../report/format.js';
import { NNBSP } from '../report/messages.js';
import { revueErrorFrench } from '../report/errors-fr.js';

export type CliLanguage = 'en' | 'fr';

/**
 * The language of a run, read from the arguments before anything else (a refusal of the
 * arguments themselves is said in it too): `--lang fr` or `--lang=fr`; English otherwise.
 *
 * @example cliLanguage(['report', '--tickets', 't.csv', '--lang', 'fr']) // 'fr'
 */
export function cliLanguage(argv: readonly string[]): CliLanguage {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang' && argv[i + 1] === 'fr') return 'fr';
    if (arg === '--lang=fr') return 'fr';
  }
  return 'en';
}

/** What the reader counted in one file, for the one-line summary. */
export interface QualityLine {
  file: string;
  preset: string;
  rowsRead: number;
  accepted: number;
  rejected: number;
  blank: number;
  merged: number;
  flagged: number;
}

export interface CliText {
  /** The help (`revue --help`). */
  usage: string;
  reading(file: string, percent: number): string;
  quality(line: QualityLine): string;
  openedAfter(count: number, asOf: string): string;
  wrote(file: string): string;
  wroteClient(file: string, client: string): string;
  withoutClient(count: number): string;
  toUseProposal(path: string, assets: boolean, out: string, option: string): string;
  wroteProposal(out: string, use: string): string;
  unexpected(detail: string): string;
  // Refusals of the command line itself (RevueError 'usage' and 'file', thrown by main.ts).
  unknownCommand(command: string): string;
  ticketsRequired: string;
  formatMust(value: string): string;
  detailOnlyFull(value: string): string;
  langMust(value: string): string;
  assetsMappingNeedsAssets: string;
  noClientToSplit(accepted: number): string;
  mappingNeedsOneFile: string;
  cannotRead: string;
  cannotWrite(code: string): string;
  notAFolderForByClient: string;
  cannotMakeFolder(code: string): string;
  outFolderNotFolder(folder: string): string;
  outFolderMissing(folder: string): string;
  outIsFolder: string;
  outFolderNotWritable(folder: string): string;
  notJson(detail: string): string;
  /** node:util parseArgs refusals, by their code (`ERR_PARSE_ARGS_UNKNOWN_OPTION`…) and the option they name. */
  badArgument(code: string, name: string | null): string;
}

const PLURALS = { en: new Intl.PluralRules('en'), fr: new Intl.PluralRules('fr') };
/** One or many, by the language's plural rules (French: 0 and 1 are singular). */
const pluralIn = (language: CliLanguage) => (count: number, one: string, many: string) => (PLURALS[language].select(count) === 'one' ? one : many);
const plural = pluralIn('en');
const pluriel = pluralIn('fr');

const USAGE_EN = `Usage: revue report --tickets FILE [options]
       revue mapping FILE [--assets] [--out FILE] [--lang en|fr]

Reads a helpdesk export (and optionally an asset export) and prints the service review.
"revue mapping" proposes a column mapping for an export no preset knows and writes it as JSON
to check, edit and pass to --mapping (--assets-mapping for an asset file).

Options:
  --tickets FILE     ticket export (CSV or XLSX): GLPI, ServiceNow, Jira, OTRS/Znuny/OTOBO, Zendesk,
                     Freshdesk, Freshservice, Zammad, osTicket, iTop or canonical; any other tool
                     through a mapping (revue mapping FILE proposes one)
  --assets FILE      asset export (CSV or XLSX): GLPI, Snipe-IT, Lansweeper, ServiceNow, iTop or
                     canonical; any other list through revue mapping FILE --assets
  --policy FILE      policy JSON (time zone, opening hours, SLA targets, rates, preventive plan…);
                     without hourly rates, money figures that need them are not measured
  --plan FILE        preventive plan CSV (id,title,assetType,assetIds,category,every); replaces the policy's plan
  --mapping FILE     column mapping JSON for the ticket file, for exports no preset knows
  --assets-mapping FILE  column mapping JSON for the asset file
  --preset NAME      auto (default) or a preset name, e.g. glpi, servicenow, jira
  --period P         2026-03, 2026-Q2, 2026-H1, 2026, or a range of dates 2026-04-01..2026-06-30
                     (both days included), or of instants 2026-04-01T08:00..2026-04-02T08:00 (end
                     excluded); default: the latest quarter ended by --as-of that holds at least a
                     tenth as many tickets as the busiest quarter (else the quarter of --as-of)
  --client NAME      only this client (case, accents and spacing ignored; an unknown name is refused)
  --as-of ISO        "now" for open tickets (default: the latest date in the tickets); without
                     Z or an offset, in the policy's time zone (a date alone: its midnight)
  --format F         json (default), md or html
  --detail full      JSON with the previous period's per-asset maps and id lists too; by default
                     the previous period keeps its figures and breakdowns only (cuts listed in
                     "truncated"), the period reviewed is always whole
  --lang L           en (default) or fr: the review, its findings and every message of the run
                     (progress, notices, refusals, this help)
  --out FILE         write to FILE instead of standard output
  --by-client DIR    write one report per client into DIR
  -h, --help         this help
  -v, --version      the version`;

// The options keep their English names (they are the command's syntax); what they do is French.
const USAGE_FR = `Usage${NNBSP}: revue report --tickets FICHIER [options]
       revue mapping FICHIER [--assets] [--out FICHIER] [--lang en|fr]

Lit un export d’outil de support (et, si on le donne, un export du parc) et écrit la revue de service.
«${NNBSP}revue mapping${NNBSP}» propose une correspondance des colonnes pour un export qu’aucun format connu ne lit,
et l’écrit en JSON, à vérifier, corriger et passer à --mapping (--assets-mapping pour un fichier du parc).

Options${NNBSP}:
  --tickets FICHIER  export des tickets (CSV ou XLSX)${NNBSP}: GLPI, ServiceNow, Jira, OTRS/Znuny/OTOBO, Zendesk,
                     Freshdesk, Freshservice, Zammad, osTicket, iTop ou canonique${NNBSP}; tout autre outil
                     par une correspondance (revue mapping FICHIER en propose une)
  --assets FICHIER   export du parc (CSV ou XLSX)${NNBSP}: GLPI, Snipe-IT, Lansweeper, ServiceNow, iTop ou
                     canonique${NNBSP}; toute autre liste par revue mapping FICHIER --assets
  --policy FICHIER   politique en JSON (fuseau horaire, horaires d’ouverture, objectifs SLA, taux, plan préventif…)${NNBSP};
                     sans taux horaires, les montants qui en ont besoin ne sont pas mesurés
  --plan FICHIER     plan préventif en CSV (id,title,assetType,assetIds,category,every)${NNBSP}; remplace celui de la politique
  --mapping FICHIER  correspondance des colonnes (JSON) du fichier des tickets, pour un export qu’aucun format connu ne lit
  --assets-mapping FICHIER  correspondance des colonnes (JSON) du fichier du parc
  --preset NOM       auto (par défaut) ou le nom d’un format connu, par exemple glpi, servicenow, jira
  --period P         2026-03, 2026-Q2, 2026-H1, 2026, ou deux dates 2026-04-01..2026-06-30 (les deux
                     jours compris), ou deux instants 2026-04-01T08:00..2026-04-02T08:00 (fin exclue)${NNBSP};
                     par défaut${NNBSP}: le dernier trimestre fini à --as-of qui compte au moins un dixième
                     des tickets du trimestre le plus chargé (sinon le trimestre de --as-of)
  --client NOM       ce client seulement (majuscules, accents et espaces ignorés${NNBSP}; un nom inconnu est refusé)
  --as-of ISO        «${NNBSP}maintenant${NNBSP}» pour les tickets ouverts (par défaut${NNBSP}: la dernière date des tickets)${NNBSP};
                     sans Z ni décalage, dans le fuseau de la politique (une date seule${NNBSP}: son minuit)
  --format F         json (par défaut), md ou html
  --detail full      JSON avec aussi, pour la période précédente, le détail par équipement et les listes
                     d’identifiants${NNBSP}; par défaut, la période précédente garde ses chiffres et ventilations
                     seulement (coupes listées dans «${NNBSP}truncated${NNBSP}»), la période revue est toujours entière
  --lang L           en (par défaut) ou fr${NNBSP}: la revue, ses constats et chaque message de l’exécution
                     (progression, avis, refus, cette aide)
  --out FICHIER      écrire dans FICHIER au lieu de la sortie standard
  --by-client DOSSIER  écrire une revue par client dans DOSSIER
  -h, --help         cette aide
  -v, --version      la version`;

/**
 * How a file was read, beside its name: a tool's preset keeps its name (glpi, servicenow), the
 * two that are not a tool's are said in words ("kats.csv (mapping)" showed a French user an
 * internal name in English).
 */
const EN_SOURCES: Record<string, string> = { mapping: 'your mapping', canonical: 'Revue format' };
const FR_SOURCES: Record<string, string> = { mapping: 'votre correspondance', canonical: 'format Revue' };

/** Counts grouped as the review groups them ("1 200 lignes" on the terminal beside "1 200" in the review). */
const enCount = (count: number) => EN_NUMBERS.number(count, 0);
const frCount = (count: number) => FR_NUMBERS.number(count, 0);
const EN_NUMBERS = formatter('en', 'EUR', 'UTC');
const FR_NUMBERS = formatter('fr', 'EUR', 'UTC');

const EN: CliText = {
  usage: USAGE_EN,
  reading: (file, percent) => `reading ${file} ${percent}%`,
  quality: (q) => {
    const parts = [`${enCount(q.rowsRead)} ${plural(q.rowsRead, 'row', 'rows')}`, `${enCount(q.accepted)} accepted`, `${enCount(q.rejected)} rejected`];
    if (q.blank) parts.push(`${enCount(q.blank)} blank`);
    if (q.merged) parts.push(`${enCount(q.merged)} merged into later events`);
    if (q.flagged) parts.push(`${enCount(q.flagged)} ${plural(q.flagged, 'value', 'values')} flagged (listed under "Data quality")`);
    return `${q.file} (${EN_SOURCES[q.preset] ?? q.preset}): ${parts.join(', ')}`;
  },
  openedAfter: (count, asOf) => `${count} ${plural(count, 'ticket', 'tickets')} opened after the data date (${asOf}) left out of every figure`,
  wrote: (file) => `wrote ${file}`,
  wroteClient: (file, client) => `wrote ${file} (client "${client}")`,
  withoutClient: (count) =>
    `${count} ${plural(count, 'ticket names no client: it is', 'tickets name no client: they are')} in none of these reviews, only in the review of all clients (without --by-client)`,
  toUseProposal: (path, assets, out, option) => `to use it: revue mapping ${path}${assets ? ' --assets' : ''} --out ${out}, check and edit ${out}, then add ${option} ${out}`,
  wroteProposal: (out, use) => `wrote ${out}; check it, then: ${use}`,
  unexpected: (detail) => `unexpected error: ${detail} (please report it)`,
  unknownCommand: (command) => `unknown command "${command}" (try: revue report --help)`,
  ticketsRequired: '--tickets FILE is required (try: revue report --help)',
  formatMust: (value) => `--format must be json, md or html, not "${value}"`,
  detailOnlyFull: (value) => `--detail takes only "full" (without it, the previous period's per-asset maps and id lists are left out), not "${value}"`,
  langMust: (value) => `--lang must be en or fr, not "${value}"`,
  assetsMappingNeedsAssets: '--assets-mapping needs --assets FILE',
  noClientToSplit: (accepted) =>
    `no ticket names a client (${accepted} ${plural(accepted, 'ticket', 'tickets')} read, no client column or every client cell empty): --by-client has nothing to split; use --out FILE for one review of all tickets`,
  mappingNeedsOneFile: 'revue mapping needs one FILE (try: revue mapping tickets.csv --out tickets.mapping.json)',
  cannotRead: 'cannot read this file (does it exist?)',
  cannotWrite: (code) => `cannot write this file${code === '' ? '' : ` (${code})`}`,
  notAFolderForByClient: 'is a file, not a folder: --by-client needs a folder (it is made if missing)',
  cannotMakeFolder: (code) => `cannot make or write into this folder${code === '' ? '' : ` (${code})`}`,
  outFolderNotFolder: (folder) => `cannot write this file: ${folder} is not a folder`,
  outFolderMissing: (folder) => `cannot write this file: the folder ${folder} does not exist`,
  outIsFolder: 'cannot write this file: it is a folder',
  outFolderNotWritable: (folder) => `cannot write this file: the folder ${folder} is not writable`,
  notJson: (detail) => `not valid JSON (${detail})`,
  badArgument: (code, name) => {
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${name ?? ''} (try: revue report --help)`;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `option ${name ?? ''} needs a value (try: revue report --help)`;
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument ${name === null ? '' : `"${name}"`} (try: revue report --help)`;
    return 'the command is not written as expected (try: revue report --help)';
  },
};

const q = (text: string) => `«${NNBSP}${text}${NNBSP}»`;
const colon = `${NNBSP}:`;
const semicolon = `${NNBSP};`;

const FR: CliText = {
  usage: USAGE_FR,
  reading: (file, percent) => `lecture de ${file}${NNBSP}: ${percent}${NNBSP}%`,
  quality: (l) => {
    const parts = [`${frCount(l.rowsRead)} ${pluriel(l.rowsRead, 'ligne', 'lignes')}`, `${frCount(l.accepted)} ${pluriel(l.accepted, 'acceptée', 'acceptées')}`, `${frCount(l.rejected)} ${pluriel(l.rejected, 'rejetée', 'rejetées')}`];
    if (l.blank) parts.push(`${frCount(l.blank)} ${pluriel(l.blank, 'vide', 'vides')}`);
    if (l.merged) parts.push(`${frCount(l.merged)} ${pluriel(l.merged, 'fusionnée', 'fusionnées')} dans des événements suivants`);
    if (l.flagged) parts.push(`${frCount(l.flagged)} ${pluriel(l.flagged, 'valeur signalée', 'valeurs signalées')} (listées sous ${q('Qualité des données')})`);
    return `${l.file} (${FR_SOURCES[l.preset] ?? l.preset})${colon} ${parts.join(', ')}`;
  },
  openedAfter: (count, asOf) =>
    `${count} ${pluriel(count, 'ticket ouvert', 'tickets ouverts')} après la date des données (${asOf}), ${pluriel(count, 'laissé', 'laissés')} hors de tous les chiffres`,
  wrote: (file) => `écrit${colon} ${file}`,
  wroteClient: (file, client) => `écrit${colon} ${file} (client ${q(client)})`,
  withoutClient: (count) =>
    `${count} ${pluriel(count, `ticket ne nomme aucun client${colon} il n’est`, `tickets ne nomment aucun client${colon} ils ne sont`)} dans aucune de ces revues, seulement dans celle de tous les clients (sans --by-client)`,
  toUseProposal: (path, assets, out, option) =>
    `pour l’utiliser${colon} revue mapping ${path}${assets ? ' --assets' : ''} --out ${out}, vérifiez et corrigez ${out}, puis ajoutez ${option} ${out}`,
  wroteProposal: (out, use) => `écrit${colon} ${out}${semicolon} vérifiez-le, puis${colon} ${use}`,
  unexpected: (detail) => `erreur inattendue${colon} ${detail} (merci de la signaler)`,
  unknownCommand: (command) => `commande inconnue ${q(command)} (voir${colon} revue report --help)`,
  ticketsRequired: `--tickets FICHIER est obligatoire (voir${colon} revue report --help)`,
  formatMust: (value) => `--format vaut json, md ou html, pas ${q(value)}`,
  detailOnlyFull: (value) =>
    `--detail ne prend que ${q('full')} (sans lui, le détail par équipement et les listes d’identifiants de la période précédente sont laissés de côté), pas ${q(value)}`,
  langMust: (value) => `--lang vaut en ou fr, pas ${q(value)}`,
  assetsMappingNeedsAssets: '--assets-mapping demande --assets FICHIER',
  noClientToSplit: (accepted) =>
    `aucun ticket ne nomme de client (${accepted} ${pluriel(accepted, 'ticket lu', 'tickets lus')}, pas de colonne client ou toutes ses cellules vides)${colon} --by-client n’a rien à répartir${semicolon} utilisez --out FICHIER pour une revue de tous les tickets`,
  mappingNeedsOneFile: `revue mapping demande un FICHIER (par exemple${colon} revue mapping tickets.csv --out tickets.mapping.json)`,
  cannotRead: `impossible de lire ce fichier (existe-t-il${NNBSP}?)`,
  cannotWrite: (code) => `impossible d’écrire ce fichier${code === '' ? '' : ` (${code})`}`,
  notAFolderForByClient: `c’est un fichier, pas un dossier${colon} --by-client demande un dossier (créé s’il manque)`,
  cannotMakeFolder: (code) => `impossible de créer ce dossier ou d’y écrire${code === '' ? '' : ` (${code})`}`,
  outFolderNotFolder: (folder) => `impossible d’écrire ce fichier${colon} ${folder} n’est pas un dossier`,
  outFolderMissing: (folder) => `impossible d’écrire ce fichier${colon} le dossier ${folder} n’existe pas`,
  outIsFolder: `impossible d’écrire ce fichier${colon} c’est un dossier`,
  outFolderNotWritable: (folder) => `impossible d’écrire ce fichier${colon} le dossier ${folder} n’est pas accessible en écriture`,
  // Node's parser says why in English: the French line names the file and row instead.
  notJson: () => 'JSON invalide',
  badArgument: (code, name) => {
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `option inconnue ${name ?? ''} (voir${colon} revue report --help)`;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `l’option ${name ?? ''} demande une valeur (voir${colon} revue report --help)`;
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `argument inattendu${name === null ? '' : ` ${q(name)}`} (voir${colon} revue report --help)`;
    return `la commande n’est pas écrite comme attendu (voir${colon} revue report --help)`;
  },
};

export const CLI_TEXT: Record<CliLanguage, CliText> = { en: EN, fr: FR };

/**
 * The one line a refusal is said in: in English `describeError`'s; in French the shared catalogue's
 * (report/errors-fr.ts), or, for a fault no user can cause, an unexpected error with its detail.
 *
 * @example errorLine(new RevueError('period', 'period "2150-Q1" is outside 1970–2100'), 'fr') // 'la période « 2150-Q1 » sort de 1970–2100'
 */
export function errorLine(error: RevueError, language: CliLanguage): string {
  if (language === 'en') return describeError(error);
  return revueErrorFrench(error) ?? FR.unexpected(describeError(error));
}
