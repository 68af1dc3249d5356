/**
 * Random reviews for the property tests of the monthly KPIs (volume, backlog, trend, replacement
 * plan): a few dozen tickets and a handful of assets spread over sixteen months, a policy in a
 * given time zone with SLA targets on both clocks and a client override, a period and an asOf.
 * Instants fall on any minute, month edges and daylight-saving changes included, and every
 * optional column is sometimes missing, so that the fast code meets the cases its reference
 * spells out.
 */
import fc from 'fast-check';
import { monthsFromTo } from '../src/calendar/month-window.js';
import { parsePeriod } from '../src/calendar/period.js';
import type { Period } from '../src/calendar/types.js';
import type { ReviewData } from '../src/kpi/types.js';
import { assetsFromRows, ticketsFromRows } from '../src/model/tables.js';
import { parsePolicy } from '../src/policy/parse.js';

/** The four time zones of DESIGN §8: no DST, northern DST, southern DST, a 30-minute DST shift. */
export const TIME_ZONES = ['UTC', 'Europe/Paris', 'America/Sao_Paulo', 'Australia/Lord_Howe'] as const;

const MINUTE = 60_000;
const DAY = 86_400_000;
/** The data lie in the sixteen months from January 2025 (a day of slack either side for the zones). */
const MONTHS = monthsFromTo('2025-01', '2026-04', 'UTC').keys;
const SPAN_DAYS = 485;

export interface RandomReview {
  data: ReviewData;
  period: Period;
  asOf: number;
}

const minuteIn = (fromDay: number, days: number) => fc.integer({ min: 0, max: days * 24 * 60 }).map((minute) => Date.UTC(2025, 0, 1) + fromDay * DAY + minute * MINUTE);

const ticket = fc.record({
  openedAt: fc.oneof({ weight: 12, arbitrary: minuteIn(-1, SPAN_DAYS + 2) }, { weight: 1, arbitrary: fc.constant(null) }),
  // Minutes to the resolution: often short, sometimes across months, sometimes negative (resolved "before" opening).
  resolvedAfter: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 3 * 24 * 60 }) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 70 * 24 * 60 }) },
    { weight: 1, arbitrary: fc.integer({ min: -3 * 24 * 60, max: 0 }) },
    { weight: 3, arbitrary: fc.constant(null) },
  ),
  closedAfter: fc.option(fc.integer({ min: 0, max: 20 * 24 * 60 }), { nil: null }),
  /** Drop resolvedAt and keep closedAt only (closed without a resolution time). */
  closedOnly: fc.boolean(),
  respondedAfter: fc.option(fc.integer({ min: 0, max: 48 * 60 }), { nil: null }),
  statusClass: fc.constantFrom(null, 'open', 'pending', 'resolved', 'closed', 'cancelled'),
  type: fc.constantFrom(null, '', 'incident', 'incident', 'request', 'problem', 'change'),
  priority: fc.constantFrom(null, 'P1', 'P2', 'P3', 'P5'),
  category: fc.constantFrom(null, '', 'Printer', 'Network'),
  site: fc.constantFrom(null, 'Lyon', 'Paris'),
  client: fc.constantFrom(null, 'Acme', 'Bistro'),
  assetId: fc.constantFrom(null, '', 'A1', 'A1', 'A2', 'A3', 'Z9'),
  maintenanceType: fc.constantFrom(null, 'corrective', 'preventive', 'evolutive'),
  pausedMinutes: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
  effortMinutes: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
  cost: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
  affectedUsers: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
  impact: fc.constantFrom(null, 'outage', 'degraded', 'minor'),
});

const date = (fromDay: number, days: number) => fc.option(minuteIn(fromDay, days).map((t) => new Date(t).toISOString().slice(0, 10)), { nil: null });

const asset = fc.record({
  type: fc.constantFrom(null, 'laptop', 'server'),
  client: fc.constantFrom(null, 'Acme', 'Bistro'),
  purchaseDate: date(-1500, 1900),
  inServiceDate: date(-1500, 1900),
  purchaseCost: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null }),
  residualValue: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
  usefulLifeMonths: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
  warrantyEnd: date(-400, 1000),
  retiredDate: date(100, 600),
  contractCostPerYear: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
  licenceCostPerYear: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
});

function policyIn(timezone: string) {
  const hours = ['09:00-12:00', '13:00-17:30'];
  return parsePolicy({
    timezone,
    calendar: { hours: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours } },
    sla: {
      P1: { response: '30m', resolution: '4h', clock: '24x7' },
      P2: { response: '1h', resolution: '8h', clock: 'business' },
      P3: { response: null, resolution: '24h', clock: 'business' },
    },
    rates: { userHourly: 40, technicianHourly: 60, currency: 'EUR' },
    headcount: 20,
    usefulLifeMonths: { default: 36, server: 48 },
    clients: { Bistro: { rates: { userHourly: 55, technicianHourly: 70 }, calendar: { hours: { sat: ['09:00-12:00'] } } } },
  });
}

