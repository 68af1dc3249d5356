/**
 * The source tool's own SLA verdicts (DESIGN §5: "reported beside Revue's, with the count of
 * disagreements"): ServiceNow's `made_sla`, GLPI's "Temps de résolution dépassé", Zammad's
 * escalation times… in kpi-core's catalogue's words, the row the CLI's review writes:
 * "Resolution SLA met, by the source tool: 20 % (1 of 5 tickets the tool judged; 1 ticket judged otherwise by Revue)".
 */
import type { Report } from '@revue/kpi-core';
import { CATALOGUES, formatter } from '@revue/kpi-core/report';
import type { Language } from '../i18n/index.js';

/** One target the tool judged: its name and its figure with the evidence, in words. */
export interface SourceSlaLine {
  target: 'response' | 'resolution';
  name: string;
  value: string;
}

/**
 * The targets the source tool judged, response first; none when the export carries no verdict
 * nor due date.
 *
 * @example
 * sourceSlaLines(zammadReport, 'fr');
 * // → [{ target: 'resolution', name: 'SLA de résolution respecté, selon l’outil source', value: '20 % (1 sur 5 tickets jugés par l’outil ; 1 ticket jugé autrement par Revue)' }]
 */
export function sourceSlaLines(report: Pick<Report, 'sla' | 'currency' | 'timezone'>, language: Language): SourceSlaLine[] {
  const catalogue = CATALOGUES[language];
  const f = formatter(language, report.currency, report.timezone);
  return (['response', 'resolution'] as const).flatMap((target) => {
    const figures = report.sla.source[target];
    return figures === null ? [] : [{ target, name: catalogue.sourceSlaName(target), value: catalogue.sourceSla(figures, f) }];
  });
}
