import { assetIdMatch } from './asset-match.js';
import type { Period } from '../calendar/types.js';
import { calendarResolver } from '../calendar/calendar.js';
import { defaultPeriod, instantInZone, parsePeriod, previousPeriod, type PeriodChoice } from '../calendar/period.js';
import type { QualityReport } from '../ingest/types.js';
import { RevueError } from '../internal/errors.js';
import { floorToMinute } from '../internal/time.js';
import { effectiveAssets } from '../kpi/assets.js';
import { fleetHealth } from '../kpi/fleet/fleet.js';
import { lostHoursRun, type LostHoursMonths, type LostHoursSums } from '../kpi/lost-hours/lost-hours.js';
import { downtimePrice } from '../kpi/trend/lost-months.js';
import { trendMonths } from '../kpi/trend/trend.js';
import { observedFromSpan, openingSpan } from '../kpi/opened-span.js';
import { prepareReview, type PreparedReview } from '../kpi/prepared.js';
import { preventiveCompliance } from '../kpi/preventive/preventive.js';
import { recurringIncidents } from '../kpi/recurrence/recurrence.js';
import { fleetUnmeasured, inventoryGiven, reliabilityRun } from '../kpi/reliability/reliability.js';
import { recordedAssetCosts, recordedColumns } from '../kpi/common.js';
import { slaAdherence } from '../kpi/sla/sla.js';
import { tcoRun } from '../kpi/tco/tco.js';
import { ticketVolume } from '../kpi/volume/volume.js';
import type { ByAssetDetail, RecordedColumns, ReviewData } from '../kpi/types.js';
import { PolicyUsage } from '../kpi/usage.js';
import { asOfStray } from './as-of-stray.js';
import { endsAreClosings, trendWithoutClosingLengths, withoutClosingLengths } from './closing-ends.js';
import { assetColumns, assetTable, selectRows, ticketColumns, type AssetTable, type TicketTable } from '../model/tables.js';
import { policyFor } from '../policy/parse.js';
import type { Policy } from '../policy/types.js';
import { assumptionsOf } from './assumptions.js';
import { inventorySpellings, matchClient, policyWithClientSpellings } from './clients.js';
import { reviewContent } from './content.js';
import { noIncidentType, ticketTypesOf, trendWithoutIncidents, withoutIncidents } from './incident-types.js';
import { comparableCoverage, coverageOf, unmeasuredKpis } from './coverage.js';
import { compactWithLeftOut, type ByAssetEntries } from './compact.js';
import { periodName } from './period-name.js';
import { withEvidencedRetirement } from './retired-undated.js';
import { buildFindings, slaJudgedAgainstTarget } from './findings.js';
import { formatter, type Language } from './format.js';
import { notMeasuredOf } from './measurability.js';
import { trendWithoutTimeOfDay, untimedDurations, withoutTimeOfDay } from './time-of-day.js';
import { withoutUnjudgedRates } from './unjudged.js';
import { withoutUnknownLengths } from './lengths-unknown.js';
import { backlogTrendWithoutEndState, EVIDENCE_MIN_TICKETS, endStateKnown, fleetWithoutEndState, noTicketEnded, responsesMostlyMissing, trendWithoutEndState, withoutEndState } from './end-state.js';
import type { Coverage, FleetResult, KpiSet, NotMeasuredReason, PolicyNotice, Report, ReportPeriod } from './types.js';
import type { ReplacementResult } from '../kpi/replacement/types.js';

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
   * `2026-03`, `2026-Q2`, `2026-H1`, `2026`, `2026-01-15..2026-02-14` (both days included),
   * `2026-01-15T08:00..2026-01-16T08:00` (end instant excluded), or a Period. Default: the
   * latest quarter that ends by `asOf` and holds enough tickets ({@link defaultPeriod}).
   */
  period?: string | Period;
  /**
   * Only this client's tickets and assets; its policy overrides apply. Matched ignoring case,
   * accents and spacing (`matchClient`); a name that matches no client is refused.
   */
  client?: string | null;
  /**
   * "Now" for open tickets: epoch ms, or ISO text — with `Z` or an offset as written, else in the
   * policy's zone (`2026-06-01T12:00`; a date alone is its local midnight), as a period's bounds
   * are. Default: the latest event in the tickets.
   */
  asOf?: number | string;
  /** Language of the findings. Default `en`. */
  language?: Language;
  /**
   * `compact`: the previous period without its per-asset maps and id lists, exactly as
   * `compactReport(report, { current: 'keep' })` leaves it (with `truncated`), but built without
   * them — what the CLI writes by default, in less time and memory at a million tickets.
   * Default `full`.
   */
  previousDetail?: 'full' | 'compact';
}

