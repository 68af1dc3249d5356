import { RevueError } from '../src/internal/errors.js';

/** The RevueError that `run` throws; any other outcome fails the test. */
export function thrown(run: () => unknown): RevueError {
  try {
    run();
  } catch (error) {
    if (error instanceof RevueError) return error;
    throw error;
  }
  throw new Error('expected a RevueError');
}
