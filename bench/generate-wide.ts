/**
 * The second benchmark shape ("wide"): data that differ from the first generator's where a
 * reader or a report feels it — 500 clients on a long tail, a distinct title per ticket, a
 * requester per ticket, columns the model does not know (urgency, requester, assignment group,
 * resolution code, serial number…) beside a subset of the model's, in another order, instants in
 * UTC (`Z`), a long tail of assets (a few hundred assets carry most incidents, half have almost
 * none), volume growing over the three years, and many open tickets (~12 %). Headers are still
 * the model's field names, so both Revue (canonical preset, the extra columns unmapped) and
 * DuckDB read the same files; the comparable figures keep their meaning (no cancelled ticket, an
 * open ticket has no resolution or closing instant and no pause).
 *
 * Seeded and deterministic like the first: the same seed gives the same bytes.
 */
import { CsvWriter } from './csv-writer.js';
import { Random, WeightedPicker } from './random.js';
import { AS_OF, DATA_END, DATA_START, RESOLUTION_TARGET_MINUTES } from './scenario.js';
import { daysFromCivil, isoDate } from './time.js';

/** Bump when the wide content changes, so stale files are regenerated. */
export const WIDE_GENERATOR_VERSION = 1;

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

const TRADES = [
  'Atelier', 'Cabinet', 'Garage', 'Hôtel', 'Clinique', 'Boulangerie', 'Pharmacie', 'Studio', 'Agence', 'Transports',
  'École', 'Mairie', 'Brasserie', 'Fromagerie', 'Librairie', 'Menuiserie', 'Laboratoire', 'Cave', 'Imprimerie', 'Institut',
] as const;
const NAMES = [
  'Dupont', 'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent', 'Simon',
  'Michel', 'Lefèvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard', 'Bonnet', 'Dupré', 'Lambert', 'Fontaine',
] as const;

/** 500 distinct client names (20 trades × 25 names), a few with a comma or quotes to quote. */
export const WIDE_CLIENTS: readonly string[] = TRADES.flatMap((trade, t) =>
  NAMES.map((name, n) => ((t * 25 + n) % 37 === 0 ? `${trade} ${name}, SARL` : (t * 25 + n) % 53 === 0 ? `${trade} "${name}"` : `${trade} ${name}`)),
);

const CITIES = [
  'Paris', 'Lyon', 'Marseille', 'Toulouse', 'Nice', 'Nantes', 'Strasbourg', 'Montpellier', 'Bordeaux', 'Lille', 'Rennes', 'Reims',
  'Le Havre', 'Saint-Étienne', 'Toulon', 'Grenoble', 'Dijon', 'Angers', 'Nîmes', 'Villeurbanne', 'Clermont-Ferrand', 'Le Mans',
  'Aix-en-Provence', 'Brest', 'Tours', 'Amiens', 'Limoges', 'Annecy', 'Perpignan', 'Metz',
] as const;
const FIRST_NAMES = ['Camille', 'Léa', 'Louis', 'Hugo', 'Chloé', 'Jules', 'Inès', 'Noah', 'Manon', 'Arthur', 'Zoé', 'Gabriel', 'Anaïs', 'Raphaël', 'Élodie', 'Karim', 'Fatou', 'Wei', 'Olga', 'Sean'] as const;
const GROUPS = ['Service desk N1', 'Proximité', 'Réseau & sécurité', 'Systèmes', 'Applications métier', 'Téléphonie', 'Achats'] as const;
const URGENCIES = ['1 - High', '2 - Medium', '3 - Low'] as const;
const RESOLUTION_CODES = ['Solved (permanently)', 'Solved (work around)', 'Not solved (not reproducible)', 'Closed/resolved by caller', 'Duplicate'] as const;
const MANUFACTURERS = ['Dell', 'HP', 'Lenovo', 'Apple', 'Cisco', 'Brother', 'Synology', 'APC', 'Samsung', 'Fortinet'] as const;

