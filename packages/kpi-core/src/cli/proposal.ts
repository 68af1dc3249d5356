/**
 * A proposed mapping as the CLI shows it (short lines on standard error) and writes it
 * (`revue mapping FILE`: JSON that `--mapping` reads as it is, the evidence under `$proposal`).
 */
import { isUpwardPriorityScale, type MappingProposal } from '../ingest/propose.js';
import { dateFormatWords, fieldLabel, valueLabel } from '../model/labels.js';
import { oneLine } from '../ingest/messages.js';
import { NNBSP } from '../report/messages.js';
import type { DurationUnitName } from '../ingest/durations.js';
import type { CliLanguage } from './messages.js';

const EN_UNITS: Record<DurationUnitName, string> = { seconds: 'seconds', minutes: 'minutes', hours: 'hours', days: 'days', text: 'written units (2 h 30 min)' };
const FR_UNITS: Record<DurationUnitName, string> = { seconds: 'secondes', minutes: 'minutes', hours: 'heures', days: 'jours', text: 'unités écrites (2 h 30 min)' };

function quoted(text: string, max = 40): string {
  return `"${oneLine(text, max)}"`;
}

function percent(confidence: number, language: CliLanguage): string {
  return `${Math.round(confidence * 100)}${language === 'fr' ? NNBSP : ''}%`;
}

const colon = `${NNBSP}:`;

/**
 * The words of the proposal's lines. Fields come in already named in plain words (`fieldLabel`),
 * quoted by `field`; the file's columns and values stay as the file writes them.
 */
