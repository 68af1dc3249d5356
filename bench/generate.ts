/**
 * Seeded generator of the benchmark data: canonical CSVs (headers = the field names of
 * `TICKET_FIELDS` / `ASSET_FIELDS`) of N tickets and N/10 assets over three years, with realistic
 * text (titles with commas, quotes, accents and the odd line break), empty cells and every
 * optional column. Files go to `.bench-data/v<version>-s<seed>/` and are reused when a manifest
 * with the same version, seed and size is there (the manifest is written last, so a half-written
 * file is never reused).
 *
 * Run alone: `node --import tsx bench/generate.ts 100k [--seed 42] [--wide]`.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASSET_FIELDS, TICKET_FIELDS } from '../packages/kpi-core/src/model/fields.js';
import { CsvWriter } from './csv-writer.js';
import { writeWideAssets, writeWideTickets, WIDE_GENERATOR_VERSION } from './generate-wide.js';
import { Random, WeightedPicker } from './random.js';
import { AS_OF, DATA_END, DATA_START, RESOLUTION_TARGET_MINUTES, RESPONSE_TARGET_MINUTES } from './scenario.js';
import { daysFromCivil, isoDate, isoParis } from './time.js';

/** Bump when the generated content changes, so stale files are regenerated. */
export const GENERATOR_VERSION = 3;
/** Ticket fields the generator leaves out of its files (the same files as before they existed). */
export const UNWRITTEN_TICKET_FIELDS = ['slaResponseTargetMinutes', 'slaResolutionTargetMinutes'] as const;
export const DEFAULT_SEED = 20260401;

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

export const BENCH_DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '.bench-data');

export interface GenerateOptions {
  /** Number of tickets; the asset file gets max(1, round(tickets / 10)) rows. */
  tickets: number;
  seed?: number;
  /** Where to write; default `.bench-data/` at the repo root. */
  dir?: string;
  /** `base` (default): this file's 20 clients; `wide`: bench/generate-wide.ts (500 clients, other columns). */
  shape?: Shape;
}

/** The two data shapes the benchmark runs. */
export const SHAPES = ['base', 'wide'] as const;
export type Shape = (typeof SHAPES)[number];

export interface Dataset {
  shape: Shape;
  version: number;
  seed: number;
  tickets: number;
  assets: number;
  ticketsPath: string;
  assetsPath: string;
  ticketBytes: number;
  assetBytes: number;
}

// ── Vocabulary ─────────────────────────────────────────────────────────────────────────────

export const CLIENTS = [
  'Acme Logistics',
  'Boulangerie Dupré',
  'Cabinet Martin & Associés',
  'Hôtel du Lac',
  'Garage Leroy, Fils',
  'Clinique Saint-Éloi',
  'Mairie de Villeneuve',
  'Nordwind GmbH',
  'Pharmacie Centrale',
  'Atelier "Le Bois"',
  'Brasserie Lefèvre',
  'Transports Moreau',
  'École Montessori Sud',
  'Dubois Architectes',
  'Optique Vision+',
  'Cave à Vins Bernard',
  'Studio Pixel',
  'Fromagerie Roux',
  'Agence Immo Azur',
  'Lycée Jean-Moulin',
] as const;

const SITES = ['Paris 11e', 'Lyon Part-Dieu', 'Bordeaux', 'Lille', 'Nantes', 'Remote', 'Marseille', 'Toulouse'];

interface AssetKind {
  type: string;
  prefix: string;
  costMin: number;
  costMax: number;
  weight: number;
  categories: readonly string[];
  models: readonly string[];
}