/**
 * The review report (DESIGN §6): every KPI over the period and over the previous period (the
 * previous calendar month, quarter, half-year or year; for a custom range the range of equal
 * length just before it; same `asOf`), the data-quality reports, and ranked findings; with what
 * the figures rest on: `coverage` of each period by the data, the default policy values used
 * (`assumptions`), and each null headline figure with its reason (`notMeasured`).
 *
 * A period the data does not cover (no ticket opened in it, wholly before the first or after the
 * last opened ticket) has no figures: every figure of its KPIs is null (`outside-data`), and so
 * are the previous period's when it falls outside 1970–2100 (`outside-supported-years`, its
 * `period` null). Findings never compare with a period without figures.
 *
 * @throws RevueError `client` when `options.client` names no client of the data (the message
 *   lists them), `period` for a period that is not one, `as-of`, `no-tickets`.
 * @example
 * const report = buildReport({ tickets, assets, policy }, { period: '2026-Q2', language: 'fr' });
 * report.sla.resolution?.adherence; // → 0.91
 * report.notMeasured; // → [{ figure: 'lostHours.cost', reason: 'no-rate' }, …]
 */
export function buildReport(data: ReportData, options: BuildReportOptions = {}): Report {
  const timezone = data.policy.timezone;
  // Where the default asOf stops (stray dates in the future left out), found once for both its uses.
  const futureEnd = options.asOf === undefined ? futureCut(data.tickets, data.quality?.tickets) : Infinity;
  const asOf = resolveAsOf(data.tickets, options.asOf, timezone, data.quality?.tickets ?? null, futureEnd);
  // A data date of the data's own (not given) that lies far from the rest of it is said, with the ticket that set it.
  const stray = options.asOf === undefined ? asOfStray(data.tickets, asOf, futureEnd) : null;
  const named = options.client === undefined || options.client === null ? null : options.client;
  const overrides = Object.keys(data.policy.clients).length > 0;
  // The tickets' clients, read once for what needs them before the preparation numbers them.
  const ticketClients = data.assets != null || named !== null || overrides ? ticketClientsOf(data.tickets, asOf) : null;
  // One spelling per client for every figure (selection, policy, groups): the tickets' (all of them).
  data = withTicketSpellings(data, ticketClients?.all);
  // asOf stands for "now" (DESIGN §4): a ticket opened after it does not exist yet. It is left out
  // once, here, so that every figure (volumes, SLA, recurrence, reliability, coverage, trend)
  // agrees, and counted in the data quality (`opened-after-as-of`).
  const fileTickets = data.tickets;
  const afterAsOf = openedAfter(data.tickets, asOf);
  if (afterAsOf > 0) data = withoutOpenedAfter(data, asOf, afterAsOf);
  // Every client of the data: to match the name and the policy's overrides against, and for the
  // report's `clients`.
  const knownClients = ticketClients === null || (named === null && !overrides) ? null : clientsOf(data, afterAsOf > 0 ? ticketClients.byAsOf : ticketClients.all);
  // The policy's client overrides keyed as the data spells its clients ("cafe ete" is Café
  // Été's, as --client matches it); a key that names no client is said, not ignored.
  const spelled = overrides ? policyWithClientSpellings(data.policy, knownClients!) : { policy: data.policy, unknown: [] };
  data = spelled.policy === data.policy ? data : { ...data, policy: spelled.policy };
  const policyNotices: PolicyNotice[] = spelled.unknown.map((name) => ({ code: 'unknown-client', name }));
  // Pause statuses need a paused time: the export's own column, or one measured from an event
  // log's status history when it was read (`ReadOptions.pauseStatuses`). Without either, said.
  if (listsPauseStatuses(data.policy) && !hasPausedTime(data.tickets)) policyNotices.push({ code: 'pause-statuses-not-applied' });
  // Measured from the history, a pause status the file never spells paused nothing: said.
  const unseen = data.quality?.tickets?.pauseStatusesUnseen;
  if (unseen !== undefined && unseen.length > 0) policyNotices.push({ code: 'pause-statuses-unseen', statuses: [...unseen] });
  const client = named === null ? null : matchClient(named, knownClients!);
  const openings = ticketColumns(data.tickets).openedAt;
  const { period, chosenBy } = resolvePeriod(options.period, openings, asOf, timezone);
  const previous = previousOrNull(period, timezone);

  const policy = client === null ? data.policy : policyFor(data.policy, client);
  const span = openingSpan(openings);
  // A period that starts before an export dense enough to show where it starts is observed from
  // the export's first day (`observedFromSpan`): its uptime, due preventive windows and yearly
  // rate of lost hours are those of the days the data covers, not of days it says nothing about.
  // A small or sparse file keeps DESIGN §5's windows from the period's start.
  const observedFrom = observedFromSpan(span, timezone);
  const scopedTickets = client === null ? data.tickets : onlyClient(data.tickets, client);
  // An asset retired by its status without a date is in service as far as its tickets show, no
  // further: named by none, from where the review's windows start (observedFrom, else the
  // earliest start of the periods and the trend's months), so never in service in them.
  const reviewStart = observedFrom ?? Math.min(period.start, previous?.start ?? Infinity, trendMonths(period, timezone).bounds[0]!);
  const evidenced = withEvidencedRetirement(data.assets == null ? null : client === null ? data.assets : onlyClient(data.assets, client), scopedTickets, asOf, reviewStart);
  const scoped: ReviewData = { tickets: scopedTickets, assets: evidenced.assets, policy };
  // The KPIs derive the assets from the tickets themselves when there is no asset file; this
  // copy is for the report's assetsSource and the findings' purchase costs.
  const assets = effectiveAssets(scoped);

  const calendars = calendarResolver(policy);
  // Indexes shared by every KPI of both periods (same data, same asOf).
  // No status, resolution or closing column (end-state.ts): whether a ticket ended is not known.
  const endless = !endStateKnown(fileTickets, data.quality?.tickets);
  // Whether most ends are unknown is judged from a file of 10 tickets or more (end-state.ts
  // EVIDENCE_MIN_TICKETS); a smaller one keeps DESIGN's definitions as written.
  const judged = fileTickets.numRows() >= EVIDENCE_MIN_TICKETS;
  // Status or end columns, and yet no ticket of the file ended: a list of open tickets only.
  const openOnly = !endless && noTicketEnded(fileTickets);
  // A first-response column left empty on most tickets that ended: their resolution stands in.
  const fewResponses = responsesMostlyMissing(fileTickets);
  // Assets in stock by their status: out of service after their last ticket, still owned (their costs run on).
  const storedAssets = new Set(evidenced.retired.filter((entry) => entry.notInService === true).map((entry) => entry.assetId));
  const prepared = prepareReview(scoped, asOf, { endsUnknown: endless, storedAssets });
  // Unfiltered, the preparation numbers the tickets' clients anyway: their distinct values serve.
  const allClients = knownClients ?? clientsOf(data, prepared.stringCodes('client').values);
  // Which optional columns the export (all clients) records: response is measured when it has
  // first-response times, labour when it has effort or costs.
  // (Tickets opened after asOf included: the export records the column even if only they fill it.)
  const recorded = { ...recordedColumns(fileTickets), assetCosts: recordedAssetCosts(data.assets) };
  const responseMeasured = recorded.firstResponseAt;
  // How the export's types were read (all clients): none an incident, no incident figure.
  const fileTypes = ticketTypesOf(fileTickets);
  const noIncidents = noIncidentType(fileTypes);
  // A client's review counts its own tickets' types: a single-client report tells nothing of the others.
  const ticketTypes = client === null ? fileTypes : { ...ticketTypesOf(scoped.tickets), noIncidentType: noIncidents };
  // Ticket dates without a time of day (whole export): the hours between them are not measured.
  const untimed = untimedDurations(fileTickets, timezone, recorded.firstResponseAt);
  // Ends mostly unknown (SLA rates, lengths): judged from a file large enough, as above.
  const judgedOnEvidence = (kpis: KpiSet): KpiSet =>
    judged ? withoutUnknownLengths(withoutUnjudgedRates(kpis, openOnly, fewResponses), policy) : withoutUnjudgedRates(kpis, openOnly, fewResponses, false);
  const incidentsRead = (kpis: KpiSet | null): KpiSet | null =>
    kpis === null
      ? null
      : judgedOnEvidence(withoutEndState(withoutTimeOfDay(noIncidents ? withoutIncidents(kpis, policy, responseMeasured) : kpis, policy, untimed), policy, endless));
  // Most ends are the closings of a job, days after the resolutions (closing-ends.ts): the
  // lengths to them are no repair times. Judged on the whole export, as the line beside the figures.
  const closings = !endless && !untimed.resolution && endsAreClosings(data.quality?.tickets);
  const stillOpen = closings ? openAt(prepared, asOf) : undefined;
  const read = (kpis: KpiSet | null): KpiSet | null => (kpis === null ? null : withoutClosingLengths(incidentsRead(kpis)!, policy, closings, stillOpen));
  const usage = new PolicyUsage();
  usage.mark(policy, 'timezone');

  const cut = observedFrom !== undefined;
  const coverage = coverageOf(period, span, prepared.openedIn(period.start, period.end).length, asOf, timezone, cut);
  const before =
    previous === null ? null : coverageOf(previous, span, prepared.openedIn(previous.start, previous.end).length, asOf, timezone, cut);
  // The lost hours of both periods are also summed month by month over the trend's months, which
  // the trend then reads instead of counting them again.
  const monthly: LostHoursMonths = { window: trendMonths(period, timezone), price: downtimePrice(prepared) };
  const context = { calendars, prepared, usage, responseMeasured, recorded, monthly, observedFrom };
  const currentRun = coverage.covered ? computeKpis(scoped, period, asOf, { ...context, byAsset: 'keep' }) : null;
  // A compact previous period: its per-asset maps are only counted as the KPIs compute them.
  const compactPrevious = options.previousDetail === 'compact';
  const beforeRun =
    previous !== null && before!.covered ? computeKpis(scoped, previous, asOf, { ...context, byAsset: compactPrevious ? 'count' : 'keep' }) : null;
  // What `truncated` says was cut: maps emptied by withoutIncidents were never cut (--detail full
  // has none either), and a period without figures has no map.
  const current = read(currentRun?.kpis ?? null);
  const beforeKpis = read(beforeRun?.kpis ?? null);
  // Lost hours whose total a rule nulled (lengths-unknown.ts, time-of-day.ts) have no map either.
  const lostEmptied = beforeRun !== null && beforeKpis !== null && beforeRun.kpis.lostHours.totalHours !== null && beforeKpis.lostHours.totalHours === null;
  const previousLeftOut: ByAssetEntries | undefined = !compactPrevious
    ? undefined
    : beforeRun === null
      ? { reliability: 0, lostHours: 0, tco: 0 }
      : { ...beforeRun.byAssetEntries, ...(noIncidents ? { reliability: 0, lostHours: 0 } : {}), ...(lostEmptied ? { lostHours: 0 } : {}) };
  // The state at asOf (backlog, warranties) is the same whatever the period.
  const fleetAtAsOf =
    current?.fleet ?? beforeKpis?.fleet ?? (endless ? fleetWithoutEndState : (fleet: FleetResult) => fleet)(fleetHealth(scoped, { period, asOf, prepared, usage, recorded }));
  const assetFile = inventoryGiven(prepared.assetIndex('incidents'));
  const currentSet = current ?? unmeasuredKpis(policy, fleetAtAsOf, responseMeasured, assetFile);
  const previousSet = beforeKpis ?? unmeasuredKpis(policy, fleetAtAsOf, responseMeasured, assetFile);
  if (hasMoney(currentSet) || hasMoney(previousSet)) usage.mark(policy, 'rates.currency');

  // The months of the trend that a period of the report covers wholly are read from its KPIs.
  const computed = [
    { period, run: currentRun },
    { period: previous, run: beforeRun },
  ].flatMap(({ period: covering, run }) => (covering === null || run === null ? [] : [{ period: covering, set: run.kpis, lostSums: run.lostSums }]));
  const knownSla = computed.map(({ period: covering, set }) => ({ period: covering, byMonth: set.sla.byMonth }));
  const knownLost = computed.flatMap(({ period: covering, lostSums }) => {
    const byMonth = lostSums.byMonth;
    return byMonth ? [{ period: covering, months: monthly.window.keys, ...byMonth }] : [];
  });
  // The trend's months are covered by the same rule, over the same span, as the periods.
  const content = reviewContent(scoped, {
    period,
    asOf,
    calendars,
    prepared,
    recorded,
    // The trend's months outside the periods mark the defaults their lost hours used too.
    usage,
    span,
    knownSla,
    knownLost,
    // The months leave the downtime out for the reason the period's TCO does (trendWithout* below).
    ...(closings ? { downtimeOff: 'ends-are-closings' as const } : endless ? { downtimeOff: 'no-end-state' as const } : untimed.resolution ? { downtimeOff: 'no-time-of-day' as const } : noIncidents ? { downtimeOff: 'no-incident-type' as const } : {}),
    // A file too small to judge its ends by keeps the months' figures as it keeps the period's.
    ...(judged ? {} : { endsJudged: false }),
    // A period without figures has no corrective cost per asset either.
    tco: current === null ? null : current.tco,
  });

  const language = options.language ?? 'en';
  const format = formatter(language, policy.rates.currency, timezone);
  const findings = buildFindings({
    current: currentSet,
    previous: beforeKpis,
    // Named as the review names it (`T1 2026` in French, a range of instants in the policy's zone).
    previousLabel: previous ? periodName(previous, format, timezone) : null,
    comparable: comparableCoverage(coverage, before, openOnly),
    periodKind: period.kind,
    slaAdherenceTarget: policy.slaAdherenceTarget,
    // The targets the SLA used are marked by now; the goal is the policy's own or its default.
    slaDefaults: { targets: assumptionsOf(usage).some((assumption) => assumption.key.startsWith('sla.P')), goal: policy.defaulted.includes('slaAdherenceTarget') },
    minOccurrences: policy.recurrence.minOccurrences,
    windowDays: policy.recurrence.windowDays,
    purchaseCost: purchaseCosts(assets.assets, currentSet.fleet.pastUsefulLife.assetIds),
    format,
    timezone,
    // The fleet's state (past useful life) is judged at the data date, which the findings name.
    asOf: new Date(asOf).toISOString(),
  });

  // The level of adherence was judged against the target, whether or not a finding came of it.
  if (slaJudgedAgainstTarget(currentSet).length > 0) usage.mark(policy, 'slaAdherenceTarget');

  const absent = (covered: Coverage | null, exists: boolean): NotMeasuredReason | null =>
    !exists ? 'outside-supported-years' : covered!.covered ? null : 'outside-data';
  const notMeasured = [
    ...notMeasuredOf(currentSet, { absent: absent(coverage, true), prefix: '', noIncidentType: noIncidents, untimed, endless, openOnly, fewResponses, closings }),
    ...notMeasuredOf(previousSet, { absent: absent(before, previous !== null), prefix: 'previous.', noIncidentType: noIncidents, untimed, endless, openOnly, fewResponses, closings }),
    // The plan looks ahead from asOf (no previous one): without an inventory there is none.
    ...(content.replacement.inventory ? [] : [{ figure: 'replacement', reason: 'no-assets' as const }]),
  ];

  const report: Report = {
    version: 2,
    language,
    period: { ...serialisePeriod(period), chosenBy },
    asOf: new Date(asOf).toISOString(),
    // Only when there is something to say: a review of data without a stray date is unchanged.
    ...(stray === null ? {} : { asOfStray: stray }),
    ...(openOnly ? { openOnly: true as const } : {}),
    client,
    // A single-client report names no other client (DESIGN §6).
    clients: client === null ? allClients : [client],
    timezone,
    currency: policy.rates.currency,
    assetsSource: assets.source,
    retiredWithoutDate: evidenced.retired,
    coverage,
    ticketTypes,
    assumptions: assumptionsOf(usage),
    // A single-client report names no other client (DESIGN §6): only its own notices' names.
    policyNotices: client === null ? policyNotices : policyNotices.filter((notice) => notice.code !== 'unknown-client'),
    notMeasured,
    dataQuality: {
      tickets: qualityFor(data.quality?.tickets ?? null, client, allClients),
      assets: qualityFor(data.quality?.assets ?? null, client, allClients),
      assetIds: assetIdMatch(prepared),
    },
    ...currentSet,
    ...content,
    replacement: replacementWithoutUnmatched(content.replacement, current),
    backlogTrend: backlogTrendWithoutEndState(content.backlogTrend, endless),
    trend: trendWithoutClosingLengths(trendWithoutEndState(trendWithoutTimeOfDay(noIncidents ? trendWithoutIncidents(content.trend) : content.trend, untimed), endless), closings, noIncidents),
    previous: { period: previous === null ? null : serialisePeriod(previous), coverage: before, ...previousSet },
    findings,
  };
  return previousLeftOut === undefined ? report : compactWithLeftOut(report, { current: 'keep' }, previousLeftOut);
}