interface WideKind {
  type: string;
  weight: number;
  costMin: number;
  costMax: number;
  categories: readonly string[];
}
const KINDS: readonly WideKind[] = [
  { type: 'laptop', weight: 40, costMin: 600, costMax: 2600, categories: ['Matériel', 'Batterie', 'Écran', 'Logiciel', 'Messagerie', 'Wi-Fi'] },
  { type: 'desktop', weight: 15, costMin: 450, costMax: 1600, categories: ['Matériel', 'Logiciel', 'Périphérique'] },
  { type: 'printer', weight: 12, costMin: 200, costMax: 4000, categories: ['Impression', 'Bourrage', 'Toner', 'Réseau'] },
  { type: 'phone', weight: 15, costMin: 120, costMax: 1200, categories: ['Téléphonie', 'Messagerie', 'MDM'] },
  { type: 'server', weight: 3, costMin: 3500, costMax: 20000, categories: ['Stockage', 'Sauvegarde', 'Performance', 'Matériel'] },
  { type: 'switch', weight: 5, costMin: 250, costMax: 7000, categories: ['Réseau', 'Matériel'] },
  { type: 'firewall', weight: 2, costMin: 800, costMax: 9000, categories: ['Réseau', 'Sécurité', 'VPN'] },
  { type: 'tablet', weight: 8, costMin: 250, costMax: 1100, categories: ['Matériel', 'MDM', 'Wi-Fi'] },
];
const GENERIC_CATEGORIES = ['Compte', 'Droits d’accès', 'Messagerie', 'Logiciel', 'Réseau', 'VPN', 'Sécurité', 'Formation', 'Autre', 'Achat', 'Arrivée', 'Départ'] as const;

const TITLE_STARTS = [
  'Impossible d’ouvrir', 'Lenteur sur', 'Erreur 0x%s sur', 'Plus de réseau sur', 'Demande d’accès à', 'Écran noir sur',
  'Cannot log in to', 'Crash when saving in', 'Please install', 'Sync error with', 'Mise à jour de', 'Bruit anormal,',
] as const;
const THINGS = ['Outlook', 'le VPN', 'SAP', 'Teams', 'l’imprimante du 2e', 'le partage \\\\srv-fic\\compta', 'Sage 100', 'le Wi-Fi invités', 'Chrome', 'OneDrive', 'le badge', 'Excel'] as const;

const TYPES = ['incident', 'request', 'change', 'problem'] as const;
const TYPE_WEIGHTS = new WeightedPicker([50, 35, 10, 5]);
const PRIORITIES = ['P1', 'P2', 'P3', 'P4', 'P5'] as const;
const PRIORITY_WEIGHTS = new WeightedPicker([2, 8, 30, 40, 20]);
const RESOLUTION_MEDIAN_MINUTES = [200, 600, 1800, 4000, 9000];
const OPEN_STATUSES = ['New', 'In Progress', 'Assigned', 'On hold'] as const;
const IMPACTS = ['outage', 'degraded', 'minor'] as const;
const CRITICALITIES = ['low', 'medium', 'high', 'critical'] as const;

/** An instant in UTC, to the second, as many tools export it: `2026-04-01T06:00:00Z`. */
export function isoUtc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

export interface WideAsset {
  id: string;
  client: string;
  site: string;
  categories: readonly string[];
}

/** The ticket file's columns, in the order written: model fields and five others. */
export const WIDE_TICKET_COLUMNS = [
  'id', 'title', 'status', 'priority', 'urgency', 'impact', 'type', 'category', 'client', 'site', 'requester', 'assignmentGroup',
  'assetId', 'openedAt', 'firstResponseAt', 'resolvedAt', 'closedAt', 'resolutionCode', 'pausedMinutes', 'effortMinutes', 'cost',
  'maintenanceType',
] as const;

/** The asset file's columns, in the order written: model fields and two others. */
export const WIDE_ASSET_COLUMNS = [
  'id', 'serialNumber', 'name', 'type', 'manufacturer', 'client', 'site', 'purchaseDate', 'purchaseCost', 'inServiceDate',
  'warrantyEnd', 'retiredDate', 'criticality', 'users',
] as const;

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Client i's weight: a long tail (Zipf, exponent 0.8), the first client ~70× the last. */
function clientPicker(): WeightedPicker {
  return new WeightedPicker(WIDE_CLIENTS.map((_, i) => 1 / (i + 1) ** 0.8));
}

