/**
 * Recurring incidents, plainly (DESIGN §5 "Recurring incidents"): the keyed incidents of each
 * key value sorted by opening and cut into chains wherever the gap exceeds the window; repeats
 * and problems read off the chains. No numbering of key values, no bisection. Tests check that
 * `recurringIncidents` gives the same result.
 */
import { TICKET_FIELDS } from '../../model/fields.js';
import { normaliseTitle, recurringIncidents, TITLE_FALLBACK_KEY, type RecurrenceKeyField, type RecurrenceOptions } from './recurrence.js';
import { groupOf, localMonth, periodMonths, plainTickets, recordOf, type PlainTicket } from '../reference.js';
import type { ReviewData } from '../types.js';

type RecurrenceResult = ReturnType<typeof recurringIncidents>;
type Problem = RecurrenceResult['problems'][number];

/** A key field's value: missing or blank text is no value; a number is written in full. */
function valueOf(ticket: PlainTicket, field: RecurrenceKeyField): string | null {
  if (field === 'titleKey') return normaliseTitle(ticket.title);
  const value = ticket[field];
  if (value === null) return null;
  if (TICKET_FIELDS[field] !== 'string') return String(value);
  return String(value).trim() === '' ? null : String(value);
}

/** {@link recurringIncidents}, chain by chain: the same result object. */
export function referenceRecurringIncidents(data: ReviewData, options: RecurrenceOptions): RecurrenceResult {
  const { period } = options;
  const key = options.key ?? data.policy.recurrence.key;
  const windowMs = (options.windowDays ?? data.policy.recurrence.windowDays) * 86_400_000;
  const minOccurrences = options.minOccurrences ?? data.policy.recurrence.minOccurrences;
  const timezone = data.policy.timezone;
  const tickets = plainTickets(data);
  const inPeriod = (t: PlainTicket) => t.opened !== null && t.opened >= period.start && t.opened < period.end;

  // The key of each incident: its fields (the title fallback without an asset) and their values,
  // or null when one is missing. Cancelled incidents are in no chain.
  const keyOf = (t: PlainTicket): { fields: readonly RecurrenceKeyField[]; values: string[] } | null => {
    const fields = options.titleFallback === true && valueOf(t, 'assetId') === null ? TITLE_FALLBACK_KEY : key;
    const values = fields.map((field) => valueOf(t, field));
    return values.includes(null) ? null : { fields, values: values as string[] };
  };
  const keyed = tickets
    .map((ticket, row) => ({ ticket, row, key: ticket.incident && !ticket.cancelled && ticket.opened !== null ? keyOf(ticket) : null }))
    .filter((entry) => entry.key !== null && entry.ticket.opened! < period.end);

  // Chains: per key (field names and values), by opening then id then row; a gap over the window cuts.
  const byKey = new Map<string, typeof keyed>();
  for (const entry of keyed) {
    const text = JSON.stringify([entry.key!.fields, entry.key!.values]);
    byKey.set(text, [...(byKey.get(text) ?? []), entry]);
  }
  const chains: Array<typeof keyed> = [];
  for (const entries of byKey.values()) {
    entries.sort((a, b) => a.ticket.opened! - b.ticket.opened! || ((a.ticket.id ?? '') < (b.ticket.id ?? '') ? -1 : (a.ticket.id ?? '') > (b.ticket.id ?? '') ? 1 : a.row - b.row));
    entries.forEach((entry, k) => {
      if (k > 0 && entry.ticket.opened! - entries[k - 1]!.ticket.opened! <= windowMs) chains.at(-1)!.push(entry);
      else chains.push([entry]);
    });
  }

  const byMonth = new Map(periodMonths(period, timezone).map((month) => [month, { month, incidents: 0, repeats: 0 }]));
  const byCategory = new Map<string, { incidents: number; repeats: number }>();
  const monthOf = (t: PlainTicket) => byMonth.get(localMonth(t.opened!, timezone)) ?? byMonth.set(localMonth(t.opened!, timezone), { month: localMonth(t.opened!, timezone), incidents: 0, repeats: 0 }).get(localMonth(t.opened!, timezone))!;
  const categoryOf = (t: PlainTicket) => byCategory.get(groupOf(t.category)) ?? byCategory.set(groupOf(t.category), { incidents: 0, repeats: 0 }).get(groupOf(t.category))!;
  const periodIncidents = tickets.filter((t) => t.incident && inPeriod(t));
  for (const t of periodIncidents) {
    monthOf(t).incidents++;
    categoryOf(t).incidents++;
  }
  const repeatIds: string[] = [];
  const problems: Problem[] = [];
  for (const chain of chains) {
    // A repeat has a predecessor in its chain, counted when opened in the period.
    for (const { ticket } of chain.slice(1).filter(({ ticket }) => inPeriod(ticket))) {
      repeatIds.push(ticket.id ?? '');
      monthOf(ticket).repeats++;
      categoryOf(ticket).repeats++;
    }
    if (chain.length >= minOccurrences && chain.some(({ ticket }) => inPeriod(ticket))) {
      const { fields, values } = chain[0]!.key!;
      problems.push({
        key: values.join(' · '),
        keyFields: Object.fromEntries(fields.map((field, k) => [field, values[k]!])),
        count: chain.length,
        first: new Date(chain[0]!.ticket.opened!).toISOString(),
        last: new Date(chain.at(-1)!.ticket.opened!).toISOString(),
        ticketIds: chain.map(({ ticket }) => ticket.id ?? ''),
      });
    }
  }
  problems.sort((a, b) => b.count - a.count || (a.last > b.last ? -1 : a.last < b.last ? 1 : 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));

  const withKey = keyed.filter((entry) => inPeriod(entry.ticket)).length;
  const cancelled = periodIncidents.filter((t) => t.cancelled).length;
  // A rate only when the keyed incidents are at least minKeyedShare of those that could be keyed.
  const active = periodIncidents.length - cancelled;
  const minKeyedShare = options.minKeyedShare ?? data.policy.recurrence.minKeyedShare;
  const rated = withKey > 0 && withKey >= minKeyedShare * active;
  return {
    incidents: periodIncidents.length,
    withKey,
    withoutKey: periodIncidents.length - withKey - cancelled,
    cancelled,
    repeats: repeatIds.length,
    keyedShare: active > 0 ? withKey / active : null,
    minKeyedShare,
    rate: rated ? repeatIds.length / withKey : null,
    problems,
    byMonth: [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : 1)),
    byCategory: recordOf(byCategory),
    repeatIds: repeatIds.sort(),
  };
}
