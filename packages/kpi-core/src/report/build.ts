import type { Period } from '../calendar/types.js';
import { calendarResolver } from '../calendar/calendar.js';
import { parsePeriod, periodContaining, previousPeriod } from '../calendar/period.js';
import type { QualityReport } from '../ingest/types.js';
import { RevueError } from '../internal/errors.js';
import { floorToMinute } from '../internal/time.js';
import { effectiveAssets } from '../kpi/assets.js';
import { fleetHealth } from '../kpi/fleet.js';
import { lostHours, lostHoursSource, type LostHoursMonths } from '../kpi/lost-hours.js';
import { downtimePrice } from '../kpi/trend/lost-months.js';
import { trendMonths } from '../kpi/trend/trend.js';
import { prepareReview, type PreparedReview } from '../kpi/prepared.js';
import { recurringIncidents } from '../kpi/recurrence.js';
import { reliability } from '../kpi/reliability.js';
import { slaAdherence } from '../kpi/sla.js';
import { tco } from '../kpi/tco.js';
import type { ReviewData } from '../kpi/types.js';
import { assetColumns, selectRows, ticketColumns, type AssetTable, type TicketTable } from '../model/tables.js';
import { policyFor } from '../policy/parse.js';
import type { Policy } from '../policy/types.js';
import { reviewContent } from './content.js';
import { buildFindings } from './findings.js';
import { formatter, type Language } from './format.js';
import type { KpiSet, Report } from './types.js';

export interface ReportData {
  tickets: TicketTable;
  /** The asset file's table; without it the assets are the tickets' distinct assetIds. */
  assets?: AssetTable | null;
  policy: Policy;
  /** Quality reports of the reads, passed through to `dataQuality`. */
  quality?: { tickets?: QualityReport | null; assets?: QualityReport | null };
}

export interface BuildReportOptions {
  /**
   * `2026-03`, `2026-Q2`, `2026-H1`, `2026`, `2026-01-15..2026-02-15`, or a Period. Default: the
   * calendar quarter that contains `asOf`.
   */
  period?: string | Period;
  /** Only this client's tickets and assets; its policy overrides apply. */
  client?: string | null;
  /** "Now" for open tickets: epoch ms or ISO instant. Default: the latest event in the tickets. */
  asOf?: number | string;
  /** Language of the findings. Default `en`. */
  language?: Language;
}

/**
 * The review report (DESIGN §6): every KPI over the period and over the previous period (the
 * previous calendar month, quarter, half-year or year; for a custom range the range of equal
 * length just before it; same `asOf`), the data-quality reports, and ranked findings.
 *
 * @example
 * const report = buildReport({ tickets, assets, policy }, { period: '2026-Q2', language: 'fr' });
 * report.sla.resolution.adherence; // → 0.91
 */
export function buildReport(data: ReportData, options: BuildReportOptions = {}): Report {
  const client = options.client ?? null;
  const asOf = resolveAsOf(data.tickets, options.asOf);
  const timezone = data.policy.timezone;
  const period = resolvePeriod(options.period, asOf, timezone);
  const previous = previousPeriod(period, timezone);

  const policy = client === null ? data.policy : policyFor(data.policy, client);
  const scoped: ReviewData = {
    tickets: client === null ? data.tickets : onlyClient(data.tickets, client),
    assets: data.assets == null ? null : client === null ? data.assets : onlyClient(data.assets, client),
    policy,
  };
  // The KPIs derive the assets from the tickets themselves when there is no asset file; this
  // copy is for the report's assetsSource and the findings' purchase costs.
  const assets = effectiveAssets(scoped);

  const calendars = calendarResolver(policy);
  // Indexes shared by every KPI of both periods (same data, same asOf).
  const prepared = prepareReview(scoped, asOf);
  // Unfiltered, the preparation numbers the tickets' clients anyway: their distinct values serve.
  const clients = clientsOf(data, client === null ? prepared.stringCodes('client').values : undefined);
  // The lost hours of both periods are also summed month by month over the trend's months, which
  // the trend then reads instead of counting them again.
  const monthly: LostHoursMonths = { window: trendMonths(period, timezone), price: downtimePrice(prepared) };
  const current = computeKpis(scoped, period, asOf, calendars, prepared, monthly);
  const before = computeKpis(scoped, previous, asOf, calendars, prepared, monthly);
  const knownSla = [
    { period, byMonth: current.sla.byMonth },
    { period: previous, byMonth: before.sla.byMonth },
  ];
  const knownLost = [
    { period, set: current },
    { period: previous, set: before },
  ].flatMap(({ period: covering, set }) => {
    const byMonth = lostHoursSource(set.lostHours)?.sums.byMonth;
    return byMonth ? [{ period: covering, months: monthly.window.keys, ...byMonth }] : [];
  });
  const content = reviewContent(scoped, { period, asOf, calendars, prepared, knownSla, knownLost, tco: current.tco });

  const language = options.language ?? 'en';
  const format = formatter(language, policy.rates.currency, timezone);
  const findings = buildFindings({
    current,
    previous: before,
    previousLabel: previous.label,
    minOccurrences: policy.recurrence.minOccurrences,
    purchaseCost: purchaseCosts(assets.assets),
    format,
  });

  return {
    version: 1,
    language,
    period: serialisePeriod(period),
    asOf: new Date(asOf).toISOString(),
    client,
    clients,
    timezone,
    currency: policy.rates.currency,
    assetsSource: assets.source,
    dataQuality: { tickets: data.quality?.tickets ?? null, assets: data.quality?.assets ?? null },
    ...current,
    ...content,
    previous: { period: serialisePeriod(previous), ...before },
    findings,
  };
}

