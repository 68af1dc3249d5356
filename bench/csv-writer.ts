/**
 * Writing the benchmark's CSV files: RFC 4180 cells, rows buffered and written in chunks as the
 * stream drains. Shared by both generators.
 */
import { createWriteStream } from 'node:fs';

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; "" inside.
 *
 * @example
 * csvCell('Printer "PRN-1", tray 2'); // → '"Printer ""PRN-1"", tray 2"'
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV file written row by row; `close` resolves with the bytes written.
 *
 * @example
 * const writer = new CsvWriter('a.csv', ['id', 'title']);
 * await writer.row(['T1', 'Printer, tray 2']);
 * await writer.close(); // → 29
 */
export class CsvWriter {
  readonly #stream: ReturnType<typeof createWriteStream>;
  #buffer: string[] = [];
  #bytes = 0;
  readonly #width: number;

  constructor(path: string, header: readonly string[]) {
    this.#stream = createWriteStream(path);
    this.#buffer.push(header.join(','));
    this.#width = header.length;
  }

  async row(cells: readonly (string | number | null)[]): Promise<void> {
    // A row shorter than its header is still read by Revue (missing cells are empty), but DuckDB's
    // strict reader refuses the file: the asset header once gained `status` and the benchmark broke.
    if (cells.length !== this.#width) throw new Error(`CsvWriter: a row of ${cells.length} cells under a header of ${this.#width}`);
    let line = '';
    for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : ',') + csvCell(cells[i]!);
    this.#buffer.push(line);
    if (this.#buffer.length >= 20_000) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.#buffer.length === 0) return;
    const chunk = this.#buffer.join('\n') + '\n';
    this.#buffer = [];
    this.#bytes += Buffer.byteLength(chunk);
    if (!this.#stream.write(chunk)) await new Promise<void>((done) => this.#stream.once('drain', () => done()));
  }

  async close(): Promise<number> {
    await this.flush();
    await new Promise<void>((done, fail) => this.#stream.end((error?: Error | null) => (error ? fail(error) : done())));
    return this.#bytes;
  }
}
