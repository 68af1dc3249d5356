import { buildReport, parsePolicy, reportToMarkdown, ticketsFromRows } from '@revue/kpi-core';
import { describe, expect, it } from 'vitest';
import { comparisonNote, coverageNote, previousComparable, reportComparison, shownFindings } from './comparison.js';

// Ten P2 incidents a day from 1 Oct 2025 to 30 Jun 2026 (UTC), the last one at 23:00 on 30 Jun,
// so asOf is 30 Jun 2026 23:00 and 2026-Q2 is not over until midnight.
const rows: Array<{ id: string; openedAt: number; resolvedAt?: number; priority: string }> = [];
for (let day = Date.UTC(2025, 9, 1); day <= Date.UTC(2026, 5, 30); day += 86_400_000) {
  rows.push({ id: `T${day}`, openedAt: day + 9 * 3_600_000, resolvedAt: day + 10 * 3_600_000, priority: 'P2' });
}
rows.push({ id: 'LAST', openedAt: Date.UTC(2026, 5, 30, 23), priority: 'P2' });
const tickets = ticketsFromRows(rows);
const policy = parsePolicy({ timezone: 'UTC' });
const report = (period: string) => buildReport({ tickets, policy }, { period });

describe('reportComparison (kpi-core\'s comparisonOf over the report)', () => {
  it('compares two periods the data covers wholly', () => {
    expect(reportComparison(report('2026-Q1'))).toEqual({ kind: 'comparable' });
    expect(reportComparison(report('2026-03'))).toEqual({ kind: 'comparable' });
  });

  it('refuses a previous period the data only starts in, and says how much it covers', () => {
    // 2025-10-11..2025-10-31 (21 days); before it 2025-09-20..2025-10-10, 10 of whose 21 days hold data (1–10 Oct).
    expect(reportComparison(report('2025-10-11..2025-10-31'))).toEqual({ kind: 'previous-partial', covered: 10, total: 21 });
  });

  it('refuses to compare a period that is not over with a whole one', () => {
    // 2026-Q2 at asOf 30 Jun 23:00: 90 of its 91 days are over.
    expect(reportComparison(report('2026-Q2'))).toEqual({ kind: 'current-partial', covered: 90, total: 91 });
  });

  it('has nothing to compare with when the previous period is outside the data', () => {
    // 2025-Q4's previous quarter ends before the first ticket.
    expect(reportComparison(report('2025-Q4'))).toEqual({ kind: 'none' });
  });

  it('compares two periods partial alike (same days covered out of the same days)', () => {
    const q = report('2026-Q2');
    const alike = { ...q, coverage: { ...q.coverage, partial: true, days: { covered: 12, total: 91 } }, previous: { ...q.previous, coverage: { ...q.previous.coverage!, partial: true, days: { covered: 12, total: 91 } } } };
    expect(reportComparison(alike)).toEqual({ kind: 'comparable' });
  });

  it('compares nothing in an export of open tickets only, and says why (kpi-core\'s sentence)', () => {
    // The same rows with no resolution and an open status: a list filtered on open tickets.
    const open = ticketsFromRows(rows.map(({ id, openedAt, priority }) => ({ id, openedAt, priority, status: 'Open', statusClass: 'open' })));
    const q1 = buildReport({ tickets: open, policy }, { period: '2026-Q1' });
    expect(q1.openOnly).toBe(true);
    expect(reportComparison(q1)).toEqual({ kind: 'open-only' });
    expect(previousComparable(q1)).toBe(false);
    expect(comparisonNote(q1, 'en')).toBe('Not compared with the previous period: the export holds only tickets still open, and an earlier period keeps fewer of its tickets open.');
    expect(comparisonNote(q1, 'fr')).toContain('l’export ne contient que des tickets encore ouverts');
  });
});

describe('shownFindings', () => {
  // A finding of each kind that matters, on a report whose comparison is decided by its coverage.
  const slip = { kind: 'sla-slipping', severity: 'high', message: 'Tickets resolved on time fell…', evidence: {} } as const;
  const problem = { kind: 'recurring-problem', severity: 'medium', message: 'PRN-1: 3 incidents…', evidence: {} } as const;
  it('drops the findings that compare with a period not comparable, keeps the others', () => {
    const partial = { ...report('2025-10-11..2025-10-31'), findings: [slip, problem] };
    expect(shownFindings(partial).map((f) => f.kind)).toEqual(['recurring-problem']);
    const whole = { ...report('2026-Q1'), findings: [slip, problem] };
    expect(shownFindings(whole).map((f) => f.kind)).toEqual(['sla-slipping', 'recurring-problem']);
  });
});


