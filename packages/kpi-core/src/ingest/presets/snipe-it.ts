import { fillAddMonths, type AssetPreset } from './preset.js';

// Source: FORMATS.md §5 — Snipe-IT `app/Http/Controllers/ReportsController.php`
// (postCustom, Custom Asset Report) @ 29ca9bd5 and `resources/lang/en-US/admin/hardware/*.php`
// [C]: UTF-8 BOM, `fputcsv`; headers `ID`, `Company`, `Asset Name`, `Asset Tag`, `Model`,
// `Category`, `Purchased`, `Cost`, `EOL`, `Warranty` (months), `Warranty Expires`, `Location`,
// `Status`…; dates `Y-m-d`; costs locale-formatted (`1,234.56`). The hardware-list export
// titles (`Purchase Date`, `Purchase Cost`) are accepted too. Tickets name assets by tag.

/** Snipe-IT custom asset report (and hardware list export). */
export const snipeItAssets: AssetPreset = {
  name: 'snipe-it',
  kind: 'assets',
  source: 'FORMATS.md §5: grokability/snipe-it ReportsController::postCustom',
  columns: {
    id: ['Asset Tag'],
    name: ['Asset Name'],
    type: ['Category'],
    client: ['Company'],
    site: ['Location'],
    purchaseDate: ['Purchased', 'Purchase Date'],
    purchaseCost: ['Cost', 'Purchase Cost'],
    warrantyEnd: ['Warranty Expires'],
  },
  extras: {
    warrantyMonths: { headers: ['Warranty'], value: { kind: 'months' } },
    eol: { headers: ['EOL'], value: { kind: 'date' } },
  },
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