const ASSET_KINDS: readonly AssetKind[] = [
  { type: 'laptop', prefix: 'LT', costMin: 700, costMax: 2400, weight: 35, categories: ['Hardware', 'Battery', 'Display', 'Software', 'Email'], models: ['Dell Latitude 5440', 'Lenovo ThinkPad T14', 'HP EliteBook 840', 'MacBook Pro 14"'] },
  { type: 'desktop', prefix: 'PC', costMin: 500, costMax: 1500, weight: 20, categories: ['Hardware', 'Software', 'Email', 'Peripheral'], models: ['Dell OptiPlex 7010', 'HP ProDesk 400', 'Lenovo ThinkCentre M70'] },
  { type: 'server', prefix: 'SRV', costMin: 4000, costMax: 18000, weight: 4, categories: ['Storage', 'Backup', 'Performance', 'Hardware'], models: ['Dell PowerEdge R750', 'HPE ProLiant DL380', 'Lenovo ThinkSystem SR650'] },
  { type: 'printer', prefix: 'PRN', costMin: 250, costMax: 3500, weight: 10, categories: ['Printer', 'Paper jam', 'Toner', 'Network'], models: ['HP LaserJet Pro 4002', 'Brother MFC-L8900', 'Canon i-SENSYS X 1238'] },
  { type: 'switch', prefix: 'SW', costMin: 300, costMax: 6000, weight: 4, categories: ['Network', 'Hardware'], models: ['Cisco Catalyst 9200', 'Aruba 2930F', 'Netgear GS724T'] },
  { type: 'firewall', prefix: 'FW', costMin: 900, costMax: 9000, weight: 2, categories: ['Network', 'Security', 'VPN'], models: ['Fortinet FortiGate 60F', 'Stormshield SN310', 'pfSense Netgate 6100'] },
  { type: 'phone', prefix: 'TEL', costMin: 150, costMax: 1100, weight: 12, categories: ['Telephony', 'Email', 'Hardware'], models: ['iPhone 14', 'Samsung Galaxy A54', 'Yealink T54W'] },
  { type: 'monitor', prefix: 'MON', costMin: 120, costMax: 700, weight: 8, categories: ['Display', 'Peripheral'], models: ['Dell P2423', 'LG 27UL500', 'Iiyama ProLite'] },
  { type: 'nas', prefix: 'NAS', costMin: 600, costMax: 4000, weight: 2, categories: ['Storage', 'Backup', 'Network'], models: ['Synology DS923+', 'QNAP TS-464'] },
  { type: 'ups', prefix: 'UPS', costMin: 200, costMax: 2500, weight: 3, categories: ['Power', 'Hardware'], models: ['APC Smart-UPS 1500', 'Eaton 5P 1550'] },
];

const GENERIC_CATEGORIES = ['Account', 'Access rights', 'Email', 'Software', 'Network', 'VPN', 'Security', 'Training', 'Other'];

const TITLE_TEMPLATES: readonly ((thing: string, user: string) => string)[] = [
  (t) => `${t} does not start`,
  (t) => `${t} won't boot, screen stays black`,
  (t, u) => `${u} cannot print: "${t}" shows "offline"`,
  (t) => `Slow ${t}, again`,
  (t) => `Error "0x80070005" on ${t}`,
  (t, u) => `Remplacer le ${t} de ${u}, écran fissuré`,
  (t) => `Le ${t} ne répond plus — redémarrage nécessaire`,
  (_t, u) => `Mot de passe expiré pour ${u}`,
  (_t, u) => `New starter: ${u}, needs laptop, badge and VPN`,
  (t) => `${t}: disk at 95%, please clean up`,
  (t) => `Bourrage papier sur ${t}, bac 2`,
  (_t, u) => `Outlook keeps asking for password (${u})`,
  (t) => `${t} — firmware update, planned`,
  (t) => `Câble réseau débranché, "${t}" hors ligne`,
  (_t, u) => `Teams: ${u} can't share screen, "permission denied"`,
  (t) => `Backup job failed on ${t}; retry tonight`,
  (t) => `Install 24" monitor next to ${t}`,
  (t) => `Proactive: ${t} temperature above 70°C`,
];

const PEOPLE = ['M. Durand', 'Mme Lefèvre', 'J. Smith', "O'Brien", 'Zoé', 'A. Nguyen', 'L. Müller', 'the front desk', 'Dr. Roux', 'K. "Kiki" Bah'];
const STATUSES_OPEN = ['New', 'In Progress', 'Waiting for customer', 'Assigned'];
/** The canonical `statusClass` of each status word written (no random draw: the stream is unchanged). */
const STATUS_CLASS_OF: Readonly<Record<string, string>> = { 'Waiting for customer': 'pending', Resolved: 'resolved', Closed: 'closed' };

function verdict(reached: number, due: number): 'met' | 'breached' {
  return reached <= due ? 'met' : 'breached';
}
const PRIORITY_WEIGHTS = new WeightedPicker([3, 12, 45, 30, 10]);
const PRIORITIES = ['P1', 'P2', 'P3', 'P4', 'P5'] as const;
const RESOLUTION_MEDIAN_MINUTES = [150, 420, 900, 2400, 6000];
const TYPES = ['incident', 'request', 'problem', 'change'] as const;
const TYPE_WEIGHTS = new WeightedPicker([62, 26, 4, 8]);
const IMPACTS = ['outage', 'degraded', 'minor'] as const;
const CRITICALITIES = ['low', 'medium', 'high', 'critical'];

export { csvCell } from './csv-writer.js';

// ── Assets ─────────────────────────────────────────────────────────────────────────────────