/**
 * A random review in a time zone. `withResponses: false` leaves every first response out (the
 * export had no such column).
 *
 * @example
 * fc.assert(fc.property(reviewIn('Europe/Paris'), ({ data, period, asOf }) => …));
 */
export function reviewIn(timezone: string): fc.Arbitrary<RandomReview> {
  const policy = policyIn(timezone);
  return fc
    .record({
      tickets: fc.array(ticket, { minLength: 8, maxLength: 50 }),
      assets: fc.option(fc.array(asset, { minLength: 1, maxLength: 4 }), { nil: null }),
      period: fc.oneof(
        { arbitrary: fc.constantFrom(...MONTHS), weight: 2 },
        { arbitrary: fc.constantFrom('2025-Q2', '2025-Q4', '2026-Q1', '2026-Q2', '2025-H2', '2025'), weight: 2 },
        // A custom range of days (end excluded), months not aligned.
        {
          arbitrary: fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 120 })).map(([from, days]) => {
            const day = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * DAY).toISOString().slice(0, 10);
            return `${day(from)}..${day(from + days)}`;
          }),
          weight: 2,
        },
        // A range of instants (local times, minutes off midnight), from a day to six weeks long:
        // rarer, so that the scenarios each test counts (met, breached…) stay as frequent.
        {
          arbitrary: fc.tuple(fc.integer({ min: 0, max: 400 * 24 * 60 }), fc.integer({ min: 24 * 60, max: 42 * 24 * 60 })).map(([from, minutes]) => {
            const at = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * MINUTE).toISOString().slice(0, 16);
            return `${at(from + 7)}..${at(from + 7 + minutes)}`;
          }),
          weight: 1,
        },
      ),
      // asOf from a month before the period's end (inside it) to three months after it.
      asOfAfterEnd: fc.integer({ min: -31 * 24 * 60, max: 92 * 24 * 60 }),
      withResponses: fc.boolean(),
    })
    .map(({ tickets, assets, period: spec, asOfAfterEnd, withResponses }) => {
      const period = parsePeriod(spec, policy.timezone);
      const rows = tickets.map((t, i) => {
        const opened = t.openedAt;
        const resolved = opened !== null && t.resolvedAfter !== null ? opened + t.resolvedAfter * MINUTE : null;
        const closed = resolved !== null && t.closedAfter !== null ? resolved + t.closedAfter * MINUTE : null;
        return {
          id: `T${i + 1}`,
          openedAt: opened,
          resolvedAt: t.closedOnly ? null : resolved,
          closedAt: t.closedOnly ? resolved : closed,
          firstResponseAt: withResponses && opened !== null && t.respondedAfter !== null ? opened + t.respondedAfter * MINUTE : null,
          statusClass: t.statusClass,
          type: t.type,
          priority: t.priority,
          category: t.category,
          site: t.site,
          client: t.client,
          assetId: t.assetId,
          maintenanceType: t.maintenanceType,
          pausedMinutes: t.pausedMinutes,
          effortMinutes: t.effortMinutes,
          cost: t.cost,
          affectedUsers: t.affectedUsers,
          impact: t.impact,
        };
      });
      const assetRows = assets?.map((a, i) => ({ id: `A${i + 1}`, ...a })) ?? null;
      return {
        data: {
          tickets: ticketsFromRows(rows),
          assets: assetRows === null ? null : assetsFromRows(assetRows),
          policy,
        },
        period,
        asOf: period.end + asOfAfterEnd * MINUTE,
      };
    });
}

/**
 * Whether two results agree: the same shape and values, numbers within `relative` of each other
 * (sums added in another order differ in the last bits).
 */
export function closeTo(actual: unknown, expected: unknown, relative = 1e-9, path = '$'): string | null {
  if (typeof actual === 'number' && typeof expected === 'number') {
    if (Object.is(actual, expected)) return null;
    const scale = Math.max(1, Math.abs(actual), Math.abs(expected));
    return Math.abs(actual - expected) <= relative * scale ? null : `${path}: ${actual} ≠ ${expected}`;
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) return `${path}: length ${actual.length} ≠ ${expected.length}`;
    for (let i = 0; i < actual.length; i++) {
      const difference = closeTo(actual[i], expected[i], relative, `${path}[${i}]`);
      if (difference !== null) return difference;
    }
    return null;
  }
  if (actual !== null && expected !== null && typeof actual === 'object' && typeof expected === 'object') {
    const keysA = Object.keys(actual);
    const keysE = Object.keys(expected);
    if (keysA.join('\u0000') !== keysE.join('\u0000')) return `${path}: keys ${keysA.join(',')} ≠ ${keysE.join(',')}`;
    for (const key of keysA) {
      const difference = closeTo((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], relative, `${path}.${key}`);
      if (difference !== null) return difference;
    }
    return null;
  }
  return Object.is(actual, expected) ? null : `${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`;
}

