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

/** The Computer search options of one GLPI UI language: plain option names and the infocom group. */
interface GlpiAssetLanguage {
  name: string;
  entity: string;
  location: string;
  type: string;
  /** The infocom group, `Financial and administrative information`. */
  financial: string;
  purchaseDate: string;
  startupDate: string;
  decommissionDate: string;
  value: string;
  warrantyDuration: string;
  warrantyStart: string;
  warrantyExpiration: string;
  amortizationDuration: string;
}

// The msgstr of GLPI 10.0.10's `locales/{en_GB,fr_FR,de_DE,es_ES,pt_BR,it_IT}.po` (release tree
// vendored in GrupoSolutions/GLPI-Solutions @ f737e91e) for the msgids `src/Infocom.php` names its
// search options with (`Value` in the `price` context; Entity, Location, Type in the singular).
// Spanish writes the location in the plural (`Ubicaciones`): that is GLPI's own translation.
const LANGUAGES: readonly GlpiAssetLanguage[] = [
  {
    name: 'Name', entity: 'Entity', location: 'Location', type: 'Type', financial: 'Financial and administrative information',
    purchaseDate: 'Date of purchase', startupDate: 'Startup date', decommissionDate: 'Decommission date', value: 'Value',
    warrantyDuration: 'Warranty duration', warrantyStart: 'Start date of warranty', warrantyExpiration: 'Warranty expiration date',
    amortizationDuration: 'Amortization duration',
  },
  {
    name: 'Nom', entity: 'Entité', location: 'Lieu', type: 'Type', financial: 'Informations financières et administratives',
    purchaseDate: "Date d'achat", startupDate: 'Date de mise en service', decommissionDate: 'Date de réforme', value: 'Valeur',
    warrantyDuration: 'Durée de garantie', warrantyStart: 'Date de début de garantie', warrantyExpiration: "Date d'expiration de la garantie",
    amortizationDuration: "Durée d'amortissement",
  },
  {
    name: 'Name', entity: 'Einheit', location: 'Standort', type: 'Typ', financial: 'Finanz- und Administrationsdaten',
    purchaseDate: 'Kaufdatum', startupDate: 'Inbetriebnahme-Datum', decommissionDate: 'Datum der Außerbetriebnahme', value: 'Wert',
    warrantyDuration: 'Garantiedauer', warrantyStart: 'Startdatum der Garantie', warrantyExpiration: 'Ablauf der Garantie',
    amortizationDuration: 'Abschreibungsdauer',
  },
  {
    name: 'Nombre', entity: 'Entidad', location: 'Ubicaciones', type: 'Tipo', financial: 'Información financiera y administrativa',
    purchaseDate: 'Fecha de compra', startupDate: 'Fecha de comienzo', decommissionDate: 'Fecha de desmantelamiento', value: 'Valor',
    warrantyDuration: 'Duración de la garantía', warrantyStart: 'Fecha de inicio de la garantía',
    warrantyExpiration: 'Fecha de vencimiento de la garantía', amortizationDuration: 'Duración de amortización',
  },
  {
    name: 'Nome', entity: 'Entidade', location: 'Localização', type: 'Tipo', financial: 'Informações financeiras e administrativas',
    purchaseDate: 'Data da compra', startupDate: 'Data inicial', decommissionDate: 'Data da desativação', value: 'Valor',
    warrantyDuration: 'Prazo de validade da garantia', warrantyStart: 'Data de inicio da garantia',
    warrantyExpiration: 'Data de término da garantia', amortizationDuration: 'Período de amortização',
  },
  {
    name: 'Nome', entity: 'Entità', location: 'Posizione', type: 'Tipo', financial: 'Informazioni contabili ed amministrative',
    purchaseDate: 'Data di acquisto', startupDate: 'Data di collaudo', decommissionDate: 'Data di dismissione', value: 'Importo',
    warrantyDuration: 'Durata della garanzia', warrantyStart: 'Data di inizio della garanzia',
    warrantyExpiration: 'Data di scadenza della garanzia', amortizationDuration: 'Durata ammortamento',
  },
];

