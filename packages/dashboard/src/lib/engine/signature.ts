// Headers are compared exactly as kpi-core's preset matching compares them.
import { normalizeHeader } from '@revue/kpi-core/ingest';

export { normalizeHeader };

/**
 * The signature of a header row: FNV-1a (32 bits, hex) of the normalised, non-empty headers in
 * sorted order. Files exported with the same columns share a signature whatever their order,
 * so a mapping saved for one applies to the next export.
 *
 * @example
 * headerSignature(['ID', 'Titre']) === headerSignature(['titre', ' id ']); // → true
 */
export function headerSignature(kind: string, headers: readonly string[]): string {
  const text = `${kind}\u0001${[...new Set(headers.map(normalizeHeader).filter((h) => h !== ''))].sort().join('\u0001')}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
