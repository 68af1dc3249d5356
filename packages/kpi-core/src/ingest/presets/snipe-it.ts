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
// vie`) are accepted too. German, Spanish, Italian, Portuguese (Brazil) and Dutch from the same
// `resources/lang/{de-DE,es-ES,it-IT,pt-BR,nl-NL}` files of snipe/snipe-it @ 5aa5c480 [C]: the custom
// report names the asset `trans('general.item_name_var', ['item' => trans('general.asset')])`
// (`Activo Nombre`, `Bene Nome`, `Ativo Nome`, `Asset naam`, French `Nom Actif`; older releases used
// `admin/hardware/form.name`: `Nombre del activo`, `Nome Bene`, `Nome do Ativo`), then
// `table.asset_tag` (`Placa del activo`, `Etichetta Bene`, `Marcação do Ativo`), `general.category`,
// `general.company` (`Firma`, `Compañía`, `Azienda`, `Empresa`, `Bedrijf`), `table.purchase_date`
// (`Kaufdatum`, `Comprado`, `Acquistato il`, `Aangekocht`), `table.purchase_cost` (`Kosten`, `Costo`,
// `Custo`, `Kostprijs`), `table.eol` (`Fin de soporte (EOL)`), `form.warranty`, `form.warranty_expires`
// (`Garantie Ablaufdatum`, `Vencimiento de la garantía`, `Scadenza Garanzia`, `A garantia expira`,
// `Garantie vervalt`), `table.location` (`Standort`, `Ubicación`, `Sede`, `Local`, `Locatie`) and
// `general.status` (pt-BR spells it `SItuação`). The hardware list uses `general.purchase_date`
// (`Fecha de compra`…), `general.purchase_cost` (`Einkaufspreis`…) and `form.eol_date`.
// `Current Value`/`Valeur actuelle` is the depreciated book value today:
// neither a cost nor a residual value at end of life, so it is not read. Tickets name assets by tag.
/** Snipe-IT custom asset report (and hardware list export). */
export const snipeItAssets: AssetPreset = {
  name: 'snipe-it',
  kind: 'assets',
  source: 'FORMATS.md §5: grokability/snipe-it ReportsController::postCustom',
  columns: {
    id: ['Asset Tag', "Étiquette de l'actif", 'Placa del activo', 'Etichetta Bene', 'Marcação do Ativo', 'Assettag'],
    name: [
      'Asset Name', "Nom de l'actif", 'Nom Actif', 'Activo Nombre', 'Nombre del activo', 'Bene Nome', 'Nome Bene', 'Ativo Nome',
      'Nome do Ativo', 'Asset naam',
    ],
    type: ['Category', 'Catégorie', 'Kategorie', 'Categoría', 'Categoria', 'Categorie'],
    client: ['Company', 'Compagnie', 'Firma', 'Compañía', 'Azienda', 'Empresa', 'Bedrijf'],
    site: ['Location', 'Lieu', 'Standort', 'Ubicación', 'Sede', 'Local', 'Locatie'],
    purchaseDate: [
      'Purchased', 'Purchase Date', 'Acheté', "Date d'achat", 'Kaufdatum', 'Comprado', 'Fecha de compra', 'Acquistato il',
      'Data di acquisto', 'Data da Aquisição', 'Aangekocht', 'Aankoopdatum',
    ],
    purchaseCost: [
      'Cost', 'Purchase Cost', 'Coût', "Prix d'achat", 'Kosten', 'Einkaufspreis', 'Costo', 'Precio de compra', "Prezzo d'acquisto",
      'Custo', 'Custo de Aquisição', 'Kostprijs', 'Aankoop prijs',
    ],
    warrantyEnd: [
      'Warranty Expires', 'Expiration de garantie', 'Garantie Ablaufdatum', 'Vencimiento de la garantía', 'Scadenza Garanzia',
      'A garantia expira', 'Garantie vervalt',
    ],
  },
  extras: {
    warrantyMonths: { headers: ['Warranty', 'Garantie', 'Garantía', 'Garanzia', 'Garantia'], value: { kind: 'months' } },
    eol: {
      headers: [
        'EOL', 'Fin de vie', 'EOL Date', 'Date de fin de vie', 'Fin de soporte (EOL)', 'Ende der Nutzungsdauer', 'Fecha fin de soporte (EOL)',
        'Data EOL', 'Date de EOL', 'EOL datum',
      ],
      value: { kind: 'date' },
    },
  },
  // Headers only Snipe-IT writes: an asset list with the everyday `Asset Tag`, `Location` and
  // `Cost` (Freshservice's export) is not its report.
  signature: [
    'Asset Name', "Nom de l'actif", "Étiquette de l'actif", 'Purchased', 'Acheté', 'EOL', 'EOL Date', 'Fin de vie', 'Date de fin de vie',
    'Warranty Expires', 'Expiration de garantie', 'Checked Out To', 'Device Image', 'Model No.', 'Model n°.', 'Fully Depreciated', 'Entièrement amortis',
    'Nom Actif', 'Activo Nombre', 'Nombre del activo', 'Placa del activo', 'Bene Nome', 'Nome Bene', 'Etichetta Bene', 'Acquistato il',
    'Ativo Nome', 'Nome do Ativo', 'Marcação do Ativo', 'Asset naam', 'Assettag', 'Aangekocht', 'Fin de soporte (EOL)',
    'Ende der Nutzungsdauer', 'Fecha fin de soporte (EOL)', 'Garantie Ablaufdatum', 'Vencimiento de la garantía', 'Scadenza Garanzia',
    'A garantia expira', 'Garantie vervalt', 'Geräte-Bild', 'Imagen de dispositivo', 'Imagem do equipamento', 'Asset afbeelding',
    'Komplett Abgeschrieben', 'Totalmente amortizado', 'Pienamente Deprezzato', 'Totalmente Depreciado', 'Volledig afgeschreven',
    'Modellnr.', 'Modelo No.', 'Modello N.', 'Código do Modelo',
  ],
  // `Statut` as `name (meta)` in the custom report: an `archived` status type has left the fleet.
  lifecycle: { headers: ['Status', 'Statut', 'Estado', 'Stato', 'SItuação', 'Situação'] },
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
