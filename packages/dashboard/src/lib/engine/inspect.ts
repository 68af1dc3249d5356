import { ASSET_FIELDS, ASSET_PRESETS, proposeMapping, readTickets, REQUIRED_FIELDS, scanCsv, TICKET_FIELDS, TICKET_PRESETS, ticketColumns, type FieldProposal } from './core.js';
import { VALUE_MAPPED, type FileKind, type Inspection, type UserMapping, type ValueMappedField } from './protocol.js';
import { headerSignature, normalizeHeader } from './signature.js';

/** Distinct values kept per column for the value-map editor. */
export const MAX_DISTINCT = 40;
/** Records scanned for distinct values (the preset detection reads only the first ten). */
export const MAX_SCANNED = 200_000;

/**
 * Bytes of a large text file the mapping screen reads: its header and first rows are all it
 * shows, and {@link MAX_SCANNED} records of a typical export (~260 bytes each) fit in it.
 */
export const INSPECT_BYTES = 64 * 1024 * 1024;

/**
 * Where to cut the first bytes of a text file so that the cut ends a line: after the last line
 * feed (after its 0x00 too in UTF-16LE), on an even length in UTF-16 (BOM FF FE or FE FF);
 * the whole head when it holds no line feed. UTF-8 and Windows-1252 never use byte 0x0A inside
 * a character, so the cut head decodes as the file does.
 *
 * @example
 * headEnd(new TextEncoder().encode('id,title\nT1,Écran\nT2,Wi')); // → 19 (after "Écran\n")
 */
export function headEnd(head: Uint8Array): number {
  const littleEndian = head[0] === 0xff && head[1] === 0xfe;
  const utf16 = littleEndian || (head[0] === 0xfe && head[1] === 0xff);
  const lineFeed = head.lastIndexOf(0x0a);
  if (lineFeed < 0) return head.length;
  let end = lineFeed + 1;
  if (utf16) {
    if (littleEndian) end++;
    end = Math.min(end, head.length);
    end -= end % 2;
  }
  return end;
}

/**
 * What the mapping screen shows for a file: its header row (the first of its first records that
 * reads as labels, as kpi-core's reader takes it), the preset and its score, the column the
 * preset reads for each field, the preset's value maps, up to {@link MAX_DISTINCT} distinct
 * values of every column, and the mapping kpi-core proposes by meaning (`proposeMapping`),
 * which the screen starts from when no preset is confident.
 *
 * @example
 * inspectText('tickets', 'export.csv', 'id;openedAt;priority\nT1;2026-03-02 08:15;P2\n').presetColumns;
 * // → { id: 'id', openedAt: 'openedAt', priority: 'priority' }
 */
