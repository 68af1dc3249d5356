import type { QualityReport, Report, SlaPair } from '@revue/kpi-core';
import { dateOnlyNames, figureDefaults, TCO_CATEGORIES } from '@revue/kpi-core/report';
import { keyLabel, type KeyDimension } from '../format/keys.js';
import { translator, type Language, type MessageKey, type Translate } from '../i18n/index.js';
import { KPIS } from '../kpis.js';
import type { Section } from '../sections.js';
import { exportedFigure } from './cells.js';
import type { CsvColumn, CsvRow } from './csv.js';
import { appendixInWords } from './appendix.js';
import { issueLabel } from '../format/labels.js';
import { fasterVerdict, LAPLACE_FASTER } from '../views/reliability.js';
import { lostRowsLeftOut, retiredWithoutDateLines } from '../views/honest-notes.js';
import { createFormat, periodName } from '../format/format.js';
import { previousComparable } from '../policy/comparison.js';
import { KPI_FIGURES, notMeasuredReason } from '../policy/notes.js';
import { tcoExcluding } from '../policy/tco.js';
import { correctiveUnknownKey } from '../views/replacement-notes.js';

/** A table of the review, ready for `toCsv` or a workbook sheet. */
export interface SectionTable {
  /** Short name for the file (`sla-breaches`). */
  name: string;
  /** Localised title (a workbook's sheet name: at most 31 characters, none of `[]:*?/\`). */
  title: string;
  columns: CsvColumn[];
  rows: CsvRow[];
}

/** Labour categories of the maintenance mix, all TCO categories too (named by `costs.cat.*`; `unclassified` is work with no maintenance type). */
const MAINTENANCE_TYPES = new Set<string>(['preventive', 'corrective', 'evolutive', 'proactive', 'unclassified']);

const UNIT_SYMBOL = { percent: '%', hours: 'h', count: '', number: '' } as const;

function slaColumns(t: Translate, first: CsvColumn): CsvColumn[] {
  const columns: CsvColumn[] = [first];
  for (const target of ['response', 'resolution'] as const) {
    const name = t(target === 'response' ? 'sla.response' : 'sla.resolution');
    columns.push(
      { field: `${target}Met`, label: `${name} – ${t('sla.met')}`, unit: 'count' },
      { field: `${target}Breached`, label: `${name} – ${t('sla.breached')}`, unit: 'count' },
      { field: `${target}Pending`, label: `${name} – ${t('sla.pending')}`, unit: 'count' },
      { field: `${target}Adherence`, label: `${name} – ${t('sla.adherence')}`, unit: 'percent' },
    );
  }
  return columns;
}

/** A target not measured (no response time in the export) leaves its four cells empty, never 0. */
function slaRow(key: string, pair: SlaPair): CsvRow {
  return {
    key,
    responseMet: pair.response?.met ?? null,
    responseBreached: pair.response?.breached ?? null,
    responsePending: pair.response?.pending ?? null,
    responseAdherence: pair.response?.adherence ?? null,
    resolutionMet: pair.resolution?.met ?? null,
    resolutionBreached: pair.resolution?.breached ?? null,
    resolutionPending: pair.resolution?.pending ?? null,
    resolutionAdherence: pair.resolution?.adherence ?? null,
  };
}

function slaBy(t: Translate, name: string, title: MessageKey, label: MessageKey, record: Record<string, SlaPair>, dimension: KeyDimension): SectionTable {
  return {
    name,
    title: t(title),
    columns: slaColumns(t, { field: 'key', label: t(label) }),
    rows: Object.entries(record).map(([key, pair]) => slaRow(keyLabel(key, dimension, t), pair)),
  };
}

/**
 * The headline figures with the previous period's. A figure measured at `asOf` (open tickets,
 * warranties) or computed for the period only (the replacement plan, the backlog at the
 * period's end) has no previous value: its cell stays empty rather than repeating the current one.
 * One column holds figures of several units, so each is rounded for its own unit (a ratio as a
 * percentage) and the unit column says which.
 */
