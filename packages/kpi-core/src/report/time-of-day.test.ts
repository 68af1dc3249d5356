/**
 * Ticket dates without a time of day (time-of-day.ts): which columns are date-only, what the
 * reader flags, and which figures of the report are then null (`no-time-of-day`) or stay counted.
 * Run under TZ=UTC and TZ=Europe/Paris: the machine's zone must change nothing.
 */
import { describe, expect, it } from 'vitest';
import { isDateOnlyColumn, localMidnightTest } from '../ingest/dates.js';
import { readTickets } from '../ingest/read.js';
import { assetsFromRows, ticketsFromRows } from '../model/tables.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';
import { reportToMarkdown as renderMarkdown } from './markdown.js';
import { untimedDurations } from './time-of-day.js';

describe('localMidnightTest and isDateOnlyColumn', () => {
  it('finds the local midnight of the zone, not the machine’s', () => {
    const paris = localMidnightTest('Europe/Paris');
    // 2 Mar 2026 00:00 in Paris (CET, UTC+1) is 1 Mar 23:00Z; 30 Mar, the day after the change to CEST (UTC+2), 29 Mar 22:00Z.
    expect(paris(Date.UTC(2026, 2, 1, 23, 0))).toBe(true);
    expect(paris(Date.UTC(2026, 2, 29, 22, 0))).toBe(true);
    expect(paris(Date.UTC(2026, 2, 2, 0, 0))).toBe(false);
    expect(localMidnightTest('UTC')(Date.UTC(2026, 2, 2))).toBe(true);
    expect(localMidnightTest('UTC')(Date.UTC(2026, 2, 2, 0, 1))).toBe(false);
    // UTC+14 and UTC−11: a day away from the UTC day.
    expect(localMidnightTest('Pacific/Kiritimati')(Date.UTC(2026, 2, 1, 10, 0))).toBe(true);
    expect(localMidnightTest('Pacific/Pago_Pago')(Date.UTC(2026, 2, 2, 11, 0))).toBe(true);
  });
  it('needs some value, and every value a midnight (a mixed column is timed)', () => {
    const utc = localMidnightTest('UTC');
    expect(isDateOnlyColumn(Float64Array.of(Date.UTC(2026, 2, 2), NaN, Date.UTC(2026, 2, 3)), utc)).toBe(true);
    expect(isDateOnlyColumn(Float64Array.of(Date.UTC(2026, 2, 2), Date.UTC(2026, 2, 3, 9, 15)), utc)).toBe(false);
    expect(isDateOnlyColumn(Float64Array.of(NaN, NaN), utc)).toBe(false);
    expect(isDateOnlyColumn(new Float64Array(0), utc)).toBe(false);
  });
});

/** Twenty tickets T0…T19 with the same instants. */
function twenty(instants: Record<string, string>): Parameters<typeof ticketsFromRows>[0] {
  return Array.from({ length: 20 }, (_, i) => ({ id: `T${i}`, ...instants }));
}

