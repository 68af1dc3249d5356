/**
 * The short notes a KPI card shows when its figure rests on Revue's defaults rather than on what
 * the user set (DESIGN §2: "the dashboard shows them beside the figures they affect"): the SLA on
 * default targets or a default business calendar, the incidents and hours lost on tickets taken
 * as incidents for want of a type, the hours lost on one user per incident, and the figures that
 * run to the closings when the export gives no resolution time. The facts are
 * kpi-core's `figureDefaults` (the Markdown review says them under its table, with the values);
 * the values themselves are in the section's notes below. Cards bind these strings as text.
 */
import type { FigureDefaults } from '@revue/kpi-core/report';
import type { Translate } from '../i18n/index.js';

/** One note: its text, and whether a policy setting changes what it says (the card then links to the policy editor). */
export interface DefaultNote {
  text: string;
  policy: boolean;
}

/** The cards whose figure rests on each kind of default (ids of `KPIS` in `kpis.ts`). */
const SLA_CARDS: readonly string[] = ['sla-resolution', 'sla-response'];
const INCIDENT_CARDS: readonly string[] = ['incidents', 'lost-hours', 'lost-per-employee'];
const USER_CARDS: readonly string[] = ['lost-hours', 'lost-per-employee'];
/** The cards whose figure runs to each ticket's end: closings when the export gives no resolution. */
const END_CARDS: readonly string[] = ['sla-resolution', 'mttr', 'availability', 'lost-hours', 'lost-per-employee', 'lost-cost'];

/**
 * The defaults a card's figure rests on, in the card's words; empty when it rests on none.
 *
 * @example
 * defaultNotes(figureDefaults(reportWithoutPolicy), 'sla-resolution', translator('en'));
 * // → [{ text: "Revue's default targets and business hours, not your contract's.", policy: true }]
 */
export function defaultNotes(rests: FigureDefaults, cardId: string, t: Translate): DefaultNote[] {
  const notes: DefaultNote[] = [];
  if (SLA_CARDS.includes(cardId) && rests.sla !== null) {
    const targets = rests.sla.targets.length > 0;
    const calendar = rests.sla.hours !== null || rests.sla.holidays !== null || rests.sla.timezoneDefault;
    notes.push({ text: t(targets && calendar ? 'defaults.slaAll' : targets ? 'defaults.slaTargets' : 'defaults.slaCalendar'), policy: true });
  }
  if (INCIDENT_CARDS.includes(cardId) && rests.untyped !== null) {
    // No policy setting types tickets: a mapping does (values.type), so no link to the policy.
    notes.push({ text: rests.untyped.all ? t('defaults.untypedAll') : t('defaults.untypedSome', { count: rests.untyped.tickets }), policy: false });
  }
  if (USER_CARDS.includes(cardId) && rests.usersDefault) notes.push({ text: t('defaults.users'), policy: false });
  // Ends that are closings (kpi-core's closingEnds): a mapping's resolution column changes it, not the policy.
  // The closings of a job leave those figures not measured (kpi-core's ends-are-closings), which the card says instead.
  if (END_CARDS.includes(cardId) && rests.closingEnds && rests.closingEnds.batch === null) notes.push({ text: t('defaults.closingEnds'), policy: false });
  return notes;
}
