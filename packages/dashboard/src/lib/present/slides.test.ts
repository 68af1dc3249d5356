import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, parsePolicy, ticketsFromRows } from '@revue/kpi-core';
import { chartLocale } from '../charts/common.js';
import { cardNotes, slideNoteLines } from '../components/card-notes.js';
import { KPIS } from '../kpis.js';
import { sampleReport } from '../sample/report.js';
import { SECTIONS } from '../sections.js';
import { EMPTY_COMMENTARY, type Commentary } from '../state/deck.js';
import { SUMMARY_NOTE_LINES, ASIDE_MAX_CHARACTERS, buildSlides, commentaryPages, fitsAside, MAX_CHARTS, nextStepLines, SECTION_SLIDES, STEPS_PER_SLIDE, type ContentSlide, type Slide } from './slides.js';
import { SLIDE_CHARTS } from './slide-charts.js';

const locale = chartLocale('fr', 'EUR', 'Europe/Paris');
const report = sampleReport({ language: 'fr' });
const ids = (slides: Slide[]) => slides.map((s) => s.id);
const content = (slides: Slide[], id: string) => slides.find((s): s is ContentSlide => s.kind === 'content' && s.id === id);

/** The rules every deck keeps, whatever the report and the commentary. */
function expectWellFormed(slides: Slide[]) {
  expect(slides[0]!.kind).toBe('title');
  expect(slides[1]!.kind).toBe('agenda');
  expect(slides.at(-1)!.kind).toBe('closing');
  expect(new Set(ids(slides)).size).toBe(slides.length);
  for (const slide of slides) {
    if (slide.kind !== 'content') continue;
    // One message: at most two charts, or one table and no chart.
    expect(slide.charts.length, slide.id).toBeLessThanOrEqual(MAX_CHARTS);
    if (slide.table) expect(slide.charts, slide.id).toEqual([]);
    // Never an empty slide.
    expect(slide.kpis.length + slide.charts.length + (slide.table ? 1 : 0) + (slide.findings ? 1 : 0), slide.id).toBeGreaterThan(0);
    // A short commentary beside at most one chart (the other moved on).
    if (slide.aside) expect(slide.charts.length, slide.id).toBeLessThanOrEqual(1);
  }
}

describe('buildSlides: the eight headline figures', () => {
  // Two P1/P2 tickets of March 2026 without a type, read without a policy (as defaults.test.ts):
  // the SLA cards say "1 of 1 ticket on time" and rest on Revue's default targets and hours,
  // the incidents card says every ticket was counted as an incident.
  const tickets = ticketsFromRows([
    { id: 'T1', openedAt: Date.UTC(2026, 2, 2, 9), resolvedAt: Date.UTC(2026, 2, 2, 12), priority: 'P1' },
    { id: 'T2', openedAt: Date.UTC(2026, 2, 3, 9), resolvedAt: Date.UTC(2026, 2, 3, 11), priority: 'P2' },
  ]);
  const small = buildReport({ tickets, policy: parsePolicy({}) }, { period: '2026-03', asOf: '2026-04-01T00:00:00Z' });

  it('share one slide when each card says little (the sample review: no note at all)', () => {
    const figures = content(buildSlides({ report, locale, commentary: EMPTY_COMMENTARY }), 'summary-figures')!;
    expect(figures.kpis).toHaveLength(8);
  });

  it('go four a slide when a card writes more than two lines of notes (trial14: the second row ran off the slide at 1440×900)', () => {
    // SLA resolution: "Objectifs et heures ouvrées par défaut de Revue, pas ceux de votre contrat." is 75 characters, 3 lines of 28.
    const notes = cardNotes(KPIS.slaResolution, small, { t: locale.t, format: locale.format, language: "fr", presenting: true });
    expect(slideNoteLines(notes)).toBeGreaterThan(SUMMARY_NOTE_LINES);
    const slides = buildSlides({ report: small, locale, commentary: EMPTY_COMMENTARY });
    expectWellFormed(slides);
    expect(content(slides, 'summary-figures')!.kpis).toEqual(['slaResolution', 'slaResponse', 'incidents', 'recurrenceRate']);
    expect(content(slides, 'summary-figures-more')!.kpis).toEqual(['mtbf', 'availability', 'lostPerEmployee', 'tco']);
    expect(ids(slides).indexOf('summary-figures-more')).toBe(ids(slides).indexOf('summary-figures') + 1);
  });
});

