/**
 * Generated messy CSV files for the property tests of the readers that cut a file (pieces,
 * parts): rows chosen to hit every path of the reader — quotes with "" escapes and line breaks
 * inside, quotes inside unquoted cells, text after a closing quote, an unclosed quote, blank
 * and whitespace-only rows, short and long rows, a repeated header, a byte-order mark inside
 * the text, ambiguous and unambiguous day/month dates, unparseable numbers, duplicate ids.
 */
import fc from 'fast-check';

export const MESSY_HEADER = 'id,openedAt,priority,status,title,closedAt,effortMinutes';

const date = fc.constantFrom('2026-03-02 08:15', '03/04/2026 10:00', '13/04/2026 10:00', '04/13/2026 10:00', '', 'not a date');
const title = fc.constantFrom(
  'Imprimante HS',
  '"Câble, ""réseau"" débranché"',
  '"two\nlines"',
  '"three\r\nlines\rhere"',
  'Écran — fissuré',
  '=cmd|"/c calc"',
  'écran 24" HS',
  '"quoted" then text',
  '"a ""b""\nc" tail',
);
const row = fc.oneof(
  {
    weight: 20,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 300 }), date, fc.constantFrom('P1', 'P3', 'urgent', ''), title, date, fc.constantFrom('30', 'abc', ''))
      .map(([id, opened, priority, text, closed, effort]) => `T${id},${opened},${priority},Closed,${text},${closed},${effort}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', '   ', MESSY_HEADER, 'T9,2026-03-02 08:15', 'T9,2026-03-02 08:15,P2,Closed,x,,,extra', '\ufeffT8,2026-03-02 08:15,P2,Closed,x,,', 'T7,2026-03-02 08:15,P2,Closed,"never closed,,'),
  },
);

/** A ticket file of `minRows`…`maxRows` messy rows with one kind of line end, as UTF-8 bytes. */
export function messyTicketFile(minRows: number, maxRows: number): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(fc.array(row, { minLength: minRows, maxLength: maxRows }), fc.constantFrom('\n', '\r\n', '\r'))
    .map(([rows, eol]) => new TextEncoder().encode([MESSY_HEADER, ...rows].join(eol) + eol));
}
