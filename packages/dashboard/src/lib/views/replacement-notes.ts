/**
 * Why a cost of the replacement plan is not shown, in words a projected slide and a PDF keep: a
 * tooltip is lost on both (trial14 saw "non mesuré" with its reason only on hover). Each cell
 * that says "unknown" or "not measured" carries a footnote mark, and the reasons are written out
 * under the table, one line per distinct reason. The screen, the slide deck and the spreadsheet
 * use the same words.
 */
import type { ReplacementAsset } from '@revue/kpi-core';
import type { MessageKey, Translate } from '../i18n/index.js';

/** Footnote marks of the "not measured" cells, one per distinct reason. */
export const MARKS = ['¹', '²', '³', '⁴', '⁵'] as const;

/** The reasons kpi-core gives for a corrective cost it does not measure, each with its words; anything else reads as "nothing recorded". */
const CORRECTIVE_REASONS = ['no-rate', 'no-data-in-period', 'assets-not-in-file'] as const;

/**
 * The message key of why an asset's corrective cost is not measured.
 *
 * @example
 * correctiveUnknownKey({ correctiveCostReason: 'assets-not-in-file' }); // → 'replacement.correctiveUnknown.assets-not-in-file'
 */
export function correctiveUnknownKey(asset: Pick<ReplacementAsset, 'correctiveCostReason'>): MessageKey {
  const reason = (CORRECTIVE_REASONS as readonly string[]).includes(asset.correctiveCostReason ?? '') ? asset.correctiveCostReason : 'not-recorded';
  return `replacement.correctiveUnknown.${reason}` as MessageKey;
}

/** The cost cells of one asset: each a figure, or the words "unknown"/"not measured" with a mark. */
export interface CostCells {
  replacement: { text: string; mark: string } | null;
  corrective: { text: string; mark: string } | null;
}

/**
 * The marks of the cost cells not known, and the footnotes that explain them, for the listed assets.
 *
 * @example
 * const { cells, notes } = replacementCostNotes(plan.assets.slice(0, 10), t);
 * notes; // → ['¹ The export records no effort or cost on the tickets']
 */
export function replacementCostNotes(assets: readonly ReplacementAsset[], t: Translate): { cells: CostCells[]; notes: string[] } {
  const reasons: string[] = [];
  const mark = (reason: string) => {
    const at = reasons.indexOf(reason);
    return MARKS[at === -1 ? reasons.push(reason) - 1 : at] ?? '*';
  };
  const cells = assets.map((asset) => ({
    replacement: asset.replacementCost === null ? { text: t('replacement.unknownCost'), mark: mark(t('replacement.unknownCostTitle')) } : null,
    corrective: asset.correctiveCost === null ? { text: t('replacement.correctiveUnknown'), mark: mark(t(correctiveUnknownKey(asset))) } : null,
  }));
  return { cells, notes: reasons.map((reason, i) => `${MARKS[i] ?? '*'} ${reason}`) };
}
