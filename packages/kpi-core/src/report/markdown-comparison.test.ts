/**
 * The Markdown (and so the HTML) review compares with the previous period only when the data
 * cover both alike, by the dashboard's rule (`comparisonOf`): otherwise no previous value, no
 * comparing finding, and one sentence saying why, in the dashboard's words.
 */
import { describe, expect, it } from 'vitest';
import { ticketsFromRows } from '../model/tables.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';
import { comparisonOf } from './coverage.js';
import { atTheEndFr, reportToMarkdown } from './markdown.js';
import { NNBSP } from './messages.js';
import type { Coverage } from './types.js';

type Row = Parameters<typeof ticketsFromRows>[0][number];

// P2: resolution within 8 h, around the clock; no first-response time in these rows.
const policy = parsePolicy({ timezone: 'UTC', sla: { P2: { response: '1h', resolution: '8h', clock: '24x7' } } });

/** A P2 incident opened at `opened`, resolved `hours` later. */
function incident(id: string, opened: string, hours: number): Row {
  const start = Date.parse(opened);
  return { id, openedAt: start, resolvedAt: start + hours * 3_600_000, priority: 'P2', type: 'incident' };
}

// 2026-Q1: five incidents in February and March, all met (2 h). 2026-Q2: five, three met and
// two breached (10 h > 8 h): 60 % against 100 %, a drop of 40 points (a slip is 5 points).
const q1 = ['2026-02-02', '2026-02-16', '2026-03-02', '2026-03-16', '2026-03-30'].map((day, i) => incident(`A${i + 1}`, `${day}T09:00:00Z`, 2));
const q2 = [2, 2, 2, 10, 10].map((hours, i) => incident(`B${i + 1}`, `2026-0${4 + (i % 3)}-1${i}T09:00:00Z`, hours));
const asOf = '2026-07-15T00:00:00Z';

/** The review of 2026-Q2; `fromJanuary` adds a met incident on 1 January, so the data cover 2026-Q1 whole. */
function review(language: 'en' | 'fr', fromJanuary: boolean, options: { asOf?: string } = {}) {
  const rows = fromJanuary ? [incident('A0', '2026-01-01T09:00:00Z', 2), ...q1, ...q2] : [...q1, ...q2];
  return buildReport({ tickets: ticketsFromRows(rows), policy }, { period: '2026-Q2', asOf: options.asOf ?? asOf, language });
}

