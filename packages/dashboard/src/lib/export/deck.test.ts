import { describe, expect, it } from 'vitest';
import type { Report } from '@revue/kpi-core';
import { sampleReport } from '../sample/report.js';
import { SECTIONS } from '../sections.js';
import { deckPlan, FINDING_SECTION } from './deck.js';

describe('deckPlan', () => {
  const report = sampleReport({ period: '2026-Q3', language: 'en' });

  it('has one slide per section, in presentation order', () => {
    const plan = deckPlan(report);
    expect(plan.slides.map((s) => s.section)).toEqual(SECTIONS.map((s) => s.id));
  });

  it('gives the preventive plan a slide: plan kept, missed windows, share, corrective incidents, two charts', () => {
    const slide = deckPlan(report).slides.find((s) => s.section === 'preventive')!;
    expect(slide.title).toBe('Preventive plan');
    // Sample: 16 of 18 done (5 + 11), previous 15 of 18.
    expect(slide.facts.slice(0, 2)).toEqual([
      { label: 'Preventive plan kept', value: '88.9%', previous: '83.3%' },
      { label: 'Missed windows', value: '2', previous: '3' },
    ]);
    expect(slide.charts.map((c) => c.title)).toEqual(['Plan kept, by task', 'Planned maintenance share and corrective incidents, last 12 months']);
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

  it('formats the headline figures in the chosen language, with the previous period', () => {
    const fr = deckPlan(report, { language: 'fr' });
    const sla = fr.slides.find((s) => s.section === 'sla')!;
    expect(sla.title).toBe('Respect des SLA'); // fr.ts 'sla.title'
    const resolution = sla.facts[1]!;
    // fr-FR percent: Intl puts a narrow no-break space before '%' and a decimal comma.
    expect(resolution.value).toBe(new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 }).format(report.sla.resolution!.adherence!));
    expect(resolution.previous).toBe(new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 }).format(report.previous.sla.resolution!.adherence!));
  });

  it('shows a missing figure as n/a and no previous figure as null, never 0', () => {
    const empty: Report = structuredClone(report);
    empty.reliability.fleet.mtbfHours = null;
    empty.previous.reliability.fleet.mtbfHours = null;
    const fact = deckPlan(empty).slides.find((s) => s.section === 'reliability')!.facts.find((f) => f.label === 'Fleet MTBF')!;
    expect(fact).toEqual({ label: 'Fleet MTBF', value: 'n/a', previous: null });
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

  it('gives each section but the summary at least one chart with data, and drops empty charts', () => {
    const plan = deckPlan(report);
    for (const slide of plan.slides.slice(1)) expect(slide.charts.length).toBeGreaterThan(0);
    const noProblems: Report = structuredClone(report);
    noProblems.recurrence.problems = [];
    const incidents = deckPlan(noProblems).slides.find((s) => s.section === 'incidents')!;
    expect(incidents.charts.map((c) => c.title)).toEqual(['Incidents by month']);
  });

  it('names the period, the client and the data date on the title slide', () => {
    const plan = deckPlan(sampleReport({ period: '2026-Q3', client: 'Bistro' }));
    // asOf 2026-09-30T16:42Z shown in Europe/Paris with en-GB: '30 Sept 2026'.
    const asOf = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Paris' }).format(Date.parse('2026-09-30T16:42:00.000Z'));
    expect(plan.subtitle).toBe(`2026-Q3 · Bistro · data up to ${asOf}`);
    expect(plan.footer).toBe('2026-Q3 · Bistro · Compared with 2026-Q2');
  });
});