function summaryTable(report: Report, t: Translate, language: Language): SectionTable {
  const comparable = previousComparable(report);
  const format = createFormat(language, { currency: report.currency, timezone: report.timezone });
  const rests = figureDefaults(report);
  return {
    name: 'summary',
    title: t('sheet.summary'),
    columns: [
      { field: 'kpi', label: t('export.figure') },
      // The periods as people say them (« T1 2026 »), not the report's keys (2026-Q1).
      { field: 'value', label: periodName(report.period.label, format), unit: 'number' },
      { field: 'previous', label: report.previous.period ? periodName(report.previous.period.label, format) : t('export.previousPeriod'), unit: 'number' },
      { field: 'unit', label: t('export.unit') },
      { field: 'note', label: t('export.note') },
    ],
    rows: Object.values(KPIS).map((kpi) => {
      const unit = kpi.unit === 'money' ? null : kpi.unit;
      const round = (value: number | null) => exportedFigure(value, kpi.unit === 'money' ? 'money' : kpi.unit);
      // A figure the export cannot give at all (no ticket type: no requests), as on the card.
      const unmeasured = 'unmeasured' in kpi ? kpi.unmeasured(rests) : null;
      const value = unmeasured === null ? kpi.pick(report) : null;
      const figure = KPI_FIGURES[kpi.id];
      // What the screen says beside the figure: what a cost total leaves out, else why it is not measured.
      const note =
        unmeasured !== null
          ? t(unmeasured)
          : 'costTotal' in kpi && kpi.costTotal && value !== null
            ? tcoExcluding(report.tco, language)
            : value === null && figure !== undefined
              ? notMeasuredReason(report, figure, language)
              : null;
      return {
        kpi: t(kpi.label),
        value: round(value),
        // No previous figure beside a period the data covers otherwise (issue 10, see previousComparable).
        previous: !comparable || ('pointInTime' in kpi && kpi.pointInTime) || ('currentOnly' in kpi && kpi.currentOnly) || unmeasured !== null ? null : round(kpi.pick(report.previous)),
        unit: unit === null ? report.tco.currency : UNIT_SYMBOL[unit],
        note,
      };
    }),
  };
}

function breachesTable(report: Report, t: Translate): SectionTable {
  const yes = t('export.yes');
  const no = t('export.no');
  return {
    name: 'sla-breaches',
    title: t('sheet.breaches'),
    columns: [
      { field: 'id', label: t('table.id') },
      { field: 'title', label: t('table.title') },
      { field: 'priority', label: t('sla.priority') },
      { field: 'client', label: t('table.client') },
      { field: 'category', label: t('table.category') },
      { field: 'target', label: t('sla.target') },
      { field: 'openedAt', label: t('table.opened'), unit: 'datetime' },
      { field: 'elapsedHours', label: t('sla.elapsed'), unit: 'hours' },
      { field: 'targetHours', label: t('sla.targetHours'), unit: 'hours' },
      { field: 'overrunHours', label: t('sla.overrun'), unit: 'hours' },
      // A column heading, capitalised as the others (the screen's lowercase tag is 'sla.open').
      { field: 'open', label: t('table.stillOpen') },
    ],
    rows: report.sla.breaches.map((b) => ({ ...b, target: t(b.target === 'response' ? 'sla.response' : 'sla.resolution'), open: b.open ? yes : no })),
  };
}

function problemsTable(report: Report, t: Translate): SectionTable {
  return {
    name: 'recurring-problems',
    title: t('sheet.problems'),
    columns: [
      { field: 'key', label: t('incidents.key') },
      { field: 'count', label: t('incidents.count'), unit: 'count' },
      { field: 'first', label: t('incidents.first'), unit: 'datetime' },
      { field: 'last', label: t('incidents.last'), unit: 'datetime' },
      { field: 'ticketIds', label: t('incidents.tickets') },
    ],
    rows: report.recurrence.problems.map((p) => ({ key: p.key, count: p.count, first: p.first, last: p.last, ticketIds: p.ticketIds })),
  };
}

