import { describe, expect, it } from 'vitest';
import { ticketsFromRows } from '../model/tables.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';
import { reportToMarkdown } from './markdown.js';

// P1 on a 24×7 clock: resolution target 4 h, response 1 h.
const policy = parsePolicy({ timezone: 'Europe/Paris', sla: { P1: { response: '1h', resolution: '4h', clock: '24x7' } }, headcount: 10 });

type Row = Parameters<typeof ticketsFromRows>[0][number];
function incident(id: string, opened: string, hours: number, extra: Partial<Row> = {}): Row {
  const start = Date.parse(opened);
  return { id, openedAt: start, firstResponseAt: start + 600_000, resolvedAt: start + hours * 3_600_000, priority: 'P1', type: 'incident', ...extra };
}

// February: 6 incidents resolved in 2 h (met). May: 3 in 2 h (met), 3 in 6 h (breached), and a request.
const tickets = ticketsFromRows([
  ...[1, 2, 3, 4, 5, 6].map((d) => incident(`F${d}`, `2026-02-0${d}T09:00:00Z`, 2, { category: 'Network' })),
  ...[1, 2, 3].map((d) => incident(`M${d}`, `2026-05-1${d}T09:00:00Z`, 2, { category: 'Printer', site: 'Lyon' })),
  ...[4, 5, 6].map((d) => incident(`B${d}`, `2026-05-1${d}T09:00:00Z`, 6, { category: 'Printer' })),
  { id: 'R1', openedAt: '2026-05-20T09:00:00Z', type: 'request', priority: 'P4' },
]);

describe('the review content in the report', () => {
  const report = buildReport({ tickets, policy }, { period: '2026-Q2' });

  it('adds the volume, the backlog over time, the trend and the replacement plan of the period', () => {
    expect(report.volume.tickets).toBe(7);
    expect(report.volume.byType.groups.map(({ key, tickets: count }) => [key, count])).toEqual([['incident', 6], ['request', 1]]);
    expect(report.volume.bySite.groups.map(({ key, tickets: count }) => [key, count])).toEqual([['(none)', 4], ['Lyon', 3]]);
    // From the first ticket's month (February) to asOf's (May: R1 is still open then).
    expect(report.backlogTrend.months.map(({ month, opened, closed, open }) => [month, opened, closed, open])).toEqual([
      ['2026-02', 6, 6, 0],
      ['2026-03', 0, 0, 0],
      ['2026-04', 0, 0, 0],
      ['2026-05', 7, 6, 1],
    ]);
    expect(report.replacement).toMatchObject({ count: 0, withoutDates: 0 });
    // The volume is a figure of the period: the previous quarter has its own (F1–F6 in February),
    // and a previous period before the data has none (null, not 0).
    expect(report.previous.volume.tickets).toBe(6);
    const first = buildReport({ tickets, policy }, { period: '2026-Q1' });
    expect(first.previous.coverage?.covered).toBe(false);
    expect(first.previous.volume).toMatchObject({ tickets: null, cancelled: null, byMonth: [] });
  });

  it('gives each month of the trend the figure of that month alone', () => {
    expect(report.trend.months.at(-1)).toBe('2026-06');
    // July 2025 – January 2026: before the first ticket; June: after the last one and asOf.
    expect(report.trend.covered).toEqual([false, false, false, false, false, false, false, true, true, true, true, false]);
    expect(report.trend.series.slaResolution).toEqual([null, null, null, null, null, null, null, 1, null, null, 0.5, null]);
    expect(report.trend.series.incidents).toEqual([null, null, null, null, null, null, null, 6, 0, 0, 6, null]);
    // The month review's headline figure is the last value of its trend.
    const may = buildReport({ tickets, policy }, { period: '2026-05' });
    expect(may.trend.series.slaResolution.at(-1)).toBe(may.sla.resolution!.adherence);
    expect(may.trend.series.incidents.at(-1)).toBe(may.recurrence.incidents);
    expect(may.trend.series.lostHours.at(-1)).toBe(may.lostHours.totalHours);
    expect(may.trend.series.cost.at(-1)).toBeCloseTo(may.tco.total!, 9);
  });

  it('prints the activity and the replacement plan in the Markdown review', () => {
    const markdown = reportToMarkdown(report);
    expect(markdown).toContain('## Activity\n\n- 7 tickets opened: 6 incidents, 1 request.');
    expect(markdown).toContain('- Most frequent categories: Printer (6), no category (1).');
    // asOf is 20 May: May's backlog is counted then, not at the end of May. 2026-Q1 is covered
    // from 1 Feb only, and 2026-Q2 is not over: not compared, so no backlog at the end of 2026-Q1
    // either (it was "0 at the end of February 2026", the first month the data hold).
    expect(markdown).toContain('- Tickets open on 20 May 2026, the data date: 1.\n');
    // No asset file: the plan is not measured, not "no asset to replace" (the printers named on
    // the tickets carry no date nor price).
    expect(markdown).toContain('## Replacement plan (next 12 months)\n\nNot measured: no asset file was given.');
    const french = reportToMarkdown(buildReport({ tickets, policy }, { period: '2026-Q2', language: 'fr' }));
    expect(french).toContain('- 7 tickets ouverts\u202f: 6 incidents, 1 demande.');
    expect(french).toContain('- Catégories les plus fréquentes\u202f: Printer (6), sans catégorie (1).');
    expect(french).toContain('- Tickets encore ouverts le 20 mai 2026, date des données\u202f: 1.\n');
  });
});
