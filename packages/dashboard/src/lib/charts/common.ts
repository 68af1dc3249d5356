import type { Config, TopLevelSpec } from 'vega-lite';
import { createFormat, type Format } from '../format/format.js';
import { LOCALES, translator, type Language, type Translate } from '../i18n/index.js';

/** Everything a chart spec needs to speak the user's language: text, formats, Vega locale. */
export interface ChartLocale {
  language: Language;
  t: Translate;
  format: Format;
}

/**
 * A chart locale for a language and the report's currency and time zone.
 *
 * @example
 * chartLocale('fr', 'EUR', 'Europe/Paris').t('sla.met'); // → 'Respecté'
 */
export function chartLocale(language: Language, currency = 'EUR', timezone = 'UTC'): ChartLocale {
  return { language, t: translator(language), format: createFormat(language, { currency, timezone }) };
}

/** How a column of a chart's text alternative is shown. */
export type ColumnUnit = 'text' | 'percent' | 'count' | 'hours' | 'money' | 'number' | 'date' | 'month';

export interface TableColumn {
  field: string;
  label: string;
  unit: ColumnUnit;
}

/** Stored in `usermeta.table`: the columns of the figures table that stands beside a chart. */
export interface ChartTable {
  columns: TableColumn[];
  /**
   * The columns whose figures the chart draws (see `chartIsEmpty`); default: every numeric
   * column. A chart whose measures are all null or 0 shows a "no data" panel instead.
   */
  measures?: string[];
  /**
   * True when a measured 0 is a figure the chart draws (a rate of 0%: every ticket late), so
   * only nulls leave it empty; else a chart of zeros is empty too (bars of 0 tickets).
   */
  zeroIsData?: boolean;
  /**
   * A chart of change over time draws nothing a card does not say with fewer than `count`
   * distinct values of `field` (months) having a figure: then it is empty too.
   */
  minGroups?: { field: string; count: number };
}

/** A row of chart data: JSON values only. */
export type Row = Record<string, string | number | boolean | null>;

/** The d3-format number locale of a language, derived from `Intl` (currency prefix or suffix). */
export function numberLocale(language: Language, currency: string) {
  const locale = LOCALES[language];
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1);
  const symbolAt = money.findIndex((p) => p.type === 'currency');
  const numberAt = money.findIndex((p) => p.type === 'integer');
  const symbol = money[symbolAt]?.value ?? currency;
  const between = money.slice(Math.min(symbolAt, numberAt) + 1, Math.max(symbolAt, numberAt)).filter((p) => p.type === 'literal').map((p) => p.value).join('');
  const currencyPair: [string, string] = symbolAt < numberAt ? [symbol + between, ''] : ['', between + symbol];
  const percentParts = new Intl.NumberFormat(locale, { style: 'percent' }).formatToParts(0.5);
  const percent = percentParts.filter((p) => p.type === 'literal' || p.type === 'percentSign').map((p) => p.value).join('');
  // French spacing as the rest of the dashboard and kpi-core write it (see `typeset`): U+202F
  // between groups and before %, where Intl's fr-FR puts U+00A0 before %.
  if (language === 'fr') return { decimal, thousands: '\u202f', grouping: [3], currency: currencyPair, percent: '\u202f%', minus: '\u2212' };
  return { decimal, thousands: group, grouping: [3], currency: currencyPair, percent, minus: '\u2212' };
}