const WORDS = {
  en: {
    byNames: 'by column names and values',
    extending: (preset: string) => `extending preset ${preset}`,
    heading: (file: string, by: string, line: number, rows: number) => `proposed mapping for ${file} (${by}; header on line ${line}, ${rows} ${rows === 1 ? 'row' : 'rows'} looked at):`,
    field: (label: string) => `“${label}”`,
    duration: (unit: DurationUnitName, after: boolean) => `duration in ${EN_UNITS[unit]}${after ? ' after the opening' : ''}`,
    emptyInRows: '(empty in the rows looked at)',
    label: (prefix: string) => `the label ${prefix}…`,
    years: 'years: small bare numbers',
    monthFirstGuessed: '; month before day guessed from AM/PM: no date looked at has a day above 12',
    dayFirstGuessed: '; day before month guessed: no date looked at has a day above 12',
    upwardPriorities:
      "priority numbers read upward, by Request Tracker's default names: 0–49 Low → P4, 50–99 Medium → P3, 100 and up High → P2; change them if your site set other thresholds",
    statusLabels: (prefix: string, column: string) =>
      `status labels ${prefix} of ${column} read over the status while a ticket is open (a waiting label makes it pending)`,
    timeAccounting: (byActivity: boolean) =>
      `this is Zammad's time accounting download (${byActivity ? 'by activity: one row per time entry, dated when the time was booked' : 'by ticket'}), not a ticket list: ` +
      `it holds only the tickets on which time was booked in one month; export the ticket list instead (Zammad: Reporting, then Download)`,
    noIsMet: (field: string, column: string) =>
      `${field}: a "no" in ${column} is read as met; some tools (GLPI, iTop) also write it for a ticket no SLA applied to: if yours does, take the "no" out of that field's "values" in the mapping`,
    unsure: (field: string, column: string, confidence: string, byValues: boolean) =>
      `${field} ← ${column}: unsure (${confidence}), ${byValues ? 'chosen by its values alone' : 'its name only comes close'}; check it`,
    notDeadline: (column: string, field: string, share: string, why: 'before-first-response' | 'equals-resolution', readAs: string | null) =>
      `${column} not taken as ${field}: ${why === 'before-first-response' ? `its dates come before the first response on ${share} of the rows, which no deadline of resolution does` : `its dates are the resolution itself on ${share} of the rows`}; ` +
      (readAs === null ? 'left out' : `read as ${readAs}, the moment of resolution`),
    notTicketDates: (columns: string, many: boolean) =>
      `${columns} ${many ? 'hold dates that are' : 'holds dates that are'} no ticket's (a purchase, a birth, a warranty…): not taken as the opening date; if the file has no other date, it cannot tell when its tickets were opened`,
    words: (field: string) => `values of ${field}:`,
    more: (count: number) => `(${count} more)`,
    placeholders: 'read as empty (placeholders):',
    unmatched: (field: string) => `values of ${field} not recognised (fill them in):`,
    setAside: (column: string, field: string) =>
      `${column} not used as ${field}: a plain due date may be set by hand, not by an SLA; if your tool sets it from the SLA, name it in "columns"`,
    required: (fields: string) => `required and not found: ${fields} — in "columns", give each key its column`,
    ages: (columns: string, many: boolean, sample: string) =>
      `${columns} ${many ? 'hold' : 'holds'} ages (${sample}), not dates: no instant can be read from ${many ? 'them' : 'it'}; ` +
      `export the file again with the dates themselves (Request Tracker: display the columns Created and Resolved, not CreatedRelative…)`,
    optional: (fields: string) => `not found (optional): ${fields}`,
    noHeader: 'the first rows read as data, not as column names: is the header row missing?',
    comment: (file: string, use: string) => `Proposed by revue mapping from ${file}. Check every column and value, then use it: ${use}. Keys starting with $ are notes; Revue ignores them.`,
  },
  fr: {
    byNames: 'd’après les noms et les valeurs des colonnes',
    extending: (preset: string) => `en complétant le format ${preset}`,
    heading: (file: string, by: string, line: number, rows: number) =>
      `correspondance proposée pour ${file} (${by}${NNBSP}; en-tête à la ligne ${line}, ${rows} ${rows <= 1 ? 'ligne examinée' : 'lignes examinées'})${colon}`,
    field: (label: string) => `«${NNBSP}${label}${NNBSP}»`,
    duration: (unit: DurationUnitName, after: boolean) => `durée en ${FR_UNITS[unit]}${after ? ' après l’ouverture' : ''}`,
    emptyInRows: '(vide dans les lignes examinées)',
    label: (prefix: string) => `l’étiquette ${prefix}…`,
    years: `années${NNBSP}: petits nombres sans unité`,
    monthFirstGuessed: `${NNBSP}; mois avant jour supposé d’après AM/PM${colon} aucune date examinée n’a un jour au-delà de 12`,
    dayFirstGuessed: `${NNBSP}; jour avant mois supposé${colon} aucune date examinée n’a un jour au-delà de 12`,
    upwardPriorities: `numéros de priorité lus vers le haut, d’après les noms par défaut de Request Tracker${colon} 0–49 Low → P4, 50–99 Medium → P3, 100 et plus High → P2${NNBSP}; changez-les si votre site a d’autres seuils`,
    statusLabels: (prefix: string, column: string) =>
      `étiquettes de statut ${prefix} de ${column} lues par-dessus le statut tant qu’un ticket est ouvert (une étiquette d’attente le met en attente)`,
    timeAccounting: (byActivity: boolean) =>
      `c’est l’export de la saisie du temps de Zammad (${byActivity ? `par activité${colon} une ligne par temps saisi, datée du moment de la saisie` : 'par ticket'}), pas une liste de tickets${colon} ` +
      `il ne contient que les tickets sur lesquels du temps a été saisi pendant un mois${NNBSP}; exportez plutôt la liste des tickets (Zammad${colon} Rapports, puis Télécharger)`,
    noIsMet: (field: string, column: string) =>
      `${field}${colon} un «${NNBSP}non${NNBSP}» dans ${column} est lu comme respecté${NNBSP}; certains outils (GLPI, iTop) l’écrivent aussi pour un ticket sans SLA${colon} si c’est le cas du vôtre, retirez le «${NNBSP}non${NNBSP}» des «${NNBSP}values${NNBSP}» de ce champ dans la correspondance`,
    unsure: (field: string, column: string, confidence: string, byValues: boolean) =>
      `${field} ← ${column}${colon} incertain (${confidence}), ${byValues ? 'choisi d’après ses valeurs seules' : 'son nom en est seulement proche'}${NNBSP}; vérifiez-le`,
    notDeadline: (column: string, field: string, share: string, why: 'before-first-response' | 'equals-resolution', readAs: string | null) =>
      `${column} n’est pas pris comme ${field}${colon} ${why === 'before-first-response' ? `ses dates précèdent la première réponse sur ${share} des lignes, ce qu’aucune échéance de résolution ne fait` : `ses dates sont la résolution elle-même sur ${share} des lignes`}${NNBSP}; ` +
      (readAs === null ? 'laissé de côté' : `lu comme ${readAs}, le moment de la résolution`),
    notTicketDates: (columns: string, many: boolean) =>
      `${columns} ${many ? 'contiennent des dates' : 'contient des dates'} qui ne sont pas celles d’un ticket (un achat, une naissance, une garantie…)${colon} pas pris comme date d’ouverture${NNBSP}; si le fichier n’a pas d’autre date, il ne dit pas quand ses tickets ont été ouverts`,
    words: (field: string) => `valeurs de ${field}${colon}`,
    more: (count: number) => `(${count} de plus)`,
    placeholders: `lues comme vides (valeurs de remplissage)${colon}`,
    unmatched: (field: string) => `valeurs de ${field} non reconnues (à compléter)${colon}`,
    setAside: (column: string, field: string) =>
      `${column} n’est pas pris comme ${field}${colon} une simple date d’échéance peut être posée à la main, pas par un SLA${NNBSP}; si votre outil la calcule d’après le SLA, nommez-la dans «${NNBSP}columns${NNBSP}»`,
    required: (fields: string) => `obligatoires et introuvables${colon} ${fields} — dans «${NNBSP}columns${NNBSP}», donnez à chaque clé sa colonne`,
    ages: (columns: string, many: boolean, sample: string) =>
      `${columns} ${many ? 'contiennent' : 'contient'} des âges (${sample}), pas des dates${colon} aucun instant ne peut en être lu${NNBSP}; ` +
      `exportez de nouveau le fichier avec les dates elles-mêmes (Request Tracker${colon} affichez les colonnes Created et Resolved, pas CreatedRelative…)`,
    optional: (fields: string) => `introuvables (facultatifs)${colon} ${fields}`,
    noHeader: `les premières lignes se lisent comme des données, pas comme des noms de colonnes${colon} la ligne d’en-tête manque-t-elle${NNBSP}?`,
    comment: (file: string, use: string) =>
      `Proposée par revue mapping d’après ${file}. Vérifiez chaque colonne et chaque valeur, puis utilisez-la${colon} ${use}. Les clés qui commencent par $ sont des notes${NNBSP}; Revue les ignore.`,
  },
} as const;

