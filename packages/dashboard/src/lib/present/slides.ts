/**
 * The slide list of a review, designed as slides (16:9, 1280×720) rather than the dashboard's
 * pages zoomed out: a title slide, an agenda, then one message per slide — a few headline
 * figures with at most two charts, or one table — and a closing slide with the commentary and
 * the next steps. A section may take several slides. Pure: the report, the chart locale and the
 * commentary in, the list of slides out; `Deck.svelte` draws them.
 */
import type { Report } from '@revue/kpi-core';
import { figureDefaults } from '@revue/kpi-core/report';
import { chartIsEmpty } from '../charts/empty.js';
import type { ChartLocale } from '../charts/common.js';
import type { MessageKey } from '../i18n/index.js';
import { cardNotes, slideNoteLines } from '../components/card-notes.js';
import { KPIS } from '../kpis.js';
import { SECTIONS, type Section } from '../sections.js';
import type { Commentary } from '../state/deck.js';
import { acceleratingAssets } from '../views/reliability.js';
import { SLIDE_CHARTS, type SlideChartId } from './slide-charts.js';

export type SectionId = Section['id'];
export type KpiId = keyof typeof KPIS;
/** The tables a slide can show (the top ten rows and "and N more"). */
export type SlideTableId = 'sla-breaches' | 'recurring-problems' | 'accelerating-assets' | 'warranty-soon' | 'preventive-missed' | 'replacement-plan';

/** Most charts on one slide. */
export const MAX_CHARTS = 2;
/**
 * Longest commentary shown beside a section's first slide (characters, and lines): about what
 * a third of a slide holds at 18 px. A longer one gets a slide of its own.
 */
export const ASIDE_MAX_CHARACTERS = 480;
export const ASIDE_MAX_LINES = 8;
/** Longest summary commentary on the closing slide beside the next steps; longer: its own slide. */
export const CLOSING_MAX_CHARACTERS = 600;
/** Most next steps beside the summary commentary on the closing slide (more: the list takes the whole slide). */
export const CLOSING_MAX_STEPS = 6;
/** Most next steps on a slide of their own (two columns); more continue on the next slide. */
export const STEPS_PER_SLIDE = 12;
/** Longest part of a commentary on one commentary slide (two columns at 20 px); longer: continued. */
export const COMMENTARY_PAGE_CHARACTERS = 1400;

export interface TitleSlide {
  kind: 'title';
  id: 'title';
}

export interface AgendaSlide {
  kind: 'agenda';
  id: 'agenda';
  /** The sections the deck goes through, in order. */
  sections: SectionId[];
  /** The deck ends on next steps. */
  nextSteps: boolean;
}

export interface ContentSlide {
  kind: 'content';
  /** Stable id, e.g. `sla-adherence` (a `data-testid` and a test handle). */
  id: string;
  section: SectionId;
  title: MessageKey;
  /** Headline figures (KPI cards), ids of `KPIS`. */
  kpis: KpiId[];
  /** At most `MAX_CHARTS`; none when there is a table. */
  charts: SlideChartId[];
  table: SlideTableId | null;
  /** The report's findings (the summary). */
  findings: boolean;
  /** The section's commentary beside the content (a short one, on the section's first slide). */
  aside: boolean;
}

export interface CommentarySlide {
  kind: 'commentary';
  id: string;
  section: SectionId;
  /** This slide's part of the commentary (`commentaryPages`). */
  text: string;
  /** 1-based part number, of `pages`. */
  page: number;
  pages: number;
}

export interface ClosingSlide {
  kind: 'closing';
  /** `closing` for the last slide; `next-steps-<n>` for the slides a long list of steps needs before it. */
  id: string;
  /** The summary commentary ("what we did") beside the next steps. */
  summary: boolean;
  /** The next steps on this slide, one per line of the commentary, list markers taken off. */
  nextSteps: string[];
  /** Number of the first step on this slide (1 unless the list continues from the slide before). */
  firstStep: number;
}

export type Slide = TitleSlide | AgendaSlide | ContentSlide | CommentarySlide | ClosingSlide;

/** One slide of a section as designed, before the charts and tables without data are left out. */
interface SlideDesign {
  id: string;
  title: MessageKey;
  kpis?: KpiId[];
  charts?: SlideChartId[];
  table?: SlideTableId;
  findings?: boolean;
  /** Whether the slide applies to this report at all (default: always). */
  when?: (report: Report) => boolean;
}