/** The sites of a client: 1 to 4 cities, drawn once per client so its assets share them. */
function clientSites(random: Random): string[][] {
  return WIDE_CLIENTS.map(() => {
    const count = random.int(1, 4);
    const sites: string[] = [];
    for (let i = 0; i < count; i++) sites.push(`${random.pick(CITIES)}${random.chance(0.3) ? ` ${random.int(1, 20)}e` : ''}`);
    return sites;
  });
}

/**
 * Writes `count` assets and returns them for the tickets to name.
 *
 * @example
 * const { assets } = await writeWideAssets('assets.csv', 1000, new Random(1)); // assets.length → 1000
 */
export async function writeWideAssets(path: string, count: number, random: Random): Promise<{ bytes: number; assets: WideAsset[]; sites: string[][] }> {
  const writer = new CsvWriter(path, WIDE_ASSET_COLUMNS);
  const kinds = new WeightedPicker(KINDS.map((kind) => kind.weight));
  const clients = clientPicker();
  const sites = clientSites(random);
  const firstDay = daysFromCivil(2017, 1, 1);
  const lastDay = daysFromCivil(2026, 6, 20);
  const asOfDay = Math.floor(AS_OF / DAY);
  const assets: WideAsset[] = [];
  for (let i = 0; i < count; i++) {
    const kind = KINDS[kinds.pick(random)]!;
    const clientIndex = clients.pick(random);
    const client = WIDE_CLIENTS[clientIndex]!;
    const site = random.pick(sites[clientIndex]!);
    const id = `${kind.type.slice(0, 3).toUpperCase()}${String(i + 1).padStart(7, '0')}`;
    const manufacturer = random.pick(MANUFACTURERS);
    const purchaseDay = random.int(firstDay, lastDay);
    const inServiceDay = random.chance(0.6) ? purchaseDay + random.int(0, 60) : null;
    const retiredDay = random.chance(0.12) ? Math.min(asOfDay - 1, (inServiceDay ?? purchaseDay) + random.int(90, 3000)) : null;
    const cost = round2(kind.costMin + random.next() * (kind.costMax - kind.costMin));
    assets.push({ id, client, site, categories: kind.categories });
    await writer.row([
      id,
      random.chance(0.9) ? `SN${random.uint32().toString(36).toUpperCase()}${random.int(100, 999)}` : null,
      random.chance(0.5) ? `${manufacturer} ${kind.type} ${site}` : id,
      kind.type,
      manufacturer,
      client,
      site,
      random.chance(0.8) ? isoDate(purchaseDay) : null,
      random.chance(0.7) ? cost : null,
      inServiceDay === null ? null : isoDate(inServiceDay),
      random.chance(0.6) ? isoDate(purchaseDay + random.pick([365, 730, 1095, 1826])) : null,
      retiredDay !== null && retiredDay > (inServiceDay ?? purchaseDay) ? isoDate(retiredDay) : null,
      random.chance(0.5) ? random.pick(CRITICALITIES) : null,
      random.chance(0.4) ? random.int(1, kind.type === 'server' ? 500 : 2) : null,
    ]);
  }
  return { bytes: await writer.close(), assets, sites };
}

/**
 * Writes `count` tickets over the three years, naming `assets` on a long tail.
 *
 * @example
 * const written = await writeWideAssets('assets.csv', 100, random);
 * await writeWideTickets('tickets.csv', 1000, random, written); // → bytes written
 */
