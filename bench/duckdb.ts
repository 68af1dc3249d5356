/**
 * The DuckDB peer of the benchmark: loads the same CSV files with `read_csv` (explicit column
 * types) and computes the comparable subset (bench/comparable.ts) in SQL. Each figure's
 * definition is DESIGN §5 restricted to what SQL does simply, written above its query.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { ASSET_FIELDS, TICKET_FIELDS, type FieldKind } from '../packages/kpi-core/src/model/fields.js';
import { LABOUR_CATEGORIES, SLA_PRIORITIES, type ComparableFigures, type SlaCounts } from './comparable.js';

/** Step names of the DuckDB side, in the order they run and are printed. */
export const DUCKDB_STEPS = ['load', 'q.sla', 'q.recurrence', 'q.reliability', 'q.labour', 'whole'] as const;

export interface PeerParameters {
  /** `[start, end)` of the reviewed period, epoch ms. */
  period: { start: number; end: number };
  /** "Now" for open tickets, epoch ms. */
  asOf: number;
  /** Resolution target in minutes per priority (every clock 24x7). */
  resolutionTargetMinutes: Record<string, number>;
  technicianHourly: number;
  windowDays: number;
  minOccurrences: number;
  /** Time zone in which the asset file's calendar dates start (the policy's). */
  timezone: string;
}

const SQL_TYPE: Record<FieldKind, string> = {
  string: 'VARCHAR',
  instant: 'TIMESTAMPTZ',
  number: 'DOUBLE',
  date: 'DATE',
};

/**
 * The `columns` of `read_csv` for a canonical file's header: a model field gets its type, any
 * other column (the wide shape's `requester`, `urgency`…) is VARCHAR.
 */
function columnsSpec(fields: Record<string, FieldKind>, header: readonly string[]): string {
  return `{${header.map((name) => `'${name.replace(/'/g, "''")}': '${SQL_TYPE[fields[name] as FieldKind] ?? 'VARCHAR'}'`).join(', ')}}`;
}

/** The header of a CSV file (its first line, no quoted names): what the file's columns are. */
function headerOf(path: string): string[] {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const read = readSync(fd, head, 0, head.length, 0);
    const text = head.subarray(0, read).toString('utf8');
    const end = text.search(/\r?\n/);
    return (end < 0 ? text : text.slice(0, end)).split(',');
  } finally {
    closeSync(fd);
  }
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * A fresh in-memory DuckDB with its session in UTC.
 *
 * @example
 * const { instance, connection } = await openDuckdb(); // … connection.closeSync(); instance.closeSync();
 */
export async function openDuckdb(): Promise<{ instance: DuckDBInstance; connection: DuckDBConnection }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run("SET TimeZone = 'UTC'");
  return { instance, connection };
}

/**
 * Loads canonical CSVs (headers = model field names, in any order, other columns as text) into
 * tables `tickets` and `assets`, with the column types of the model: VARCHAR, TIMESTAMPTZ
 * (instants), DOUBLE, DATE.
 *
 * @example
 * await loadCanonical(connection, 'tickets-10000.csv', 'assets-1000.csv'); // tables tickets, assets
 */
export async function loadCanonical(connection: DuckDBConnection, ticketsPath: string, assetsPath: string | null): Promise<void> {
  const options = "header = true, delim = ',', quote = '\"', escape = '\"', auto_detect = false";
  await connection.run(
    `CREATE OR REPLACE TABLE tickets AS SELECT * FROM read_csv(${literal(ticketsPath)}, ${options}, columns = ${columnsSpec(TICKET_FIELDS, headerOf(ticketsPath))})`,
  );
  if (assetsPath === null) {
    await connection.run('DROP TABLE IF EXISTS assets');
  } else {
    await connection.run(
      `CREATE OR REPLACE TABLE assets AS SELECT * FROM read_csv(${literal(assetsPath)}, ${options}, columns = ${columnsSpec(ASSET_FIELDS, headerOf(assetsPath))})`,
    );
  }
}

