import type { AssetPreset } from './preset.js';

// Source: Lansweeper (Classic) reports, exported to CSV from the report view: the columns are the
// aliases of the report's SQL, so they vary per report; these are those of the asset reports
// people publish (jschlackman/Lansweeper `Reports/Asset_ Awaiting Disposal.sql`, `Asset_
// Disposed.sql`, `Asset_ Current Stock.sql`, `Computer_ Warranty Overview.sql`, and scripts that
// sync Lansweeper to other tools, found by the shared search index): `AssetID`, `AssetName`,
// `AssetTypename` (or `AssetType`), `tblState.Statename As State` (Active, Non-active, Broken… and
// a site's own states such as In stock or Disposed), `Domain`, `Manufacturer`, `Model`,
// `Serialnumber`, `IPAddress`, `Location`, `PurchaseDate`, `Warrantydate` (or `[Purchase Date]`,
// `[Warranty Expiration]`), `Lastseen`; the cost is a custom field the reports alias
// `[Purchase Cost]` (`'$' + Custom1`: `$1249.00`) and the disposal date a custom date aliased
// `[Disposal Date]`. Datetimes come as SQL Server writes them (`2026-09-12 00:00:00.000`) unless
// the report casts them to a date. Tickets of Lansweeper's helpdesk name the asset by its name,
// so the id is `AssetName`. `Domain` is a Windows domain, not a client: not read.
/** Lansweeper asset report (SQL report aliases), exported as CSV. */
export const lansweeperAssets: AssetPreset = {
  name: 'lansweeper',
  kind: 'assets',
  source: 'Lansweeper report SQL aliases (jschlackman/Lansweeper Reports/*.sql)',
  columns: {
    id: ['AssetName', 'Asset Name'],
    name: ['AssetName', 'Asset Name'],
    type: ['AssetTypename', 'AssetType', 'Asset Type'],
    site: ['Location', 'IPLocation'],
    purchaseDate: ['PurchaseDate', 'Purchase Date'],
    purchaseCost: ['Purchase Cost', 'PurchaseCost'],
    warrantyEnd: ['Warrantydate', 'Warranty Expiration', 'Warranty date'],
    retiredDate: ['Disposal Date', 'DisposalDate'],
  },
  lifecycle: { headers: ['State', 'Statename', 'Asset State'] },
  // `Asset Name`, `Location`, `Purchase Date`, `Purchase Cost` are any English inventory's words
  // (Snipe-IT's among them): Lansweeper's own are its table columns, written as they are.
  signature: ['AssetName', 'AssetTypename', 'AssetID', 'AssetUnique', 'Warrantydate', 'Statename', 'Lastseen', 'Firstseen', 'Lasttried', 'Serialnumber', 'IPAddress'],
  knownHeaders: [
    'AssetID', 'AssetUnique', 'Domain', 'Manufacturer', 'Model', 'Serialnumber', 'Serial', 'IPAddress', 'IP Address',
    'Mac', 'MACAddress', 'Description', 'Firstseen', 'Lastseen', 'Lasttried', 'Vendor', 'OrderNumber', 'Contact', 'BarCode', 'OS', 'FQDN',
    'Username', 'Department', 'Building', 'Branchoffice', 'GL Code', 'icon', 'Added On',
  ],
};
