/**
 * `notMeasured` (DESIGN §5): each headline figure of a report that is null, with the reason from
 * the fixed catalogue `NOT_MEASURED_REASONS`. Breakdown entries (per priority, client, asset…)
 * are null for the same reasons as their headline figure and are not listed one by one.
 */
import { endsMostlyUnknown } from './unjudged.js';
import { lostHoursMostlyUnknown, outagesMostlyUnknown, repairsMostlyUnknown } from './lengths-unknown.js';
import { fleetUnmeasured } from '../kpi/reliability/reliability.js';
import type { KpiSet, NotMeasured, NotMeasuredReason } from './types.js';

/** What a period's figures could not be measured from, besides the KPI results themselves. */
export interface MeasurabilityContext {
  /** Why the period has no figures at all (not covered, or no previous period); null when covered. */
  absent: NotMeasuredReason | null;
  /** `figure` paths get this prefix: `''` for the period, `'previous.'` for the previous one. */
  prefix: string;
  /** The export has tickets but none read as an incident: the incident figures are null for that reason. */
  noIncidentType?: boolean;
  /** The durations the export's dates (days without a time of day) cannot measure: null for `no-time-of-day`. */
  untimed?: { response: boolean; resolution: boolean };
  /**
   * The export says nothing of how tickets ended (end-state.ts): the backlog, the resolution SLA,
   * the failures and every figure of incident lengths are null for `no-end-state`.
   */
  endless?: boolean;
  /**
   * The export holds no ticket that ended (end-state.ts `noTicketEnded`): the resolution rate is
   * null for `open-only`, its counts kept.
   */
  openOnly?: boolean;
  /**
   * Fewer than half of the tickets that ended have a first response (end-state.ts
   * `responsesMostlyMissing`): the response rate is null for `few-responses`, its counts kept.
   */
  fewResponses?: boolean;
  /**
   * Most ends are the closings of a job (closing-ends.ts): the resolution rate, the reliability
   * hours and the lost hours are null for `ends-are-closings`, their counts kept.
   */
  closings?: boolean;
}

/** The figure of the parts of the TCO that are not a category. */
const EXCLUSION_FIGURES: Record<string, string> = {
  labour: 'tco.labour',
  'technician-time': 'tco.labour.technicianCost',
  'direct-costs': 'tco.labour.directCost',
};

/** The fleet counts at asOf that only an asset file can give. */
const FLEET_ASSET_FIGURES = ['fleet.outOfWarranty', 'fleet.pastUsefulLife', 'fleet.warrantyExpiringSoon'] as const;

/** The KPI keys whose figures belong to a period (fleet's asOf state does not). */
const PERIOD_KPIS = ['sla', 'recurrence', 'reliability', 'lostHours', 'tco', 'preventive'] as const;

/**
 * The null headline figures of one period and why, in report order.
 *
 * @example
 * notMeasuredOf(report, { absent: null, prefix: '' });
 * // => [{ figure: 'sla.response', reason: 'no-response-time' }, { figure: 'lostHours.cost', reason: 'no-rate' }, …]
 */
