/**
 * Public holidays from date-holidays, as sets of local day numbers per (country, region, year).
 *
 * Only holidays of type `public` close the calendar. `bank` days in date-holidays are bank
 * closures (e.g. DE 24 and 31 December from 14:00), not general days off; `optional`, `school`
 * and `observance` are not days off either. A contract that also closes on such a day lists it in
 * `calendar.closedDays`. A public holiday closes its whole local date(s), even one that starts in
 * the afternoon.
 *
 * `region` is date-holidays' state code (FR: département `57`, `67`, `68` for Alsace-Moselle,
 * which add Good Friday and 26 December; US: `CA`…), optionally followed by `-` and its region
 * code (`BY-A` for Augsburg in Bavaria).
 */
import Holidays from 'date-holidays';
import { DAY_MS } from '../internal/time.js';
import { dayOfKey } from './days.js';

let catalogue: Holidays | undefined;
function holidayCatalogue(): Holidays {
  catalogue ??= new Holidays();
  return catalogue;
}

/** Whether date-holidays knows a country code (ISO 3166-1 alpha-2, e.g. `FR`). */
export function isKnownCountry(country: string): boolean {
  const countries = holidayCatalogue().getCountries();
  return Object.prototype.hasOwnProperty.call(countries, country);
}

/** `[state, region]` of a region string, or null when date-holidays does not know it. */
export function splitRegion(country: string, region: string): [string, string | undefined] | null {
  const [state, sub, ...rest] = region.split('-');
  if (state === undefined || state === '' || rest.length > 0) return null;
  const states = holidayCatalogue().getStates(country) ?? {};
  if (!Object.prototype.hasOwnProperty.call(states, state)) return null;
  if (sub === undefined) return [state, undefined];
  const regions = holidayCatalogue().getRegions(country, state) ?? {};
  return Object.prototype.hasOwnProperty.call(regions, sub) ? [state, sub] : null;
}

const instances = new Map<string, Holidays>();
const yearSets = new Map<string, ReadonlySet<number>>();

/** The local day numbers of the public holidays of one year (cached). */
export function publicHolidayDays(country: string, region: string | null, year: number): ReadonlySet<number> {
  const id = `${country}|${region ?? ''}`;
  const cacheKey = `${id}|${year}`;
  const cached = yearSets.get(cacheKey);
  if (cached !== undefined) return cached;
  let hd = instances.get(id);
  if (hd === undefined) {
    const parts = region === null ? null : splitRegion(country, region);
    hd = parts === null ? new Holidays(country) : parts[1] === undefined ? new Holidays(country, parts[0]) : new Holidays(country, parts[0], parts[1]);
    instances.set(id, hd);
  }
  const days = new Set<number>();
  for (const holiday of hd.getHolidays(year)) {
    if (holiday.type !== 'public') continue;
    const first = dayOfKey(holiday.date.slice(0, 10));
    if (Number.isNaN(first)) continue;
    // Rounded, not ceiled: a one-day holiday on a DST day lasts 23 or 25 hours.
    const length = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS));
    for (let d = 0; d < length; d++) days.add(first + d);
  }
  yearSets.set(cacheKey, days);
  return days;
}
