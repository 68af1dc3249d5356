import { addMonths } from '../../internal/date-fns.js';
import { TZDate } from '@date-fns/tz';
import type { AssetField, StatusClass, TicketField } from '../../model/fields.js';
import type { DecimalSeparator, DurationUnit } from '../numbers.js';

/**
 * How a source cell becomes a canonical value. An instant or date may be read from the text
 * `before` a mark only: GLPI writes a deadline followed by its progress on later lines
 * (`"11-09-2025 08:08\n\n 8%"`, mark `"\n"`); OTRS statistics may append the zone they were
 * computed in (`"2025-08-15 10:02:33 (America/Sao_Paulo)"`, mark `" ("`).
 */
export type ValueSpec =
  | { kind: 'string' }
  | { kind: 'instant'; before?: string }
  | { kind: 'date'; before?: string }
  | { kind: 'number' }
  | { kind: 'duration'; unit: DurationUnit }
  | { kind: 'months'; bare?: 'months' | 'years' };

/** Fields whose values go through a value map. */
export const MAPPED_FIELDS = ['priority', 'type', 'status', 'maintenanceType', 'impact', 'slaResponseVerdict', 'slaResolutionVerdict'] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** Typed columns handed to a preset's `derive` hook after parsing (same length, same rows). */
export interface DeriveContext {
  length: number;
  /** Time zone in which local dates were read. */
  timeZone: string;
  /** Canonical numeric/instant/date columns by field name (NaN = missing). */
  numbers: Record<string, Float64Array>;
  /** Canonical string columns by field name. */
  strings: Record<string, (string | null)[]>;
  /** The preset's extra columns, parsed with their spec (present only when found in the file). */
  extras: Record<string, Float64Array | (string | null)[]>;
  /**
   * Flags a first response computed from a duration (`response-from-duration`), by the extra
   * column it came from, the row and the minutes added (see {@link firstResponseFromDelay}).
   */
  responseFromDuration?: (extra: string, row: number, minutes: number) => void;
}

/** An extra source column a preset reads for a derive hook or an event-log order. */
export interface ExtraColumn {
  headers: readonly string[];
  value: ValueSpec;
}

/** The instants a duration column can give: the resolution, or the closing when the tool measures to it. */
export const DURATION_TARGETS = ['resolvedAt', 'closedAt'] as const;
export type DurationTarget = (typeof DURATION_TARGETS)[number];

/**
 * A column that gives the time from opening to resolution (or to closing) as a duration, read
 * when the export has no date for it (DESIGN §3 "resolution from duration"). For each ticket
 * whose target instant is empty, whose opening is known and whose status class is not `open`
 * or `pending` (a ticket still open has no resolution, whatever a stale duration says):
 * `target = openedAt + duration (+ pausedMinutes when addPaused)`, rounded to the minute, and
 * the row is flagged `resolution-from-duration`. A user mapping declares the same shape under
 * its `durations` key (`{ "resolvedAt": { "column": "calendar_duration", "unit": "seconds" } }`
 * becomes `{ headers: ['calendar_duration'], unit: 'seconds' }`).
 *
 * @example
 * // ServiceNow: `calendar_duration` is the seconds from opening to closing.
 * const durations: Preset['durations'] = { closedAt: { headers: ['calendar_duration', 'Duration'], unit: 'seconds', zeroIsEmpty: true } };
 */
export interface DurationSource {
  /** Header aliases of the column, matched like field aliases (first found wins). */
  headers: readonly string[];
  /** Unit of a bare number (`7200`); text with units (`2 Days 4 Hours`, `01:30:00`) carries its own. */
  unit: DurationUnit;
  /** The tool writes 0 until it has measured the duration (GLPI, ServiceNow): 0 reads as no duration. */
  zeroIsEmpty?: boolean;
  /**
   * The tool leaves the time spent waiting out of the duration (GLPI subtracts its waiting time):
   * the ticket's `pausedMinutes`, when the export has them, are added back.
   */
  addPaused?: boolean;
}

/**
 * A second column whose words give the status class when the status word itself is not in the
 * status map (Jira's `Status Category`: To Do, In Progress, Done). Matched like a status map.
 */
