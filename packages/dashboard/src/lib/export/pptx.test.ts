import { describe, expect, it } from 'vitest';
import type { Report } from '@revue/kpi-core';
import { sampleReport } from '../sample/report.js';
import { DEFAULT_BRANDING } from '../state/deck.js';
import { deckPlan } from './deck.js';
import { deckBytes, deckFileName } from './pptx.js';
import { drawingTexts, partText, readCharts, unzipParts } from './testing/ooxml.js';

const slideNames = (parts: Record<string, Uint8Array>) =>
  Object.keys(parts)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));

describe('deckBytes', () => {
  const report = sampleReport({ period: '2026-Q3' });

  it('writes a title slide, one slide per section and a closing slide, every chart native', async () => {
    const plan = deckPlan(report, { commentary: { sections: { sla: 'Two P1 in May.' }, nextSteps: 'Replace PRN-01\nReview P2 targets' } });
    const bytes = await deckBytes(plan);
    // A zip starts with the local file header signature 'PK\x03\x04' (APPNOTE.TXT §4.3.7).
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const parts = unzipParts(bytes);
    const slides = slideNames(parts);
    expect(slides.length).toBe(plan.slides.length + 2);

    // One chart part per planned chart, with the planned series values; no picture at all.
    const planned = plan.slides.flatMap((s) => s.charts);
    const charts = readCharts(parts);
    expect(charts.length).toBe(planned.length);
    expect(Object.keys(parts).filter((name) => /^ppt\/media\/.+\.\w+$/.test(name))).toEqual([]);
    for (const name of slides) expect(partText(parts, name), name).not.toContain('<p:pic>');
    charts.forEach((chart, i) => {
      const expected = planned[i]!;
      // Bars with a line on their own axis (the backlog, the planned share) are one combination chart.
      const series = [...expected.series, ...(expected.line ? [expected.line] : [])];
      expect(chart.kinds, expected.id).toEqual(expected.line ? [`${expected.kind}Chart`, 'lineChart'] : [`${expected.kind}Chart`]);
      expect(chart.series.map((s) => s.name), expected.id).toEqual(series.map((s) => s.name));
      expect(chart.series[0]!.categories, expected.id).toEqual(expected.labels);
      // Values as written: exact numbers, a missing value as an empty point.
      expect(chart.series.map((s) => s.values), expected.id).toEqual(series.map((s) => s.values));
    });
    // Every section has its slide: the activity, preventive and replacement ones too, with their charts.
    expect(plan.slides.map((s) => s.section)).toEqual(['summary', 'activity', 'sla', 'incidents', 'reliability', 'lost-hours', 'costs', 'fleet', 'preventive', 'replacement']);
    expect(planned.map((c) => c.id)).toEqual(expect.arrayContaining(['ticket-types', 'backlog-trend', 'preventive-by-task', 'preventive-trend', 'replacement-budget']));
    // The SLA slide (slide 4, after the cover, the summary and the activity) holds the SLA-by-month line chart with the report's adherence.
    const slaChart = charts.find((c) => c.kinds[0] === 'lineChart')!;
    expect(slaChart.series[1]!.values).toEqual(report.sla.byMonth.map((m) => m.resolution?.adherence ?? null));
    expect(partText(parts, 'ppt/slides/_rels/slide4.xml.rels')).toMatch(/relationships\/chart"/);

    // Slide texts: summary findings as bullets, the SLA title, its commentary, the next steps.
    const summary = drawingTexts(partText(parts, 'ppt/slides/slide2.xml'));
    expect(summary).toContain(plan.slides[0]!.bullets[0]);
    const sla = drawingTexts(partText(parts, 'ppt/slides/slide4.xml'));
    expect(sla).toContain('SLA adherence');
    expect(sla).toContain('Two P1 in May.');
    const closing = drawingTexts(partText(parts, slides.at(-1)!));
    expect(closing).toEqual(expect.arrayContaining(['Next steps', 'Replace PRN-01', 'Review P2 targets']));
    // Notes repeat the figures.
    expect(Object.keys(parts).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n)).length).toBeGreaterThanOrEqual(plan.slides.length);
  });

  it('colours changes green or red and shows no previous value for fleet figures', async () => {
    const changed: Report = structuredClone(report);
    changed.lostHours.totalHours = 100;
    changed.previous.lostHours.totalHours = 150;
    changed.sla.response!.adherence = 0.8;
    changed.previous.sla.response!.adherence = 0.9;
    const parts = unzipParts(await deckBytes(deckPlan(changed)));
    // Lost hours down is good: the change is written in green (1B7A3E); SLA down is bad: red (B3261E).
    const lost = partText(parts, 'ppt/slides/slide7.xml');
    expect(lost).toMatch(/<a:solidFill><a:srgbClr val="1B7A3E"\/><\/a:solidFill>[\s\S]{0,200}?<a:t>−50\u00a0h<\/a:t>/);
    const sla = partText(parts, 'ppt/slides/slide4.xml');
    expect(sla).toMatch(/<a:srgbClr val="B3261E"\/>[\s\S]{0,200}?<a:t>−10\u00a0pts<\/a:t>/);
    // …with the previous value beside it (0.9 → 90%).
    expect(drawingTexts(sla)).toContain('Previous: 90%');
    // Fleet slide: four figures, none with a "Previous" value.
    const fleet = drawingTexts(partText(parts, 'ppt/slides/slide9.xml'));
    expect(fleet.some((text) => /Previous/.test(text))).toBe(false);
  });

  it('puts "Demo data" on every slide, and the branding on the cover', async () => {
    const plan = deckPlan(sampleReport({ period: '2026-Q3', client: 'Bistro' }), { isDemo: true, language: 'fr', branding: { ...DEFAULT_BRANDING, mspName: 'Infogérance Durand' } });
    const parts = unzipParts(await deckBytes(plan));
    for (const name of slideNames(parts)) expect(drawingTexts(partText(parts, name)), name).toContain('Données de démonstration');
    const cover = drawingTexts(partText(parts, 'ppt/slides/slide1.xml'));
    expect(cover).toEqual(expect.arrayContaining(['Infogérance Durand', 'Bistro', 'T3 2026', 'juillet – septembre 2026']));
  });

  it('writes "no data" rather than an empty chart when a section has nothing to show', async () => {
    const quiet: Report = structuredClone(report);
    quiet.fleet.backlog.byAge = { '<1d': 0, '1-7d': 0, '7-30d': 0, '>30d': 0 };
    quiet.fleet.maintenanceHours = {};
    quiet.findings = quiet.findings.filter((f) => f.kind !== 'warranty-expiring');
    const parts = unzipParts(await deckBytes(deckPlan(quiet, { sections: ['fleet'] })));
    expect(readCharts(parts)).toEqual([]);
    expect(drawingTexts(partText(parts, 'ppt/slides/slide2.xml'))).toContain('No data for this period');
  });

  it('escapes ticket text as XML (a script title stays text)', async () => {
    const hostile = sampleReport();
    hostile.findings = [{ kind: 'recurring-problem', severity: 'high', message: '<script>alert(1)</script> & "x"', evidence: {} }];
    hostile.recurrence.problems[0]!.key = '<b>PRN</b> & =1+1';
    const parts = unzipParts(await deckBytes(deckPlan(hostile, { sections: ['summary', 'incidents'] })));
    const xml = partText(parts, 'ppt/slides/slide2.xml');
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    const problems = readCharts(parts).find((c) => c.series[0]!.categories.includes('<b>PRN</b> & =1+1'));
    expect(problems).toBeDefined();
  });
});

describe('deckFileName', () => {
  it('names the period, the client and demo data', () => {
    expect(deckFileName({ period: { label: '2026-Q3', start: '', end: '', kind: 'quarter', chosenBy: 'given' }, client: null })).toBe('revue-2026-Q3.pptx');
    expect(deckFileName({ period: { label: '2026-Q3', start: '', end: '', kind: 'quarter', chosenBy: 'given' }, client: 'A/B' }, { demo: true })).toBe('revue-2026-Q3-A-B-demo.pptx');
  });
});
