import { foldClientName, matchClient } from '@revue/kpi-core/report';
import type { Translate } from '../i18n/index.js';

/**
 * What a `?client=` names among the loaded data's clients: nobody (all clients), one client
 * (written as the data writes it), or no known client — then the page says so and shows no
 * figure, rather than every client's.
 */
export type ClientChoice =
  | { kind: 'all' }
  | { kind: 'client'; client: string }
  | { kind: 'unknown'; name: string; known: readonly string[] }
  | { kind: 'ambiguous'; name: string; matches: string[] };

/**
 * Resolves a client name from the URL with kpi-core's matcher (DESIGN §6: case, accents and
 * spacing ignored), so the dashboard and the CLI accept the same names.
 *
 * @example
 * resolveClient('bistro lumière', ['Bistro Lumière', 'Cabinet Martin']); // → { kind: 'client', client: 'Bistro Lumière' }
 * resolveClient('Nobody', ['Bistro Lumière']); // → { kind: 'unknown', name: 'Nobody', known: ['Bistro Lumière'] }
 */
export function resolveClient(name: string | null, known: readonly string[]): ClientChoice {
  if (name === null) return { kind: 'all' };
  try {
    return { kind: 'client', client: matchClient(name, known) };
  } catch {
    // matchClient refuses in two cases; which one decides the message shown.
    const folded = foldClientName(name);
    const matches = known.filter((client) => foldClientName(client) === folded);
    return matches.length > 1 ? { kind: 'ambiguous', name, matches } : { kind: 'unknown', name, known };
  }
}

/** At most this many known names in a message; then how many more. */
const LISTED = 20;

/**
 * The sentence shown instead of the figures when the URL names no known client (or several), in
 * the page's language; null when the choice is all clients or one client.
 *
 * @example
 * clientMessage({ kind: 'unknown', name: 'Nobody', known: ['Bistro Lumière'] }, translator('en'));
 * // → 'No client named “Nobody”. Known clients: Bistro Lumière.'
 */
export function clientMessage(choice: ClientChoice, t: Translate): string | null {
  switch (choice.kind) {
    case 'all':
    case 'client':
      return null;
    case 'ambiguous':
      return t('client.ambiguous', { name: choice.name, clients: choice.matches.join(', ') });
    case 'unknown': {
      if (choice.known.length === 0) return t('client.unknownNone', { name: choice.name });
      const listed = choice.known.slice(0, LISTED).join(', ');
      const clients = choice.known.length > LISTED ? t('client.more', { list: listed, count: choice.known.length - LISTED }) : listed;
      return t('client.unknown', { name: choice.name, clients });
    }
  }
}