export function inspectText(kind: FileKind, fileName: string, text: string): Inspection {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const proposal = proposeMapping(body, { kind, fileName });
  const detection = proposal.preset;
  const presets = (kind === 'tickets' ? TICKET_PRESETS : ASSET_PRESETS) as Record<string, { columns: Record<string, readonly string[] | undefined>; maps?: Record<string, Record<string, string> | undefined> }>;
  const preset = detection.confident ? presets[detection.name] : undefined;

  // The header row as the reader takes it, with its trailing empty cells as written.
  let header: string[] = [];
  scanCsv(body.slice(0, 262_144), {}, (cells, count, line) => {
    if (line < proposal.headerLine) return true;
    header = cells.slice(0, count).map((c) => c.trim());
    return false;
  });
  const byNormalized = new Map(header.map((h) => [normalizeHeader(h), h]));
  const presetColumns: Record<string, string> = {};
  for (const [field, aliases] of Object.entries(preset?.columns ?? {})) {
    const found = (aliases ?? []).map(normalizeHeader).find((alias) => byNormalized.has(alias));
    if (found !== undefined) presetColumns[field] = byNormalized.get(found)!;
  }
  // The first record holding each value of a column the preset reads a value map from: the
  // reader is asked how it reads that record (see readAs).
  const probed = new Set(VALUE_MAPPED.map((field) => presetColumns[field]).filter((column) => column !== undefined).map((column) => header.indexOf(column)));
  const firstRecord = new Map<number, Map<string, string[]>>();

  const distinct: Array<Set<string>> = [];
  const headerKey = header.join('\u0001');
  let inBody = false;
  let scanned = 0;
  scanCsv(body, {}, (cells, count, line) => {
    if (!inBody) {
      if (line >= proposal.headerLine && cells.slice(0, count).map((c) => c.trim()).join('\u0001') === headerKey) inBody = true;
      return true;
    }
    for (let i = 0; i < Math.min(count, header.length); i++) {
      const value = cells[i]!.trim();
      if (value === '') continue;
      const set = (distinct[i] ??= new Set());
      if (set.size <= MAX_DISTINCT && !set.has(value)) {
        set.add(value);
        if (probed.has(i)) {
          const records = firstRecord.get(i) ?? firstRecord.set(i, new Map()).get(i)!;
          records.set(value, cells.slice(0, Math.min(count, header.length)).map((c) => c ?? ''));
        }
      }
    }
    return ++scanned < MAX_SCANNED;
  });
  const presetMaps: Partial<Record<ValueMappedField, Record<string, string>>> = {};
  for (const field of VALUE_MAPPED) {
    const map = preset?.maps?.[field];
    if (!map) continue;
    presetMaps[field] = Object.fromEntries(Object.entries(map).map(([k, v]) => [normalizeHeader(k), v]));
  }
  const distinctValues: Record<string, string[]> = {};
  header.forEach((h, i) => {
    const set = distinct[i];
    // A column with more distinct values than the editor shows is not a code list: skip it.
    // A repeated header (Jira's `Labels`×2) names its first column, the one kpi-core reads.
    if (header.indexOf(h) !== i) return;
    if (set && set.size <= MAX_DISTINCT) distinctValues[h] = [...set].sort((a, b) => a.localeCompare(b));
  });
  const readAs = kind === 'tickets' && preset ? valuesAsRead(fileName, detection.name, header, presetColumns, firstRecord) : {};
  const fields = Object.keys(kind === 'tickets' ? TICKET_FIELDS : ASSET_FIELDS).filter((f) => !DERIVED_FIELDS.has(f));
  const { mapping } = proposal;
  return {
    kind,
    fileName,
    headers: header,
    empty: header.every((h) => h === ''),
    signature: headerSignature(kind, header),
    preset: { name: detection.name, score: detection.score, candidates: detection.candidates.slice(0, 5) },
    presetColumns,
    presetMaps,
    readAs,
    distinctValues,
    fields,
    required: [...REQUIRED_FIELDS[kind]],
    proposal: {
      confident: detection.confident,
      mapping: {
        columns: { ...(mapping.columns as Record<string, string>) },
        values: { ...(mapping.values as UserMapping['values']) },
        ...(mapping.extends !== undefined ? { extends: mapping.extends } : {}),
        ...(mapping.dateFormat !== undefined ? { dateFormat: mapping.dateFormat } : {}),
        ...(mapping.durations !== undefined ? { durations: mapping.durations } : {}),
        ...(mapping.empty !== undefined ? { empty: mapping.empty as Record<string, string[]> } : {}),
        ...(mapping.labels !== undefined ? { labels: { ...(mapping.labels as Record<string, string | { column: string; prefix: string }>) } } : {}),
        ...(mapping.units !== undefined ? { units: { ...mapping.units } } : {}),
      },
      fields: proposal.fields as Record<string, FieldProposal>,
      missing: proposal.missing,
      unmatchedValues: proposal.unmatchedValues as Inspection['proposal']['unmatchedValues'],
      setAside: proposal.setAside.map(({ column, field }) => ({ column, field })),
      columns: proposal.columns,
      headerLine: proposal.headerLine,
      headerIsLabels: proposal.headerIsLabels,
      unsure: [...proposal.unsure],
      notDeadlines: proposal.notDeadlines.map(({ column, why, share, readAs }) => ({ column, why, share, readAs })),
      notTicketDates: [...proposal.notTicketDates],
      timeAccounting: proposal.timeAccounting,
    },
  };
}

/** A CSV cell, quoted (a probe file is written with `,` and every cell quoted). */
const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`;

/**
 * How kpi-core's reader reads each value of the value-mapped columns of a file a preset
 * recognises, with that preset alone — what `revue report` reads: field → value as written → the
 * priority, type, impact or maintenance type read, or the status class of a status. The reader
 * itself is asked, over the first record holding each value (its id made unique), so its
 * transforms (ServiceNow's "1 - Critique" → P1), maps and other columns (Jira's status
 * category) count; a value it reads as nothing is absent. Empty when the reader refuses the
 * probe (the screen then shows the preset's maps only).
 */
function valuesAsRead(
  fileName: string,
  presetName: string,
  header: readonly string[],
  presetColumns: Record<string, string>,
  firstRecord: ReadonlyMap<number, ReadonlyMap<string, string[]>>,
): Inspection['readAs'] {
  const idColumn = presetColumns['id'] === undefined ? -1 : header.indexOf(presetColumns['id']);
  if (idColumn < 0) return {};
  const probes: Array<{ field: ValueMappedField; value: string }> = [];
  const lines = [header.map(quoted).join(',')];
  for (const field of VALUE_MAPPED) {
    const column = presetColumns[field] === undefined ? -1 : header.indexOf(presetColumns[field]);
    for (const [value, record] of firstRecord.get(column) ?? []) {
      const cells = header.map((_, i) => record[i] ?? '');
      cells[idColumn] = `revue-probe-${probes.length}`;
      probes.push({ field, value });
      lines.push(cells.map(quoted).join(','));
    }
  }
  if (probes.length === 0) return {};
  let columns: ReturnType<typeof ticketColumns>;
  try {
    columns = ticketColumns(readTickets(`${lines.join('\n')}\n`, { fileName, timezone: 'UTC', preset: presetName }).table);
  } catch {
    return {};
  }
  const out: Inspection['readAs'] = {};
  for (let row = 0; row < columns.id.length; row++) {
    const probe = /^revue-probe-(\d+)$/.exec(columns.id[row] ?? '');
    if (probe === null) continue;
    const { field, value } = probes[Number(probe[1])]!;
    const read = field === 'status' ? columns.statusClass[row] : columns[field][row];
    if (read !== null && read !== undefined) (out[field] ??= {})[value] = read;
  }
  return out;
}

/** Fields the reader derives and a mapping never names: the status class comes from the status words. */
const DERIVED_FIELDS: ReadonlySet<string> = new Set(['statusClass']);