export interface StatusCategory {
  headers: readonly string[];
  map: Record<string, StatusClass>;
}

/**
 * A preset maps one tool's export onto the canonical model: header aliases per field (matched
 * case- and accent-insensitively, first alias found wins), value parsers where a field's
 * default (by its kind) does not fit, value maps, and optional hooks. Presets are data.
 */
export interface Preset<F extends string = TicketField | AssetField> {
  name: string;
  kind: 'tickets' | 'assets';
  /** Where the header names and value formats come from (FORMATS.md). */
  source: string;
  columns: Partial<Record<F, readonly string[]>>;
  values?: Partial<Record<F, ValueSpec>>;
  /**
   * Value maps: source value (matched case- and accent-insensitively) → canonical value. The
   * `status` map is the status-class map: a status word → `open` | `pending` | `resolved` |
   * `closed` | `cancelled`, written to `statusClass`; `status` keeps the word as exported.
   */
  maps?: Partial<Record<MappedField, Record<string, string>>>;
  /** Duration columns that give the resolution (or closing) instant when the export has no date for it. */
  durations?: Partial<Record<DurationTarget, DurationSource>>;
  /** A column whose words give the status class of a status word the map does not know. */
  statusCategory?: StatusCategory;
  /**
   * Headers the tool writes that Revue does not read (age, lock, counters…): they count as the
   * preset's own in detection, so a file full of them is recognised as this tool's.
   */
  knownHeaders?: readonly string[];
  /**
   * Fields of `columns` that are read but left out of the score (`matchPreset`): columns newer
   * than the files a preset was scored on, so that adding them to the model moves no detection.
   */
  unscored?: readonly string[];
  /** String transforms applied before value maps (e.g. last segment of a GLPI entity path). */
  transforms?: Partial<Record<F, (value: string) => string | null>>;
  /** Cell texts that mean "no value" besides the empty cell (ServiceNow event log: `?`). */
  nullMarkers?: readonly string[];
  decimal?: DecimalSeparator;
  extras?: Record<string, ExtraColumn>;
  /** Column-level hook run after parsing, before the quality checks. */
  derive?: (context: DeriveContext) => void;
  /**
   * Event-log export: keep the latest row per id, by this extra (instant) column. `sequence`
   * names an extra (number) column that orders the events of one id at the same instant (an
   * update counter such as ServiceNow's `sys_mod_count`); without it, or where it is empty or
   * equal, such events keep their order in the file.
   */
  eventLog?: { orderBy: string; sequence?: string };
  /**
   * An asset list's status column (`State`, `install_status`, `Statut`…): an asset whose status
   * says it left the fleet (see {@link RETIRED_STATUS_WORDS}) but whose row gives no retirement
   * date is flagged `retired-without-date`, since Revue counts an asset without that date in
   * service (the status says it ended, not when).
   */
  lifecycle?: { headers: readonly string[] };
  /**
   * Headers only this tool writes, for a preset whose other headers are everyday words (iTop's
   * `Nom`, `Type`, `Date d'achat`): without one of them the preset scores as if a required
   * field were missing (× 0.3), so a spreadsheet that shares its everyday words is not taken
   * for the tool's export.
   */
  signature?: readonly string[];
}

/**
 * Status words of an asset that has left the fleet, as inventories write them (compared by
 * {@link normalizeHeader}, a French inclusive ending left out): Lansweeper's states (Sold,
 * Stolen) and a site's own (Disposed), ServiceNow's `Retired`, iTop's `obsolète`, Snipe-IT's
 * `Archived` status type, GLPI sites' `Rebut` / `Au rebut` / `Réformé`, `Ausgemustert`; and the
 * same words in the languages Revue reads.
 */
