// A French MSP's own inventory spreadsheet (no tool's export): everyday words GLPI and iTop also
// write (`Nom`, `Type`, `Statut`, `Date d'achat`), lifetimes in months and years, euro prices with
// a space for thousands. Before the presets' signatures it was taken for GLPI's export, read by
// name and type only (its dates, prices and client silently left out); its `36 mois` lives were
// unreadable through a mapping.
import { describe, expect, it } from 'vitest';
import { assetRows } from '../model/tables.js';
import { RevueError } from '../internal/errors.js';
import { proposeMapping } from './propose.js';
import { readAssets } from './read.js';

const NOW = Date.UTC(2026, 3, 1);
const utc = (iso: string) => Date.parse(iso);
const csv = [
  "N° inventaire;Nom;Type;Client;Date d'achat;Prix d'achat;Durée de vie;Fin de garantie;Statut;Date de sortie",
  'INV-001;PC Accueil;Portable;Cabinet Noyer;12/09/2023;1 249,00 €;36 mois;12/09/2026;En service;',
  'INV-002;Serveur;Serveur;Cabinet Noyer;01/06/2021;4 890,50 €;5 ans;01/06/2026;En service;',
  'INV-003;Imprimante;Imprimante;Bistro;05/02/2024;;48 mois;;En stock;',
  'INV-004;PC ancien;Fixe;Bistro;05/11/2018;899,00 €;3 ans;05/11/2021;Au rebut;',
  'INV-005;PC vendu;Fixe;Bistro;05/11/2018;899,00 €;3 years;05/11/2021;Vendu;27/02/2026',
].join('\n');

describe('a French inventory spreadsheet, read as a user gives it', () => {
  it('is no tool’s export: refused with a proposal that finds every column by meaning', () => {
    expect(() => readAssets(csv, { now: NOW })).toThrow(RevueError);
    const proposal = proposeMapping(csv, { kind: 'assets', fileName: 'inventaire.csv' });
    expect(proposal.mapping.extends).toBeUndefined();
    expect(proposal.mapping.columns).toEqual({
      id: 'N° inventaire', name: 'Nom', type: 'Type', client: 'Client', purchaseDate: "Date d'achat", purchaseCost: "Prix d'achat",
      retiredDate: 'Date de sortie', usefulLifeMonths: 'Durée de vie', warrantyEnd: 'Fin de garantie',
    });
    expect(proposal.unmatchedValues).toEqual({});
  });

  it('reads "36 mois", "5 ans", "3 years", "1 249,00 €" and day-first dates through the proposal', () => {
    const mapping = proposeMapping(csv, { kind: 'assets', fileName: 'inventaire.csv' }).mapping;
    const { table, quality } = readAssets(csv, { mapping: JSON.parse(JSON.stringify(mapping)), now: NOW, currency: 'EUR' });
    expect(quality).toMatchObject({ rowsRead: 5, accepted: 5, rejected: 0 });
    // INV-004 "Au rebut" has no "Date de sortie": counted in service and said so, as the presets say it
    // (the status column of a mapped list is read too). Before: nothing was said.
    // INV-003 "En stock": not in service, no date says since when: said as well.
    expect(quality.warnings).toEqual({ 'retired-without-date': 1, 'not-in-service-without-date': 1 });
    expect(quality.issues.find((i) => i.code === 'retired-without-date')).toMatchObject({ row: 5, column: 'Statut' });
    expect(quality.issues.find((i) => i.code === 'not-in-service-without-date')).toMatchObject({ row: 4, column: 'Statut' });
    const rows = assetRows(table);
    expect(rows.map((r) => r.usefulLifeMonths)).toEqual([36, 60, 48, 36, 36]);
    expect(rows.map((r) => r.purchaseCost)).toEqual([1249, 4890.5, null, 899, 899]);
    expect(rows[0]).toMatchObject({ id: 'INV-001', client: 'Cabinet Noyer', purchaseDate: utc('2023-09-12T00:00:00Z'), warrantyEnd: utc('2026-09-12T00:00:00Z') });
    expect(rows[4]).toMatchObject({ id: 'INV-005', retiredDate: utc('2026-02-27T00:00:00Z') });
  });
});

describe('an inventory without a tag column (OCS Inventory NG, French "Tous les ordinateurs" list)', () => {
  // Written from OCS's French list columns (computer name, last inventory, user, OS, RAM, CPU,
  // TAG); [I] their exact labels. The TAG is a group (here the client), repeated on every row.
  const ocs = [
    "Dernier inventaire;Nom de l'ordinateur;Utilisateur;Système d'exploitation;RAM (Mo);CPU (MHz);TAG",
    '2026-03-30 08:12:44;PC-NOY-01;amartin;Microsoft Windows 11 Professionnel;16384;2600;CABINET-NOYER',
    '2026-03-31 17:40:02;PC-NOY-02;proux;Microsoft Windows 11 Professionnel;8192;2400;CABINET-NOYER',
    '2026-02-12 16:45:00;SRV-BIS-01;;Microsoft Windows Server 2022 Standard;32768;3000;BISTRO',
  ].join('\n');

  it('takes the computer name as the id, not a repeated TAG nor a column of unique numbers, and no inventory date as a purchase', () => {
    const proposal = proposeMapping(ocs, { kind: 'assets', fileName: 'ocs.csv' });
    expect(proposal.mapping.columns).toEqual({ id: "Nom de l'ordinateur", name: "Nom de l'ordinateur" });
    expect(proposal.missing.useful).toEqual(['type', 'client', 'purchaseDate', 'purchaseCost', 'warrantyEnd']);
    const { table, quality } = readAssets(ocs, { mapping: JSON.parse(JSON.stringify(proposal.mapping)), now: NOW });
    expect(quality).toMatchObject({ rowsRead: 3, accepted: 3, rejected: 0, warnings: {} });
    expect(assetRows(table).map((r) => r.id)).toEqual(['PC-NOY-01', 'PC-NOY-02', 'SRV-BIS-01']);
  });
});