describe('the Markdown review against a previous period the data cover otherwise', () => {
  it('shows no previous value, no change and no comparing finding, and says why once (English)', () => {
    const report = review('en', false);
    // The data start on 2 Feb: 2026-Q1 is covered from 2 Feb to 31 Mar, 27 + 31 = 58 of its 31 + 28 + 31 = 90 days.
    expect(report.previous.coverage).toMatchObject({ partial: true, days: { covered: 58, total: 90 } });
    expect(report.coverage).toMatchObject({ partial: false, days: { covered: 91, total: 91 } });
    // 60 % against 100 %: it would slip, but 58 days are not the quarter.
    expect(report.findings.some((finding) => finding.kind === 'sla-slipping')).toBe(false);
    const markdown = reportToMarkdown(report);
    expect(markdown).toContain('Period: 1 Apr 2026 – 30 Jun 2026. Data as of 15 Jul 2026. Previous period not comparable: data covers 58 of 90 days.');
    expect(markdown).not.toContain('compared with');
    expect(markdown).not.toContain('Previous period |');
    expect(markdown).toContain('| Figure | This period |\n|---|---:|\n');
    // Shares and counts alike: the period's value only.
    expect(markdown).toContain('| Resolution SLA met | 60% (3/5) |\n');
    expect(markdown).toContain('| Incidents | 5 |\n');
    expect(markdown.split('\n').filter((line) => line.startsWith('| ')).every((line) => line.split(' | ').length === 2)).toBe(true);
    // Why a previous figure is missing is not said either: none is shown.
    expect(markdown).not.toContain('(both periods)');
    expect(markdown).not.toContain('previous');
    expect(markdown.match(/not comparable/g)).toHaveLength(1);
  });

  it('says the same in French, in the dashboard’s words', () => {
    const markdown = reportToMarkdown(review('fr', false));
    expect(markdown).toContain(`Données au 15 juil. 2026. Période précédente non comparable${NNBSP}: les données en couvrent 58 jours sur 90.`);
    expect(markdown).toContain('| Indicateur | Période |\n|---|---:|\n');
    expect(markdown).toContain(`| SLA de résolution respecté | 60${NNBSP}% (3/5) |\n`);
    expect(markdown).not.toContain('comparée à');
  });

  it('says so of a period not over, against a whole previous one', () => {
    // asOf 6 May 2026 00:00: 1 Apr … 5 May are over, 30 + 5 = 35 of 2026-Q2's 91 days; 2026-Q1 is whole (data from 1 Jan).
    const report = review('en', true, { asOf: '2026-05-06T00:00:00Z' });
    expect(report.coverage.days).toEqual({ covered: 35, total: 91 });
    const markdown = reportToMarkdown(report);
    expect(markdown).toContain('Period: 1 Apr 2026 – 30 Jun 2026 (partly covered by the data). Data as of 6 May 2026. Not compared with the previous period: data covers 35 of the 91 days of this period.');
    expect(markdown).toContain('| Figure | This period |\n');
    const fr = reportToMarkdown(review('fr', true, { asOf: '2026-05-06T00:00:00Z' }));
    expect(fr).toContain(`Pas de comparaison avec la période précédente${NNBSP}: les données couvrent 35 des 91 jours de cette période.`);
  });

  it('is unchanged when both periods are covered alike', () => {
    const report = review('en', true);
    expect(report.previous.coverage).toMatchObject({ partial: false, days: { covered: 90, total: 90 } });
    // 6/6 met in 2026-Q1 (100 %), 3/5 in 2026-Q2 (60 %): the slip is a finding.
    expect(report.findings.map((finding) => finding.kind)).toContain('sla-slipping');
    const markdown = reportToMarkdown(report);
    expect(markdown).toContain('Period: 1 Apr 2026 – 30 Jun 2026, compared with 2026-Q1. Data as of 15 Jul 2026.\n');
    expect(markdown).toContain('| Figure | This period | Previous period |\n|---|---:|---:|\n');
    expect(markdown).toContain('| Resolution SLA met | 60% (3/5) | 100% (6/6) |\n');
    expect(markdown).toContain('| Incidents | 5 | 6 |\n');
    expect(markdown).not.toContain('not comparable');
  });
});

describe('the hours lost, in both periods', () => {
  it('gives the cost of each period and says for how many incidents one user was assumed', () => {
    const rated = parsePolicy({ timezone: 'UTC', rates: { userHourly: 40, technicianHourly: null, currency: 'EUR' }, sla: { P2: { response: '1h', resolution: '8h', clock: '24x7' } } });
    // 2026-Q1: A0 (1 Jan) and A1 (2 Feb), 2 business hours each × 1 user (assumed) × P2's 0.5 = 2 h, €80.
    // 2026-Q2: B1 (Mon 13 Apr) 3 h × 0.5 = 1.5 h, €60, and B2 with its 2 users: 2 h × 2 × 0.5 = 2 h, €80.
    const rows = [incident('A0', '2026-01-01T09:00:00Z', 2), incident('A1', '2026-02-02T09:00:00Z', 2), incident('B1', '2026-04-13T09:00:00Z', 3), { ...incident('B2', '2026-04-14T09:00:00Z', 2), affectedUsers: 2 }];
    const report = buildReport({ tickets: ticketsFromRows(rows), policy: rated }, { period: '2026-Q2', asOf });
    expect(reportToMarkdown(report)).toContain(
      '| Hours lost by staff | 3.5 h (€140; one user per incident assumed for 1 of the 2 incidents open during the period) | 2 h (€80; one user per incident assumed for both incidents open during the period) |',
    );
    const fr = reportToMarkdown(buildReport({ tickets: ticketsFromRows(rows), policy: rated }, { period: '2026-Q2', asOf, language: 'fr' }));
    expect(fr).toContain('un utilisateur par incident supposé pour 1 des 2 incidents en cours sur la période');
    expect(fr).toContain('un utilisateur par incident supposé pour les 2 incidents en cours sur la période');
  });
});

