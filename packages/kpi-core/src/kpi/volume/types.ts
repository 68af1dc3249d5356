/**
 * The shapes of {@link ticketVolume}'s result: plain JSON, counts and the ticket ids behind each
 * bar — both capped (the largest groups, the first ids of each), like `sla.breaches`, so that a
 * report over a million tickets with a hundred thousand categories stays small.
 */
import type { KpiOptions } from '../types.js';

/** Options of `ticketVolume`. */
export interface VolumeOptions extends KpiOptions {
  /** Most groups listed per breakdown (the largest); default {@link VOLUME_GROUPS}. */
  maxGroups?: number;
  /** Most ticket ids listed per group (drill-down); default {@link VOLUME_IDS_PER_GROUP}. */
  maxIds?: number;
}

/** Groups listed per breakdown by default; the others are summed in `otherGroups` and `otherTickets`. */
export const VOLUME_GROUPS = 50;
/** Ticket ids listed per group by default; `tickets` always counts them all. */
export const VOLUME_IDS_PER_GROUP = 200;

/** One bar: its key, how many tickets, and the first of their ids. */
export interface VolumeGroup {
  /** The value (`(none)` for a missing one). */
  key: string;
  tickets: number;
  /**
   * The ids of the group's first tickets in the export's (table) order, at most `idsPerGroup`:
   * fewer than `tickets` when the group is larger.
   */
  ticketIds: string[];
}

/** The groups of one breakdown, largest first (ties by key), and what was left out. */
export interface VolumeBreakdown {
  groups: VolumeGroup[];
  /** Groups beyond the listed ones (the smallest), and their tickets: Σ groups + otherTickets = total. */
  otherGroups: number;
  otherTickets: number;
}

export interface VolumeMonth {
  /** `yyyy-MM` in the policy time zone. */
  month: string;
  tickets: number;
  byType: VolumeBreakdown;
}

export interface VolumeResult {
  /**
   * Tickets opened in the period, every type, cancelled ones included (DESIGN §3); null (and every
   * breakdown empty) for a period the data do not cover, as every figure of such a period.
   */
  tickets: number | null;
  /** Of those, tickets whose status class is `cancelled`; null as `tickets`. */
  cancelled: number | null;
  /** By ticket type (`incident`, `request`, `problem`, `change`; a missing type is an incident; another value keeps its name). */
  byType: VolumeBreakdown;
  /** By category, priority and site; a missing value under `(none)`. */
  byCategory: VolumeBreakdown;
  byPriority: VolumeBreakdown;
  bySite: VolumeBreakdown;
  /** Every calendar month of the period (policy time zone), in order, with its tickets by type. */
  byMonth: VolumeMonth[];
  /** The most groups listed per breakdown and ids per group. */
  groupsPerBreakdown: number;
  idsPerGroup: number;
}
