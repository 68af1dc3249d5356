/**
 * What the KPI tests share: a plain policy (UTC, Mon–Fri 09:00–17:00, no holidays, no SLA
 * targets unless given) and March 2026 as the period.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Period } from '../src/calendar/types.js';
import type { Policy, Span } from '../src/policy/types.js';

const OPEN: readonly Span[] = [[540, 1020]];

export function testPolicy(overrides: Partial<Policy> = {}): Policy {
  return {
    timezone: 'UTC',
    calendar: {
      hours: { mon: OPEN, tue: OPEN, wed: OPEN, thu: OPEN, fri: OPEN, sat: [], sun: [] },
      holidays: { country: null, region: null },
      closedDays: [],
    },
    sla: {},
    pauseStatuses: [],
    rates: { userHourly: 40, technicianHourly: 60, currency: 'EUR' },
    headcount: 10,
    impactFactors: { outage: 1, degraded: 0.5, minor: 0.1 },
    priorityImpact: { P1: 1, P2: 0.5, P3: 0.25, P4: 0.1, P5: 0 },
    recurrence: { key: ['assetId', 'category'], windowDays: 30, minOccurrences: 3, minKeyedShare: 0.5 },
    usefulLifeMonths: { default: 48 },
    confidence: 0.9,
    minAssetShare: 0.5,
    slaAdherenceTarget: 0.9,
    preventivePlan: [],
    clients: {},
    defaulted: [],
    ...overrides,
  };
}

/** March 2026 in UTC: Sun 1 … Tue 31. */
export const MARCH_2026: Period = {
  label: '2026-03',
  kind: 'month',
  start: Date.parse('2026-03-01T00:00:00Z'),
  end: Date.parse('2026-04-01T00:00:00Z'),
};

/**
 * The shared NIST vectors (`shared/data/reliability/vectors.json` beside the repository), found by
 * walking up from this file; null when the folder is absent (the tests then skip, saying why).
 */
export function loadReliabilityVectors(): { vectors: Array<Record<string, any>> } | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 8; depth++) {
    const candidate = join(dir, 'shared', 'data', 'reliability', 'vectors.json');
    if (existsSync(candidate)) return JSON.parse(readFileSync(candidate, 'utf8'));
    dir = dirname(dir);
  }
  return null;
}
