/**
 * The Revue side of the benchmark: CSV bytes → canonical tables → each KPI → the whole report,
 * timed step by step. Library modules are imported lazily so that a part still being written
 * is reported as skipped instead of failing the run.
 */
import { readFileSync } from 'node:fs';
import { LABOUR_CATEGORIES, type ComparableFigures, type SlaCounts } from './comparable.js';
import type { BenchCase } from './cases.js';

const SRC = '../packages/kpi-core/src';

/** The library entry points the benchmark uses, each null while its module is missing. */
export interface RevueApi {
  readTickets: typeof import('../packages/kpi-core/src/ingest/read.js').readTickets | null;
  readAssets: typeof import('../packages/kpi-core/src/ingest/read.js').readAssets | null;
  readTicketsFile: typeof import('../packages/kpi-core/src/node/index.js').readTicketsFile | null;
  readAssetsFile: typeof import('../packages/kpi-core/src/node/index.js').readAssetsFile | null;
  readReviewFiles: typeof import('../packages/kpi-core/src/node/index.js').readReviewFiles | null;
  parsePolicy: typeof import('../packages/kpi-core/src/policy/parse.js').parsePolicy | null;
  parsePeriod: typeof import('../packages/kpi-core/src/calendar/period.js').parsePeriod | null;
  calendarResolver: typeof import('../packages/kpi-core/src/calendar/calendar.js').calendarResolver | null;
  slaAdherence: typeof import('../packages/kpi-core/src/kpi/sla/sla.js').slaAdherence | null;
  recurringIncidents: typeof import('../packages/kpi-core/src/kpi/recurrence/recurrence.js').recurringIncidents | null;
  reliability: typeof import('../packages/kpi-core/src/kpi/reliability/reliability.js').reliability | null;
  lostHours: typeof import('../packages/kpi-core/src/kpi/lost-hours/lost-hours.js').lostHours | null;
  tco: typeof import('../packages/kpi-core/src/kpi/tco/tco.js').tco | null;
  fleetHealth: typeof import('../packages/kpi-core/src/kpi/fleet/fleet.js').fleetHealth | null;
  buildReport: typeof import('../packages/kpi-core/src/report/build.js').buildReport | null;
}

async function load<T>(module: string, name: string, missing: string[]): Promise<T | null> {
  try {
    const imported = (await import(`${SRC}/${module}`)) as Record<string, unknown>;
    if (typeof imported[name] !== 'function') {
      missing.push(`${name} (not exported by src/${module})`);
      return null;
    }
    return imported[name] as T;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    missing.push(`${name} (src/${module}: ${reason})`);
    return null;
  }
}

/**
 * Imports every entry point it can; `missing` names the others, with the reason.
 *
 * @example
 * const { api, missing } = await loadRevueApi(); // missing → [] once kpi-core is complete
 */
export async function loadRevueApi(): Promise<{ api: RevueApi; missing: string[] }> {
  const missing: string[] = [];
  const api: RevueApi = {
    readTickets: await load('ingest/read.js', 'readTickets', missing),
    readAssets: await load('ingest/read.js', 'readAssets', missing),
    readTicketsFile: await load('node/index.js', 'readTicketsFile', missing),
    readAssetsFile: await load('node/index.js', 'readAssetsFile', missing),
    readReviewFiles: await load('node/index.js', 'readReviewFiles', missing),
    parsePolicy: await load('policy/parse.js', 'parsePolicy', missing),
    parsePeriod: await load('calendar/period.js', 'parsePeriod', missing),
    calendarResolver: await load('calendar/calendar.js', 'calendarResolver', missing),
    slaAdherence: await load('kpi/sla.js', 'slaAdherence', missing),
    recurringIncidents: await load('kpi/recurrence.js', 'recurringIncidents', missing),
    reliability: await load('kpi/reliability.js', 'reliability', missing),
    lostHours: await load('kpi/lost-hours.js', 'lostHours', missing),
    tco: await load('kpi/tco.js', 'tco', missing),
    fleetHealth: await load('kpi/fleet.js', 'fleetHealth', missing),
    buildReport: await load('report/build.js', 'buildReport', missing),
  };
  return { api, missing };
}

