import { describe, expect, it } from 'vitest';
import { sampleReport } from '../sample/report.js';
import { SECTIONS } from '../sections.js';
import { toCsv } from './csv.js';
import { sectionTable } from './tables.js';

describe('sectionTable', () => {
  const report = sampleReport({ period: '2026-Q3' });

  it('gives every section a table whose rows have every column field', () => {
    for (const section of SECTIONS) {
      const table = sectionTable(report, section.id, 'en');
      expect(table.columns.length).toBeGreaterThan(0);
      for (const row of table.rows) for (const column of table.columns) expect(column.field in row).toBe(true);
    }
  });

  it('lists every SLA breach with raw hours', () => {
    const table = sectionTable(report, 'sla', 'en');
    expect(table.rows.length).toBe(report.sla.breaches.length);
    expect(table.rows[0]!.overrunHours).toBe(report.sla.breaches[0]!.overrunHours);
  });

  it('lists the missed windows of the preventive plan with their task title', () => {
    const table = sectionTable(report, 'preventive', 'fr');
    expect(table.name).toBe('preventive-missed');
    expect(table.columns.map((c) => c.label)).toEqual(['Tâche', 'Titre', 'Équipement', 'Client', 'Début de la fenêtre', 'Fin de la fenêtre']);
    expect(table.rows[0]).toMatchObject({ taskId: 'restore', title: 'Restore test', assetId: 'SRV-02', windowStart: '2026-07-31T22:00:00.000Z' });
  });

  it('writes the summary figures raw (ratios as ratios), with the previous period', () => {
    const table = sectionTable(report, 'summary', 'en');
    expect(table.rows[0]).toEqual({ kpi: 'SLA resolution', value: report.sla.resolution!.adherence, previous: report.previous.sla.resolution!.adherence });
  });

  it('neutralises a formula hidden in a ticket title once written as CSV', () => {
    const hostile = structuredClone(report);
    hostile.sla.breaches[0]!.title = '=HYPERLINK("http://evil.example","open")';
    const table = sectionTable(hostile, 'sla', 'en');
    const csv = toCsv(table.rows, table.columns, { bom: false });
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""open"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it("names kpi-core's (none) key of lost hours by what is missing", () => {
    const missing = structuredClone(report);
    missing.lostHours.byClient = { '(none)': 2, Bistro: 5 };
    missing.lostHours.byCategory = { '(none)': 1 };
    missing.lostHours.byAsset = { '(none)': 7 };
    const keys = sectionTable(missing, 'lost-hours', 'fr').rows.map((r) => r.key);
    // fr.ts: none.client, none.category, none.asset.
    expect(keys).toEqual(['Sans client', 'Bistro', 'Sans catégorie', 'Sans équipement']);
  });
});
