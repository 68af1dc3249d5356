/**
 * Local calendar days as integers: day n is the local date whose naive midnight is
 * `n × DAY_MS` (day 0 = 1970-01-01). Keys are cached per day so that no `Date` is made per row.
 */
import { DAY_MS } from '../internal/time.js';

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a `yyyy-MM-dd` key, or NaN when it is not a real date. */
export function dayOfKey(key: string): number {
  const match = typeof key === 'string' ? DATE_KEY.exec(key) : null;
  if (match === null) return NaN;
  return dayOfDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The day number of year, month (1–12), day of month, or NaN when it is not a real date. */
export function dayOfDate(year: number, month: number, day: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return NaN;
  if (month < 1 || month > 12 || day < 1 || day > 31) return NaN;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC maps years 0–99 to 1900–1999; refuse those and rolled-over dates (31 Feb).
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1) return NaN;
  return ms / DAY_MS;
}

const keyCache = new Map<number, string>();

/** The `yyyy-MM-dd` key of a day number (cached). */
export function keyOfDay(day: number): string {
  let key = keyCache.get(day);
  if (key === undefined) {
    key = new Date(day * DAY_MS).toISOString().slice(0, 10);
    keyCache.set(day, key);
  }
  return key;
}

/** Weekday of a day number, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}
