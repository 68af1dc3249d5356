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
