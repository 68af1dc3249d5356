/**
 * The sentences that say how a figure was made honest, shown beside it: assets retired by their
 * status at an unknown date (up to when the review counts them in service), lost hours that
 * overlapping incidents of one asset would have counted twice, and why the yearly rate of lost
 * hours is missing. The same facts as the Markdown review (kpi-core `report/markdown.ts`), in the
 * dashboard's catalogue. Components bind these strings as text, never as HTML: an asset id comes
 * from the user's file.
 */
import type { Report } from '@revue/kpi-core';
import { CATALOGUES, formatter } from '@revue/kpi-core/report';
import type { Language } from '../i18n/index.js';
import type { Format } from '../format/format.js';
import { keyLabel } from '../format/keys.js';
import type { Translate } from '../i18n/index.js';

/**
 * One line per asset retired by its status with no retirement date, in the report's order:
 * "PC-7: counted in service up to 12 Mar 2026, its last ticket", or "PC-9: named by no ticket,
 * not counted in service". Empty when there is none (or the report predates the field).
 *
 * @example
 * retiredWithoutDateLines([{ assetId: 'PC-7', countedUntil: '2026-03-12T10:00:00.000Z' }], translator('en'), createFormat('en'));
 * // → ['PC-7: counted in service up to 12 Mar 2026, its last ticket']
 */
export function retiredWithoutDateLines(retired: Report['retiredWithoutDate'] | undefined, t: Translate, format: Pick<Format, 'date'>): string[] {
  return (retired ?? []).map(({ assetId, countedUntil, notInService, availableStatus }) => {
    const line = countedUntil === null ? t('retired.never', { asset: assetId }) : t('retired.counted', { asset: assetId, date: format.date(countedUntil) });
    // In stock, spare or inactive rather than retired: said, as the Markdown review says it.
    const stored = notInService === true ? `${line} ${t('retired.notInService')}` : line;
    // A word for "available" read as in stock, which a site's own status may contradict: the reading said.
    return availableStatus === undefined ? stored : `${stored}. ${t('retired.availableAsStock', { status: availableStatus })}`;
  });
}

/**
 * The hours of incidents overlapping another on the same asset, which the lost-hours total counts
 * once: "12.5 h of 3 incidents overlapping another on the same asset, counted once"; null when no
 * hour overlapped (or the period is not covered).
 *
 * @example
 * lostOverlapNote({ overlapIncidents: 1, overlapHours: 2 }, translator('en'), createFormat('en'));
 * // → '2 h of 1 incident overlapping another on the same asset, counted once'
 */
export function lostOverlapNote(
  lost: Partial<Pick<Report['lostHours'], 'overlapIncidents' | 'overlapHours'>>,
  t: Translate,
  format: Pick<Format, 'hours' | 'integer' | 'locale'>,
): string | null {
  const { overlapIncidents: count, overlapHours: hours } = lost;
  if (!count || !hours) return null;
  const one = new Intl.PluralRules(format.locale).select(count) === 'one';
  return t(one ? 'lost.overlapOne' : 'lost.overlapOther', { hours: format.hours(hours), count: format.integer(count) });
}

/**
 * The note under the lost hours per employee per year: the benchmark band when it is measured;
 * else what would make it measurable — a headcount, or more days of data (how many the period
 * has in the data). How many days a yearly rate needs is said only by the card's "not measured"
 * line, kpi-core's catalogue sentence, so that the page cannot drift from kpi-core's threshold.
 *
 * @example
 * lostPerEmployeeNote({ perEmployeePerYear: null, perEmployeePerYearReason: 'too-few-days', observedDays: 9 }, translator('en'), createFormat('en'));
 * // → 'Days of this period in the data: 9.'
 */
export function lostPerEmployeeNote(
  lost: Pick<Report['lostHours'], 'perEmployeePerYear'> & Partial<Pick<Report['lostHours'], 'perEmployeePerYearReason' | 'observedDays'>>,
  t: Translate,
  format: Pick<Format, 'integer'>,
): string {
  if (lost.perEmployeePerYear !== null) return t('lost.benchmarkBand');
  if (lost.perEmployeePerYearReason === 'too-few-days') return t('lost.tooFewDays', { days: format.integer(lost.observedDays ?? null) });
  return t('lost.noHeadcount');
}

/**
 * The data date when it lies far from the body of the data (kpi-core's `asOfStray`), in the
 * review's words (its catalogue, as the Markdown review and the CLI say it): "The data date,
 * 12 Feb 2025, is the closing of INC0100103x1; 99% of the tickets have their last date by …".
 * Null when the report has none.
 *
 * @example
 * asOfStrayNote(report, 'en'); // → 'The data date, 12 Feb 2025, is the closing of INC0100103x1; …'
 */
export function asOfStrayNote(report: Pick<Report, 'asOfStray' | 'currency' | 'timezone'>, language: Language): string | null {
  if (report.asOfStray == null) return null;
  return CATALOGUES[language].asOfStray(report.asOfStray, formatter(language, report.currency, report.timezone));
}

/**
 * The rows of a lost-hours breakdown left out for their unknown lengths, with their counts: in
 * `unknownRows` and not in the breakdown, by kpi-core's rule (no more incidents of known length
 * than closed at an unknown time). None when the total is not measured: every breakdown is then
 * empty for the total's own reason, which its card says.
 */
