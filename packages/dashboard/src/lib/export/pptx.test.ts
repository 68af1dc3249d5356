import { describe, expect, it } from 'vitest';
import type { Report } from '@revue/kpi-core';
import { sampleReport } from '../sample/report.js';
import { createFormat } from '../format/format.js';
import { DEFAULT_BRANDING } from '../state/deck.js';
import { deckPlan, type DeckPlan, type DeckSlide } from './deck.js';
import { deckBytes, deckFileName } from './pptx.js';
import { drawingTexts, partText, readCharts, unzipParts } from './testing/ooxml.js';

const slideNames = (parts: Record<string, Uint8Array>) =>
  Object.keys(parts)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));

/** The page of a section's slide (or of its first detail slide): the cover is page 1. */
const slideOf = (plan: DeckPlan, section: DeckSlide['section'], detail: DeckSlide['detail'] = null) => plan.slides.findIndex((s) => s.section === section && s.detail === detail) + 2;

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
    expect(plan.slides.filter((s) => s.detail === null).map((s) => s.section)).toEqual(['summary', 'activity', 'sla', 'incidents', 'reliability', 'lost-hours', 'costs', 'fleet', 'preventive', 'replacement']);
    expect(planned.map((c) => c.id)).toEqual(expect.arrayContaining(['ticket-types', 'backlog-trend', 'volume-by-category', 'volume-by-priority', 'volume-by-site', 'preventive-by-task', 'preventive-trend', 'replacement-budget']));
    // The SLA slide (slide 6, after the cover, the summary, the activity and its two volume slides) holds the SLA-by-month line chart with the report's adherence.
    expect(slideOf(plan, 'sla')).toBe(6);
    const slaChart = charts.find((c) => c.kinds[0] === 'lineChart')!;
    expect(slaChart.series[1]!.values).toEqual(report.sla.byMonth.map((m) => m.resolution?.adherence ?? null));
    expect(partText(parts, 'ppt/slides/_rels/slide6.xml.rels')).toMatch(/relationships\/chart"/);

    // Slide texts: summary findings as bullets, the SLA title, its commentary, the next steps.
    const summary = drawingTexts(partText(parts, 'ppt/slides/slide2.xml'));
    expect(summary).toContain(plan.slides[0]!.bullets[0]);
    const sla = drawingTexts(partText(parts, 'ppt/slides/slide6.xml'));
    expect(sla).toContain('SLA adherence');
    expect(sla).toContain('Two P1 in May.');
    const closing = drawingTexts(partText(parts, slides.at(-1)!));
    expect(closing).toEqual(expect.arrayContaining(['Next steps', 'Replace PRN-01', 'Review P2 targets']));
    // Notes repeat the figures.
    expect(Object.keys(parts).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n)).length).toBeGreaterThanOrEqual(plan.slides.length);
  });

  it('says under the native lost-hours charts the rows they leave out, as the HTML slide and the page do', async () => {
    // kpi-core's lengths-unknown left out the client Bistro and the category Réseau (1 incident of
    // known length, 2 closed at an unknown time): Bistro has no yearly rate, Réseau no hours.
    const left: Report = structuredClone(sampleReport({ period: '2026-Q3', language: 'fr' }));
    left.lostHours.unknownRows = { byClient: { Bistro: { incidents: 1, unknownDuration: 2 } }, byCategory: { Réseau: { incidents: 1, unknownDuration: 2 } }, byAsset: {} };
    delete left.lostHours.byClient['Bistro'];
    left.lostHours.perEmployeePerYearByClient['Bistro'] = null;
    delete left.lostHours.byCategory['Réseau'];
    const plan = deckPlan(left, { language: 'fr', sections: ['lost-hours'] });
    const texts = drawingTexts(partText(unzipParts(await deckBytes(plan)), `ppt/slides/slide${slideOf(plan, 'lost-hours')}.xml`));
    const sentence = 'Lignes non affichées, la plupart de leurs incidents clos à une heure inconnue\u202f: ';
    expect(texts).toContain(`${sentence}Bistro (1 mesuré, 2 inconnus)`);
    expect(texts).toContain(`${sentence}Réseau (1 mesuré, 2 inconnus)`);
    // Without a row left out, no such sentence.
    const whole = deckPlan(sampleReport({ period: '2026-Q3', language: 'fr' }), { language: 'fr', sections: ['lost-hours'] });
    const plain = drawingTexts(partText(unzipParts(await deckBytes(whole)), `ppt/slides/slide${slideOf(whole, 'lost-hours')}.xml`));
    expect(plain.some((text) => text.startsWith('Lignes non affichées'))).toBe(false);
  });

  it('colours changes green or red and shows no previous value for fleet figures', async () => {
    const changed: Report = structuredClone(report);
    changed.lostHours.totalHours = 100;
    changed.previous.lostHours.totalHours = 150;
    changed.sla.response!.adherence = 0.8;
    changed.previous.sla.response!.adherence = 0.9;
    const plan = deckPlan(changed);
    const parts = unzipParts(await deckBytes(plan));
    // Lost hours down is good: the change is written in green (1B7A3E); SLA down is bad: red (B3261E).
    const lost = partText(parts, `ppt/slides/slide${slideOf(plan, 'lost-hours')}.xml`);
    expect(lost).toMatch(/<a:solidFill><a:srgbClr val="1B7A3E"\/><\/a:solidFill>[\s\S]{0,200}?<a:t>−50\u00a0h<\/a:t>/);
    const sla = partText(parts, `ppt/slides/slide${slideOf(plan, 'sla')}.xml`);
    expect(sla).toMatch(/<a:srgbClr val="B3261E"\/>[\s\S]{0,200}?<a:t>−10\u00a0pts<\/a:t>/);
    // …with the previous value beside it (0.9 → 90%).
    expect(drawingTexts(sla)).toContain('Previous: 90%');
    // Fleet slide: four figures, none with a "Previous" value.
    const fleet = drawingTexts(partText(parts, `ppt/slides/slide${slideOf(plan, 'fleet')}.xml`));
    expect(fleet.some((text) => /Previous/.test(text))).toBe(false);
  });

  it('puts "Demo data" on every slide, and the branding on the cover', async () => {
    const plan = deckPlan(sampleReport({ period: '2026-Q3', client: 'Bistro', language: 'fr' }), { isDemo: true, language: 'fr', branding: { ...DEFAULT_BRANDING, mspName: 'Infogérance Durand' } });
    const parts = unzipParts(await deckBytes(plan));
    for (const name of slideNames(parts)) expect(drawingTexts(partText(parts, name)), name).toContain('Données de démonstration');
    const cover = drawingTexts(partText(parts, 'ppt/slides/slide1.xml'));
    expect(cover).toEqual(expect.arrayContaining(['Infogérance Durand', 'Bistro', 'T3 2026', 'juillet – septembre 2026']));
  });

  it('speaker notes in French: the French colon, and a figure not measured said with its reason', async () => {
    // The GLPI look-alike's notes read « SLA résolution: 42,9 % » and « MTBF du parc: n.d. », bare.
    const bare: Report = structuredClone(sampleReport({ period: '2026-Q3', language: 'fr' }));
    bare.reliability.fleet.mtbfHours = null;
    bare.notMeasured = [...bare.notMeasured, { figure: 'reliability.fleet.mtbfHours', reason: 'no-assets' }];
    const plan = deckPlan(bare, { language: 'fr' });
    const notes = partText(unzipParts(await deckBytes(plan)), 'ppt/notesSlides/notesSlide2.xml');
    const previous = createFormat('fr').hours(bare.previous.reliability.fleet.mtbfHours);
    expect(notes).toContain(`MTBF du parc\u202f: n.d. (Précédent\u202f: ${previous}) — Non mesuré\u202f: aucun fichier d’équipements fourni`);
    expect(notes).not.toContain('(;');
    expect(notes).toMatch(/SLA résolution\u202f: \d/);
    expect(notes).not.toMatch(/\p{L}: /u);
  });

  it('writes on the cover how much of the period the data covers', async () => {
    const partial: Report = structuredClone(sampleReport({ period: '2026-Q3', language: 'fr' }));
    partial.coverage = { ...partial.coverage, partial: true, days: { covered: 22, total: 92 } };
    partial.previous.coverage = { ...partial.previous.coverage!, covered: false, partial: false, ticketsInPeriod: 0, days: { covered: 0, total: 92 } };
    const plan = deckPlan(partial, { language: 'fr' });
    const cover = drawingTexts(partText(unzipParts(await deckBytes(plan)), 'ppt/slides/slide1.xml'));
    expect(cover).toContain(plan.cover.coverage);
    expect(cover.join(' ')).not.toMatch(/Comparé à/);
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

describe('detail slides in the .pptx', () => {
  const report = sampleReport({ period: '2026-Q3' });

  it('writes the replacement plan and the missed windows as native tables, the volume as native bar charts', async () => {
    const plan = deckPlan(report);
    const parts = unzipParts(await deckBytes(plan));
    expect(slideNames(parts).length).toBe(plan.slides.length + 2);

    // The assets to replace: one <a:tbl> (a graphic frame of PowerPoint's own table), header and three rows.
    const replacement = partText(parts, `ppt/slides/slide${slideOf(plan, 'replacement', 'replacement-assets')}.xml`);
    expect(replacement.match(/<a:tbl>/g)).toHaveLength(1);
    expect(replacement.match(/<a:tr /g)).toHaveLength(1 + 3);
    expect(replacement).not.toContain('<p:pic>');
    const texts = drawingTexts(replacement);
    expect(texts).toEqual(expect.arrayContaining(['Assets to replace, most urgent first', 'Asset', 'Corrective cost in the period', 'PRN-01', 'Cabinet Leroy', '€1,800', 'unknown¹', '¹ No purchase cost in the asset file: not counted in the budget']));
    // After the replacement plan's own slide, before the closing slide.
    expect(slideOf(plan, 'replacement', 'replacement-assets')).toBe(slideOf(plan, 'replacement') + 1);
    expect(slideOf(plan, 'replacement', 'replacement-assets')).toBe(slideNames(parts).length - 1);

    const missed = partText(parts, `ppt/slides/slide${slideOf(plan, 'preventive', 'preventive-missed')}.xml`);
    expect(missed).toContain('<a:tbl>');
    expect(drawingTexts(missed)).toEqual(expect.arrayContaining(['Missed windows', 'Task', 'Window', 'Restore test', 'SRV-02', '1 Aug 2026 – 31 Aug 2026']));

    // The volume slides: chart relationships, no table; their bars in chart parts (category: the five listed and "Others (23)").
    const volume = slideOf(plan, 'activity', 'volume');
    expect(partText(parts, `ppt/slides/slide${volume}.xml`)).not.toContain('<a:tbl>');
    expect(partText(parts, `ppt/slides/_rels/slide${volume}.xml.rels`).match(/relationships\/chart"/g)).toHaveLength(2);
    const category = readCharts(parts).find((c) => c.series[0]!.categories.includes('Others (23)'))!;
    expect(category.kinds).toEqual(['barChart']);
    expect(category.series[0]!.values).toEqual([125, 46, 45, 40, 12, 436]);
    expect(drawingTexts(partText(parts, `ppt/slides/slide${volume}.xml`))).toContain('Tickets opened in the period');
  });

  it('cuts a long table to ten rows with "and N more", in French, with the demo label', async () => {
    const long: Report = structuredClone(report);
    const [first] = long.replacement.assets;
    long.replacement.assets = Array.from({ length: 23 }, (_, i) => ({ ...first!, id: `PC-${i + 1}` }));
    long.replacement.count = 23;
    const plan = deckPlan(long, { language: 'fr', isDemo: true });
    const parts = unzipParts(await deckBytes(plan));
    const xml = partText(parts, `ppt/slides/slide${slideOf(plan, 'replacement', 'replacement-assets')}.xml`);
    expect(xml.match(/<a:tr /g)).toHaveLength(1 + 10);
    const texts = drawingTexts(xml);
    expect(texts).toEqual(expect.arrayContaining(['Équipements à remplacer, les plus urgents d’abord', 'Équipement', 'Coût de remplacement', 'PC-10', 'et 13 de plus, à retrouver dans le classeur (XLSX)', 'Données de démonstration']));
    expect(texts).not.toContain('PC-11');
  });

  it('writes no detail slide when there is nothing to show', async () => {
    const empty: Report = structuredClone(report);
    empty.replacement.assets = [];
    empty.replacement.count = 0;
    empty.preventive.missed = [];
    empty.preventive.missedCount = 0;
    const plan = deckPlan(empty, { sections: ['preventive', 'replacement'] });
    const parts = unzipParts(await deckBytes(plan));
    // Cover, the preventive slide, the replacement slide, the closing slide: no missed-windows or assets table.
    expect(slideNames(parts).length).toBe(2 + 2);
    const texts = slideNames(parts).flatMap((name) => drawingTexts(partText(parts, name)));
    expect(texts).not.toContain('Assets to replace, most urgent first');
    expect(texts).not.toContain('Window');
  });
});

describe('deckFileName', () => {
  it('names the period, the client and demo data', () => {
    expect(deckFileName({ period: { label: '2026-Q3', start: '', end: '', kind: 'quarter', chosenBy: 'given' }, client: null })).toBe('revue-2026-Q3.pptx');
    expect(deckFileName({ period: { label: '2026-Q3', start: '', end: '', kind: 'quarter', chosenBy: 'given' }, client: 'A/B' }, { demo: true })).toBe('revue-2026-Q3-A-B-demo.pptx');
  });
});
