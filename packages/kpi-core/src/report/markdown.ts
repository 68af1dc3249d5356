/**
 * The review as Markdown: a summary an account manager can read aloud, in French or English.
 * It only formats the report object; every figure comes from `buildReport`.
 */
import { NONE_KEY } from '../kpi/common.js';
import { formatter, type Formatter, type Language } from './format.js';
import type { Report, SlaOutcome } from './types.js';

const TEXT = {
  en: {
    title: 'Service review',
    allClients: 'all clients',
    period: 'Period',
    asOf: 'Data as of',
    previous: 'compared with',
    findings: 'Key findings',
    noFindings: 'Nothing stands out this period.',
    summary: 'Summary',
    figure: 'Figure',
    now: 'This period',
    before: 'Previous period',
    responseSla: 'Response SLA met',
    resolutionSla: 'Resolution SLA met',
    pending: 'pending',
    incidents: 'Incidents',
    recurrenceRate: 'Recurrence rate',
    mtbf: 'Fleet MTBF',
    availability: 'Availability',
    lostHours: 'Hours lost by staff',
    perEmployee: 'Hours lost per employee per year (benchmark 50–100 h)',
    tco: 'Total cost of ownership',
    perUser: 'Cost per user',
    problems: 'Recurring problems',
    key: 'Key',
    count: 'Incidents',
    firstLast: 'First – last',
    costs: 'Costs by category',
    category: 'Category',
    amount: 'Amount',
    quality: 'Data quality',
    rows: (read: number, accepted: number, rejected: number) => `${read} rows read, ${accepted} accepted, ${rejected} rejected`,
    assetsFromTickets: 'No asset file: the assets are the ones named on the tickets, counted in service for the whole period.',
    interval: (low: string, high: string, level: string) => `(${level} interval ${low} – ${high})`,
    noFailure: (uptime: string) => `no failure in ${uptime} of service`,
    activity: 'Activity',
    opened: (count: string, split: string) => `${count} tickets opened${split ? `: ${split}` : ''}.`,
    types: { incident: ['incident', 'incidents'], request: ['request', 'requests'], problem: ['problem', 'problems'], change: ['change', 'changes'] } as Record<string, [string, string]>,
    topCategories: 'Most frequent categories',
    noCategory: 'no category',
    backlog: (open: string, month: string, before: { open: string; month: string } | null) =>
      `Tickets open at the end of ${month}: ${open}${before === null ? '' : ` (${before.open} at the end of ${before.month})`}.`,
    replacement: 'Replacement plan (next 12 months)',
    replacementSummary: (count: string, cost: string, unknown: string | null) => `${count} assets to replace, estimated at ${cost}${unknown === null ? '' : ` (${unknown} without a purchase cost, not counted)`}.`,
    noReplacement: 'No asset to replace in the next 12 months.',
    asset: 'Asset',
    why: 'Why',
    due: 'Due',
    replacementCost: 'Replacement cost',
    correctiveCost: 'Corrective cost this period',
    reasons: { 'past-useful-life': 'past its useful life', 'useful-life-ends': 'end of useful life', 'warranty-ends': 'end of warranty' } as Record<string, string>,
    budget: 'Budget by quarter',
    andMore: (count: string) => `… and ${count} more.`,
  },
  fr: {
    title: 'Revue de service',
    allClients: 'tous les clients',
    period: 'Période',
    asOf: 'Données au',
    previous: 'comparée à',
    findings: 'Points clés',
    noFindings: 'Rien de marquant sur la période.',
    summary: 'Synthèse',
    figure: 'Indicateur',
    now: 'Période',
    before: 'Période précédente',
    responseSla: 'SLA de prise en charge respecté',
    resolutionSla: 'SLA de résolution respecté',
    pending: 'en cours',
    incidents: 'Incidents',
    recurrenceRate: 'Taux de récurrence',
    mtbf: 'MTBF du parc',
    availability: 'Disponibilité',
    lostHours: 'Heures perdues par les utilisateurs',
    perEmployee: 'Heures perdues par salarié et par an (repère 50–100 h)',
    tco: 'Coût total de possession',
    perUser: 'Coût par utilisateur',
    problems: 'Problèmes récurrents',
    key: 'Clé',
    count: 'Incidents',
    firstLast: 'Premier – dernier',
    costs: 'Coûts par catégorie',
    category: 'Catégorie',
    amount: 'Montant',
    quality: 'Qualité des données',
    rows: (read: number, accepted: number, rejected: number) => `${read} lignes lues, ${accepted} acceptées, ${rejected} rejetées`,
    assetsFromTickets: "Pas de fichier d'équipements : les équipements sont ceux cités dans les tickets, comptés en service toute la période.",
    interval: (low: string, high: string, level: string) => `(intervalle à ${level} ${low} – ${high})`,
    noFailure: (uptime: string) => `aucune panne en ${uptime} de service`,
    activity: 'Activité',
    opened: (count: string, split: string) => `${count} tickets ouverts${split ? ` : ${split}` : ''}.`,
    types: { incident: ['incident', 'incidents'], request: ['demande', 'demandes'], problem: ['problème', 'problèmes'], change: ['changement', 'changements'] } as Record<string, [string, string]>,
    topCategories: 'Catégories les plus fréquentes',
    noCategory: 'sans catégorie',
    backlog: (open: string, month: string, before: { open: string; month: string } | null) =>
      `Tickets ouverts à la fin de ${month} : ${open}${before === null ? '' : ` (${before.open} à la fin de ${before.month})`}.`,
    replacement: 'Plan de renouvellement (12 prochains mois)',
    replacementSummary: (count: string, cost: string, unknown: string | null) =>
      `${count} équipements à remplacer, estimés à ${cost}${unknown === null ? '' : ` (${unknown} sans coût d'achat, non comptés)`}.`,
    noReplacement: 'Aucun équipement à remplacer dans les 12 prochains mois.',
    asset: 'Équipement',
    why: 'Motif',
    due: 'Échéance',
    replacementCost: 'Coût de remplacement',
    correctiveCost: 'Coût correctif sur la période',
    reasons: { 'past-useful-life': 'durée de vie dépassée', 'useful-life-ends': 'fin de durée de vie', 'warranty-ends': 'fin de garantie' } as Record<string, string>,
    budget: 'Budget par trimestre',
    andMore: (count: string) => `… et ${count} autres.`,
  },
} as const;

const CATEGORY_NAMES: Record<Language, Record<string, string>> = {
  en: {
    acquisition: 'Acquisition (depreciation)', contracts: 'Contracts', licences: 'Licences', preventive: 'Preventive maintenance',
    corrective: 'Corrective maintenance', evolutive: 'Evolutive maintenance', proactive: 'Proactive maintenance',
    unclassified: 'Unclassified work', downtime: 'Downtime (hours lost)',
  },
  fr: {
    acquisition: 'Acquisition (amortissement)', contracts: 'Contrats', licences: 'Licences', preventive: 'Maintenance préventive',
    corrective: 'Maintenance corrective', evolutive: 'Maintenance évolutive', proactive: 'Maintenance proactive',
    unclassified: 'Travaux non classés', downtime: 'Indisponibilité (heures perdues)',
  },
};

/** Markdown text of the review, in the report's language. */
export function reportToMarkdown(report: Report): string {
  const language = report.language;
  const t = TEXT[language];
  const f = formatter(language, report.currency, report.timezone);
  const lines: string[] = [];
  const who = report.client ?? t.allClients;
  lines.push(`# ${t.title} — ${who} — ${report.period.label}`, '');
  const colon = language === 'fr' ? ' :' : ':';
  lines.push(`${t.period}${colon} ${f.date(report.period.start)} – ${f.date(endInclusive(report.period.end))}, ${t.previous} ${report.previous.period.label}. ${t.asOf} ${f.date(report.asOf)}.`, '');

  lines.push(`## ${t.findings}`, '');
  if (report.findings.length === 0) lines.push(t.noFindings);
  report.findings.forEach((finding, index) => lines.push(`${index + 1}. ${escapeMarkdown(finding.message)}`));
  lines.push('');

  lines.push(`## ${t.summary}`, '', `| ${t.figure} | ${t.now} | ${t.before} |`, '|---|---:|---:|');
  const row = (label: string, now: string, before: string) => lines.push(`| ${label} | ${now} | ${before} |`);
  const sla = (outcome: SlaOutcome) =>
    outcome.adherence === null ? f.percent(null) : `${f.percent(outcome.adherence)} (${outcome.met}/${outcome.met + outcome.breached}${outcome.pending ? `, ${outcome.pending} ${t.pending}` : ''})`;
  const prev = report.previous;
  row(t.responseSla, sla(report.sla.response), sla(prev.sla.response));
  row(t.resolutionSla, sla(report.sla.resolution), sla(prev.sla.resolution));
  row(t.incidents, f.number(report.recurrence.incidents, 0), f.number(prev.recurrence.incidents, 0));
  row(t.recurrenceRate, f.percent(report.recurrence.rate), f.percent(prev.recurrence.rate));
  const fleet = report.reliability.fleet;
  row(t.mtbf, mtbfText(fleet, report.reliability.confidence, f, t), mtbfText(prev.reliability.fleet, report.reliability.confidence, f, t));
  row(t.availability, f.percent(fleet.availability, 2), f.percent(prev.reliability.fleet.availability, 2));
  row(t.lostHours, `${f.hours(report.lostHours.totalHours)} (${f.money(report.lostHours.cost)})`, f.hours(prev.lostHours.totalHours));
  row(t.perEmployee, f.hours(report.lostHours.perEmployeePerYear), f.hours(prev.lostHours.perEmployeePerYear));
  row(t.tco, f.money(report.tco.total), f.money(prev.tco.total));
  row(t.perUser, f.money(report.tco.perUser), f.money(prev.tco.perUser));
  lines.push('');

  activityLines(report, t, f, lines);

  if (report.recurrence.problems.length > 0) {
    lines.push(`## ${t.problems}`, '', `| ${t.key} | ${t.count} | ${t.firstLast} |`, '|---|---:|---|');
    for (const problem of report.recurrence.problems.slice(0, 10)) {
      lines.push(`| ${escapeMarkdown(problem.key)} | ${problem.count} | ${f.date(problem.first)} – ${f.date(problem.last)} |`);
    }
    lines.push('');
  }

  lines.push(`## ${t.costs}`, '', `| ${t.category} | ${t.amount} |`, '|---|---:|');
  for (const [category, amount] of Object.entries(report.tco.byCategory)) {
    if (amount !== 0) lines.push(`| ${CATEGORY_NAMES[language][category] ?? category} | ${f.money(amount)} |`);
  }
  lines.push(`| **${t.tco}** | **${f.money(report.tco.total)}** |`, '');

  replacementLines(report, t, f, lines);

  lines.push(`## ${t.quality}`, '');
  for (const quality of [report.dataQuality.tickets, report.dataQuality.assets]) {
    if (quality) lines.push(`- ${quality.file}${colon} ${t.rows(quality.rowsRead, quality.accepted, quality.rejected)}`);
  }
  if (report.assetsSource === 'tickets') lines.push(`- ${t.assetsFromTickets}`);
  lines.push('');
  return lines.join('\n');
}

/** The volume of the period by type and its top categories, and the backlog against a year before. */
function activityLines(report: Report, t: (typeof TEXT)[Language], f: Formatter, lines: string[]): void {
  const { volume, backlogTrend } = report;
  lines.push(`## ${t.activity}`, '');
  const plural = new Intl.PluralRules(f.language);
  const typeName = (key: string, count: number) => {
    const forms = t.types[key];
    return forms === undefined ? escapeMarkdown(key) : forms[plural.select(count) === 'one' ? 0 : 1];
  };
  const split = volume.byType.groups.map((group) => `${f.number(group.tickets, 0)} ${typeName(group.key, group.tickets)}`).join(', ');
  lines.push(`- ${t.opened(f.number(volume.tickets, 0), split)}`);
  const top = volume.byCategory.groups
    .slice(0, 3)
    .map((group) => `${group.key === NONE_KEY ? t.noCategory : escapeMarkdown(group.key)} (${f.number(group.tickets, 0)})`);
  if (top.length > 0) lines.push(`- ${t.topCategories}${f.language === 'fr' ? ' :' : ':'} ${top.join(', ')}.`);
  const months = backlogTrend.months;
  const last = months.at(-1);
  if (last !== undefined) {
    // Against the first month listed: up to a year before, as far back as the data go.
    const first = months.length > 1 ? months[0]! : null;
    lines.push(`- ${t.backlog(f.number(last.open, 0), f.month(last.month), first === null ? null : { open: f.number(first.open, 0), month: f.month(first.month) })}`);
  }
  lines.push('');
}

/** The replacement plan: how many assets, the estimate, the most urgent ten, the budget by quarter. */
function replacementLines(report: Report, t: (typeof TEXT)[Language], f: Formatter, lines: string[]): void {
  const plan = report.replacement;
  lines.push(`## ${t.replacement}`, '');
  if (plan.count === 0) {
    lines.push(t.noReplacement, '');
    return;
  }
  lines.push(t.replacementSummary(f.number(plan.count, 0), f.money(plan.cost), plan.withoutCost > 0 ? f.number(plan.withoutCost, 0) : null), '');
  lines.push(`| ${t.asset} | ${t.why} | ${t.due} | ${t.replacementCost} | ${t.correctiveCost} |`, '|---|---|---|---:|---:|');
  for (const asset of plan.assets.slice(0, 10)) {
    const name = asset.name === null ? escapeMarkdown(asset.id) : `${escapeMarkdown(asset.id)} — ${escapeMarkdown(asset.name)}`;
    lines.push(`| ${name} | ${asset.reasons.map((reason) => t.reasons[reason]).join(', ')} | ${f.date(asset.dueAt)} | ${f.money(asset.replacementCost)} | ${f.money(asset.correctiveCost)} |`);
  }
  if (plan.count > 10) lines.push('', t.andMore(f.number(plan.count - 10, 0)));
  const colon = f.language === 'fr' ? ' :' : ':';
  const separator = f.language === 'fr' ? ' ; ' : '; ';
  lines.push('', `${t.budget}${colon} ${plan.byQuarter.map((quarter) => `${f.quarter(quarter.key)} ${f.money(quarter.cost)}`).join(separator)}.`, '');
}

function mtbfText(
  fleet: Report['reliability']['fleet'],
  confidence: number,
  f: Formatter,
  t: (typeof TEXT)[Language],
): string {
  if (fleet.mtbfHours !== null) {
    const interval = fleet.mtbfLowerHours !== null ? ` ${t.interval(f.hours(fleet.mtbfLowerHours), f.hours(fleet.mtbfUpperHours), f.percent(confidence, 0))}` : '';
    return `${f.hours(fleet.mtbfHours)}${interval}`;
  }
  // No failure: the uptime is only a censored lower bound, so say that instead of a number.
  return fleet.uptimeHours > 0 ? t.noFailure(f.hours(fleet.uptimeHours)) : f.hours(null);
}

function endInclusive(iso: string): string {
  return new Date(Date.parse(iso) - 1).toISOString();
}

/** Ticket text must not turn into Markdown links, emphasis or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<|]/g, (char) => `\\${char}`).replace(/^([#>+-])/, '\\$1');
}

export type { Formatter };
