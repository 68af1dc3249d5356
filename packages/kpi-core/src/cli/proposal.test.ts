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
});
