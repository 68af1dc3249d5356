/**
 * SLA adherence, plainly (DESIGN §5 "SLA adherence"): ticket by ticket, target by target, with
 * business time from the naive day walk (`referenceBusinessClock`), not the calendar index.
 * Tests check that `slaAdherence` gives exactly this result.
 */
import { quantileSorted } from 'simple-statistics';
import type { Priority } from '../../model/fields.js';
import { policyFor } from '../../policy/parse.js';
import { referenceBusinessClock } from '../business-clock.reference.js';
import { atMinute, groupOf, localMonth, periodMonths, plainTickets, recordOf, type PlainTicket } from '../reference.js';
import { ELAPSED_BUCKETS_HOURS, MAX_LISTED_BREACHES, slaAdherence, type SlaOptions } from './sla.js';
import type { ReviewData, SlaOutcome } from '../types.js';

// The result types, named through the fast function (they live in report/, which kpi/ does not import).
type SlaResult = ReturnType<typeof slaAdherence>;
type SlaBreach = SlaResult['breaches'][number];
type SourceSla = NonNullable<SlaResult['source']['response']>;
type Outcome = 'met' | 'breached' | 'pending' | 'unknown';
type Kind = 'response' | 'resolution';
/** The outcomes of one group: for each target, the counts and the elapsed minutes judged. */
type Tally = Record<Kind, { met: number; breached: number; pending: number; unknown: number; elapsed: number[] }>;

const newTally = (): Tally => ({
  response: { met: 0, breached: 0, pending: 0, unknown: 0, elapsed: [] },
  resolution: { met: 0, breached: 0, pending: 0, unknown: 0, elapsed: [] },
});

function outcome(tally: Tally[Kind]): SlaOutcome {
  const sorted = [...tally.elapsed].sort((a, b) => a - b);
  const judged = tally.met + tally.breached;
  return {
    met: tally.met,
    breached: tally.breached,
    pending: tally.pending,
    unknown: tally.unknown,
    adherence: judged > 0 ? tally.met / judged : null,
    medianHours: sorted.length > 0 ? quantileSorted(sorted, 0.5) / 60 : null,
    p90Hours: sorted.length > 0 ? quantileSorted(sorted, 0.9) / 60 : null,
  };
}

const pair = (tally: Tally, responseMeasured: boolean) => ({ response: responseMeasured ? outcome(tally.response) : null, resolution: outcome(tally.resolution) });

/** A ticket's `pauses` text as [start, end] pairs at the minute (`..`: no end). */
function plainPauses(text: string): Array<[number, number]> {
  return text
    .trim()
    .split(' ')
    .map((interval) => {
      const [start, end] = interval.split('/') as [string, string];
      return [atMinute(Date.parse(start))!, end === '..' ? Infinity : atMinute(Date.parse(end))!];
    });
}

/** The source tool's verdict on one target of a ticket: its verdict column, else its due date. */
function toolVerdict(verdict: string | null, due: number | null, reached: number | null, unknown: boolean, asOf: number): { from: 'verdict' | 'due'; verdict: Outcome } | null {
  if (verdict === 'met' || verdict === 'breached') return { from: 'verdict', verdict };
  if (due === null || unknown) return null;
  const done = reached !== null && reached <= asOf;
  const end = done ? reached : asOf;
  return { from: 'due', verdict: end > due ? 'breached' : done ? 'met' : 'pending' };
}