function reliabilityColumns(t: Translate, first: CsvColumn[]): CsvColumn[] {
  return [
    ...first,
    { field: 'failures', label: t('reliability.failures'), unit: 'count' },
    { field: 'uptimeHours', label: t('reliability.uptime'), unit: 'hours' },
    { field: 'downtimeHours', label: t('reliability.downtime'), unit: 'hours' },
    { field: 'mtbfHours', label: t('reliability.mtbf'), unit: 'hours' },
    { field: 'mtbfLowerHours', label: t('reliability.lower'), unit: 'hours' },
    { field: 'mtbfUpperHours', label: t('reliability.upper'), unit: 'hours' },
    { field: 'mttrHours', label: t('reliability.mttr'), unit: 'hours' },
    { field: 'availability', label: t('reliability.availability'), unit: 'percent' },
  ];
}

function reliabilityByAsset(report: Report, t: Translate, language: Language): SectionTable {
  return {
    name: 'reliability-by-asset',
    title: t('sheet.reliabilityAsset'),
    columns: [
      ...reliabilityColumns(t, [
        { field: 'asset', label: t('reliability.asset') },
        { field: 'type', label: t('reliability.type') },
        { field: 'client', label: t('table.client') },
      ]),
      // Plain words, as the on-screen table (AcceleratingTable): the verdict, the test's score
      // with the threshold it is read against, and the pace as "× the average". The statistics'
      // names (Laplace U, Crow-AMSAA β) are in the About sheet's note (reliability.trendNote).
      { field: 'faster', label: t('export.fasterColumn') },
      { field: 'laplaceU', label: t('export.trendScore', { faster: createFormat(language).number(LAPLACE_FASTER, 3) }), unit: 'number' },
      { field: 'crowBeta', label: t('export.paceColumn'), unit: 'number' },
    ],
    rows: Object.entries(report.reliability.byAsset).map(([asset, a]) => ({
      ...a,
      asset: keyLabel(asset, 'asset', t),
      type: a.type === null ? null : keyLabel(a.type, 'type', t),
      client: a.client,
      faster: fasterWords(a.laplaceU, t),
    })),
  };
}

/** The verdict of the trend test in words ("Yes, clearly", "Yes", "No"), empty when not tested (under 3 failures). */
function fasterWords(laplaceU: number | null, t: Translate): string | null {
  if (laplaceU === null) return null;
  const verdict = fasterVerdict(laplaceU);
  return verdict === 'clearly' ? t('reliability.fasterClearly') : verdict === 'yes' ? t('reliability.fasterYes') : t('export.no');
}

function reliabilityByType(report: Report, t: Translate): SectionTable {
  return {
    name: 'reliability-by-type',
    title: t('sheet.reliabilityType'),
    columns: reliabilityColumns(t, [
      { field: 'type', label: t('reliability.type') },
      { field: 'assets', label: t('reliability.assets'), unit: 'count' },
    ]),
    rows: Object.entries(report.reliability.byType).map(([type, figures]) => ({ ...figures, type: keyLabel(type, 'type', t) })),
  };
}