describe('buildSlides', () => {
  it('the sample review: title, agenda, every section in order, then the closing slide', () => {
    const slides = buildSlides({ report, locale, commentary: EMPTY_COMMENTARY });
    expectWellFormed(slides);
    // Every designed slide has data in the sample report (two accelerating assets, two
    // warranties ending, 56 breaches…), so none is left out.
    expect(ids(slides)).toEqual(['title', 'agenda', ...SECTIONS.flatMap((s) => SECTION_SLIDES[s.id].map((d) => d.id)), 'closing']);
    expect(slides[1]).toEqual({ kind: 'agenda', id: 'agenda', sections: SECTIONS.map((s) => s.id), nextSteps: false });
    expect(content(slides, 'sla-adherence')).toEqual({ kind: 'content', id: 'sla-adherence', section: 'sla', title: 'sla.title', kpis: ['slaResponse', 'slaResolution'], charts: ['sla-by-month', 'sla-by-priority'], table: null, findings: false, aside: false });
  });

  it('leaves out a chart without data and a table without rows, and a slide left with nothing', () => {
    const quiet = sampleReport({ language: 'fr' });
    quiet.fleet = { ...quiet.fleet, backlog: { open: 0, byAge: {}, oldestHours: null, ticketIds: [] }, ages: [], warrantyExpiringSoon: { count: 0, assets: [] } };
    quiet.findings = [];
    const slides = buildSlides({ report: quiet, locale, commentary: EMPTY_COMMENTARY });
    expectWellFormed(slides);
    // The fleet slide keeps its figures and the maintenance mix; the ages and warranty slides go.
    expect(content(slides, 'fleet-health')!.charts).toEqual(['maintenance-mix']);
    expect(ids(slides)).not.toContain('fleet-ages');
    expect(ids(slides)).not.toContain('fleet-warranty');
    expect(ids(slides)).not.toContain('summary-findings');
  });

  it('a short section commentary goes beside the section\'s first slide; its second chart moves on', () => {
    const commentary: Commentary = { sections: { sla: 'Deux P1 en août, tous deux liés au réseau du site de Vénissieux.' }, nextSteps: '' };
    const slides = buildSlides({ report, locale, commentary });
    expectWellFormed(slides);
    expect(content(slides, 'sla-adherence')).toMatchObject({ aside: true, kpis: ['slaResponse', 'slaResolution'], charts: ['sla-by-month'] });
    const i = ids(slides).indexOf('sla-adherence');
    expect(slides[i + 1]).toMatchObject({ id: 'sla-adherence-more', kpis: [], charts: ['sla-by-priority'], aside: false, title: 'sla.title' });
  });

  it('a long section commentary gets a slide of its own after the section\'s first slide', () => {
    const long = 'Une phrase de commentaire. '.repeat(30);
    expect(fitsAside(long)).toBe(false);
    const slides = buildSlides({ report, locale, commentary: { sections: { costs: long }, nextSteps: '' } });
    expectWellFormed(slides);
    const i = ids(slides).indexOf('costs-total');
    expect(slides[i + 1]).toEqual({ kind: 'commentary', id: 'costs-commentary', section: 'costs', text: long.trim(), page: 1, pages: 1 });
    expect(content(slides, 'costs-total')!.aside).toBe(false);
  });

  it('the closing slide: the summary commentary and the next steps, announced on the agenda', () => {
    const commentary: Commentary = { sections: { summary: 'Un trimestre calme.' }, nextSteps: '- Remplacer DUR-PRN-03\n\n2. Revoir la sauvegarde de DUR-SRV-05\n' };
    const slides = buildSlides({ report, locale, commentary });
    expect(slides.at(-1)).toEqual({ kind: 'closing', id: 'closing', summary: true, nextSteps: ['Remplacer DUR-PRN-03', 'Revoir la sauvegarde de DUR-SRV-05'], firstStep: 1 });
    expect(slides[1]).toMatchObject({ nextSteps: true });
    // The summary's commentary is the closing message, not an aside of a summary slide.
    expect(content(slides, 'summary-figures')!.aside).toBe(false);
  });

  it('a long summary commentary gets its own slide before the closing slide', () => {
    const slides = buildSlides({ report, locale, commentary: { sections: { summary: 'x'.repeat(700) }, nextSteps: 'Une étape' } });
    expect(ids(slides).slice(-2)).toEqual(['summary-commentary', 'closing']);
    expect(slides.at(-1)).toMatchObject({ summary: false, nextSteps: ['Une étape'] });
  });

  it('the sections issue 12 added: activity, preventive plan and replacement plan each have their slides', () => {
    const slides = buildSlides({ report, locale, commentary: EMPTY_COMMENTARY });
    expect(content(slides, 'activity-volume')).toMatchObject({ kpis: ['ticketsOpened', 'requests', 'openAtEnd'], charts: ['ticket-types', 'volume-by-category'] });
    expect(content(slides, 'activity-flow')!.charts).toEqual(['backlog-trend']);
    expect(content(slides, 'activity-where')!.charts).toEqual(['volume-by-priority', 'volume-by-site']);
    expect(content(slides, 'preventive-plan')).toMatchObject({ kpis: ['planKept', 'missedWindows', 'plannedShare', 'correctiveIncidents'], charts: ['preventive-by-task', 'preventive-trend'] });
    // The sample's two tasks both missed a window: a heat map each, named by its task.
    expect(content(slides, 'preventive-heatmap-1')!.charts).toEqual(['preventive-heatmap-1']);
    expect(SLIDE_CHARTS['preventive-heatmap-1'].caption(report, locale)).toBe('Restore test\u202f: équipements × fenêtres (mois)');
    expect(SLIDE_CHARTS['preventive-heatmap-2'].caption(report, locale)).toBe('Firewall rules review\u202f: équipements × fenêtres (semaine)');
    expect(content(slides, 'preventive-missed')!.table).toBe('preventive-missed');
    expect(content(slides, 'replacement-budget')).toMatchObject({ kpis: ['replacementBudget'], charts: ['replacement-budget'] });
    expect(content(slides, 'replacement-plan')!.table).toBe('replacement-plan');
  });

  it('no preventive plan: no preventive slide (the section page says why), and the agenda skips it', () => {
    const noPlan = sampleReport({ language: 'fr' });
    noPlan.preventive = { ...noPlan.preventive, byTask: {}, schedules: [], missed: [], missedCount: 0, due: null, done: 0, compliance: null };
    const slides = buildSlides({ report: noPlan, locale, commentary: EMPTY_COMMENTARY });
    expectWellFormed(slides);
    expect(ids(slides).filter((id) => id.startsWith('preventive'))).toEqual([]);
    expect((slides[1] as { sections: string[] }).sections).not.toContain('preventive');
  });

  it('one task with misses: one heat-map slide, not an empty second one', () => {
    const one = sampleReport({ language: 'fr' });
    one.preventive = { ...one.preventive, schedules: one.preventive.schedules.slice(1) };
    const slides = buildSlides({ report: one, locale, commentary: EMPTY_COMMENTARY });
    expect(ids(slides)).toContain('preventive-heatmap-1');
    expect(ids(slides)).not.toContain('preventive-heatmap-2');
  });

  it('every chart a slide names has a spec builder', () => {
    for (const design of Object.values(SECTION_SLIDES).flat()) for (const chart of design.charts ?? []) expect(SLIDE_CHARTS).toHaveProperty(chart);
  });

  it('keeps its rules for any commentary (property)', () => {
    const text = fc.oneof(fc.constant(''), fc.string({ maxLength: 40 }), fc.string({ minLength: ASIDE_MAX_CHARACTERS - 5, maxLength: ASIDE_MAX_CHARACTERS + 200 }));
    fc.assert(
      fc.property(fc.record({ summary: text, sla: text, incidents: text, fleet: text, costs: text }), text, (sections, nextSteps) => {
        const slides = buildSlides({ report, locale, commentary: { sections, nextSteps } });
        expectWellFormed(slides);
        // A section with a commentary shows it once: beside a slide or on its own slide.
        for (const section of ['sla', 'incidents', 'fleet', 'costs'] as const) {
          const shown = slides.filter((s) => (s.kind === 'content' && s.section === section && s.aside) || (s.kind === 'commentary' && s.section === section)).length;
          expect(shown).toBe(sections[section].trim() === '' ? 0 : 1);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('long texts', () => {
  it('a long list of next steps continues over slides of twelve, the last one being the closing slide', () => {
    const steps = Array.from({ length: 30 }, (_, i) => `Étape ${i + 1}`).join('\n');
    const slides = buildSlides({ report, locale, commentary: { sections: { summary: 'Court.' }, nextSteps: steps } });
    expectWellFormed(slides);
    const closing = slides.filter((s) => s.kind === 'closing');
    // 30 steps: 12 + 12 + 6; the summary no longer fits beside them and gets its own slide first.
    expect(closing.map((s) => [s.id, s.nextSteps.length, s.firstStep, s.summary])).toEqual([
      ['next-steps-1', STEPS_PER_SLIDE, 1, false],
      ['next-steps-2', STEPS_PER_SLIDE, 13, false],
      ['closing', 6, 25, false],
    ]);
    expect(ids(slides).at(-4)).toBe('summary-commentary');
  });

  it('a very long commentary is cut into parts at paragraph and sentence ends, nothing lost', () => {
    const paragraph = 'Le réseau du site de Vénissieux a connu trois coupures. '.repeat(12).trim();
    const text = [paragraph, paragraph, paragraph].join('\n\n');
    const pages = commentaryPages(text, 1400);
    expect(pages.length).toBe(2);
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(1400);
    expect(pages.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
    // Cut at a paragraph end: the first part is two whole paragraphs.
    expect(pages[0]).toBe([paragraph, paragraph].join('\n\n'));
    const slides = buildSlides({ report, locale, commentary: { sections: { sla: text }, nextSteps: '' } });
    expect(slides.filter((s) => s.kind === 'commentary').map((s) => s.id)).toEqual(['sla-commentary', 'sla-commentary-2']);
  });

  it('commentary parts: any text, each part within the limit, the words kept in order (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.integer({ min: 40, max: 600 }), (text, max) => {
        const pages = commentaryPages(text, max);
        for (const page of pages) expect(page.length).toBeLessThanOrEqual(max);
        expect(pages.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
    );
  });
});

describe('nextStepLines', () => {
  it('one step per non-empty line, list markers off', () => {
    expect(nextStepLines('- a\n• b\n* c\n– d\n1. e\n2) f\n\n   \ng')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(nextStepLines('')).toEqual([]);
    // A hyphen inside a step stays.
    expect(nextStepLines('Wi-Fi - site B')).toEqual(['Wi-Fi - site B']);
  });
});
