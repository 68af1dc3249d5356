import { describe, expect, it } from 'vitest';
import { sampleReport } from '../sample/report.js';
import { readXlsx } from './testing/ooxml.js';
import { sheetNames, workbookBytes, workbookCell, workbookSheets } from './xlsx.js';

describe('workbookCell', () => {
  it('rounds figures like the CSV, a ratio staying a ratio', () => {
    expect(workbookCell(1302.8259138671747, 'money', 'UTC')).toEqual({ kind: 'number', value: 1302.83, format: '#,##0.00' });
    expect(workbookCell(1302.8259138671747, 'hours', 'UTC')).toEqual({ kind: 'number', value: 1302.8, format: '#,##0.0' });
    // 0.93456 → 93.5 % → stored 0.935, shown 93.5%.
    expect(workbookCell(0.93456, 'percent', 'UTC')).toEqual({ kind: 'number', value: 0.935, format: '0.0%' });
    expect(workbookCell(null, 'money', 'UTC')).toBeNull();
    expect(workbookCell(Number.NaN, 'count', 'UTC')).toBeNull();
  });

  it('stores the local date and time of the policy zone as a serial number', () => {
    // 2026-09-30T22:30Z = 1 Oct 2026 00:30 in Paris: serial 46296 (1 Oct 2026) + 30/1440.
    const cell = workbookCell('2026-09-30T22:30:00.000Z', 'datetime', 'Europe/Paris');
    expect(cell).toMatchObject({ kind: 'date', format: 'yyyy-mm-dd hh:mm' });
    expect((cell as { value: number }).value).toBeCloseTo(46296 + 30 / 1440, 10);
    expect(workbookCell('2026-09-30T22:30:00.000Z', 'date', 'Europe/Paris')).toEqual({ kind: 'date', value: 46296, format: 'yyyy-mm-dd' });
    // A month key is the first day of the month: 2026-07-01 = 46296 − 92 days = 46204.
    expect(workbookCell('2026-07', 'month', 'UTC')).toEqual({ kind: 'date', value: 46204, format: 'yyyy-mm' });
  });

  it('keeps text as text, a formula included', () => {
    expect(workbookCell('=HYPERLINK("http://x","y")', 'text', 'UTC')).toEqual({ kind: 'text', value: '=HYPERLINK("http://x","y")' });
    expect(workbookCell(['T-1', 'T-2'], undefined, 'UTC')).toEqual({ kind: 'text', value: 'T-1 T-2' });
  });
});

describe('sheetNames', () => {
  it('makes names Excel accepts, unique and at most 31 characters', () => {
    expect(sheetNames(['SLA: by month', 'SLA: by month', 'a/b[c]*?', 'x'.repeat(40)])).toEqual(['SLA- by month', 'SLA- by month (2)', 'a-b-c---', 'x'.repeat(31)]);
  });
});

describe('workbookBytes', () => {
  const report = sampleReport({ period: '2026-Q3' });

  it('writes one sheet per table after About, with real numbers, date cells, a frozen header and no formula', async () => {
    const hostile = structuredClone(report);
    hostile.sla.breaches[0]!.title = '=HYPERLINK("http://evil.example","open")';
    hostile.sla.breaches[1]!.title = '+1-2';
    const sheets = workbookSheets(hostile, { language: 'fr', isDemo: true, generatedAt: new Date('2026-10-02T08:00:00Z') });
    const read = readXlsx(await workbookBytes(sheets));
    expect(read.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
    expect(read[0]!.name).toBe('À propos');
    expect(read[1]!.name).toBe('Synthèse');

    // About: the demo label first, then the generated-on date as a date cell (10:00 in Paris).
    const about = read[0]!;
    expect(about.at('A2')!.text).toBe('Données de démonstration');
    const generated = about.cells.find((c) => c.format === 'yyyy-mm-dd hh:mm' && c.ref.startsWith('B') && Math.abs(Number(c.raw) - (46297 + 10 / 24)) < 1e-6);
    expect(generated, 'generated on 2 Oct 2026 10:00 as a date cell').toBeDefined();

    for (const sheet of read) {
      // No cell anywhere is a formula.
      expect(sheet.xml, sheet.name).not.toMatch(/<f[\s>]/);
      for (const cell of sheet.cells) expect(cell.formula, `${sheet.name}!${cell.ref}`).toBeNull();
    }
    for (const sheet of read.slice(1)) {
      // Header row frozen (a pane split below row 1).
      expect(sheet.xml, sheet.name).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      expect(sheet.xml, sheet.name).toMatch(/<col [^>]*width=/);
    }

    const breaches = read.find((s) => s.name === 'Dépassements SLA')!;
    // Header: text; titles stay text (shared strings), the formula-looking ones included.
    expect(breaches.at('B1')!.text).toBe('Titre');
    const titles = breaches.cells.filter((c) => c.ref.startsWith('B') && c.ref !== 'B1');
    expect(titles.map((c) => c.type)).toEqual(titles.map(() => 's'));
    expect(titles[0]!.text).toBe('=HYPERLINK("http://evil.example","open")');
    expect(titles[1]!.text).toBe('+1-2');
    // Opened (column G): a number with a date format, the local time of Europe/Paris.
    const opened = breaches.at('G2')!;
    expect(opened.type === null || opened.type === 'n').toBe(true);
    expect(opened.format).toBe('yyyy-mm-dd hh:mm');
    const openedAt = Date.parse(hostile.sla.breaches[0]!.openedAt);
    const paris = new Date(openedAt + (new Date(openedAt).toLocaleString('en-US', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' }).includes('+02:00') ? 2 : 1) * 3_600_000);
    expect(Number(opened.raw)).toBeCloseTo(paris.getTime() / 86_400_000 + 25_569, 6);
    // Overrun (column J): hours as a number with 1 decimal.
    const overrun = breaches.at('J2')!;
    expect(overrun.type === null || overrun.type === 'n').toBe(true);
    expect(overrun.format).toBe('#,##0.0');
    expect(Number(overrun.raw)).toBe(Math.round(hostile.sla.breaches[0]!.overrunHours * 10) / 10);

    // SLA by priority: adherence as a ratio with a percent format.
    const priority = read.find((s) => s.name === 'SLA par priorité')!;
    const adherence = priority.cells.find((c) => c.format === '0.0%')!;
    expect(Number(adherence.raw)).toBeGreaterThan(0);
    expect(Number(adherence.raw)).toBeLessThanOrEqual(1);
  });
});