function lostHoursTable(report: Report, t: Translate): SectionTable {
  const rows: CsvRow[] = [];
  let notes = false;
  const add = (scope: string, breakdown: 'byClient' | 'byCategory' | 'byAsset', dimension: KeyDimension) => {
    for (const [key, hours] of Object.entries(report.lostHours[breakdown])) rows.push({ scope, key: keyLabel(key, dimension, t), hours });
    // The rows left out for their unknown lengths, said rather than missing (the page says them too).
    for (const [key, counts] of lostRowsLeftOut(report.lostHours, breakdown)) {
      notes = true;
      rows.push({ scope, key: keyLabel(key, dimension, t), hours: null, note: t('lost.leftOutCell', { measured: String(counts.incidents), unknown: String(counts.unknownDuration) }) });
    }
  };
  add(t('lost.client'), 'byClient', 'client');
  add(t('lost.category'), 'byCategory', 'category');
  add(t('reliability.asset'), 'byAsset', 'asset');
  return {
    name: 'lost-hours',
    title: t('sheet.lostHours'),
    columns: [
      { field: 'scope', label: t('export.breakdown') },
      { field: 'key', label: t('incidents.key') },
      { field: 'hours', label: t('lost.hours'), unit: 'hours' },
      ...(notes ? [{ field: 'note', label: t('export.note') }] : []),
    ],
    rows,
  };
}

function costColumns(report: Report, t: Translate, first: CsvColumn[]): CsvColumn[] {
  const currency = report.tco.currency;
  return [
    ...first,
    { field: 'total', label: `${t('chart.total')} (${currency})`, unit: 'money' },
    ...TCO_CATEGORIES.map((c): CsvColumn => ({ field: c, label: `${t(`costs.cat.${c}` as MessageKey)} (${currency})`, unit: 'money' })),
  ];
}

function costsByAsset(report: Report, t: Translate): SectionTable {
  // The assets whose downtime is unpriced as their lost hours are left out: said in a Note column, as the lost-hours table says them.
  const unpriced = new Map(lostRowsLeftOut(report.lostHours, 'byAsset').filter(([key]) => report.tco.byAsset[key]?.byCategory.downtime === null));
  return {
    name: 'costs-by-asset',
    title: t('sheet.costAsset'),
    columns: [
      ...costColumns(report, t, [
        { field: 'asset', label: t('costs.asset') },
        { field: 'type', label: t('costs.type') },
        { field: 'client', label: t('table.client') },
      ]),
      ...(unpriced.size > 0 ? [{ field: 'note', label: t('export.note') }] : []),
    ],
    rows: Object.entries(report.tco.byAsset).map(([asset, a]) => {
      const counts = unpriced.get(asset);
      const note = counts === undefined ? {} : { note: t('costs.downtimeLeftOutCell', { measured: String(counts.incidents), unknown: String(counts.unknownDuration) }) };
      return { asset: keyLabel(asset, 'asset', t), type: a.type === null ? null : keyLabel(a.type, 'type', t), client: a.client, total: a.total, ...a.byCategory, ...note };
    }),
  };
}

function costsByType(report: Report, t: Translate): SectionTable {
  return {
    name: 'costs-by-type',
    title: t('sheet.costType'),
    columns: costColumns(report, t, [{ field: 'type', label: t('costs.type') }]),
    rows: Object.entries(report.tco.byType).map(([type, a]) => ({ type: keyLabel(type, 'costType', t), total: a.total, ...a.byCategory })),
  };
}

function costsByCategory(report: Report, t: Translate): SectionTable {
  const total = report.tco.total;
  return {
    name: 'costs-by-category',
    title: t('sheet.costCategory'),
    columns: [
      { field: 'category', label: t('costs.category') },
      { field: 'amount', label: `${t('costs.amount')} (${report.tco.currency})`, unit: 'money' },
      { field: 'share', label: t('costs.share'), unit: 'percent' },
    ],
    rows: TCO_CATEGORIES.map((c) => {
      const amount = report.tco.byCategory[c];
      return { category: t(`costs.cat.${c}` as MessageKey), amount, share: total !== null && total > 0 && amount !== null ? amount / total : null };
    }),
  };
}

/**
 * The fleet: open tickets by age, maintenance mix, warranties ending soon, assets out of warranty
 * or past their useful life, then the assets retired by their status with no retirement date, each
 * with the screen's sentence (honest-notes.ts) in the note: counted in service up to its last
 * ticket, or not counted at all.
 */
