/**
 * Readers of the Office files the exports write, for tests (unit and end-to-end): they unzip
 * with fflate and read the XML parts with regular expressions — enough for the flat markup
 * pptxgenjs and write-excel-file produce, and independent of both.
 */
import { strFromU8, unzipSync } from 'fflate';

/** The parts of an Office file (a zip), by path. */
export function unzipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** The text of a part, or '' when absent. */
export function partText(parts: Record<string, Uint8Array>, path: string): string {
  const part = parts[path];
  return part ? strFromU8(part) : '';
}

/** XML text content unescaped (the five predefined entities and numeric references). */
export function xmlText(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** One cell of a worksheet as stored: its type attribute, style index, value, formula. */
export interface XlsxCell {
  ref: string;
  /** `t` attribute (`s` shared string, `n` or absent number, `b`, `str`, `inlineStr`). */
  type: string | null;
  style: number | null;
  /** The `<v>` text (a shared-string index for `s`). */
  raw: string | null;
  /** The cell's text: the shared string for `s`, else `raw`. */
  text: string | null;
  /** The number format code of its style (`0.0%`, `yyyy-mm-dd`, `General`). */
  format: string;
  formula: string | null;
}

export interface XlsxSheet {
  name: string;
  xml: string;
  cells: XlsxCell[];
  /** Cells by reference (`B2`). */
  at: (ref: string) => XlsxCell | undefined;
}

const BUILTIN_FORMATS: Record<number, string> = { 0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 14: 'mm-dd-yy', 22: 'm/d/yy h:mm', 49: '@' };

/**
 * The sheets of an .xlsx file, in workbook order, with their cells resolved (shared strings,
 * number formats of their styles).
 */
export function readXlsx(bytes: Uint8Array): XlsxSheet[] {
  const parts = unzipParts(bytes);
  const shared = [...partText(parts, 'xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => xmlText([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')));
  const styles = partText(parts, 'xl/styles.xml');
  const customFormats = new Map([...styles.matchAll(/<numFmt [^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"/g)].map((m) => [Number(m[1]), xmlText(m[2]!)]));
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const xfFormats = [...cellXfs.matchAll(/<xf [^>]*?\/?>/g)].map((m) => Number(/numFmtId="(\d+)"/.exec(m[0])?.[1] ?? 0));
  const workbook = partText(parts, 'xl/workbook.xml');
  const rels = partText(parts, 'xl/_rels/workbook.xml.rels');
  const targets = new Map([...rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  for (const m of rels.matchAll(/<Relationship [^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"/g)) targets.set(m[2], m[1]);
  return [...workbook.matchAll(/<sheet ([^>]*?)\/?>/g)].map((m) => {
    const name = /\bname="([^"]*)"/.exec(m[1]!)![1]!;
    const id = /\br:id="([^"]+)"/.exec(m[1]!)![1]!;
    const target = targets.get(id)!.replace(/^\/?(xl\/)?/, '');
    const xml = partText(parts, `xl/${target}`);
    const cells = [...xml.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((c): XlsxCell => {
      const attributes = c[1]!;
      const body = c[2] ?? '';
      const type = /\bt="([^"]+)"/.exec(attributes)?.[1] ?? null;
      const style = /\bs="(\d+)"/.exec(attributes)?.[1];
      const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? null;
      const formula = /<f[^>]*>([\s\S]*?)<\/f>|<f[^>]*\/>/.exec(body)?.[0] ?? null;
      const inline = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1];
      const formatId = style === undefined ? 0 : (xfFormats[Number(style)] ?? 0);
      return {
        ref: /\br="([A-Z]+\d+)"/.exec(attributes)![1]!,
        type,
        style: style === undefined ? null : Number(style),
        raw: raw === null ? null : xmlText(raw),
        text: type === 's' && raw !== null ? (shared[Number(raw)] ?? null) : inline !== undefined ? xmlText(inline) : raw === null ? null : xmlText(raw),
        format: customFormats.get(formatId) ?? BUILTIN_FORMATS[formatId] ?? `#${formatId}`,
        formula,
      };
    });
    const byRef = new Map(cells.map((cell) => [cell.ref, cell]));
    return { name: xmlText(name), xml, cells, at: (ref: string) => byRef.get(ref) };
  });
}

/** The texts of a slide (or any DrawingML part): every `<a:t>`, unescaped, in order. */
export function drawingTexts(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((m) => xmlText(m[1]!));
}

/** A chart part of a deck: its chart kinds (`barChart`, `lineChart`…), series names and values. */
export interface ChartPart {
  path: string;
  kinds: string[];
  series: Array<{ name: string; categories: string[]; values: Array<number | null> }>;
}

/** Every `ppt/charts/chart*.xml` of a deck, read. */
export function readCharts(parts: Record<string, Uint8Array>): ChartPart[] {
  return Object.keys(parts)
    .filter((path) => /^ppt\/charts\/chart\d+\.xml$/.test(path))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]))
    .map((path) => {
      const xml = partText(parts, path);
      const kinds = [...xml.matchAll(/<c:(bar|line|pie|doughnut|area|scatter|radar|bubble)Chart>/g)].map((m) => `${m[1]}Chart`);
      const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
        const body = m[1]!;
        const name = xmlText(/<c:tx>[\s\S]*?<c:v>([\s\S]*?)<\/c:v>/.exec(body)?.[1] ?? '');
        const points = (tag: string) => {
          const block = new RegExp(`<c:${tag}>([\\s\\S]*?)</c:${tag}>`).exec(body)?.[1] ?? '';
          const count = Number(/<c:ptCount val="(\d+)"/.exec(block)?.[1] ?? 0);
          const out: Array<string | null> = Array.from({ length: count }, () => null);
          for (const p of block.matchAll(/<c:pt idx="(\d+)">\s*<c:v>([\s\S]*?)<\/c:v>/g)) out[Number(p[1])] = xmlText(p[2]!);
          return out;
        };
        return {
          name,
          categories: points('cat').map((c) => c ?? ''),
          values: points('val').map((v) => (v === null || v === '' ? null : Number(v))),
        };
      });
      return { path, kinds, series };
    });
}
