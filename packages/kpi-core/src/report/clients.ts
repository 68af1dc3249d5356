/**
 * Client names as people type them (DESIGN §6): `--client bistro lumière` or `BISTRO  LUMIERE`
 * means `Bistro Lumière`; a name that matches no client is refused with the names there are.
 */
import { RevueError } from '../internal/errors.js';

/**
 * A client name folded for matching: accents dropped (Unicode NFD, combining marks removed),
 * lower case, every run of white space one space, trimmed. Folding a folded name changes nothing.
 *
 * @example
 * foldClientName('  BISTRO   Lumière '); // => 'bistro lumiere'
 */
export function foldClientName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * The client of `known` that `name` names: the one written exactly so, else the only one equal
 * to it ignoring case, accents and spacing ({@link foldClientName}).
 *
 * @throws RevueError (code `client`) when no client matches (the message lists the known names),
 *   or when several do.
 * @example
 * matchClient('bistro lumiere', ['Bistro Lumière', 'Cabinet Martin']); // => 'Bistro Lumière'
 * matchClient('Nobody', ['Bistro Lumière']); // throws 'no client named "Nobody" (clients: Bistro Lumière)'
 */
export function matchClient(name: string, known: readonly string[]): string {
  if (known.includes(name)) return name;
  const folded = foldClientName(name);
  const matches = known.filter((client) => foldClientName(client) === folded);
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new RevueError('client', `"${name}" names several clients (${matches.join(', ')}): write it exactly`);
  }
  const list = known.length === 0 ? 'the data names no client' : `clients: ${shortList(known)}`;
  throw new RevueError('client', `no client named "${name}" (${list})`);
}

/** At most 20 names, then how many more: a refusal stays one readable line. */
function shortList(names: readonly string[]): string {
  return names.length <= 20 ? names.join(', ') : `${names.slice(0, 20).join(', ')} and ${names.length - 20} more`;
}

/**
 * How the asset file spells the clients the tickets spell otherwise: an inventory spelling that
 * no ticket uses but that equals exactly one ticket client ignoring case, accents and spacing
 * ("ACME" in the inventory, "Acme" on the tickets) maps to that client. Two ticket clients that
 * fold alike stay two clients, and an inventory spelling equal to both is left as it is.
 *
 * @example
 * inventorySpellings(['Acme', 'Beta'], ['ACME', 'Beta', 'Gamma']); // => Map { 'ACME' => 'Acme' }
 */
export function inventorySpellings(ticketClients: Iterable<string | null | undefined>, assetClients: ArrayLike<string | null | undefined>): Map<string, string> {
  const exact = new Set<string>();
  for (const name of ticketClients) if (name) exact.add(name);
  const byFold = new Map<string, string | null>(); // null: two ticket spellings fold alike
  for (const name of exact) {
    const folded = foldClientName(name);
    byFold.set(folded, byFold.has(folded) ? null : name);
  }
  const out = new Map<string, string>();
  const seen = new Set<string>();
  for (let row = 0; row < assetClients.length; row++) {
    const name = assetClients[row];
    if (!name || exact.has(name) || seen.has(name)) continue;
    seen.add(name);
    const client = byFold.get(foldClientName(name));
    if (client) out.set(name, client);
  }
  return out;
}