export const RETIRED_STATUS_WORDS: ReadonlySet<string> = new Set(
  [
    'retired', 'disposed', 'sold', 'stolen', 'lost', 'scrapped', 'archived', 'decommissioned', 'donated', 'obsolete', 'written off', 'consumed',
    'rebut', 'au rebut', 'mis au rebut', 'reforme', 'archive', 'vendu', 'vole', 'perdu', 'cede', 'detruit', 'recycle', 'retire', 'hors parc',
    'ausgemustert', 'verschrottet', 'verkauft', 'gestohlen', 'entsorgt', 'ausgesondert', 'archiviert',
    'dado de baja', 'de baja', 'retirado', 'desechado', 'vendido', 'robado', 'baixado', 'descartado', 'roubado', 'dismesso', 'rottamato', 'venduto',
    // Snipe-IT's `archived` status type in its es-ES, it-IT, pt-BR, nl-NL `general.php` (after the status name in parentheses).
    'archivado', 'archiviato', 'arquivado', 'gearchiveerd',
  ].map((word) => normalizeHeader(word)),
);

/**
 * The e-waste stream's abbreviation as a word of a status (`DEEE`, `Campagne_DEEE`, `Envoyé en
 * DEEE`, `WEEE collected`): the French DEEE, English WEEE, Italian and Spanish RAEE, Portuguese
 * REEE name electrical waste, so an asset in it has left the fleet for good. A site's own status,
 * as GLPI lets each site name them (a French school inventory published in oOMikaOoc/testSite
 * `glpi.csv` has 46 computers `Campagne_DEEE` beside `Recyclé`, `Inactif`, `Spare`, `Actif`).
 */
const E_WASTE = /(?:^|[^\p{L}\p{N}])(?:deee|weee|raee|reee)(?:$|[^\p{L}\p{N}])/u;

/**
 * Status words of an asset that is in the inventory but not in service, as inventories write
 * them: in stock or spare (ServiceNow `In stock`, `On order`, `In transit`, `Pending install`;
 * Snipe-IT's default `Ready to Deploy` and `Pending`; Lansweeper's `Non-active`, `In stock`,
 * `Spare`, `Broken`; GLPI sites' own `Inactif`, `Spare`, `En stock`, `Hors service`), and the
 * same words in the languages Revue reads. Not a repair (`In maintenance`, `Out for Repair`,
 * `En réparation`): an asset being repaired belongs to the working fleet, and its repair is
 * downtime the tickets measure. Not `Broken - Not Fixable`: that one left the fleet.
 */
export const NOT_IN_SERVICE_STATUS_WORDS: ReadonlySet<string> = new Set(
  [
    'in stock', 'stock', 'instock', 'spare', 'spares', 'inactive', 'non-active', 'non active', 'nonactive', 'not in use', 'unused', 'available',
    'ready to deploy', 'pending', 'on order', 'ordered', 'in transit', 'pending install', 'pending installation', 'not deployed', 'in storage',
    'stored', 'out of service', 'broken', 'missing', 'build',
    'en stock', 'inactif', 'en reserve', 'reserve', 'disponible', 'non utilise', 'hors service', 'en commande', 'commande', 'en transit',
    'en attente', 'a deployer', 'pret a deployer', 'stocke', 'en stockage', 'en panne',
    'en almacen', 'almacenado', 'inactivo', 'repuesto', 'de repuesto', 'pendiente', 'fuera de servicio', 'listo para desplegar',
    'em estoque', 'estoque', 'inativo', 'disponivel', 'reserva', 'sobressalente', 'pendente', 'fora de servico', 'fora de uso', 'em transito',
    'auf lager', 'lager', 'im lager', 'inaktiv', 'verfugbar', 'ersatz', 'ersatzgerat', 'ausser betrieb', 'nicht in gebrauch', 'bestellt', 'defekt',
    'in magazzino', 'magazzino', 'inattivo', 'disponibile', 'scorta', 'di scorta', 'fuori servizio', 'guasto',
    // Snipe-IT's default `Ready to Deploy` and its `pending` type in its translations (resources/lang/*/general.php).
    'pret a etre deploye', 'listo para asignar', 'bereit zum herausgeben', 'pronto para implantar', 'pronto para implementar',
    "pronti per l'assegnazione", 'klaar voor uitgifte', 'pendientes', 'ausstehend', 'ausstehende', 'in attesa', 'in afwachting',
    // iTop's `implementation` (the CI is being set up, not yet in production).
    'implementation',
  ].map((word) => normalizeHeader(word)),
);

