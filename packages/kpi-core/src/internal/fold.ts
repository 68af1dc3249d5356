/**
 * Text compared "ignoring case and accents" (DESIGN §5, preventive plan categories): decomposed
 * (NFD), combining marks dropped, lower-cased, outer spaces trimmed. `Sauvegarde`, `sauvegarde `
 * and `SAUVEGARDÉ`… compare by their folded forms.
 *
 * @example
 * foldText(' Réseau > Pare-feu '); // 'reseau > pare-feu'
 * foldText('ÉTÉ') === foldText('ete'); // true
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
