import type { Finding, FindingKind, KpiSet, Report, ReviewContent } from '@revue/kpi-core';
import { figureDefaults, TCO_CATEGORIES, type FigureDefaults } from '@revue/kpi-core/report';
import { chartLocale } from '../charts/common.js';
import { coveredMonths } from '../charts/axes.js';
import { kpiDelta, periodName, type Better, type Format, type KpiUnit } from '../format/format.js';
import { keyLabel, NONE_KEY } from '../format/keys.js';
import type { Language, MessageKey, Translate } from '../i18n/index.js';
import { SLIDE_ROWS } from '../views/rows.js';
import { KPIS, type KpiDefinition } from '../kpis.js';
import { SECTIONS, type Section } from '../sections.js';
import { comparisonNote, coverageNote, previousComparable, shownFindings } from '../policy/comparison.js';
import { KPI_FIGURES, notMeasuredReason } from '../policy/notes.js';
import { sameExclusions, tcoExcluding } from '../policy/tco.js';
import { sourceSlaLines } from '../views/source-sla.js';
import { replacementCostNotes, type CostCells } from '../views/replacement-notes.js';
import { lostRowsLeftOutNote } from '../views/honest-notes.js';
import { DEFAULT_BRANDING, EMPTY_COMMENTARY, type Branding, type Commentary } from '../state/deck.js';
import { periodInWords } from './period.js';
import { SECTION_TITLES } from '../present/slides.js';

/** Whether a change is good news (green), bad news (red), neither, or not a comparison at all. */
export type Tone = 'good' | 'bad' | 'neutral' | 'none';

/** A headline figure on a slide: its label and value, and the change since the previous period. */
export interface DeckFact {
  label: string;
  value: string;
  /**
   * The previous period's figure, formatted; null when there is no real comparison: the
   * previous period has no figure, or the figure is a state at `asOf` (open tickets,
   * warranties), the same for both periods.
   */
  previous: string | null;
  /** The signed change (`+3.1 pts`, `−12 h`), empty without a comparison. */
  change: string;
  /** Green or red by the direction that is good for this figure (lower lost hours is good). */
  tone: Tone;
  /** For a state at `asOf`: `At 30 Sept 2026`; else null. */
  note: string | null;
}

/** The unit of a chart's values, which decides its axis and label formats. */
export type ChartUnit = Extract<KpiUnit, 'percent' | 'count' | 'hours' | 'money'>;

/**
 * A chart of a slide as data for a native (editable) PowerPoint chart: its kind, its
 * categories and its series. Only charts with at least one non-zero value are planned.
 */
export interface DeckChart {
  /** Stable id (`sla-by-month`), matching the dashboard's chart card. */
  id: string;
  title: string;
  kind: 'bar' | 'line' | 'doughnut';
  /** Bars drawn left to right (long category names read better). */
  horizontal?: boolean;
  /** Series stacked (parts of a whole) instead of side by side. */
  stacked?: boolean;
  unit: ChartUnit;
  labels: string[];
  series: Array<{ name: string; values: Array<number | null> }>;
  /** Fixed value axis bounds (adherence: 0 to 1). */
  range?: [number, number];
  /**
   * A series drawn as a line on its own value axis on the right, over bars (the tickets still
   * open at each month's end, far fewer than the tickets opened and closed).
   */
  line?: { name: string; values: Array<number | null>; unit: ChartUnit };
  /**
   * A sentence under the chart: the rows it leaves out and why ("Rows not shown, most of their
   * incidents closed at an unknown time: Bistro (1 measured, 2 unknown)"), as the page, the HTML
   * slide and the spreadsheet say it; absent when nothing is left out.
   */
  note?: string;
}

/**
 * A table of a detail slide, every cell already written as plain text (ticket and asset text
 * with line breaks and control characters flattened, long values cut with `…`).
 */
export interface DeckTable {
  /** Stable id: `replacement-assets`, `preventive-missed`. */
  id: 'replacement-assets' | 'preventive-missed';
  columns: Array<{ label: string; align: 'left' | 'right'; /** Share of the table's width. */ width: number }>;
  rows: string[][];
  /**
   * "and 12 more, all in the workbook (XLSX)" when rows are left out (never silently: how many,
   * and where they are); null when every row is shown.
   */
  more: string | null;
  /** Footnotes: why a figure is not measured (`¹ No purchase cost in the asset file`). */
  notes: string[];
}

/**
 * One slide: a review section, or a detail slide that follows it (`detail`: the volume by
 * category, priority and site; the replacement plan's assets; the missed windows) with no
 * headline figure, at most two charts or one table.
 */
export interface DeckSlide {
  section: Section['id'];
  /** null for the section's own slide; what the detail slide shows otherwise. */
  detail: 'volume' | 'replacement-assets' | 'preventive-missed' | null;
  title: string;
  facts: DeckFact[];
  /** The findings of the section (the summary takes the most severe of all), as sentences. */
  bullets: string[];
  charts: DeckChart[];
  /** The table of a detail slide; null on every other slide. */
  table: DeckTable | null;
  /** The account manager's commentary on this section; empty when none was written. */
  commentary: string;
}