function fleetTable(report: Report, t: Translate, language: Language): SectionTable {
  const fleet = report.fleet;
  const format = createFormat(language, { currency: report.currency, timezone: report.timezone });
  const retired = report.retiredWithoutDate ?? [];
  const notes = retiredWithoutDateLines(retired, t, format);
  const rows: CsvRow[] = [
    ...Object.entries(fleet.backlog.byAge).map(([age, count]) => ({ item: t('fleet.backlog'), key: t(`fleet.age.${age}` as MessageKey) ?? age, count, date: null, share: null })),
    ...Object.entries(fleet.maintenanceHours ?? {}).map(([type, hours]) => ({ item: t('fleet.mix'), key: MAINTENANCE_TYPES.has(type) ? t(`costs.cat.${type}` as MessageKey) : type, count: null, hours, date: null, share: fleet.maintenanceMix?.[type] ?? null })),
    ...fleet.warrantyExpiringSoon.assets.map((a) => ({ item: t('fleet.warrantySoon'), key: a.id, count: null, date: a.warrantyEnd, share: null })),
    ...fleet.outOfWarranty.assetIds.map((id) => ({ item: t('kpi.outOfWarranty'), key: id, count: null, date: null, share: null })),
    ...fleet.pastUsefulLife.assetIds.map((id) => ({ item: t('kpi.pastUsefulLife'), key: id, count: null, date: null, share: null })),
    ...retired.map((asset, i) => ({ item: t('retired.title'), key: asset.assetId, count: null, date: null, share: null, note: notes[i]! })),
  ];
  return {
    name: 'fleet',
    title: t('sheet.fleet'),
    columns: [
      { field: 'item', label: t('export.item') },
      { field: 'key', label: t('incidents.key') },
      { field: 'count', label: t('fleet.count'), unit: 'count' },
      { field: 'hours', label: t('lost.hours'), unit: 'hours' },
      { field: 'share', label: t('costs.share'), unit: 'percent' },
      { field: 'date', label: t('fleet.warrantyEnd'), unit: 'date' },
      { field: 'note', label: t('export.note') },
    ],
    rows: rows.map((row) => ({ hours: null, note: null, ...row })),
  };
}

/**
 * The tickets opened in the period by type, category, priority and site (the listed groups, then
 * the others summed as the chart does), then per month the tickets opened, closed and still open
 * at the month's end (the backlog trend).
 */
function activityTable(report: Report, t: Translate): SectionTable {
  const rows: CsvRow[] = [];
  const groups = (scope: MessageKey, breakdown: Report['volume']['byType'], dimension: KeyDimension | null) => {
    for (const group of breakdown.groups) rows.push({ scope: t(scope), key: dimension === null ? typeLabel(group.key, t) : keyLabel(group.key, dimension, t), tickets: group.tickets });
    if (breakdown.otherGroups > 0) rows.push({ scope: t(scope), key: t('activity.others', { count: breakdown.otherGroups }), tickets: breakdown.otherTickets });
  };
  groups('activity.typeTitle', report.volume.byType, null);
  groups('activity.category', report.volume.byCategory, 'category');
  groups('activity.priority', report.volume.byPriority, 'priority');
  groups('activity.site', report.volume.bySite, 'site');
  for (const month of report.backlogTrend.months) {
    rows.push({ scope: t('activity.opened'), key: month.month, tickets: month.opened });
    rows.push({ scope: t('activity.closed'), key: month.month, tickets: month.closed });
    rows.push({ scope: t('activity.openAtEnd'), key: month.month, tickets: month.open });
  }
  return {
    name: 'activity',
    title: t('sheet.activity'),
    columns: [
      { field: 'scope', label: t('export.breakdown') },
      { field: 'key', label: t('incidents.key') },
      { field: 'tickets', label: t('activity.tickets'), unit: 'count' },
    ],
    rows,
  };
}