/**
 * The proposal in a few readable lines: each field ← its column, how sure, sample values; the
 * status, priority and type words it maps; the placeholders it reads as empty; what it did not
 * recognise or find.
 *
 * @example
 * proposalLines(proposeMapping(csv, { fileName: 'otrs.csv' }))
 * // ['proposed mapping for otrs.csv (header on line 1, 4 rows looked at):', '  id          ← "Chamado#"  100%  2025081510000222, 2025081510000231', …]
 */
export function proposalLines(proposal: MappingProposal, language: CliLanguage = 'en'): string[] {
  const w = WORDS[language];
  const lines: string[] = [];
  const by = proposal.mapping.extends === undefined ? w.byNames : w.extending(proposal.mapping.extends);
  lines.push(w.heading(proposal.file, by, proposal.headerLine, proposal.rowsSampled));
  if (proposal.timeAccounting !== null) lines.push(`  ${w.timeAccounting(proposal.timeAccounting === 'by-activity')}`);
  const entries = Object.entries(proposal.fields);
  const label = (field: string) => fieldLabel(proposal.kind, field, language);
  const named = (field: string) => w.field(label(field));
  const width = Math.max(8, ...entries.map(([field]) => label(field).length));
  const columnWidth = Math.min(32, Math.max(8, ...entries.map(([, f]) => quoted(f!.column).length)));
  for (const [field, proposed] of entries) {
    const f = proposed!;
    const samples = f.samples.slice(0, 3).map((s) => oneLine(s, 30)).join(', ');
    const guessed = f.dateOrderGuessed === 'month-first' ? w.monthFirstGuessed : f.dateOrderGuessed === 'day-first' ? w.dayFirstGuessed : '';
    const detail =
      f.labelPrefix !== undefined
        ? w.label(f.labelPrefix)
        : f.lifeUnit === 'years'
          ? w.years
          : f.durationUnit !== undefined
            ? w.duration(f.durationUnit, field.endsWith('At'))
            : f.dateFormat !== undefined
              ? `${dateFormatWords(f.dateFormat, language)}${guessed}`
              : '';
    const evidence = [samples === '' ? w.emptyInRows : samples, detail === '' ? '' : `(${detail})`].filter((p) => p !== '').join(' ');
    lines.push(`  ${label(field).padEnd(width)} ← ${quoted(f.column).padEnd(columnWidth)} ${percent(f.confidence, language).padStart(language === 'fr' ? 5 : 4)}  ${evidence}`);
  }
  // Each column chosen on thin evidence, said plainly: the percentage alone did not tell a user
  // that the opening date came from a purchase date at 38 %.
  for (const field of proposal.unsure) {
    const f = proposal.fields[field as keyof MappingProposal['fields']]!;
    lines.push(`  ${w.unsure(named(field), quoted(f.column), percent(f.confidence, language), f.by === 'values')}`);
  }
  for (const [field, proposed] of Object.entries(proposal.fields)) {
    if (proposed!.yesMeans === 'breached') lines.push(`  ${w.noIsMet(named(field), quoted(proposed!.column))}`);
  }
  for (const [field, map] of Object.entries(proposal.mapping.values)) {
    const pairs = Object.entries(map ?? {}).map(([source, target]) => `${oneLine(source, 30)} → ${valueLabel(field, target, language)}`);
    if (pairs.length > 0) lines.push(`  ${w.words(named(field))} ${pairs.slice(0, 8).join(', ')}${pairs.length > 8 ? `, … ${w.more(pairs.length - 8)}` : ''}`);
  }
  const priorities = Object.keys(proposal.mapping.values.priority ?? {});
  if (isUpwardPriorityScale(priorities)) {
    lines.push(`  ${w.upwardPriorities}`);
  }
  const statusLabels = proposal.mapping.labels?.statusLabels;
  if (statusLabels !== undefined) {
    lines.push(`  ${w.statusLabels(quoted(`${statusLabels.prefix}…`), quoted(statusLabels.column))}`);
  }
  const placeholders = proposal.mapping.empty?.['*'] ?? [];
  if (placeholders.length > 0) lines.push(`  ${w.placeholders} ${placeholders.map((p) => quoted(p, 20)).join(', ')}`);
  for (const [field, values] of Object.entries(proposal.unmatchedValues)) {
    lines.push(`  ${w.unmatched(named(field))} ${values!.slice(0, 8).map((v) => quoted(v, 30)).join(', ')}${values!.length > 8 ? ', …' : ''}`);
  }
  for (const aside of proposal.notDeadlines) {
    lines.push(`  ${w.notDeadline(quoted(aside.column), named(aside.field), percent(aside.share, language), aside.why, aside.readAs === null ? null : named(aside.readAs))}`);
  }
  for (const aside of proposal.setAside) {
    lines.push(`  ${w.setAside(quoted(aside.column), named(aside.field))}`);
  }
  // The one line that asks for an edit of the JSON: it gives the key to write there beside the label.
  if (proposal.missing.required.length > 0) lines.push(`  ${w.required(proposal.missing.required.map((field) => `${named(field)} ("${field}")`).join(', '))}`);
  if (proposal.missing.required.includes('openedAt') && proposal.notTicketDates.length > 0) {
    lines.push(`  ${w.notTicketDates(proposal.notTicketDates.map((h) => quoted(h)).join(', '), proposal.notTicketDates.length > 1)}`);
  }
  if (proposal.relativeDates.length > 0) {
    const sample = proposal.columns.find((c) => c.header === proposal.relativeDates[0])?.samples[0] ?? '';
    const many = proposal.relativeDates.length > 1;
    lines.push(`  ${w.ages(proposal.relativeDates.map((h) => quoted(h)).join(', '), many, quoted(sample, 20))}`);
  }
  if (proposal.missing.useful.length > 0) lines.push(`  ${w.optional(proposal.missing.useful.map(named).join(', '))}`);
  if (!proposal.headerIsLabels) lines.push(`  ${w.noHeader}`);
  return lines;
}

/**
 * The JSON `revue mapping` writes: the mapping itself (what `--mapping` reads) and, under keys
 * starting with `$` that the reader ignores, a note and the evidence of each choice.
 */
export function proposalJson(proposal: MappingProposal, use: string, language: CliLanguage = 'en'): string {
  const { mapping } = proposal;
  const document = {
    $comment: WORDS[language].comment(proposal.file, use),
    ...mapping,
    $proposal: {
      headerLine: proposal.headerLine,
      rowsLookedAt: proposal.rowsSampled,
      fields: proposal.fields,
      missing: proposal.missing,
      unmatchedValues: proposal.unmatchedValues,
      setAside: proposal.setAside,
      unsure: proposal.unsure,
      notDeadlines: proposal.notDeadlines,
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
