/**
 * A ticket file with a header and no row is refused naming the file and what is missing: "no
 * ticket has a date" read as if the dates were the problem.
 */
import { describe, expect, it } from 'vitest';
import { RevueError } from '../internal/errors.js';
import { readTickets } from '../ingest/read.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';

describe('a ticket file without a ticket', () => {
  const policy = parsePolicy({});
  const refusal = (csv: string): RevueError => {
    const read = readTickets(csv, { fileName: 'tickets.csv' });
    try {
      buildReport({ tickets: read.table, policy, quality: { tickets: read.quality } });
    } catch (error) {
      return error as RevueError;
    }
    throw new Error('buildReport accepted a file without a ticket');
  };

  it('says no ticket was read, with the file, for a header alone or rows all rejected', () => {
    for (const csv of ['id,openedAt,title\n', 'id,openedAt,title\nT1,,no date\n']) {
      const error = refusal(csv);
      expect(error).toBeInstanceOf(RevueError);
      expect(error).toMatchObject({ code: 'no-tickets', file: 'tickets.csv', message: 'no ticket was read (no data row, or every row rejected), so there is nothing to report on' });
    }
  });
});
