/**
 * A period as the review names it to a reader. The JSON keeps `period.label` as it is (`2026-Q1`,
 * `2026-03-30T06:00:00.000Z..2026-03-31T06:00:00.000Z`: machine-readable, and the goldens and
 * the dashboard rely on it); the Markdown and HTML reviews and the findings' sentences use this.
 */
import type { Formatter } from './format.js';

/** What naming a period needs of it: its label, kind and bounds (epoch ms or ISO text). */
export interface NamedPeriod {
  label: string;
  kind: string;
  start: number | string;
  end: number | string;
}

/**
 * - A range of instants (`2026-03-30T08:00..2026-03-31T08:00`): its bounds in the policy's zone,
 *   with their times, the end excluded — `30 Mar 2026, 08:00 – 31 Mar 2026, 08:00 (Europe/Paris)`;
 *   in UTC ISO it read as other hours, and as dates alone as two whole days.
 * - A quarter in French: `T1 2026`, as the review's other French lines write it (`2026-Q1` mixed
 *   two forms in one review); a half-year in French: `S1 2026` (semestre; `H` is English).
 * - Anything else: its label (`2026-03`, `2026-Q1` and `2026-H1` in English, a range of dates).
 *
 * @example periodName({ label: '2026-Q1', kind: 'quarter', start: 0, end: 0 }, formatter('fr', 'EUR', 'UTC'), 'UTC') // 'T1 2026'
 */
export function periodName(period: NamedPeriod, f: Formatter, timezone: string): string {
  if (period.kind === 'custom' && period.label.includes('T')) {
    const instant = new Intl.DateTimeFormat(f.language === 'fr' ? 'fr-FR' : 'en-GB', {
      day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: timezone,
    });
    const at = (value: number | string) => instant.format(new Date(value));
    return `${at(period.start)} – ${at(period.end)} (${timezone})`;
  }
  if (period.kind === 'quarter' && f.language === 'fr') return f.quarter(period.label);
  if (period.kind === 'half' && f.language === 'fr' && /^\d{4}-H[12]$/.test(period.label)) return `S${period.label.slice(6)} ${period.label.slice(0, 4)}`;
  return period.label;
}
