import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectDelimiter, parseCsv, scanCsv } from './csv.js';

const cellsOf = (text: string, delimiter = ',') => parseCsv(text, { delimiter }).records.map((r) => r.cells);

describe('scanCsv', () => {
  it('splits plain records on LF, CRLF and lone CR, with their line numbers', () => {
    // Three records, one per line ending style; line numbers count lines from 1.
    const { records } = parseCsv('a,b\r\nc,d\ne,f\rg,h', { delimiter: ',' });
    expect(records).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['c', 'd'], line: 2 },
      { cells: ['e', 'f'], line: 3 },
      { cells: ['g', 'h'], line: 4 },
    ]);
  });

  it('reads RFC 4180 quotes with "" escaping and delimiters inside quotes', () => {
    expect(cellsOf('"a,1","say ""hi""",c\n')).toEqual([['a,1', 'say "hi"', 'c']]);
  });

  it('keeps multi-line quoted cells and counts their lines for the next record', () => {
    // Record 1 spans lines 2–4 (two line breaks inside the quotes), so record 3 starts on line 5.
    const { records } = parseCsv('h1,h2\n1,"x\ny\r\nz"\n2,w\n', { delimiter: ',' });
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(records[1]!.cells).toEqual(['1', 'x\ny\r\nz']);
  });

  it("keeps GLPI 10 quirks: every field quoted, '' inside values, trailing delimiter as an extra empty cell", () => {
    expect(cellsOf(`"ID";"Titre";\n"1";"Compte ''stagiaire''";\n`, ';')).toEqual([
      ['ID', 'Titre', ''],
      ['1', "Compte ''stagiaire''", ''],
    ]);
  });

  it('gives an empty line as one empty cell and a trailing delimiter at EOF as an empty cell', () => {
    expect(cellsOf('a\n\nb,')).toEqual([['a'], [''], ['b', '']]);
  });

  it('reports an unbalanced quote at EOF with its line, reads it as a character and goes on', () => {
    const seen: boolean[] = [];
    const result = scanCsv('a,b\n1,"never closed\nmore', { delimiter: ',' }, (_c, _n, _l, unclosed) => void seen.push(unclosed));
    expect(result.unclosedQuoteLine).toBe(2);
    expect(seen).toEqual([false, true, false]);
    // The quote is kept as an ordinary character and the line after it is its own record.
    expect(cellsOf('a,b\n1,"never closed\nmore')).toEqual([['a', 'b'], ['1', '"never closed'], ['more']]);
  });

  it('keeps text after a closing quote (lenient) and stops when the sink returns false', () => {
    expect(cellsOf('"ab"cd,e\n')).toEqual([['abcd', 'e']]);
    let count = 0;
    scanCsv('1\n2\n3\n', {}, () => ++count < 2);
    expect(count).toBe(2);
  });

  it('round-trips any grid of cells written with RFC 4180 quoting (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', ';', '"', '\n', '\r', 'é', "'"), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 8 }), (grid) => {
        const text = grid.map((row) => row.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';
        expect(cellsOf(text)).toEqual(grid);
      }),
    );
  });
});

describe('detectDelimiter', () => {
  it('picks the delimiter counted most consistently outside quotes', () => {
    // `;` appears 2× on every line; the commas are inside quotes or only in some data cells.
    expect(detectDelimiter('ID;Titre;Coût\n1;"a, b";1 234,56\n2;c;3\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1\t2,5\t3\n')).toBe('\t');
    expect(detectDelimiter('number,opened_at\nINC1,2026-03-02\n')).toBe(',');
    expect(detectDelimiter('single column\nvalue\n')).toBe(',');
  });
});
