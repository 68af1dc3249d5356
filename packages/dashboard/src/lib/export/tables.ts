import type { Report } from '@revue/kpi-core';
import { TCO_CATEGORIES } from '@revue/kpi-core/report';
import { keyLabel, type KeyDimension } from '../format/keys.js';
import { translator, type Language, type MessageKey } from '../i18n/index.js';
import type { Section } from '../sections.js';
import type { CsvColumn, CsvRow } from './csv.js';
import { SECTION_FACTS } from './deck.js';

/** The table behind a section, ready for `exportSectionCsv`. */
export interface SectionTable {
  /** Short name for the file (`sla-breaches`). */
  name: string;
  columns: CsvColumn[];
  rows: CsvRow[];
}

/**
 * The detailed table of a section, in raw units (ratios as ratios, durations in decimal hours,
 * money in the report currency, instants as ISO 8601) so that a spreadsheet can compute with it:
 * summary → headline figures with the previous period's; SLA → every breach; incidents → the
 * recurring problems; reliability → per asset; lost hours → by client, category and asset;
 * costs → per asset by TCO category; fleet → open tickets by age and warranties ending soon;
 * preventive → the missed windows of the plan.
 * Ticket text (titles, keys) is copied as is: `toCsv` neutralises it. kpi-core's `(none)` key
 * of a missing client, category or asset reads as such ("No client", "Not tied to an asset").
 *
 * @example
 * sectionTable(report, 'sla', 'en').columns[0]; // → { field: 'id', label: 'Ticket' }
 */