interface KpiContext {
  calendars: ReturnType<typeof calendarResolver>;
  prepared: PreparedReview;
  usage: PolicyUsage;
  responseMeasured: boolean;
  recorded: RecordedColumns;
  /** The trend's months, over which the lost hours are also summed month by month. */
  monthly: LostHoursMonths;
  /** Whether the per-asset maps are listed or only counted. */
  byAsset: ByAssetDetail;
  /** The start of the export's first local day when the file is dense enough (`observedFromSpan`, `KpiOptions.observedFrom`); else undefined. */
  observedFrom: number | undefined;
}

/**
 * The KPIs of one period, the sums of its lost hours (month by month: read by the trend), and the
 * entries of its per-asset maps (listed or only counted).
 */
function computeKpis(
  data: ReviewData,
  period: Period,
  asOf: number,
  context: KpiContext,
): { kpis: KpiSet; lostSums: LostHoursSums; byAssetEntries: ByAssetEntries } {
  const { calendars, prepared, usage, responseMeasured, recorded, monthly, byAsset, observedFrom } = context;
  const options = {
    period,
    asOf,
    calendars,
    prepared,
    usage,
    recorded,
    ...(observedFrom === undefined ? {} : { observedFrom }),
  };
  const run = lostHoursRun(data, { ...options, months: monthly }, byAsset);
  const lost = run.result;
  // In the order they always ran (the policy values used are marked in this order).
  const sla = slaAdherence(data, { ...options, responseMeasured });
  const recurrence = recurringIncidents(data, options);
  const reliabilityOfPeriod = reliabilityRun(data, options, byAsset);
  const tcoOfPeriod = tcoRun(data, options, run, byAsset);
  const kpis: KpiSet = {
    sla,
    recurrence,
    reliability: reliabilityOfPeriod.result,
    lostHours: lost,
    tco: tcoOfPeriod.result,
    fleet: fleetHealth(data, options),
    preventive: preventiveCompliance(data, options),
    volume: ticketVolume(data, options),
  };
  const byAssetEntries = { reliability: reliabilityOfPeriod.byAssetEntries, lostHours: run.byAssetEntries, tco: tcoOfPeriod.byAssetEntries };
  return { kpis, lostSums: run.sums, byAssetEntries };
}

