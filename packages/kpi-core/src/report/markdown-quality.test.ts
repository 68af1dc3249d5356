/**
 * The review's "Data quality" section says what was flagged, not only how many rows were read:
 * a US export whose dates never settle the order is read day-first, and a review that says
 * "2 rows read, 2 accepted, 0 rejected" and nothing else would present March's tickets as April's.
 */
import { describe, expect, it } from 'vitest';
import { readTickets } from '../ingest/read.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';
import { reportToMarkdown } from './markdown.js';

// Two tickets whose every date (03/04, 05/06) reads either way: 2 rows × 3 date columns = 6
// ambiguous values; one row lacks its opening date (rejected).
const csv = [
  'id,openedAt,type,priority,firstResponseAt,resolvedAt',
  '1,03/04/2026 09:00,incident,P2,03/04/2026 09:30,03/04/2026 12:00',
  '2,05/06/2026 09:00,incident,P3,05/06/2026 09:30,05/06/2026 12:00',
  '3,,incident,P3,,',
].join('\n');

describe('the Markdown review lists each flag of the files with its count', () => {
  const read = readTickets(csv, { fileName: 'us.csv', timezone: 'UTC' });
  const report = (language: 'en' | 'fr') =>
    buildReport({ tickets: read.table, policy: parsePolicy({ timezone: 'UTC' }), quality: { tickets: read.quality } }, { period: '2026-Q2', language });

  it('in English, most frequent first', () => {
    expect(read.quality.warnings).toEqual({ 'ambiguous-date': 6 });
    const text = reportToMarkdown(report('en'));
    expect(text).toContain(
      [
        '- us.csv: 3 rows read, 2 accepted, 1 rejected',
        // With the first case located (file line, column): before, the count alone.
        '- us.csv: date may be day-first or month-first (read day-first): 6 (first: row 2, column “openedAt”)',
        '- us.csv: a required field is empty (row rejected): 1 (first: row 4, column “openedAt”)',
      ].join('\n'),
    );
  });

  it('in French, with a narrow no-break space before the colons', () => {
    const text = reportToMarkdown(report('fr'));
    expect(text).toContain('- us.csv\u202f: date ambiguë, jour/mois ou mois/jour (lue jour d’abord)\u202f: 6 (premier cas\u202f: ligne 2, colonne «\u202fopenedAt\u202f»)');
    expect(text).toContain('- us.csv\u202f: champ obligatoire vide (ligne rejetée)\u202f: 1 (premier cas\u202f: ligne 4, colonne «\u202fopenedAt\u202f»)');
  });
});

describe('the Markdown review agrees its words with its counts', () => {
  it('says "1 ticket opened", "1 ticket ouvert"', () => {
    const one = readTickets('id,openedAt,type\nT1,2026-03-10T09:00:00Z,incident\n', { fileName: 'one.csv' });
    const review = (language: 'en' | 'fr') => reportToMarkdown(buildReport({ tickets: one.table, policy: parsePolicy({ timezone: 'UTC' }) }, { period: '2026-03', language }));
    expect(review('en')).toContain('- 1 ticket opened: 1 incident.');
    expect(review('fr')).toContain('- 1 ticket ouvert\u202f: 1 incident.');
  });
});