/** What the title slide shows. */
export interface DeckCover {
  mspName: string;
  mspLogo: string | null;
  clientLogo: string | null;
  client: string;
  /** `Q3 2026` / `T3 2026`. */
  period: string;
  /** `July – September 2026`. */
  periodWords: string;
  /** `Data up to 30 Sept 2026 · Generated on 2 Oct 2026`. */
  dates: string;
  /** How much of a partly covered period the data covers (the title slide's sentence), or null. */
  coverage: string | null;
}

/** Everything a slide deck of a review holds, before any rendering. */
export interface DeckPlan {
  title: string;
  /** Period, client and data date, e.g. `Q3 2026 · All clients · data up to 30 Sept 2026`. */
  subtitle: string;
  /** Footer of every slide: the period, the client and the period compared with. */
  footer: string;
  language: Language;
  cover: DeckCover;
  slides: DeckSlide[];
  /** The closing slide: next steps, one per line (empty: "to be agreed"). */
  closing: { title: string; steps: string[]; empty: string };
  /** "Demo data" on every slide when the figures are the demo's; else null. */
  demoLabel: string | null;
  /** Colours of the branding, `rrggbb` without `#`. */
  colors: { primary: string; accent: string };
  /** Words the renderer needs in the deck's language; `noteLine`, `{label}: {text}`, a line of the speaker notes. */
  words: { commentary: string; noData: string; previous: string; noteLine: string };
}

export interface DeckPlanOptions {
  /** Language of the slide text. Default: the report's language. */
  language?: Language;
  /** Sections to include, in presentation order. Default: all of them. */
  sections?: ReadonlyArray<Section['id']>;
  /** At most this many findings on the summary slide. Default 5. */
  summaryFindings?: number;
  /** The data is the embedded demo: every slide says "Demo data". */
  isDemo?: boolean;
  /** MSP and client branding (cover, colours). Default: none. */
  branding?: Branding;
  /** Commentary per section and next steps. Default: none. */
  commentary?: Commentary;
  /** When the deck is made (cover). Default: now. */
  generatedAt?: Date;
}

/** The section each kind of finding belongs to. */
export const FINDING_SECTION: Record<FindingKind, Section['id']> = {
  'sla-slipping': 'sla',
  'sla-below-target': 'sla',
  'sla-source-disagrees': 'sla',
  'recurring-problem': 'incidents',
  'accelerating-failures': 'reliability',
  'lost-hours-above-benchmark': 'lost-hours',
  'past-useful-life-costly': 'costs',
  'warranty-expiring': 'fleet',
  'backlog-aged': 'fleet',
  'preventive-missed': 'preventive',
  'preventive-effect': 'preventive',
};

const SEVERITY_RANK: Record<Finding['severity'], number> = { high: 0, medium: 1, low: 2 };

/**
 * A headline figure of a section: its label, its unit, which way is better, whether it is a
 * state at `asOf` or of the period only (no previous value), and how to read it from a KPI set
 * (the review content — backlog, trend, plan — is only in the period's).
 */
export interface FactSpec {
  label: MessageKey;
  unit: KpiUnit;
  better: Better;
  /** A state at `asOf` (open tickets, warranties): the previous period has no figure of its own. */
  pointInTime: boolean;
  /** Computed for the period only (the replacement plan, the backlog at the period's end): nothing to compare. */
  currentOnly: boolean;
  read: (kpis: KpiSet & Partial<ReviewContent>) => number | null;
  /** A cost total that may leave parts out (`KpiDefinition.costTotal`). */
  costTotal?: boolean;
  /** The report figure behind it, for the reason it is not measured (`KPI_FIGURES`). */
  figure?: string;
  /** Why the export cannot give it at all (`KpiDefinition.unmeasured`). */
  unmeasured?: KpiDefinition['unmeasured'];
  /** The tickets behind an SLA rate (`KpiDefinition.onTime`). */
  onTime?: KpiDefinition['onTime'];
}

function fact(kpi: KpiDefinition): FactSpec {
  const figure = KPI_FIGURES[kpi.id];
  return {
    label: kpi.label,
    unit: kpi.unit,
    better: kpi.better,
    pointInTime: kpi.pointInTime === true,
    currentOnly: kpi.currentOnly === true,
    read: kpi.pick,
    ...(kpi.costTotal === true ? { costTotal: true } : {}),
    ...(figure !== undefined ? { figure } : {}),
    ...(kpi.unmeasured !== undefined ? { unmeasured: kpi.unmeasured } : {}),
    ...(kpi.onTime !== undefined ? { onTime: kpi.onTime } : {}),
  };
}