/** Whether a KPI set holds a money figure (so the currency is one of its assumptions). */
function hasMoney(kpis: KpiSet): boolean {
  return kpis.lostHours.cost !== null || kpis.tco.total !== null;
}

/**
 * A quality report as a single-client report may show it: the counts of the whole file, without
 * the located issues whose message names another client (DESIGN §6: a client's review carries no
 * other client's name).
 */
function qualityFor(quality: QualityReport | null, client: string | null, clients: readonly string[]): QualityReport | null {
  if (quality === null || client === null) return quality;
  const others = clients.filter((name) => name !== client && !client.includes(name));
  if (others.length === 0) return quality;
  return { ...quality, issues: quality.issues.filter((issue) => !others.some((name) => issue.message.includes(name))) };
}

/**
 * The latest event instant in the tickets (opened, first response, resolved, closed), at or
 * before `notAfter` when given (instants after it are left out: dates flagged in the future).
 *
 * @example latestTimestamp(tickets, quality.futureAfter); // the latest credible "now" of the data
 */
export function latestTimestamp(tickets: TicketTable, notAfter = Infinity): number | null {
  const columns = ticketColumns(tickets);
  let latest = -Infinity;
  for (const column of [columns.openedAt, columns.firstResponseAt, columns.resolvedAt, columns.closedAt]) {
    for (let i = 0; i < column.length; i++) {
      const value = column[i]!;
      if (value > latest && value <= notAfter) latest = value;
    }
  }
  return Number.isFinite(latest) ? latest : null;
}

