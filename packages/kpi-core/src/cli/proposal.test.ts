import { describe, expect, it } from 'vitest';
import { proposeMapping } from '../ingest/propose.js';
import { proposalLines } from './proposal.js';

describe('proposalLines', () => {
  it('says which placeholders the proposal reads as empty (ServiceDesk Plus writes "-" for a date not reached)', () => {
    const proposal = proposeMapping('ID de la demande;Heure de création;Heure de clôture\n101;02/03/2026 09:00;03/03/2026 09:00\n102;13/03/2026 10:00;-\n', { fileName: 'sdp.csv' });
    // Before, the JSON held `empty` but the lines a user reads did not say it.
    expect(proposalLines(proposal)).toContain('  read as empty (placeholders): "-"');
  });

  it('says nothing of placeholders when there are none', () => {
    const proposal = proposeMapping('Ticket ID,Date Opened\n1,03/03/2026 09:00\n2,17/03/2026 10:00\n', { fileName: 'halo.csv' });
    expect(proposalLines(proposal).some((line) => line.includes('read as empty'))).toBe(false);
  });

  it('says which plain due date it set aside and how to use it', () => {
    const proposal = proposeMapping('Key,Created,Due Date\nOPS-1,2026-03-02 09:00,2026-03-06\nOPS-2,2026-03-03 10:00,2026-03-20\n', { fileName: 'jira.csv' });
    expect(proposalLines(proposal)).toContain(
      '  "Due Date" not used as slaResolutionDueAt: a plain due date may be set by hand, not by an SLA; if your tool sets it from the SLA, name it in "columns"',
    );
  });
});
