/**
 * SLA rates the export cannot support: where no more tickets are judged (met or breached) than
 * closed at an unknown time (DESIGN §3: resolved or closed, no resolution date). An open ticket is
 * only judged once late; a closed one without a date is never judged. So when most ends are
 * unknown, the judged tickets are mostly the open ones already late: a GLPI list exported without
 * its solve date read "Resolution SLA met 0% (0/7, 472 closed at an unknown time)", while GLPI's
 * own verdicts said 338 of 436 met. The rate is null (`ends-unknown`), in the period's figure and
 * in each breakdown judged alone; the counts stay, so the review still says what was seen. The
 * same rule keeps the "SLA below target" finding quiet (`slaJudgedAgainstTarget`).
 */
import { mostlyUnknown } from '../kpi/common.js';
import type { SlaOutcome, SlaPair } from '../kpi/types.js';
import { mapSlaPairs } from './time-of-day.js';
import type { KpiSet } from './types.js';

/**
 * Whether an outcome's rate rests on too few judged tickets beside those closed at an unknown time.
 *
 * @example
 * endsMostlyUnknown({ met: 0, breached: 7, pending: 12, unknown: 472, adherence: 0, medianHours: 900, p90Hours: 2000 }); // => true
 */
export function endsMostlyUnknown(outcome: SlaOutcome | null): boolean {
  return outcome !== null && mostlyUnknown(outcome.met + outcome.breached, outcome.unknown);
}

function rateOff(outcome: SlaOutcome | null): SlaOutcome | null {
  return outcome !== null && outcome.adherence !== null && endsMostlyUnknown(outcome) ? { ...outcome, adherence: null } : outcome;
}

function pairOff<T extends SlaPair>(pair: T): T {
  const response = rateOff(pair.response);
  const resolution = rateOff(pair.resolution);
  return response === pair.response && resolution === pair.resolution ? pair : { ...pair, response, resolution };
}

function responseOff<T extends SlaPair>(pair: T): T {
  const response = pair.response;
  return response === null || response.adherence === null ? pair : { ...pair, response: { ...response, adherence: null } };
}

function resolutionOff<T extends SlaPair>(pair: T): T {
  const resolution = pair.resolution;
  return resolution === null || resolution.adherence === null ? pair : { ...pair, resolution: { ...resolution, adherence: null } };
}

/**
 * A period's figures with every SLA rate that {@link endsMostlyUnknown} null, in the period and
 * in each breakdown judged alone. With `openOnly` (the export holds no ticket that ended,
 * end-state.ts `noTicketEnded`) every resolution rate is null too: its judged tickets are open
 * ones already late, the rate 0% by construction (`open-only`). With `fewResponses` (fewer than
 * half of the tickets that ended have a first response, end-state.ts `responsesMostlyMissing`)
 * every response rate is null: it would mostly repeat the resolution (`few-responses`). Without
 * `endsUnknown` (a file too small to judge its ends by, end-state.ts `EVIDENCE_MIN_TICKETS`) the
 * rates stand beside their unknown counts, as DESIGN §5 defines them. The counts stay.
 *
 * @example
 * withoutUnjudgedRates(kpis).sla.resolution?.adherence; // => null for the GLPI list above
 */
export function withoutUnjudgedRates(kpis: KpiSet, openOnly = false, fewResponses = false, endsUnknown = true): KpiSet {
  if (!openOnly && !fewResponses) return endsUnknown ? { ...kpis, sla: mapSlaPairs(kpis.sla, pairOff) } : kpis;
  return {
    ...kpis,
    sla: mapSlaPairs(kpis.sla, (pair) => {
      const off = endsUnknown ? pairOff(pair) : pair;
      const resolved = openOnly ? resolutionOff(off) : off;
      return fewResponses ? responseOff(resolved) : resolved;
    }),
  };
}
