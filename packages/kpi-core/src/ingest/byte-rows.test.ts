/**
 * The byte reader (byte-rows.ts) against the text reader it stands in for: the same file read
 * piece by piece from its bytes and from its decoded text must give the same table, counts,
 * issues and lines (the expected value is always the text reader's, which the other tests of
 * this folder pin). Plus its parts: the UTF-8 check against TextDecoder's, the byte parsers of
 * numbers and dates against the text parsers.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { TICKET_FIELDS } from '../model/fields.js';
import { createDateRangeParser, createIsoBytesParser, IsoBytesReader, lastDateWasDstGap } from './dates.js';
import { parseNumberRange, parsePlainNumberBytes } from './numbers.js';
import { piecesOf } from './pieces.js';
import { finishRows, readRows, type Kind, type ReadOptions } from './read.js';
import { ByteInterner, textOf, validUtf8 } from './text-bytes.js';

const encoder = new TextEncoder();

// Each piece (or rest of the first piece) the byte reader reads, to show which rows it took.
const byteReads = vi.hoisted(() => [] as { startLine: number; records: number; fallbacks: number }[]);
vi.mock('./byte-rows.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./byte-rows.js')>();
  return {
    ...original,
    byteRowsReader: (context: Parameters<typeof original.byteRowsReader>[0]) => {
      const read = original.byteRowsReader(context);
      return (bytes: Uint8Array, startLine: number) => {
        const result = read(bytes, startLine);
        byteReads.push({ startLine, records: result.records, fallbacks: result.fallbacks });
        return result;
      };
    },
  };
});

describe('validUtf8', () => {
  it('agrees with a fatal TextDecoder on random bytes', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x80, 0xbf, 0xc2, 0xc3, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xa0, 0x9f, 0x90, 0x8f));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 12 }), (list) => {
        const bytes = Uint8Array.from(list);
        let expected = true;
        try {
          fatal.decode(bytes);
        } catch {
          expected = false;
        }
        expect(validUtf8(bytes, 0, bytes.length)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
  it('agrees with a fatal TextDecoder on every encoded character (and its cut forms)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 6 }), fc.nat(), (text, cut) => {
        const bytes = encoder.encode(text);
        expect(validUtf8(bytes, 0, bytes.length)).toBe(true);
        const end = bytes.length === 0 ? 0 : cut % bytes.length;
        let expected = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
        } catch {
          expected = false;
        }
        expect(validUtf8(bytes, 0, end)).toBe(expected);
      }),
    );
  });
});

describe('textOf and ByteInterner', () => {
  it('give the decoded text of a range; the interner one string per distinct bytes', () => {
    const bytes = encoder.encode('Hôtel du Lac,Acme,Hôtel du Lac');
    expect(textOf(bytes, 0, 13, false)).toBe('Hôtel du Lac');
    expect(textOf(bytes, 14, 18, true)).toBe('Acme');
    const interner = new ByteInterner();
    const first = interner.text(bytes, 0, 13, false);
    expect(interner.text(bytes, 19, 32, false)).toBe(first);
    expect(interner.text(bytes, 14, 18, true)).toBe('Acme');
  });
  it('still gives the text past its limit of distinct values', () => {
    const interner = new ByteInterner();
    for (let i = 0; i < ByteInterner.LIMIT + 10; i++) {
      const bytes = encoder.encode(`v${i}`);
      expect(interner.text(bytes, 0, bytes.length, true)).toBe(`v${i}`);
    }
  });
});

/** Texts a date cell may hold: the fixed ISO shapes (valid or not), and others the byte parser leaves to the text parser. */
const dateText = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 1960, max: 2110 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 24 }),
      fc.integer({ min: 0, max: 60 }),
      fc.integer({ min: 0, max: 60 }),
      fc.constantFrom('+02:00', '-05:30', '+00:00', 'Z', '', '+2:00', 'z', '+14:00'),
      fc.constantFrom('T', ' ', 't'),
      fc.boolean(),
    )
    .map(([y, mo, d, h, mi, s, zone, sep, dayOnly]) => {
      const p = (n: number) => String(n).padStart(2, '0');
      const day = `${y}-${p(mo)}-${p(d)}`;
      return dayOnly ? day : `${day}${sep}${p(h)}:${p(mi)}:${p(s)}${zone}`;
    }),
  fc.constantFrom('2026-03-29 02:30:00', '2026-10-25 02:30:00', '2026-03-29T02:30:00', '2026/03/02', '02/03/2026 10:00', '2026-3-2', 'x', '2026-03-02T08:15', '2026-03-02T08:15:00.5Z'),
);