describe('untimedDurations', () => {
  it('resolution: openedAt or resolvedAt date-only; closedAt only when nothing fills resolvedAt', () => {
    const days = ticketsFromRows([{ id: '1', openedAt: '2026-03-02', resolvedAt: '2026-03-02' }]);
    expect(untimedDurations(days, 'UTC', false)).toEqual({ dateOnly: ['openedAt', 'resolvedAt'], response: false, resolution: true });
    // Beside a timed column, a column all at midnight is date-only from 5 values (DATE_ONLY_MIN_VALUES).
    const openedOnly = ticketsFromRows(twenty({ openedAt: '2026-03-02', resolvedAt: '2026-03-02T10:30Z' }));
    expect(untimedDurations(openedOnly, 'UTC', false).resolution).toBe(true);
    // Closing days beside timed resolutions: the resolution instant is resolvedAt, timed.
    const closedDays = ticketsFromRows(twenty({ openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T10:30Z', closedAt: '2026-03-05' }));
    expect(untimedDurations(closedDays, 'UTC', false)).toEqual({ dateOnly: ['closedAt'], response: false, resolution: false });
    // No resolvedAt at all: the closing day stands for the resolution.
    const closedOnly = ticketsFromRows(twenty({ openedAt: '2026-03-02T09:00Z', closedAt: '2026-03-05' }));
    expect(untimedDurations(closedOnly, 'UTC', false).resolution).toBe(true);
  });
  it('a few openings at midnight beside timed resolutions are times, not days (the audit of 2026-12-05)', () => {
    // M1 00:00 → 06:00, M2 00:00 → 02:00: two midnights by chance, not a date-only export.
    const audit = ticketsFromRows([
      { id: 'M1', openedAt: '2026-04-01T00:00:00Z', resolvedAt: '2026-04-01T06:00:00Z' },
      { id: 'M2', openedAt: '2026-04-02T00:00:00Z', resolvedAt: '2026-04-02T02:00:00Z' },
    ]);
    expect(untimedDurations(audit, 'UTC', false)).toEqual({ dateOnly: [], response: false, resolution: false });
    // Four such openings are still times; five are a column of days (DATE_ONLY_MIN_VALUES).
    expect(untimedDurations(ticketsFromRows(twenty({ openedAt: '2026-04-01T00:00:00Z', resolvedAt: '2026-04-01T06:00:00Z' }).slice(0, 4)), 'UTC', false).resolution).toBe(false);
    expect(untimedDurations(ticketsFromRows(twenty({ openedAt: '2026-04-01T00:00:00Z', resolvedAt: '2026-04-01T06:00:00Z' }).slice(0, 5)), 'UTC', false).resolution).toBe(true);
    // With no time of day anywhere in the file, one row is enough (a short Zendesk Explore download).
    expect(untimedDurations(ticketsFromRows([{ id: '1', openedAt: '2026-03-02', resolvedAt: '2026-03-03' }]), 'UTC', false).resolution).toBe(true);
  });
  it('response: only with a first-response column, when it or openedAt is date-only', () => {
    const tickets = ticketsFromRows(twenty({ openedAt: '2026-03-02T09:00Z', firstResponseAt: '2026-03-02', resolvedAt: '2026-03-02T10:30Z' }));
    expect(untimedDurations(tickets, 'UTC', true)).toEqual({ dateOnly: ['firstResponseAt'], response: true, resolution: false });
    expect(untimedDurations(tickets, 'UTC', false).response).toBe(false);
  });
  it('judges midnights in the report’s zone: a UTC midnight is 01:00 in Paris', () => {
    const tickets = ticketsFromRows([{ id: '1', openedAt: '2026-03-02T00:00Z', resolvedAt: '2026-03-03T00:00Z' }]);
    expect(untimedDurations(tickets, 'UTC', false).resolution).toBe(true);
    expect(untimedDurations(tickets, 'Europe/Paris', false).resolution).toBe(false);
  });
});

describe('the reader flags a date-only column', () => {
  const csv = [
    'id,openedAt,resolvedAt,priority',
    'T1,2026-03-02,2026-03-02,P2',
    'T2,2026-03-03,,P3',
    'T3,2026-03-04,2026-03-06,P3',
  ].join('\n');
  it('once per column, at its first value, naming the column (text and bytes alike)', () => {
    for (const input of [csv, new TextEncoder().encode(csv)]) {
      const { quality } = readTickets(input, { fileName: 'days.csv', timezone: 'Europe/Paris' });
      const flagged = quality.issues.filter((issue) => issue.code === 'no-time-of-day');
      expect(flagged.map(({ row, column, severity }) => ({ row, column, severity }))).toEqual([
        { row: 2, column: 'openedAt', severity: 'warning' },
        { row: 2, column: 'resolvedAt', severity: 'warning' },
      ]);
      expect(flagged[0]!.message).toBe(
        'days.csv row 2, openedAt: no date of this column (openedAt) gives a time of day (each is a day alone, or midnight): the hours measured from it (SLA, repair times, downtime) are not measured',
      );
      expect(quality.dateOnlyColumns).toEqual(['openedAt', 'resolvedAt']);
      expect(quality.file).toBe('days.csv');
    }
  });
  it('says nothing of a mixed column (one cell with a time of day)', () => {
    const mixed = csv.replace('T3,2026-03-04,2026-03-06', 'T3,2026-03-04 08:15,2026-03-06 17:00');
    const { quality } = readTickets(mixed, { timezone: 'UTC' });
    expect(quality.issues.filter((issue) => issue.code === 'no-time-of-day')).toEqual([]);
    expect(quality.dateOnlyColumns).toBeUndefined();
  });
});

describe('a report from date-only tickets', () => {
  const policy = parsePolicy({ timezone: 'UTC', headcount: 10, rates: { userHourly: 40, technicianHourly: 60 } });
  const options = { period: '2026-03', asOf: '2026-04-01T00:00:00Z' } as const;
  // Three incidents of asset A in March: two solved the day they were opened (0 h from the
  // dates, "met" against any target), one the next day (24 h from the dates).
  const rows = (time: (day: string, hour: string) => string): Parameters<typeof ticketsFromRows>[0] => [
    { id: 'D-1', openedAt: time('2026-03-02', '09:00'), resolvedAt: time('2026-03-02', '16:00'), priority: 'P2', assetId: 'A', category: 'printer' },
    { id: 'D-2', openedAt: time('2026-03-10', '09:00'), resolvedAt: time('2026-03-11', '15:00'), priority: 'P3', assetId: 'A', category: 'printer' },
    { id: 'D-3', openedAt: time('2026-03-20', '10:00'), resolvedAt: time('2026-03-20', '11:00'), priority: 'P1', assetId: 'A', category: 'network' },
  ];
  const assets = assetsFromRows([{ id: 'A', inServiceDate: '2025-01-01' }]);
  const dated = buildReport({ tickets: ticketsFromRows(rows((day) => day)), assets, policy }, options);
  const timed = buildReport({ tickets: ticketsFromRows(rows((day, hour) => `${day}T${hour}Z`)), assets, policy }, options);

  it('leaves the hours null with no-time-of-day, where the same tickets with times measure them', () => {
    expect(timed.sla.resolution?.adherence).not.toBeNull();
    expect(timed.reliability.fleet.mttrHours).not.toBeNull();
    expect(dated.sla.resolution).toBeNull();
    expect(dated.sla.byPriority['P2']!.resolution).toBeNull();
    expect(dated.sla.byMonth.every((month) => month.resolution === null)).toBe(true);
    expect(dated.sla.elapsedHistogram.resolution).toBeNull();
    expect(dated.sla.breaches).toEqual([]);
    const fleet = dated.reliability.fleet;
    expect([fleet.mttrHours, fleet.mtbfHours, fleet.availability, fleet.downtimeHours, fleet.uptimeHours]).toEqual([null, null, null, null, null]);
    expect(dated.reliability.byAsset['A']!.mttrHours).toBeNull();
    expect([dated.lostHours.totalHours, dated.lostHours.cost, dated.lostHours.perEmployeePerYear]).toEqual([null, null, null]);
    expect(dated.tco.byCategory.downtime).toBeNull();
    expect(dated.tco.excluded).toContainEqual({ part: 'downtime', reason: 'no-time-of-day', hours: null });
    const reasons = dated.notMeasured.filter((entry) => entry.reason === 'no-time-of-day').map((entry) => entry.figure);
    expect(reasons).toEqual([
      'sla.resolution',
      'reliability.fleet.availability',
      'reliability.fleet.mtbfHours',
      'reliability.fleet.mttrHours',
      'lostHours',
      'tco.byCategory.downtime',
    ]);
    // No first-response column: response keeps its own reason.
    expect(dated.notMeasured).toContainEqual({ figure: 'sla.response', reason: 'no-response-time' });
  });
  it('keeps the counts: tickets, incidents, failures, recurrence', () => {
    expect(dated.sla.tickets).toBe(3);
    expect(dated.recurrence.incidents).toBe(3);
    // D-2 repeats D-1 (asset A, printer, 8 days apart ≤ the default window): 1 of 3, as with times.
    expect(dated.recurrence.rate).toBe(timed.recurrence.rate);
    expect(dated.reliability.fleet.failures).toBe(3);
    // Incidents that "lost time" are those of a length over 0: a length from days, so null.
    expect(dated.lostHours.incidents).toBeNull();
    expect(timed.lostHours.incidents).toBe(3);
  });
  it('nulls the monthly SLA, MTBF, availability and lost-hours series, saying why', () => {
    const march = dated.trend.months.indexOf('2026-03');
    expect(timed.trend.series.slaResolution[march]).not.toBeNull();
    for (const figure of ['slaResolution', 'mtbfHours', 'availability', 'lostHours', 'lostHoursPerEmployeePerYear'] as const) {
      expect(dated.trend.series[figure].every((value) => value === null)).toBe(true);
      expect(dated.trend.notMeasured).toContainEqual({ figure, reason: 'no-time-of-day' });
    }
    expect(dated.trend.series.incidents[march]).toBe(3);
  });
  it('says it in words, in English and French', () => {
    const en = renderMarkdown(dated);
    expect(en).toContain('| Resolution SLA met | not measured |');
    expect(en).toContain('| Availability | not measured |');
    expect(en).toContain('- Resolution SLA: the export gives the ticket dates without a time of day, so hours between them cannot be measured');
    const fr = renderMarkdown(buildReport({ tickets: ticketsFromRows(rows((day) => day)), assets, policy }, { ...options, language: 'fr' }));
    expect(fr).toContain('SLA de résolution\u202f: l’export donne les dates des tickets sans heure, les durées en heures ne peuvent pas en être mesurées');
  });
  it('response alone: first-response days beside timed openings and resolutions', () => {
    // Eighteen requests without a target beside them: twenty first-response days, a column of days.
    const tickets = ticketsFromRows([
      { id: 'R-1', openedAt: '2026-03-02T09:00Z', firstResponseAt: '2026-03-02', resolvedAt: '2026-03-02T16:00Z', priority: 'P2', assetId: 'A' },
      { id: 'R-2', openedAt: '2026-03-10T09:00Z', firstResponseAt: '2026-03-11', resolvedAt: '2026-03-11T15:00Z', priority: 'P3', assetId: 'A' },
      ...Array.from({ length: 18 }, (_, i) => ({ id: `Q-${i}`, type: 'request', openedAt: '2026-03-12T09:00Z', firstResponseAt: '2026-03-12', resolvedAt: '2026-03-12T10:00Z', priority: 'P9' })),
    ]);
    const report = buildReport({ tickets, assets, policy }, options);
    expect(report.sla.response).toBeNull();
    expect(report.sla.byMonth.every((month) => month.response === null)).toBe(true);
    // 09:00–16:00 on Monday 2 Mar, 7 business hours ≤ P2's 8 h; R-2: Tue 10 Mar 09:00 – Wed 11 Mar 15:00, 14 h ≤ P3's 24 h.
    expect(report.sla.resolution).toMatchObject({ met: 2, breached: 0, adherence: 1 });
    expect(report.reliability.fleet.mttrHours).not.toBeNull();
    expect(report.notMeasured.filter((entry) => entry.reason === 'no-time-of-day')).toEqual([{ figure: 'sla.response', reason: 'no-time-of-day' }]);
    expect(report.trend.notMeasured).toContainEqual({ figure: 'slaResponse', reason: 'no-time-of-day' });
  });
  it('without an asset file, says the missing inventory first for availability and MTBF', () => {
    const bare = buildReport({ tickets: ticketsFromRows(rows((day) => day)), policy }, options);
    const reasons = Object.fromEntries(bare.notMeasured.filter((entry) => entry.figure.startsWith('reliability.fleet.')).map((entry) => [entry.figure, entry.reason]));
    expect(reasons).toEqual({
      'reliability.fleet.availability': 'no-assets',
      'reliability.fleet.mtbfHours': 'no-assets',
      'reliability.fleet.mttrHours': 'no-time-of-day',
    });
  });
  it('changes nothing when the tickets have times', () => {
    expect(timed.notMeasured.some((entry) => entry.reason === 'no-time-of-day')).toBe(false);
  });
});
