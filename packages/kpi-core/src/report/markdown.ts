/**
 * The review as Markdown: a summary an account manager can read aloud, in French or English.
 * It only formats the report object; every figure comes from `buildReport`.
 */
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
    planKept: 'Preventive plan kept',
    plannedShare: 'Planned maintenance (share of labour hours)',
    preventive: 'Preventive plan',
    noPlan: 'The policy has no preventive plan (`preventivePlan`): nothing to check.',
    planNoAssets: 'No asset file: the tasks by asset type cannot be checked.',
    planSummary: (done: number, due: number, compliance: string) => `${done} of ${due} due windows done (${compliance}).`,
    planShare: (share: string, corrective: number) => `Planned maintenance: ${share} of labour hours; ${corrective} corrective incidents.`,
    task: 'Task',
    every: { week: 'week', month: 'month', quarter: 'quarter', half: 'half-year', year: 'year' } as Record<string, string>,
    everyHeader: 'Every',
    assets: 'Assets',
    doneDue: 'Done / due',
    compliance: 'Kept',
    missed: (shown: number, total: number) => (shown < total ? `Missed (the first ${shown} of ${total})` : `Missed (${total})`),
    asset: 'Asset',
    window: 'Window',
    notMeasured: 'not measured (no asset file)',
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
    planKept: 'Plan de maintenance préventive respecté',
    plannedShare: 'Maintenance planifiée (part des heures de travail)',
    preventive: 'Plan de maintenance préventive',
    noPlan: 'La politique ne contient pas de plan de maintenance préventive (`preventivePlan`)\u202f: rien à vérifier.',
    planNoAssets: "Pas de fichier d'équipements\u202f: les tâches par type d'équipement ne peuvent pas être vérifiées.",
    planSummary: (done: number, due: number, compliance: string) => `${done} fenêtres faites sur ${due} dues (${compliance}).`,
    planShare: (share: string, corrective: number) => `Maintenance planifiée\u202f: ${share} des heures de travail\u202f; ${corrective} incidents correctifs.`,
    task: 'Tâche',
    every: { week: 'semaine', month: 'mois', quarter: 'trimestre', half: 'semestre', year: 'année' } as Record<string, string>,
    everyHeader: 'Périodicité',
    assets: 'Équipements',
    doneDue: 'Faites / dues',
    compliance: 'Respect',
    missed: (shown: number, total: number) => (shown < total ? `Fenêtres manquées (les ${shown} premières sur ${total})` : `Fenêtres manquées (${total})`),
    asset: 'Équipement',
    window: 'Fenêtre',
    notMeasured: "non mesuré (pas de fichier d'équipements)",
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
  row(t.planKept, planKept(report.preventive, f), planKept(prev.preventive, f));
  row(t.plannedShare, f.percent(report.preventive.effort.share), f.percent(prev.preventive.effort.share));
  lines.push('');

  if (report.recurrence.problems.length > 0) {
    lines.push(`## ${t.problems}`, '', `| ${t.key} | ${t.count} | ${t.firstLast} |`, '|---|---:|---|');
    for (const problem of report.recurrence.problems.slice(0, 10)) {
      lines.push(`| ${escapeMarkdown(problem.key)} | ${problem.count} | ${f.date(problem.first)} – ${f.date(problem.last)} |`);
    }
    lines.push('');
  }

  lines.push(...preventiveSection(report, f, t));

  lines.push(`## ${t.costs}`, '', `| ${t.category} | ${t.amount} |`, '|---|---:|');
  for (const [category, amount] of Object.entries(report.tco.byCategory)) {
    if (amount !== 0) lines.push(`| ${CATEGORY_NAMES[language][category] ?? category} | ${f.money(amount)} |`);
  }
  lines.push(`| **${t.tco}** | **${f.money(report.tco.total)}** |`, '');

  lines.push(`## ${t.quality}`, '');
  for (const quality of [report.dataQuality.tickets, report.dataQuality.assets]) {
    if (quality) lines.push(`- ${quality.file}${colon} ${t.rows(quality.rowsRead, quality.accepted, quality.rejected)}`);
  }
  if (report.assetsSource === 'tickets') lines.push(`- ${t.assetsFromTickets}`);
  lines.push('');
  return lines.join('\n');
}

function planKept(preventive: Report['preventive'], f: Formatter): string {
  return preventive.compliance === null ? f.percent(null) : `${f.percent(preventive.compliance)} (${preventive.done}/${preventive.due})`;
}

/** The "Preventive plan" section: compliance per task, the missed windows, the planned share. */
function preventiveSection(report: Report, f: Formatter, t: (typeof TEXT)[Language]): string[] {
  const preventive = report.preventive;
  const lines = [`## ${t.preventive}`, ''];
  const tasks = Object.entries(preventive.byTask);
  if (tasks.length === 0) return [...lines, t.noPlan, ''];
  if (preventive.due !== null && preventive.compliance !== null) lines.push(t.planSummary(preventive.done!, preventive.due, f.percent(preventive.compliance)));
  if (tasks.some(([, task]) => task.notMeasured === 'no-assets')) lines.push(t.planNoAssets);
  lines.push(t.planShare(f.percent(preventive.effort.share), preventive.effort.correctiveIncidents), '');
  lines.push(`| ${t.task} | ${t.everyHeader} | ${t.assets} | ${t.doneDue} | ${t.compliance} |`, '|---|---|---:|---:|---:|');
  for (const [id, task] of tasks) {
    const figures = task.due === null ? `${t.notMeasured} | ` : `${task.done} / ${task.due} | ${f.percent(task.compliance)}`;
    // Clients' own plans may give one task another periodicity.
    const everies = [...new Set([task.every, ...preventive.schedules.filter((s) => s.taskId === id).map((s) => s.every)])];
    lines.push(`| ${escapeMarkdown(task.title)} | ${everies.map((every) => t.every[every] ?? every).join(', ')} | ${task.assets} | ${figures} |`);
  }
  lines.push('');
  if (preventive.missedCount > 0) {
    const shown = preventive.missed.slice(0, 10);
    lines.push(`### ${t.missed(shown.length, preventive.missedCount)}`, '', `| ${t.task} | ${t.asset} | ${t.window} |`, '|---|---|---|');
    for (const miss of shown) {
      const title = preventive.byTask[miss.taskId]?.title ?? miss.taskId;
      lines.push(`| ${escapeMarkdown(title)} | ${escapeMarkdown(miss.assetId)} | ${f.date(miss.windowStart)} – ${f.date(endInclusive(miss.windowEnd))} |`);
    }
    lines.push('');
  }
  return lines;
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