const TIME_LOCALES = {
  en: {
    dateTime: '%a %e %b %X %Y',
    date: '%d/%m/%Y',
    time: '%H:%M:%S',
    periods: ['AM', 'PM'],
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
  // d3-time-format's fr-FR definition.
  fr: {
    dateTime: '%A %e %B %Y à %X',
    date: '%d/%m/%Y',
    time: '%H:%M:%S',
    periods: ['AM', 'PM'],
    days: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    shortDays: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    shortMonths: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  },
} as const;

/** Sober palette, readable on a projector and for common colour-vision deficiencies (Okabe–Ito based). */
export const COLORS = {
  primary: '#1f4e79',
  secondary: '#6b9ac4',
  good: '#1b7a3e',
  bad: '#b3261e',
  warn: '#b26a00',
  muted: '#8a94a3',
  band: '#dfe7f0',
  categorical: ['#1f4e79', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#7a6a00', '#0072b2', '#8a94a3'],
} as const;

/** The shared chart configuration: fonts, readable axes, the locale of numbers and dates. */
export function baseConfig(locale: ChartLocale): Config {
  return {
    locale: { number: numberLocale(locale.language, locale.format.currency) as never, time: TIME_LOCALES[locale.language] as never },
    font: 'Inter, "Segoe UI", system-ui, sans-serif',
    background: 'transparent',
    // No ARIA of Vega's own inside the SVG: it is English only ("X-axis titled … for a discrete
    // scale with 3 values"); the chart is an image named by its title and described by its
    // figures table (VegaLite.svelte, ChartCard.svelte).
    aria: false,
    // Tooltips without their own format: grouped digits ("3 046", not "3046"), at most two decimals.
    numberFormat: ',.2~f',
    view: { stroke: null },
    axis: {
      labelFontSize: 13,
      titleFontSize: 13,
      titleFontWeight: 600,
      labelColor: '#2b3340',
      titleColor: '#2b3340',
      gridColor: '#e3e8ef',
      domainColor: '#8a94a3',
      tickColor: '#8a94a3',
      labelLimit: 220,
    },
    legend: { labelFontSize: 13, titleFontSize: 13, orient: 'bottom', direction: 'horizontal', columns: 5, symbolType: 'square' },
    title: { fontSize: 15, anchor: 'start', color: '#1b2430' },
    range: { category: [...COLORS.categorical] },
    bar: { color: COLORS.primary },
    line: { color: COLORS.primary, strokeWidth: 2.5 },
    point: { color: COLORS.primary, size: 60, filled: true },
  };
}

export interface TopLevelOptions {
  /** Chart height in pixels; width follows the container. */
  height?: number;
  /** Columns of the text alternative, read from the rows in `data.values`. */
  table: ChartTable;
  /** Short description for screen readers (the chart's `description`). */
  description: string;
  rows: Row[];
  /** A line shown under the chart (e.g. what a reference line stands for), in `usermeta.note`. */
  note?: string;
}

/**
 * Wraps a single- or layered-view spec into a top-level Vega-Lite spec: schema, container width,
 * locale config, inline data and the table columns of its text alternative (`usermeta.table`).
 */
export function topLevel(locale: ChartLocale, body: Record<string, unknown>, options: TopLevelOptions): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: options.description,
    width: 'container',
    height: options.height ?? 260,
    autosize: { type: 'fit', contains: 'padding' },
    data: { values: options.rows },
    config: baseConfig(locale),
    usermeta: options.note ? { table: options.table, note: options.note } : { table: options.table },
    ...body,
  } as unknown as TopLevelSpec;
}

/** The data rows of a spec built by `topLevel` (the text alternative reads them). */
export function specRows(spec: TopLevelSpec): Row[] {
  const data = (spec as { data?: { values?: unknown } }).data;
  return Array.isArray(data?.values) ? (data.values as Row[]) : [];
}

/** The table columns of a spec built by `topLevel`. */
export function specTable(spec: TopLevelSpec): ChartTable {
  const meta = (spec as { usermeta?: { table?: ChartTable } }).usermeta;
  return meta?.table ?? { columns: [] };
}

/** The line to show under a chart built by `topLevel` (e.g. what its dashed line is), or null. */
export function specNote(spec: TopLevelSpec): string | null {
  const meta = (spec as { usermeta?: { note?: unknown } }).usermeta;
  return typeof meta?.note === 'string' ? meta.note : null;
}

/** A d3 format string for an axis or tooltip in a KPI unit. */
export function d3Format(unit: ColumnUnit): string | undefined {
  switch (unit) {
    case 'percent':
      return '.0%';
    case 'money':
      return '$,.0f';
    case 'count':
      return ',.0f';
    case 'hours':
    case 'number':
      return ',.1f';
    default:
      return undefined;
  }
}

/** Entries of a record sorted by value, largest first, keeping at most `limit`. */
export function largest(record: Record<string, number>, limit = 12): Array<[string, number]> {
  return Object.entries(record)
    .filter(([, v]) => Number.isFinite(v))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit);
}