/**
 * The words for "available" among {@link NOT_IN_SERVICE_STATUS_WORDS}: read as in stock, as the
 * tools that define them mean it (Snipe-IT: a `deployable` status, `Ready to Deploy` by default,
 * is "available" until the asset is checked out, when it shows `Deployed`; ServiceNow hardware:
 * `install_status` In stock with the substatus Available, not installed), but in GLPI, iTop or an
 * inventory of a site's own making the word is the site's, and could mean "working". The reading
 * changes the fleet's figures, so the review says it for each asset it touches
 * (`RetiredWithoutDate.availableStatus`).
 */
const AVAILABLE_STATUS_WORDS: ReadonlySet<string> = new Set(['available', 'disponible', 'verfugbar', 'disponibile', 'disponivel'].map((word) => normalizeHeader(word)));

/**
 * Whether a status is a word for "available" that {@link assetLifecycle} reads as not in service
 * (in stock): the reading that a site's own word may contradict.
 *
 * @example availableStatus('Disponible') // true
 * @example availableStatus('Available (deployable)') // true
 * @example availableStatus('Available (deployed)') // false: checked out, in service
 * @example availableStatus('En stock') // false
 */
export function availableStatus(value: string): boolean {
  if (assetLifecycle(value) !== 'not-in-service') return false;
  const key = withoutInclusiveEnding(normalizeHeader(value));
  const meta = /\s*\(([^()]*)\)$/.exec(key);
  return AVAILABLE_STATUS_WORDS.has(meta === null ? key : key.slice(0, meta.index).trim());
}

/** Snipe-IT's `pending` type in its translations: not yet usable, whatever the name. */
const PENDING_TYPES: ReadonlySet<string> = new Set(
  ['pending', 'en attente', 'pendientes', 'ausstehende', 'pendente', 'in attesa', 'in afwachting'].map((word) => normalizeHeader(word)),
);

/** Snipe-IT's `deployed` type (checked out to someone) in its translations: in service whatever the name. */
const DEPLOYED_TYPES: ReadonlySet<string> = new Set(
  ['deployed', 'déployé', 'asignados-', 'asignados', 'herausgegeben', 'implantado', 'implementado', 'assegnati', 'uitgegeven'].map((word) => normalizeHeader(word)),
);

/** What an asset's status says of its service at the export date (see {@link assetLifecycle}). */
export type AssetLifecycle = 'retired' | 'not-in-service';

/** A status name (without Snipe-IT's type) that means the asset left the fleet. */
function retiredName(name: string): boolean {
  if (RETIRED_STATUS_WORDS.has(name) || E_WASTE.test(name)) return true;
  // Snipe-IT's `Broken - Not Fixable` (type undeployable): broken for good.
  if (/^broken\b.*\bnot (?:fixable|repairable)$/.test(name)) return true;
  // `Lost/Stolen`, `Sold / Donated`: every alternative a retirement.
  const parts = name.split('/').map((part) => part.trim());
  return parts.length > 1 && parts.every((part) => RETIRED_STATUS_WORDS.has(part));
}

/**
 * What an asset status word says of the asset at the export date: `retired` (it left the fleet:
 * the word itself, a status naming the e-waste stream such as `Campagne_DEEE`, `Lost/Stolen`, or
 * the `archived` type Snipe-IT writes after the name in parentheses); `not-in-service` (in the
 * inventory but not in use: in stock, spare, inactive, on order, broken); null (in service, or a
 * word Revue does not know: an asset is in service unless its status says otherwise). Snipe-IT's
 * `deployed` type (the asset is checked out to someone) is in service whatever the name says.
 *
 * @example assetLifecycle('Campagne_DEEE') // 'retired'
 * @example assetLifecycle('Lost/Stolen (undeployable)') // 'retired'
 * @example assetLifecycle('Inactif') // 'not-in-service'
 * @example assetLifecycle('Ready to Deploy (deployable)') // 'not-in-service'
 * @example assetLifecycle('Ready to Deploy (deployed)') // null
 * @example assetLifecycle('Out for Repair (undeployable)') // null
 */