async function rows(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}

function num(value: unknown): number {
  return typeof value === 'bigint' ? Number(value) : value === null || value === undefined ? 0 : Number(value);
}

function ts(ms: number): string {
  return `to_timestamp(${ms / 1000})`;
}

/**
 * (a) SLA resolution adherence by priority, wall clock (every priority 24x7 in the scenario).
 * Tickets opened in [start, end) whose priority has a target. Resolution instant
 * r = coalesce(resolvedAt, closedAt). Resolved: elapsed = max(0, (r − openedAt) − pausedMinutes);
 * met when elapsed ≤ target, else breached. Open (r null): elapsed = asOf − openedAt (the
 * generator gives open tickets no pause); breached when over target, else pending.
 *
 * @example
 * (await slaByPriority(connection, p)).P1; // → { met: 12, breached: 5, pending: 0, adherence: 0.705… }
 */
export async function slaByPriority(connection: DuckDBConnection, p: PeerParameters): Promise<Record<string, SlaCounts>> {
  const targets = Object.entries(p.resolutionTargetMinutes)
    .map(([priority, minutes]) => `(${literal(priority)}, ${minutes})`)
    .join(', ');
  const result = await rows(
    connection,
    `WITH targets(priority, target) AS (VALUES ${targets}),
     scoped AS (
       SELECT t.priority, g.target,
              epoch_ms(t.openedAt) AS opened,
              epoch_ms(coalesce(t.resolvedAt, t.closedAt)) AS resolved,
              coalesce(t.pausedMinutes, 0) AS paused
       FROM tickets t JOIN targets g ON t.priority = g.priority
       WHERE t.openedAt >= ${ts(p.period.start)} AND t.openedAt < ${ts(p.period.end)}
     ),
     judged AS (
       SELECT priority, target, resolved IS NULL AS open,
              CASE WHEN resolved IS NULL THEN (${p.asOf} - opened) / 60000.0
                   ELSE greatest(0, (resolved - opened) / 60000.0 - paused) END AS elapsed
       FROM scoped
     )
     SELECT priority,
            count(*) FILTER (WHERE NOT open AND elapsed <= target) AS met,
            count(*) FILTER (WHERE elapsed > target) AS breached,
            count(*) FILTER (WHERE open AND elapsed <= target) AS pending
     FROM judged GROUP BY priority ORDER BY priority`,
  );
  const out: Record<string, SlaCounts> = {};
  for (const priority of SLA_PRIORITIES) {
    if (!(priority in p.resolutionTargetMinutes)) continue;
    const row = result.find((r) => r.priority === priority);
    const met = num(row?.met);
    const breached = num(row?.breached);
    out[priority] = { met, breached, pending: num(row?.pending), adherence: met + breached === 0 ? null : met / (met + breached) };
  }
  return out;
}

/**
 * (b) Recurrence. Incidents = type null or 'incident'. Keyed = assetId and category both present.
 * Per key, sorted by openedAt, an incident is a repeat when the previous incident of its key
 * (LAG, even one opened before the period) was opened at most windowDays × 24 h earlier.
 * incidents, withKey and repeats count incidents opened in [start, end). Chains: a new chain
 * starts at every non-repeat; a problem is a chain with ≥ minOccurrences incidents opened before
 * the period end, at least one of them in the period.
 *
 * @example
 * await recurrence(connection, p); // → { incidents: 501, withKey: 318, repeats: 36, rate: 0.113…, problems: 8 }
 */
