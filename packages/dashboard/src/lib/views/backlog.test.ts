import { buildReport, parsePolicy, ticketsFromRows } from '@revue/kpi-core';
import { describe, expect, it } from 'vitest';
import { createFormat } from '../format/format.js';
import { backlogNotes } from './backlog.js';

// One P2 incident a day from 1 Oct 2025 to 14 Jul 2026 (UTC), each resolved an hour later, and
// three never resolved: opened 15 Feb, 20 May and 10 Jun 2026. So at the end of June 2026 three
// are open, and at the end of Q1 2026 one (15 Feb).
const rows: Array<{ id: string; openedAt: number; resolvedAt?: number; priority: string }> = [];
for (let day = Date.UTC(2025, 9, 1); day < Date.UTC(2026, 6, 15); day += 86_400_000) {
  rows.push({ id: `T${day}`, openedAt: day + 9 * 3_600_000, resolvedAt: day + 10 * 3_600_000, priority: 'P2' });
}
for (const [id, when] of [['OPEN-A', Date.UTC(2026, 1, 15, 9)], ['OPEN-B', Date.UTC(2026, 4, 20, 9)], ['OPEN-C', Date.UTC(2026, 5, 10, 9)]] as const) {
  rows.push({ id, openedAt: when, priority: 'P2' });
}
const tickets = ticketsFromRows(rows);
const policy = parsePolicy({ timezone: 'UTC' });
const report = (period: string, language: 'en' | 'fr') => buildReport({ tickets, policy }, { period, language, asOf: '2026-07-14T12:00:00Z' });

describe('backlogNotes: the "Open at period end" card says the CLI\'s words', () => {
  it('counts at the end of the last month (30 June, not 1 July) and gives the end of the previous quarter', () => {
    const en = report('2026-Q2', 'en');
    expect(en.backlogTrend.months.at(-1)?.open).toBe(3);
    expect(backlogNotes(en, 'en', createFormat('en'))).toEqual({ when: 'At the end of June 2026', before: '1 at the end of Q1 2026' });
    const fr = report('2026-Q2', 'fr');
    expect(backlogNotes(fr, 'fr', createFormat('fr'))).toEqual({ when: 'À la fin de juin 2026', before: '1 à la fin de T1 2026' });
  });

  it('counts a period not over at the data date, and gives no previous count then (the periods do not compare)', () => {
    const en = report('2026-Q3', 'en');
    expect(backlogNotes(en, 'en', createFormat('en'))).toEqual({ when: `On ${createFormat('en').date('2026-07-14T12:00:00Z')}, the data date`, before: null });
  });
});

describe('backlogNotes without an end state (no status, resolution or closing column)', () => {
  it('says no "when": the card gives why there is no count instead', () => {
    const opened = ticketsFromRows([{ id: 'E1', openedAt: Date.UTC(2026, 5, 2, 9), priority: 'P2' }]);
    const endless = buildReport({ tickets: opened, policy }, { period: '2026-06', language: 'en', asOf: '2026-07-14T12:00:00Z' });
    expect(endless.backlogTrend.months.at(-1)).toMatchObject({ month: '2026-06', opened: 1, closed: null, open: null });
    expect(backlogNotes(endless, 'en', createFormat('en'))).toEqual({ when: null, before: null });
  });
});
