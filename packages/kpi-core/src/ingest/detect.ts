import { scanCsv } from './csv.js';
import { HEADER_SEARCH, findHeaderRow } from './header.js';
import { detectPresetFromHeaders, type PresetDetection } from './presets/index.js';

/**
 * Which preset matches a file best, and how well (see `scorePreset`; `confident` when the best
 * scores at least `CONFIDENT_SCORE`): give the header row, or the CSV text itself (the header is
 * the first of its first ten non-empty records that reads as labels, see `findHeaderRow`).
 * Returns the best `{ name, score, confident }` and every candidate, best first.
 *
 * @example
 * detectPreset('"ID";"Titre";"Statut";"Date d\'ouverture";"Priorité";\n', 'tickets')
 * // { name: 'glpi', score: 0.49, confident: true, candidates: [{ name: 'glpi', score: 0.49 }, …] }
 */
export function detectPreset(input: readonly string[] | string, kind: 'tickets' | 'assets' = 'tickets'): PresetDetection {
  if (typeof input !== 'string') return detectPresetFromHeaders(input, kind);
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: string[][] = [];
  scanCsv(text.slice(0, 262_144), {}, (cells, count) => {
    const row = cells.slice(0, count).map((c) => c.trim());
    if (row.every((h) => h === '')) return true;
    records.push(row);
    return records.length < HEADER_SEARCH;
  });
  if (records.length === 0) return detectPresetFromHeaders([], kind);
  return detectPresetFromHeaders(records[findHeaderRow(records).index]!, kind);
}