export function lostRowsLeftOut(
  lost: Partial<Pick<Report['lostHours'], 'totalHours' | 'byClient' | 'byCategory' | 'byAsset' | 'unknownRows'>>,
  breakdown: 'byClient' | 'byCategory' | 'byAsset',
): [string, { incidents: number; unknownDuration: number }][] {
  const rows = lost.unknownRows?.[breakdown];
  if (rows === undefined || lost.totalHours === null) return [];
  const shown = lost[breakdown] ?? {};
  return Object.entries(rows).filter(([key, counts]) => !Object.hasOwn(shown, key) && counts.incidents <= counts.unknownDuration);
}

/**
 * The rows a lost-hours breakdown leaves out because most of their incidents closed at an unknown
 * time (kpi-core's `lengths-unknown`, judged row by row: the row is in `unknownRows` and not in
 * the breakdown): "Not shown, most of their incidents closed at an unknown time: Bistro (1
 * incident measured, 2 unknown)". Null when no row is left out: a chart missing a client without
 * a word would read as that client losing nothing.
 *
 * @example
 * lostRowsLeftOutNote({ byClient: { Acme: 8 }, unknownRows: { byClient: { Bistro: { incidents: 1, unknownDuration: 2 } }, byCategory: {}, byAsset: {} } }, 'byClient', translator('en'), createFormat('en'));
 * // → 'Not shown, most of their incidents closed at an unknown time: Bistro (1 measured, 2 unknown)'
 */
export function lostRowsLeftOutNote(
  lost: Partial<Pick<Report['lostHours'], 'totalHours' | 'byClient' | 'byCategory' | 'unknownRows'>>,
  breakdown: 'byClient' | 'byCategory',
  t: Translate,
  format: Pick<Format, 'integer'>,
): string | null {
  const left = lostRowsLeftOut(lost, breakdown);
  if (left.length === 0) return null;
  const dimension = breakdown === 'byClient' ? 'client' : 'category';
  const listed = left
    .slice(0, 5)
    .map(([key, counts]) => t('lost.leftOutRow', { row: keyLabel(key, dimension, t), measured: format.integer(counts.incidents), unknown: format.integer(counts.unknownDuration) }));
  const more = left.length > 5 ? t('lost.leftOutMore', { count: format.integer(left.length - 5) }) : '';
  return t('lost.leftOut', { rows: listed.join(', ') + more });
}

/**
 * The assets whose downtime the TCO leaves unpriced because their lost hours are left out for
 * their unknown lengths (kpi-core: the lost-hours row is in `unknownRows` and not shown, its TCO
 * row has no downtime): "Downtime not priced, most of their incidents closed at an unknown time:
 * SRV-2 (1 measured, 2 unknown)". Null when none: the costs by asset would otherwise differ from
 * the lost hours without a word.
 *
 * @example
 * tcoDowntimeLeftOutNote(report, translator('en'), createFormat('en'));
 * // → 'Downtime not priced, most of their incidents closed at an unknown time: SRV-2 (1 measured, 2 unknown)'
 */
export function tcoDowntimeLeftOutNote(
  report: { lostHours: Partial<Pick<Report['lostHours'], 'totalHours' | 'byAsset' | 'unknownRows'>>; tco: Pick<Report['tco'], 'byAsset'> },
  t: Translate,
  format: Pick<Format, 'integer'>,
): string | null {
  const left = lostRowsLeftOut(report.lostHours, 'byAsset').filter(([key]) => report.tco.byAsset[key]?.byCategory.downtime === null);
  if (left.length === 0) return null;
  const listed = left
    .slice(0, 5)
    .map(([key, counts]) => t('lost.leftOutRow', { row: keyLabel(key, 'asset', t), measured: format.integer(counts.incidents), unknown: format.integer(counts.unknownDuration) }));
  const more = left.length > 5 ? t('lost.leftOutMore', { count: format.integer(left.length - 5) }) : '';
  return t('costs.downtimeLeftOut', { rows: listed.join(', ') + more });
}

/**
 * The note beside the availability when assets are out of the fleet's figures after their last
 * ticket because their status is a word for "available", read as in stock (kpi-core
 * `RetiredWithoutDate.availableStatus`): "2 assets with the status “Disponible” read as in stock:
 * not in service after their last ticket". Null when none: the reading is an assumption that
 * changes uptime and availability, said where they are.
 *
 * @example
 * availableAsStockNote([{ assetId: 'D1', countedUntil: null, notInService: true, availableStatus: 'Disponible' }], translator('en'), createFormat('en'));
 * // → '1 asset with the status “Disponible” read as in stock: not in service after its last ticket'
 */
export function availableAsStockNote(retired: Report['retiredWithoutDate'] | undefined, t: Translate, format: Pick<Format, 'integer'>): string | null {
  const words = (retired ?? []).flatMap((entry) => (entry.availableStatus === undefined ? [] : [entry.availableStatus]));
  if (words.length === 0) return null;
  const statuses = [...new Set(words)].map((word) => t('retired.statusWord', { status: word })).join(', ');
  return t('reliability.availableAsStock', { count: format.integer(words.length), statuses });
}