export function sectionTable(report: Report, section: Section['id'], language: Language): SectionTable {
  const t = translator(language);
  const col = (field: string, label: MessageKey): CsvColumn => ({ field, label: t(label) });
  switch (section) {
    case 'summary': {
      return {
        name: 'summary',
        columns: [{ field: 'kpi', label: 'KPI' }, { field: 'value', label: report.period.label }, { field: 'previous', label: report.previous.period?.label ?? '—' }],
        rows: SECTION_FACTS.summary.map((f) => ({ kpi: t(f.label), value: f.read(report), previous: f.read(report.previous) })),
      };
    }
    case 'activity': {
      // Tickets opened by type, category, priority and site (the listed groups and the others), then the flow per month.
      const rows: CsvRow[] = [];
      const groups = (scope: MessageKey, breakdown: Report['volume']['byType'], dimension: KeyDimension | null) => {
        for (const group of breakdown.groups) rows.push({ scope: t(scope), key: dimension === null ? group.key : keyLabel(group.key, dimension, t), value: group.tickets });
        if (breakdown.otherGroups > 0) rows.push({ scope: t(scope), key: t('activity.others', { count: breakdown.otherGroups }), value: breakdown.otherTickets });
      };
      groups('activity.typeTitle', report.volume.byType, null);
      groups('activity.category', report.volume.byCategory, 'category');
      groups('activity.priority', report.volume.byPriority, 'priority');
      groups('activity.site', report.volume.bySite, 'site');
      for (const month of report.backlogTrend.months) {
        rows.push({ scope: t('activity.opened'), key: month.month, value: month.opened });
        rows.push({ scope: t('activity.closed'), key: month.month, value: month.closed });
        rows.push({ scope: t('activity.openAtEnd'), key: month.month, value: month.open });
      }
      return { name: 'activity', columns: [{ field: 'scope', label: t('chart.series') }, { field: 'key', label: t('incidents.key') }, { field: 'value', label: t('activity.tickets') }], rows };
    }
    case 'sla':
      return {
        name: 'sla-breaches',
        columns: [
          col('id', 'table.id'),
          col('title', 'table.title'),
          col('priority', 'sla.priority'),
          col('client', 'table.client'),
          col('category', 'table.category'),
          col('target', 'sla.target'),
          col('openedAt', 'table.opened'),
          { field: 'elapsedHours', label: `${t('sla.elapsed')} (h)` },
          { field: 'targetHours', label: `${t('sla.target')} (h)` },
          { field: 'overrunHours', label: `${t('sla.overrun')} (h)` },
          col('open', 'sla.open'),
        ],
        rows: report.sla.breaches.map((b) => ({ ...b, target: t(b.target === 'response' ? 'sla.response' : 'sla.resolution') })),
      };
    case 'incidents':
      return {
        name: 'recurring-problems',
        columns: [col('key', 'incidents.key'), col('count', 'incidents.count'), col('first', 'incidents.first'), col('last', 'incidents.last'), col('ticketIds', 'incidents.tickets')],
        rows: report.recurrence.problems.map((p) => ({ key: p.key, count: p.count, first: p.first, last: p.last, ticketIds: p.ticketIds })),
      };
    case 'reliability':
      return {
        name: 'reliability-by-asset',
        columns: [
          col('asset', 'reliability.asset'),
          col('type', 'reliability.type'),
          col('client', 'table.client'),
          col('failures', 'reliability.failures'),
          { field: 'uptimeHours', label: `${t('reliability.uptime')} (h)` },
          { field: 'downtimeHours', label: `${t('reliability.downtime')} (h)` },
          { field: 'mtbfHours', label: `${t('reliability.mtbf')} (h)` },
          { field: 'mtbfLowerHours', label: `${t('reliability.lower')} (h)` },
          { field: 'mtbfUpperHours', label: `${t('reliability.upper')} (h)` },
          { field: 'mttrHours', label: `${t('reliability.mttr')} (h)` },
          col('availability', 'reliability.availability'),
          col('laplaceU', 'reliability.laplace'),
          col('crowBeta', 'reliability.beta'),
        ],
        rows: Object.entries(report.reliability.byAsset).map(([asset, a]) => ({ asset, ...a })),
      };
    case 'lost-hours': {
      const rows: CsvRow[] = [];
      const add = (scope: string, record: Record<string, number>, dimension: KeyDimension) => {
        for (const [key, hours] of Object.entries(record)) rows.push({ scope, key: keyLabel(key, dimension, t), hours });
      };
      add(t('lost.client'), report.lostHours.byClient, 'client');
      add(t('lost.category'), report.lostHours.byCategory, 'category');
      add(t('reliability.asset'), report.lostHours.byAsset, 'asset');
      return { name: 'lost-hours', columns: [{ field: 'scope', label: t('chart.series') }, { field: 'key', label: t('incidents.key') }, { field: 'hours', label: t('lost.hours') }], rows };
    }
    case 'costs':
      return {
        name: 'costs-by-asset',
        columns: [
          col('asset', 'costs.asset'),
          col('type', 'costs.type'),
          col('client', 'table.client'),
          { field: 'total', label: `${t('chart.total')} (${report.tco.currency})` },
          ...TCO_CATEGORIES.map((c) => ({ field: c, label: t(`costs.cat.${c}` as MessageKey) })),
        ],
        rows: Object.entries(report.tco.byAsset).map(([asset, a]) => ({ asset, type: a.type, client: a.client, total: a.total, ...a.byCategory })),
      };
    case 'replacement':
      return {
        name: 'replacement-plan',
        columns: [
          col('id', 'replacement.asset'),
          { field: 'name', label: t('table.title') },
          col('type', 'replacement.type'),
          col('client', 'replacement.client'),
          col('reasons', 'replacement.why'),
          col('dueAt', 'replacement.due'),
          { field: 'ageMonths', label: `${t('replacement.age')} (months)` },
          { field: 'replacementCost', label: `${t('replacement.cost')} (${report.currency})` },
          { field: 'correctiveCost', label: `${t('replacement.corrective')} (${report.currency})` },
        ],
        rows: report.replacement.assets.map((a) => ({ ...a, reasons: a.reasons.map((r) => t(`replacement.reason.${r}`)).join(', ') })),
      };
    case 'fleet':
      return {
        name: 'fleet',
        columns: [{ field: 'item', label: t('chart.series') }, { field: 'key', label: t('incidents.key') }, { field: 'value', label: t('fleet.count') }],
        rows: [
          ...Object.entries(report.fleet.backlog.byAge).map(([age, count]) => ({ item: t('fleet.backlog'), key: t(`fleet.age.${age}` as MessageKey) ?? age, value: count })),
          ...report.fleet.warrantyExpiringSoon.assets.map((a) => ({ item: t('fleet.warrantySoon'), key: a.id, value: a.warrantyEnd })),
        ],
      };
    case 'preventive':
      return {
        name: 'preventive-missed',
        columns: [
          col('taskId', 'preventive.task'),
          { field: 'title', label: t('table.title') },
          col('assetId', 'preventive.asset'),
          col('client', 'table.client'),
          col('windowStart', 'preventive.windowStart'),
          col('windowEnd', 'preventive.windowEnd'),
        ],
        rows: report.preventive.missed.map((m) => ({ ...m, title: report.preventive.byTask[m.taskId]?.title ?? m.taskId })),
      };
  }
}
