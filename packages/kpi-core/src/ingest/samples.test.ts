// Every format sample in fixtures/samples is read with preset `auto` in Europe/Paris; the
// expected values were read by hand from the sample files (CET = UTC+1 in March 2026).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assetRows, ticketRows } from '../model/tables.js';
import { detectPreset } from './detect.js';
import { readAssets, readTickets } from './read.js';

const dir = new URL('../../../../fixtures/samples/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
const text = (name: string) => new TextDecoder().decode(bytes(name));
const options = { timezone: 'Europe/Paris', now: Date.UTC(2026, 3, 1) };
const utc = (iso: string) => Date.parse(iso);

function tickets(name: string) {
  const { table, quality } = readTickets(bytes(name), { ...options, fileName: name });
  return { rows: ticketRows(table), quality };
}

describe('ticket samples', () => {
  it.each([
    ['canonical-tickets.csv', 'canonical'],
    ['glpi-fr-tickets.csv', 'glpi'],
    ['glpi-en-tickets.csv', 'glpi'],
    ['servicenow-tickets.csv', 'servicenow'],
    ['jira-tickets.csv', 'jira'],
    ['freshservice-tickets.csv', 'freshservice'],
    ['zammad-tickets.csv', 'zammad'],
    ['zendesk-tickets.csv', 'zendesk'],
    ['osticket-tickets.csv', 'osticket'],
  ])('%s is detected as %s', (name, preset) => {
    expect(detectPreset(text(name), 'tickets').name).toBe(preset);
    expect(tickets(name).quality.preset.name).toBe(preset);
  });

  it('GLPI 10, French (BOM, every field quoted, trailing ";", FR durations, "1 234,56")', () => {
    const { rows, quality } = tickets('glpi-fr-tickets.csv');
    // The only issues: the first responses computed from "Délai de prise en compte" (GLPI has no first-response date), 11 of 12 rows having one.
    expect(quality).toMatchObject({ rowsRead: 12, accepted: 12, rejected: 0, blank: 0, warnings: { 'response-from-duration': 11 }, unmappedColumns: ['Attribué à - Technicien'] });
    expect(quality.issues.every((issue) => issue.code === 'response-from-duration')).toBe(true);
    // Row 3 (ticket 1202): opened 02-03-2026 08:15 Paris = 07:15Z; first response = opening + 20 minutes.
    expect(rows[1]).toMatchObject({
      id: '1202', openedAt: utc('2026-03-02T07:15:00Z'), firstResponseAt: utc('2026-03-02T07:35:00Z'),
      priority: 'P2', type: 'incident', client: 'Bistro', category: 'Matériel > Poste de travail', assetId: 'PC-BIS-04',
      effortMinutes: 150, pausedMinutes: 45, cost: 1234.56, affectedUsers: 1, impact: 'minor', maintenanceType: 'corrective',
      slaResponseDueAt: utc('2026-03-02T08:15:00Z'), slaResolutionDueAt: utc('2026-03-02T15:15:00Z'),
    });
    // Ticket 1203: "Très haute" → P1, "1 jours 3 heures 0 minutes" = 1440 + 180 minutes, "Panne" → outage.
    expect(rows[2]).toMatchObject({ priority: 'P1', effortMinutes: 1620, impact: 'outage', affectedUsers: 12, closedAt: null });
    expect(rows[3]).toMatchObject({ title: "Nouveau compte pour ''stagiaire''", type: 'request', maintenanceType: 'evolutive', cost: null });
    expect(rows[5]!.title).toBe('Wi-Fi coupé en salle\nde réunion');
    expect(rows[11]!.priority).toBe('P1'); // "Majeure"
  });

  it('GLPI 11, English (no BOM, CRLF, "" escaping, EN durations, "1 234.56")', () => {
    const { rows, quality } = tickets('glpi-en-tickets.csv');
    // The only issues: the first responses computed from "Take into account time", 9 of 10 rows having one.
    expect(quality).toMatchObject({ rowsRead: 10, accepted: 10, rejected: 0, warnings: { 'response-from-duration': 9 } });
    expect(quality.issues.every((issue) => issue.code === 'response-from-duration')).toBe(true);
    expect(rows[0]).toMatchObject({ id: '301', openedAt: utc('2026-03-02T07:15:00Z'), firstResponseAt: utc('2026-03-02T07:40:00Z'), effortMinutes: 135, impact: 'degraded', client: 'Harbor Dental' });
    expect(rows[1]).toMatchObject({ title: 'Order a new laptop for "Dr. Kim"', cost: 1234.56, pausedMinutes: 1440, priority: 'P4', type: 'request' });
    expect(rows[5]).toMatchObject({ priority: 'P1', title: 'Phishing mail reported\nby several users' });
  });

  it('ServiceNow list export (field names, display values, seconds floored)', () => {
    const { rows, quality } = tickets('servicenow-tickets.csv');
    expect(quality).toMatchObject({ rowsRead: 10, accepted: 10, merged: 0, warnings: { 'closed-without-resolution': 1 } });
    // INC0010009 (row 10) was canceled: closed at 14:00 without a resolution time.
    expect(quality.issues.map((i) => `${i.row}:${i.code}`)).toEqual(['10:closed-without-resolution']);
    expect(rows[1]).toMatchObject({ id: 'INC0010002', priority: 'P1', impact: 'outage', assetId: 'SRV-ERP-01', client: 'Acme Retail', resolvedAt: utc('2026-03-02T10:29:00Z') });
    expect(rows[7]!.priority).toBe('P5'); // "5 - Planning"
  });

  it('Jira Cloud (dd/MMM/yy h:mm a, repeated headers, seconds, extra cells)', () => {
    const { rows, quality } = tickets('jira-tickets.csv');
    expect(quality).toMatchObject({ rowsRead: 10, accepted: 10, issues: [] });
    expect(rows[0]).toMatchObject({
      id: 'ITS-101', openedAt: utc('2026-03-02T08:15:00Z'), firstResponseAt: utc('2026-03-02T08:40:00Z'), resolvedAt: utc('2026-03-02T10:30:00Z'),
      effortMinutes: 90, category: 'Printers', impact: 'degraded', client: 'Bistro', assetId: 'PRN-BIS-01', site: 'Bistro HQ', affectedUsers: 3,
    });
    expect(rows[2]).toMatchObject({ priority: 'P1', impact: 'outage', openedAt: utc('2026-03-04T07:05:00Z') });
    expect(rows[3]).toMatchObject({ type: 'change', maintenanceType: 'preventive', openedAt: utc('2026-03-05T17:00:00Z') }); // 6:00 PM
    expect(rows[7]!.category).toBe('Network'); // first of "Network","Security"; the row has one cell more than the header
    expect(rows[9]!.type).toBe('request'); // Service Request with Approvals
  });

  it('Freshservice (HH:MM:SS durations, first response derived when missing)', () => {
    const { rows, quality } = tickets('freshservice-tickets.csv');
    expect(quality).toMatchObject({ rowsRead: 10, accepted: 10 });
    // #INC-43: no Initial Response Time; created 06:50 Paris + 00:05:00 = 06:55 = 05:55Z. Time Tracked 01:30:00 = 90 min.
    expect(rows[2]).toMatchObject({ id: '#INC-43', priority: 'P1', impact: 'outage', firstResponseAt: utc('2026-03-04T05:55:00Z'), effortMinutes: 90 });
    expect(rows[1]!.type).toBe('request');
  });

  it('Zammad report re-saved as CSV (title row, footer)', () => {
    const { rows, quality } = tickets('zammad-tickets.csv');
    // Line 1 title (skipped), line 2 empty (blank), line 3 header, lines 4–11 tickets, line 12 the "Timezone:" footer (rejected).
    expect(quality).toMatchObject({ skippedBeforeHeader: 1, blank: 1, rowsRead: 9, accepted: 8, rejected: 1, reasons: { 'required-missing': 1 } });
    expect(quality.issues.find((i) => i.severity === 'rejected')!.row).toBe(12);
    expect(rows[1]).toMatchObject({ id: '31002', priority: 'P2', openedAt: utc('2026-03-03T06:40:00Z'), effortMinutes: 90, client: 'Bistro' });
  });

  it('Zendesk (minutes, first reply derived)', () => {
    const { rows, quality } = tickets('zendesk-tickets.csv');
    // The only issues: the first responses computed from "First reply time in minutes", 8 of 10 rows having one.
    expect(quality).toMatchObject({ rowsRead: 10, accepted: 10, warnings: { 'response-from-duration': 8 } });
    expect(quality.issues.every((issue) => issue.code === 'response-from-duration')).toBe(true);
    // 5003: created 06:30 Paris = 05:30Z, first reply after 4 minutes.
    expect(rows[2]).toMatchObject({ id: '5003', priority: 'P1', firstResponseAt: utc('2026-03-04T05:34:00Z'), reopenCount: 1 });
    expect(rows[3]).toMatchObject({ type: 'request', pausedMinutes: 1440 });
    expect(rows[7]!.type).toBeNull();
  });

  it('osTicket', () => {
    const { rows, quality } = tickets('osticket-tickets.csv');
    expect(quality).toMatchObject({ rowsRead: 10, accepted: 10, warnings: { 'closed-without-resolution': 7 } });
    expect(rows[2]).toMatchObject({ id: '100233', priority: 'P1', reopenCount: 1, closedAt: utc('2026-03-03T07:20:00Z') });
    expect(rows[4]!.title).toBe('Email bounces, "mailbox full"');
  });

  it('canonical (ISO 8601 with Z or offset)', () => {
    const { rows, quality } = tickets('canonical-tickets.csv');
    expect(quality).toMatchObject({ rowsRead: 10, accepted: 10, issues: [], unmappedColumns: [] });
    expect(rows[3]!.openedAt).toBe(utc('2026-03-04T12:00:00Z')); // 13:00+01:00
    expect(rows[9]).toMatchObject({ cost: 1234.56, pausedMinutes: 1440 });
  });
});

describe('asset samples', () => {
  const assets = (name: string) => {
    const { table, quality } = readAssets(bytes(name), { ...options, fileName: name });
    return { rows: assetRows(table), quality };
  };
  it.each([
    ['canonical-assets.csv', 'canonical'],
    ['glpi-assets.csv', 'glpi'],
    ['snipe-it-assets.csv', 'snipe-it'],
  ])('%s is detected as %s', (name, preset) => {
    expect(detectPreset(text(name), 'assets').name).toBe(preset);
    expect(assets(name).quality).toMatchObject({ preset: { name: preset }, rowsRead: 10, accepted: 10, rejected: 0 });
  });

  it('GLPI computers, French: infocom columns, warranty end derived from "60 mois"', () => {
    const { rows } = assets('glpi-assets.csv');
    // SRV-BIS-01: bought 03-06-2023; + 60 months = 3 June 2028 00:00 CEST = 2 June 22:00Z.
    expect(rows[1]).toMatchObject({ id: 'SRV-BIS-01', client: 'Bistro', purchaseCost: 3450, usefulLifeMonths: 60, warrantyEnd: utc('2028-06-02T22:00:00Z') });
    expect(rows[7]).toMatchObject({ id: 'PC-GAR-03', retiredDate: utc('2025-02-27T23:00:00Z'), warrantyEnd: utc('2020-03-09T23:00:00Z') });
  });

  it('Snipe-IT custom report: tags as ids, "1,249.00", useful life from the EOL date', () => {
    const { rows } = assets('snipe-it-assets.csv');
    // LT-0042: bought 2024-02-01, EOL 2027-02-01 → 36 months.
    expect(rows[0]).toMatchObject({ id: 'LT-0042', name: "Tom's laptop", purchaseCost: 1249, purchaseDate: utc('2024-01-31T23:00:00Z'), usefulLifeMonths: 36 });
    // SRV-BIS-01: no "Warranty Expires"; Warranty 60 months from 2023-06-03.
    expect(rows[1]!.warrantyEnd).toBe(utc('2028-06-02T22:00:00Z'));
    expect(rows[8]!.warrantyEnd).toBeNull();
  });
});