export async function recurrence(connection: DuckDBConnection, p: PeerParameters): Promise<ComparableFigures['recurrence']> {
  const window = p.windowDays * 86_400_000;
  const [totals] = await rows(
    connection,
    `WITH incidents AS (
       SELECT epoch_ms(openedAt) AS opened, assetId, category,
              assetId IS NOT NULL AND category IS NOT NULL AS keyed
       FROM tickets
       WHERE (type IS NULL OR type = 'incident') AND openedAt < ${ts(p.period.end)}
     ),
     linked AS (
       SELECT opened, keyed, assetId, category,
              opened - lag(opened) OVER (PARTITION BY assetId, category ORDER BY opened) AS gap
       FROM incidents
     )
     SELECT count(*) AS incidents,
            count(*) FILTER (WHERE keyed) AS withKey,
            count(*) FILTER (WHERE keyed AND gap <= ${window}) AS repeats
     FROM linked WHERE opened >= ${p.period.start}`,
  );
  const [chains] = await rows(
    connection,
    `WITH incidents AS (
       SELECT epoch_ms(openedAt) AS opened, assetId, category
       FROM tickets
       WHERE (type IS NULL OR type = 'incident') AND openedAt < ${ts(p.period.end)}
         AND assetId IS NOT NULL AND category IS NOT NULL
     ),
     linked AS (
       SELECT opened, assetId, category,
              CASE WHEN opened - lag(opened) OVER w <= ${window} THEN 0 ELSE 1 END AS starts
       FROM incidents WINDOW w AS (PARTITION BY assetId, category ORDER BY opened)
     ),
     numbered AS (
       SELECT opened, assetId, category,
              sum(starts) OVER (PARTITION BY assetId, category ORDER BY opened ROWS UNBOUNDED PRECEDING) AS chain
       FROM linked
     ),
     sized AS (
       SELECT count(*) AS n, count(*) FILTER (WHERE opened >= ${p.period.start}) AS inPeriod
       FROM numbered GROUP BY assetId, category, chain
     )
     SELECT count(*) FILTER (WHERE n >= ${p.minOccurrences} AND inPeriod > 0) AS problems FROM sized`,
  );
  const incidents = num(totals?.incidents);
  const withKey = num(totals?.withKey);
  const repeats = num(totals?.repeats);
  return { incidents, withKey, repeats, rate: withKey === 0 ? null : repeats / withKey, problems: num(chains?.problems) };
}

/**
 * (c) Pooled fleet MTBF. Failures are incidents with an assetId; each covers
 * [openedAt, coalesce(resolvedAt, closedAt, asOf)]. Per asset, intervals sorted by start merge
 * while a start is ≤ the running maximum end of the earlier ones (gaps-and-islands), giving
 * outages. Assets: the asset file (in service from coalesce(inServiceDate, purchaseDate) at local
 * midnight in the policy zone, until retiredDate) plus incident asset ids missing from it (in
 * service all period); without an asset file, the incidents' distinct asset ids. Window =
 * [max(start, inService), min(end, retired, asOf)); assets with an empty window are left out.
 * Downtime = Σ outage overlap with the window; failures = outages starting in the window;
 * uptime = window − downtime; MTBF = Σ uptime / Σ failures (hours), null without failures.
 * (DuckDB's least/greatest skip NULLs, hence the explicit CASE for assets without outages.)
 *
 * @example
 * (await fleetReliability(connection, p, true)).mtbfHours; // → 7099.47…
 */
