/**
 * The text of a PDF, page by page, read with pdf-lib (already a dependency): each page's content
 * streams (and the form XObjects they draw) are decoded, every text-showing operator (`Tj`, `TJ`,
 * `'`, `"`) is mapped through its font's `ToUnicode` CMap, and each text object (`BT … ET`)
 * becomes one line. Enough for what Chromium's PDF writer (Skia) produces: Type 0 fonts with
 * two-byte glyph codes and a ToUnicode map, one run of text per text object.
 */
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream, type PDFObject } from 'pdf-lib';

type CMap = { width: number; map: Map<number, string> };

function hexToString(hex: string): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  if (hex.length % 4 === 2) out += String.fromCharCode(parseInt(hex.slice(-2), 16));
  return out;
}

/** Reads `bfchar` and `bfrange` entries of a ToUnicode CMap. */
function parseCMap(text: string): CMap {
  const map = new Map<number, string>();
  let width = 2;
  const codespace = /begincodespacerange\s*<([0-9a-f]+)>/i.exec(text);
  if (codespace) width = codespace[1]!.length / 2;
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) map.set(parseInt(m[1]!, 16), hexToString(m[2]!));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(<[0-9a-f]+>|\[[^\]]*\])/gi)) {
      const low = parseInt(m[1]!, 16);
      const high = parseInt(m[2]!, 16);
      const target = m[3]!;
      if (target.startsWith('[')) {
        [...target.matchAll(/<([0-9a-f]+)>/gi)].forEach((t, i) => map.set(low + i, hexToString(t[1]!)));
      } else {
        const start = parseInt(target.slice(1, -1), 16);
        for (let code = low; code <= high; code++) map.set(code, String.fromCodePoint(start + code - low));
      }
    }
  }
  return { width, map };
}

function streamText(stream: PDFObject | undefined): string {
  if (stream instanceof PDFRawStream) return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
  if (stream instanceof PDFStream) return Buffer.from(stream.getContents()).toString('latin1');
  return '';
}

function bytesOfLiteral(literal: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < literal.length; i++) {
    const c = literal[i]!;
    if (c !== '\\') {
      bytes.push(c.charCodeAt(0));
      continue;
    }
    const next = literal[++i]!;
    const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
    if (next in escapes) bytes.push(escapes[next]!);
    else if (/[0-7]/.test(next)) {
      let octal = next;
      while (octal.length < 3 && /[0-7]/.test(literal[i + 1] ?? '')) octal += literal[++i];
      bytes.push(parseInt(octal, 8));
    }
  }
  return bytes;
}

function decode(bytes: number[], cmap: CMap | undefined): string {
  if (!cmap) return String.fromCharCode(...bytes);
  let out = '';
  for (let i = 0; i + cmap.width <= bytes.length; i += cmap.width) {
    let code = 0;
    for (let j = 0; j < cmap.width; j++) code = code * 256 + bytes[i + j]!;
    out += cmap.map.get(code) ?? '';
  }
  return out;
}

function hexBytes(hex: string): number[] {
  const clean = hex.replace(/\s+/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < clean.length; i += 2) bytes.push(parseInt(clean.slice(i, i + 2).padEnd(2, '0'), 16));
  return bytes;
}

const TOKEN = /<([0-9a-fA-F\s]*)>|\(((?:\\.|[^\\)])*)\)|\[|\]|\/([^\s/[\]()<>]+)|([-+]?\d*\.?\d+)|([A-Za-z'"*]+)/g;

function contentLines(content: string, fonts: Map<string, CMap>, forms: Map<string, () => string[]>): string[] {
  const lines: string[] = [];
  let line = '';
  let font: CMap | undefined;
  let operands: Array<{ kind: 'str'; bytes: number[] } | { kind: 'name'; value: string } | { kind: 'num' } | { kind: 'array'; items: number[][] }> = [];
  let array: number[][] | null = null;
  for (const m of content.matchAll(TOKEN)) {
    const [token] = m;
    if (m[1] !== undefined || m[2] !== undefined) {
      const bytes = m[1] !== undefined ? hexBytes(m[1]) : bytesOfLiteral(m[2]!);
      if (array) array.push(bytes);
      else operands.push({ kind: 'str', bytes });
    } else if (token === '[') array = [];
    else if (token === ']') {
      operands.push({ kind: 'array', items: array ?? [] });
      array = null;
    } else if (m[3] !== undefined) operands.push({ kind: 'name', value: m[3] });
    else if (m[4] !== undefined) {
      if (!array) operands.push({ kind: 'num' });
    } else if (m[5] !== undefined) {
      const op = m[5];
      if (op === 'BT') line = '';
      else if (op === 'ET') {
        if (line.trim() !== '') lines.push(line);
        line = '';
      } else if (op === 'Tf') {
        const name = operands.find((o) => o.kind === 'name') as { value: string } | undefined;
        font = name ? fonts.get(name.value) : undefined;
      } else if (op === 'Tj' || op === "'" || op === '"') {
        const str = operands.filter((o) => o.kind === 'str').at(-1) as { bytes: number[] } | undefined;
        if (str) line += decode(str.bytes, font);
      } else if (op === 'TJ') {
        const arr = operands.find((o) => o.kind === 'array') as { items: number[][] } | undefined;
        for (const item of arr?.items ?? []) line += decode(item, font);
      } else if (op === 'Do') {
        const name = operands.find((o) => o.kind === 'name') as { value: string } | undefined;
        const form = name ? forms.get(name.value) : undefined;
        if (form) lines.push(...form());
      }
      operands = [];
    }
  }
  return lines;
}

function resourcesOf(doc: PDFDocument, dict: PDFDict | undefined): { fonts: Map<string, CMap>; forms: Map<string, () => string[]> } {
  const fonts = new Map<string, CMap>();
  const forms = new Map<string, () => string[]>();
  if (!dict) return { fonts, forms };
  const fontDict = dict.lookupMaybe(PDFName.of('Font'), PDFDict);
  for (const [name, ref] of fontDict?.entries() ?? []) {
    const font = doc.context.lookup(ref);
    if (!(font instanceof PDFDict)) continue;
    const toUnicode = font.get(PDFName.of('ToUnicode'));
    const stream = toUnicode instanceof PDFRef ? doc.context.lookup(toUnicode) : toUnicode;
    if (stream) fonts.set(name.asString().slice(1), parseCMap(streamText(stream)));
  }
  const xobjects = dict.lookupMaybe(PDFName.of('XObject'), PDFDict);
  for (const [name, ref] of xobjects?.entries() ?? []) {
    const xobject = doc.context.lookup(ref);
    if (!(xobject instanceof PDFRawStream) || xobject.dict.get(PDFName.of('Subtype'))?.toString() !== '/Form') continue;
    forms.set(name.asString().slice(1), () => {
      const inner = resourcesOf(doc, xobject.dict.lookupMaybe(PDFName.of('Resources'), PDFDict));
      return contentLines(streamText(xobject), inner.fonts, inner.forms);
    });
  }
  return { fonts, forms };
}

/**
 * The text of every page of a PDF: one string per page, one line per text object.
 *
 * @example
 * const pages = await pdfPages(await page.pdf()); // → ['Bistro\nQ3 2026…', …]
 */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const { fonts, forms } = resourcesOf(doc, page.node.Resources());
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
    return contentLines(streams.map((s) => streamText(s ?? undefined)).join('\n'), fonts, forms).join('\n');
  });
}
