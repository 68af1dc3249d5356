/**
 * A cost total that leaves parts out (no hourly rate, no asset file: the report's `tco.excluded`)
 * is said with what it excludes wherever it is shown — the CLI writes "68,087 €, excluding
 * technician time and downtime" — in kpi-core's catalogue's words (`excluding`). Two such totals
 * are compared only when they leave out the same parts: else a fall may be only a part dropped.
 */
import type { Report } from '@revue/kpi-core';
import { CATALOGUES } from '@revue/kpi-core/report';
import type { Language } from '../i18n/index.js';

type Tco = Pick<Report['tco'], 'total' | 'excluded'>;

/**
 * What a measured cost total leaves out, or null when it leaves nothing out (or is not measured:
 * its reason is said instead).
 *
 * @example
 * tcoExcluding({ total: 68087, excluded: [{ part: 'technician-time', … }, { part: 'downtime', … }] }, 'fr');
 * // → 'hors temps des techniciens et indisponibilité'
 */
export function tcoExcluding(tco: Tco, language: Language): string | null {
  return tco.total === null || tco.excluded.length === 0 ? null : CATALOGUES[language].excluding(tco.excluded, false);
}

/** The parts a total leaves out, as a sorted key. */
function partsKey(tco: Tco): string {
  return [...new Set(tco.excluded.map((exclusion) => exclusion.part))].sort().join(',');
}

/**
 * True when this period's cost total and the previous one's leave out the same parts, so a
 * change between them may be called better or worse.
 *
 * @example
 * sameExclusions({ tco: { excluded: [downtime] }, previous: { tco: { excluded: [] } } }); // → false
 */
export function sameExclusions(report: { tco: Tco; previous: { tco: Tco } }): boolean {
  return partsKey(report.tco) === partsKey(report.previous.tco);
}