/** A public-holiday country of each test zone (UTC: Great Britain). */
const HOLIDAY_COUNTRY: Record<string, string> = { UTC: 'GB', 'Europe/Paris': 'FR', 'America/Sao_Paulo': 'BR', 'Australia/Lord_Howe': 'AU' };

/**
 * A second policy for the random reviews, harder on the calendar and the money: public holidays
 * of the zone's country, the given closed days, opening spans on odd minutes and a Sunday night
 * span (daylight-saving changes happen on Sunday nights), no user rate in the base policy (Bistro
 * has one) and a headcount for Bistro only.
 *
 * @example
 * const review = { ...data, policy: holidayPolicyIn('Europe/Paris', ['2025-05-02']) };
 */
export function holidayPolicyIn(timezone: string, closedDays: string[]) {
  const hours = ['08:15-12:00', '13:30-18:45'];
  return parsePolicy({
    timezone,
    calendar: { hours: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours, sun: ['00:00-03:30'] }, holidays: { country: HOLIDAY_COUNTRY[timezone] ?? null }, closedDays },
    sla: {
      P1: { response: '30m', resolution: '4h', clock: '24x7' },
      P2: { response: '1h', resolution: '8h', clock: 'business' },
      P3: { response: null, resolution: '24h', clock: 'business' },
    },
    impactFactors: { degraded: 0.25 },
    usefulLifeMonths: { default: 30, laptop: 24 },
    clients: { Bistro: { rates: { userHourly: 55, technicianHourly: 70 }, headcount: 6, calendar: { hours: { sat: ['09:00-12:00'] }, closedDays: [] } } },
  });
}

/** Up to six closed days in the sixteen months of the random reviews. */
export const closedDaysArbitrary = fc.array(fc.integer({ min: 0, max: 480 }), { maxLength: 6 }).map((offsets) => offsets.map((days) => new Date(Date.UTC(2025, 0, 1) + days * DAY).toISOString().slice(0, 10)));

/**
 * The number of fast-check runs of a property test: `runs`, scaled by `REVUE_PROPERTY_SCALE`
 * (default 1). The extra machine-zone runs of `pnpm test:zones` use a fraction, to stay cheap.
 *
 * @example
 * fc.assert(property, { numRuns: propertyRuns(100) }); // 100, or 25 with REVUE_PROPERTY_SCALE=0.25
 */
export function propertyRuns(runs: number): number {
  const scale = Number(process.env.REVUE_PROPERTY_SCALE ?? 1);
  return Math.max(1, Math.ceil(runs * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/** Whether the property tests run in full (no `REVUE_PROPERTY_SCALE` below 1): their coverage counts are checked only then. */
export function fullRuns(): boolean {
  return propertyRuns(100) >= 100;
}

/**
 * The pauses of one ticket as an event log's status history gives them: none (most tickets), or
 * up to three intervals apart from one another, from ten hours before the opening to weeks after
 * it (so that some start before the opening, run past the resolution or `asOf`, or span weekends
 * and daylight-saving nights), the last one sometimes without an end (still paused).
 */
export const pausesArbitrary = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  {
    weight: 3,
    arbitrary: fc.record({
      firstAfter: fc.integer({ min: -600, max: 10 * 24 * 60 }),
      intervals: fc.array(fc.record({ minutes: fc.integer({ min: 1, max: 4 * 24 * 60 }), gap: fc.integer({ min: 1, max: 3 * 24 * 60 }) }), { minLength: 1, maxLength: 3 }),
      openEnded: fc.boolean(),
    }),
  },
);

type PausesSpec = typeof pausesArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** The `pauses` text of a ticket opened at `opened` (null: none), as the event-log reader writes it. */
export function pausesText(opened: number | null, spec: PausesSpec): string | null {
  if (opened === null || spec === null) return null;
  const parts: string[] = [];
  let start = opened + spec.firstAfter * MINUTE;
  spec.intervals.forEach(({ minutes, gap }, k) => {
    const last = k === spec.intervals.length - 1;
    const end = start + minutes * MINUTE;
    parts.push(`${new Date(start).toISOString()}/${last && spec.openEnded ? '..' : new Date(end).toISOString()}`);
    start = end + gap * MINUTE;
  });
  return parts.join(' ');
}