export function assetLifecycle(value: string): AssetLifecycle | null {
  const key = withoutInclusiveEnding(normalizeHeader(value));
  const meta = /\s*\(([^()]*)\)$/.exec(key);
  const type = meta === null ? null : meta[1]!.trim();
  const name = meta === null ? key : key.slice(0, meta.index).trim();
  if (retiredName(key) || retiredName(name) || (type !== null && RETIRED_STATUS_WORDS.has(type))) return 'retired';
  if (type !== null && DEPLOYED_TYPES.has(type)) return null;
  // A name or the `pending` type (`Pending`, `En Attente`…); not the `deployable` type alone, which
  // a site's own status such as `In production` has too while no one has it checked out.
  if (NOT_IN_SERVICE_STATUS_WORDS.has(name) || NOT_IN_SERVICE_STATUS_WORDS.has(key)) return 'not-in-service';
  return type !== null && PENDING_TYPES.has(type) ? 'not-in-service' : null;
}

/**
 * Whether an asset status word means the asset left the fleet (see {@link assetLifecycle}).
 *
 * @example isRetiredStatus('Campagne_DEEE') // true
 * @example isRetiredStatus('Retired') // true
 * @example isRetiredStatus('Au rebut') // true
 * @example isRetiredStatus('In stock') // false
 */
export function isRetiredStatus(value: string): boolean {
  return assetLifecycle(value) === 'retired';
}

/** A ticket preset. */
export type TicketPreset = Preset<TicketField>;
/** An asset preset. */
export type AssetPreset = Preset<AssetField>;

/**
 * A name still wrapped in the quotes of its first writing. A GLPI export opened by a reader that
 * missed its byte-order mark keeps `\ufeff"ID"` as its first name, quotes and all, and a
 * spreadsheet saving it again writes that cell as `"\ufeff""ID"""` (seen in the published
 * anisotton/automations `glpi2.csv`): the name is `ID`.
 */
const WRAPPING_QUOTES = /^"([^"]*)"$/;

/**
 * The header as matched: lower case, accents removed, spaces collapsed (a stray byte-order mark
 * with them), trimmed, without straight quotes wrapping the whole name.
 *
 * @example normalizeHeader('  Date  d’ouverture ') // "date d'ouverture"
 * @example normalizeHeader('\ufeff"ID"') // "id"
 */
export function normalizeHeader(header: string): string {
  const key = header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\s\u00a0\u202f\ufeff]+/g, ' ')
    .trim()
    .toLowerCase();
  return key.length > 2 && key.charCodeAt(0) === 34 ? key.replace(WRAPPING_QUOTES, (_, inner: string) => inner.trim()) : key;
}

/**
 * A French inclusive ending at the end of a normalised word: `terminé(e)`, `annulé(e)`,
 * `résolu(e)` (Jira's French UI writes its statuses so), `fermé(e)s`.
 */
const INCLUSIVE_ENDING = /\s*\((?:e|s|es)\)s?$/;

/**
 * A word as {@link normalizeHeader} writes it, without a French inclusive ending, for the status
 * and resolution words a map holds without it.
 *
 * @example withoutInclusiveEnding('terminé(e)') // 'terminé'
 */
export function withoutInclusiveEnding(key: string): string {
  return key.replace(INCLUSIVE_ENDING, '');
}

/**
 * The last segment of a GLPI tree path (`Entité racine > Bistro` → `Bistro`).
 *
 * @example lastPathSegment('Root entity > Clients > Bistro') // 'Bistro'
 */
export function lastPathSegment(value: string): string | null {
  const cut = value.lastIndexOf(' > ');
  const last = (cut < 0 ? value : value.slice(cut + 3)).trim();
  return last === '' ? null : last;
}

/**
 * Fills `target` (a date column) with `start` + `months` calendar months, as a local midnight
 * in `timeZone`, where `target` is missing (GLPI/Snipe-IT warranty end from its duration).
 */
export function fillAddMonths(target: Float64Array, start: Float64Array, months: Float64Array, timeZone: string): void {
  for (let i = 0; i < target.length; i++) {
    if (!Number.isNaN(target[i]!) || Number.isNaN(start[i]!) || Number.isNaN(months[i]!)) continue;
    target[i] = addMonths(new TZDate(start[i]!, timeZone), Math.round(months[i]!)).getTime();
  }
}