/** Step names, in the order they run and are printed. */
export const REVUE_STEPS = ['load', 'kpi.sla', 'kpi.recurrence', 'kpi.reliability', 'kpi.lostHours', 'kpi.tco', 'kpi.fleet', 'report', 'whole', 'subset'] as const;

export interface RevueRun {
  /** Milliseconds per step; a step that could not run is absent. */
  timings: Partial<Record<(typeof REVUE_STEPS)[number], number>>;
  figures: ComparableFigures | null;
  /** Ticket rows in the table (after event-log merging) and rejected rows, for the printout. */
  tickets: number;
  rejected: number;
}

type Report = import('../packages/kpi-core/src/report/types.js').Report;
type KpiSet = import('../packages/kpi-core/src/report/types.js').KpiSet;

function slaCountsOf(outcome: { met: number; breached: number; pending: number; adherence: number | null } | null | undefined): SlaCounts {
  if (outcome === undefined || outcome === null) return { met: 0, breached: 0, pending: 0, adherence: null };
  return { met: outcome.met, breached: outcome.breached, pending: outcome.pending, adherence: outcome.adherence };
}

/** Whether Revue left the labour out because the export records neither effort nor costs. */
function labourNotRecorded(tco: NonNullable<Partial<KpiSet>['tco']>): boolean {
  return (tco.excluded ?? []).some((exclusion) => exclusion.part === 'labour' && exclusion.reason === 'not-recorded');
}

/**
 * The comparable subset (bench/comparable.ts) read off Revue's KPI results: SLA resolution
 * outcomes by priority, recurrence counts, fleet reliability, and the labour categories of TCO.
 *
 * @example
 * revueFigures(report, ['P1', 'P2']).sla.P1; // → { met: 12, breached: 5, pending: 0, adherence: 0.705… }
 */
export function revueFigures(kpis: Partial<KpiSet>, priorities: readonly string[]): ComparableFigures | null {
  const { sla, recurrence, reliability, tco } = kpis;
  if (!sla || !recurrence || !reliability || !tco) return null;
  return {
    sla: Object.fromEntries(priorities.map((p) => [p, slaCountsOf(sla.byPriority[p]?.resolution)])),
    recurrence: {
      incidents: recurrence.incidents,
      withKey: recurrence.withKey,
      repeats: recurrence.repeats,
      rate: recurrence.rate,
      problems: recurrence.problems.length,
    },
    reliability: {
      failures: reliability.fleet.failures,
      uptimeHours: reliability.fleet.uptimeHours,
      downtimeHours: reliability.fleet.downtimeHours,
      mtbfHours: reliability.fleet.mtbfHours,
    },
    // An export without effort or costs (the UCI log) has its labour not measured (null) in
    // Revue; DuckDB's query sums the missing values as 0: compare those as 0.
    labour: Object.fromEntries(LABOUR_CATEGORIES.map((c) => [c, tco.byCategory[c] ?? (labourNotRecorded(tco) ? 0 : null)])),
  };
}

function time<T>(timings: RevueRun['timings'], step: (typeof REVUE_STEPS)[number], run: () => T): T {
  const started = performance.now();
  const value = run();
  timings[step] = performance.now() - started;
  return value;
}

async function timeAsync<T>(timings: RevueRun['timings'], step: (typeof REVUE_STEPS)[number], run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await run();
  timings[step] = performance.now() - started;
  return value;
}

/**
 * One run of the Revue side over a case: load, then each KPI alone, then the whole report for
 * the period with its previous-period comparison. `whole` = load + report: CSV bytes on disk to
 * the report object (both periods, every KPI, findings); `subset` = load + the SLA, recurrence,
 * reliability and TCO KPIs of the period alone, the closest match to what DuckDB computes.
 *
 * @example
 * runRevue(api, bench).timings.whole; // → 588.2 (ms)
 */
