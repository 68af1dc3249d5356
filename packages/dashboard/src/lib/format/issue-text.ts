/**
 * The detail of a data-quality issue in the page's language. kpi-core writes it in English
 * (`ISSUE_TEXT` in its ingest/messages.ts), after the place: `t.csv row 2, openedAt: "31/02/2026"
 * is not a date`. The page shows the row and the column in their own cells, so the detail is the
 * sentence alone; in French, each sentence shape of kpi-core's catalogue has its French here,
 * the values it quotes kept. A sentence of another shape (a newer kpi-core) stays in English and
 * says so (`lang`).
 */
import type { QualityIssue } from '@revue/kpi-core';
import type { Language } from '../i18n/index.js';

const NNBSP = '\u202f';
const c = `${NNBSP}:`;
const sc = `${NNBSP};`;

/** kpi-core's status classes, as the French says them. */
const CLASSES: Record<string, string> = { resolved: 'résolu', closed: 'fermé', cancelled: 'annulé', open: 'ouvert', pending: 'en attente' };

/** kpi-core's names of delimiters (read.ts `DELIMITER_NAMES`), in French. */
const DELIMITERS: Record<string, string> = { commas: 'virgules', semicolons: 'points-virgules', tabs: 'tabulations' };

/** kpi-core's issue sentences (ingest/messages.ts `ISSUE_TEXT`) and their French; `$1`… the parts they quote. */
const FRENCH: ReadonlyArray<readonly [RegExp, string | ((...parts: string[]) => string)]> = [
  [/^required field (.+) is empty$/s, `le champ obligatoire $1 est vide`],
  [/^(".*") is not a date$/s, `$1 n’est pas une date`],
  [/^(".*") is not a number$/s, `$1 n’est pas un nombre`],
  [/^(".*") is not a duration$/s, `$1 n’est pas une durée`],
  [
    /^an SLA target of (\S+) minutes is no target \(zero or negative\); not used: the priority's target in the policy applies$/s,
    (minutes) => `un délai d’engagement de ${minutes.replace('.', ',')}${NNBSP}minutes n’en est pas un (nul ou négatif)${sc} non utilisé${c} le délai de la politique pour la priorité s’applique`,
  ],
  [
    /^(".*") is not pause intervals \(start\/end ISO instants with Z or an offset, space-separated; start\/\.\. for a pause still on\); the ticket keeps its pausedMinutes$/s,
    `$1 n’est pas une liste de pauses (instants ISO début/fin avec Z ou un décalage, séparés par des espaces${sc} début/.. pour une pause encore en cours)${sc} le ticket garde son temps de pause exporté (pausedMinutes)`,
  ],
  [/^the header row is repeated here; row skipped$/s, `la ligne d’en-tête est répétée ici${sc} ligne ignorée`],
  [/^a quote opened in this row is never closed; row skipped \(the rows after it are read\)$/s, `un guillemet ouvert sur cette ligne n’est jamais fermé${sc} ligne ignorée (les lignes suivantes sont lues)`],
  [/^priority (".*") is not in the priority map; priority left empty$/s, `la priorité $1 n’est pas dans la table des priorités${sc} priorité laissée vide`],
  [/^status (".*") is not in the status map; kept as is, its class left empty$/s, `le statut $1 n’est pas dans la table des statuts${sc} gardé tel quel, sa classe laissée vide`],
  [/^(\S+) (".*") is not in the value map; kept as is$/s, `$1 $2 n’est pas dans la table des valeurs${sc} gardé tel quel`],
  [/^resolved before it was opened; kept$/s, `résolu avant d’avoir été ouvert${sc} gardé`],
  [/^id (".*") already appears on row (\d+); both kept$/s, `l’identifiant $1 figure déjà à la ligne $2${sc} les deux sont gardés`],
  [/^(".*") is in the future; kept$/s, `$1 est dans le futur${sc} gardé`],
  [
    /^no date of this column \((\S+)\) gives a time of day \(each is a day alone, or midnight\): the hours measured from it \(SLA, repair times, downtime\) are not measured$/s,
    `aucune date de cette colonne ($1) ne donne d’heure (chacune est un jour seul, ou minuit)${c} les durées en heures qui en découlent (SLA, temps de réparation, indisponibilité) ne sont pas mesurées`,
  ],
  [/^closed without a resolution time; the closing time stands for the resolution$/s, `fermé sans heure de résolution${sc} l’heure de fermeture tient lieu de résolution`],
  [
    /^this duration runs to the closing \(opening \+ duration = (.*) on most rows\), not to the resolution: not read as the time to resolution$/s,
    `cette durée va jusqu’à la fermeture (ouverture + durée = $1 sur la plupart des lignes), non jusqu’à la résolution${sc} pas lue comme délai de résolution`,
  ],
  [
    /^status (".*") means (\S+) but the row has no resolution or closing date: counted as closed at an unknown time$/s,
    (status, statusClass) => `le statut ${status} signifie ${CLASSES[statusClass] ?? statusClass} mais la ligne n’a ni date de résolution ni date de fermeture${c} compté comme fermé à une date inconnue`,
  ],
  [
    /^(".*") is not in (\S+), the review's currency \(rates\.currency\): left empty, since Revue converts no money; set rates\.currency to the file's currency to read it$/s,
    `$1 n’est pas en $2, la devise de la revue (rates.currency)${c} laissé vide, car Revue ne convertit aucune somme${sc} mettez la devise du fichier dans rates.currency pour le lire`,
  ],
  [
    /^status (".*") says the asset left the fleet but the row has no retirement date: counted in service only up to the last ticket that names it \(add its retirement date to use it instead\)$/s,
    `le statut $1 dit que l’équipement a quitté le parc mais la ligne n’a pas de date de retrait${c} compté en service seulement jusqu’au dernier ticket qui le cite (ajoutez sa date de retrait pour qu’elle serve à la place)`,
  ],
  [/^(\S+) computed as the opening time plus this duration \((\d+) minutes\); the export has no date for it$/s, `$1 calculé comme l’heure d’ouverture plus cette durée ($2${NNBSP}minutes)${sc} l’export n’en donne pas la date`],
  [/^(\d+) cells where the header has (\d+); missing cells read as empty$/s, `$1 cellules là où l’en-tête en a $2${sc} les cellules manquantes sont lues comme vides`],
  [/^(\d+) cells where the header has (\d+); the cells after column (\d+) are ignored$/s, `$1 cellules là où l’en-tête en a $2${sc} les cellules après la colonne $3 sont ignorées`],
  [/^(".*") is outside 1971–2099, the years Revue can compute with; read as empty$/s, `$1 sort de 1971–2099, les années avec lesquelles Revue sait calculer${sc} lu comme vide`],
  [/^(".*") is outside 1971–2099, the years Revue can compute with$/s, `$1 sort de 1971–2099, les années avec lesquelles Revue sait calculer`],
  [/^(".*") does not exist in (\S+) \(the clocks skip that hour\); read as the same time after the change$/s, `$1 n’existe pas dans le fuseau $2 (les horloges sautent cette heure)${sc} lu comme la même heure après le changement`],
  [
    /^(".*") may be day-first or month-first and the file never settles it; read month-first, as its times carry AM\/PM \(the US convention\)$/s,
    `$1 peut se lire jour d’abord ou mois d’abord et le fichier ne tranche jamais${sc} lu mois d’abord, car ses heures portent AM/PM (l’usage américain)`,
  ],
  [
    /^(".*") may be day-first or month-first and the file never settles it; read as (day-first|month-first)$/s,
    (value, reading) => `${value} peut se lire jour d’abord ou mois d’abord et le fichier ne tranche jamais${sc} lu ${reading === 'day-first' ? 'jour d’abord' : 'mois d’abord'}`,
  ],
  [/^(".*") is only valid month-first while other dates of the file are day-first; read month-first$/s, `$1 n’est valable que mois d’abord alors que les autres dates du fichier sont jour d’abord${sc} lu mois d’abord`],
  [
    /^(".*") looks like a number mangled by Excel \(scientific notation\); kept as text, the original digits are lost$/s,
    `$1 ressemble à un nombre abîmé par Excel (notation scientifique)${sc} gardé en texte, les chiffres d’origine sont perdus`,
  ],
  [/^a byte-order mark \(U\+FEFF\) inside the file, e\.g\. two exports pasted together; removed$/s, `une marque d’ordre des octets (U+FEFF) au milieu du fichier, par exemple deux exports collés bout à bout${sc} retirée`],
  [
    /^a quoted cell runs to line (\d+) and the row has (\d+) cells where the header has (\d+): an unbalanced quote probably merged several rows; row skipped$/s,
    `une cellule entre guillemets court jusqu’à la ligne $1 et la ligne a $2 cellules là où l’en-tête en a $3${c} un guillemet non refermé a sans doute fusionné plusieurs lignes${sc} ligne ignorée`,
  ],
  [/^the mapping's column (".*") \(for (\S+)\) is not in the file; (\S+) left empty$/s, `la colonne $1 de la correspondance (pour $2) n’est pas dans le fichier${sc} $3 laissé vide`],
  [/^the mapping's column (".*") \(for (\S+)\) is not in the file; (\S+) read from (".*") instead$/s, `la colonne $1 de la correspondance (pour $2) n’est pas dans le fichier${sc} $3 lu dans $4 à la place`],
  [
    /^the row is one cell that contains (.+) while the file is delimited by (.+): mixed delimiters; row skipped$/s,
    (found, expected) =>
      `la ligne est une seule cellule qui contient des ${DELIMITERS[found] ?? found} alors que le fichier est séparé par des ${DELIMITERS[expected] ?? expected}${c} séparateurs mélangés${sc} ligne ignorée`,
  ],
];

/** The sentence of an issue without the place kpi-core writes before it (`t.csv row 2, openedAt: `). */
export function issueSentence(issue: Pick<QualityIssue, 'row' | 'column' | 'message'>): string {
  const marker = ` row ${issue.row}`;
  const at = issue.message.indexOf(marker);
  if (at < 0) return issue.message;
  const rest = issue.message.slice(at + marker.length);
  if (rest.startsWith(': ')) return rest.slice(2);
  // The column is written after the row, cut at 60 characters and on one line: skip to the ": "
  // that follows it (a sentence never starts before it).
  if (rest.startsWith(', ')) {
    const column = issue.column ?? '';
    const written = rest.startsWith(`, ${column}: `) ? column.length + 4 : rest.indexOf(': ') + 2;
    return written >= 2 ? rest.slice(written) : issue.message;
  }
  return issue.message;
}

/**
 * An issue's detail in `language`, and the language it is actually in (a shape the French table
 * does not know stays English).
 *
 * @example
 * issueDetail({ row: 2, column: 'openedAt', message: 't.csv row 2, openedAt: "31/02/2026 10:00" is not a date' }, 'fr');
 * // → { text: '"31/02/2026 10:00" n’est pas une date', language: 'fr' }
 */
export function issueDetail(issue: Pick<QualityIssue, 'row' | 'column' | 'message'>, language: Language): { text: string; language: Language } {
  const sentence = issueSentence(issue);
  if (language === 'en') return { text: sentence, language: 'en' };
  for (const [pattern, french] of FRENCH) {
    const match = pattern.exec(sentence);
    if (match === null) continue;
    const text = typeof french === 'string' ? sentence.replace(pattern, french) : french(...match.slice(1));
    return { text, language: 'fr' };
  }
  return { text: sentence, language: 'en' };
}
