/**
 * Axes that read at a glance: a few round ticks whatever the range (Vega's default is one tick
 * per 40 px, a tick every €2,000 up to €38,000), money in whole thousands once the figures are
 * large ("12 k€", "€12k"), and month labels short enough to sit side by side on a year axis.
 */
import type { Report } from '@revue/kpi-core';
import { numberLocale, type ChartLocale } from './common.js';

/** Ticks a value axis aims for: Vega rounds the step to 1, 2 or 5 × 10ⁿ, so 4 to 7 ticks show. */
export const AXIS_TICKS = 5;

/** From this largest value up, money axes are labelled in thousands. */
export const THOUSANDS_FROM = 10_000;

/** The Vega-Lite axis properties of a value axis (`format` or `labelExpr`, tick count, overlap rule). */
export interface ValueAxis {
  format?: string;
  labelExpr?: string;
  tickCount: number;
  tickMinStep?: number;
  labelOverlap: true;
  labelFlush?: boolean;
}

/**
 * The scale of a value axis: its domain rounded out to the ticks `AXIS_TICKS` gives (Vega's
 * default rounds for ten ticks, so [0, 2 600] stays [0, 2 600] with ticks every 500 and the
 * bars end past the last label; rounded for five, it becomes [0, 3 000]).
 */
export function valueScale(): { nice: number } {
  return { nice: AXIS_TICKS };
}

/** A string literal of the Vega expression language (JSON's quoting is a subset of it). */
export function expressionString(text: string): string {
  return JSON.stringify(text);
}

/**
 * The prefix and suffix of an amount in thousands in the chart's language and currency, from
 * the position of the currency symbol in `Intl` (before the figure in en-GB, after it in fr-FR,
 * behind the same no-break space as `Intl` puts before "€").
 *
 * @example
 * thousandsAffixes(chartLocale('fr', 'EUR')); // → ['', '\u00a0k€']   ("12 k€")
 * thousandsAffixes(chartLocale('en', 'EUR')); // → ['€', 'k']         ("€12k")
 */
export function thousandsAffixes(locale: ChartLocale): [string, string] {
  const [before, after] = numberLocale(locale.language, locale.format.currency).currency;
  if (before !== '') return [before, 'k'];
  const symbol = after.trim();
  return ['', `${after.slice(0, after.length - symbol.length)}k${symbol}`];
}

/**
 * A money axis for values up to `max`: about five round ticks, labelled in whole currency
 * units below `THOUSANDS_FROM` (€9,500) and in thousands from there on (€12k, 12 k€); a tick
 * between two thousands keeps one decimal (€2.5k), never a rounded-away one; zero reads "0".
 *
 * @example
 * moneyAxis(38_000, chartLocale('en', 'EUR')).labelExpr;
 * // → 'datum.value == 0 ? "0" : "€" + format(datum.value / 1000, ",.1~f") + "k"'  (ticks 0, €10k … €40k)
 * moneyAxis(4_200, chartLocale('en', 'EUR')).format; // → '$,.0f'
 */
export function moneyAxis(max: number, locale: ChartLocale): ValueAxis {
  if (!(Math.abs(max) >= THOUSANDS_FROM)) return { format: '$,.0f', tickCount: AXIS_TICKS, labelOverlap: true };
  const [prefix, suffix] = thousandsAffixes(locale);
  return {
    labelExpr: `datum.value == 0 ? "0" : ${expressionString(prefix)} + format(datum.value / 1000, ",.1~f") + ${expressionString(suffix)}`,
    tickCount: AXIS_TICKS,
    labelOverlap: true,
  };
}

/**
 * A count axis: whole numbers only (no tick at 0.5 incident), about five ticks.
 *
 * @example
 * countAxis(); // → { format: ',.0f', tickCount: 5, tickMinStep: 1, labelOverlap: true }
 */
export function countAxis(): ValueAxis {
  return { format: ',.0f', tickCount: AXIS_TICKS, tickMinStep: 1, labelOverlap: true };
}

/**
 * An hours axis: whole hours, about five ticks (0, 50, 100 … 300, not a tick every 10 h).
 *
 * @example
 * hoursAxis(); // → { format: ',.0f', tickCount: 5, labelOverlap: true }
 */
export function hoursAxis(): ValueAxis {
  return { format: ',.0f', tickCount: AXIS_TICKS, labelOverlap: true };
}

/** A percentage axis (ratios from 0 to 1 shown as 0 % … 100 %), about five ticks. */
export function percentAxis(): ValueAxis {
  return { format: '.0%', tickCount: AXIS_TICKS, labelOverlap: true };
}

/** Labels of the months of a chart and the title of their axis. */
export interface MonthAxis {
  /** One label per month key, in the same order; unique. */
  labels: string[];
  /** The axis title: "Month (2026)" when every month is in one year, else "Month". */
  title: string;
}

/**
 * Short labels for a month axis. Months of one calendar year read as their short name alone
 * ("janv.", "Jan"), the year going once into the axis title, so that twelve of them fit side
 * by side; months across years carry a two-digit year ("déc. 25", "janv. 26"). Keys that are
 * not `yyyy-MM` are kept as they are.
 *
 * @example
 * monthAxis(['2026-01', '2026-02'], chartLocale('fr'), 'Mois'); // → { labels: ['janv.', 'févr.'], title: 'Mois (2026)' }
 * monthAxis(['2025-12', '2026-01'], chartLocale('en'), 'Month'); // → { labels: ['Dec 25', 'Jan 26'], title: 'Month' }
 */
export function monthAxis(keys: readonly string[], locale: ChartLocale, title: string): MonthAxis {
  const parsed = keys.map((key) => /^(\d{4})-(\d{2})$/.exec(key));
  const years = new Set(parsed.map((m) => m?.[1] ?? null));
  const oneYear = years.size === 1 && !years.has(null);
  const short = new Intl.DateTimeFormat(locale.format.locale, { month: 'short', timeZone: 'UTC' });
  const withYear = new Intl.DateTimeFormat(locale.format.locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const labels = parsed.map((m, i) => {
    if (!m) return keys[i]!;
    const instant = Date.UTC(Number(m[1]), Number(m[2]) - 1, 15);
    return (oneYear ? short : withYear).format(instant);
  });
  return { labels, title: oneYear ? `${title} (${[...years][0]})` : title };
}

/** The `yyyy-MM` key of an instant's month in a time zone (the report's, as its month keys are). */
function monthIn(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', timeZone }).formatToParts(Date.parse(iso));
  return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
}

/**
 * The months of the period the data covers: from the month of the first ticket of the file to
 * the month of its last opened ticket, as kpi-core's trend counts covered months (`spanCovers`).
 * kpi-core lists every month of the period; a month before the file starts or after its last
 * opening has no incident because nothing was exported, not because none happened, and a bar at
 * 0 there would read as a quiet month (a data date set by a later resolution drew one).
 */
export function coveredMonths<T extends { month: string }>(byMonth: readonly T[], data: Pick<Report, 'coverage' | 'asOf' | 'timezone'>): T[] {
  const from = data.coverage.firstOpenedAt === null ? null : monthIn(data.coverage.firstOpenedAt, data.timezone);
  const to = monthIn(data.coverage.lastOpenedAt ?? data.asOf, data.timezone);
  return byMonth.filter((m) => (from === null || m.month >= from) && m.month <= to);
}