export async function runRevue(api: RevueApi, bench: BenchCase): Promise<RevueRun> {
  const timings: RevueRun['timings'] = {};
  if (!api.readTickets || !api.readAssets || !api.parsePolicy) {
    return { timings, figures: null, tickets: 0, rejected: 0 };
  }
  const { readTickets, readAssets } = api;
  const readOptions = { timezone: bench.read.timezone, preset: bench.read.preset, now: bench.asOf, maxIssues: 100 };
  // The one-pass file readers, when the library has no parallel one.
  const ticketsOf = (path: string, fileName: string) =>
    api.readTicketsFile ? api.readTicketsFile(path, { ...readOptions, fileName }) : readTickets(readFileSync(path), { ...readOptions, fileName });
  const assetsOf = (path: string, fileName: string) =>
    api.readAssetsFile ? api.readAssetsFile(path, { ...readOptions, fileName }) : readAssets(readFileSync(path), { ...readOptions, fileName });
  // As the CLI reads: both files at once, a large ticket file in parts on every core.
  const loaded = await timeAsync(timings, 'load', async () => {
    if (api.readReviewFiles) {
      const assets = bench.assetsPath === null ? null : { path: bench.assetsPath, options: { ...readOptions, fileName: 'assets.csv' } };
      return api.readReviewFiles({ path: bench.ticketsPath, options: { ...readOptions, fileName: 'tickets.csv' } }, assets);
    }
    const tickets = ticketsOf(bench.ticketsPath, 'tickets.csv');
    const assets = bench.assetsPath === null ? null : assetsOf(bench.assetsPath, 'assets.csv');
    return { tickets, assets };
  });
  const policy = api.parsePolicy(bench.policy);
  const data = { tickets: loaded.tickets.table, assets: loaded.assets?.table ?? null, policy };
  const period = api.parsePeriod ? api.parsePeriod(bench.period.label, policy.timezone) : { ...bench.period, kind: 'quarter' as const };
  if (period.start !== bench.period.start || period.end !== bench.period.end) {
    throw new Error(`${bench.period.label}: Revue's bounds ${period.start}…${period.end} differ from the benchmark's ${bench.period.start}…${bench.period.end}`);
  }
  const options = () => ({ period, asOf: bench.asOf, ...(api.calendarResolver ? { calendars: api.calendarResolver(policy) } : {}) });

  const kpis: Partial<KpiSet> = {};
  if (api.slaAdherence) kpis.sla = time(timings, 'kpi.sla', () => api.slaAdherence!(data, options()));
  if (api.recurringIncidents) kpis.recurrence = time(timings, 'kpi.recurrence', () => api.recurringIncidents!(data, options()));
  if (api.reliability) kpis.reliability = time(timings, 'kpi.reliability', () => api.reliability!(data, options()));
  if (api.lostHours) kpis.lostHours = time(timings, 'kpi.lostHours', () => api.lostHours!(data, options()));
  if (api.tco) {
    const lost = kpis.lostHours;
    kpis.tco = time(timings, 'kpi.tco', () => api.tco!(data, { ...options(), ...(lost ? { lostHours: lost } : {}) }));
  }
  if (api.fleetHealth) kpis.fleet = time(timings, 'kpi.fleet', () => api.fleetHealth!(data, options()));

  const subset = ['load', 'kpi.sla', 'kpi.recurrence', 'kpi.reliability', 'kpi.tco'] as const;
  if (subset.every((step) => timings[step] !== undefined)) {
    // The closest match to the DuckDB side: load + the four KPIs that hold the comparable figures.
    timings.subset = subset.reduce((sum, step) => sum + timings[step]!, 0);
  }
  let report: Report | null = null;
  if (api.buildReport) {
    const quality = { tickets: loaded.tickets.quality, assets: loaded.assets?.quality ?? null };
    report = time(timings, 'report', () => api.buildReport!({ ...data, quality }, { period: bench.period.label, asOf: bench.asOf }));
    timings.whole = timings.load! + timings.report!;
  }
  const priorities = Object.keys(bench.peer.resolutionTargetMinutes);
  return {
    timings,
    figures: revueFigures(report ?? kpis, priorities),
    tickets: loaded.tickets.table.numRows(),
    rejected: loaded.tickets.quality.rejected + (loaded.assets?.quality.rejected ?? 0),
  };
}