describe('the backlog against the end of the previous period', () => {
  // R1, a request opened on 31 March at 20:00 and resolved on 2 April: open on 1 April at 00:00,
  // the end of 2026-Q1. R2 opened on 29 June, never resolved: open at the end of June. Every
  // incident is resolved within 10 h of its opening, none across a month's end.
  const requests: Row[] = [
    { id: 'R1', type: 'request', openedAt: Date.parse('2026-03-31T20:00:00Z'), resolvedAt: Date.parse('2026-04-02T10:00:00Z') },
    { id: 'R2', type: 'request', openedAt: Date.parse('2026-06-29T09:00:00Z') },
  ];
  const withRequests = (fromJanuary: boolean, period: string, language: 'en' | 'fr' = 'en') => {
    const rows = [...(fromJanuary ? [incident('A0', '2026-01-01T09:00:00Z', 2)] : []), ...q1, ...q2, ...requests];
    return reportToMarkdown(buildReport({ tickets: ticketsFromRows(rows), policy }, { period, asOf, language }));
  };

  it('says the backlog at the end of the previous period, when compared', () => {
    // End of June: R2 (R1 closed on 2 April). End of 2026-Q1 (1 April 00:00): R1.
    expect(withRequests(true, '2026-Q2')).toContain('- Tickets open at the end of June 2026: 1 (1 at the end of Q1 2026).\n');
    expect(withRequests(true, '2026-Q2', 'fr')).toContain(`- Tickets encore ouverts à la fin de juin 2026${NNBSP}: 1 (1 à la fin de T1 2026).\n`);
    // May 2026 against April: R1 closed on 2 April, every incident closed the day it opened: 0 and 0.
    expect(withRequests(true, '2026-05')).toContain('- Tickets open at the end of May 2026: 0 (0 at the end of April 2026).\n');
  });

  it('says none when the previous period is not compared (it was the first month of the trend the data hold)', () => {
    // The data start on 2 Feb: 2026-Q1 is covered 58 of 90 days. Before: "(0 at the end of February 2026)".
    expect(withRequests(false, '2026-Q2')).toContain('- Tickets open at the end of June 2026: 1.\n');
  });
});

describe('comparisonOf', () => {
  const coverage = (covered: number, total: number, partial = covered < total): Coverage => ({
    firstOpenedAt: null,
    lastOpenedAt: null,
    ticketsInPeriod: 1,
    covered: covered > 0,
    partial,
    days: { covered, total },
  });

  it('names the period partly covered and its days, as the dashboard does', () => {
    expect(comparisonOf(coverage(91, 91), coverage(32, 91))).toEqual({ kind: 'previous-partial', covered: 32, total: 91 });
    expect(comparisonOf(coverage(35, 91), coverage(90, 90))).toEqual({ kind: 'current-partial', covered: 35, total: 91 });
    expect(comparisonOf(coverage(14, 31), coverage(14, 31))).toEqual({ kind: 'comparable' });
    expect(comparisonOf(coverage(91, 91), coverage(90, 90))).toEqual({ kind: 'comparable' });
    expect(comparisonOf(coverage(91, 91), coverage(0, 90))).toEqual({ kind: 'none' });
    expect(comparisonOf(coverage(91, 91), null)).toEqual({ kind: 'none' });
  });
});

describe('the French end of a month', () => {
  it('elides « de » before a vowel, as French writes it', () => {
    expect(atTheEndFr('octobre 2026')).toBe('à la fin d’octobre 2026');
    expect(atTheEndFr('avril 2026')).toBe('à la fin d’avril 2026');
    expect(atTheEndFr('août 2026')).toBe('à la fin d’août 2026');
    expect(atTheEndFr('juin 2026')).toBe('à la fin de juin 2026');
    expect(atTheEndFr('T1 2026')).toBe('à la fin de T1 2026');
  });
});
