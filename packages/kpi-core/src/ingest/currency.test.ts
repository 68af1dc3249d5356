// Money cells of an asset file in another currency than the review's (ReadOptions.currency):
// left empty and flagged, never summed as if they were in the review's currency.
import { describe, expect, it } from 'vitest';
import { assetRows } from '../model/tables.js';
import { readAssets } from './read.js';

const NOW = Date.UTC(2026, 3, 1);
const csv = [
  'id,purchaseCost,residualValue',
  'A1,"$1,249.00",',
  'A2,"1 249,00 €",100',
  'A3,1249.00,',
  'A4,EUR 980,',
  'A5,"1 249,00 USD",',
  'A6,"£ 899.00",',
].join('\n');

describe('ReadOptions.currency', () => {
  it('leaves a price written in another currency empty, with its row, column and the fix', () => {
    const { table, quality } = readAssets(csv, { currency: 'EUR', now: NOW });
    // A1 "$", A5 "USD", A6 "£" are not EUR; A2 "€", A4 "EUR" are; A3 has no sign (read as EUR).
    expect(assetRows(table).map((r) => r.purchaseCost)).toEqual([null, 1249, 1249, 980, null, null]);
    expect(assetRows(table)[1]!.residualValue).toBe(100);
    expect(quality.warnings).toEqual({ 'other-currency': 3 });
    expect(quality.issues[0]).toMatchObject({ code: 'other-currency', row: 2, column: 'purchaseCost' });
    expect(quality.issues[0]!.message).toMatch(/"\$1,249\.00" is not in EUR, the review's currency \(rates\.currency\): left empty, since Revue converts no money/);
  });

  it('reads a dollar sign in any dollar currency, and checks nothing without a currency', () => {
    const usd = readAssets(csv, { currency: 'usd', now: NOW });
    // "$" and "USD" are read; "€", "EUR" and "£" are not.
    expect(assetRows(usd.table).map((r) => r.purchaseCost)).toEqual([1249, null, 1249, null, 1249, null]);
    expect(usd.quality.warnings).toEqual({ 'other-currency': 3 });
    const cad = readAssets('id,purchaseCost\nA1,"$1,249.00"\n', { currency: 'CAD', now: NOW });
    expect(assetRows(cad.table)[0]!.purchaseCost).toBe(1249);
    const unchecked = readAssets(csv, { now: NOW });
    expect(assetRows(unchecked.table).map((r) => r.purchaseCost)).toEqual([1249, 1249, 1249, 980, 1249, 899]);
    expect(unchecked.quality.warnings).toEqual({});
  });
});
