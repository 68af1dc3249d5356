import { describe, expect, it } from 'vitest';
import { RevueError, describeError, plainRevueError, revueErrorFrom } from './errors.js';

describe('a RevueError made plain to cross between threads', () => {
  it('comes back with its code, message and location, through a structured clone', () => {
    const error = new RevueError('missing-column', 'no openedAt column', { file: 'tickets.csv', row: 1, column: 'openedAt' });
    const back = revueErrorFrom(structuredClone(plainRevueError(error)));
    expect(back).toBeInstanceOf(RevueError);
    expect([back.code, back.message, back.file, back.row, back.column]).toEqual(['missing-column', 'no openedAt column', 'tickets.csv', 1, 'openedAt']);
    expect(describeError(back)).toBe(describeError(error));
  });
  it('keeps absent locations absent', () => {
    expect(plainRevueError(new RevueError('empty', 'the file is empty'))).toEqual({ code: 'empty', message: 'the file is empty' });
  });
});
