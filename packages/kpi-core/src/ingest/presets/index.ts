import { REQUIRED_ASSET_FIELDS, REQUIRED_TICKET_FIELDS } from '../../model/fields.js';
import { canonicalAssets, canonicalTickets } from './canonical.js';
import { freshdeskTickets } from './freshdesk.js';
import { freshserviceTickets } from './freshservice.js';
import { glpiAssets } from './glpi-assets.js';
import { glpiTickets } from './glpi.js';
import { jiraTickets } from './jira.js';
import { osticketTickets } from './osticket.js';
import { otrsTickets } from './otrs.js';
import { normalizeHeader, readExtras, type Preset } from './preset.js';
import { servicenowTickets } from './servicenow.js';
import { snipeItAssets } from './snipe-it.js';
import { zammadTickets } from './zammad.js';
import { zendeskTickets } from './zendesk.js';

/** Ticket presets by name, in detection order (earlier wins a tie). */
export const TICKET_PRESETS = {
  canonical: canonicalTickets,
  glpi: glpiTickets,
  servicenow: servicenowTickets,
  jira: jiraTickets,
  freshservice: freshserviceTickets,
  freshdesk: freshdeskTickets,
  zammad: zammadTickets,
  zendesk: zendeskTickets,
  osticket: osticketTickets,
  otrs: otrsTickets,
} as const satisfies Record<string, Preset>;

/** Asset presets by name, in detection order. */
export const ASSET_PRESETS = {
  canonical: canonicalAssets,
  glpi: glpiAssets,
  'snipe-it': snipeItAssets,
} as const satisfies Record<string, Preset>;

export type TicketPresetName = keyof typeof TICKET_PRESETS;
export type AssetPresetName = keyof typeof ASSET_PRESETS;
/** Names of the ticket presets, for a picker (`auto` is accepted besides these). */
export const TICKET_PRESET_NAMES = Object.keys(TICKET_PRESETS) as TicketPresetName[];
/** Names of the asset presets. */
export const ASSET_PRESET_NAMES = Object.keys(ASSET_PRESETS) as AssetPresetName[];

/** The presets of one kind of file. */
export function presetsOf(kind: 'tickets' | 'assets'): Record<string, Preset> {
  return kind === 'tickets' ? TICKET_PRESETS : ASSET_PRESETS;
}

/** How well one preset matches a header row. */
export interface PresetScore {
  name: string;
  /** 0…1; see {@link scorePreset}. */
  score: number;
}

/** The best preset for a header row, and every candidate's score, best first. */
export interface PresetDetection extends PresetScore {
  candidates: PresetScore[];
}

const REQUIRED_WEIGHT = 3;

/**
 * How well `preset` matches `headers`: 0.75 × the weighted share of its fields found (required
 * fields weigh 3, others 1) + 0.25 × the share of the file's headers it knows (fields and
 * extras); × 0.3 when a required field is missing (it could not read the file). Rounded to 3
 * decimals.
 *
 * @example scorePreset(TICKET_PRESETS.canonical, ['id', 'openedAt']) // 0.75 × 6/26 + 0.25 × 1 = 0.423
 */
export function scorePreset(preset: Preset, headers: readonly string[]): number {
  const present = new Set(headers.map(normalizeHeader).filter((h) => h !== ''));
  if (present.size === 0) return 0;
  const required: readonly string[] = preset.kind === 'tickets' ? REQUIRED_TICKET_FIELDS : REQUIRED_ASSET_FIELDS;
  const known = new Set<string>();
  let total = 0;
  let found = 0;
  let missingRequired = false;
  for (const [field, aliases] of Object.entries(preset.columns) as [string, readonly string[]][]) {
    const weight = required.includes(field) ? REQUIRED_WEIGHT : 1;
    total += weight;
    const normalized = aliases.map(normalizeHeader);
    normalized.forEach((alias) => known.add(alias));
    if (normalized.some((alias) => present.has(alias))) found += weight;
    else if (weight === REQUIRED_WEIGHT) missingRequired = true;
  }
  for (const extra of Object.values(readExtras(preset))) extra.headers.forEach((h) => known.add(normalizeHeader(h)));
  for (const header of preset.knownHeaders ?? []) known.add(normalizeHeader(header));
  let knownInFile = 0;
  for (const header of present) if (known.has(header)) knownInFile++;
  const score = (0.75 * found) / total + (0.25 * knownInFile) / present.size;
  return Math.round((missingRequired ? score * 0.3 : score) * 1000) / 1000;
}

/**
 * Scores every preset of `kind` against a header row and returns the best (first in preset
 * order on a tie) with all candidates, best first.
 *
 * @example detectPreset(["ID", "Titre", "Statut", "Date d'ouverture", "Priorité"], 'tickets').name // 'glpi'
 */
export function detectPresetFromHeaders(headers: readonly string[], kind: 'tickets' | 'assets'): PresetDetection {
  const candidates = Object.values(presetsOf(kind)).map((preset) => ({ name: preset.name, score: scorePreset(preset, headers) }));
  const sorted = [...candidates].sort((a, b) => b.score - a.score);
  return { name: sorted[0]!.name, score: sorted[0]!.score, candidates: sorted };
}
