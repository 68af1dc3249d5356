/**
 * The French of the policy's refusals (policy/parse.ts and policy/plan.ts write them in English,
 * `path: message`): one sentence per message shape, `$1`… its captured parts. Shared by the CLI
 * (`--lang fr`) and the dashboard's policy editor, so both say the same words. Moved here from the
 * dashboard (lib/policy/validate.ts), where it was first written.
 */
/** A narrow no-break space, before : ; ? ! and inside « » (French typography). */
const NNBSP = '\u202f';

/** kpi-core's English messages (policy/parse.ts) and their French. */
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
  [/^(.*) is not a ticket field \(nor titleKey, the normalised title\)$/s, '$1 n’est pas un champ de ticket (ni titleKey, le titre normalisé)'],
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
 * A policy refusal's message (without its `policy.…:` path) in French, or null when its shape is
 * not one of the table's.
 *
 * @example policyProblemFrench('0 is not a positive integer or null') // '0 n’est pas un entier positif (laisser vide pour aucun)'
 */
export function policyProblemFrench(message: string): string | null {
  for (const [pattern, french] of FRENCH) {
    if (pattern.test(message)) return message.replace(pattern, french);
  }
  return null;
}