/** The headline figures of each section, in the order they are shown (from the KPI cards). */
export const SECTION_FACTS: Record<Section['id'], FactSpec[]> = {
  summary: [KPIS.slaResolution, KPIS.incidents, KPIS.recurrenceRate, KPIS.mtbf, KPIS.availability, KPIS.lostHours, KPIS.tco, KPIS.backlog].map(fact),
  activity: [KPIS.ticketsOpened, KPIS.requests, KPIS.openAtEnd].map(fact),
  sla: [KPIS.slaResponse, KPIS.slaResolution].map(fact),
  incidents: [KPIS.incidents, KPIS.repeats, KPIS.recurrenceRate].map(fact),
  reliability: [KPIS.failures, KPIS.mtbf, KPIS.mttr, KPIS.availability].map(fact),
  'lost-hours': [KPIS.lostHours, KPIS.lostPerEmployee, KPIS.lostCost, KPIS.effort].map(fact),
  costs: [KPIS.tco, KPIS.tcoPerUser, KPIS.unallocated].map(fact),
  fleet: [KPIS.backlog, KPIS.outOfWarranty, KPIS.pastUsefulLife, KPIS.warrantySoon].map(fact),
  preventive: [KPIS.planKept, KPIS.missedWindows, KPIS.plannedShare, KPIS.correctiveIncidents].map(fact),
  replacement: [
    fact(KPIS.replacementBudget),
    { label: 'replacement.assets', unit: 'count', better: 'neutral', pointInTime: false, currentOnly: true, read: (k) => k.replacement?.count ?? null },
  ],
};

/**
 * A headline figure with its comparison: the previous figure and the change only when both
 * periods have a figure and the figure is not a state at `asOf`; the change coloured by
 * `kpiDelta` (good / bad by the figure's better direction).
 *
 * @example
 * deckFact(SECTION_FACTS.fleet[0], report, format).previous; // → null (open tickets are counted at asOf)
 */
export function deckFact(spec: FactSpec, report: Report, format: Format, t: Translate, periodsComparable = true, rests: FigureDefaults = figureDefaults(report)): DeckFact {
  const unmeasured = spec.unmeasured?.(rests) ?? null;
  const current = unmeasured === null ? spec.read(report) : null;
  // Issue 10: no previous figure when the data cover the two periods differently (comparisonOf).
  const previous = unmeasured !== null || !periodsComparable || spec.pointInTime || spec.currentOnly ? null : spec.read(report.previous);
  const comparable = previous !== null && Number.isFinite(previous);
  // Two cost totals that leave out different parts: the previous one is shown, with no verdict.
  const sameParts = spec.costTotal !== true || current === null || sameExclusions(report);
  const delta = comparable && sameParts ? kpiDelta(current, previous, spec.unit, spec.better, format) : null;
  // As on the card: what a partial cost total leaves out, why a figure is not measured.
  const excluding = spec.costTotal === true && current !== null ? tcoExcluding(report.tco, format.language) : null;
  const reason = unmeasured !== null ? t(unmeasured) : current === null && spec.figure !== undefined ? notMeasuredReason(report, spec.figure, format.language) : null;
  const previousExcluding = spec.costTotal === true && comparable ? tcoExcluding(report.previous.tco, format.language) : null;
  const onTime = current === null ? null : (spec.onTime?.(report) ?? null);
  const notes = [
    onTime === null ? null : t('card.onTime', { met: format.integer(onTime.met), judged: format.integer(onTime.judged) }),
    spec.pointInTime ? t('card.atAsOf', { date: format.date(report.asOf) }) : null,
    excluding === null ? null : excluding.charAt(0).toLocaleUpperCase(format.locale) + excluding.slice(1),
    reason === null ? null : t('card.notMeasured', { reason }),
    comparable && !sameParts
      ? t('card.partsDiffer', { value: format.value(previous, spec.unit), excluding: previousExcluding === null ? '' : `, ${previousExcluding}` })
      : null,
  ].filter((note) => note !== null);
  return {
    label: t(spec.label),
    value: format.value(current, spec.unit),
    previous: comparable && sameParts ? format.value(previous, spec.unit) : null,
    change: delta?.text ?? '',
    tone: delta?.tone ?? 'none',
    note: notes.length === 0 ? null : notes.join(' · '),
  };
}

/** The source tool's SLA figures as deck facts: its rate and evidence, no comparison. */
function sourceSlaFacts(report: Report, language: Language): DeckFact[] {
  return sourceSlaLines(report, language).map((line) => {
    const colon = line.value.indexOf(' (');
    return { label: line.name, value: colon < 0 ? line.value : line.value.slice(0, colon), previous: null, change: '', tone: 'none', note: colon < 0 ? null : line.value.slice(colon + 2, -1) };
  });
}

/** True when a chart has at least one value that is neither missing nor zero. */
export function hasData(chart: Pick<DeckChart, 'series'>): boolean {
  return chart.series.some((s) => s.values.some((v) => v !== null && Number.isFinite(v) && v !== 0));
}

