import { describe, expect, it } from 'vitest';
import type { Report } from '@revue/kpi-core';
import { sampleReport } from './sample/report.js';
import { figureDefaults } from '@revue/kpi-core/report';
import { KPIS, requestsUnmeasured, trendOf } from './kpis.js';

describe('trendOf', () => {
  const report = sampleReport({ period: '2026-Q3' });
  const months = report.trend!.months;

  it('shows no sparkline for a single month with a value (a dot is no trend)', () => {
    // Seen on glpi-10-fr.csv, three weeks of March 2026: one dot captioned "12 mois".
    const one = structuredClone(report);
    one.trend!.series.slaResolution = months.map((_, i) => (i === months.length - 1 ? 0.429 : null));
    expect(trendOf('slaResolution')(one)).toBeNull();
  });

  it('shows it from two months with a value, nulls kept where unknown', () => {
    const two = structuredClone(report);
    two.trend!.series.slaResolution = months.map((_, i) => (i >= months.length - 2 ? 0.5 : null));
    expect(trendOf('slaResolution')(two)?.values.filter((value) => value !== null)).toEqual([0.5, 0.5]);
  });
});

describe('requestsUnmeasured', () => {
  const report = sampleReport({ period: '2026-Q3' });

  it('says why when no ticket of the export has a type, and nothing when some have one', () => {
    // 12 tickets, 12 without a type: all untyped; 11 of 12: one is typed.
    const covered = { assumptions: [], timezone: 'UTC', coverage: report.coverage } as Pick<Report, 'assumptions' | 'timezone' | 'coverage'>;
    expect(requestsUnmeasured(figureDefaults({ ...covered, ticketTypes: { tickets: 12, incidents: 12, byType: { '(none)': 12 }, noIncidentType: false } }))).toBe('activity.requestsUntyped');
    expect(requestsUnmeasured(figureDefaults({ ...covered, ticketTypes: { tickets: 12, incidents: 11, byType: { '(none)': 11, request: 1 }, noIncidentType: false } }))).toBeNull();
    expect(requestsUnmeasured(figureDefaults(report))).toBeNull();
    expect(KPIS.requests.unmeasured).toBe(requestsUnmeasured);
  });
});
