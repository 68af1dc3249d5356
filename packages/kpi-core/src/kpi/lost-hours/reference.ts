/**
 * Lost hours, plainly (DESIGN §5 "Lost hours"): incident by incident, business time of the
 * clipped interval from the naive day walk (`referenceBusinessClock`), × users × impact factor.
 * Tests check that `lostHours` gives the same result.
 */
import { TZDate } from '@date-fns/tz';
import { policyFor } from '../../policy/parse.js';
import { referenceBusinessClock } from '../business-clock.reference.js';
import { lostHours, LOST_HOURS_BENCHMARK } from './lost-hours.js';
import { atMinute, groupOf, localDaysBetween, plainImpactFactor, plainTickets, plainTicketsRated, recordOf } from '../reference.js';
import type { KpiOptions, ReviewData } from '../types.js';

type LostHoursResult = ReturnType<typeof lostHours>;

/** {@link lostHours}, incident by incident: the same result object. */
export function referenceLostHours(data: ReviewData, options: KpiOptions): LostHoursResult {
  const { period } = options;
  const asOf = atMinute(options.asOf)!;
  const tickets = plainTickets(data);
  const clocks = new Map<string | null, (a: number, b: number) => number>();
  const clockOf = (client: string | null) => clocks.get(client) ?? clocks.set(client, referenceBusinessClock(data.policy, client)).get(client)!;
  const byClient = new Map<string, number>();
  const byCategory = new Map<string, number>();
  const byAsset = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, hours: number) => map.set(key, (map.get(key) ?? 0) + hours);
  // Per breakdown row: incidents that lost time, and those closed at an unknown time.
  const rows = { client: [new Map<string, number>(), new Map<string, number>()], category: [new Map<string, number>(), new Map<string, number>()], assetId: [new Map<string, number>(), new Map<string, number>()] } as const;
  const countRow = (ticket: { client: string | null; category: string | null; assetId: string | null }, which: 0 | 1) => {
    for (const field of ['client', 'category', 'assetId'] as const) add(rows[field][which], groupOf(ticket[field]), 1);
  };
  let [totalHours, cost, incidents, unknownDuration, effortMinutes, usersAssumed] = [0, 0, 0, 0, 0, 0];
  let unpriced = false;

  // The incidents that lost time in the period, with their clipped interval and weight.
  const counted: Array<{ ticket: (typeof tickets)[number]; index: number; from: number; to: number; users: number; factor: number; minutes: number }> = [];
  tickets.forEach((ticket, index) => {
    if (!ticket.incident || ticket.opened === null) return;
    const openedInPeriod = ticket.opened >= period.start && ticket.opened < period.end;
    // Technician effort of every incident opened in the period, cancelled ones too: it was spent.
    if (openedInPeriod && ticket.effortMinutes !== null) effortMinutes += ticket.effortMinutes;
    if (ticket.cancelled) return;
    if (ticket.endUnknown) {
      if (openedInPeriod) {
        unknownDuration++;
        countRow(ticket, 1);
      }
      return;
    }
    // Resolved after asOf: still open at asOf.
    const end = ticket.resolution !== null && ticket.resolution <= asOf ? ticket.resolution : asOf;
    const from = Math.max(ticket.opened, period.start);
    const to = Math.min(end, period.end);
    if (to <= from) return;
    incidents++;
    // DESIGN §5: an incident that does not say how many users it stopped counts one.
    if (ticket.affectedUsers === null) usersAssumed++;
    const policy = policyFor(data.policy, ticket.client);
    const users = ticket.affectedUsers === null ? 1 : Math.max(0, ticket.affectedUsers);
    counted.push({ ticket, index, from, to, users, factor: plainImpactFactor(policy, ticket), minutes: 0 });
  });

  // Overlapping incidents of one asset and client hinder the same people: each stretch of time
  // counts once, for the heaviest incident open over it (users × factor; ties: the earlier opened,
  // then the earlier in the table). An incident without an asset counts its whole interval.
  const scopes = new Map<string, typeof counted>();
  for (const entry of counted) {
    if (groupOf(entry.ticket.assetId) === '(none)') {
      entry.minutes = clockOf(entry.ticket.client)(entry.from, entry.to);
      continue;
    }
    const scope = `${entry.ticket.assetId}\u0000${entry.ticket.client === null ? 'null' : `"${entry.ticket.client}`}`;
    scopes.set(scope, [...(scopes.get(scope) ?? []), entry]);
  }
  for (const members of scopes.values()) {
    const bounds = [...new Set(members.flatMap((entry) => [entry.from, entry.to]))].sort((a, b) => a - b);
    for (let j = 0; j + 1 < bounds.length; j++) {
      const [a, b] = [bounds[j]!, bounds[j + 1]!];
      const open = members.filter((entry) => entry.from <= a && entry.to >= b);
      if (open.length === 0) continue;
      const heaviest = open.reduce((best, entry) => {
        const [w, bw] = [entry.users * entry.factor, best.users * best.factor];
        if (w !== bw) return w > bw ? entry : best;
        if (entry.ticket.opened! !== best.ticket.opened!) return entry.ticket.opened! < best.ticket.opened! ? entry : best;
        return entry.index < best.index ? entry : best;
      });
      heaviest.minutes += clockOf(heaviest.ticket.client)(a, b);
    }
  }

  let overlapIncidents = 0;
  let overlapHours = 0;
  for (const { ticket, from, to, users, factor, minutes } of counted) {
    const policy = policyFor(data.policy, ticket.client);
    const hours = (minutes / 60) * users * factor;
    const whole = clockOf(ticket.client)(from, to);
    if (whole > minutes) {
      overlapIncidents++;
      overlapHours += ((whole - minutes) / 60) * users * factor;
    }
    totalHours += hours;
    if (policy.rates.userHourly === null) unpriced ||= hours > 0;
    else cost += hours * policy.rates.userHourly;
    add(byClient, groupOf(ticket.client), hours);
    add(byCategory, groupOf(ticket.category), hours);
    add(byAsset, groupOf(ticket.assetId), hours);
    countRow(ticket, 0);
  }

  // The days observed: from the data's first day when later than the period's, up to asOf (its
  // day in part: the hours of that day are counted up to asOf) when the period is not over.
  const zone = data.policy.timezone;
  const from = Math.max(period.start, options.observedFrom ?? -Infinity);
  let days: number;
  const atMidnight = (instant: number) => {
    const local = new TZDate(instant, zone);
    return new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), zone).getTime() === instant;
  };
  // A range of instants: its length in days.
  if (!atMidnight(period.start) || !atMidnight(period.end)) days = Math.max(0, Math.min(period.end, asOf) - from) / 86_400_000;
  else if (period.end <= asOf) days = localDaysBetween(from, period.end, zone);
  else if (asOf <= from) days = 0;
  else {
    const local = new TZDate(asOf, zone);
    const midnight = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), zone).getTime();
    const nextMidnight = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + 1, zone).getTime();
    days = localDaysBetween(from, midnight, zone) + (asOf - midnight) / (nextMidnight - midnight);
  }
  // A yearly rate only from 28 days or more (the shortest month): from fewer it is no evidence.
  const perYear = (hours: number, headcount: number | null) => (headcount !== null && headcount > 0 && days >= 28 ? (hours * 365) / days / headcount : null);
  const headcount = data.policy.headcount;
  const effortRecorded = options.recorded?.effortMinutes ?? tickets.some((t) => t.effortMinutes !== null);
  return {
    totalHours,
    perEmployeePerYear: perYear(totalHours, data.policy.headcount),
    perEmployeePerYearReason: headcount === null || headcount <= 0 ? 'no-headcount' : days < 28 ? 'too-few-days' : null,
    observedDays: days,
    benchmark: { ...LOST_HOURS_BENCHMARK },
    // Zero hours are €0 only under a rate every ticket's policy gives.
    cost: unpriced || (totalHours === 0 && !plainTicketsRated(data, 'userHourly')) ? null : cost,
    currency: data.policy.rates.currency,
    effortHours: effortRecorded ? effortMinutes / 60 : null,
    incidents,
    usersAssumed,
    unknownDuration,
    overlapIncidents,
    overlapHours,
    byClient: recordOf(byClient),
    byCategory: recordOf(byCategory),
    byAsset: recordOf(byAsset),
    unknownRows: {
      byClient: unknownRowsOf(rows.client),
      byCategory: unknownRowsOf(rows.category),
      byAsset: unknownRowsOf(rows.assetId),
    },
    perEmployeePerYearByClient: recordOf(new Map([...byClient].map(([client, hours]) => [client, perYear(hours, policyFor(data.policy, client === '(none)' ? null : client).headcount)]))),
  };
}

/** The rows with incidents closed at an unknown time, with their counts, in key order. */
function unknownRowsOf([incidents, unknown]: readonly [Map<string, number>, Map<string, number>]): Record<string, { incidents: number; unknownDuration: number }> {
  return Object.fromEntries([...unknown.keys()].sort().map((key) => [key, { incidents: incidents.get(key) ?? 0, unknownDuration: unknown.get(key)! }]));
}
