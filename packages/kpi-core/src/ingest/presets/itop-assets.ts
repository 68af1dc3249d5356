import type { AssetPreset } from './preset.js';

// Source: iTop 3 configuration items of the PhysicalDevice family (PC, Server, Printer, Network
// device…), Export → CSV with localised labels, written as the user-request export is (see
// itop.ts: quoted headers, `,`, dates in the UI format `Y-m-d`, external keys through their
// friendly name `Organisation->Nom`). Labels from Combodo/iTop
// `datamodels/2.x/itop-config-mgmt/dictionaries/{fr,en}.dict.itop-config-mgmt.php`:
// FunctionalCI `Nom`/`Name`, `Organisation`, `Criticité`/`Business criticality`, `Date de mise en
// production`/`Move to production date`; PhysicalDevice `Numéro de série`, `Site`/`Location`,
// `Statut`/`Status` (implémentation, obsolète, production, stock), `Marque`, `Modèle`,
// `Numéro Asset`/`Asset number`, `Date d'achat`/`Purchase date`, `Date de fin de
// garantie`/`End of warranty`; PC `Type` (desktop, laptop). iTop holds no purchase price on a
// device (costs are on contracts), so an iTop file has no acquisition cost. Tickets name a CI
// by its name. [I]: the `->Nom` / `->Name` suffix of the external-key headers.
const ORGANISATION = ['Organisation->Nom', 'Organisation', 'Organization->Name', 'Organization', 'Nom organisation', 'Organization name'];
const LOCATION = ['Site->Nom', 'Site', 'Nom site', 'Location->Name', 'Location name'];

/** iTop physical devices (PC, server…) export, French and English labels. */
export const itopAssets: AssetPreset = {
  name: 'itop',
  kind: 'assets',
  source: 'Combodo/iTop itop-config-mgmt dictionaries (fr, en), CSV export as itop.ts',
  columns: {
    // Not also the name: with so few fields, a generic `Name` column alone would score near
    // confidence (CONFIDENT_SCORE).
    id: ['Nom', 'Name'],
    type: ['Type', 'Sous-classe de CI', 'Type de CI', 'CI sub-class'],
    client: ORGANISATION,
    site: LOCATION,
    purchaseDate: ["Date d'achat", 'Purchase date'],
    inServiceDate: ['Date de mise en production', 'Move to production date'],
    warrantyEnd: ['Date de fin de garantie', 'Fin de garantie', 'End of warranty'],
    criticality: ['Criticité', 'Business criticality'],
  },
  lifecycle: { headers: ['Statut', 'Status'] },
  // `Nom`, `Type`, `Statut`, `Date d'achat` are any French inventory's words: iTop's own are its
  // external keys (`->Nom`), its move to production and its asset number.
  signature: [
    'Organisation->Nom', 'Site->Nom', 'Marque->Nom', 'Modèle->Nom', 'Organization->Name', 'Location->Name', 'Brand->Name', 'Model->Name',
    'Date de mise en production', 'Move to production date', 'Numéro Asset', 'Nom organisation', 'Organization name', 'Sous-classe de CI', 'CI sub-class',
  ],
  knownHeaders: [
    'Marque->Nom', 'Marque', 'Nom Marque', 'Brand->Name', 'Brand', 'Modèle->Nom', 'Modèle', 'Nom Modèle', 'Model->Name',
    'Model', 'Numéro de série', 'Serial number', 'Numéro Asset', 'Asset number', 'Description', 'Famille OS->Nom', 'Version OS->Nom',
    'CPU', 'RAM', 'IP',
  ],
};
