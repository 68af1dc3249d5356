/**
 * The real data set of the benchmark: the UCI "incident management process enriched event log"
 * (dataset 498, CC BY 4.0, C. A. L. do Amaral, M. Fantinato, S. M. Peres), a ServiceNow audit log
 * with one row per update of an incident. Unzipped once with fflate into `.bench-data/uci/`.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { unzipSync } from 'fflate';
import { BENCH_DATA_DIR } from './generate.js';

export const UCI_ZIP = '/work/shared/data/uci-incident-event-log/incident_event_log.csv.zip';
const UCI_CSV = 'incident_event_log.csv';
/** Size of the CSV inside the archive (SOURCE.md beside it). */
export const UCI_CSV_BYTES = 46_212_397;

/** "Now" for the UCI review: after the latest event of the log (closed 2017-02-18 15:00). */
export const UCI_AS_OF = Date.UTC(2017, 2, 1);
export const UCI_PERIOD = { label: '2016-Q2', start: Date.UTC(2016, 3, 1), end: Date.UTC(2016, 6, 1) } as const;

/**
 * The path of the unzipped UCI CSV, unzipping it on first use; null when the archive is missing.
 *
 * @example
 * const path = ensureUciCsv(); // → '/…/.bench-data/uci/incident_event_log.csv'
 */
export function ensureUciCsv(zipPath = UCI_ZIP, dir = join(BENCH_DATA_DIR, 'uci')): string | null {
  const target = join(dir, UCI_CSV);
  if (existsSync(target) && statSync(target).size === UCI_CSV_BYTES) return target;
  if (!existsSync(zipPath)) return null;
  const files = unzipSync(readFileSync(zipPath), { filter: (file) => file.name === UCI_CSV });
  const csv = files[UCI_CSV];
  if (csv === undefined) throw new Error(`${zipPath} holds no ${UCI_CSV}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${target}.tmp`, csv);
  renameSync(`${target}.tmp`, target);
  return target;
}

const UCI_COLUMNS = [
  'number', 'incident_state', 'active', 'reassignment_count', 'reopen_count', 'sys_mod_count', 'made_sla', 'caller_id',
  'opened_by', 'opened_at', 'sys_created_by', 'sys_created_at', 'sys_updated_by', 'sys_updated_at', 'contact_type',
  'location', 'category', 'subcategory', 'u_symptom', 'cmdb_ci', 'impact', 'urgency', 'priority', 'assignment_group',
  'assigned_to', 'knowledge', 'u_priority_confirmation', 'notify', 'problem_id', 'rfc', 'vendor', 'caused_by',
  'closed_code', 'resolved_by', 'resolved_at', 'closed_at',
] as const;

/**
 * Loads the UCI log into a canonical `tickets` table the comparable queries can read, the way
 * Revue's ServiceNow preset reads it: `?` is null; dates are day-first `d/M/yyyy H:mm` read in
 * UTC; the row with the latest `sys_updated_at` of each `number` is the incident's final state
 * (ties: the later row in the file); priority `3 - Moderate` → P3; no type column, so every
 * ticket is an incident; `cmdb_ci` is the asset, `category` the category; no effort or cost.
 *
 * @example
 * await loadUci(connection, ensureUciCsv()!); // table tickets: 24,918 rows
 */
export async function loadUci(connection: DuckDBConnection, path: string): Promise<void> {
  const columns = `{${UCI_COLUMNS.map((name) => `'${name}': 'VARCHAR'`).join(', ')}}`;
  await connection.run(
    `CREATE OR REPLACE TABLE uci_raw AS
     SELECT * FROM read_csv('${path.replace(/'/g, "''")}', header = true, delim = ',', quote = '"', escape = '"',
                            nullstr = '?', auto_detect = false, columns = ${columns})`,
  );
  const instant = (column: string) => `strptime(${column}, '%d/%m/%Y %H:%M')::TIMESTAMPTZ`;
  await connection.run(
    `CREATE OR REPLACE TABLE tickets AS
     SELECT number AS id,
            ${instant('opened_at')} AS openedAt,
            NULL::VARCHAR AS type,
            NULL::VARCHAR AS maintenanceType,
            CASE priority WHEN '1 - Critical' THEN 'P1' WHEN '2 - High' THEN 'P2' WHEN '3 - Moderate' THEN 'P3'
                          WHEN '4 - Low' THEN 'P4' WHEN '5 - Planning' THEN 'P5' END AS priority,
            category,
            cmdb_ci AS assetId,
            ${instant('resolved_at')} AS resolvedAt,
            ${instant('closed_at')} AS closedAt,
            NULL::DOUBLE AS pausedMinutes,
            NULL::DOUBLE AS effortMinutes,
            NULL::DOUBLE AS cost
     FROM uci_raw
     QUALIFY row_number() OVER (PARTITION BY number ORDER BY ${instant('sys_updated_at')} DESC NULLS LAST, rowid DESC) = 1`,
  );
  await connection.run('DROP TABLE uci_raw');
  await connection.run('DROP TABLE IF EXISTS assets');
}