/** Every language's plain option name (duplicates removed: `Type`, `Nome`). */
function plain(option: (language: GlpiAssetLanguage) => string): string[] {
  return [...new Set(LANGUAGES.map(option))];
}

// `Tipo` (Spanish, Portuguese, Italian) is not read as the type: with `Nome`/`Nombre` as the id it
// would make any Portuguese or Spanish list with a name and a type column look like GLPI's (a
// mapping proposal reads such lists by meaning). GLPI exports in those languages are recognised by
// their entity, location and financial columns; their type is left for a mapping.
const GENERIC_TYPE_WORDS = new Set(['Tipo']);

/** Every language's infocom option header, `<group> - <option>`. */
function financial(option: (language: GlpiAssetLanguage) => string): string[] {
  return LANGUAGES.map((l) => `${l.financial} - ${option(l)}`);
}

/** GLPI computer (asset) search export, in its English, French, German, Spanish, Portuguese (Brazil) and Italian UI. */
export const glpiAssets: AssetPreset = {
  name: 'glpi',
  kind: 'assets',
  source: 'FORMATS.md §1b: GLPI 10.0.10 Search.php, Infocom.php, locales/*.po (G1)',
  columns: {
    id: plain((l) => l.name),
    name: plain((l) => l.name),
    type: plain((l) => l.type).filter((word) => !GENERIC_TYPE_WORDS.has(word)),
    client: plain((l) => l.entity),
    site: plain((l) => l.location),
    purchaseDate: financial((l) => l.purchaseDate),
    inServiceDate: financial((l) => l.startupDate),
    retiredDate: financial((l) => l.decommissionDate),
    purchaseCost: financial((l) => l.value),
    warrantyEnd: financial((l) => l.warrantyExpiration),
    usefulLifeMonths: financial((l) => l.amortizationDuration),
    contractCostPerYear: ['Contrats - Coût', 'Contracts - Cost'],
  },
  // A lifelong warranty (`warranty_duration` -1, `Infocom.php`) is written as GLPI's word for it:
  // no number of months and no end date, not an unreadable value.
  nullMarkers: ['Lifelong', 'A vie', 'Lebenszeit', 'Para toda la vida', 'Tem vida', 'Perpetuo'],
  values: { usefulLifeMonths: { kind: 'months' } },
  // GLPI's states are the site's own (`Rebut`, `Au rebut`, `Ausgemustert`…): a scrapped one without
  // its `Date de réforme` is flagged.
  lifecycle: { headers: ['Statut', 'Status', 'Estado', 'Stato'] },
  // `Nom`, `Type`, `Lieu`, `Statut` are any inventory's words: a spreadsheet holding them (with its
  // own `Date d'achat`, `Prix d'achat`…) is no GLPI export, and read as GLPI's it would lose every
  // column GLPI names otherwise. GLPI's own: the entity, the financial group, the OS and the last
  // update of its computer list.
  signature: [
    ...plain((l) => l.entity),
    ...(['purchaseDate', 'startupDate', 'decommissionDate', 'value', 'warrantyDuration', 'warrantyStart', 'warrantyExpiration', 'amortizationDuration'] as const).flatMap((option) => financial((l) => l[option])),
    "Système d'exploitation - Nom", 'Operating system - Name', 'Betriebssystem - Name', 'Dernière modification', 'Last update', 'Letzte Aktualisierung',
    'Contrats - Coût', 'Contracts - Cost',
  ],
  transforms: { client: lastPathSegment },
  extras: {
    warrantyMonths: { headers: financial((l) => l.warrantyDuration), value: { kind: 'months' } },
    warrantyStart: { headers: financial((l) => l.warrantyStart), value: { kind: 'date' } },
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
