/**
 * Coverage (DESIGN §5): how far the ticket data covers a period, and the KPI set of a period it
 * does not cover — every figure null, never "100 %" or "0".
 */
import { localDay } from '../calendar/local.js';
import { periodDays } from '../calendar/period.js';
import type { Period } from '../calendar/types.js';
import { spanCovers, spanPartial, type OpeningSpan } from '../kpi/opened-span.js';
import { ELAPSED_BUCKETS_HOURS } from '../kpi/sla/sla.js';
import { LOST_HOURS_BENCHMARK } from '../kpi/lost-hours/lost-hours.js';
import { emptyPreventive } from '../kpi/preventive/preventive.js';
import { VOLUME_GROUPS, VOLUME_IDS_PER_GROUP, type VolumeBreakdown } from '../kpi/volume/types.js';
import type { Policy } from '../policy/types.js';
import type { Coverage, FleetResult, KpiSet, ReliabilityFigures } from './types.js';

/**
 * The coverage of a period by ticket data spanning `span` (the whole export): covered unless the
 * period lies wholly before the first or after the last opened ticket; partial when covered and
 * the first ticket opens on a later local day than the period's first day (the data starts
 * inside it), or the period ends after `asOf` (it is not over). `observedFromStart`: whether the
 * figures are counted from the data's first day (`observedFromSpan` found the export dense enough);
 * when not, a period the data start inside is marked `fromPeriodStart`.
 *
 * @example
 * // Data opened from 2025-10-01 08:25 to 2026-09-30 17:02, asOf 2026-09-30 17:40 (Europe/Paris):
 * coverageOf(q4of2025, span, 473, asOf, 'Europe/Paris'); // => { covered: true, partial: false, ticketsInPeriod: 473, days: { covered: 92, total: 92 }, … }
 * coverageOf(q3of2026, span, 2900, asOf, 'Europe/Paris'); // => { covered: true, partial: true, days: { covered: 91, total: 92 }, … } (30 Sep is not over)
 * coverageOf(q3of2025, span, 0, asOf, 'Europe/Paris'); // => { covered: false, partial: false, ticketsInPeriod: 0, … }
 */
export function coverageOf(
  period: Period,
  span: OpeningSpan | null,
  ticketsInPeriod: number,
  asOf: number,
  timezone: string,
  observedFromStart = true,
): Coverage {
  const covered = spanCovers(span, period.start, period.end);
  const partial = spanPartial(span, period.start, period.end, asOf, timezone);
  // The data start inside the period, but the figures were not cut there (`observedFromSpan`).
  const fromPeriodStart = covered && !observedFromStart && localDay(span!.first, timezone) > localDay(period.start, timezone);
  return {
    firstOpenedAt: span === null ? null : new Date(span.first).toISOString(),
    lastOpenedAt: span === null ? null : new Date(span.last).toISOString(),
    ticketsInPeriod,
    covered,
    partial,
    days: { covered: covered ? coveredDays(period, span!, asOf, timezone, partial) : 0, total: periodDays(period, timezone) },
    ...(fromPeriodStart ? { fromPeriodStart: true as const } : {}),
  };
}

/**
 * Whether a period may be compared with the previous one: both covered by the data, and covered
 * alike — neither partial, or the same number of covered days out of the same number of days.
 * A quarter the export starts inside counts fewer days than a whole one: comparing them would
 * read as a change what is only missing data. The dashboard applies the same rule (`comparisonOf`).
 *
 * @example
 * comparableCoverage(q2of2026, q1of2026); // => true (both whole)
 * comparableCoverage(q2of2026, { ...q1of2026, partial: true, days: { covered: 20, total: 90 } }); // => false
 */
export function comparableCoverage(now: Coverage, before: Coverage | null, openOnly = false): boolean {
  return comparisonOf(now, before, openOnly).kind === 'comparable';
}

/**
 * How a period compares with the previous one: `comparable` (both covered alike), `none` (one of
 * them has no figures: nothing is set beside the other), `open-only` (the export holds only
 * tickets still open: see `Report.openOnly`), or why not — the previous period, or
 * this one, is partly covered and the other not alike, with that period's covered and total
 * days. The one rule of the Markdown review, the findings and the dashboard (exported from
 * `@revue/kpi-core/report`; the catalogue's `comparison` says it in words).
 *
 * @example
 * import { comparisonOf } from '@revue/kpi-core/report';
 * // 2016-Q2 whole, 2016-Q1 with data from 29 Feb: 32 of its 91 days.
 * comparisonOf(report.coverage, report.previous.coverage); // => { kind: 'previous-partial', covered: 32, total: 91 }
 */
export function comparisonOf(now: Coverage, before: Coverage | null, openOnly = false): Comparison {
  if (before === null || !now.covered || !before.covered) return { kind: 'none' };
  // Only open tickets in the export (`Report.openOnly`): an earlier period keeps fewer of its
  // tickets open, so its counts would fall by construction, not by the team's work.
  if (openOnly) return { kind: 'open-only' };
  const alike = now.days.covered === before.days.covered && now.days.total === before.days.total;
  if ((!now.partial && !before.partial) || alike) return { kind: 'comparable' };
  if (before.partial) return { kind: 'previous-partial', covered: before.days.covered, total: before.days.total };
  return { kind: 'current-partial', covered: now.days.covered, total: now.days.total };
}