/** Adds `minutes` (a duration column) to `base` (an instant column) where `target` is missing; returns the rows it filled. */
export function fillFromOffset(target: Float64Array, base: Float64Array, minutes: Float64Array): number[] {
  const filled: number[] = [];
  for (let i = 0; i < target.length; i++) {
    if (Number.isNaN(target[i]!) && !Number.isNaN(minutes[i]!)) {
      target[i] = base[i]! + Math.round(minutes[i]!) * 60_000;
      if (!Number.isNaN(target[i]!)) filled.push(i);
    }
  }
  return filled;
}

/**
 * `firstResponseAt = openedAt + the extra column's minutes` where the export has no first
 * response (GLPI's take-into-account delay, Freshworks' `First Response Time (in Hrs)`,
 * Zendesk's `First reply time in minutes`), each row filled flagged `response-from-duration`
 * as a mapping's first-response duration is, and as a resolution from a duration is flagged
 * `resolution-from-duration`: the quality report says which instants the file did not give.
 */
export function firstResponseFromDelay(context: DeriveContext, extra: string): void {
  const delay = context.extras[extra];
  if (!(delay instanceof Float64Array)) return;
  for (const row of fillFromOffset(context.numbers['firstResponseAt']!, context.numbers['openedAt']!, delay)) context.responseFromDuration?.(extra, row, delay[row]!);
}

/** The extra column name under which a duration source is read (see {@link readExtras}). */
export function durationExtra(target: DurationTarget): string {
  return `duration:${target}`;
}

/** The extra column name under which a status category column is read. */
export const STATUS_CATEGORY_EXTRA = 'statusCategory';

/** The extra column under which a mapping's status labels are read (see `Mapping.labels.statusLabels`). */
export const STATUS_LABEL_EXTRA = 'statusLabel';

/** The extra column under which a canonical ticket file's `pauses` are read (see `canonicalTickets`). */
export const PAUSES_EXTRA = 'pauses';

/** The extra column name under which an asset list's status column is read (see `Preset.lifecycle`). */
export const LIFECYCLE_EXTRA = 'lifecycle';

/**
 * Every extra column the reader plans for a preset: its own `extras`, each duration source
 * (named by {@link durationExtra}, parsed as a duration in its unit) and its status category
 * column (a string). Detection counts their headers as the preset's too.
 *
 * @example Object.keys(readExtras({ ...preset, durations: { resolvedAt: { headers: ['d'], unit: 'minutes' } } })) // [..., 'duration:resolvedAt']
 */
export function readExtras(preset: Pick<Preset, 'extras' | 'durations' | 'statusCategory' | 'lifecycle'>): Record<string, ExtraColumn> {
  const extras: Record<string, ExtraColumn> = { ...(preset.extras ?? {}) };
  for (const target of DURATION_TARGETS) {
    const source = preset.durations?.[target];
    if (source !== undefined) extras[durationExtra(target)] = { headers: source.headers, value: { kind: 'duration', unit: source.unit } };
  }
  if (preset.statusCategory !== undefined) extras[STATUS_CATEGORY_EXTRA] = { headers: preset.statusCategory.headers, value: { kind: 'string' } };
  if (preset.lifecycle !== undefined) extras[LIFECYCLE_EXTRA] = { headers: preset.lifecycle.headers, value: { kind: 'string' } };
  return extras;
}

/**
 * Fills `target` (an SLA verdict column) from a signed "time left" column in minutes, where
 * `target` is empty: below zero the target was missed (`breached`), above zero it was `met`;
 * zero is `met` when `zero` says so and unknown otherwise (OTRS writes 0 when a ticket has no
 * SLA). Zammad `Close Diff In Min` and OTRS `SolutionDiffInMin` are such columns.
 */
export function fillVerdictFromMinutesLeft(target: (string | null)[], minutesLeft: Float64Array, zero: 'met' | 'unknown'): void {
  for (let i = 0; i < target.length; i++) {
    if (target[i] !== null && target[i] !== undefined) continue;
    const left = minutesLeft[i]!;
    if (left < 0) target[i] = 'breached';
    else if (left > 0 || (left === 0 && zero === 'met')) target[i] = 'met';
    else target[i] = null;
  }
}