export async function writeWideTickets(path: string, count: number, random: Random, written: { assets: readonly WideAsset[]; sites: readonly string[][] }): Promise<number> {
  const { assets, sites } = written;
  const writer = new CsvWriter(path, WIDE_TICKET_COLUMNS);
  const clients = clientPicker();
  // The asset of rank r (a fixed shuffle of the file's order) is named in proportion to 1/(r+1)^0.7.
  const assetPicker = new WeightedPicker(assets.map((_, i) => 1 / (((i * 7919) % assets.length) + 1) ** 0.7));
  const span = DATA_END - DATA_START;
  for (let i = 0; i < count; i++) {
    // Volume grows over the years: the density of opening instants rises linearly (√u).
    let opened = DATA_START + Math.floor((Math.sqrt(random.next()) * span) / 1000) * 1000;
    if (random.chance(0.7)) opened = Math.floor(opened / DAY) * DAY + 6 * HOUR + random.int(0, 11 * 3600) * 1000;
    if (opened >= DATA_END) opened = DATA_END - HOUR;

    const type = random.chance(0.01) ? null : TYPES[TYPE_WEIGHTS.pick(random)]!;
    const incident = type === null || type === 'incident';
    const priorityIndex = PRIORITY_WEIGHTS.pick(random);
    const asset = (incident ? random.chance(0.6) : random.chance(0.2)) ? assets[assetPicker.pick(random)]! : null;
    const clientIndex = clients.pick(random);
    const client = asset?.client ?? WIDE_CLIENTS[clientIndex]!;
    const site = asset?.site ?? (random.chance(0.6) ? random.pick(sites[clientIndex]!) : null);
    const category = random.chance(0.08) ? null : asset !== null ? random.pick(asset.categories) : random.pick(GENERIC_CATEGORIES);
    const requester = `${random.pick(FIRST_NAMES)} ${random.pick(NAMES)}${random.chance(0.2) ? ` (${random.pick(CITIES)})` : ''}`;
    // A distinct title per ticket: a template, a thing, and the ticket's own reference.
    const start = random.pick(TITLE_STARTS).replace('%s', random.uint32().toString(16).padStart(8, '0'));
    const title = `${start} ${asset?.id ?? random.pick(THINGS)} — ${requester}, réf. ${(i + 1).toString(36)}`;

    const resolutionMinutes = Math.max(1, Math.round(random.logNormal(RESOLUTION_MEDIAN_MINUTES[priorityIndex]!, 1.5)));
    let resolved: number | null = opened + resolutionMinutes * MINUTE;
    // Many open tickets: past asOf, or 12 % of the time.
    if (resolved > AS_OF || random.chance(0.12)) resolved = null;
    let closed: number | null = resolved === null ? null : resolved + random.int(0, 14 * 24 * 60) * MINUTE;
    if (closed !== null && closed > AS_OF) closed = null;
    const withoutResolvedAt = resolved !== null && closed !== null && random.chance(0.05);
    const firstResponse = opened + Math.max(1, Math.round(random.logNormal(90, 1.2))) * MINUTE;
    const responded = random.chance(0.8) && firstResponse <= AS_OF && (resolved === null || firstResponse <= resolved);
    const paused = resolved !== null && random.chance(0.15) ? random.int(0, Math.floor(resolutionMinutes / 3)) : null;
    const status = resolved === null ? random.pick(OPEN_STATUSES) : closed === null ? 'Resolved' : 'Closed';
    const maintenanceType = random.chance(0.2) ? null : incident ? (random.chance(0.85) ? 'corrective' : 'proactive') : random.pick(['preventive', 'evolutive', 'evolutive', 'corrective']);
    const target = RESOLUTION_TARGET_MINUTES[PRIORITIES[priorityIndex]!];

    await writer.row([
      `${incident ? 'INC' : 'REQ'}${String(i + 1).padStart(8, '0')}`,
      title,
      status,
      PRIORITIES[priorityIndex]!,
      random.pick(URGENCIES),
      random.chance(0.4) ? random.pick(IMPACTS) : null,
      type,
      category,
      client,
      site,
      requester,
      random.pick(GROUPS),
      asset?.id ?? null,
      isoUtc(opened),
      responded ? isoUtc(firstResponse) : null,
      resolved === null || withoutResolvedAt ? null : isoUtc(resolved),
      closed === null ? null : isoUtc(closed),
      resolved === null ? null : resolutionMinutes > target ? random.pick(RESOLUTION_CODES) : RESOLUTION_CODES[0],
      paused,
      random.chance(0.7) ? Math.max(5, Math.round(random.logNormal(60, 1))) : null,
      random.chance(0.1) ? round2(random.logNormal(120, 1)) : null,
      maintenanceType,
    ]);
  }
  return writer.close();
}
