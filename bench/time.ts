/**
 * Fast instant formatting for the generator: epoch ms → ISO 8601 with the Europe/Paris offset,
 * without a `Date` per row. The EU rule (since 1996): summer time (+02:00) from the last Sunday
 * of March 01:00 UTC to the last Sunday of October 01:00 UTC, else +01:00.
 */
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
 *
 * @example
 * daysFromCivil(2026, 4, 1); // → 20544
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The civil date of a day count since 1970-01-01 (Hinnant's civil_from_days).
 *
 * @example
 * civilFromDays(20544); // → [2026, 4, 1]
 */
export function civilFromDays(days: number): [year: number, month: number, day: number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** Epoch ms of 01:00 UTC on the last Sunday of the given month (3 = March, 10 = October). */
function lastSundayOneUtc(year: number, month: number): number {
  const lastDay = daysFromCivil(year, month + 1, 1) - 1;
  const weekday = (((lastDay + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday (4); 0 = Sunday
  return (lastDay - weekday) * DAY_MS + HOUR_MS;
}

const transitions = new Map<number, [start: number, end: number]>();

/**
 * The Europe/Paris offset from UTC at an instant, in hours (1 or 2).
 *
 * @example
 * parisOffsetHours(Date.UTC(2026, 6, 1)); // → 2
 */
export function parisOffsetHours(ms: number): number {
  const year = civilFromDays(Math.floor(ms / DAY_MS))[0];
  let span = transitions.get(year);
  if (span === undefined) {
    span = [lastSundayOneUtc(year, 3), lastSundayOneUtc(year, 10)];
    transitions.set(year, span);
  }
  return ms >= span[0] && ms < span[1] ? 2 : 1;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * `yyyy-MM-ddTHH:mm:ss+hh:00` in Europe/Paris.
 *
 * @example
 * isoParis(Date.UTC(2026, 3, 1, 7, 30)); // → '2026-04-01T09:30:00+02:00'
 */
export function isoParis(ms: number): string {
  const offset = parisOffsetHours(ms);
  const local = ms + offset * HOUR_MS;
  const days = Math.floor(local / DAY_MS);
  const [year, month, day] = civilFromDays(days);
  const inDay = local - days * DAY_MS;
  const hour = Math.floor(inDay / HOUR_MS);
  const minute = Math.floor((inDay % HOUR_MS) / 60_000);
  const second = Math.floor((inDay % 60_000) / 1000);
  return `${year}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}+0${offset}:00`;
}

/**
 * `yyyy-MM-dd` of a day count since 1970-01-01.
 *
 * @example
 * isoDate(20544); // → '2026-04-01'
 */
export function isoDate(days: number): string {
  const [year, month, day] = civilFromDays(days);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Epoch ms of local midnight in Europe/Paris on the given civil date.
 *
 * @example
 * new Date(parisMidnight(2026, 4, 1)).toISOString(); // → '2026-03-31T22:00:00.000Z'
 */
export function parisMidnight(year: number, month: number, day: number): number {
  const utcMidnight = daysFromCivil(year, month, day) * DAY_MS;
  // Midnight is never inside a transition hour (they happen at 02:00/03:00 local).
  return utcMidnight - parisOffsetHours(utcMidnight - HOUR_MS) * HOUR_MS;
}
