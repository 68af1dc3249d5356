/**
 * Test helper: builds `.xlsx` workbooks from hand-written XML parts with fflate's `zipSync`, and
 * the committed sample `fixtures/samples/zammad-tickets.xlsx` (see `zammadSampleWorkbook`).
 * Output is byte-for-byte deterministic: fixed entry order, compression level and timestamp.
 *
 * Regenerate the sample after a deliberate change:
 *   REVUE_WRITE_SAMPLES=1 TZ=UTC npx vitest run src/ingest/xlsx.test.ts
 */
import { strToU8, zipSync } from 'fflate';
import { parseCsv } from '../src/ingest/csv.js';

/** XML text escaping (what a writer must escape in text and attribute values). */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The parts of a one-or-more-sheet workbook; every part has a minimal default. */
export interface WorkbookSpec {
  /** Inner XML of the first sheet's `<sheetData>`. */
  sheetData: string;
  /** Plain shared strings, written as `<si><t>…</t></si>` (ignored when `sharedStringsXml` is set). */
  sharedStrings?: readonly string[];
  /** The whole `xl/sharedStrings.xml`, as written by hand. */
  sharedStringsXml?: string;
  /** Custom number formats: id (≥ 164) → format code. */
  numFmts?: Record<number, string>;
  /** The numFmtId of each cellXfs entry (style index → format); default `[0]`. */
  cellXfs?: readonly number[];
  date1904?: boolean;
  /** Sheets before the data sheet, e.g. a hidden one: name, state, sheetData. */
  sheetsBefore?: readonly { name: string; state?: 'hidden' | 'veryHidden'; sheetData: string }[];
  /** Name of the data sheet; default `Sheet1`. */
  sheetName?: string;
  /** Path of the data sheet in the package; default `xl/worksheets/sheet{n}.xml`. */
  sheetPath?: string;
  /** Overrides of whole parts by path (`xl/workbook.xml`, …); `null` leaves a part out. */
  parts?: Record<string, string | null>;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function sheetXml(sheetData: string): string {
  return `${XML_HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetData>${sheetData}</sheetData></worksheet>`;
}

/** The files of a workbook as text, in package order. */
export function workbookParts(spec: WorkbookSpec): Record<string, string> {
  const sheets = [...(spec.sheetsBefore ?? []), { name: spec.sheetName ?? 'Sheet1', sheetData: spec.sheetData, state: undefined }];
  const paths = sheets.map((_, i) => (i === sheets.length - 1 && spec.sheetPath ? spec.sheetPath : `xl/worksheets/sheet${i + 1}.xml`));
  const relTarget = (path: string) => path.replace(/^xl\//, '');
  const numFmts = Object.entries(spec.numFmts ?? {});
  const cellXfs = spec.cellXfs ?? [0];
  const sharedStrings =
    spec.sharedStringsXml ??
    `${XML_HEAD}<sst xmlns="${NS}" count="${spec.sharedStrings?.length ?? 0}" uniqueCount="${spec.sharedStrings?.length ?? 0}">` +
      (spec.sharedStrings ?? []).map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('') +
      '</sst>';
  const files: Record<string, string | null> = {
    '[Content_Types].xml':
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      paths.map((p) => `<Override PartName="/${p}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '</Types>',
    '_rels/.rels': `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${REL}">` +
      (spec.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>') +
      '<sheets>' +
      sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
      paths.map((p, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${relTarget(p)}"/>`).join('') +
      `<Relationship Id="rId${paths.length + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${paths.length + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      '</Relationships>',
    'xl/styles.xml':
      `${XML_HEAD}<styleSheet xmlns="${NS}">` +
      (numFmts.length > 0 ? `<numFmts count="${numFmts.length}">${numFmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join('')}</numFmts>` : '') +
      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border/></borders>' +
      // A cellStyleXfs entry with a date format: only cellXfs may count.
      '<cellStyleXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${cellXfs.length}">${cellXfs.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id === 0 ? '' : ' applyNumberFormat="1"'}/>`).join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>',
    'xl/sharedStrings.xml': sharedStrings,
  };
  sheets.forEach((s, i) => (files[paths[i]!] = sheetXml(s.sheetData)));
  Object.assign(files, spec.parts ?? {});
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(files)) if (text !== null) out[path] = text;
  return out;
}

/** A local time that reads as 1980-01-01 00:00 in every zone: fflate writes DOS times from local fields. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** Zips text parts (or bytes) into an `.xlsx`; `level: 0` stores them uncompressed. */
export function zipParts(files: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Uint8Array {
  const zippable: Record<string, Uint8Array> = {};
  for (const [path, content] of Object.entries(files)) zippable[path] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(zippable, { level, mtime: FIXED_MTIME });
}

/** A workbook from its spec (see {@link WorkbookSpec}). */
export function buildWorkbook(spec: WorkbookSpec, level: 0 | 6 = 6): Uint8Array {
  return zipParts(workbookParts(spec), level);
}

/** `<c>` of a shared string (index), a number (with a style), an inline string or a formula string. */
export const cell = {
  s: (ref: string, index: number, style?: number) => `<c r="${ref}"${style ? ` s="${style}"` : ''} t="s"><v>${index}</v></c>`,
  n: (ref: string, value: number | string, style?: number) => `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`,
  inline: (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`,
  str: (ref: string, formula: string, result: string) => `<c r="${ref}" t="str"><f>${escapeXml(formula)}</f><v>${escapeXml(result)}</v></c>`,
};

/** `<row r="n">…</row>`. */
export function row(line: number, cells: string): string {
  return `<row r="${line}">${cells}</row>`;
}

/** A1-style reference of a 0-based column and a 1-based row. */
export function ref(column: number, line: number): string {
  let name = '';
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return `${name}${line}`;
}

/**
 * The Excel serial of a wall-clock `yyyy-MM-dd HH:mm:ss` (or `yyyy-MM-dd`), the writer's side:
 * days since 1899-12-30 (1900 system, valid from 1900-03-01) or since 1904-01-01, computed with
 * `Date.UTC` — an implementation independent of the reader's.
 */
export function serialOf(local: string, date1904 = false): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec(local);
  if (m === null) throw new Error(`not a local date-time: ${local}`);
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return (ms - epoch) / 86_400_000;
}

// ---------------------------------------------------------------------------------------------
// The Zammad sample

/**
 * The tickets of `fixtures/samples/zammad-tickets.csv` (FORMATS.md §4): the header row, then one
 * line per ticket. The workbook lays them out as Zammad's `lib/excel_sheet.rb` does.
 */
export const ZAMMAD_SAMPLE_CSV = `#,Title,State,Priority,Group,Owner,Customer,Organization,Create Channel,Sender,Tags,Time Units Total,Created At,Updated At,Closed At,First Response At,Close Escalation At,Close In Min,Close Diff In Min,First Response Escalation At,First Response In Min,First Response Diff In Min,Update Escalation At,Update In Min,Update Diff In Min,Last Contact At,Last Contact Agent At,Last Contact Customer At,Article Count,Escalation At
31001,Printer jam on floor 2,closed,2 normal,Users,Eva Blum,Max Roth,Bistro,email,Customer,printer,35,2026-03-02 08:15:00,2026-03-04 09:00:00,2026-03-02 10:00:00,2026-03-02 08:30:00,2026-03-02 16:15:00,105,375,2026-03-02 09:15:00,15,45,,,,2026-03-02 10:00:00,2026-03-02 10:00:00,2026-03-02 08:15:00,4,
31002,Mail server down,closed,3 high,Infrastructure,Jan Kohl,Max Roth,Bistro,phone,Customer,"outage,email",90,2026-03-03 07:40:00,2026-03-03 12:00:00,2026-03-03 09:10:00,2026-03-03 07:45:00,2026-03-03 11:40:00,90,150,2026-03-03 08:10:00,5,25,,,,2026-03-03 09:10:00,2026-03-03 09:10:00,2026-03-03 07:40:00,6,
31003,Request: new user account,closed,1 low,Users,Eva Blum,Ida Wolf,Garage Leroy,web,Customer,account,20,2026-03-04 13:00:00,2026-03-05 10:00:00,2026-03-05 09:30:00,2026-03-04 14:00:00,2026-03-06 13:00:00,,,2026-03-05 13:00:00,60,,,,,2026-03-05 09:30:00,2026-03-05 09:30:00,2026-03-04 13:00:00,3,
31004,VPN unstable,open,2 normal,Infrastructure,Jan Kohl,Ida Wolf,Garage Leroy,email,Customer,vpn,15,2026-03-09 10:00:00,2026-03-09 11:00:00,,2026-03-09 10:20:00,2026-03-09 18:00:00,,,2026-03-09 11:00:00,20,40,,,,2026-03-09 11:00:00,2026-03-09 10:20:00,2026-03-09 10:00:00,2,
31005,Laptop fan noise,pending reminder,1 low,Users,Eva Blum,Max Roth,Bistro,web,Customer,,,2026-03-10 15:30:00,2026-03-11 09:00:00,,,2026-03-12 15:30:00,,,2026-03-11 15:30:00,,,,,,2026-03-10 15:30:00,,2026-03-10 15:30:00,1,
31006,Backup job failed,closed,3 high,Infrastructure,Jan Kohl,System,Garage Leroy,email,System,"backup,monitoring",45,2026-03-12 02:10:00,2026-03-12 09:00:00,2026-03-12 08:40:00,2026-03-12 07:55:00,2026-03-12 06:10:00,,,2026-03-12 02:40:00,345,-315,,,,2026-03-12 08:40:00,2026-03-12 08:40:00,2026-03-12 02:10:00,3,2026-03-12 02:40:00
31007,Printer jam again,closed,2 normal,Users,Eva Blum,Max Roth,Bistro,email,Customer,printer,25,2026-03-16 09:00:00,2026-03-16 12:00:00,2026-03-16 10:30:00,2026-03-16 09:12:00,2026-03-16 17:00:00,90,390,2026-03-16 10:00:00,12,48,,,,2026-03-16 10:30:00,2026-03-16 10:30:00,2026-03-16 09:00:00,3,
31008,Phone line crackling,new,2 normal,Users,-,Ida Wolf,Garage Leroy,phone,Customer,,,2026-03-19 11:45:00,2026-03-19 11:45:00,,,2026-03-19 19:45:00,,,2026-03-19 12:45:00,,,,,,2026-03-19 11:45:00,,2026-03-19 11:45:00,1,
`;

/** Columns Zammad writes with `write_number` (Integer values); the rest are strings or datetimes. */
const ZAMMAD_NUMBERS = new Set(['Time Units Total', 'Close In Min', 'Close Diff In Min', 'First Response In Min', 'First Response Diff In Min', 'Update In Min', 'Update Diff In Min', 'Article Count']);

/**
 * `fixtures/samples/zammad-tickets.xlsx`: Zammad's report layout — row 1 the title, row 2
 * empty, row 3 the headers, one row per ticket from row 4, then one empty row and the
 * `Timezone: Europe/Paris` footer (row 13). Datetimes are numbers in the `yyyy-mm-dd hh:mm:ss`
 * format (style 1), counts are numbers, the rest shared strings; empty values are not written.
 */
export function zammadSampleWorkbook(): Uint8Array {
  const { records } = parseCsv(ZAMMAD_SAMPLE_CSV, { delimiter: ',' });
  const [header, ...tickets] = records.map((r) => r.cells);
  const strings: string[] = [];
  const index = new Map<string, number>();
  const shared = (text: string) => {
    let i = index.get(text);
    if (i === undefined) {
      i = strings.length;
      strings.push(text);
      index.set(text, i);
    }
    return i;
  };
  const HEADLINE = 2;
  const HEADER = 3;
  const FOOTER = 4;
  let sheetData = row(1, cell.s('A1', shared('Tickets report'), HEADLINE));
  sheetData += row(3, header!.map((h, c) => cell.s(ref(c, 3), shared(h), HEADER)).join(''));
  tickets.forEach((values, t) => {
    const line = 4 + t;
    let cells = '';
    values.forEach((value, c) => {
      if (value === '') return;
      const name = header![c]!;
      if (name.endsWith(' At')) cells += cell.n(ref(c, line), serialOf(value), 1);
      else if (ZAMMAD_NUMBERS.has(name)) cells += cell.n(ref(c, line), Number(value));
      else cells += cell.s(ref(c, line), shared(value));
    });
    sheetData += row(line, cells);
  });
  const footerLine = 4 + tickets.length + 1;
  sheetData += row(footerLine, cell.s(ref(0, footerLine), shared('Timezone: Europe/Paris'), FOOTER));
  return buildWorkbook({
    sheetName: 'Tickets report',
    sheetData,
    sharedStrings: strings,
    numFmts: { 164: 'yyyy-mm-dd hh:mm:ss' },
    cellXfs: [0, 164, 0, 0, 0],
  });
}