export async function fleetReliability(connection: DuckDBConnection, p: PeerParameters, withAssetFile: boolean): Promise<ComparableFigures['reliability']> {
  const windowEnd = Math.min(p.period.end, p.asOf);
  const local = (column: string) => `epoch_ms(timezone(${literal(p.timezone)}, ${column}::TIMESTAMP))`;
  const fileAssets = withAssetFile
    ? `SELECT id, greatest(${p.period.start}, coalesce(${local('coalesce(inServiceDate, purchaseDate)')}, ${p.period.start})) AS ws,
              least(${windowEnd}, coalesce(${local('retiredDate')}, ${windowEnd})) AS we
       FROM assets
       UNION ALL
       SELECT DISTINCT assetId, ${p.period.start}, ${windowEnd} FROM failures
       WHERE assetId NOT IN (SELECT id FROM assets WHERE id IS NOT NULL)`
    : `SELECT DISTINCT assetId AS id, ${p.period.start} AS ws, ${windowEnd} AS we FROM failures`;
  const [row] = await rows(
    connection,
    `WITH failures AS (
       SELECT assetId, epoch_ms(openedAt) AS s,
              coalesce(epoch_ms(coalesce(resolvedAt, closedAt)), ${p.asOf}) AS e
       FROM tickets
       WHERE (type IS NULL OR type = 'incident') AND assetId IS NOT NULL AND openedAt < ${ts(windowEnd)}
     ),
     running AS (
       SELECT assetId, s, e,
              max(e) OVER (PARTITION BY assetId ORDER BY s, e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
       FROM failures
     ),
     islands AS (
       SELECT assetId, s, e,
              sum(CASE WHEN reach IS NULL OR s > reach THEN 1 ELSE 0 END)
                OVER (PARTITION BY assetId ORDER BY s, e ROWS UNBOUNDED PRECEDING) AS island
       FROM running
     ),
     outages AS (SELECT assetId, min(s) AS s, max(e) AS e FROM islands GROUP BY assetId, island),
     fleet AS (SELECT id, ws, we FROM (${fileAssets}) WHERE we > ws),
     per_asset AS (
       SELECT f.id, f.we - f.ws AS span,
              coalesce(sum(CASE WHEN o.s IS NULL THEN 0 ELSE greatest(0, least(o.e, f.we) - greatest(o.s, f.ws)) END), 0) AS down,
              count(o.s) FILTER (WHERE o.s >= f.ws AND o.s < f.we) AS failures
       FROM fleet f LEFT JOIN outages o ON o.assetId = f.id
       GROUP BY f.id, f.we, f.ws
     )
     SELECT sum(span - down) / 3600000.0 AS uptime, sum(down) / 3600000.0 AS downtime, sum(failures) AS failures
     FROM per_asset`,
  );
  const failures = num(row?.failures);
  const uptimeHours = num(row?.uptime);
  return { failures, uptimeHours, downtimeHours: num(row?.downtime), mtbfHours: failures === 0 ? null : uptimeHours / failures };
}

/**
 * (d) Labour cost by maintenance type: tickets opened in [start, end), Σ (effortMinutes / 60 ×
 * technicianHourly + cost), missing values as 0, in the ticket's maintenanceType when it is one
 * of the four, else `corrective` for incidents (type null or 'incident') and `unclassified`
 * otherwise.
 *
 * @example
 * (await labourByMaintenanceType(connection, p)).preventive; // → 5075.12
 */
export async function labourByMaintenanceType(connection: DuckDBConnection, p: PeerParameters): Promise<Record<string, number>> {
  const result = await rows(
    connection,
    `SELECT CASE WHEN maintenanceType IN ('preventive', 'corrective', 'evolutive', 'proactive') THEN maintenanceType
                 WHEN type IS NULL OR type = 'incident' THEN 'corrective'
                 ELSE 'unclassified' END AS bucket,
            sum(coalesce(effortMinutes, 0) / 60.0 * ${p.technicianHourly} + coalesce(cost, 0)) AS labour
     FROM tickets
     WHERE openedAt >= ${ts(p.period.start)} AND openedAt < ${ts(p.period.end)}
     GROUP BY bucket`,
  );
  const out: Record<string, number> = {};
  for (const category of LABOUR_CATEGORIES) out[category] = num(result.find((r) => r.bucket === category)?.labour);
  return out;
}

/**
 * All four comparable figures, from the loaded `tickets` (and `assets`, when given) tables.
 *
 * @example
 * compareFigures(revueSide, await comparableFigures(connection, p, true)).every((f) => f.ok); // → true
 */
export async function comparableFigures(connection: DuckDBConnection, p: PeerParameters, withAssetFile: boolean): Promise<ComparableFigures> {
  return {
    sla: await slaByPriority(connection, p),
    recurrence: await recurrence(connection, p),
    reliability: await fleetReliability(connection, p, withAssetFile),
    labour: await labourByMaintenanceType(connection, p),
  };
}