/** "incident" → "Incidents": the ticket types the Activity chart names; another type as it is. */
function typeLabel(key: string, t: Translate): string {
  return ACTIVITY_TYPES.includes(key as (typeof ACTIVITY_TYPES)[number]) ? t(`activity.type.${key as (typeof ACTIVITY_TYPES)[number]}`) : key;
}

const ACTIVITY_TYPES = ['incident', 'request', 'change', 'problem'] as const;

/** Per month: tickets opened by type (requests against incidents), then opened, closed and open at the month's end. */
function activityMonthsTable(report: Report, t: Translate): SectionTable {
  const flow = new Map(report.backlogTrend.months.map((m) => [m.month, m]));
  const months = [...new Set([...report.volume.byMonth.map((m) => m.month), ...flow.keys()])].sort();
  const byMonth = new Map(report.volume.byMonth.map((m) => [m.month, m]));
  return {
    name: 'activity-by-month',
    title: t('sheet.activityMonths'),
    columns: [
      { field: 'month', label: t('sla.month'), unit: 'month' },
      ...ACTIVITY_TYPES.map((type): CsvColumn => ({ field: type, label: t(`activity.type.${type}`), unit: 'count' })),
      { field: 'opened', label: t('activity.opened'), unit: 'count' },
      { field: 'closed', label: t('activity.closed'), unit: 'count' },
      { field: 'open', label: t('activity.openAtEnd'), unit: 'count' },
    ],
    rows: months.map((month) => {
      const volume = byMonth.get(month);
      const counts = Object.fromEntries(ACTIVITY_TYPES.map((type) => [type, volume ? (volume.byType.groups.find((g) => g.key === type)?.tickets ?? 0) : null]));
      const f = flow.get(month);
      return { month, ...counts, opened: f?.opened ?? null, closed: f?.closed ?? null, open: f?.open ?? null };
    }),
  };
}

/** The missed windows of the preventive plan: the task, the asset, its client, the window. */
function preventiveMissedTable(report: Report, t: Translate): SectionTable {
  return {
    name: 'preventive-missed',
    title: t('sheet.preventiveMissed'),
    columns: [
      { field: 'taskId', label: t('preventive.task') },
      { field: 'title', label: t('table.title') },
      { field: 'assetId', label: t('preventive.asset') },
      { field: 'client', label: t('table.client') },
      { field: 'windowStart', label: t('preventive.windowStart'), unit: 'datetime' },
      { field: 'windowEnd', label: t('preventive.windowEnd'), unit: 'datetime' },
    ],
    rows: report.preventive.missed.map((m) => ({ ...m, title: report.preventive.byTask[m.taskId]?.title ?? m.taskId })),
  };
}

/** The plan kept per task: how often it is due, windows due and done, the share kept. */
function preventiveTasksTable(report: Report, t: Translate): SectionTable {
  return {
    name: 'preventive-by-task',
    title: t('sheet.preventiveTasks'),
    columns: [
      { field: 'taskId', label: t('preventive.task') },
      { field: 'title', label: t('table.title') },
      { field: 'every', label: t('preventive.every') },
      { field: 'assets', label: t('replacement.assets'), unit: 'count' },
      { field: 'due', label: t('preventive.due'), unit: 'count' },
      { field: 'done', label: t('preventive.done'), unit: 'count' },
      { field: 'compliance', label: t('preventive.compliance'), unit: 'percent' },
    ],
    rows: Object.entries(report.preventive.byTask).map(([taskId, task]) => ({ taskId, title: task.title, every: t(`preventive.every.${task.every}`), assets: task.assets, due: task.due, done: task.done, compliance: task.compliance })),
  };
}