/**
 * Lines of notes a card of the eight-card summary slide has room for (1280×720: a card's quarter
 * of the slide's half height holds its label, figure, comparison and sparkline, then two or three
 * lines of 16 px text).
 */
export const SUMMARY_NOTE_LINES = 2;

/** The preventive slides need a plan: without one the section page says so, the deck leaves it out. */
const hasPlan = (report: Report) => Object.keys(report.preventive.byTask).length > 0;

/**
 * The slides of each section, in order. The summary's commentary is the review's overall
 * message: it goes on the closing slide beside the next steps, not on a summary slide.
 */
export const SECTION_SLIDES: Record<SectionId, readonly SlideDesign[]> = {
  summary: [
    { id: 'summary-figures', title: 'present.headline', kpis: ['slaResolution', 'slaResponse', 'incidents', 'recurrenceRate', 'mtbf', 'availability', 'lostPerEmployee', 'tco'] },
    { id: 'summary-findings', title: 'summary.findings', findings: true },
  ],
  activity: [
    { id: 'activity-volume', title: 'activity.title', kpis: ['ticketsOpened', 'requests', 'openAtEnd'], charts: ['ticket-types', 'volume-by-category'] },
    { id: 'activity-flow', title: 'activity.flowTitle', charts: ['backlog-trend'] },
    { id: 'activity-where', title: 'present.ticketsWhere', charts: ['volume-by-priority', 'volume-by-site'] },
  ],
  sla: [
    { id: 'sla-adherence', title: 'sla.title', kpis: ['slaResponse', 'slaResolution'], charts: ['sla-by-month', 'sla-by-priority'] },
    { id: 'sla-distribution', title: 'sla.distribution', charts: ['sla-distribution'] },
    { id: 'sla-breaches', title: 'sla.breaches', table: 'sla-breaches' },
  ],
  incidents: [
    { id: 'incidents-trend', title: 'incidents.title', kpis: ['incidents', 'repeats', 'recurrenceRate'], charts: ['incidents-by-month', 'recurring-problems'] },
    { id: 'incidents-problems', title: 'incidents.problems', table: 'recurring-problems' },
  ],
  reliability: [
    { id: 'reliability-mtbf', title: 'reliability.title', kpis: ['mtbf', 'mttr', 'availability', 'failures'], charts: ['mtbf-by-type', 'mtbf-by-asset'] },
    { id: 'reliability-accelerating', title: 'reliability.accelerating', table: 'accelerating-assets' },
  ],
  'lost-hours': [
    { id: 'lost-benchmark', title: 'lost.title', kpis: ['lostHours', 'lostPerEmployee', 'lostCost', 'effort'], charts: ['lost-benchmark'] },
    { id: 'lost-breakdown', title: 'present.lostWhere', charts: ['lost-by-client', 'lost-by-category'] },
  ],
  costs: [
    { id: 'costs-total', title: 'costs.title', kpis: ['tco', 'tcoPerUser', 'unallocated'], charts: ['tco-breakdown', 'tco-by-type'] },
    { id: 'costs-assets', title: 'costs.topAssets', charts: ['tco-top-assets'] },
  ],
  fleet: [
    { id: 'fleet-health', title: 'fleet.title', kpis: ['backlog', 'outOfWarranty', 'pastUsefulLife', 'warrantySoon'], charts: ['maintenance-mix', 'backlog-age'] },
    { id: 'fleet-ages', title: 'fleet.ages', charts: ['fleet-ages'] },
    { id: 'fleet-warranty', title: 'fleet.warrantySoon', table: 'warranty-soon' },
  ],
  preventive: [
    { id: 'preventive-plan', title: 'preventive.title', kpis: ['planKept', 'missedWindows', 'plannedShare', 'correctiveIncidents'], charts: ['preventive-by-task', 'preventive-trend'], when: hasPlan },
    { id: 'preventive-heatmap-1', title: 'present.planMissed', charts: ['preventive-heatmap-1'], when: hasPlan },
    { id: 'preventive-heatmap-2', title: 'present.planMissed', charts: ['preventive-heatmap-2'], when: hasPlan },
    { id: 'preventive-missed', title: 'preventive.missed', table: 'preventive-missed', when: hasPlan },
  ],
  replacement: [
    { id: 'replacement-budget', title: 'replacement.title', kpis: ['replacementBudget'], charts: ['replacement-budget'] },
    { id: 'replacement-plan', title: 'replacement.table', table: 'replacement-plan' },
  ],
};

