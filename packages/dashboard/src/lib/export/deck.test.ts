import { describe, expect, it } from 'vitest';
import type { Report } from '@revue/kpi-core';
import { sampleReport } from '../sample/report.js';
import { SECTIONS } from '../sections.js';
import { DEFAULT_BRANDING } from '../state/deck.js';
import { deckPlan, FINDING_SECTION, hasData, sectionCharts } from './deck.js';

describe('deckPlan', () => {
  const report = sampleReport({ period: '2026-Q3', language: 'en' });

  it('has one slide per section, in presentation order', () => {
    const plan = deckPlan(report);
    expect(plan.slides.map((s) => s.section)).toEqual(SECTIONS.map((s) => s.id));
  });

  it('keeps only the sections asked for, still in presentation order', () => {
    expect(deckPlan(report, { sections: ['fleet', 'sla'] }).slides.map((s) => s.section)).toEqual(['sla', 'fleet']);
  });

  it('puts each finding on its section slide and the most severe on the summary', () => {
    const plan = deckPlan(report);
    for (const finding of report.findings) {
      const slide = plan.slides.find((s) => s.section === FINDING_SECTION[finding.kind])!;
      expect(slide.bullets).toContain(finding.message);
    }
    // Summary: high before medium before low (sorted by severity, stable within a severity).
    const rank = { high: 0, medium: 1, low: 2 } as const;
    const severities = plan.slides[0]!.bullets.map((m) => rank[report.findings.find((f) => f.message === m)!.severity]);
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
    expect(plan.slides[0]!.bullets.length).toBe(Math.min(5, report.findings.length));
  });

  it('formats the headline figures in the chosen language, with the previous period and a coloured change', () => {
    const fr = deckPlan(report, { language: 'fr' });
    const sla = fr.slides.find((s) => s.section === 'sla')!;
    expect(sla.title).toBe('Respect des SLA'); // fr.ts 'sla.title'
    const resolution = sla.facts[1]!;
    // fr-FR percent: Intl puts a narrow no-break space before '%' and a decimal comma.
    const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
    expect(resolution.value).toBe(percent.format(report.sla.resolution!.adherence!));
    expect(resolution.previous).toBe(percent.format(report.previous.sla.resolution!.adherence!));
    // Higher adherence is good news: 0.90 → 0.85 is 5 points down, bad (red).
    const worse: Report = structuredClone(report);
    worse.sla.resolution!.adherence = 0.85;
    worse.previous.sla.resolution!.adherence = 0.9;
    expect(deckPlan(worse, { language: 'fr' }).slides.find((s) => s.section === 'sla')!.facts[1]).toMatchObject({ tone: 'bad', change: '−5\u00a0pts' });
  });

  it('colours a change by the direction that is good for the figure (fewer lost hours is good)', () => {
    const fewer: Report = structuredClone(report);
    fewer.lostHours.totalHours = 100;
    fewer.previous.lostHours.totalHours = 150;
    const lost = deckPlan(fewer).slides.find((s) => s.section === 'lost-hours')!.facts[0]!;
    expect(lost).toMatchObject({ label: 'Lost hours', tone: 'good', change: '−50\u00a0h' });
  });

  it('shows no comparison that is not real: none for fleet figures at asOf, none without a previous figure', () => {
    const fleet = deckPlan(report).slides.find((s) => s.section === 'fleet')!;
    // …said as a state: 'At 30 Sept 2026' (asOf 2026-09-30T16:42Z in Europe/Paris).
    for (const fact of fleet.facts) expect(fact, fact.label).toMatchObject({ previous: null, change: '', tone: 'none', note: 'At 30 Sept 2026' });
    const backlog = deckPlan(report).slides[0]!.facts.find((f) => f.label === 'Open tickets')!;
    expect(backlog.previous).toBeNull();
    const empty: Report = structuredClone(report);
    empty.reliability.fleet.mtbfHours = null;
    empty.previous.reliability.fleet.mtbfHours = null;
    const fact = deckPlan(empty).slides.find((s) => s.section === 'reliability')!.facts.find((f) => f.label === 'Fleet MTBF')!;
    expect(fact).toEqual({ label: 'Fleet MTBF', value: 'n/a', previous: null, change: '', tone: 'none', note: null });
    const noPrevious: Report = structuredClone(report);
    noPrevious.previous.tco.total = Number.NaN;
    expect(deckPlan(noPrevious).slides.find((s) => s.section === 'costs')!.facts[0]!.previous).toBeNull();
  });

  it('shows no previous figure and no comparing finding when the previous period is only partly covered', () => {
    const partial: Report = structuredClone(report);
    // The data start on 11 Jun: 20 of the previous quarter's 91 days covered.
    partial.previous.coverage = { ...partial.previous.coverage!, partial: true, days: { covered: 20, total: 91 } };
    partial.findings = [{ kind: 'sla-slipping', severity: 'high', message: 'Tickets resolved on time fell…', evidence: {} }, ...partial.findings.filter((f) => f.kind !== 'sla-slipping')];
    const plan = deckPlan(partial);
    expect(plan.slides.flatMap((s) => s.facts).every((f) => f.previous === null)).toBe(true);
    expect(plan.slides.flatMap((s) => s.bullets)).not.toContain('Tickets resolved on time fell…');
    // The whole previous quarter: compared as before.
    expect(deckPlan(report).slides.find((s) => s.section === 'sla')!.facts.some((f) => f.previous !== null)).toBe(true);
  });

  it('names the period as people say it, the client and the dates on the title slide', () => {
    const plan = deckPlan(sampleReport({ period: '2026-Q3', client: 'Bistro' }), { language: 'fr', generatedAt: new Date('2026-10-02T08:00:00Z') });
    expect(plan.cover).toMatchObject({ client: 'Bistro', period: 'T3 2026', periodWords: 'juillet – septembre 2026' });
    expect(plan.cover.dates).toBe('Données jusqu’au 30 sept. 2026 · Généré le 2 oct. 2026');
    expect(plan.footer).toBe('T3 2026 · Bistro · Comparé à T2 2026');
  });

  it('carries the branding, the commentary, the next steps and the demo label', () => {
    const plan = deckPlan(report, {
      isDemo: true,
      branding: { ...DEFAULT_BRANDING, mspName: 'Infogérance Durand', primaryColor: '#224466' },
      commentary: { sections: { sla: 'Two P1 in May.' }, nextSteps: '- Replace PRN-01\n\n• Review P2 targets\n' },
    });
    expect(plan.demoLabel).toBe('Demo data');
    expect(plan.cover.mspName).toBe('Infogérance Durand');
    expect(plan.colors.primary).toBe('224466');
    expect(plan.slides.find((s) => s.section === 'sla')!.commentary).toBe('Two P1 in May.');
    expect(plan.slides.find((s) => s.section === 'fleet')!.commentary).toBe('');
    expect(plan.closing.steps).toEqual(['Replace PRN-01', 'Review P2 targets']);
    expect(deckPlan(report).demoLabel).toBeNull();
  });
});

