/**
 * Time-zone arithmetic without a `Date` per call: the UTC offset of a zone is looked up in a
 * table of offset changes built once per (zone, UTC year) with `tzOffset` from `@date-fns/tz`
 * (which reads the runtime's IANA data through `Intl`). Instants are epoch milliseconds; a
 * "naive local" value is the local wall-clock reading written as if it were UTC
 * (`Date.UTC(y, m - 1, d, h, min)`), so local days are `floor(naive / DAY_MS)`.
 *
 * Offset changes are found to the minute by sampling every 12 hours and bisecting (the runtime
 * has no API listing transitions; `tzScan` of `@date-fns/tz` scans at whole hours, which misses
 * the half-hour transitions of zones such as Asia/Tehran before 2022).
 */
import { tzOffset } from '@date-fns/tz';
import { RevueError } from '../internal/errors.js';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../internal/time.js';

/** First and last year a calendar or period may touch (DESIGN §4 supported range). */
export const MIN_YEAR = 1970;
export const MAX_YEAR = 2100;

/**
 * Zone tables cover two extra UTC years each side, so that every local year an instant of
 * 1970–2100 can fall in (1969–2101) is complete, with a day's margin.
 */
const FIRST_TABLE_YEAR = MIN_YEAR - 2;
const LAST_TABLE_YEAR = MAX_YEAR + 2;
const YEAR_STARTS: Float64Array = (() => {
  const starts = new Float64Array(LAST_TABLE_YEAR - FIRST_TABLE_YEAR + 2);
  for (let y = FIRST_TABLE_YEAR; y <= LAST_TABLE_YEAR + 1; y++) starts[y - FIRST_TABLE_YEAR] = Date.UTC(y, 0, 1);
  return starts;
})();

/** The UTC calendar year of an instant, or NaN outside the tables (1968–2102). */
export function utcYear(ms: number): number {
  if (!(ms >= YEAR_STARTS[0]! && ms < YEAR_STARTS[YEAR_STARTS.length - 1]!)) return NaN;
  let i = Math.floor((ms - YEAR_STARTS[0]!) / (365.2425 * DAY_MS));
  if (i < 0) i = 0;
  if (i > YEAR_STARTS.length - 2) i = YEAR_STARTS.length - 2;
  while (ms < YEAR_STARTS[i]!) i--;
  while (ms >= YEAR_STARTS[i + 1]!) i++;
  return FIRST_TABLE_YEAR + i;
}

/** The start (UTC ms) of a UTC year within the tables. */
export function utcYearStart(year: number): number {
  return YEAR_STARTS[year - FIRST_TABLE_YEAR]!;
}

/** Offset changes inside one UTC year: `offsets[0]` holds from the year start until `changes[0]`. */
interface YearOffsets {
  changes: number[];
  /** Offsets in milliseconds, one more than `changes`. */
  offsets: number[];
}

/** A stretch of time with one UTC offset: `[start, end)` in UTC ms, offset in ms. */
export interface OffsetSegment {
  start: number;
  end: number;
  offset: number;
}

