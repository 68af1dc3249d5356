/**
 * The one error type a user can meet: a refusal of a whole input or a broken contract
 * (bad option, unknown period). Row-level problems never throw; they become quality issues.
 */
export class RevueError extends Error {
  override readonly name = 'RevueError';
  readonly code: string;
  readonly file: string | undefined;
  readonly row: number | undefined;
  readonly column: string | undefined;

  constructor(code: string, message: string, where: { file?: string; row?: number; column?: string } = {}) {
    super(message);
    this.code = code;
    this.file = where.file;
    this.row = where.row;
    this.column = where.column;
  }
}

/** `file row N, column: message` — the one-line form used by the CLI and the dashboard. */
export function describeError(error: unknown): string {
  if (error instanceof RevueError) {
    // A message that already names its file (`tickets.csv is 1.0 GB…`) says where it is.
    if (error.file !== undefined && error.message.startsWith(error.file)) return error.message;
    const where = [error.file, error.row !== undefined ? `row ${error.row}` : undefined, error.column]
      .filter((part) => part !== undefined && part !== '')
      .join(', ');
    return where ? `${where}: ${error.message}` : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** A RevueError as plain data, to cross between threads (an Error loses its code on the way). */
export interface PlainRevueError {
  code: string;
  message: string;
  file?: string;
  row?: number;
  column?: string;
}

/**
 * A RevueError as plain data, and back: a reading thread's refusal reaches the caller as the
 * same error a one-thread read throws.
 *
 * @example revueErrorFrom(plainRevueError(new RevueError('empty', 'tickets.csv is empty'))).code // 'empty'
 */
export function plainRevueError(error: RevueError): PlainRevueError {
  const { code, message, file, row, column } = error;
  return { code, message, ...(file !== undefined ? { file } : {}), ...(row !== undefined ? { row } : {}), ...(column !== undefined ? { column } : {}) };
}

/** The RevueError that {@link plainRevueError} made plain. */
export function revueErrorFrom(plain: PlainRevueError): RevueError {
  const { code, message, file, row, column } = plain;
  return new RevueError(code, message, { ...(file !== undefined ? { file } : {}), ...(row !== undefined ? { row } : {}), ...(column !== undefined ? { column } : {}) });
}
