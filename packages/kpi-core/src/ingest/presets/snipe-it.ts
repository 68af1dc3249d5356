import { fillAddMonths, type AssetPreset } from './preset.js';

// Source: FORMATS.md §5 — Snipe-IT `app/Http/Controllers/ReportsController.php`
// (postCustom, Custom Asset Report) @ 29ca9bd5 and `resources/lang/en-US/admin/hardware/*.php`
// [C]: UTF-8 BOM, `fputcsv`; headers `ID`, `Company`, `Asset Name`, `Asset Tag`, `Model`,
// `Category`, `Purchased`, `Cost`, `EOL`, `Warranty` (months), `Warranty Expires`, `Location`,
// `Status`…; dates `Y-m-d`; costs through `Helper::formatCurrencyOutput`: `1,234.56`, or
// `1.234,56` when the install's digit separator is set to `1.234,56` (snipe/snipe-it
// `app/Helpers/Helper.php`) [C]. The headers are translated with the UI language: French from
// snipe/snipe-it `resources/lang/fr-FR/admin/hardware/{table,form}.php` and `general.php` @
// 04aaa21e [C] (`Étiquette de l'actif`, `Nom de l'actif`, `Compagnie`, `Catégorie`, `Lieu`,
// `Acheté`, `Coût`, `Fin de vie`, `Garantie`, `Expiration de garantie`). The hardware-list export
// titles (`Purchase Date`, `Purchase Cost`; French `Date d'achat`, `Prix d'achat`, `Date de fin de
// vie`) are accepted too. `Current Value`/`Valeur actuelle` is the depreciated book value today:
// neither a cost nor a residual value at end of life, so it is not read. Tickets name assets by tag.
/** Snipe-IT custom asset report (and hardware list export). */
export const snipeItAssets: AssetPreset = {
  name: 'snipe-it',
  kind: 'assets',
  source: 'FORMATS.md §5: grokability/snipe-it ReportsController::postCustom',
  columns: {
    id: ['Asset Tag', "Étiquette de l'actif"],
    name: ['Asset Name', "Nom de l'actif"],
    type: ['Category', 'Catégorie'],
    client: ['Company', 'Compagnie'],
    site: ['Location', 'Lieu'],
    purchaseDate: ['Purchased', 'Purchase Date', 'Acheté', "Date d'achat"],
    purchaseCost: ['Cost', 'Purchase Cost', 'Coût', "Prix d'achat"],
    warrantyEnd: ['Warranty Expires', 'Expiration de garantie'],
  },
  extras: {
    warrantyMonths: { headers: ['Warranty', 'Garantie'], value: { kind: 'months' } },
    eol: { headers: ['EOL', 'Fin de vie', 'EOL Date', 'Date de fin de vie'], value: { kind: 'date' } },
  },
  // Headers only Snipe-IT writes: an asset list with the everyday `Asset Tag`, `Location` and
  // `Cost` (Freshservice's export) is not its report.
  signature: [
    'Asset Name', "Nom de l'actif", "Étiquette de l'actif", 'Purchased', 'Acheté', 'EOL', 'EOL Date', 'Fin de vie', 'Date de fin de vie',
    'Warranty Expires', 'Expiration de garantie', 'Checked Out To', 'Device Image', 'Model No.', 'Model n°.', 'Fully Depreciated', 'Entièrement amortis',
  ],
  // `Statut` as `name (meta)` in the custom report: an `archived` status type has left the fleet.
  lifecycle: { headers: ['Status', 'Statut'] },
  knownHeaders: [
    'ID', 'Model', 'Model No.', 'Manufacturer', 'Serial', 'Current Value', 'Diff', 'Fully Depreciated', 'Order Number', 'Supplier',
    'Default Location', 'Checked Out', 'Notes', 'Modèle', 'Model n°.', 'Fabricant', 'Numéro de série', 'Valeur actuelle',
    'Différence', 'Entièrement amortis', 'Numéro de Commande', 'Fournisseur', 'Emplacement par défaut', 'Remarques',
  ],
  derive({ numbers, extras, timeZone, length }) {
    const months = extras['warrantyMonths'];
    if (months instanceof Float64Array) fillAddMonths(numbers['warrantyEnd']!, numbers['purchaseDate']!, months, timeZone);
    // EOL is a date (purchase + the model's EOL months): the useful life is the months between.
    const eol = extras['eol'];
    const life = numbers['usefulLifeMonths']!;
    const purchase = numbers['purchaseDate']!;
    if (!(eol instanceof Float64Array)) return;
    for (let i = 0; i < length; i++) {
      if (Number.isNaN(life[i]!) && eol[i]! > purchase[i]!) life[i] = Math.round((eol[i]! - purchase[i]!) / (30.436875 * 86_400_000));
    }
  },
};