/** Past this many days after every other date, dates in the future are strays however many they are. */
const FUTURE_STRAY_DAYS = 365;
/** Up to this share of a file's tickets (of 100 or more), dates in the future are strays. */
const FUTURE_STRAY_SHARE = 0.01;

/**
 * The instant after which the tickets' dates are not taken for the default asOf: `Infinity`
 * (DESIGN §4's latest instant anywhere) unless the dates past the reading's "now"
 * (`quality.futureAfter`) hold strays — all of them when they are few in a large file (on at most
 * 1 % of 100 tickets or more), else those after a gap of a year or more (a resolution typed 2062:
 * the cut is the last date before that gap, so near-future dates beside it still count). A file
 * dated ahead of the machine's clock (a test set written for next month, a review prepared on a
 * machine whose clock is late) keeps DESIGN's rule: the audit of 2026-12-05 read four tickets of
 * 20 Nov – 20 Dec 2026 on 5 Dec, and the two after that day were left out of every figure. The
 * dates stay flagged `future-date` either way.
 *
 * @example futureCut(read.table, read.quality); // => Date.parse('2026-04-01T00:00:00Z'), or Infinity
 */
export function futureCut(tickets: TicketTable, quality?: Pick<QualityReport, 'futureAfter'> | null): number {
  const now = quality?.futureAfter;
  if (now === undefined) return Infinity;
  const credible = latestTimestamp(tickets, now);
  if (credible === null) return Infinity;
  const columns = ticketColumns(tickets);
  const dates = [columns.openedAt, columns.firstResponseAt, columns.resolvedAt, columns.closedAt];
  const n = tickets.numRows();
  let futureRows = 0;
  const future: number[] = [];
  for (let row = 0; row < n; row++) {
    let any = false;
    for (const column of dates) {
      const value = column[row]!;
      if (value > now) {
        future.push(value);
        any = true;
      }
    }
    if (any) futureRows++;
  }
  if (futureRows === 0) return Infinity;
  if (n >= 100 && futureRows <= FUTURE_STRAY_SHARE * n) return now;
  future.sort((a, b) => a - b);
  let last = credible;
  for (const value of future) {
    if (value - last >= FUTURE_STRAY_DAYS * 86_400_000) return last;
    last = value;
  }
  return Infinity;
}