function computeKpis(
  data: ReviewData,
  period: Period,
  asOf: number,
  calendars: ReturnType<typeof calendarResolver>,
  prepared: PreparedReview,
  months?: LostHoursMonths,
): KpiSet {
  const options = { period, asOf, calendars, prepared };
  const lost = lostHours(data, months === undefined ? options : { ...options, months });
  return {
    sla: slaAdherence(data, options),
    recurrence: recurringIncidents(data, options),
    reliability: reliability(data, options),
    lostHours: lost,
    tco: tco(data, { ...options, lostHours: lost }),
    fleet: fleetHealth(data, options),
  };
}

/** The latest event instant in the tickets (opened, first response, resolved, closed). */
export function latestTimestamp(tickets: TicketTable): number | null {
  const columns = ticketColumns(tickets);
  let latest = -Infinity;
  for (const column of [columns.openedAt, columns.firstResponseAt, columns.resolvedAt, columns.closedAt]) {
    for (let i = 0; i < column.length; i++) {
      const value = column[i]!;
      if (value > latest) latest = value;
    }
  }
  return Number.isFinite(latest) ? latest : null;
}

function resolveAsOf(tickets: TicketTable, asOf: number | string | undefined): number {
  if (asOf === undefined) {
    const latest = latestTimestamp(tickets);
    if (latest === null) throw new RevueError('no-tickets', 'no ticket has a date, so there is nothing to report on');
    return floorToMinute(latest);
  }
  const ms = typeof asOf === 'number' ? asOf : Date.parse(asOf);
  if (!Number.isFinite(ms)) throw new RevueError('as-of', `as-of: "${String(asOf)}" is not an ISO instant`);
  return floorToMinute(ms);
}

function resolvePeriod(period: string | Period | undefined, asOf: number, timezone: string): Period {
  if (period === undefined) return periodContaining(asOf, 'quarter', timezone);
  return typeof period === 'string' ? parsePeriod(period, timezone) : period;
}

function serialisePeriod(period: Period) {
  return {
    label: period.label,
    kind: period.kind,
    start: new Date(period.start).toISOString(),
    end: new Date(period.end).toISOString(),
  };
}

function onlyClient<T extends TicketTable | AssetTable>(table: T, client: string): T {
  const clients = table.column('client') as ArrayLike<string | null>;
  return selectRows(table, (row) => clients[row] === client);
}

/**
 * Every client named in the tickets or the assets, sorted: the report's `clients`. `ticketClients`,
 * when given, lists the tickets' distinct client values in order of first appearance (as
 * `PreparedReview.stringCodes('client').values` does), instead of reading every ticket.
 */
export function clientsOf(data: Pick<ReportData, 'tickets' | 'assets'>, ticketClients?: readonly (string | null)[]): string[] {
  const tickets = data.tickets;
  const assets = data.assets ?? null;
  const seen = new Set<string>();
  // Index loops: a for…of over a million-row column allocates an iterator result per row.
  const fromTickets = ticketClients ?? ticketColumns(tickets).client;
  for (let row = 0; row < fromTickets.length; row++) {
    const value = fromTickets[row];
    if (value) seen.add(value);
  }
  if (assets) {
    const assetClients = assetColumns(assets).client;
    for (let row = 0; row < assetClients.length; row++) {
      const value = assetClients[row];
      if (value) seen.add(value);
    }
  }
  return [...seen].sort((a, b) => a.localeCompare(b));
}

function purchaseCosts(assets: AssetTable): Map<string, number> {
  const columns = assetColumns(assets);
  const costs = new Map<string, number>();
  for (let i = 0; i < columns.id.length; i++) {
    const id = columns.id[i];
    const cost = columns.purchaseCost[i]!;
    if (id && Number.isFinite(cost)) costs.set(id, cost);
  }
  return costs;
}