const AGE_BUCKETS = ['<1d', '1-7d', '7-30d', '>30d'] as const;
/** Ticket types in the order of the Activity section's chart. */
const ACTIVITY_TYPES = ['incident', 'request', 'change', 'problem'] as const;
/** Replacement reasons in the order of the plan's chart. */
const REPLACEMENT_REASONS = ['past-useful-life', 'useful-life-ends', 'warranty-ends'] as const;
/** Bars of a ranking on a slide (half a slide high): the largest eight stay readable. */
export const SLIDE_BARS = 8;
const MAINTENANCE_ORDER = ['corrective', 'preventive', 'evolutive', 'proactive', 'unclassified'];

function sortedPriorities(keys: string[]): string[] {
  return keys.sort((a, b) => Number(a === NONE_KEY) - Number(b === NONE_KEY) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Entries largest first (ties by name), at most `limit`, zero and missing values left out. */
function largest(record: Record<string, number | null>, limit: number): Array<[string, number]> {
  return Object.entries(record)
    .filter((entry): entry is [string, number] => entry[1] !== null && Number.isFinite(entry[1]) && entry[1] !== 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit);
}

/**
 * The charts of a section as native chart data, in the order the section page shows them.
 * Every chart of a slide has a native PowerPoint form (bars, lines, doughnuts); charts without
 * any non-zero value are left out (never an empty axis).
 */
export function sectionCharts(section: Section['id'], report: Report, language: Language): DeckChart[] {
  const { t, format } = chartLocale(language, report.currency, report.timezone);
  const list: DeckChart[] = [];
  const add = (chart: DeckChart) => {
    if (chart.labels.length > 0 && hasData(chart)) list.push(chart);
  };
  const response = t('sla.response');
  const resolution = t('sla.resolution');
  switch (section) {
    case 'summary':
      break;
    case 'activity': {
      // Requests against incidents (and changes, problems) per month, stacked as on the page.
      // The months the data covers, as on the page (no bar at 0 before the file starts).
      const months = coveredMonths(report.volume.byMonth, report);
      const types = ACTIVITY_TYPES.filter((type) => months.some((m) => m.byType.groups.some((g) => g.key === type)));
      add({
        id: 'ticket-types',
        title: t('activity.byType'),
        kind: 'bar',
        stacked: true,
        unit: 'count',
        labels: months.map((m) => format.month(m.month)),
        series: types.map((type) => ({ name: t(`activity.type.${type}`), values: months.map((m) => m.byType.groups.find((g) => g.key === type)?.tickets ?? 0) })),
      });
      // Opened against closed per month, and the backlog at each month's end on its own axis.
      const flow = report.backlogTrend.months;
      add({
        id: 'backlog-trend',
        title: t('activity.flowTitle'),
        kind: 'bar',
        unit: 'count',
        labels: flow.map((m) => format.month(m.month)),
        series: [
          { name: t('activity.opened'), values: flow.map((m) => m.opened) },
          { name: t('activity.closed'), values: flow.map((m) => m.closed) },
        ],
        line: { name: t('activity.openAtEnd'), values: flow.map((m) => m.open), unit: 'count' },
      });
      break;
    }
    case 'sla': {
      const months = report.sla.byMonth;
      // One month with a rate is a dot, not a trend (as on the page: sla-by-month's minGroups).
      if (months.filter((m) => m.response?.adherence != null || m.resolution?.adherence != null).length >= 2)
        add({
        id: 'sla-by-month',
        title: t('sla.byMonth'),
        kind: 'line',
        unit: 'percent',
        range: [0, 1],
        labels: months.map((m) => format.month(m.month)),
        series: [
          { name: response, values: months.map((m) => m.response?.adherence ?? null) },
          { name: resolution, values: months.map((m) => m.resolution?.adherence ?? null) },
        ].filter((s) => s.values.some((v) => v !== null)),
      });
      const priorities = sortedPriorities(Object.keys(report.sla.byPriority));
      add({
        id: 'sla-by-priority',
        title: t('sla.byPriority'),
        kind: 'bar',
        unit: 'percent',
        range: [0, 1],
        labels: priorities.map((p) => keyLabel(p, 'priority', t)),
        series: [
          { name: response, values: priorities.map((p) => report.sla.byPriority[p]!.response?.adherence ?? null) },
          { name: resolution, values: priorities.map((p) => report.sla.byPriority[p]!.resolution?.adherence ?? null) },
        ].filter((s) => s.values.some((v) => v !== null)),
      });
      break;
    }
    case 'incidents': {
      const months = coveredMonths(report.recurrence.byMonth, report);
      add({
        id: 'incidents-by-month',
        title: t('incidents.byMonth'),
        kind: 'bar',
        stacked: true,
        unit: 'count',
        labels: months.map((m) => format.month(m.month)),
        series: [
          { name: t('incidents.firstOccurrence'), values: months.map((m) => m.incidents - m.repeats) },
          { name: t('incidents.repeat'), values: months.map((m) => m.repeats) },
        ],
      });
      const problems = report.recurrence.problems.slice(0, SLIDE_BARS);
      // Two chains of one key (the problem again after a quiet gap) are told apart by their
      // dates, as on the dashboard's chart; PowerPoint wraps a long category label itself.
      const chains = new Map<string, number>();
      for (const p of problems) chains.set(p.key, (chains.get(p.key) ?? 0) + 1);
      add({
        id: 'recurring-problems',
        title: t('incidents.problemsChart'),
        kind: 'bar',
        horizontal: true,
        unit: 'count',
        labels: problems.map((p) => (chains.get(p.key)! > 1 ? `${p.key} (${format.date(p.first)} – ${format.date(p.last)})` : p.key)),
        series: [{ name: t('incidents.count'), values: problems.map((p) => p.count) }],
      });
      break;
    }
    case 'reliability': {
      const types = largest(Object.fromEntries(Object.entries(report.reliability.byType).map(([type, f]) => [type, f.mtbfHours])), SLIDE_BARS);
      add({
        id: 'mtbf-by-type',
        title: t('reliability.byType'),
        kind: 'bar',
        horizontal: true,
        unit: 'hours',
        labels: types.map(([type]) => keyLabel(type, 'type', t)),
        series: [{ name: t('reliability.mtbf'), values: types.map(([, hours]) => hours) }],
      });
      break;
    }
    case 'lost-hours': {
      // A client's review shows its own figure only: another client's name never reaches its deck.
      const byClient = Object.entries(report.lostHours.perEmployeePerYearByClient).filter(([client, hours]) => hours !== null && (report.client === null || client === report.client));
      const scopes: Array<[string, number]> = [
        ...(report.lostHours.perEmployeePerYear !== null ? [[t('lost.scope'), report.lostHours.perEmployeePerYear] as [string, number]] : []),
        ...(report.client === null ? (byClient.sort((a, b) => a[0].localeCompare(b[0])) as Array<[string, number]>) : []),
      ];
      // The clients left out for their unknown lengths have no yearly rate: their bars are missing, said under the chart.
      const clientsLeftOut = report.client === null ? lostRowsLeftOutNote(report.lostHours, 'byClient', t, format) : null;
      add({
        id: 'lost-hours-benchmark',
        title: t('lost.benchmark'),
        kind: 'bar',
        horizontal: true,
        unit: 'hours',
        labels: scopes.map(([scope]) => scope),
        series: [{ name: t('lost.perEmployee'), values: scopes.map(([, hours]) => hours) }],
        ...(clientsLeftOut === null ? {} : { note: clientsLeftOut }),
      });
      const categories = largest(report.lostHours.byCategory, SLIDE_BARS);
      const categoriesLeftOut = lostRowsLeftOutNote(report.lostHours, 'byCategory', t, format);
      add({
        id: 'lost-by-category',
        title: t('lost.byCategory'),
        kind: 'bar',
        horizontal: true,
        unit: 'hours',
        labels: categories.map(([key]) => keyLabel(key, 'category', t)),
        series: [{ name: t('lost.hours'), values: categories.map(([, hours]) => hours) }],
        ...(categoriesLeftOut === null ? {} : { note: categoriesLeftOut }),
      });
      break;
    }
    case 'costs': {
      const categories = TCO_CATEGORIES.filter((c) => report.tco.byCategory[c] !== 0 && report.tco.byCategory[c] !== null);
      add({
        id: 'tco-breakdown',
        title: t('costs.breakdown'),
        kind: 'doughnut',
        unit: 'money',
        labels: categories.map((c) => t(`costs.cat.${c}` as MessageKey)),
        series: [{ name: t('costs.amount'), values: categories.map((c) => report.tco.byCategory[c]) }],
      });
      const types = largest(Object.fromEntries(Object.entries(report.tco.byType).map(([type, b]) => [type, b.total])), SLIDE_BARS);
      add({
        id: 'tco-by-type',
        title: t('costs.byType'),
        kind: 'bar',
        horizontal: true,
        unit: 'money',
        labels: types.map(([type]) => keyLabel(type, 'costType', t)),
        series: [{ name: t('costs.amount'), values: types.map(([, total]) => total) }],
      });
      break;
    }
    case 'fleet': {
      // Not measured (no technician time in the export): no doughnut rather than an empty one.
      const hours = report.fleet.maintenanceHours ?? {};
      const types = Object.keys(hours).sort((a, b) => {
        const ia = MAINTENANCE_ORDER.indexOf(a);
        const ib = MAINTENANCE_ORDER.indexOf(b);
        return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib) || a.localeCompare(b);
      });
      add({
        id: 'maintenance-mix',
        title: t('fleet.mix'),
        kind: 'doughnut',
        unit: 'hours',
        labels: types.map((type) => (MAINTENANCE_ORDER.includes(type) ? t(`costs.cat.${type}` as MessageKey) : type)),
        series: [{ name: t('lost.hours'), values: types.map((type) => hours[type]!) }],
      });
      add({
        id: 'backlog',
        title: t('fleet.backlog'),
        kind: 'bar',
        unit: 'count',
        labels: AGE_BUCKETS.map((bucket) => t(`fleet.age.${bucket}` as MessageKey)),
        series: [{ name: t('kpi.backlog'), values: AGE_BUCKETS.map((bucket) => report.fleet.backlog.byAge[bucket] ?? 0) }],
      });
      break;
    }
    case 'preventive': {
      const tasks = Object.values(report.preventive.byTask)
        .filter((task) => task.compliance !== null)
        .sort((a, b) => a.compliance! - b.compliance! || a.title.localeCompare(b.title))
        .slice(0, SLIDE_BARS);
      add({
        id: 'preventive-by-task',
        title: t('preventive.byTask'),
        kind: 'bar',
        horizontal: true,
        unit: 'percent',
        range: [0, 1],
        labels: tasks.map((task) => task.title),
        series: [{ name: t('preventive.compliance'), values: tasks.map((task) => task.compliance) }],
      });
      // The planned share over 12 months beside the corrective incidents: does preventive work
      // make corrective work recede? Only the months the data covers, as on the page.
      const trend = coveredMonths(report.preventive.trend, report);
      add({
        id: 'preventive-trend',
        title: t('preventive.trend'),
        kind: 'bar',
        unit: 'count',
        labels: trend.map((m) => format.month(m.month)),
        series: [{ name: t('preventive.correctiveIncidents'), values: trend.map((m) => m.correctiveIncidents) }],
        line: { name: t('preventive.share'), values: trend.map((m) => m.share), unit: 'percent' },
      });
      break;
    }
    case 'replacement': {
      // The budget of the next 12 months by month, stacked by reason, as on the page.
      const months = report.replacement.byMonth;
      add({
        id: 'replacement-budget',
        title: t('replacement.budgetChart'),
        kind: 'bar',
        stacked: true,
        unit: 'money',
        labels: months.map((m) => format.month(m.key)),
        series: REPLACEMENT_REASONS.map((reason) => ({ name: t(`replacement.reason.${reason}`), values: months.map((m) => m.byReason[reason] ?? 0) })).filter((s) => s.values.some((v) => v !== 0)),
      });
      break;
    }
  }
  // At most two charts on a slide: one message per slide.
  return list.slice(0, 2);
}

/** The breakdowns of the volume a detail slide charts, in the order the dashboard offers them. */
const VOLUME_BREAKDOWNS = [
  { id: 'volume-by-category', key: 'byCategory', dimension: 'category', title: 'activity.volumeByCategory' },
  { id: 'volume-by-priority', key: 'byPriority', dimension: 'priority', title: 'activity.volumeByPriority' },
  { id: 'volume-by-site', key: 'bySite', dimension: 'site', title: 'activity.volumeBySite' },
] as const;

/**
 * The tickets opened in the period by category, priority and site as native bar charts: the
 * `SLIDE_BARS` largest groups (priorities in their own order, P1 first) and one "Others (n)" bar
 * for the rest — the groups kpi-core did not list included —, as the dashboard's chart. A
 * breakdown whose tickets all lack the value (no site in the export) says nothing: left out.
 *
 * @example
 * volumeCharts(report, 'en').map((c) => c.id); // → ['volume-by-category', 'volume-by-priority', 'volume-by-site']
 */
export function volumeCharts(report: Report, language: Language): DeckChart[] {
  const { t, format } = chartLocale(language, report.currency, report.timezone);
  const charts: DeckChart[] = [];
  for (const breakdown of VOLUME_BREAKDOWNS) {
    const volume = report.volume[breakdown.key];
    if (volume.groups.every((g) => g.key === NONE_KEY) && volume.otherGroups === 0) continue;
    const groups = [...volume.groups];
    if (breakdown.dimension === 'priority') groups.sort((a, b) => Number(a.key === NONE_KEY) - Number(b.key === NONE_KEY) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const shown = groups.slice(0, SLIDE_BARS);
    const otherGroups = groups.length - shown.length + volume.otherGroups;
    const otherTickets = groups.slice(SLIDE_BARS).reduce((sum, g) => sum + g.tickets, 0) + volume.otherTickets;
    const labels = shown.map((g) => plainText(keyLabel(g.key, breakdown.dimension, t)));
    const values = shown.map((g) => g.tickets);
    if (otherGroups > 0) {
      labels.push(t('activity.others', { count: format.integer(otherGroups) }));
      values.push(otherTickets);
    }
    const chart: DeckChart = { id: breakdown.id, title: t(breakdown.title), kind: 'bar', horizontal: true, unit: 'count', labels, series: [{ name: t('activity.tickets'), values }] };
    if (hasData(chart)) charts.push(chart);
  }
  return charts;
}

/** Longest text of a table cell on a slide: a longer value is cut with `…` (the workbook has it whole). */
const CELL_CHARS = 60;

/**
 * Ticket or asset text as plain text for a slide: control characters and line breaks (which
 * pptxgenjs would turn into paragraphs) become spaces, runs of spaces one, and a value longer
 * than `max` is cut with `…`.
 *
 * @example
 * plainText('PRN-01\r\nground floor'); // → 'PRN-01 ground floor'
 */
export function plainText(text: string, max = CELL_CHARS): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** A cost cell not known, as its words and footnote mark; null for a figure. */
function cellText(cell: CostCells['replacement']): string | null {
  return cell === null ? null : `${cell.text}${cell.mark}`;
}

/** "and N more": how many rows a slide leaves out, and whether the workbook has them all. */
function moreRows(t: Translate, format: Format, listed: number, total: number): string | null {
  const shown = Math.min(listed, SLIDE_ROWS);
  const more = Math.max(listed, total) - shown;
  if (more <= 0) return null;
  return total > listed ? t('deck.andMoreListed', { count: format.integer(more), listed: format.integer(listed) }) : t('deck.andMore', { count: format.integer(more) });
}

/**
 * The replacement plan's assets, most urgent first: asset, type, client, why, when due, the
 * replacement cost and the corrective cost of the period; a cost not known says so with its
 * reason in a footnote. Null when the plan has no asset.
 */
function replacementAssetsTable(report: Report, t: Translate, format: Format): DeckTable | null {
  const plan = report.replacement;
  if (plan.assets.length === 0) return null;
  const listed = plan.assets.slice(0, SLIDE_ROWS);
  // The same marks and footnotes as the page's table (replacementCostNotes).
  const { cells, notes } = replacementCostNotes(listed, t);
  const rows = listed.map((asset, i) => [
    plainText(asset.id),
    keyLabel(asset.type ?? NONE_KEY, 'type', t),
    asset.client === null ? t('table.none') : plainText(asset.client),
    asset.reasons.map((reason) => t(`replacement.reason.${reason}`)).join(', '),
    format.date(asset.dueAt),
    cellText(cells[i]!.replacement) ?? format.money(asset.replacementCost),
    cellText(cells[i]!.corrective) ?? format.money(asset.correctiveCost),
  ]);
  return {
    id: 'replacement-assets',
    columns: [
      { label: t('replacement.asset'), align: 'left', width: 0.13 },
      { label: t('replacement.type'), align: 'left', width: 0.11 },
      { label: t('replacement.client'), align: 'left', width: 0.15 },
      { label: t('replacement.why'), align: 'left', width: 0.2 },
      { label: t('replacement.due'), align: 'left', width: 0.11 },
      { label: t('replacement.cost'), align: 'right', width: 0.13 },
      { label: t('replacement.corrective'), align: 'right', width: 0.17 },
    ],
    rows,
    more: moreRows(t, format, plan.assets.length, plan.count),
    notes,
  };
}

/** The preventive plan's missed windows: the task, the asset, its client, the window. Null when none was missed. */
function missedWindowsTable(report: Report, t: Translate, format: Format): DeckTable | null {
  const preventive = report.preventive;
  if (preventive.missed.length === 0) return null;
  const rows = preventive.missed.slice(0, SLIDE_ROWS).map((miss) => [
    plainText(preventive.byTask[miss.taskId]?.title ?? miss.taskId),
    plainText(miss.assetId),
    miss.client === null ? t('table.none') : plainText(miss.client),
    // The window's end is exclusive: its last day is the day before.
    `${format.date(miss.windowStart)} – ${format.date(new Date(Date.parse(miss.windowEnd) - 1).toISOString())}`,
  ]);
  return {
    id: 'preventive-missed',
    columns: [
      { label: t('preventive.task'), align: 'left', width: 0.34 },
      { label: t('preventive.asset'), align: 'left', width: 0.2 },
      { label: t('table.client'), align: 'left', width: 0.2 },
      { label: t('preventive.window'), align: 'left', width: 0.26 },
    ],
    rows,
    more: moreRows(t, format, preventive.missed.length, preventive.missedCount),
    notes: [],
  };
}

/**
 * The detail slides after a section's slide (one message per slide: at most two charts or one
 * table): the activity's volume by category, priority and site (two charts a slide), the missed
 * windows of the preventive plan, the replacement plan's assets. None when there is nothing to show.
 */
function detailSlides(section: Section['id'], report: Report, language: Language): DeckSlide[] {
  const { t, format } = chartLocale(language, report.currency, report.timezone);
  const slide = (detail: NonNullable<DeckSlide['detail']>, title: string, charts: DeckChart[], table: DeckTable | null): DeckSlide => ({ section, detail, title, facts: [], bullets: [], charts, table, commentary: '' });
  switch (section) {
    case 'activity': {
      const charts = volumeCharts(report, language);
      const slides: DeckSlide[] = [];
      for (let i = 0; i < charts.length; i += 2) slides.push(slide('volume', t('deck.volume'), charts.slice(i, i + 2), null));
      return slides;
    }
    case 'preventive': {
      const table = missedWindowsTable(report, t, format);
      return table ? [slide('preventive-missed', t('preventive.missed'), [], table)] : [];
    }
    case 'replacement': {
      const table = replacementAssetsTable(report, t, format);
      return table ? [slide('replacement-assets', t('replacement.table'), [], table)] : [];
    }
    default:
      return [];
  }
}

const hex = (colour: string) => colour.replace(/^#/, '').toUpperCase();

/**
 * What a slide deck of a review holds, without rendering anything: a title slide (branding,
 * client, period in words, data date and generation date), then for each section (in
 * presentation order) its title, its headline figures with the real comparisons only and the
 * change coloured, its findings as sentences (the summary takes the `summaryFindings` most
 * severe of all, high first), its charts as native chart data (empty ones left out) and its
 * commentary, followed by its detail slides (`detail`: the activity's volume by category,
 * priority and site; the missed windows of the preventive plan; the assets of the replacement
 * plan, the first `SLIDE_ROWS` with "and N more"), then a closing slide with the next steps.
 * Periods read as people say them (`T3 2026` in French).
 *
 * @example
 * const plan = deckPlan(report, { language: 'fr', isDemo: true });
 * plan.slides.map((s) => s.detail ?? s.section); // → ['summary', 'activity', 'volume', 'volume', 'sla', …, 'replacement', 'replacement-assets']
 * plan.demoLabel; // → 'Données de démonstration'
 */
export function deckPlan(report: Report, options: DeckPlanOptions = {}): DeckPlan {
  const language = options.language ?? report.language;
  const { t, format } = chartLocale(language, report.currency, report.timezone);
  const branding = options.branding ?? DEFAULT_BRANDING;
  const commentary = options.commentary ?? EMPTY_COMMENTARY;
  const wanted = options.sections ?? SECTIONS.map((s) => s.id);
  // Issue 10: no previous figure nor comparing finding against a period the data covers otherwise.
  const comparable = previousComparable(report);
  // kpi-core's defaults behind the figures, once for every fact of every slide.
  const rests = figureDefaults(report);
  const sorted = [...shownFindings(report)].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const slides: DeckSlide[] = [];
  for (const section of SECTIONS) {
    if (!wanted.includes(section.id)) continue;
    // No preventive plan in the policy: nothing to report on it (the dashboard's page says why).
    if (section.id === 'preventive' && Object.keys(report.preventive.byTask).length === 0) continue;
    const findings = section.id === 'summary' ? sorted.slice(0, options.summaryFindings ?? 5) : sorted.filter((f) => FINDING_SECTION[f.kind] === section.id);
    slides.push({
      section: section.id,
      detail: null,
      title: t(SECTION_TITLES[section.id]),
      facts: [
        ...SECTION_FACTS[section.id].map((spec) => deckFact(spec, report, format, t, comparable, rests)),
        // The source tool's own SLA verdicts beside Revue's (DESIGN §5), as on the page.
        ...(section.id === 'sla' ? sourceSlaFacts(report, language) : []),
      ],
      bullets: findings.map((f) => f.message),
      charts: sectionCharts(section.id, report, language),
      table: null,
      commentary: (commentary.sections[section.id] ?? '').trim(),
    });
    slides.push(...detailSlides(section.id, report, language));
  }
  const client = report.client ?? t('filters.allClients');
  const period = periodName(report.period.label, format);
  // "Compared with Q4 2025" only where figures of Q4 2025 stand beside these: a previous period
  // the data does not reach (a GLPI export of March read for Q1) has none, and every card says so.
  const compared = report.previous.period !== null && report.previous.coverage?.covered === true && previousComparable(report);
  const previous = compared ? periodName(report.previous.period!.label, format) : null;
  const generated = format.date((options.generatedAt ?? new Date()).toISOString());
  return {
    title: t('print.coverTitle'),
    subtitle: t('summary.scope', { period, client, asOf: format.date(report.asOf) }),
    footer: previous ? `${period} · ${client} · ${t('filters.previous', { period: previous })}` : `${period} · ${client}`,
    language,
    cover: {
      mspName: branding.mspName,
      mspLogo: branding.mspLogo,
      clientLogo: branding.clientLogo,
      client,
      period,
      periodWords: periodInWords(report.period, format, report.timezone),
      dates: `${t('export.about.asOf')} ${format.date(report.asOf)} · ${t('print.generated', { date: generated })}`,
      // As on the presented title slide: a period the data covers in part says so where it is named.
      coverage: report.coverage.partial ? (coverageNote(report, language) ?? comparisonNote(report, language)) : null,
    },
    slides,
    closing: {
      title: t('deck.closing'),
      steps: commentary.nextSteps
        .split(/\r?\n/)
        .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
        .filter((line) => line !== ''),
      empty: t('deck.noNextSteps'),
    },
    demoLabel: options.isDemo ? t('demo.label') : null,
    colors: { primary: hex(branding.primaryColor), accent: hex(branding.accentColor) },
    words: { commentary: t('deck.commentary'), noData: t('deck.noData'), previous: t('deck.previous'), noteLine: t('deck.noteLine') },
  };
}