describe('sectionCharts', () => {
  const report = sampleReport({ period: '2026-Q3' });

  it('gives every section but the summary native chart data, at most two a slide', () => {
    for (const section of SECTIONS.slice(1)) {
      const charts = sectionCharts(section.id, report, 'en');
      expect(charts.length, section.id).toBeGreaterThan(0);
      expect(charts.length, section.id).toBeLessThanOrEqual(2);
      for (const chart of charts) {
        expect(hasData(chart), chart.id).toBe(true);
        for (const series of chart.series) expect(series.values.length, chart.id).toBe(chart.labels.length);
      }
    }
  });

  it('reads the SLA by month from the report, months in words', () => {
    const [byMonth] = sectionCharts('sla', report, 'fr');
    expect(byMonth).toMatchObject({ id: 'sla-by-month', kind: 'line', unit: 'percent', range: [0, 1] });
    expect(byMonth!.labels).toEqual(report.sla.byMonth.map((m) => new Intl.DateTimeFormat('fr-FR', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${m.month}-15T00:00:00Z`))));
    expect(byMonth!.series.map((s) => s.values)).toEqual([report.sla.byMonth.map((m) => m.response?.adherence ?? null), report.sla.byMonth.map((m) => m.resolution?.adherence ?? null)]);
  });

  it('leaves out a chart without data instead of drawing an empty axis (no open ticket: no backlog chart)', () => {
    const quiet: Report = structuredClone(report);
    quiet.fleet.backlog.byAge = { '<1d': 0, '1-7d': 0, '7-30d': 0, '>30d': 0 };
    quiet.fleet.backlog.open = 0;
    expect(sectionCharts('fleet', quiet, 'en').map((c) => c.id)).toEqual(['maintenance-mix']);
    quiet.fleet.maintenanceHours = {};
    expect(sectionCharts('fleet', quiet, 'en')).toEqual([]);
    const noProblems: Report = structuredClone(report);
    noProblems.recurrence.problems = [];
    expect(sectionCharts('incidents', noProblems, 'en').map((c) => c.id)).toEqual(['incidents-by-month']);
  });

  it("keeps another client's name out of a client's lost-hours chart", () => {
    const bistro: Report = structuredClone(report);
    bistro.client = 'Bistro';
    bistro.lostHours.perEmployeePerYearByClient = { Bistro: 60, 'Cabinet Leroy': 80 };
    const labels = sectionCharts('lost-hours', bistro, 'en').flatMap((c) => c.labels);
    expect(labels).not.toContain('Cabinet Leroy');
  });
});