describe('createIsoBytesParser', () => {
  it('gives the text parser\'s value (and DST-gap flag) whenever it reads a value', () => {
    fc.assert(
      fc.property(dateText, fc.constantFrom('UTC', 'Europe/Paris', 'America/New_York'), fc.constantFrom('instant' as const, 'date' as const), (text, timeZone, precision) => {
        const bytes = encoder.encode(`,${text},`);
        const fromBytes = createIsoBytesParser({ timeZone, precision })(bytes, 1, bytes.length - 1);
        const gapBytes = lastDateWasDstGap();
        const fromText = createDateRangeParser({ timeZone, precision })(text, 0, text.length);
        const gapText = lastDateWasDstGap();
        if (!Number.isNaN(fromBytes)) {
          expect(fromBytes).toBe(fromText);
          expect(gapBytes).toBe(gapText);
        }
      }),
      { numRuns: 3000 },
    );
  });
  it('reads the four shapes the generators and exports write', () => {
    const read = (text: string) => createIsoBytesParser({ timeZone: 'Europe/Paris' })(encoder.encode(text), 0, text.length);
    expect(read('2026-03-02T08:15:00+01:00')).toBe(Date.UTC(2026, 2, 2, 7, 15));
    expect(read('2026-03-02T08:15:59Z')).toBe(Date.UTC(2026, 2, 2, 8, 15));
    expect(read('2026-03-02 08:15:00')).toBe(Date.UTC(2026, 2, 2, 7, 15)); // Paris, winter: UTC+1
    expect(read('2026-03-02')).toBe(Date.UTC(2026, 2, 1, 23, 0)); // local midnight
  });
});

describe('parsePlainNumberBytes', () => {
  it('gives parseNumberRange\'s value whenever it reads one', () => {
    const text = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.stringMatching(/^[+-]?\d{0,17}(\.\d{0,6})?$/),
      fc.constantFrom('1 234,56', '12,5', '1,234.5', '1.234', '€12', '-', '.', '5.', '.5', '-0', '1e3'),
    );
    fc.assert(
      fc.property(text, fc.constantFrom(null, ',' as const, '.' as const), (value, decimal) => {
        if (value === '') return;
        const options = { decimal, ambiguousDecimal: '.' as const };
        const fromBytes = parsePlainNumberBytes(encoder.encode(value), 0, encoder.encode(value).length, options);
        if (!Number.isNaN(fromBytes)) expect(Object.is(fromBytes, parseNumberRange(value, 0, value.length, options))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

// ---- The whole reader: the same file from bytes and from text --------------------------------

const TICKET_HEADER = ['id', 'openedAt', 'priority', 'status', 'client', 'title', 'resolvedAt', 'cost', 'affectedUsers', 'type'];
const ASSET_HEADER = ['id', 'name', 'client', 'purchaseDate', 'purchaseCost', 'usefulLifeMonths'];

const instant = fc.oneof(
  { weight: 30, arbitrary: fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2027, 0, 1) }).map((t) => new Date(Math.floor(t / 60_000) * 60_000).toISOString().replace('.000Z', '+00:00')) },
  { weight: 4, arbitrary: fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2027, 0, 1) }).map((t) => new Date(t).toISOString().slice(0, 19) + 'Z') },
  { weight: 4, arbitrary: fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2027, 0, 1) }).map((t) => new Date(t).toISOString().slice(0, 19).replace('T', ' ')) },
  { weight: 2, arbitrary: fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2027, 0, 1) }).map((t) => new Date(t).toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constantFrom('', ' 2026-03-02T08:15:00+01:00 ', '2026-03-29 02:30:00', '1900-01-01T00:00:00Z', '02/03/2026 10:00', '13/04/2026', '04/13/2026', 'not a date', '2026-02-30', '"2026-03-02T08:15:00Z"', '2026-03-02\u00a0') },
);
const number = fc.oneof(
  { weight: 20, arbitrary: fc.integer({ min: -5000, max: 500_000 }).map((n) => (n / 100).toString()) },
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('1 234,56', '"1,5"', 'abc', '1e3', '.5', '5.', ' 42 ', '-', '12345678901234567', 'N/A') },
);
const UNITS = ['a', 'Z', '7', ' ', ',', ';', '"', "'", '\n', '\r', 'é', 'œ', '€', '’', '\u00a0', '日', '😀', 'x'];
const title = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('Imprimante HS', 'Mot de passe expiré pour O\'Brien', 'Error "0x80070005" on Dell, Remote', 'Écran — fissuré', 'Panne réseau', '') },
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 12 }) },
);
const word = (words: string[]) => fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...words) }, { weight: 1, arbitrary: fc.constantFrom('', ' x ', 'N/A', '"y"', '1E+5', '\u00a0z') });