/** {@link slaAdherence}, ticket by ticket: the same result object. */
export function referenceSlaAdherence(data: ReviewData, options: SlaOptions): SlaResult {
  const { period } = options;
  const asOf = atMinute(options.asOf)!;
  const timezone = data.policy.timezone;
  const tickets = plainTickets(data);
  const responseMeasured = options.responseMeasured ?? options.recorded?.firstResponseAt ?? tickets.some((t) => t.firstResponseAt !== null);
  const total = newTally();
  const groups = { priority: new Map<string, Tally>(), client: new Map<string, Tally>(), category: new Map<string, Tally>(), month: new Map<string, Tally>() };
  for (const month of periodMonths(period, timezone)) groups.month.set(month, newTally());
  const ids = { response: { breached: [] as string[], pending: [] as string[] }, resolution: { breached: [] as string[], pending: [] as string[] } };
  const breaches: Array<{ ticket: PlainTicket; kind: Kind; elapsed: number; overrun: number; open: boolean; targetMinutes: number }> = [];
  const source = { response: [] as Array<{ from: string; verdict: Outcome; revue: Outcome | null; id: string }>, resolution: [] as Array<{ from: string; verdict: Outcome; revue: Outcome | null; id: string }> };
  let [inScope, withoutTarget, cancelled] = [0, 0, 0];
  const fileTargets = { response: 0, resolution: 0 };
  // One naive clock per client, so that each lists its holidays once.
  const clocks = new Map<string | null, (a: number, b: number) => number>();
  const businessClock = (client: string | null) => clocks.get(client) ?? clocks.set(client, referenceBusinessClock(data.policy, client)).get(client)!;

  for (const ticket of tickets) {
    if (ticket.opened === null) continue;
    const anchor = options.attribution === 'completion' ? ticket.resolution : ticket.opened;
    if (anchor === null || anchor < period.start || anchor >= period.end) continue;
    if (ticket.cancelled) {
      cancelled++;
      continue;
    }
    inScope++;
    const first = atMinute(ticket.firstResponseAt);
    // The instant each target was reached: no first response recorded → the resolution.
    const reached = { response: first ?? ticket.resolution, resolution: ticket.resolution };
    const unknown = { response: ticket.endUnknown && first === null, resolution: ticket.endUnknown };
    const due = { response: atMinute(ticket.slaResponseDueAt), resolution: atMinute(ticket.slaResolutionDueAt) };
    const verdicts = { response: ticket.slaResponseVerdict, resolution: ticket.slaResolutionVerdict };
    // No first-response column: the response is known on time only when resolved by its due date.
    const responseUnknownToTool = !responseMeasured && first === null && due.response !== null && !(ticket.resolution !== null && ticket.resolution <= asOf && ticket.resolution <= due.response);
    const tool = {
      response: toolVerdict(verdicts.response, due.response, reached.response, unknown.response || responseUnknownToTool, asOf),
      resolution: toolVerdict(verdicts.resolution, due.resolution, reached.resolution, unknown.resolution, asOf),
    };
    const revue: Record<Kind, Outcome | null> = { response: null, resolution: null };

    const policy = policyFor(data.policy, ticket.client);
    const policyTarget = ticket.priority !== null && Object.hasOwn(policy.sla, ticket.priority) ? policy.sla[ticket.priority as Priority] : undefined;
    // The targets the file gives the ticket (above 0), each judged on calendar time, replace the policy's.
    const own = {
      response: responseMeasured && ticket.slaResponseTargetMinutes !== null && ticket.slaResponseTargetMinutes > 0 ? ticket.slaResponseTargetMinutes : null,
      resolution: ticket.slaResolutionTargetMinutes !== null && ticket.slaResolutionTargetMinutes > 0 ? ticket.slaResolutionTargetMinutes : null,
    };
    const hasOwn = own.response !== null || own.resolution !== null;
    const target = hasOwn
      ? { response: own.response ?? policyTarget?.response ?? null, resolution: own.resolution ?? policyTarget?.resolution ?? null, clock: policyTarget?.clock ?? '24x7' }
      : policyTarget;
    if (target === undefined || (target.resolution === null && (target.response === null || !responseMeasured))) withoutTarget++;
    else {
      const wall = (a: number, b: number) => (b - a) / 60_000;
      const policyClock = target.clock === '24x7' ? wall : businessClock(ticket.client);
      const tallies = [
        total,
        ...([
          [groups.priority, groupOf(ticket.priority)],
          [groups.client, groupOf(ticket.client)],
          [groups.category, groupOf(ticket.category)],
          [groups.month, localMonth(anchor, timezone)],
        ] as const).map(([map, key]) => map.get(key) ?? map.set(key, newTally()).get(key)!),
      ];
      for (const kind of ['response', 'resolution'] as const) {
        const targetMinutes = target[kind];
        if (targetMinutes === null || (kind === 'response' && !responseMeasured)) continue;
        const fromFile = own[kind] !== null;
        if (fromFile) fileTargets[kind]++;
        const clock = fromFile ? wall : policyClock;
        let result: Outcome;
        let elapsed = 0;
        let overrun = 0;
        let open = false;
        if (unknown[kind]) result = 'unknown';
        else {
          // Elapsed clock time from opening to the instant reached, or to asOf while not reached.
          open = !(reached[kind] !== null && reached[kind]! <= asOf);
          const end = open ? asOf : reached[kind]!;
          // Resolution only, the paused time: where the history says when each pause was, the
          // clock time of each pause inside [opened, end); else the exported minutes as they are.
          let pause = 0;
          if (kind === 'resolution' && ticket.pauses !== undefined && ticket.pauses !== null && ticket.pauses.trim() !== '') {
            for (const [start, stop] of plainPauses(ticket.pauses)) {
              const from = Math.max(start, ticket.opened);
              const to = Math.min(stop, end);
              if (to > from) pause += clock(from, to);
            }
          } else if (kind === 'resolution' && ticket.pausedMinutes !== null && ticket.pausedMinutes > 0) pause = ticket.pausedMinutes;
          elapsed = end > ticket.opened ? Math.max(0, clock(ticket.opened, end) - pause) : 0;
          const dueDate = options.useSourceDueDates === true || fromFile ? due[kind] : null;
          if (dueDate !== null) {
            result = end <= dueDate ? (open ? 'pending' : 'met') : 'breached';
            overrun = (end - dueDate) / 3_600_000;
          } else {
            result = elapsed <= targetMinutes ? (open ? 'pending' : 'met') : 'breached';
            overrun = (elapsed - targetMinutes) / 60;
          }
        }
        revue[kind] = result;
        for (const tally of tallies) {
          tally[kind][result]++;
          if (result === 'met' || result === 'breached') tally[kind].elapsed.push(elapsed);
        }
        if (result === 'breached') {
          ids[kind].breached.push(ticket.id ?? '');
          breaches.push({ ticket, kind, elapsed, overrun, open, targetMinutes });
        } else if (result === 'pending') ids[kind].pending.push(ticket.id ?? '');
      }
    }
    for (const kind of ['response', 'resolution'] as const) {
      if (tool[kind] !== null) source[kind].push({ ...tool[kind], revue: revue[kind], id: ticket.id ?? '' });
    }
  }

  const sourceResult = (seen: (typeof source)[Kind]): SourceSla | null => {
    if (seen.length === 0) return null;
    const count = (verdict: Outcome) => seen.filter((s) => s.verdict === verdict).length;
    const compared = seen.filter((s) => s.verdict !== 'pending' && (s.revue === 'met' || s.revue === 'breached'));
    const disagreeing = compared.filter((s) => s.revue !== s.verdict);
    return {
      fromVerdicts: seen.filter((s) => s.from === 'verdict').length,
      fromDueDates: seen.filter((s) => s.from === 'due').length,
      met: count('met'),
      breached: count('breached'),
      pending: count('pending'),
      adherence: count('met') + count('breached') > 0 ? count('met') / (count('met') + count('breached')) : null,
      compared: compared.length,
      disagreements: disagreeing.length,
      comparedMetByRevue: compared.filter((s) => s.revue === 'met').length,
      comparedMetBySource: compared.filter((s) => s.verdict === 'met').length,
      disagreeingIds: disagreeing.slice(0, MAX_LISTED_BREACHES).map((s) => s.id),
    };
  };
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  breaches.sort((a, b) => b.overrun - a.overrun || byId(a.ticket.id ?? '', b.ticket.id ?? '') || (a.kind === b.kind ? 0 : a.kind === 'response' ? -1 : 1));
  const histogram = (elapsed: number[]) => {
    const counts = new Array<number>(ELAPSED_BUCKETS_HOURS.length + 1).fill(0);
    for (const minutes of elapsed) counts[ELAPSED_BUCKETS_HOURS.filter((bound) => minutes / 60 >= bound).length]!++;
    return counts;
  };
  const record = (map: Map<string, Tally>) => recordOf(new Map([...map].map(([key, tally]) => [key, pair(tally, responseMeasured)])));

  return {
    responseMeasured,
    tickets: inScope,
    withoutTarget,
    cancelled,
    ...(fileTargets.response + fileTargets.resolution > 0 ? { fileTargets: { response: responseMeasured ? fileTargets.response : null, resolution: fileTargets.resolution } } : {}),
    ...pair(total, responseMeasured),
    source: { response: sourceResult(source.response), resolution: sourceResult(source.resolution) },
    byPriority: record(groups.priority),
    byClient: record(groups.client),
    byCategory: record(groups.category),
    byMonth: [...groups.month].sort(([a], [b]) => byId(a, b)).map(([month, tally]) => ({ month, ...pair(tally, responseMeasured) })),
    breaches: breaches.slice(0, MAX_LISTED_BREACHES).map(({ ticket, kind, elapsed, overrun, open, targetMinutes }): SlaBreach => ({
      id: ticket.id ?? '',
      priority: ticket.priority,
      client: ticket.client,
      category: ticket.category,
      title: ticket.title !== null && ticket.title.length > 80 ? `${ticket.title.slice(0, 79)}…` : ticket.title,
      target: kind,
      openedAt: new Date(ticket.opened!).toISOString(),
      elapsedHours: elapsed / 60,
      targetHours: targetMinutes / 60,
      overrunHours: overrun,
      open,
    })),
    breachCount: breaches.length,
    ticketIds: ids,
    elapsedHistogram: {
      bucketsHours: [...ELAPSED_BUCKETS_HOURS],
      response: responseMeasured ? histogram(total.response.elapsed) : null,
      resolution: histogram(total.resolution.elapsed),
    },
  };
}
