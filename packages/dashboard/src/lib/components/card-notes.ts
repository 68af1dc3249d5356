/**
 * The lines a KPI card writes under its figure, as text: why it is not measured, what a cost
 * total leaves out, how many tickets an SLA rate rests on, and the defaults it rests on. The card
 * shows them; the deck reads their length to decide whether eight cards fit on one slide
 * (`buildSlides`), so both count the same lines.
 */
import type { Report } from '@revue/kpi-core';
import { figureDefaults, type FigureDefaults } from '@revue/kpi-core/report';
import type { Format } from '../format/format.js';
import type { Language, MessageKey, Translate } from '../i18n/index.js';
import type { KpiDefinition } from '../kpis.js';
import { defaultNotes, type DefaultNote } from '../policy/defaults.js';
import { KPI_FIGURES, notMeasuredReason } from '../policy/notes.js';
import { tcoExcluding } from '../policy/tco.js';

export interface CardNotes {
  /** Why the export cannot give the figure at all (`KpiDefinition.unmeasured`), or null. */
  unmeasured: MessageKey | null;
  /** The period's figure, null when not measured. */
  current: number | null;
  /** "Not measured: …" in words, or null. */
  notMeasured: string | null;
  /** What a cost total leaves out, capitalised, or null. */
  excluding: string | null;
  /** "3 of 7 tickets on time" beside an SLA rate, or null (on a slide, only at 100 judged tickets or fewer). */
  onTime: string | null;
  /** The defaults the measured figure rests on. */
  defaults: DefaultNote[];
}

export interface CardNotesOptions {
  t: Translate;
  format: Format;
  language: Language;
  /** On a slide: the ticket count beside a rate only where one ticket moves it a point. */
  presenting: boolean;
  /** kpi-core's defaults behind the figures, when the caller has them (computed once per report). */
  rests?: FigureDefaults;
}

/**
 * The notes of one card.
 *
 * @example
 * cardNotes(KPIS.mtbf, report, { t, format, language: 'fr', presenting: true }).notMeasured;
 * // → 'Non mesuré : trop peu des équipements nommés sur les incidents sont dans le fichier d’équipements…'
 */
export function cardNotes(kpi: KpiDefinition, report: Report, options: CardNotesOptions): CardNotes {
  const { t, format, language } = options;
  const rests = options.rests ?? figureDefaults(report);
  const unmeasured = kpi.unmeasured?.(rests) ?? null;
  const current = unmeasured === null ? kpi.pick(report) : null;
  const figurePath = KPI_FIGURES[kpi.id];
  const reason = unmeasured !== null ? t(unmeasured) : current === null && figurePath ? notMeasuredReason(report, figurePath, language) : null;
  const excluded = kpi.costTotal && current !== null ? tcoExcluding(report.tco, language) : null;
  // The tickets behind an SLA rate: a rate of 7 tickets must not read like one of 700. On a
  // slide only where one ticket more or less moves the rate by a point or more (100 judged or fewer).
  const counted = current === null ? null : (kpi.onTime?.(report) ?? null);
  const onTime = counted !== null && options.presenting && counted.judged > 100 ? null : counted;
  return {
    unmeasured,
    current,
    notMeasured: reason === null ? null : t('card.notMeasured', { reason }),
    excluding: excluded === null ? null : excluded.charAt(0).toLocaleUpperCase(format.locale) + excluded.slice(1),
    onTime: onTime === null ? null : t('card.onTime', { met: format.integer(onTime.met), judged: format.integer(onTime.judged) }),
    defaults: current === null ? [] : defaultNotes(rests, kpi.id, t),
  };
}

/** Characters of a line of note text on a card of the eight-card summary slide (16 px text in a quarter of 1280 px). */
export const SLIDE_NOTE_CHARACTERS = 28;

/**
 * How many lines of notes a card writes on a slide, counted as the card wraps them (a line per
 * `SLIDE_NOTE_CHARACTERS`, a note starting on its own line).
 *
 * @example
 * slideNoteLines(cardNotes(KPIS.slaResolution, glpiReport, options)); // → 5 (3 of 7 tickets…, default targets…)
 */
export function slideNoteLines(notes: CardNotes): number {
  const texts = [notes.notMeasured, notes.excluding, notes.onTime, ...notes.defaults.map((note) => note.text)].filter((text): text is string => text !== null);
  return texts.reduce((lines, text) => lines + Math.ceil(text.length / SLIDE_NOTE_CHARACTERS), 0);
}
