/**
 * The defaults a headline figure rests on, to be said beside that figure (DESIGN §2: "the
 * dashboard shows them beside the figures they affect"), not only in the list of assumptions at
 * the end of the review. A new user's export without a policy reads "Resolution SLA 73.1 %"
 * against targets nobody set, on a calendar nobody chose; without a type column, every ticket is
 * an incident; without a count of affected users, each incident stops one person. The sources
 * stay the report's own: `assumptions` (what the figures used, with the values) and
 * `ticketTypes` (the tickets read without a type, {@link NO_TYPE_KEY}).
 */
import { NO_TYPE_KEY } from './incident-types.js';
import type { QualityReport } from '../ingest/types.js';
import type { Assumption, Report } from './types.js';

/** A default SLA target: its priority and its value as `assumptionValue` writes it (null: no target). */
export interface DefaultTarget {
  priority: string;
  target: { response: string; resolution: string; clock: string } | null;
}

/**
 * The defaults beside the figures of a review; each part null (or false) when the figure rests on
 * no default of that kind.
 */
export interface FigureDefaults {
  /**
   * The SLA figures: the default targets used (priority order), and the calendar values taken
   * from the defaults (opening hours, public holidays, time zone; null each when the policy sets
   * it). Null when neither a target nor the calendar is a default.
   */
  sla: {
    targets: DefaultTarget[];
    /** Opening hours by day (`{ mon: ['09:00-17:00'], … }`) when they are the defaults. */
    hours: Record<string, string[]> | null;
    /** Public holidays (`{ country, region }`) when they are the defaults. */
    holidays: { country: string | null; region: string | null } | null;
    /** The time zone the hours are read in (the report's), and whether it is the default. */
    timezone: string;
    timezoneDefault: boolean;
  } | null;
  /**
   * Tickets read without a type, so taken as incidents (DESIGN §2, type default `incident`):
   * `all` when no ticket of the export has a type (no type column, or an empty one).
   */
  untyped: { tickets: number; all: boolean } | null;
  /** An incident's export did not say how many users it affected: one was counted (`affectedUsers`). */
  usersDefault: boolean;
  /**
   * Most tickets that ended have a closing instant and no resolution one (`QualityReport.closingEnds`,
   * at least half of `ended`): the resolution SLA, repair times and hours lost run to the closings
   * (DESIGN §5), which follow the resolutions by however long the tool waits to close; `batch` when
   * the closings bunch at one clock hour (a closing job, e.g. ServiceNow's auto-close), those
   * figures are not measured (`ends-are-closings`, closing-ends.ts) and this says why. Absent otherwise.
   */
  closingEnds?: NonNullable<QualityReport['closingEnds']>;
}

/**
 * What the figures of a report rest on by default, for the sentences beside them. A period the
 * data do not cover has no figure, so nothing rests on anything.
 *
 * @example
 * figureDefaults(reportWithoutPolicy);
 * // => { sla: { targets: [{ priority: 'P1', target: { response: '1h', resolution: '4h', clock: '24x7' } }, …],
 * //          hours: { mon: ['09:00-17:00'], …, sat: [], sun: [] }, holidays: { country: null, region: null }, timezone: 'UTC', timezoneDefault: true },
 * //     untyped: { tickets: 5000, all: true }, usersDefault: true }
 */
export function figureDefaults(report: Pick<Report, 'assumptions' | 'timezone' | 'coverage'> & Partial<Pick<Report, 'ticketTypes' | 'dataQuality'>>): FigureDefaults {
  if (!report.coverage.covered) return { sla: null, untyped: null, usersDefault: false };
  const value = (key: string) => report.assumptions.find((assumption) => assumption.key === key);
  const targets = report.assumptions
    .filter((assumption) => assumption.key.startsWith('sla.P'))
    .map((assumption) => ({ priority: assumption.key.slice('sla.'.length), target: assumption.value as DefaultTarget['target'] }));
  // The calendar and its time zone count beside the SLA only where its business clock read them:
  // a policy of round-the-clock targets leaves the default hours to the hours lost alone.
  const slaRead = (assumption: Assumption | undefined) => (assumption?.usedBy?.includes('sla') === true ? assumption : undefined);
  const hours = slaRead(value('calendar.hours'));
  const holidays = slaRead(value('calendar.holidays'));
  const timezoneDefault = slaRead(value('timezone')) !== undefined;
  const sla =
    targets.length > 0 || hours !== undefined || holidays !== undefined || timezoneDefault
      ? {
          targets,
          hours: hours === undefined ? null : (hours.value as Record<string, string[]>),
          holidays: holidays === undefined ? null : (holidays.value as { country: string | null; region: string | null }),
          timezone: report.timezone,
          timezoneDefault,
        }
      : null;
  const types = report.ticketTypes;
  const withoutType = types?.byType[NO_TYPE_KEY] ?? 0;
  const untyped = types === undefined || withoutType === 0 ? null : { tickets: withoutType, all: withoutType === types.tickets };
  const ends = report.dataQuality?.tickets?.closingEnds;
  const closingEnds = ends !== undefined && mostEndsAreClosings(ends) ? ends : null;
  // Absent rather than null when there is nothing to say: callers built before it compare the other three.
  return { sla, untyped, usersDefault: value('affectedUsers') !== undefined, ...(closingEnds === null ? {} : { closingEnds }) };
}

/**
 * Whether the closings standing for resolutions are at least half of the tickets' ends: the rule
 * of the line beside the figures and, with a batch, of the figures not measured (closing-ends.ts).
 *
 * @example
 * mostEndsAreClosings({ tickets: 9998, ended: 9998, batch: { hour: 0, closings: 9184 } }); // => true
 */
export function mostEndsAreClosings(ends: NonNullable<QualityReport['closingEnds']>): boolean {
  return 2 * ends.tickets >= ends.ended;
}
