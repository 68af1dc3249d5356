/**
 * The one review the benchmark computes on the generated data, shared by the generator, the
 * Revue side and the DuckDB side so that all three mean the same instants.
 */
import { parisMidnight } from './time.js';

/** The reviewed quarter and the one before it, as `[start, end)` epoch ms in Europe/Paris. */
export const PERIOD = {
  label: '2026-Q2',
  start: parisMidnight(2026, 4, 1),
  end: parisMidnight(2026, 7, 1),
} as const;
export const PREVIOUS_PERIOD = {
  label: '2026-Q1',
  start: parisMidnight(2026, 1, 1),
  end: parisMidnight(2026, 4, 1),
} as const;

/** "Now" for the review (2026-07-01T12:00Z): no generated event is later, and tickets opened late in June are still open, some pending. */
export const AS_OF = Date.UTC(2026, 6, 1, 12, 0, 0);

/** Tickets are opened over three years: [DATA_START, DATA_END). */
export const DATA_START = parisMidnight(2023, 7, 1);
export const DATA_END = parisMidnight(2026, 7, 1);

/** Resolution targets in minutes, by priority; every clock is 24x7 so SQL can check them. */
export const RESOLUTION_TARGET_MINUTES = { P1: 240, P2: 480, P3: 1440, P4: 4320, P5: 10080 } as const;
export const RESPONSE_TARGET_MINUTES = { P1: 30, P2: 60, P3: 240, P4: 480, P5: 1440 } as const;
export const TECHNICIAN_HOURLY = 68;
export const RECURRENCE_WINDOW_DAYS = 30;

/**
 * The contract of the benchmark review (DESIGN §2 policy JSON): a Paris business calendar with
 * French holidays (used by lost hours), every SLA on a 24x7 clock, two clients with Saturday
 * opening so the per-client calendars are exercised.
 */
export const POLICY_JSON = {
  timezone: 'Europe/Paris',
  calendar: {
    hours: {
      mon: ['08:30-12:30', '13:30-17:30'],
      tue: ['08:30-12:30', '13:30-17:30'],
      wed: ['08:30-12:30', '13:30-17:30'],
      thu: ['08:30-12:30', '13:30-17:30'],
      fri: ['08:30-12:30', '13:30-17:00'],
      sat: [],
      sun: [],
    },
    holidays: { country: 'FR', region: null },
    closedDays: ['2026-05-15'],
  },
  sla: Object.fromEntries(
    (['P1', 'P2', 'P3', 'P4', 'P5'] as const).map((p) => [
      p,
      { response: `${RESPONSE_TARGET_MINUTES[p]}m`, resolution: `${RESOLUTION_TARGET_MINUTES[p]}m`, clock: '24x7' },
    ]),
  ),
  pauseStatuses: ['Waiting for customer'],
  rates: { userHourly: 42, technicianHourly: TECHNICIAN_HOURLY, currency: 'EUR' },
  headcount: 4200,
  impactFactors: { outage: 1, degraded: 0.5, minor: 0.1 },
  priorityImpact: { P1: 1, P2: 0.5, P3: 0.25, P4: 0.1, P5: 0 },
  recurrence: { key: ['assetId', 'category'], windowDays: RECURRENCE_WINDOW_DAYS, minOccurrences: 3 },
  usefulLifeMonths: { default: 48, laptop: 36, server: 60 },
  confidence: 0.9,
  clients: {
    'Boulangerie Dupré': { calendar: { hours: { sat: ['09:00-12:00'] } } },
    'Hôtel du Lac': { calendar: { hours: { sat: ['08:00-18:00'], sun: ['08:00-12:00'] } } },
  },
};