/**
 * The default asOf of a report (DESIGN §4), at the minute: the latest instant of the tickets,
 * leaving out dates in the future that are strays ({@link futureCut}); null when no ticket has a
 * date. The tickets opened after it are left out of the report.
 *
 * @example defaultAsOf(read.table, read.quality); // => Date.parse('2026-03-12T10:00:00Z')
 */
export function defaultAsOf(tickets: TicketTable, quality?: Pick<QualityReport, 'futureAfter'> | null): number | null {
  const latest = latestTimestamp(tickets, futureCut(tickets, quality));
  return latest === null ? null : floorToMinute(latest);
}

/**
 * `asOf` as given: epoch ms, or ISO text read in the policy's zone when it has no offset.
 * Default: the latest instant of the tickets up to `cut`, stray dates in the future left out (a
 * resolution typed 2062 is no credible "now": {@link futureCut}), as {@link defaultAsOf}.
 */
function resolveAsOf(tickets: TicketTable, asOf: number | string | undefined, timezone: string, quality: QualityReport | null, cut: number): number {
  const file = quality?.file;
  if (asOf === undefined) {
    // defaultAsOf's rule, with the cut buildReport found once.
    const latest = latestTimestamp(tickets, cut);
    // A header without rows (or every row rejected) is said as such, with the file's name.
    const where = file === undefined ? {} : { file };
    if (latest === null && tickets.numRows() === 0) throw new RevueError('no-tickets', 'no ticket was read (no data row, or every row rejected), so there is nothing to report on', where);
    if (latest === null) throw new RevueError('no-tickets', 'no ticket has a date, so there is nothing to report on', where);
    return floorToMinute(latest);
  }
  const ms = typeof asOf === 'number' ? asOf : instantInZone(String(asOf), timezone);
  if (!Number.isFinite(ms)) throw new RevueError('as-of', `as-of: "${String(asOf)}" is not an ISO instant`);
  return floorToMinute(ms);
}