/** One cell written as an exporter would: quoted when it must be (`""` inside), sometimes when it need not be. */
function written(value: string, quote: boolean): string {
  if (value.startsWith('"') && value.endsWith('"') && value.length > 1 && !value.slice(1, -1).includes('"')) return value; // already written
  return quote || /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const ticketRow = fc
  .tuple(
    fc.oneof({ weight: 10, arbitrary: fc.integer({ min: 1, max: 400 }).map((n) => `T${n}`) }, { weight: 1, arbitrary: fc.constantFrom('', ' T9 ', '4,5E+15', 'id', '"T""1"') }),
    instant,
    word(['P1', 'P2', 'P3', 'p4', 'Urgent', '']),
    word(['Closed', 'Open', 'Résolu', 'In Progress']),
    word(['Hôtel du Lac', 'Acme Logistics', 'Boulangerie Dupré', 'Clinique Saint-Éloi']),
    title,
    instant,
    number,
    number,
    word(['incident', 'request', 'change', 'problem']),
    fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
  )
  .map(([id, opened, priority, status, client, text, resolved, cost, users, type, quotes]) => [id, opened, priority, status, client, text, resolved, cost, users, type].map((v, i) => written(v, quotes[i]!)).join(','));

const assetRow = fc
  .tuple(
    fc.oneof({ weight: 10, arbitrary: fc.integer({ min: 1, max: 300 }).map((n) => `AST-${n}`) }, { weight: 1, arbitrary: fc.constantFrom('', ' A ', 'id') }),
    title,
    word(['Hôtel du Lac', 'Acme Logistics']),
    instant,
    number,
    number,
    fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  )
  .map(([id, name, client, purchased, cost, life, quotes]) => [id, name, client, purchased, cost, life].map((v, i) => written(v, quotes[i]!)).join(','));

/** Damage to a record: none mostly; else a blank line, a short or long row, the header again, text after a closing quote, another delimiter. */
function damaged(row: fc.Arbitrary<string>, header: string): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 30, arbitrary: row },
    { weight: 1, arbitrary: fc.constantFrom('', '   ', header, `${header}`.toUpperCase()) },
    { weight: 1, arbitrary: row.map((r) => r.split(',').slice(0, 3).join(',')) },
    { weight: 1, arbitrary: row.map((r) => `${r},extra,`) },
    { weight: 1, arbitrary: row.map((r) => `${r},,`) },
    { weight: 1, arbitrary: row.map((r) => `${r}"tail`) },
    { weight: 1, arbitrary: row.map((r) => r.replace(',', ';')) },
  );
}

/** `arbitrary` in one case out of `every`, else null. */
function sometimes<T>(arbitrary: fc.Arbitrary<T>, every: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: every - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
}

