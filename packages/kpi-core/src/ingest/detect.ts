import { scanCsv } from './csv.js';
import { detectPresetFromHeaders, type PresetDetection } from './presets/index.js';

/**
 * Which preset matches a file best, and how well (see `scorePreset`): give the header row, or
 * the CSV text itself (the header is the best-matching of its first ten non-empty records).
 * Returns the best `{ name, score }` and every candidate, best first.
 *
 * @example
 * detectPreset('"ID";"Titre";"Statut";"Date d\'ouverture";"Priorité";\n', 'tickets')
 * // { name: 'glpi', score: 0.49, candidates: [{ name: 'glpi', score: 0.49 }, …] }
 */
export function detectPreset(input: readonly string[] | string, kind: 'tickets' | 'assets' = 'tickets'): PresetDetection {
  if (typeof input !== 'string') return detectPresetFromHeaders(input, kind);
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let best: PresetDetection | null = null;
  let seen = 0;
  scanCsv(text.slice(0, 262_144), {}, (cells, count) => {
    const headers = cells.slice(0, count).map((c) => c.trim());
    if (headers.every((h) => h === '')) return true;
    const detection = detectPresetFromHeaders(headers, kind);
    if (best === null || detection.score > best.score) best = detection;
    return ++seen < 10;
  });
  return best ?? detectPresetFromHeaders([], kind);
}
