import { describe, expect, it } from 'vitest';
import { assetRows } from '../model/tables.js';
import { readAssets } from './read.js';

const NOW = Date.UTC(2026, 3, 1);

describe('ServiceNow install_status exported as values', () => {
  it('reads the codes as the display export writes them: 6 in stock, 7 retired, 2 on order', () => {
    // Invented rows in the field-name shape of servicenow-alm-hardware-fieldnames.csv, codes instead of words.
    const csv = [
      'asset_tag,display_name,model_category,install_status,company,purchase_date,cost,retired',
      'P3000301,Laptop A,Computer,1,Atelier Nord,2024-01-10,1249,',
      'P3000302,Laptop B,Computer,6,Atelier Nord,2024-01-10,1249,',
      'P3000303,Laptop C,Computer,7,Atelier Nord,2020-01-10,999,',
      'P3000304,Laptop D,Computer,2,Atelier Nord,,,',
      'P3000305,Printer E,Printer,3,Atelier Nord,2022-05-02,689,',
      'P3000306,Laptop F,Computer,7,Atelier Nord,2020-01-10,999,2026-01-31',
    ].join('\n');
    const { table, quality } = readAssets(csv, { now: NOW, timezone: 'UTC' });
    expect(quality.preset.name).toBe('servicenow');
    expect(assetRows(table).map((r) => r.status)).toEqual(['In use', 'In stock', 'Retired', 'On order', 'In maintenance', 'Retired']);
    // P3000306 has its retired date: not flagged. Before: codes were read as unknown words, all in service.
    expect(quality.warnings).toEqual({ 'not-in-service-without-date': 2, 'retired-without-date': 1 });
    expect(quality.issues.map((i) => `${i.row}:${i.code}`)).toEqual(['3:not-in-service-without-date', '4:retired-without-date', '5:not-in-service-without-date']);
  });

  it('leaves a number alone in a status column of another name', () => {
    const csv = 'Asset Tag,Asset Name,Status,Purchased\nA-1,PC,7,2024-01-10\n';
    const { quality } = readAssets(csv, { now: NOW, timezone: 'UTC' });
    expect(quality.warnings['retired-without-date']).toBeUndefined();
  });
});