/** The title of each section on the agenda and above its slides. */
export const SECTION_TITLES: Record<SectionId, MessageKey> = {
  summary: 'summary.title',
  activity: 'activity.title',
  sla: 'sla.title',
  incidents: 'incidents.title',
  reliability: 'reliability.title',
  'lost-hours': 'lost.title',
  costs: 'costs.title',
  fleet: 'fleet.title',
  preventive: 'preventive.title',
  replacement: 'replacement.title',
};

/** True when a slide table would have no row. */
export function tableIsEmpty(table: SlideTableId, report: Report): boolean {
  switch (table) {
    case 'sla-breaches':
      return report.sla.breaches.length === 0;
    case 'recurring-problems':
      return report.recurrence.problems.length === 0;
    case 'accelerating-assets':
      return acceleratingAssets(report.reliability.byAsset).length === 0;
    case 'warranty-soon':
      return report.fleet.warrantyExpiringSoon.assets.length === 0;
    case 'preventive-missed':
      return report.preventive.missed.length === 0;
    case 'replacement-plan':
      return report.replacement.assets.length === 0;
  }
}

/**
 * The next steps of a commentary, one per non-empty line, list markers ("- ", "• ", "* ",
 * "1. ") taken off.
 *
 * @example
 * nextStepLines('- Replace DUR-PRN-03\n\n2. Review the backup job'); // → ['Replace DUR-PRN-03', 'Review the backup job']
 */
export function nextStepLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/^(?:[-•*–]|\d+[.)])\s+/, '').trim())
    .filter((line) => line !== '');
}

/**
 * A long commentary cut into the parts its slides show, each at most `max` characters: at
 * paragraph ends when it can, else at line ends, sentence ends, then spaces (a single word
 * longer than `max` is cut where it must). Joined back with the separators it was cut at, the
 * parts give the text again.
 *
 * @example
 * commentaryPages('First paragraph.\n\nSecond one.', 20); // → ['First paragraph.', 'Second one.']
 */
export function commentaryPages(text: string, max = COMMENTARY_PAGE_CHARACTERS): string[] {
  const pages: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const head = rest.slice(0, max + 1);
    const cut = [/\n\s*\n(?![\s\S]*\n\s*\n)/, /\n(?![\s\S]*\n)/, /[.!?…](\s)(?![\s\S]*[.!?…]\s)/, /\s(?![\s\S]*\s)/]
      .map((pattern) => {
        const match = pattern.exec(head);
        return match && match.index > max / 3 ? match.index + (match[0].trimEnd().length || 0) : -1;
      })
      .find((at) => at > 0);
    const at = cut ?? max;
    pages.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest !== '') pages.push(rest);
  return pages;
}

/** True when a commentary fits beside a slide's content rather than on a slide of its own. */
export function fitsAside(text: string): boolean {
  return text.trim().length <= ASIDE_MAX_CHARACTERS && text.trim().split(/\r?\n/).length <= ASIDE_MAX_LINES;
}

export interface BuildSlidesOptions {
  report: Report;
  /** For the chart specs (to leave out the charts without data). */
  locale: ChartLocale;
  commentary: Commentary;
  /** The sections, in order. Default: every section (`SECTIONS`). */
  sections?: readonly SectionId[];
}

/**
 * The slides of a review. A chart with nothing to draw (`chartIsEmpty`) and a table without rows
 * are left out, and a slide left with nothing is dropped: a deck shows no empty axis. A
 * section's commentary goes beside its first slide when short (`fitsAside`; that slide then
 * keeps one chart and its second chart moves to a slide of its own right after), on a slide of
 * its own after the first one when long. The summary's commentary and the next steps make the
 * closing slide (a long summary commentary gets its own slide before it).
 *
 * @example
 * buildSlides({ report, locale: chartLocale('fr'), commentary: EMPTY_COMMENTARY }).map((s) => s.id);
 * // → ['title', 'agenda', 'summary-figures', 'summary-findings', 'sla-adherence', …, 'closing']
 */
