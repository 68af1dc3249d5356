/**
 * The plain reference of `ticketVolume`: one ticket at a time, as the definition reads. The
 * property tests check that the fast implementation agrees with it.
 */
import { monthKey, monthsOfPeriod } from '../../calendar/local.js';
import { floorToMinute } from '../../internal/time.js';
import { ticketRows } from '../../model/tables.js';
import { groupKey } from '../common.js';
import type { ReviewData } from '../types.js';
import { VOLUME_GROUPS, VOLUME_IDS_PER_GROUP, type VolumeBreakdown, type VolumeGroup, type VolumeOptions, type VolumeResult } from './types.js';

function addTo(groups: Map<string, VolumeGroup>, key: string, id: string, maxIds: number): void {
  const group = groups.get(key) ?? { key, tickets: 0, ticketIds: [] };
  group.tickets += 1;
  if (group.ticketIds.length < maxIds) group.ticketIds.push(id);
  groups.set(key, group);
}

/** The largest groups first (ties by key), the first `maxGroups` listed and the others summed. */
function breakdownOf(groups: Map<string, VolumeGroup>, maxGroups: number): VolumeBreakdown {
  const all = [...groups.values()].sort((a, b) => b.tickets - a.tickets || (a.key < b.key ? -1 : 1));
  const others = all.slice(maxGroups);
  return { groups: all.slice(0, maxGroups), otherGroups: others.length, otherTickets: others.reduce((sum, group) => sum + group.tickets, 0) };
}

/**
 * `ticketVolume`, row by row: every ticket opened in the period (at the minute) counts once in
 * its type (missing → incident), category, priority, site and month; each breakdown is sorted in
 * full and cut.
 *
 * @example
 * ticketVolumeReference(data, { period, asOf }).tickets; // => the same as ticketVolume(data, { period, asOf }).tickets
 */
export function ticketVolumeReference(data: ReviewData, options: VolumeOptions): VolumeResult {
  const maxIds = options.maxIds ?? VOLUME_IDS_PER_GROUP;
  const maxGroups = options.maxGroups ?? VOLUME_GROUPS;
  const { period } = options;
  const timezone = data.policy.timezone;
  const byType = new Map<string, VolumeGroup>();
  const byCategory = new Map<string, VolumeGroup>();
  const byPriority = new Map<string, VolumeGroup>();
  const bySite = new Map<string, VolumeGroup>();
  const byMonth = new Map(monthsOfPeriod(period, timezone).map((month) => [month, { tickets: 0, byType: new Map<string, VolumeGroup>() }]));
  let tickets = 0;
  let cancelled = 0;
  for (const ticket of ticketRows(data.tickets)) {
    if (ticket.openedAt === null) continue;
    const opened = floorToMinute(ticket.openedAt);
    if (opened < period.start || opened >= period.end) continue;
    const id = ticket.id ?? '';
    const type = ticket.type === null || ticket.type === '' ? 'incident' : ticket.type;
    tickets += 1;
    if (ticket.statusClass === 'cancelled') cancelled += 1;
    addTo(byType, type, id, maxIds);
    addTo(byCategory, groupKey(ticket.category), id, maxIds);
    addTo(byPriority, groupKey(ticket.priority), id, maxIds);
    addTo(bySite, groupKey(ticket.site), id, maxIds);
    const month = byMonth.get(monthKey(opened, timezone))!;
    month.tickets += 1;
    addTo(month.byType, type, id, maxIds);
  }
  return {
    tickets,
    cancelled,
    byType: breakdownOf(byType, maxGroups),
    byCategory: breakdownOf(byCategory, maxGroups),
    byPriority: breakdownOf(byPriority, maxGroups),
    bySite: breakdownOf(bySite, maxGroups),
    byMonth: [...byMonth.entries()].map(([month, { tickets: count, byType: types }]) => ({ month, tickets: count, byType: breakdownOf(types, maxGroups) })),
    groupsPerBreakdown: maxGroups,
    idsPerGroup: maxIds,
  };
}
