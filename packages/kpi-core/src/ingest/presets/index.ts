import { REQUIRED_ASSET_FIELDS, REQUIRED_TICKET_FIELDS } from '../../model/fields.js';
import { canonicalAssets, canonicalTickets } from './canonical.js';
import { freshdeskTickets } from './freshdesk.js';
import { freshserviceTickets } from './freshservice.js';
import { glpiAssets } from './glpi-assets.js';
import { glpiTickets } from './glpi.js';
import { itopAssets } from './itop-assets.js';
import { itopTickets } from './itop.js';
import { jiraTickets } from './jira.js';
import { lansweeperAssets } from './lansweeper.js';
import { osticketTickets } from './osticket.js';
import { otrsTickets } from './otrs.js';
import { normalizeHeader, readExtras, type Preset } from './preset.js';
import { servicenowAssets } from './servicenow-assets.js';
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
  itop: itopTickets,
} as const satisfies Record<string, Preset>;

/** Asset presets by name, in detection order. */
export const ASSET_PRESETS = {
  canonical: canonicalAssets,
  glpi: glpiAssets,
  'snipe-it': snipeItAssets,
  lansweeper: lansweeperAssets,
  servicenow: servicenowAssets,
  itop: itopAssets,
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
  /** The best preset finds every required field and scores at least {@link CONFIDENT_SCORE}: auto-detection may read the file with it. */
  confident: boolean;
  candidates: PresetScore[];
}

/**
 * The score from which auto-detection trusts a preset that finds a column for every required
 * field (see {@link scorePreset}), by kind of file; under it, or when a required field has no
 * column, Revue reads the file only with a mapping and proposes one by meaning
 * (`proposeMapping`). Chosen from the scores of the samples:
 * - tickets, 0.2: every real-format sample of fixtures/samples scores 0.79–0.99 with its preset
 *   and the small canonical files of fixtures/bad 0.33–0.54, while two known columns lost among
 *   many are guesses (`id`, `openedAt` and ten unknown columns: 0.197; among 9,998: 0.155);
 * - assets, 0.3: the samples score 0.82–1 and `assets-broken.csv` 0.54, while an asset preset
 *   has few fields, so one generic match scores high (GLPI's `Name` as the id, alone among ten
 *   columns: 0.239).
 * A preset that misses a required field is scaled by 0.3, so it can still score up to 0.28
 * (`missing-required-column.csv`: 0.12; a Dutch UI where GLPI knows `ID` and `Status`: 0.088):
 * hence the separate check of the required fields.
 */
export const CONFIDENT_SCORE = { tickets: 0.2, assets: 0.3 } as const;

const REQUIRED_WEIGHT = 3;

/** How a preset matches a header row: its score, and the required fields it finds no column for. */
export interface PresetMatch {
  score: number;
  missingRequired: string[];
  /** False when the preset has a `signature` and the file holds none of its headers (then it is not trusted, as when a required field is missing). */
  signed: boolean;
}

/**
 * How well `preset` matches `headers`: 0.75 × the weighted share of its fields found (required
 * fields weigh 3, others 1) + 0.25 × the share of the file's headers it knows (fields and
 * extras); × 0.3 when a required field is missing (it could not read the file). Rounded to 3
 * decimals.
 *
 * @example scorePreset(TICKET_PRESETS.canonical, ['id', 'openedAt']) // 0.75 × 6/29 + 0.25 × 1 = 0.405
 */
export function scorePreset(preset: Preset, headers: readonly string[]): number {
  return matchPreset(preset, headers).score;
}

/**
 * {@link scorePreset} with the required fields the preset finds no column for.
 *
 * @example matchPreset(TICKET_PRESETS.canonical, ['id', 'title']).missingRequired // ['openedAt']
 */
export function matchPreset(preset: Preset, headers: readonly string[]): PresetMatch {
  const present = new Set(headers.map(normalizeHeader).filter((h) => h !== ''));
  const required: readonly string[] = preset.kind === 'tickets' ? REQUIRED_TICKET_FIELDS : REQUIRED_ASSET_FIELDS;
  if (present.size === 0) return { score: 0, missingRequired: [...required], signed: preset.signature === undefined };
  const known = new Set<string>();
  let total = 0;
  let found = 0;
  const missingRequired: string[] = [];
  for (const [field, aliases] of Object.entries(preset.columns) as [string, readonly string[]][]) {
    const weight = required.includes(field) ? REQUIRED_WEIGHT : preset.unscored?.includes(field) === true ? 0 : 1;
    total += weight;
    const normalized = aliases.map(normalizeHeader);
    normalized.forEach((alias) => known.add(alias));
    if (normalized.some((alias) => present.has(alias))) found += weight;
    else if (weight === REQUIRED_WEIGHT) missingRequired.push(field);
  }
  for (const field of required) if (!Object.hasOwn(preset.columns, field)) missingRequired.push(field);
  // No header only the tool writes: scored as incomplete (see Preset.signature).
  const unsigned = preset.signature !== undefined && !preset.signature.some((h) => present.has(normalizeHeader(h)));
  for (const extra of Object.values(readExtras(preset))) extra.headers.forEach((h) => known.add(normalizeHeader(h)));
  for (const header of preset.knownHeaders ?? []) known.add(normalizeHeader(header));
  let knownInFile = 0;
  for (const header of present) if (known.has(header)) knownInFile++;
  const score = total === 0 ? 0 : (0.75 * found) / total + (0.25 * knownInFile) / present.size;
  return { score: Math.round((missingRequired.length > 0 || unsigned ? score * 0.3 : score) * 1000) / 1000, missingRequired, signed: !unsigned };
}

/**
 * Scores every preset of `kind` against a header row and returns the best with all candidates,
 * best first: the presets that find every required field before the others, then by score
 * (first in preset order on a tie). `confident` when the best finds every required field and
 * scores at least {@link CONFIDENT_SCORE}.
 *
 * @example detectPresetFromHeaders(["ID", "Titre", "Statut", "Date d'ouverture", "Priorité"], 'tickets').name // 'glpi'
 */
export function detectPresetFromHeaders(headers: readonly string[], kind: 'tickets' | 'assets'): PresetDetection {
  const matches = Object.values(presetsOf(kind)).map((preset) => {
    const match = matchPreset(preset, headers);
    return { name: preset.name, score: match.score, complete: match.missingRequired.length === 0 && match.signed };
  });
  const sorted = [...matches].sort((a, b) => Number(b.complete) - Number(a.complete) || b.score - a.score);
  const best = sorted[0]!;
  return {
    name: best.name,
    score: best.score,
    confident: best.complete && best.score >= CONFIDENT_SCORE[kind],
    candidates: sorted.map(({ name, score }) => ({ name, score })),
  };
}