/** The replacement plan of the 12 months after `asOf`, most urgent first (unknown costs empty, never 0). */
function replacementTable(report: Report, t: Translate): SectionTable {
  const currency = report.currency;
  return {
    name: 'replacement-plan',
    title: t('sheet.replacement'),
    columns: [
      { field: 'id', label: t('replacement.asset') },
      { field: 'name', label: t('table.title') },
      { field: 'type', label: t('replacement.type') },
      { field: 'client', label: t('replacement.client') },
      { field: 'reasons', label: t('replacement.why') },
      { field: 'dueAt', label: t('replacement.due'), unit: 'date' },
      { field: 'ageMonths', label: t('replacement.ageMonths'), unit: 'number' },
      { field: 'replacementCost', label: `${t('replacement.cost')} (${currency})`, unit: 'money' },
      { field: 'correctiveCost', label: `${t('replacement.corrective')} (${currency})`, unit: 'money' },
      // An empty cost cell says why beside it, as the page and the slide do under the table.
      { field: 'costNote', label: t('export.note') },
    ],
    rows: report.replacement.assets.map((a) => ({
      ...a,
      type: a.type === null ? null : keyLabel(a.type, 'type', t),
      reasons: a.reasons.map((r) => t(`replacement.reason.${r}`)).join(', '),
      costNote: [a.replacementCost === null ? t('replacement.unknownCostTitle') : null, a.correctiveCost === null ? t(correctiveUnknownKey(a)) : null].filter((note) => note !== null).join('. ') || null,
    })),
  };
}

function qualityTable(report: Report, t: Translate): SectionTable {
  const rows: CsvRow[] = [];
  const add = (quality: QualityReport | null) => {
    if (!quality) return;
    const line = (measure: string, count: number | null) => rows.push({ file: quality.file, measure, count });
    line(t('data.rowsRead'), quality.rowsRead);
    line(t('data.accepted'), quality.accepted);
    line(t('data.rejected'), quality.rejected);
    line(t('data.blank'), quality.blank);
    line(t('data.merged'), quality.merged);
    // The issue in words (as the Data page says it), not kpi-core's code.
    for (const [code, count] of Object.entries(quality.reasons)) line(t('export.rejectedFor', { reason: issueLabel(code, t) }), count);
    if (quality.noEndState) line(t('data.noEndState'), null);
    for (const [code, count] of Object.entries(quality.warnings)) {
      // Flagged once per column: the columns by name, no count that reads as rows.
      if (code === 'no-time-of-day') line(`${t('export.warningFor', { code: issueLabel(code, t) })} (${dateOnlyNames(quality).join(', ')})`, null);
      else line(t('export.warningFor', { code: issueLabel(code, t) }), count);
    }
  };
  add(report.dataQuality.tickets);
  add(report.dataQuality.assets);
  return {
    name: 'data-quality',
    title: t('sheet.quality'),
    columns: [
      { field: 'file', label: t('export.file') },
      { field: 'measure', label: t('export.measure') },
      { field: 'count', label: t('fleet.count'), unit: 'count' },
    ],
    rows,
  };
}

/**
 * The report's assumptions (defaults used where the policy says nothing) and the figures it
 * could not measure, with why. Absent when the report does not list them (older reports).
 */
function appendixTables(report: Report, t: Translate, language: Language): SectionTable[] {
  const appendix = appendixInWords(report, language);
  const tables: SectionTable[] = [];
  if (appendix.assumptions) {
    tables.push({
      name: 'assumptions',
      title: t('sheet.assumptions'),
      columns: [
        { field: 'setting', label: t('export.setting') },
        { field: 'value', label: t('export.valueUsed') },
        { field: 'source', label: t('export.source') },
        { field: 'key', label: t('export.policyEntry') },
      ],
      rows: appendix.assumptions.map((a) => ({ setting: a.setting, value: a.value, source: a.source, key: a.key })),
    });
  }
  if (appendix.notMeasured) {
    tables.push({
      name: 'not-measured',
      title: t('sheet.notMeasured'),
      columns: [
        { field: 'figure', label: t('export.figure') },
        { field: 'reason', label: t('export.reason') },
      ],
      rows: appendix.notMeasured.map((n) => ({ figure: n.figure, reason: n.reason })),
    });
  }
  return tables;
}