/** Whether the runtime knows an IANA time-zone name. */
export function isValidTimeZone(timezone: string): boolean {
  if (typeof timezone !== 'string' || timezone === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

const SAMPLE_MS = 12 * HOUR_MS;

/** The offset tables of one time zone, filled lazily per UTC year. */
export class Zone {
  readonly timezone: string;
  private readonly years: (YearOffsets | undefined)[] = [];
  private readonly probe = new Date(0);

  constructor(timezone: string) {
    if (!isValidTimeZone(timezone)) throw new RevueError('calendar', `"${String(timezone)}" is not a known time zone`);
    this.timezone = timezone;
  }

  private offsetMsAt(ms: number): number {
    this.probe.setTime(ms);
    return Math.round(tzOffset(this.timezone, this.probe) * MINUTE_MS);
  }

  private year(year: number): YearOffsets {
    const index = year - FIRST_TABLE_YEAR;
    const cached = this.years[index];
    if (cached !== undefined) return cached;
    const start = utcYearStart(year);
    const end = utcYearStart(year + 1);
    const changes: number[] = [];
    const offsets: number[] = [this.offsetMsAt(start)];
    let previousTime = start;
    let previousOffset = offsets[0]!;
    for (let t = Math.min(start + SAMPLE_MS, end - MINUTE_MS); ; t = Math.min(t + SAMPLE_MS, end - MINUTE_MS)) {
      const offset = this.offsetMsAt(t);
      if (offset !== previousOffset) {
        // Bisect on whole minutes for the first minute with the new offset.
        let lo = previousTime;
        let hi = t;
        while (hi - lo > MINUTE_MS) {
          const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
          if (this.offsetMsAt(mid) === previousOffset) lo = mid;
          else hi = mid;
        }
        changes.push(hi);
        offsets.push(offset);
        previousOffset = offset;
      }
      previousTime = t;
      if (t >= end - MINUTE_MS) break;
    }
    const built = { changes, offsets };
    this.years[index] = built;
    return built;
  }

  /**
   * The UTC offset in milliseconds at an instant (local = instant + offset): from the tables in
   * 1968–2102, straight from `tzOffset` (uncached) for other finite instants, NaN for NaN.
   */
  offsetAt(ms: number): number {
    const y = utcYear(ms);
    if (Number.isNaN(y)) return Number.isFinite(ms) ? this.offsetMsAt(ms) : NaN;
    const { changes, offsets } = this.year(y);
    let i = 0;
    while (i < changes.length && ms >= changes[i]!) i++;
    return offsets[i]!;
  }

  /** The segments of constant offset that cover `[from, to)` (clipped to it). */
  segments(from: number, to: number): OffsetSegment[] {
    const out: OffsetSegment[] = [];
    const firstYear = utcYear(from);
    const lastYear = utcYear(to - 1);
    if (Number.isNaN(firstYear) || Number.isNaN(lastYear)) {
      throw new RevueError('calendar', `instant ${new Date(from).toISOString()} is outside ${MIN_YEAR}–${MAX_YEAR}`);
    }
    let start = from;
    let offset = this.offsetAt(from);
    for (let y = firstYear; y <= lastYear; y++) {
      const { changes, offsets } = this.year(y);
      for (let i = 0; i < changes.length; i++) {
        const at = changes[i]!;
        if (at <= start) continue;
        if (at >= to) break;
        if (offsets[i + 1] === offset) continue;
        out.push({ start, end: at, offset });
        start = at;
        offset = offsets[i + 1]!;
      }
    }
    out.push({ start, end: to, offset });
    return out;
  }

  /**
   * The instants whose local wall-clock reading lies in `[localStart, localEnd)` (naive local
   * ms), as ordered disjoint `[start, end)` UTC pairs. A skipped local hour has no instant; a
   * repeated one contributes both of its occurrences.
   */
  preimage(localStart: number, localEnd: number): number[] {
    const out: number[] = [];
    if (!(localEnd > localStart)) return out;
    // Offsets stay within ±26 h, so the instants lie in this window.
    for (const { start, end, offset } of this.segments(localStart - 26 * HOUR_MS, localEnd + 26 * HOUR_MS)) {
      const lo = Math.max(start + offset, localStart);
      const hi = Math.min(end + offset, localEnd);
      if (hi <= lo) continue;
      const a = lo - offset;
      const b = hi - offset;
      if (out.length > 0 && out[out.length - 1] === a) out[out.length - 1] = b;
      else out.push(a, b);
    }
    return out;
  }

  /**
   * The instant of a local reading (naive local ms), by the one rule Revue applies to local times
   * everywhere, ingestion included (Temporal's "compatible"): the local time itself when it
   * exists, its first occurrence when it repeats (fall back), and when it was skipped (spring
   * forward) the same reading moved forward by the length of the gap (02:30 → 03:30 in Paris).
   */
  instantOf(local: number): number {
    let before = NaN;
    for (const { start, end, offset } of this.segments(local - 26 * HOUR_MS, local + 26 * HOUR_MS)) {
      const instant = local - offset;
      if (instant >= start && instant < end) return instant;
      if (end + offset <= local) before = offset;
    }
    // A skipped reading: the offset in force before the change carries it past the gap.
    return local - before;
  }

  /** The naive local ms of an instant. */
  local(ms: number): number {
    return ms + this.offsetAt(ms);
  }
}

const zones = new Map<string, Zone>();

/** The shared, lazily filled offset tables of a time zone; throws RevueError for an unknown zone. */
export function zoneOf(timezone: string): Zone {
  let zone = zones.get(timezone);
  if (zone === undefined) {
    zone = new Zone(timezone);
    zones.set(timezone, zone);
  }
  return zone;
}
