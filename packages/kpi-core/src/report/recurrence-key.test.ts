// The recurrence key as a policy file writes it (DESIGN §5: "configurable, e.g. client +
// normalised title"): `titleKey` stands for the normalised title.
import { describe, expect, it } from 'vitest';
import { readTickets } from '../ingest/read.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';

describe('the recurrence key from a policy file: client + normalised title (DESIGN §5)', () => {
  it('accepts titleKey, and three spellings of one title are one chain', () => {
    // The audit of 2026-12-05: the README named titleKey, the policy parser refused it. By hand:
    // three incidents of Acme within 30 days, one title spelled three ways: 2 repeats of 3 keyed.
    const titled = parsePolicy({ timezone: 'UTC', recurrence: { key: ['client', 'titleKey'] } });
    expect(titled.recurrence.key).toEqual(['client', 'titleKey']);
    const tickets = readTickets(
      [
        'id,openedAt,type,client,title,resolvedAt',
        'P1,2026-03-02T09:00:00Z,incident,Acme,Imprimante bloquée,2026-03-02T10:00:00Z',
        'P2,2026-03-05T09:00:00Z,incident,Acme,imprimante bloquee,2026-03-05T10:00:00Z',
        'P3,2026-03-09T09:00:00Z,incident,Acme,Imprimante  Bloquée.,2026-03-09T10:00:00Z',
      ].join('\n'),
      { timezone: 'UTC', fileName: 't.csv' },
    ).table;
    const report = buildReport({ tickets, policy: titled }, { period: '2026-03', asOf: '2026-04-01T00:00:00Z' });
    expect(report.recurrence).toMatchObject({ incidents: 3, withKey: 3, repeats: 2 });
    expect(report.recurrence.rate).toBeCloseTo(2 / 3, 12);
  });
});