function resolvePeriod(
  period: string | Period | undefined,
  openings: ArrayLike<number>,
  asOf: number,
  timezone: string,
): { period: Period; chosenBy: PeriodChoice } {
  if (period === undefined) return defaultPeriod(openings, asOf, timezone);
  return { period: typeof period === 'string' ? parsePeriod(period, timezone) : period, chosenBy: 'given' };
}

/** The previous period, or null when it falls outside 1970–2100 (DESIGN §4: absent, not an error). */
function previousOrNull(period: Period, timezone: string): Period | null {
  try {
    return previousPeriod(period, timezone);
  } catch (error) {
    if (error instanceof RevueError && error.code === 'period') return null;
    throw error;
  }
}

function serialisePeriod(period: Period): ReportPeriod {
  return {
    label: period.label,
    kind: period.kind,
    start: new Date(period.start).toISOString(),
    end: new Date(period.end).toISOString(),
  };
}

/** Whether the policy, or one of its client overrides, lists pause statuses. */
function listsPauseStatuses(policy: Policy): boolean {
  return policy.pauseStatuses.length > 0 || Object.values(policy.clients).some((client) => client.pauseStatuses.length > 0);
}

/** Whether some ticket has a paused time (its export's column, or measured from an event log). */
function hasPausedTime(tickets: TicketTable): boolean {
  const paused = ticketColumns(tickets).pausedMinutes;
  for (let row = 0; row < paused.length; row++) if (paused[row] === paused[row]) return true; // not NaN
  return false;
}

/** How many tickets were opened after `asOf` (at the minute, as every KPI reads instants). */
function openedAfter(tickets: TicketTable, asOf: number): number {
  const opened = ticketColumns(tickets).openedAt;
  // asOf is at the minute: a ticket opened within its minute is not after it.
  const limit = asOf + 60_000;
  let count = 0;
  for (let row = 0; row < opened.length; row++) if (opened[row]! >= limit) count++;
  return count;
}

/**
 * The data without the `count` tickets opened after `asOf`, its ticket quality report counting
 * them under the warning `opened-after-as-of` (the rows stay accepted: they were read).
 */
function withoutOpenedAfter(data: ReportData, asOf: number, count: number): ReportData {
  const opened = ticketColumns(data.tickets).openedAt;
  const limit = asOf + 60_000;
  const tickets = selectRows(data.tickets, (row) => opened[row]! < limit);
  const quality = data.quality?.tickets ?? null;
  const counted = quality === null ? null : { ...quality, warnings: { ...quality.warnings, 'opened-after-as-of': count } };
  return { ...data, tickets, quality: { ...data.quality, tickets: counted } };
}

/**
 * The tickets' distinct client values in order of first appearance: of every ticket (`all`), and
 * of the tickets opened by `asOf` (`byAsOf`, as {@link withoutOpenedAfter} keeps them) — one
 * pass over the column for both.
 */