/** A file: the header and a clean first piece (the header search and date sample), then damaged records in small pieces. */
function file(kind: Kind): fc.Arbitrary<{ bytes: Uint8Array; pieceBytes: number }> {
  const header = (kind === 'tickets' ? TICKET_HEADER : ASSET_HEADER).join(',');
  const row = kind === 'tickets' ? ticketRow : assetRow;
  return fc
    .tuple(
      fc.array(row, { minLength: 215, maxLength: 215 }),
      fc.array(damaged(row, header), { minLength: 100, maxLength: 400 }),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.integer({ min: 1000, max: 6000 }),
      fc.boolean(),
      sometimes(fc.nat(), 6),
      sometimes(fc.nat(), 4),
    )
    .map(([first, rest, eol, pieceBytes, endsWithEol, bomAt, quoteAt]) => {
      // A stray opening quote in some files: it swallows rows up to the next quote, or is never closed.
      if (quoteAt !== null) rest[quoteAt % rest.length] = `"${rest[quoteAt % rest.length]}`;
      // A byte-order mark inside (two exports pasted together) in some files: its piece is read as text.
      if (bomAt !== null) rest[bomAt % rest.length] = `\ufeff${rest[bomAt % rest.length]}`;
      const head = encoder.encode([header, ...first].join(eol) + eol);
      const body = rest.join(eol) + (endsWithEol ? eol : '');
      return { bytes: encoder.encode([header, ...first].join(eol) + eol + body), pieceBytes: Math.max(pieceBytes, head.length) };
    });
}

type Outcome = { columns: Record<string, unknown>; length: number; quality: unknown } | { error: string };

