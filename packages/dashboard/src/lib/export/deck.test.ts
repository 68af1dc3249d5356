import { describe, expect, it } from 'vitest';
import type { Report } from '@revue/kpi-core';
import { sampleReport } from '../sample/report.js';
import { SECTIONS } from '../sections.js';
import { DEFAULT_BRANDING } from '../state/deck.js';
import { createFormat } from '../format/format.js';
import { translator } from '../i18n/index.js';
import { deckFact, deckPlan, FINDING_SECTION, hasData, plainText, SECTION_FACTS, sectionCharts, volumeCharts } from './deck.js';

describe('deckPlan', () => {
  const report = sampleReport({ period: '2026-Q3', language: 'en' });

  it('has one slide per section, in presentation order, each followed by its detail slides', () => {
    const plan = deckPlan(report);
    expect(plan.slides.filter((s) => s.detail === null).map((s) => s.section)).toEqual(SECTIONS.map((s) => s.id));
    // The volume takes two slides (category and priority, then site: two charts a slide at most).
    expect(plan.slides.map((s) => s.detail ?? s.section)).toEqual(['summary', 'activity', 'volume', 'volume', 'sla', 'incidents', 'reliability', 'lost-hours', 'costs', 'fleet', 'preventive', 'preventive-missed', 'replacement', 'replacement-assets']);
    for (const slide of plan.slides.filter((s) => s.detail !== null)) {
      expect(slide.facts, slide.detail!).toEqual([]);
      // One message per slide: at most two charts, or one table.
      expect(slide.charts.length <= 2 && (slide.table === null || slide.charts.length === 0), slide.detail!).toBe(true);
    }
  });

  it('tells two chains of one recurring-problem key apart by their dates, as the dashboard chart does (review)', () => {
    const twice: Report = structuredClone(report);
    const key = 'DUR-SRV-03 · Serveur > Sauvegarde';
    twice.recurrence.problems = [
      { key, keyFields: {}, count: 7, first: '2026-04-01T08:00:00Z', last: '2026-04-20T08:00:00Z', ticketIds: [] },
      { key, keyFields: {}, count: 4, first: '2026-06-02T08:00:00Z', last: '2026-06-16T08:00:00Z', ticketIds: [] },
      { key: 'BIS-NET-01', keyFields: {}, count: 3, first: '2026-05-04T08:00:00Z', last: '2026-05-06T08:00:00Z', ticketIds: [] },
    ];
    const chart = sectionCharts('incidents', twice, 'fr').find((c) => c.id === 'recurring-problems')!;
    // Dates in the report's zone (the sample's), French: « 1er avr. ».
    expect(chart.labels).toEqual([`${key} (1er avr. 2026 – 20 avr. 2026)`, `${key} (2 juin 2026 – 16 juin 2026)`, 'BIS-NET-01']);
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
    // fr-FR percent: a decimal comma (Intl) and a narrow no-break space (U+202F) before '%', as
    // kpi-core writes it (Intl's fr-FR has U+00A0 there; see format.ts `typeset`).
    const intl = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
    const percent = (ratio: number) => intl.format(ratio).replace('\u00a0%', '\u202f%');
    expect(resolution.value).toBe(percent(report.sla.resolution!.adherence!));
    expect(resolution.value).toMatch(/\u202f%$/);
    expect(resolution.previous).toBe(percent(report.previous.sla.resolution!.adherence!));
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
    const plan = deckPlan(sampleReport({ period: '2026-Q3', client: 'Bistro', language: 'fr' }), { language: 'fr', generatedAt: new Date('2026-10-02T08:00:00Z') });
    expect(plan.cover).toMatchObject({ client: 'Bistro', period: 'T3 2026', periodWords: 'juillet – septembre 2026' });
    expect(plan.cover.dates).toBe('Données jusqu’au 30 sept. 2026 · Généré le 2 oct. 2026');
    expect(plan.footer).toBe('T3 2026 · Bistro · Comparé à T2 2026');
  });

  it('compares with no period the data does not reach, and says on the cover how much of the period it covers', () => {
    // The GLPI French look-alike: tickets from 2 to 24 March read for Q1 2026; nothing in Q4 2025.
    // The PowerPoint's footer read « Comparé à T4 2025 » on every slide beside « Pas de valeur
    // précédente » on every card, and its cover left out the title slide's 22-of-90-days sentence.
    const march: Report = structuredClone(sampleReport({ period: '2026-Q3', client: 'Bistro', language: 'fr' }));
    march.coverage = { ...march.coverage, partial: true, days: { covered: 22, total: 92 } };
    march.previous.coverage = { ...march.previous.coverage!, covered: false, partial: false, ticketsInPeriod: 0, days: { covered: 0, total: 92 } };
    const plan = deckPlan(march, { language: 'fr' });
    expect(plan.footer).toBe('T3 2026 · Bistro');
    expect(plan.cover.coverage).toBe('Les données couvrent 22 des 92 jours de cette période\u202f: chaque chiffre, coûts compris, ne porte que sur le temps couvert par les données.');
    // A whole period compared with a whole one: the footer names it, the cover has nothing to add.
    const whole = deckPlan(sampleReport({ period: '2026-Q3', client: 'Bistro', language: 'fr' }), { language: 'fr' });
    expect(whole.footer).toBe('T3 2026 · Bistro · Comparé à T2 2026');
    expect(whole.cover.coverage).toBeNull();
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

  it('charts per month only the months the data covers, as the page does', () => {
    // The sample's Q3 with data from 2 September on (as a GLPI export of one month read for its
    // quarter): no 0 bar for July and August, which the file does not cover.
    const september: Report = structuredClone(report);
    september.coverage.firstOpenedAt = '2026-09-02T09:10:00.000Z';
    const labels = (section: 'incidents' | 'activity') => sectionCharts(section, september, 'fr').find((c) => c.id === (section === 'incidents' ? 'incidents-by-month' : 'ticket-types'))!.labels;
    expect(september.recurrence.byMonth.map((m) => m.month)).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(labels('incidents')).toEqual(['sept. 2026']);
    expect(labels('activity')).toEqual(['sept. 2026']);
    // Covered from January: the three months, as before.
    expect(sectionCharts('incidents', report, 'fr')[0]!.labels).toHaveLength(3);
  });

  it("keeps another client's name out of a client's lost-hours chart", () => {
    const bistro: Report = structuredClone(report);
    bistro.client = 'Bistro';
    bistro.lostHours.perEmployeePerYearByClient = { Bistro: 60, 'Cabinet Leroy': 80 };
    const labels = sectionCharts('lost-hours', bistro, 'en').flatMap((c) => c.labels);
    expect(labels).not.toContain('Cabinet Leroy');
  });
});

describe('detail slides', () => {
  const report = sampleReport({ period: '2026-Q3', language: 'en' });
  const detail = (plan: ReturnType<typeof deckPlan>, kind: string) => plan.slides.filter((s) => s.detail === kind);

  it('charts the volume by category, priority and site: largest first, priorities in order, the rest as "Others (n)"', () => {
    const charts = volumeCharts(report, 'en');
    expect(charts.map((c) => c.id)).toEqual(['volume-by-category', 'volume-by-priority', 'volume-by-site']);
    // sample/content.ts: five listed categories and 23 more holding 436 tickets; (none) reads "No category".
    expect(charts[0]).toMatchObject({ kind: 'bar', horizontal: true, unit: 'count', title: 'Tickets opened by category' });
    expect(charts[0]!.labels).toEqual(['Hardware > Workstation', 'Software > Mail', 'Account > Password', 'Network > Wi-Fi', 'No category', 'Others (23)']);
    expect(charts[0]!.series[0]!.values).toEqual([125, 46, 45, 40, 12, 436]);
    // P4 285, P3 284, P2 64, P5 53, P1 18 read P1 first.
    expect(charts[1]!.labels).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
    expect(charts[1]!.series[0]!.values).toEqual([18, 64, 284, 285, 53]);
    expect(charts[2]!.labels).toEqual(['Lyon', 'No site', 'Paris']);
    // Two slides: category and priority, then site.
    expect(detail(deckPlan(report), 'volume').map((s) => s.charts.map((c) => c.id))).toEqual([['volume-by-category', 'volume-by-priority'], ['volume-by-site']]);
  });

  it('keeps the 8 largest groups and sums the others with those kpi-core did not list', () => {
    const many: Report = structuredClone(report);
    // 12 categories of 120, 110 … 10 tickets, and 3 more kpi-core summed (30 tickets).
    many.volume.byCategory = { groups: Array.from({ length: 12 }, (_, i) => ({ key: `Cat ${i + 1}`, tickets: 120 - i * 10, ticketIds: [] })), otherGroups: 3, otherTickets: 30 };
    const [category] = volumeCharts(many, 'fr');
    expect(category!.labels).toEqual(['Cat 1', 'Cat 2', 'Cat 3', 'Cat 4', 'Cat 5', 'Cat 6', 'Cat 7', 'Cat 8', 'Autres (7)']);
    // Others: 40 + 30 + 20 + 10 (Cat 9–12) + 30 = 130.
    expect(category!.series[0]!.values).toEqual([120, 110, 100, 90, 80, 70, 60, 50, 130]);
  });

  it('leaves out a breakdown the export does not have, and the volume slides without tickets', () => {
    const noSite: Report = structuredClone(report);
    noSite.volume.bySite = { groups: [{ key: '(none)', tickets: 704, ticketIds: [] }], otherGroups: 0, otherTickets: 0 };
    expect(volumeCharts(noSite, 'en').map((c) => c.id)).toEqual(['volume-by-category', 'volume-by-priority']);
    expect(detail(deckPlan(noSite), 'volume').length).toBe(1);
    const none: Report = structuredClone(report);
    for (const key of ['byCategory', 'byPriority', 'bySite'] as const) none.volume[key] = { groups: [], otherGroups: 0, otherTickets: 0 };
    expect(detail(deckPlan(none), 'volume')).toEqual([]);
  });

  it("lists the replacement plan's assets with their costs, an unknown cost with its reason in a footnote", () => {
    const plan: Report = structuredClone(report);
    plan.replacement.assets[1]!.correctiveCost = null;
    plan.replacement.assets[1]!.correctiveCostReason = 'no-rate';
    const [slide] = detail(deckPlan(plan), 'replacement-assets');
    expect(slide!.title).toBe('Assets to replace, most urgent first');
    const table = slide!.table!;
    expect(table.columns.map((c) => c.label)).toEqual(['Asset', 'Type', 'Client', 'Why', 'Due', 'Replacement cost', 'Corrective cost in the period']);
    // sample/content.ts PLAN, dates in Europe/Paris, euros with no decimals.
    expect(table.rows).toEqual([
      ['PRN-01', 'Printer', 'Cabinet Leroy', 'Past useful life', '1 Mar 2024', '€1,800', '€1,190'],
      ['SRV-01', 'Server', 'Bistro', 'End of warranty, End of useful life', '15 Nov 2026', '€6,400', 'not measured¹'],
      ['NET-01', 'Network device', 'Bistro', 'End of useful life', '1 Apr 2027', 'unknown²', '€0'],
    ]);
    expect(table.notes).toEqual(['¹ Technician time on its corrective tickets, and no technician hourly rate in the policy to price it', '² No purchase cost in the asset file: not counted in the budget']);
    expect(table.more).toBeNull();
    // trial14: an asset-file mismatch read "not recorded" on the slide; it gives its own reason.
    plan.replacement.assets[1]!.correctiveCostReason = 'assets-not-in-file';
    expect(detail(deckPlan(plan), 'replacement-assets')[0]!.table!.notes[0]).toBe(
      '¹ Most incidents of the period name assets that are not in the asset file: no ticket could name this one. Check that both files come from the same tool and client',
    );
  });

  it('shows the first ten rows and says how many more, and whether the workbook has them all', () => {
    const long: Report = structuredClone(report);
    const [first] = long.replacement.assets;
    long.replacement.assets = Array.from({ length: 25 }, (_, i) => ({ ...first!, id: `PC-${String(i + 1).padStart(2, '0')}` }));
    long.replacement.count = 25;
    const table = detail(deckPlan(long), 'replacement-assets')[0]!.table!;
    expect(table.rows.map((row) => row[0])).toEqual(Array.from({ length: 10 }, (_, i) => `PC-${String(i + 1).padStart(2, '0')}`));
    expect(table.more).toBe('and 15 more, all in the workbook (XLSX)');
    // The report lists 25 of 600: the workbook has those 25 only (600 − 10 = 590 not on the slide).
    long.replacement.count = 600;
    expect(detail(deckPlan(long), 'replacement-assets')[0]!.table!.more).toBe('and 590 more; the workbook (XLSX) lists the first 25');
    expect(detail(deckPlan(long, { language: 'fr' }), 'replacement-assets')[0]!.table!.more).toBe('et 590 de plus\u202f; le classeur (XLSX) en liste 25');
  });

  it('lists the missed windows of the preventive plan, in French too', () => {
    const fr = detail(deckPlan(report, { language: 'fr' }), 'preventive-missed')[0]!;
    expect(fr.title).toBe('Fenêtres manquées');
    expect(fr.table!.columns.map((c) => c.label)).toEqual(['Tâche', 'Équipement', 'Client', 'Fenêtre']);
    // sample/report.ts: the restore test of August on SRV-02, the firewall review of the week of 3 Aug (end exclusive: the last day is the 9th).
    expect(fr.table!.rows).toEqual([
      // « 1er août »: the French ordinal of the first of a month.
      ['Restore test', 'SRV-02', 'Bistro', '1er août 2026 – 31 août 2026'],
      ['Firewall rules review', 'NET-01', 'Bistro', '3 août 2026 – 9 août 2026'],
    ]);
    const more: Report = structuredClone(report);
    more.preventive.missedCount = 14;
    expect(detail(deckPlan(more, { language: 'fr' }), 'preventive-missed')[0]!.table!.more).toBe('et 12 de plus\u202f; le classeur (XLSX) en liste 2');
  });

  it('makes no detail slide when there is nothing to show: no asset to replace, no window missed, no plan', () => {
    const empty: Report = structuredClone(report);
    empty.replacement.assets = [];
    empty.replacement.count = 0;
    empty.preventive.missed = [];
    empty.preventive.missedCount = 0;
    const plan = deckPlan(empty);
    expect(detail(plan, 'replacement-assets')).toEqual([]);
    expect(detail(plan, 'preventive-missed')).toEqual([]);
    expect(plan.slides.at(-1)!.section).toBe('replacement');
    const noPlan: Report = structuredClone(report);
    noPlan.preventive.byTask = {};
    expect(deckPlan(noPlan).slides.some((s) => s.section === 'preventive')).toBe(false);
  });

  it('writes ticket and asset text as plain text: line breaks flattened, long values cut', () => {
    expect(plainText('PRN-01\r\n<b>ground</b>\tfloor\u0007')).toBe('PRN-01 <b>ground</b> floor');
    expect(plainText('x'.repeat(70))).toBe(`${'x'.repeat(59)}…`);
    const hostile: Report = structuredClone(report);
    hostile.replacement.assets[0]!.id = 'PRN-01\n=HYPERLINK("x")';
    expect(detail(deckPlan(hostile), 'replacement-assets')[0]!.table!.rows[0]![0]).toBe('PRN-01 =HYPERLINK("x")');
  });
});

describe('deckFact: a cost total in the presentation file says what the card says', () => {
  const report = sampleReport({ period: '2026-Q3' });
  const format = createFormat('fr', { currency: 'EUR' });
  const t = translator('fr');
  const downtime = { part: 'downtime', reason: 'no-rate', hours: 40 } as const;
  const technician = { part: 'technician-time', reason: 'no-rate', hours: 12 } as const;
  const tco = SECTION_FACTS.costs[0]!;

  it('gives a partial total what it leaves out, and keeps the verdict when both totals leave out the same parts', () => {
    const partial = { ...report, tco: { ...report.tco, total: 68_087, excluded: [technician, downtime] }, previous: { ...report.previous, tco: { ...report.previous.tco, total: 73_491, excluded: [downtime, technician] } } } as Report;
    const fact = deckFact(tco, partial, format, t);
    expect(fact.note).toBe('Hors temps des techniciens et indisponibilité');
    expect(fact.tone).toBe('good');
  });

  it('gives no verdict between totals that leave out different parts, and says why', () => {
    const differ = { ...report, tco: { ...report.tco, total: 68_087, excluded: [downtime] }, previous: { ...report.previous, tco: { ...report.previous.tco, total: 73_491, excluded: [] } } } as Report;
    const fact = deckFact(tco, differ, format, t);
    expect(fact.tone).toBe('none');
    expect(fact.previous).toBeNull();
    expect(fact.note).toBe(`Hors indisponibilité · Précédent\u202f: ${format.value(73_491, 'money')} — pas de comparaison\u202f: les deux totaux n’excluent pas les mêmes parties`);
  });

  it('gives a total not measured the reasons of its parts', () => {
    const none = { ...report, tco: { ...report.tco, total: null, excluded: [{ part: 'acquisition', reason: 'no-assets', hours: null }, downtime] }, notMeasured: [] } as Report;
    expect(deckFact(tco, none, format, t).note).toBe(
      'Non mesuré\u202f: aucune de ses parties n’est mesurée — acquisition (aucun fichier d’équipements fourni) et indisponibilité (la politique ne donne pas de taux horaire)',
    );
  });
});

describe('deckFact: the fleet counts an asset file alone can give', () => {
  it('says "not measured: no asset file" where kpi-core counted 0 of the assets named on tickets', () => {
    // The GLPI look-alike without an asset file read « Hors garantie 0 », « Au-delà de la durée
    // de vie 0 », « Garantie finissant sous 90 jours 0 » on the page, the slide and the PowerPoint.
    const report = sampleReport({ period: '2026-Q3' });
    const bare = {
      ...report,
      reliability: { ...report.reliability, assetFile: false },
      fleet: { ...report.fleet, outOfWarranty: { count: 0, assetIds: [] }, pastUsefulLife: { count: 0, assetIds: [] }, warrantyExpiringSoon: { count: 0, assets: [] } },
      notMeasured: [...report.notMeasured, ...['fleet.outOfWarranty', 'fleet.pastUsefulLife', 'fleet.warrantyExpiringSoon'].map((figure) => ({ figure, reason: 'no-assets' as const }))],
    } as Report;
    const format = createFormat('fr', { currency: 'EUR' });
    const facts = SECTION_FACTS.fleet.slice(1).map((spec) => deckFact(spec, bare, format, translator('fr')));
    expect(facts.map((fact) => fact.value)).toEqual(['n.d.', 'n.d.', 'n.d.']);
    for (const fact of facts) expect(fact.note).toContain('Non mesuré\u202f: aucun fichier d’équipements fourni');
    // With the asset file, the counts as kpi-core gives them.
    expect(SECTION_FACTS.fleet.slice(1).map((spec) => deckFact(spec, report, format, translator('fr')).value)).toEqual(
      [report.fleet.outOfWarranty.count, report.fleet.pastUsefulLife.count, report.fleet.warrantyExpiringSoon.count].map((count) => format.integer(count)),
    );
  });
});

describe('deckPlan: the SLA slide gives the source tool\'s verdicts beside Revue\'s', () => {
  it('adds the tool\'s rate with its evidence and the disagreements, in the CLI\'s words', () => {
    const report = sampleReport({ period: '2026-Q3' });
    const source = { fromVerdicts: 5, fromDueDates: 0, met: 1, breached: 4, pending: 0, adherence: 0.2, compared: 5, disagreements: 1, comparedMetByRevue: 2, comparedMetBySource: 1, disagreeingIds: ['3'] };
    const withSource = { ...report, sla: { ...report.sla, source: { response: null, resolution: source } } } as Report;
    const sla = deckPlan(withSource, { language: 'fr' }).slides.find((slide) => slide.section === 'sla' && slide.detail === null)!;
    expect(sla.facts.at(-1)).toEqual({ label: 'SLA de résolution respecté, selon l’outil source', value: '20\u202f%', previous: null, change: '', tone: 'none', note: '1 sur 5 tickets jugés par l’outil\u202f; 1 ticket jugé autrement par Revue' });
    expect(deckPlan(report, { language: 'fr' }).slides.find((slide) => slide.section === 'sla' && slide.detail === null)!.facts).toHaveLength(2);
  });
});

describe('deckPlan in French: no English left in its own words (review8)', () => {
  /** Words that are English and not French (names of products and units kept as is are not listed). */
  const ENGLISH = new Set(
    'the and of with without from to by for show download previous next slide slides chart charts hours hour cost costs asset assets file files opened closed resolved pending breached none all more less per year years month months week day days data demo generated summary findings back no yes unknown not measured other others open target share left out up'.split(' '),
  );
  // Data from the sample export (category and task names, asset types as the file writes them) is
  // the user's own text, kept as it is: only the deck's words are checked.
  const dataPaths = /\.labels\[|\.rows\[|\.bullets\[|\.commentary$|mspName|\.client$|\.key$|\.(id|section|detail|kind|tone|unit|align|language|type)$/;

  it('says every title, fact, note, column and word of the deck in French', () => {
    const report = sampleReport({ period: '2026-Q3', language: 'fr' });
    const plan = deckPlan(report, { language: 'fr', isDemo: true });
    const faults: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'string') {
        if (dataPaths.test(path) || /^#[0-9a-f]{6}$/i.test(value)) return;
        for (const word of value.toLowerCase().split(/[^\p{L}]+/u)) if (ENGLISH.has(word)) faults.push(`${path}: ${value}`);
      } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
      else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
    };
    walk(plan, 'plan');
    expect(faults).toEqual([]);
    // The findings come from the report, built in the deck's language (`buildReport` language).
    expect(plan.slides[0]!.bullets.every((bullet) => report.findings.some((f) => f.message === bullet))).toBe(true);
  });
});

describe('the requests of an export without ticket types (GLPI default list: no type column)', () => {
  // Seen on glpi-10-pt-br-default-list.csv: "Demandes 0 · 0 % des tickets ouverts" when the
  // export cannot tell a request from an incident (kpi-core counts every untyped ticket as one).
  const report = sampleReport({ period: '2026-Q3' });
  const untyped = { ...report, ticketTypes: { tickets: 12, incidents: 12, byType: { '(none)': 12 }, noIncidentType: false } } as Report;
  const requests = SECTION_FACTS.activity[1]!;
  const format = createFormat('fr', { currency: 'EUR' });

  it('says the requests are not measured, and why, instead of 0', () => {
    const fact = deckFact(requests, untyped, format, translator('fr'));
    expect(fact.value).toBe('n.d.');
    expect(fact.previous).toBeNull();
    expect(fact.note).toBe('Non mesuré\u202f: l’export ne donne pas de type de ticket, les demandes ne se distinguent donc pas des incidents');
  });

  it('counts them when some tickets have a type (the untyped ones are incidents, as the report says beside them)', () => {
    const some = { ...report, ticketTypes: { tickets: 12, incidents: 11, byType: { '(none)': 10, request: 1, incident: 1 }, noIncidentType: false } } as Report;
    expect(deckFact(requests, some, format, translator('fr')).value).toBe(deckFact(requests, report, format, translator('fr')).value);
  });
});

describe('an SLA rate says how many tickets it rests on', () => {
  // Seen on glpi-10-fr.csv: "SLA résolution 42,9 %" on the summary, with nothing to say it is 3
  // tickets of 7, while the source tool's rate beside it gave "(2/6)".
  const report = sampleReport({ period: '2026-Q3' });
  const format = createFormat('fr', { currency: 'EUR' });
  const resolution = SECTION_FACTS.sla[1]!;

  it('gives met of judged beside the rate (3 met, 4 breached: 3 of 7, 42.9 %)', () => {
    const few = structuredClone(report);
    few.sla.resolution = { ...few.sla.resolution!, met: 3, breached: 4, pending: 2, unknown: 0, adherence: 3 / 7 };
    const fact = deckFact(resolution, few, format, translator('fr'));
    expect(fact.value).toBe('42,9\u202f%');
    expect(fact.note).toContain('3 sur 7 tickets dans les délais');
    // One ticket judged: the singular, in both languages.
    few.sla.resolution = { ...few.sla.resolution, met: 1, breached: 0, adherence: 1 };
    expect(deckFact(resolution, few, format, translator('fr')).note).toContain('1 sur 1 ticket dans les délais');
    expect(deckFact(resolution, few, createFormat('en', { currency: 'EUR' }), translator('en')).note).toContain('1 of 1 ticket on time');
  });

  it('says nothing of tickets when the rate is not measured', () => {
    const none = structuredClone(report);
    none.sla.resolution = { ...none.sla.resolution!, met: 0, breached: 0, adherence: null };
    expect(deckFact(resolution, none, format, translator('fr')).note ?? '').not.toContain('dans les délais');
  });
});
