import type { ReplacementAsset } from '@revue/kpi-core';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import { correctiveUnknownKey, replacementCostNotes } from './replacement-notes.js';

const asset = (id: string, replacementCost: number | null, correctiveCost: number | null, correctiveCostReason: ReplacementAsset['correctiveCostReason'] = null) =>
  ({ id, replacementCost, correctiveCost, correctiveCostReason }) as ReplacementAsset;

describe('replacementCostNotes: a cost not known says why in words, not in a tooltip', () => {
  it('marks each unknown cost and writes one footnote per distinct reason, in the order met (fr)', () => {
    const fr = translator('fr');
    const { cells, notes } = replacementCostNotes(
      [asset('PC-1', 900, null, 'no-rate'), asset('PC-2', null, null, 'no-rate'), asset('PC-3', 700, 120), asset('PC-4', 700, null, 'assets-not-in-file')],
      fr,
    );
    expect(cells.map((cell) => [cell.replacement && `${cell.replacement.text}${cell.replacement.mark}`, cell.corrective && `${cell.corrective.text}${cell.corrective.mark}`])).toEqual([
      [null, 'non mesuré¹'],
      ['inconnu²', 'non mesuré¹'],
      [null, null],
      [null, 'non mesuré³'],
    ]);
    expect(notes).toHaveLength(3);
    expect(notes[0]).toBe('¹ Du temps de technicien sur ses tickets correctifs, et aucun taux horaire de technicien dans la politique pour le chiffrer');
    expect(notes[2]!.startsWith('³ La plupart des incidents de la période nomment des équipements absents')).toBe(true);
  });

  it('has no footnote when every cost is known', () => {
    expect(replacementCostNotes([asset('PC-3', 700, 120)], translator('en')).notes).toEqual([]);
  });

  it('reads an unexpected reason as nothing recorded', () => {
    expect(correctiveUnknownKey({ correctiveCostReason: 'no-time-of-day' })).toBe('replacement.correctiveUnknown.not-recorded');
    expect(correctiveUnknownKey({ correctiveCostReason: 'assets-not-in-file' })).toBe('replacement.correctiveUnknown.assets-not-in-file');
  });
});
