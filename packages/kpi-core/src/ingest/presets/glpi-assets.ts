import { fillAddMonths, lastPathSegment, type AssetPreset } from './preset.js';

// Source: FORMATS.md §1b — GLPI 10.0.10 Computer search export (G1: Search.php, Infocom.php,
// fr_FR.po): `Nom`/`Name`, `Entité`/`Entity`, `Type`, `Lieu`/`Location`, and the infocom group
// `Informations financières et administratives - X` / `Financial and administrative
// information - X` (purchase, startup and decommission dates, value, warranty duration
// `36 mois`, amortisation `3 ans`). Tickets name assets by their display name, so the asset
// id is the name. `Contrats - Coût` is inferred from the group logic [I].
// GLPI keeps an item's financial record with `value`, `warranty_duration` and `sink_time`
// (amortisation) `NOT NULL DEFAULT 0` (`install/mysql/glpi-empty.sql`, table `glpi_infocoms`
// [C]): an item whose record holds only a purchase date exports `0,00`, `0 mois`, `0 ans`. Those
// zeros are "not entered", not a free asset with no life and a warranty ending on the day of
// purchase: they are read as empty.

/** GLPI writes 0 for a financial field left empty: read as missing (NaN). */
function zeroIsEmpty(column: Float64Array): void {
  for (let i = 0; i < column.length; i++) if (column[i] === 0) column[i] = NaN;
}

const FR = 'Informations financières et administratives - ';
const EN = 'Financial and administrative information - ';

/** GLPI computer (asset) search export, French or English UI. */
export const glpiAssets: AssetPreset = {
  name: 'glpi',
  kind: 'assets',
  source: 'FORMATS.md §1b: GLPI 10.0.10 Search.php, Infocom.php, fr_FR.po (G1)',
  columns: {
    id: ['Nom', 'Name'],
    name: ['Nom', 'Name'],
    type: ['Type'],
    client: ['Entité', 'Entity'],
    site: ['Lieu', 'Location'],
    purchaseDate: [`${FR}Date d'achat`, `${EN}Date of purchase`],
    inServiceDate: [`${FR}Date de mise en service`, `${EN}Startup date`],
    retiredDate: [`${FR}Date de réforme`, `${EN}Decommission date`],
    purchaseCost: [`${FR}Valeur`, `${EN}Value`],
    warrantyEnd: [`${FR}Date d'expiration de la garantie`, `${EN}Warranty expiration date`],
    usefulLifeMonths: [`${FR}Durée d'amortissement`, `${EN}Amortization duration`],
    contractCostPerYear: ['Contrats - Coût', 'Contracts - Cost'],
  },
  values: { usefulLifeMonths: { kind: 'months' } },
  transforms: { client: lastPathSegment },
  extras: {
    warrantyMonths: { headers: [`${FR}Durée de garantie`, `${EN}Warranty duration`], value: { kind: 'months' } },
    warrantyStart: { headers: [`${FR}Date de début de garantie`, `${EN}Start date of warranty`], value: { kind: 'date' } },
  },
  // Zeros of the financial record are empty; no expiration date: warranty start (else purchase
  // date) + warranty duration.
  derive({ numbers, extras, timeZone }) {
    zeroIsEmpty(numbers['purchaseCost']!);
    zeroIsEmpty(numbers['usefulLifeMonths']!);
    const months = extras['warrantyMonths'];
    if (!(months instanceof Float64Array)) return;
    zeroIsEmpty(months);
    const start = extras['warrantyStart'];
    const purchase = numbers['purchaseDate']!;
    const from = start instanceof Float64Array ? start.map((v, i) => (Number.isNaN(v) ? purchase[i]! : v)) : purchase;
    fillAddMonths(numbers['warrantyEnd']!, from, months, timeZone);
  },
};