export function notMeasuredOf(kpis: KpiSet, context: MeasurabilityContext): NotMeasured[] {
  const { prefix } = context;
  const out: NotMeasured[] = [];
  const add = (figure: string, reason: NotMeasuredReason) => out.push({ figure: prefix + figure, reason });
  const endless = context.endless === true;
  // The backlog is the state at asOf, the same for both periods: said once, with this period's.
  if (endless && prefix === '') {
    add('fleet.backlog', 'no-end-state');
    add('backlogTrend', 'no-end-state');
  }
  // Warranties and useful lives at asOf are read from the asset file: without one only the assets
  // named on tickets are known, with no warranty end or in-service date, and the counts would read
  // 0 out of warranty of a fleet nobody listed. The state at asOf: said once, with this period's.
  const fleetAssets = () => {
    if (prefix === '' && kpis.reliability.assetFile === false) for (const figure of FLEET_ASSET_FIGURES) add(figure, 'no-assets');
  };
  if (context.absent !== null) {
    for (const kpi of PERIOD_KPIS) add(kpi, context.absent);
    add('fleet.maintenanceMix', context.absent);
    fleetAssets();
    return out;
  }

  const { sla, recurrence, reliability, lostHours, tco, fleet } = kpis;
  // Tickets there were, but none with a target (no priority column, as in a ServiceNow list of
  // number/state/dates): "nothing to measure in this period" would hide why.
  const noTarget = sla.tickets !== null && sla.tickets > 0 && sla.withoutTarget === sla.tickets;
  const untimed = context.untimed ?? { response: false, resolution: false };
  if (untimed.response) add('sla.response', 'no-time-of-day');
  else if (sla.response === null) add('sla.response', 'no-response-time');
  else if (sla.response.adherence === null) {
    add('sla.response.adherence', endsMostlyUnknown(sla.response) ? 'ends-unknown' : context.fewResponses === true ? 'few-responses' : noTarget ? 'no-target' : 'no-data-in-period');
  }
  if (endless) add('sla.resolution', 'no-end-state');
  else if (untimed.resolution) add('sla.resolution', 'no-time-of-day');
  else if (context.openOnly === true && sla.resolution !== null) add('sla.resolution.adherence', 'open-only');
  // Judged on closings (closing-ends.ts): only where tickets were judged, else the reason below stands.
  else if (context.closings === true && sla.resolution !== null && sla.resolution.met + sla.resolution.breached > 0) add('sla.resolution.adherence', 'ends-are-closings');
  else if (sla.resolution !== null && sla.resolution.adherence === null) add('sla.resolution.adherence', endsMostlyUnknown(sla.resolution) ? 'ends-unknown' : noTarget ? 'no-target' : 'no-data-in-period');

  if (context.noIncidentType === true) {
    // No ticket is an incident: every figure that counts incidents, for that one reason.
    add('recurrence', 'no-incident-type');
    add('reliability', 'no-incident-type');
    add('lostHours', 'no-incident-type');
  } else {
    if (recurrence.rate === null) {
      // Incidents there were, but too few carry the key (none, or under minKeyedShare of them).
      add('recurrence.rate', recurrence.keyedShare === null ? 'no-data-in-period' : 'too-few-keyed');
    }

    const figures = reliability.fleet;
    const unmatched = fleetUnmeasured(reliability);
    if (unmatched !== null) {
      // Too few incidents name an asset (of the file): the fleet's ratios say nothing of the fleet.
      for (const figure of ['availability', 'mtbfHours', 'mttrHours']) add(`reliability.fleet.${figure}`, unmatched);
    } else if (endless) {
      // Which tickets ended is not known (end-state.ts): no outage has a length, and overlapping
      // incidents cannot be merged into failures. Without an inventory, said first as above.
      const noInventory = reliability.assetFile === false && figures.assets !== null && figures.assets > 0;
      for (const figure of ['availability', 'mtbfHours']) add(`reliability.fleet.${figure}`, noInventory ? 'no-assets' : 'no-end-state');
      add('reliability.fleet.mttrHours', 'no-end-state');
      add('reliability.fleet.failures', 'no-end-state');
    } else if (untimed.resolution) {
      // Outage lengths from days without a time of day (see time-of-day.ts): the hours, not the
      // failures. Without an inventory the fleet's uptime was unknown anyway, which is said first.
      const noInventory = reliability.assetFile === false && figures.assets !== null && figures.assets > 0;
      for (const figure of ['availability', 'mtbfHours']) add(`reliability.fleet.${figure}`, noInventory ? 'no-assets' : 'no-time-of-day');
      add('reliability.fleet.mttrHours', 'no-time-of-day');
    } else if (figures.mttrHours === null && figures.downtimeHours === null && outagesMostlyUnknown(figures)) {
      // Most outages closed at an unknown time (lengths-unknown.ts): their hours would be a floor.
      const noInventory = reliability.assetFile === false && figures.assets !== null && figures.assets > 0;
      for (const figure of ['availability', 'mtbfHours']) add(`reliability.fleet.${figure}`, noInventory ? 'no-assets' : 'lengths-unknown');
      add('reliability.fleet.mttrHours', 'lengths-unknown');
    } else if (context.closings === true && figures.assets !== null && figures.assets > 0) {
      // Most ends are the closings of a job (closing-ends.ts): outage lengths run to them.
      const noInventory = reliability.assetFile === false;
      for (const figure of ['availability', 'mtbfHours']) add(`reliability.fleet.${figure}`, noInventory ? 'no-assets' : 'ends-are-closings');
      add('reliability.fleet.mttrHours', 'ends-are-closings');
    } else {
      // Without an asset inventory only the assets that failed are known: no fleet uptime.
      const noInventory = reliability.assetFile === false && figures.assets !== null && figures.assets > 0;
      if (noInventory) add('reliability.fleet.availability', 'no-assets');
      else if (figures.availability === null) add('reliability.fleet.availability', 'no-data-in-period');
      if (figures.assets !== null && figures.assets > 0) {
        if (noInventory) add('reliability.fleet.mtbfHours', 'no-assets');
        else if (figures.mtbfHours === null) add('reliability.fleet.mtbfHours', 'no-failure');
        // Repairs no more than outages closed at an unknown time (lengths-unknown.ts): a mean of a few.
        if (figures.mttrHours === null) add('reliability.fleet.mttrHours', figures.failures === 0 ? 'no-failure' : repairsMostlyUnknown(figures) ? 'lengths-unknown' : 'no-repair');
      }
    }

    if (endless) add('lostHours', 'no-end-state');
    else if (untimed.resolution) add('lostHours', 'no-time-of-day');
    else if (lostHours.totalHours === null && lostHoursMostlyUnknown(lostHours)) add('lostHours', 'lengths-unknown');
    else if (context.closings === true && lostHours.incidents !== null) add('lostHours', 'ends-are-closings');
    else {
      if (lostHours.cost === null) add('lostHours.cost', 'no-rate');
      if (lostHours.perEmployeePerYear === null) add('lostHours.perEmployeePerYear', lostHours.perEmployeePerYearReason ?? 'no-headcount');
    }

    if (lostHours.effortHours === null) add('lostHours.effortHours', 'not-recorded');
  }
  for (const exclusion of tco.excluded) add(EXCLUSION_FIGURES[exclusion.part] ?? `tco.byCategory.${exclusion.part}`, exclusion.reason);
  if (tco.perUser === null) add('tco.perUser', 'no-headcount');
  if (tco.unallocated === null && tco.total !== null) {
    // Neither labour nor downtime measured beside a measured total: the costs of tickets without
    // an asset are not, for the reason labour (else downtime) is not. (No total: its parts say why.)
    // Labour unpriced part by part (no rate for the effort, no cost column) says why by its time.
    const part = ['labour', 'technician-time', 'downtime'].map((name) => tco.excluded.find((exclusion) => exclusion.part === name)).find((found) => found !== undefined);
    if (part !== undefined) add('tco.unallocated', part.reason);
  }

  if (fleet.maintenanceMix === null) add('fleet.maintenanceMix', fleet.maintenanceHours === null ? 'not-recorded' : 'no-data-in-period');
  fleetAssets();
  for (const entry of kpis.preventive.notMeasured) add(entry.figure, entry.reason);
  if (context.noIncidentType === true && kpis.preventive.effort.preventiveHours !== null) add('preventive.effort.correctiveIncidents', 'no-incident-type');
  return out;
}