export function buildSlides(options: BuildSlidesOptions): Slide[] {
  const { report, locale, commentary } = options;
  const sections = options.sections ?? SECTIONS.map((s) => s.id);
  const text = (section: SectionId) => (Object.hasOwn(commentary.sections, section) ? commentary.sections[section]!.trim() : '');
  const empty = new Map<SlideChartId, boolean>();
  const hasData = (chart: SlideChartId) => {
    if (!empty.has(chart)) empty.set(chart, chartIsEmpty(SLIDE_CHARTS[chart].spec(report, locale)));
    return !empty.get(chart);
  };

  const notesOptions = { t: locale.t, format: locale.format, language: locale.language, presenting: true, rests: figureDefaults(report) };
  const body: Slide[] = [];
  const covered: SectionId[] = [];
  for (const section of sections) {
    const slides: Slide[] = [];
    for (const design of SECTION_SLIDES[section]) {
      if (design.when && !design.when(report)) continue;
      const charts = (design.charts ?? []).filter(hasData).slice(0, MAX_CHARTS);
      const table = design.table && !tableIsEmpty(design.table, report) ? design.table : null;
      const findings = design.findings === true && report.findings.length > 0;
      const kpis = design.kpis ?? [];
      if (kpis.length === 0 && charts.length === 0 && table === null && !findings) continue;
      // Eight cards share a slide only when each says little under its figure: trial14's
      // look-alike exports (few tickets, no asset match, default targets) wrote five lines or
      // more on a card, and the second row ran off the slide. Then four cards a slide, each the
      // slide's full height.
      if (kpis.length > 4 && charts.length === 0 && !table && kpis.some((id) => slideNoteLines(cardNotes(KPIS[id], report, notesOptions)) > SUMMARY_NOTE_LINES)) {
        slides.push({ kind: 'content', id: design.id, section, title: design.title, kpis: kpis.slice(0, 4), charts: [], table: null, findings, aside: false });
        slides.push({ kind: 'content', id: `${design.id}-more`, section, title: design.title, kpis: kpis.slice(4), charts: [], table: null, findings: false, aside: false });
        continue;
      }
      slides.push({ kind: 'content', id: design.id, section, title: design.title, kpis, charts: table ? [] : charts, table, findings, aside: false });
    }
    const comment = section === 'summary' ? '' : text(section);
    if (comment !== '') {
      const first = slides[0];
      if (first?.kind === 'content' && fitsAside(comment)) {
        slides[0] = { ...first, aside: true, charts: first.charts.slice(0, 1) };
        if (first.charts.length > 1) slides.splice(1, 0, { ...first, id: `${first.id}-more`, kpis: [], charts: first.charts.slice(1), aside: false });
      } else {
        slides.splice(first ? 1 : 0, 0, ...commentarySlides(section, comment));
      }
    }
    if (slides.length > 0) covered.push(section);
    body.push(...slides);
  }

  const summary = text('summary');
  const steps = nextStepLines(commentary.nextSteps);
  const closing: Slide[] = [];
  // Beside the next steps when both fit; else the summary commentary gets a slide of its own.
  const summaryAside = summary !== '' && summary.length <= CLOSING_MAX_CHARACTERS && steps.length <= CLOSING_MAX_STEPS;
  if (summary !== '' && !summaryAside) closing.push(...commentarySlides('summary', summary));
  const chunks: string[][] = [];
  for (let i = 0; i < steps.length; i += STEPS_PER_SLIDE) chunks.push(steps.slice(i, i + STEPS_PER_SLIDE));
  if (chunks.length === 0) chunks.push([]);
  chunks.forEach((chunk, i) => {
    const last = i === chunks.length - 1;
    closing.push({ kind: 'closing', id: last ? 'closing' : `next-steps-${i + 1}`, summary: summaryAside, nextSteps: chunk, firstStep: i * STEPS_PER_SLIDE + 1 });
  });
  return [{ kind: 'title', id: 'title' }, { kind: 'agenda', id: 'agenda', sections: covered, nextSteps: steps.length > 0 }, ...body, ...closing];
}

/** The commentary slides of a section: one per part of its text (`commentaryPages`). */
function commentarySlides(section: SectionId, text: string): CommentarySlide[] {
  const pages = commentaryPages(text);
  return pages.map((part, i) => ({ kind: 'commentary', id: i === 0 ? `${section}-commentary` : `${section}-commentary-${i + 1}`, section, text: part, page: i + 1, pages: pages.length }));
}
