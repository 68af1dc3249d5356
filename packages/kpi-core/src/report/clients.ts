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

/**
 * The policy with its client overrides keyed as the data spells the clients: an override key
 * that no client is written as but that equals exactly one client ignoring case, accents and
 * spacing (`"cafe ete"` for `Café Été`, as `--client` matches) is that client's. Keys that name
 * no client of the data — a typo such as `Bistrot`, or a client this export does not hold — are
 * returned in `unknown`, in the policy's order, to be said: one policy serves many exports, so
 * they are no refusal, but never silently ignored. A key that folds like a client another key
 * names exactly is in `unknown` too (the exact one applies). The same policy object when nothing
 * is respelled.
 *
 * @example
 * const { policy: p, unknown } = policyWithClientSpellings(policy, ['Café Été', 'Bistro']);
 * Object.keys(p.clients); // => ['Café Été'] for a policy with "cafe ete" and "Bistrot"
 * unknown; // => ['Bistrot']
 */
export function policyWithClientSpellings<P extends { clients: Record<string, unknown> }>(policy: P, clients: readonly string[]): { policy: P; unknown: string[] } {
  const keys = Object.keys(policy.clients);
  if (keys.length === 0) return { policy, unknown: [] };
  const known = new Set(clients);
  const byFold = new Map<string, string | null>(); // null: two clients fold alike
  for (const name of clients) {
    const folded = foldClientName(name);
    byFold.set(folded, byFold.has(folded) ? null : name);
  }
  const unknown: string[] = [];
  const respelled = new Map<string, string>();
  for (const key of keys) {
    if (known.has(key)) continue;
    const client = byFold.get(foldClientName(key));
    if (client && !Object.prototype.hasOwnProperty.call(policy.clients, client) && ![...respelled.values()].includes(client)) respelled.set(key, client);
    else unknown.push(key);
  }
  if (respelled.size === 0) return { policy, unknown };
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const name = respelled.get(key) ?? key;
    Object.defineProperty(out, name, { value: policy.clients[key], enumerable: true, writable: true, configurable: true });
  }
  return { policy: { ...policy, clients: out }, unknown };
}