interface AssetInfo {
  id: string;
  name: string;
  kind: AssetKind;
  client: string;
  site: string;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

async function writeAssets(path: string, count: number, random: Random, clientPicker: WeightedPicker): Promise<{ bytes: number; assets: AssetInfo[] }> {
  // The inventory's `status` word is left out: every generated asset is in service or retired by date.
  const header = Object.keys(ASSET_FIELDS).filter((field) => field !== 'status');
  const writer = new CsvWriter(path, header);
  const kindPicker = new WeightedPicker(ASSET_KINDS.map((kind) => kind.weight));
  const firstDay = daysFromCivil(2018, 1, 1);
  const lastDay = daysFromCivil(2026, 6, 15);
  const asOfDay = Math.floor(AS_OF / DAY);
  const assets: AssetInfo[] = [];
  for (let i = 0; i < count; i++) {
    const kind = ASSET_KINDS[kindPicker.pick(random)]!;
    const client = CLIENTS[clientPicker.pick(random)]!;
    const site = random.pick(SITES);
    const id = `AST-${String(i + 1).padStart(6, '0')}`;
    const model = random.pick(kind.models);
    const name = random.chance(0.3) ? `${model}, ${site}` : `${kind.prefix}-${String(i + 1).padStart(5, '0')}`;
    const purchaseDay = random.int(firstDay, lastDay);
    const purchaseCost = round2(kind.costMin + random.next() * (kind.costMax - kind.costMin));
    const inServiceDay = random.chance(0.75) ? purchaseDay + random.int(0, 30) : null;
    const lifeMonths = random.chance(0.4) ? random.pick([24, 36, 48, 60, 72]) : null;
    const startDay = inServiceDay ?? purchaseDay;
    const retiredDay = random.chance(0.08) ? Math.min(asOfDay - 1, startDay + random.int(180, 2400)) : null;
    const warrantyYears = random.pick([1, 2, 3, 5]);
    const warrantyEnd = random.chance(0.85) ? purchaseDay + Math.round(warrantyYears * 365.25) : null;
    assets.push({ id, name, kind, client, site });
    await writer.row([
      id,
      name,
      kind.type,
      client,
      site,
      random.chance(0.95) ? isoDate(purchaseDay) : null,
      random.chance(0.9) ? purchaseCost : null,
      inServiceDay === null ? null : isoDate(inServiceDay),
      retiredDay !== null && retiredDay > startDay ? isoDate(retiredDay) : null,
      lifeMonths,
      random.chance(0.3) ? round2(purchaseCost * random.pick([0.05, 0.1, 0.15])) : null,
      warrantyEnd === null ? null : isoDate(warrantyEnd),
      random.chance(0.3) ? round2(50 + random.next() * 1200) : null,
      random.chance(0.25) ? round2(20 + random.next() * 600) : null,
      random.chance(0.8) ? random.int(1, kind.type === 'server' ? 300 : 3) : null,
      random.chance(0.7) ? random.pick(CRITICALITIES) : null,
    ]);
  }
  return { bytes: await writer.close(), assets };
}

// ── Tickets ────────────────────────────────────────────────────────────────────────────────

async function writeTickets(path: string, count: number, random: Random, assets: readonly AssetInfo[], clientPicker: WeightedPicker): Promise<number> {
  // Every ticket field but the per-ticket SLA targets (the generator's targets are the policy's).
  const header = Object.keys(TICKET_FIELDS).filter((field) => !(UNWRITTEN_TICKET_FIELDS as readonly string[]).includes(field));
  const writer = new CsvWriter(path, header);
  // One asset in 50 is a "lemon" that fails 15 times as often as the others.
  const assetPicker = new WeightedPicker(assets.map((_, i) => ((i * 7919) % 50 === 0 ? 15 : 1)));
  const spanMinutes = Math.floor((DATA_END - DATA_START) / MINUTE);
  for (let i = 0; i < count; i++) {
    // Opened: a uniform day with weekends thinned out, mostly within office hours (whole minutes).
    let opened = DATA_START + Math.floor(random.next() * spanMinutes) * MINUTE;
    const weekday = (Math.floor(opened / DAY) + 4) % 7; // 0 = Sunday
    if ((weekday === 0 || weekday === 6) && random.chance(0.7)) opened -= (weekday === 0 ? 2 : 1) * DAY;
    if (random.chance(0.8)) {
      const day = Math.floor(opened / DAY) * DAY;
      opened = day + 6 * HOUR + random.int(0, 10 * 60) * MINUTE;
    }
    if (opened < DATA_START) opened += 3 * DAY;

    const typeIndex = random.chance(0.03) ? -1 : TYPE_WEIGHTS.pick(random);
    const type = typeIndex < 0 ? null : TYPES[typeIndex]!;
    const incident = type === null || type === 'incident';
    const priorityIndex = PRIORITY_WEIGHTS.pick(random);
    const priority = random.chance(0.02) ? null : PRIORITIES[priorityIndex]!;

    const withAsset = incident ? random.chance(0.7) : random.chance(0.3);
    const asset = withAsset ? assets[assetPicker.pick(random)]! : null;
    // A sprinkle of incidents on asset ids missing from the asset file (flagged by Revue).
    const assetId = asset === null ? null : incident && random.chance(0.002) ? `UNK-${random.int(1, 50)}` : asset.id;
    const client = asset?.client ?? CLIENTS[clientPicker.pick(random)]!;
    const site = asset?.site ?? (random.chance(0.8) ? random.pick(SITES) : null);
    const category = random.chance(0.05) ? null : asset !== null ? random.pick(asset.kind.categories) : random.pick(GENERIC_CATEGORIES);
    const thing = asset?.name ?? random.pick(['VPN', 'shared drive', 'ERP', 'Wi-Fi', 'printer', 'badge reader']);
    let title: string | null = random.pick(TITLE_TEMPLATES)(thing, random.pick(PEOPLE));
    if (random.chance(0.0005)) title += '\nSee previous ticket, same issue';
    if (random.chance(0.01)) title = null;

    const maintenanceType = random.chance(0.1)
      ? null
      : incident
        ? random.chance(0.9)
          ? 'corrective'
          : 'proactive'
        : random.pick(['preventive', 'evolutive', 'evolutive', 'proactive', 'corrective']);

    // Resolution: log-normal by priority; past asOf, or 1.5% of the time, the ticket stays open.
    const resolutionMinutes = Math.max(1, Math.round(random.logNormal(RESOLUTION_MEDIAN_MINUTES[priorityIndex]!, 1.1)));
    let resolved: number | null = opened + resolutionMinutes * MINUTE;
    if (resolved > AS_OF || random.chance(0.015)) resolved = null;
    let closed: number | null = resolved === null ? null : resolved + random.int(0, 7 * 24 * 60) * MINUTE;
    if (closed !== null && closed > AS_OF) closed = null;
    const closedWithoutResolution = resolved !== null && closed !== null && random.chance(0.01);
    const firstResponseMinutes = Math.max(1, Math.round(random.logNormal(RESPONSE_TARGET_MINUTES[PRIORITIES[priorityIndex]!] / 2, 1)));
    let firstResponse: number | null = opened + firstResponseMinutes * MINUTE;
    if ((resolved !== null && firstResponse > resolved) || firstResponse > AS_OF || random.chance(0.1)) firstResponse = null;
    // Pauses only on resolved tickets, below the resolution time.
    const paused = resolved !== null && random.chance(0.25) ? random.int(0, Math.floor(resolutionMinutes / 2)) : null;
    const knownStatus = resolved === null ? (closed === null ? random.pick(STATUSES_OPEN) : 'Closed') : closed === null ? 'Resolved' : 'Closed';
    const status = random.chance(0.02) ? null : knownStatus;

    const target = PRIORITIES[priorityIndex]!;
    const dueDates = random.chance(0.4);
    await writer.row([
      `INC${String(i + 1).padStart(7, '0')}`,
      isoParis(opened),
      type,
      maintenanceType,
      priority,
      status,
      status === null ? null : (STATUS_CLASS_OF[status] ?? 'open'),
      category,
      assetId,
      client,
      site,
      title,
      firstResponse === null ? null : isoParis(firstResponse),
      resolved === null || closedWithoutResolution ? null : isoParis(resolved),
      closed === null ? null : isoParis(closed),
      paused,
      random.chance(0.85) ? Math.max(5, Math.round(random.logNormal(45, 0.9))) : null,
      random.chance(0.15) ? round2(random.logNormal(80, 1)) : null,
      random.chance(0.6) ? (random.chance(0.9) ? random.int(1, 5) : random.int(6, 200)) : null,
      random.chance(0.5) ? random.pick(IMPACTS) : null,
      random.chance(0.9) ? (random.chance(0.95) ? 0 : random.int(1, 3)) : null,
      dueDates ? isoParis(opened + RESPONSE_TARGET_MINUTES[target] * MINUTE) : null,
      dueDates ? isoParis(opened + RESOLUTION_TARGET_MINUTES[target] * MINUTE) : null,
      // The source tool's own SLA verdicts, where it exported due dates and the instant is reached.
      dueDates && firstResponse !== null ? verdict(firstResponse, opened + RESPONSE_TARGET_MINUTES[target] * MINUTE) : null,
      dueDates && resolved !== null && !closedWithoutResolution ? verdict(resolved, opened + RESOLUTION_TARGET_MINUTES[target] * MINUTE) : null,
    ]);
  }
  return writer.close();
}

// ── Entry points ───────────────────────────────────────────────────────────────────────────

/**
 * The number of assets that goes with a ticket count: a tenth, at least one.
 *
 * @example
 * assetCountFor(1_000_000); // → 100000
 */
export function assetCountFor(tickets: number): number {
  return Math.max(1, Math.round(tickets / 10));
}

function manifestPath(dir: string, tickets: number): string {
  return join(dir, `manifest-${tickets}.json`);
}

/**
 * Writes (or reuses) the CSVs of one benchmark size and returns where they are.
 *
 * @example
 * const data = await generateDataset({ tickets: 10_000 });
 * data.ticketsPath; // → '/…/.bench-data/v1-s20260401/tickets-10000.csv'
 */
export async function generateDataset(options: GenerateOptions): Promise<Dataset & { reused: boolean }> {
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(options.tickets) || options.tickets < 1) throw new TypeError('tickets must be a positive integer');
  const shape = options.shape ?? 'base';
  const version = shape === 'wide' ? WIDE_GENERATOR_VERSION : GENERATOR_VERSION;
  const dir = join(options.dir ?? BENCH_DATA_DIR, `${shape === 'wide' ? 'wide-' : ''}v${version}-s${seed}`);
  mkdirSync(dir, { recursive: true });
  const manifest = manifestPath(dir, options.tickets);
  if (existsSync(manifest)) {
    const known = JSON.parse(readFileSync(manifest, 'utf8')) as Dataset;
    if (
      known.version === version &&
      (known.shape ?? 'base') === shape &&
      known.seed === seed &&
      existsSync(known.ticketsPath) &&
      existsSync(known.assetsPath) &&
      statSync(known.ticketsPath).size === known.ticketBytes &&
      statSync(known.assetsPath).size === known.assetBytes
    ) {
      return { ...known, reused: true };
    }
  }
  const random = new Random(seed ^ Math.imul(options.tickets, 0x9e3779b1));
  const clientPicker = new WeightedPicker(CLIENTS.map((_, i) => 1 / (i + 1)));
  const assetCount = assetCountFor(options.tickets);
  const ticketsPath = join(dir, `tickets-${options.tickets}.csv`);
  const assetsPath = join(dir, `assets-${assetCount}.csv`);
  let assetBytes: number;
  let ticketBytes: number;
  if (shape === 'wide') {
    const written = await writeWideAssets(`${assetsPath}.tmp`, assetCount, random);
    assetBytes = written.bytes;
    ticketBytes = await writeWideTickets(`${ticketsPath}.tmp`, options.tickets, random, written);
  } else {
    const assets = await writeAssets(`${assetsPath}.tmp`, assetCount, random, clientPicker);
    assetBytes = assets.bytes;
    ticketBytes = await writeTickets(`${ticketsPath}.tmp`, options.tickets, random, assets.assets, clientPicker);
  }
  renameSync(`${assetsPath}.tmp`, assetsPath);
  renameSync(`${ticketsPath}.tmp`, ticketsPath);
  const dataset: Dataset = {
    shape,
    version,
    seed,
    tickets: options.tickets,
    assets: assetCount,
    ticketsPath,
    assetsPath,
    ticketBytes,
    assetBytes,
  };
  writeFileSync(manifest, JSON.stringify(dataset, null, 2));
  return { ...dataset, reused: false };
}

/**
 * A size from the command line.
 *
 * @example
 * parseSize('10k'); // → 10000
 * parseSize('1m'); // → 1000000
 */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new TypeError(`not a size: ${text}`);
  const factor = match[2]!.toLowerCase() === 'k' ? 1e3 : match[2]!.toLowerCase() === 'm' ? 1e6 : 1;
  return Math.round(Number(match[1]) * factor);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : DEFAULT_SEED;
  const shape: Shape = args.includes('--wide') ? 'wide' : 'base';
  const sizes = args.filter((arg, i) => !arg.startsWith('--') && (seedAt < 0 || i !== seedAt + 1));
  for (const size of sizes.length ? sizes : ['10k']) {
    const started = performance.now();
    const data = await generateDataset({ tickets: parseSize(size), seed, shape });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${data.reused ? 'reused' : 'wrote'} ${data.ticketsPath} (${data.ticketBytes} B) and ${data.assetsPath} (${data.assetBytes} B) in ${seconds} s`);
  }
}