describe('comparisonNote: the CLI\'s rule and sentence', () => {
  // UCI-like: the ServiceNow incident log starts on 29 Feb 2016 and 2016-Q2 is whole (asOf 1 Jul),
  // so 2016-Q1 (31 + 29 + 31 = 91 days) holds data on 32 of them (29 Feb and the 31 days of March).
  const uciRows: typeof rows = [];
  for (let day = Date.UTC(2016, 1, 29); day < Date.UTC(2016, 6, 1); day += 86_400_000) {
    uciRows.push({ id: `U${day}`, openedAt: day + 9 * 3_600_000, resolvedAt: day + 11 * 3_600_000, priority: 'P3' });
  }
  const uci = (language: 'en' | 'fr') =>
    buildReport({ tickets: ticketsFromRows(uciRows), policy }, { period: '2016-Q2', asOf: '2016-07-01T00:00:00Z', language });

  it('says why a partly covered previous quarter is not compared, as the Markdown review does, in English and French', () => {
    const en = uci('en');
    expect(reportComparison(en)).toEqual({ kind: 'previous-partial', covered: 32, total: 91 });
    expect(previousComparable(en)).toBe(false);
    expect(comparisonNote(en, 'en')).toBe('Previous period not comparable: data covers 32 of 91 days.');
    // The same sentence, from the same catalogue, under the title of `revue report --format md`.
    expect(reportToMarkdown(en)).toContain(` ${comparisonNote(en, 'en')}`);
    const fr = uci('fr');
    expect(comparisonNote(fr, 'fr')).toBe('Période précédente non comparable\u202f: les données en couvrent 32 jours sur 91.');
    expect(reportToMarkdown(fr)).toContain(` ${comparisonNote(fr, 'fr')}`);
    // Neither shows the previous figures: the Markdown summary has no "Previous period" column.
    expect(reportToMarkdown(en)).not.toContain('| Previous period |');
  });

  it('says why a period not over is not compared, and nothing when the periods compare', () => {
    expect(comparisonNote(report('2026-Q2'), 'en')).toBe('Not compared with the previous period: data covers 90 of the 91 days of this period.');
    expect(comparisonNote(report('2026-Q2'), 'fr')).toBe('Pas de comparaison avec la période précédente\u202f: les données couvrent 90 des 91 jours de cette période.');
    expect(comparisonNote(report('2026-Q1'), 'en')).toBeNull();
    expect(comparisonNote(report('2025-Q4'), 'fr')).toBeNull();
  });
});

describe('coverageNote: how much of a partly covered period the figures count, as the CLI says', () => {
  it('says the days of a period the export starts inside, in English and French, the Markdown review\'s sentence', () => {
    // 2025-H2 (1 Jul – 31 Dec: 31+31+30+31+30+31 = 184 days) with data from 1 Oct: 31+30+31 = 92 days covered.
    const en = buildReport({ tickets, policy }, { period: '2025-H2', language: 'en' });
    expect(coverageNote(en, 'en')).toBe('Data covers 92 of the 184 days of this period: every figure, costs included, counts only the time the data cover.');
    expect(reportToMarkdown(en)).toContain(` ${coverageNote(en, 'en')}`);
    const fr = buildReport({ tickets, policy }, { period: '2025-H2', language: 'fr' });
    expect(coverageNote(fr, 'fr')).toBe('Les données couvrent 92 des 184 jours de cette période\u202f: chaque chiffre, coûts compris, ne porte que sur le temps couvert par les données.');
    expect(reportToMarkdown(fr)).toContain(` ${coverageNote(fr, 'fr')}`);
  });

  it('says nothing of a whole period, nor twice when the comparison already gives the days', () => {
    expect(coverageNote(report('2026-Q1'), 'en')).toBeNull();
    // 2026-Q2 not over: comparisonNote says "data covers 90 of the 91 days of this period".
    expect(coverageNote(report('2026-Q2'), 'en')).toBeNull();
  });
});
