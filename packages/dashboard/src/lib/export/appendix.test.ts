import { describe, expect, it } from 'vitest';
import type { Report } from '@revue/kpi-core';
import { sampleReport } from '../sample/report.js';
import { reportAppendix } from './appendix.js';

describe('reportAppendix', () => {
  const report = sampleReport({ period: '2026-Q3' });
  // Whatever the Report type says of these keys (they are being added), the reader takes any shape.
  const withKeys = (extra: object) => ({ ...report, ...extra }) as unknown as Report;

  it('says the lists are absent for a report made before they existed (null, not empty)', () => {
    const { assumptions: _assumptions, notMeasured: _notMeasured, ...older } = report;
    expect(reportAppendix(older as unknown as Report)).toEqual({ assumptions: null, notMeasured: null });
    // The report of today lists them (empty when every figure was measured with the policy's values).
    expect(reportAppendix(report)).toEqual({ assumptions: report.assumptions, notMeasured: report.notMeasured });
  });

  it('reads the lists, values that are not text as JSON, skipping what is not an entry', () => {
    const withLists = withKeys({
      assumptions: [{ key: 'calendar.hours', value: { mon: ['08:00-18:00'] }, source: 'default' }, 'junk', null],
      notMeasured: [{ figure: 'lostHours.cost', reason: 'no-rate' }],
    });
    expect(reportAppendix(withLists)).toEqual({
      assumptions: [{ key: 'calendar.hours', value: '{"mon":["08:00-18:00"]}', source: 'default' }],
      notMeasured: [{ figure: 'lostHours.cost', reason: 'no-rate' }],
    });
    expect(reportAppendix(withKeys({ assumptions: [], notMeasured: [] }))).toEqual({ assumptions: [], notMeasured: [] });
  });
});
