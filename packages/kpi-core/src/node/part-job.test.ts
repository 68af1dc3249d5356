import { describe, expect, it } from 'vitest';
import { runPartJob } from './part-job.js';

describe('a reading job', () => {
  it('reads a whole file, or says plainly how it failed: a refusal as data, anything else by its message only', () => {
    const bytes = new TextEncoder().encode('id,openedAt\nT1,2026-03-02 08:15\n');
    const read = runPartJob({ input: null, whole: bytes, kind: 'tickets', options: {} }, () => undefined);
    expect('rows' in read && read.rows.quality.accepted).toBe(1);
    const refused = runPartJob({ input: null, whole: new TextEncoder().encode('priority\nP1\n'), kind: 'tickets', options: {} }, () => undefined);
    expect(refused).toMatchObject({ refusal: { code: 'unknown-format' } });
    // A job with nothing to read fails inside the reader: the caller gets a message, never a
    // thread's stack trace (it then reads the file again in one pass).
    const failed = runPartJob({ input: null, whole: null, kind: 'tickets', options: {} }, () => undefined);
    expect('failure' in failed).toBe(true);
    expect((failed as { failure: string }).failure).not.toMatch(/\n\s+at /);
  });
});
