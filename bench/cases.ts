/**
 * What one benchmark case is — files, review options and the peer's parameters — as plain JSON,
 * so the harness can hand it to the child process that runs one side.
 */
import type { PeerParameters } from './duckdb.js';
import type { Dataset } from './generate.js';
import {
  AS_OF,
  PERIOD,
  POLICY_JSON,
  PREVIOUS_PERIOD,
  RECURRENCE_WINDOW_DAYS,
  RESOLUTION_TARGET_MINUTES,
  TECHNICIAN_HOURLY,
} from './scenario.js';
import { UCI_AS_OF, UCI_PERIOD } from './uci.js';

export interface BenchCase {
  /** `10k`, `100k`, `1m`, `uci`. */
  name: string;
  ticketsPath: string;
  assetsPath: string | null;
  /** Data rows in the files (the UCI log has several rows per ticket). */
  ticketRows: number;
  assetRows: number;
  bytes: number;
  /** How the DuckDB side loads the files. */
  load: 'canonical' | 'uci';
  /** Revue's read options: time zone of local dates, preset. */
  read: { timezone: string; preset: string };
  policy: unknown;
  period: { label: string; start: number; end: number };
  previousLabel: string;
  asOf: number;
  peer: PeerParameters;
}

/**
 * A generated size: canonical files, the Paris scenario.
 *
 * @example
 * syntheticCase('10k', await generateDataset({ tickets: 10_000 })).period.label; // → '2026-Q2'
 */
export function syntheticCase(name: string, data: Dataset): BenchCase {
  return {
    name,
    ticketsPath: data.ticketsPath,
    assetsPath: data.assetsPath,
    ticketRows: data.tickets,
    assetRows: data.assets,
    bytes: data.ticketBytes + data.assetBytes,
    load: 'canonical',
    read: { timezone: POLICY_JSON.timezone, preset: 'canonical' },
    policy: POLICY_JSON,
    period: { ...PERIOD },
    previousLabel: PREVIOUS_PERIOD.label,
    asOf: AS_OF,
    peer: {
      period: { start: PERIOD.start, end: PERIOD.end },
      asOf: AS_OF,
      resolutionTargetMinutes: { ...RESOLUTION_TARGET_MINUTES },
      technicianHourly: TECHNICIAN_HOURLY,
      windowDays: RECURRENCE_WINDOW_DAYS,
      minOccurrences: POLICY_JSON.recurrence.minOccurrences,
      timezone: POLICY_JSON.timezone,
    },
  };
}

/**
 * The UCI ServiceNow log: read with the ServiceNow preset in UTC, no asset file, the same 24x7
 * targets, reviewed over 2016-Q2 (previous 2016-Q1).
 *
 * @example
 * uciCase(ensureUciCsv()!, 141_712, 46_212_397).read.preset; // → 'servicenow'
 */
export function uciCase(path: string, rows: number, bytes: number): BenchCase {
  const policy = { ...POLICY_JSON, timezone: 'UTC', clients: {}, calendar: { ...POLICY_JSON.calendar, holidays: { country: null, region: null }, closedDays: [] } };
  return {
    name: 'uci',
    ticketsPath: path,
    assetsPath: null,
    ticketRows: rows,
    assetRows: 0,
    bytes,
    load: 'uci',
    read: { timezone: 'UTC', preset: 'servicenow' },
    policy,
    period: { ...UCI_PERIOD },
    previousLabel: '2016-Q1',
    asOf: UCI_AS_OF,
    peer: {
      period: { start: UCI_PERIOD.start, end: UCI_PERIOD.end },
      asOf: UCI_AS_OF,
      resolutionTargetMinutes: { ...RESOLUTION_TARGET_MINUTES },
      technicianHourly: TECHNICIAN_HOURLY,
      windowDays: RECURRENCE_WINDOW_DAYS,
      minOccurrences: POLICY_JSON.recurrence.minOccurrences,
      timezone: 'UTC',
    },
  };
}