function read(bytes: Uint8Array, pieceBytes: number, kind: Kind, options: ReadOptions, fromBytes: boolean): Outcome {
  try {
    const source = piecesOf(bytes, 1, 44, true, pieceBytes);
    if (!fromBytes) delete source.moreBytes;
    const { columns, length, quality } = finishRows([readRows(source, options, kind, null)], options, kind);
    const plain: Record<string, unknown> = {};
    for (const [name, column] of Object.entries(columns)) plain[name] = column instanceof Float64Array ? Array.from(column) : column;
    return { columns: plain, length, quality };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

describe('the byte reader reads as the text reader', () => {
  const options: ReadOptions = { timezone: 'Europe/Paris', now: Date.UTC(2026, 5, 1), maxIssues: 50 };
  for (const kind of ['tickets', 'assets'] as const) {
    it(`${kind}: same table, counts, issues and lines on damaged files in small pieces`, () => {
      fc.assert(
        fc.property(file(kind), ({ bytes, pieceBytes }) => {
          expect(read(bytes, pieceBytes, kind, options, true)).toEqual(read(bytes, pieceBytes, kind, options, false));
        }),
        { numRuns: 60 },
      );
    });
  }

  for (const kind of ['tickets', 'assets'] as const) {
    it(`${kind}: same table, counts, issues and lines with the damaged records in the first piece, after the sample`, () => {
      // The first piece holds the whole file, or cuts it past its middle: its rows after the
      // header and the 200-row sample are read from its bytes.
      const firstPiece = file(kind).chain(({ bytes }) => fc.record({ bytes: fc.constant(bytes), pieceBytes: fc.integer({ min: bytes.length >> 1, max: bytes.length + 8 }) }));
      fc.assert(
        fc.property(firstPiece, ({ bytes, pieceBytes }) => {
          expect(read(bytes, pieceBytes, kind, options, true)).toEqual(read(bytes, pieceBytes, kind, options, false));
        }),
        { numRuns: 40 },
      );
    });
  }

  it('reads the rows of the first piece after the header and the sample from its bytes', () => {
    // One piece: header (line 1) and the 200-row sample... the header search buffers 210
    // records (header + 209 rows, lines 1–210), so the byte reader starts at line 211.
    const rows = Array.from({ length: 2000 }, (_, i) => `T${i},2026-03-0${(i % 9) + 1}T08:15:00+01:00,P${(i % 5) + 1},Closed,Hôtel du Lac,Écran n°${i},,${i / 4},${i % 7},incident`);
    const bytes = encoder.encode([TICKET_HEADER.join(','), ...rows].join('\n') + '\n');
    byteReads.length = 0;
    const byBytes = read(bytes, bytes.length + 1, 'tickets', options, true);
    expect(byteReads).toEqual([{ startLine: 211, records: 2000 - 209, fallbacks: 0 }]);
    expect(byBytes).toEqual(read(bytes, bytes.length + 1, 'tickets', options, false));
    // In two pieces: the rest of the first, then the second, each from its bytes.
    byteReads.length = 0;
    read(bytes, bytes.length >> 1, 'tickets', options, true);
    expect(byteReads.map((piece) => piece.startLine)).toEqual([211, expect.any(Number)]);
    expect(byteReads[0]!.records + byteReads[1]!.records).toBe(2000 - 209);
    expect(byteReads[1]!.startLine).toBe(211 + byteReads[0]!.records);
  });

  it('takes most rows of a clean file from the bytes, and still reads them as text does', () => {
    // A clean file: every row of the later pieces is plain, so the byte reader takes them all.
    const rows = Array.from({ length: 2000 }, (_, i) => `T${i},2026-03-0${(i % 9) + 1}T08:15:00+01:00,P${(i % 5) + 1},Closed,Hôtel du Lac,"Écran, ""HS"" n°${i}",,${i / 4},${i % 7},incident`);
    const bytes = encoder.encode([TICKET_HEADER.join(','), ...rows].join('\n') + '\n');
    const byBytes = read(bytes, 32_768, 'tickets', options, true);
    expect(byBytes).toEqual(read(bytes, 32_768, 'tickets', options, false));
    expect((byBytes as { length: number }).length).toBe(2000);
    expect(Object.keys(TICKET_FIELDS)).toContain('title');
    expect(((byBytes as { columns: Record<string, unknown[]> }).columns['title'] as string[])[1999]).toBe('Écran, "HS" n°1999');
  });

  it('reads a 65th empty cell after a trailing delimiter at the end of the file (the cell arrays grow first)', () => {
    // The cell arrays start at 64: a 65-cell last record ending in ',' once wrote its empty last
    // cell past their end, so its title came out as the whole record (found by review).
    const header = ['id', 'openedAt', 'priority', 'status', 'client', 'resolvedAt', 'cost', 'affectedUsers', 'type'];
    while (header.length < 64) header.push(`extra${header.length}`);
    header.push('title');
    const row = (i: number, title: string) => [`T${i}`, '2026-03-02T08:15:00Z', 'P1', 'Closed', 'Acme', '', '1', '1', 'incident', ...Array.from({ length: 55 }, () => 'x'), title].join(',');
    const head = [header.join(','), ...Array.from({ length: 230 }, (_, i) => row(i, `title ${i}`))].join('\n') + '\n';
    const bytes = encoder.encode(head + row(999, ''));
    // Pieces cut just before the last record, so that it is the first one the byte reader scans.
    const pieceBytes = encoder.encode(head).length - 3;
    const byBytes = read(bytes, pieceBytes, 'tickets', options, true) as { columns: Record<string, unknown[]>; length: number };
    expect(byBytes).toEqual(read(bytes, pieceBytes, 'tickets', options, false));
    expect(byBytes.length).toBe(231);
    expect(byBytes.columns['title']![230]).toBeNull();
  });

  it('refuses a file that is not UTF-8 past its first piece as the text reader does (re-read whole by the caller)', () => {
    const rows = Array.from({ length: 600 }, (_, i) => `T${i},2026-03-02T08:15:00+01:00,P1,Closed,Acme,t${i},,,,incident`);
    const bytes = encoder.encode([TICKET_HEADER.join(','), ...rows].join('\n') + '\n');
    bytes[bytes.length - 10] = 0xe9; // a Latin-1 'é' in the last row
    const byBytes = read(bytes, 32_768, 'tickets', options, true);
    expect(byBytes).toEqual({ error: 'Error: not UTF-8' });
    expect(read(bytes, 32_768, 'tickets', options, false)).toEqual(byBytes);
  });
});

describe('the byte reader checks the currency of prices as the text reader does', () => {
  it('a price in another currency after the sample is left empty and flagged either way (ReadOptions.currency)', () => {
    // 300 rows: the 200-row sample is read as text, the rest from bytes; rows 250 and 299 cost "$…".
    const rows = Array.from({ length: 300 }, (_, i) => `A${i},${i === 250 || i === 299 ? '"$1,249.00"' : '"1 249,00 €"'}`);
    const bytes = new TextEncoder().encode(['id,purchaseCost', ...rows].join('\n') + '\n');
    const options: ReadOptions = { timezone: 'UTC', now: Date.UTC(2026, 5, 1), currency: 'EUR' };
    const fromBytes = read(bytes, 4096, 'assets', options, true);
    expect(fromBytes).toEqual(read(bytes, 4096, 'assets', options, false));
    const costs = (fromBytes as { columns: Record<string, number[]> }).columns['purchaseCost']!;
    expect([costs[250], costs[299], costs[0]]).toEqual([NaN, NaN, 1249]);
  });
});

describe('the byte reader reads deadlines as the text reader', () => {
  // A deadline's day alone is due until 23:59 of that day in the policy zone (read.ts,
  // endOfDayIfDateOnly); the byte reader reads `yyyy-MM-dd` deadlines from their bytes with the
  // same rule (IsoBytesReader `endOfDay`), the dotted ones through the text parser.
  const p = (n: number) => String(n).padStart(2, '0');
  const due = fc.oneof(
    {
      weight: 10,
      arbitrary: fc
        .tuple(fc.integer({ min: 2025, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 5 }))
        .map(([y, mo, d, h, mi, shape]) =>
          [`${y}-${p(mo)}-${p(d)}`, `${y}-${p(mo)}-${p(d)} ${p(h)}:${p(mi)}:00`, `${p(d)}.${p(mo)}.${y}`, `${y}.${p(mo)}.${p(d)}`, `${p(d)}.${p(mo)}.${y} ${p(h)}:${p(mi)}`, `${y}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}:00Z`][shape]!,
        ),
    },
    // Days whose next local midnight crosses a DST change in Paris, a DST gap hour, and rubbish.
    { weight: 1, arbitrary: fc.constantFrom('2026-03-28', '2026-03-29', '2026-10-24', '2026-10-25', '2026-03-29 02:30:00', '', '2026-02-30', 'soon', '46091.5', '46091') },
  );
  const dueFile = fc
    .tuple(fc.array(due, { minLength: 600, maxLength: 900 }), fc.integer({ min: 2000, max: 8000 }))
    .map(([dues, pieceBytes]) => {
      const rows = dues.map((d, i) => `T${i},2026-03-02T08:15:00+01:00,${d}`);
      // The first piece holds the header and the sample (read as text), so that later rows are read from their bytes.
      const head = encoder.encode(['id,openedAt,slaResolutionDueAt', ...rows.slice(0, 215)].join('\n') + '\n').length;
      return { bytes: encoder.encode(['id,openedAt,slaResolutionDueAt', ...rows].join('\n') + '\n'), pieceBytes: Math.max(pieceBytes, head) };
    });

  for (const timezone of ['UTC', 'Europe/Paris']) {
    it(`same table, counts and issues (${timezone})`, () => {
      const options: ReadOptions = { timezone, now: Date.UTC(2027, 5, 1), maxIssues: 50 };
      fc.assert(
        fc.property(dueFile, ({ bytes, pieceBytes }) => {
          expect(read(bytes, pieceBytes, 'tickets', options, true)).toEqual(read(bytes, pieceBytes, 'tickets', options, false));
        }),
        { numRuns: 15 },
      );
    });
  }

  it('reads ISO due days from their bytes, at the end of the day', () => {
    // Hand computation: 10 March 2026 is winter time in Paris (UTC+1), 23:59 local = 22:59Z;
    // 29 March is the spring-forward day (UTC+2 from 03:00), 23:59 local = 21:59Z.
    const rows = Array.from({ length: 1000 }, (_, i) => `T${i},2026-03-02T08:15:00+01:00,${i % 2 === 0 ? '2026-03-10' : '2026-03-29'}`);
    const bytes = encoder.encode(['id,openedAt,slaResolutionDueAt', ...rows].join('\n') + '\n');
    const options: ReadOptions = { timezone: 'Europe/Paris', now: Date.UTC(2026, 5, 1) };
    byteReads.length = 0;
    const byBytes = read(bytes, 16_384, 'tickets', options, true) as { columns: Record<string, number[]> };
    expect(byteReads.reduce((sum, piece) => sum + piece.fallbacks, 0)).toBe(0);
    expect(byteReads.reduce((sum, piece) => sum + piece.records, 0)).toBeGreaterThan(700);
    expect(byBytes).toEqual(read(bytes, 16_384, 'tickets', options, false));
    expect(byBytes.columns['slaResolutionDueAt']!.slice(-2)).toEqual([Date.UTC(2026, 2, 10, 22, 59), Date.UTC(2026, 2, 29, 21, 59)]);
  });

  it('IsoBytesReader endOfDay: a day alone is its last minute in the zone, a time of day as written', () => {
    // Same hand computation; in UTC 23:59Z. Before, deadlines had no byte reader (every cell was
    // decoded and parsed twice by the text path).
    const read = (text: string, timeZone: string) => new IsoBytesReader({ timeZone, precision: 'instant', endOfDay: true }).read(encoder.encode(text), 0, text.length);
    expect(read('2026-03-10', 'Europe/Paris')).toBe(Date.UTC(2026, 2, 10, 22, 59));
    expect(read('2026-03-29', 'Europe/Paris')).toBe(Date.UTC(2026, 2, 29, 21, 59));
    expect(read('2026-03-10', 'UTC')).toBe(Date.UTC(2026, 2, 10, 23, 59));
    expect(read('2026-03-10 14:30:00', 'Europe/Paris')).toBe(Date.UTC(2026, 2, 10, 13, 30));
    expect(read('2026-03-10T14:30:00Z', 'Europe/Paris')).toBe(Date.UTC(2026, 2, 10, 14, 30));
    expect(read('10.03.2026', 'UTC')).toBeNaN(); // read by the text parser
  });
});

describe('the byte reader reads a canonical pauses column as the text reader', () => {
  it('same table, counts and issues; the intervals in their one form, a malformed cell flagged', () => {
    const day = (i: number) => `2026-03-0${(i % 9) + 1}`;
    const pauses = (i: number) => ['', `${day(i)}T09:00:00.000Z/${day(i)}T10:00:00.000Z`, `${day(i)}T10:00:00+01:00/..`, 'x/y'][i % 4]!;
    const rows = Array.from({ length: 1200 }, (_, i) => `T${i},${day(i)}T08:00:00Z,P3,resolved,${day(i)}T12:00:00Z,60,${pauses(i)}`);
    const bytes = encoder.encode(['id,openedAt,priority,statusClass,resolvedAt,pausedMinutes,pauses', ...rows].join('\n') + '\n');
    const options: ReadOptions = { timezone: 'Europe/Paris', now: Date.UTC(2026, 5, 1), maxIssues: 50 };
    byteReads.length = 0;
    const byBytes = read(bytes, 40_000, 'tickets', options, true) as { columns: Record<string, unknown[]>; quality: { warnings: unknown } };
    expect(byteReads.reduce((sum, piece) => sum + piece.records, 0)).toBeGreaterThan(900);
    expect(byBytes).toEqual(read(bytes, 40_000, 'tickets', options, false));
    expect(byBytes.columns['pauses']!.slice(0, 4)).toEqual([null, '2026-03-02T09:00:00.000Z/2026-03-02T10:00:00.000Z', '2026-03-03T09:00:00.000Z/..', null]);
    expect(byBytes.quality.warnings).toEqual({ 'unparseable-value': 300 });
  });
});
