/**
 * A policy document checked by kpi-core's `parsePolicy` (the very check the CLI's `--policy`
 * and the worker make), its refusal turned into a problem placed on the editor's field and said
 * in the UI's language. The French wording follows kpi-core's English messages sentence by
 * sentence; a message this table does not know is shown as kpi-core wrote it.
 */
import { parsePolicy, RevueError } from '@revue/kpi-core';
import type { Language } from '../i18n/index.js';
import { FIELD_BY_ID, type PolicyDocument } from './document.js';

/** Why a document is refused: where (kpi-core's path) and kpi-core's message. */
export interface PolicyProblem {
  /** The editor's field the problem is about (`sla.P2.response`), or null for the whole document. */
  field: string | null;
  /** The path kpi-core names: `policy.sla.P2.response`, `policy.calendar.hours.mon[0]`. */
  path: string;
  /** kpi-core's message without its path: `"8x" is not a duration (use "30m", "4h" or minutes)`. */
  message: string;
}

/**
 * The problem kpi-core finds in a policy document, or null when it is a valid policy.
 *
 * @example
 * checkPolicy({ sla: { P2: { response: '8x' } } });
 * // → { field: 'sla.P2.response', path: 'policy.sla.P2.response', message: '"8x" is not a duration (use "30m", "4h" or minutes)' }
 * checkPolicy({ rates: { userHourly: 42 } }); // → null
 */
export function checkPolicy(document: PolicyDocument): PolicyProblem | null {
  try {
    parsePolicy(document);
    return null;
  } catch (error) {
    if (!(error instanceof RevueError)) throw error;
    return problemOf(error.message);
  }
}

/** Splits `policy.sla.P2.response: message` and finds the field of the path. */
export function problemOf(text: string): PolicyProblem {
  const match = /^(policy(?:\.[^:\s]*)?): ([\s\S]*)$/.exec(text);
  if (match === null) return { field: null, path: 'policy', message: text };
  const path = match[1]!;
  // `calendar.hours.mon[0]` is the Monday box; `recurrence.key[1]` the key box.
  const id = path.replace(/^policy\.?/, '').replace(/\[\d+\].*$/, '');
  return { field: FIELD_BY_ID.has(id) ? id : null, path, message: match[2]! };
}

const NNBSP = '\u202f';

/** kpi-core's English messages (policy/parse.ts) and their French. `$1`… are the captured parts. */
const FRENCH: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(.*) is not a duration \(use "30m", "4h" or minutes\)$/s, '$1 n’est pas une durée (écrire « 30m », « 4h » ou un nombre de minutes)'],
  [/^(.*) is not a whole number of minutes$/s, '$1 n’est pas un nombre entier de minutes'],
  [/^(.*) is not a span like "08:30-12:30"$/s, '$1 n’est pas une plage comme « 08:30-12:30 »'],
  [/^(.*) is not within 00:00-24:00$/s, '$1 ne tient pas entre 00:00 et 24:00'],
  [/^(.*) ends before it starts$/s, '$1 finit avant de commencer'],
  [/^spans (.*) overlap$/s, 'les plages $1 se chevauchent'],
  [/^(.*) is not a list of spans like \["08:30-12:30"\]$/s, '$1 n’est pas une liste de plages comme « 08:30-12:30 »'],
  [/^(.*) is not a country known to date-holidays$/s, '$1 n’est pas un pays connu de date-holidays'],
  [/^a region needs a country$/s, 'une région demande un pays'],
  [/^(.*) is not a region of (\S+) known to date-holidays$/s, '$1 n’est pas une région de $2 connue de date-holidays'],
  [/^(.*) is not a yyyy-MM-dd date$/s, '$1 n’est pas une date aaaa-mm-jj'],
  [/^(.*) is not "business" or "24x7"$/s, '$1 n’est ni « business » ni « 24x7 »'],
  [/^(.*) is not a known IANA time zone$/s, '$1 n’est pas un fuseau horaire IANA connu'],
  [/^(.*) is not a non-empty string$/s, '$1 n’est pas un texte non vide'],
  [/^(.*) is not an array$/s, '$1 n’est pas une liste'],
  [/^(.*) is not an object$/s, '$1 n’est pas un objet'],
  [/^needs at least one ticket field$/s, 'demande au moins un champ de ticket'],
  [/^(.*) is not a ticket field$/s, '$1 n’est pas un champ de ticket'],
  [/^unknown keys? (.*) \(known: (.*)\)$/s, `clé inconnue $1 (clés connues${NNBSP}: $2)`],
  [/^unknown priorit(?:y|ies) (.*) \(use P1…P5\)$/s, 'priorité inconnue $1 (P1…P5)'],
  [/^(.*) is not a number ≥ 0 or null$/s, '$1 n’est pas un nombre ≥ 0 (laisser vide pour aucun)'],
  [/^(.*) is not a number ≥ 0$/s, '$1 n’est pas un nombre ≥ 0'],
  [/^(.*) is not a positive integer or null$/s, '$1 n’est pas un entier positif (laisser vide pour aucun)'],
  [/^(.*) is not a number of days > 0$/s, '$1 n’est pas un nombre de jours > 0'],
  [/^(.*) is not an integer ≥ 2$/s, '$1 n’est pas un entier ≥ 2'],
  [/^(.*) is not a number in \(0, 1\)$/s, '$1 n’est pas un nombre strictement entre 0 et 1'],
  [/^(.*) is not a number of months > 0$/s, '$1 n’est pas un nombre de mois > 0'],
  [/^not valid JSON \((.*)\)$/s, 'JSON invalide ($1)'],
  [/^client overrides cannot have clients$/s, 'une surcharge de client ne peut pas avoir de clients'],
  [/^(.*) is not a list of tasks$/s, '$1 n’est pas une liste de tâches'],
  [/^(.*) is not a task object$/s, '$1 n’est pas une tâche (objet)'],
];

/**
 * A problem's message in the UI's language (kpi-core writes English).
 *
 * @example
 * problemText({ field: 'headcount', path: 'policy.headcount', message: '0 is not a positive integer or null' }, 'fr');
 * // → '0 n’est pas un entier positif (laisser vide pour aucun)'
 */
export function problemText(problem: PolicyProblem, language: Language): string {
  if (language === 'en') return problem.message;
  for (const [pattern, french] of FRENCH) {
    if (pattern.test(problem.message)) return problem.message.replace(pattern, french);
  }
  return problem.message;
}

/**
 * A whole refusal of kpi-core (`policy.sla.P2.response: "8x" is not a duration…`) in the UI's
 * language, its path kept: what the Policy page says of a saved document the engine refused.
 *
 * @example
 * refusalText('policy.headcount: 0 is not a positive integer or null', 'fr');
 * // → 'policy.headcount : 0 n’est pas un entier positif (laisser vide pour aucun)'
 */
export function refusalText(text: string, language: Language): string {
  const problem = problemOf(text);
  const said = problemText(problem, language);
  if (problem.path === 'policy' && problem.message === text) return said;
  return `${problem.path}${language === 'fr' ? NNBSP : ''}: ${said}`;
}