/** See {@link comparisonOf}. */
export type Comparison =
  | { kind: 'comparable' }
  | { kind: 'none' }
  | { kind: 'open-only' }
  | { kind: 'previous-partial'; covered: number; total: number }
  | { kind: 'current-partial'; covered: number; total: number };

/**
 * The local days of a covered period that the data covers (see `Coverage.days`): from the first
 * ticket's day (when later than the period's first day) to the start of `asOf`'s day (when the
 * period is not over), so that a partial period always has fewer covered days than days.
 */
function coveredDays(period: Period, span: OpeningSpan, asOf: number, timezone: string, partial: boolean): number {
  const total = periodDays(period, timezone);
  if (!partial) return total;
  const first = Math.max(localDay(period.start, timezone), localDay(span.first, timezone));
  const end = period.end > asOf ? localDay(asOf, timezone) : localDay(period.end, timezone);
  return Math.min(total - 1, Math.max(0, end - first));
}

const noGroups = (): VolumeBreakdown => ({ groups: [], otherGroups: 0, otherTickets: 0 });

const NO_FIGURES: ReliabilityFigures = {
  assets: null,
  failures: null,
  unknownDurations: null,
  repairs: null,
  uptimeHours: null,
  downtimeHours: null,
  mtbfHours: null,
  mtbfLowerHours: null,
  mtbfUpperHours: null,
  mttrHours: null,
  availability: null,
  mtbsiHours: null,
};

/**
 * The lost-hours figures measured from incident lengths, unmeasured: for a period without figures
 * (`unmeasuredKpis`) and for lengths read from dates alone (time-of-day.ts).
 */
export function lostHoursOff() {
  return {
    totalHours: null,
    perEmployeePerYear: null,
    perEmployeePerYearReason: null,
    cost: null,
    incidents: null,
    usersAssumed: null,
    overlapIncidents: null,
    overlapHours: null,
    byClient: {},
    byCategory: {},
    byAsset: {},
    perEmployeePerYearByClient: {},
  } satisfies Partial<KpiSet['lostHours']>;
}

/**
 * The KPI set of a period without figures (outside the data, or outside 1970–2100): every
 * figure null, every list and breakdown empty. `fleet` keeps its state at asOf (backlog,
 * warranties: the same for any period) without the period's maintenance mix. `assetFile`: whether
 * an asset inventory was given (`ReliabilityResult.assetFile`).
 */
export function unmeasuredKpis(policy: Policy, fleet: FleetResult, responseMeasured: boolean, assetFile: boolean): KpiSet {
  const currency = policy.rates.currency;
  return {
    sla: {
      responseMeasured,
      tickets: null,
      withoutTarget: null,
      cancelled: null,
      response: null,
      resolution: null,
      source: { response: null, resolution: null },
      byPriority: {},
      byClient: {},
      byCategory: {},
      byMonth: [],
      breaches: [],
      breachCount: null,
      ticketIds: { response: { breached: [], pending: [] }, resolution: { breached: [], pending: [] } },
      elapsedHistogram: { bucketsHours: [...ELAPSED_BUCKETS_HOURS], response: null, resolution: null },
    },
    recurrence: {
      incidents: null,
      withKey: null,
      withoutKey: null,
      cancelled: null,
      repeats: null,
      keyedShare: null,
      minKeyedShare: policy.recurrence.minKeyedShare,
      rate: null,
      problems: [],
      byMonth: [],
      byCategory: {},
      repeatIds: [],
    },
    reliability: {
      fleet: { ...NO_FIGURES },
      byType: {},
      byClient: {},
      byAsset: {},
      unknownAssetIds: [],
      confidence: policy.confidence,
      incidents: null,
      withAsset: null,
      assetShare: null,
      withFileAsset: null,
      assetsNamed: null,
      assetsNamedInFile: null,
      minAssetShare: policy.minAssetShare,
      assetFile,
    },
    lostHours: {
      ...lostHoursOff(),
      observedDays: null,
      benchmark: { low: LOST_HOURS_BENCHMARK.low, high: LOST_HOURS_BENCHMARK.high },
      currency,
      effortHours: null,
      unknownDuration: null,
    },
    tco: {
      total: null,
      complete: null,
      excluded: [],
      perUser: null,
      currency,
      unallocated: null,
      labour: { directCost: null, effortHours: null, technicianCost: null },
      withoutPurchaseCost: null,
      byCategory: {
        acquisition: null,
        contracts: null,
        licences: null,
        preventive: null,
        corrective: null,
        evolutive: null,
        proactive: null,
        unclassified: null,
        downtime: null,
      },
      byType: {},
      byClient: {},
      byAsset: {},
    },
    fleet: { ...fleet, maintenanceMix: null, maintenanceHours: null },
    preventive: emptyPreventive(),
    volume: {
      tickets: null,
      cancelled: null,
      byType: noGroups(),
      byCategory: noGroups(),
      byPriority: noGroups(),
      bySite: noGroups(),
      byMonth: [],
      groupsPerBreakdown: VOLUME_GROUPS,
      idsPerGroup: VOLUME_IDS_PER_GROUP,
    },
  };
}
