import { describe, expect, it } from 'vitest';
import { ticketRows } from '../model/tables.js';
import { parseMapping } from './mapping.js';
import { readTickets } from './read.js';

const NOW = Date.UTC(2026, 3, 1);

function read(csv: string, options: Parameters<typeof readTickets>[1] = {}) {
  const { table, quality } = readTickets(csv, { now: NOW, ...options });
  return { assets: ticketRows(table).map((r) => r.assetId), quality, codes: quality.issues.map((i) => `${i.row}:${i.column}:${i.code}`) };
}

describe('a ticket whose asset cell names several items', () => {
  it("keeps the first and flags the row: GLPI 10's <br>, <br />, <hr>, GLPI 11's line breaks", () => {
    const csv = [
      'id,openedAt,assetId',
      'T1,2026-03-02 09:00,PC-BIS-04<br>ECR-BIS-04',
      'T2,2026-03-02 10:00,PC-1<br />PC-2<br/>PC-3',
      'T3,2026-03-02 11:00,SRV-1<hr>SRV-2',
      'T4,2026-03-02 12:00,"PRN-1\nPRN-2"',
      'T5,2026-03-02 13:00,"PRN-3\r\n"',
      'T6,2026-03-02 14:00,PC-9<br>',
      'T7,2026-03-02 15:00,PC-BIS-04<br>ECR-BIS-04',
    ].join('\n');
    const { assets, quality, codes } = read(csv);
    expect(assets).toEqual(['PC-BIS-04', 'PC-1', 'SRV-1', 'PRN-1', 'PRN-3', 'PC-9', 'PC-BIS-04']);
    // Rows are file lines (T4 and T5 take two each). Five cells name two or three items; "PRN-3\r\n" and "PC-9<br>" name one (an empty item is none).
    expect(quality.warnings).toEqual({ 'several-assets': 5 });
    expect(codes).toEqual(['2:assetId:several-assets', '3:assetId:several-assets', '4:assetId:several-assets', '5:assetId:several-assets', '10:assetId:several-assets']);
    // Per row: which item is kept, how many are left out and which (T2: PC-1 kept, PC-2 and PC-3 out).
    expect(quality.issues.find((i) => i.row === 3)!.message).toContain(`names 3 items; the first, "PC-1", is the ticket's asset; 2 left out ("PC-2", "PC-3"): they get no failure, repeat or cost from this ticket`);
    expect(quality.issues.find((i) => i.row === 2)!.message).toContain(`the first, "PC-BIS-04", is the ticket's asset; 1 left out ("ECR-BIS-04")`);
    expect(quality.accepted + quality.rejected).toBe(quality.rowsRead);
  });

  it('does not cut at a comma or a semicolon: a name may hold one', () => {
    const { assets, quality } = read('id,openedAt,assetId\nT1,2026-03-02 09:00,"Imprimante RDC, accueil"\nT2,2026-03-02 10:00,Copieur 2 ; étage');
    expect(assets).toEqual(['Imprimante RDC, accueil', 'Copieur 2 ; étage']);
    expect(quality.warnings).toEqual({});
  });

  it('reads a mapped asset column the same way', () => {
    const mapping = parseMapping({ columns: { id: 'Ref', openedAt: 'Opened', assetId: 'Items' } });
    const { assets, quality } = read('Ref,Opened,Items\nA-1,2026-03-02 09:00,"LT-7\nDOCK-7"\nA-2,2026-03-02 10:00,LT-8', { mapping });
    expect(assets).toEqual(['LT-7', 'LT-8']);
    expect(quality.warnings).toEqual({ 'several-assets': 1 });
  });
});

describe('the several-assets message names at most three of the items left out', () => {
  it('and says how many more there are', () => {
    const { quality } = read('id,openedAt,assetId\nT1,2026-03-02 09:00,A<br>B<br>C<br>D<br>E');
    // 5 items: A kept, 4 left out, the first three named.
    expect(quality.issues[0]!.message).toContain(`the first, "A", is the ticket's asset; 4 left out ("B", "C", "D", …)`);
  });
});