function ticketClientsOf(tickets: TicketTable, asOf: number): { all: (string | null)[]; byAsOf: (string | null)[] } {
  const { client, openedAt } = ticketColumns(tickets);
  const limit = asOf + 60_000;
  const opened = new Map<string | null, boolean>(); // whether some ticket of the client is opened by asOf
  const all: (string | null)[] = [];
  const byAsOf: (string | null)[] = [];
  for (let row = 0; row < client.length; row++) {
    const name = client[row] ?? null;
    const early = openedAt[row]! < limit;
    const seen = opened.get(name);
    if (seen === undefined) {
      opened.set(name, early);
      all.push(name);
      if (early) byAsOf.push(name);
    } else if (!seen && early) {
      opened.set(name, true);
      byAsOf.push(name);
    }
  }
  return { all, byAsOf };
}

/** The rows of `client`, spelled exactly so (two spellings on the tickets are two clients). */
function onlyClient<T extends TicketTable | AssetTable>(table: T, client: string): T {
  const clients = table.column('client') as ArrayLike<string | null>;
  return selectRows(table, (row) => clients[row] === client);
}

/**
 * The data with the asset file's clients written as the tickets write them, where the inventory
 * spells a client otherwise ("ACME" for "Acme": {@link inventorySpellings}), so that a client's
 * review takes its assets, its policy prices them and every breakdown has one key for it. The
 * same object when nothing is respelled.
 */
export function withTicketSpellings<D extends Pick<ReportData, 'tickets' | 'assets'>>(data: D, ticketClients?: readonly (string | null)[]): D {
  const assets = data.assets ?? null;
  if (assets === null) return data;
  const columns = assetColumns(assets);
  const spellings = inventorySpellings(distinct(ticketClients ?? ticketColumns(data.tickets).client), columns.client);
  if (spellings.size === 0) return data;
  const client = Array.from(columns.client, (name) => (name ? (spellings.get(name) ?? name) : name));
  return { ...data, assets: assetTable({ ...columns, client }, assets.numRows()) };
}

/** The distinct values of a column, in order of first appearance. */
function distinct(values: ArrayLike<string | null>): Set<string | null> {
  const out = new Set<string | null>();
  // Index loop: a for…of over a million-row column allocates an iterator result per row.
  for (let row = 0; row < values.length; row++) out.add(values[row]!);
  return out;
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
    // The inventory's spellings of the tickets' clients are those clients (`withTicketSpellings`).
    const spellings = inventorySpellings(seen, assetColumns(assets).client);
    const assetClients = assetColumns(assets).client;
    for (let row = 0; row < assetClients.length; row++) {
      const value = assetClients[row];
      if (value && !spellings.has(value)) seen.add(value);
    }
  }
  return [...seen].sort((a, b) => a.localeCompare(b));
}

/**
 * The purchase cost of each of `ids` that has one (of its last row with one): the findings look
 * up only the assets past their useful life, so the other hundred thousand are not mapped.
 */
function purchaseCosts(assets: AssetTable, ids: readonly string[]): Map<string, number> {
  const costs = new Map<string, number>();
  if (ids.length === 0) return costs;
  const wanted = new Set(ids);
  const columns = assetColumns(assets);
  for (let i = 0; i < columns.id.length; i++) {
    const id = columns.id[i];
    const cost = columns.purchaseCost[i]!;
    if (id && Number.isFinite(cost) && wanted.has(id)) costs.set(id, cost);
  }
  return costs;
}

/**
 * The replacement plan with the corrective costs of its assets not measured when the period's
 * incidents mostly name assets the asset file lacks (`assets-not-in-file`, see
 * `fleetUnmeasured`): the file's assets then cost nothing to repair only because no ticket names
 * them, not because none was spent (a ticket export paired with another site's inventory).
 */
function replacementWithoutUnmatched(plan: ReplacementResult, current: KpiSet | null): ReplacementResult {
  if (current === null || fleetUnmeasured(current.reliability) !== 'assets-not-in-file') return plan;
  const assets = plan.assets.map((asset) => (asset.correctiveCost === null ? asset : { ...asset, correctiveCost: null, correctiveCostReason: 'assets-not-in-file' as const }));
  return { ...plan, assets };
}

/**
 * Whether a ticket (by id) is still open at `asOf`, by the preparation's own rule (the SLA's):
 * not closed at an unknown time, and no resolution or closing instant by then (a status open or
 * pending keeps it open whatever its dates). For the late tickets a closing job leaves listed.
 */
function openAt(prepared: PreparedReview, asOf: number): (id: string) => boolean {
  const { columns, resolution, endUnknown } = prepared;
  const open = new Set<string>();
  for (let row = 0; row < prepared.rows; row++) {
    const id = columns.id[row];
    if (id && endUnknown[row] === 0 && !(resolution[row]! <= asOf)) open.add(id);
  }
  return (id) => open.has(id);
}