/**
 * The table a section's CSV export holds, units and all (figures rounded when written, instants
 * as local dates): summary → headline figures with the previous period's (none for a figure
 * measured at `asOf`); SLA → every listed breach; incidents → the recurring problems;
 * reliability → per asset; lost hours → by client, category and asset; costs → per asset by
 * TCO category; fleet → open tickets by age, maintenance mix, warranties ending soon, assets out
 * of warranty or past their useful life, assets retired by their status with no date; activity → tickets opened by type, category, priority
 * and site, and opened / closed / open per month; preventive → the missed windows;
 * replacement → the plan of the next 12 months. Ticket text is copied as is: `toCsv` neutralises it.
 * kpi-core's `(none)` key reads as what is missing ("No client", "Not tied to an asset").
 *
 * @example
 * sectionTable(report, 'sla', 'en').columns[0]; // → { field: 'id', label: 'Ticket' }
 */
export function sectionTable(report: Report, section: Section['id'], language: Language): SectionTable {
  const t = translator(language);
  switch (section) {
    case 'summary':
      return summaryTable(report, t, language);
    case 'activity':
      return activityTable(report, t);
    case 'sla':
      return breachesTable(report, t);
    case 'incidents':
      return problemsTable(report, t);
    case 'reliability':
      return reliabilityByAsset(report, t, language);
    case 'lost-hours':
      return lostHoursTable(report, t);
    case 'costs':
      return costsByAsset(report, t);
    case 'fleet':
      return fleetTable(report, t, language);
    case 'preventive':
      return preventiveMissedTable(report, t);
    case 'replacement':
      return replacementTable(report, t);
  }
}

/**
 * Every table of the review, in reading order, for the workbook (one sheet each): summary
 * figures, activity (volume, and per month requests against incidents, opened, closed and the
 * backlog), SLA by priority, client, category and month, the breaches, recurring problems,
 * reliability by type and by asset, lost hours, costs by category, type and asset, the fleet,
 * the preventive plan by task and its missed windows, the replacement plan, data quality, then
 * the assumptions and the figures not measured when the report lists them.
 *
 * @example
 * workbookTables(report, 'fr').map((table) => table.title); // → ['Synthèse', 'SLA par priorité', …]
 */
export function workbookTables(report: Report, language: Language): SectionTable[] {
  const t = translator(language);
  const months: SectionTable = {
    name: 'sla-by-month',
    title: t('sheet.slaMonth'),
    columns: slaColumns(t, { field: 'key', label: t('sla.month'), unit: 'month' }),
    rows: report.sla.byMonth.map((m) => slaRow(m.month, m)),
  };
  return [
    summaryTable(report, t, language),
    activityTable(report, t),
    activityMonthsTable(report, t),
    slaBy(t, 'sla-by-priority', 'sheet.slaPriority', 'sla.priority', report.sla.byPriority, 'priority'),
    slaBy(t, 'sla-by-client', 'sheet.slaClient', 'table.client', report.sla.byClient, 'client'),
    slaBy(t, 'sla-by-category', 'sheet.slaCategory', 'table.category', report.sla.byCategory, 'category'),
    months,
    breachesTable(report, t),
    problemsTable(report, t),
    reliabilityByType(report, t),
    reliabilityByAsset(report, t, language),
    lostHoursTable(report, t),
    costsByCategory(report, t),
    costsByType(report, t),
    costsByAsset(report, t),
    fleetTable(report, t, language),
    preventiveTasksTable(report, t),
    preventiveMissedTable(report, t),
    replacementTable(report, t),
    qualityTable(report, t),
    ...appendixTables(report, t, language),
  ];
}
