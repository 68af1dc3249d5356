/**
 * Names shown to people for values that come from the data or from kpi-core as codes: asset
 * types written in English by the canonical format and most tools ("server", "laptop"), the
 * format (preset) a file was read with ("canonical"), and data-quality issue codes
 * ("unknown-priority"). Known ones go through the message catalogue; others are shown as written.
 */
import type { MessageKey, Translate } from '../i18n/index.js';

/** Asset types the catalogue names (`assetType.<type>`). */
export const KNOWN_ASSET_TYPES = ['desktop', 'laptop', 'server', 'network', 'printer', 'licence', 'tablet', 'phone', 'monitor', 'switch', 'router', 'firewall', 'storage', 'ups', 'access-point', 'software', 'virtual-machine'] as const;
export type KnownAssetType = (typeof KNOWN_ASSET_TYPES)[number];

/** Other spellings of the known types, as found in exports (lower case, single spaces). */
const ASSET_TYPE_SYNONYMS: Record<string, KnownAssetType> = {
  notebook: 'laptop',
  workstation: 'desktop',
  pc: 'desktop',
  computer: 'desktop',
  'network device': 'network',
  license: 'licence',
  mobile: 'phone',
  smartphone: 'phone',
  'mobile phone': 'phone',
  screen: 'monitor',
  nas: 'storage',
  san: 'storage',
  'access point': 'access-point',
  ap: 'access-point',
  wifi: 'access-point',
  'wi-fi': 'access-point',
  vm: 'virtual-machine',
  'virtual machine': 'virtual-machine',
};

/**
 * The known asset type an asset file's type stands for, ignoring case, spacing and `_`/`-`;
 * null when it is not one of them.
 *
 * @example
 * knownAssetType('Laptop'); // → 'laptop'
 * knownAssetType('access_point'); // → 'access-point'
 * knownAssetType('Caisse'); // → null
 */
export function knownAssetType(type: string): KnownAssetType | null {
  const key = type.trim().toLowerCase().replace(/\s+/g, ' ');
  if ((KNOWN_ASSET_TYPES as readonly string[]).includes(key)) return key as KnownAssetType;
  if (Object.hasOwn(ASSET_TYPE_SYNONYMS, key)) return ASSET_TYPE_SYNONYMS[key]!;
  const dashed = key.replace(/[ _]/g, '-');
  if ((KNOWN_ASSET_TYPES as readonly string[]).includes(dashed)) return dashed as KnownAssetType;
  const spaced = key.replace(/[-_]/g, ' ');
  return Object.hasOwn(ASSET_TYPE_SYNONYMS, spaced) ? ASSET_TYPE_SYNONYMS[spaced]! : null;
}

/**
 * The name of an asset type in the UI language: a known type translated ("server" →
 * "Serveur"), any other type as the file writes it ("Caisse tactile").
 *
 * @example
 * assetTypeLabel('laptop', translator('fr')); // → 'Ordinateur portable'
 * assetTypeLabel('Caisse', translator('fr')); // → 'Caisse'
 */
export function assetTypeLabel(type: string, t: Translate): string {
  const known = knownAssetType(type);
  return known ? t(`assetType.${known}` as MessageKey) : type;
}

/** Product names of kpi-core's presets, as their makers write them. */
const PRESET_NAMES: Record<string, string> = {
  glpi: 'GLPI',
  jira: 'Jira Service Management',
  servicenow: 'ServiceNow',
  zendesk: 'Zendesk',
  freshservice: 'Freshservice',
  osticket: 'osTicket',
  otrs: 'OTRS / Znuny',
  itop: 'iTop',
  freshdesk: 'Freshdesk',
  zammad: 'Zammad',
  'snipe-it': 'Snipe-IT',
  lansweeper: 'Lansweeper',
};

/**
 * The name of the format a file was read with: Revue's own format named as such ("format
 * Revue" / "Revue format"), a tool's export by the tool's name ("glpi" → "GLPI"), another
 * preset as kpi-core names it.
 *
 * @example
 * presetLabel('canonical', translator('fr')); // → 'format Revue'
 * presetLabel('servicenow', translator('fr')); // → 'ServiceNow'
 */
export function presetLabel(name: string, t: Translate): string {
  if (name === 'canonical') return t('preset.canonical');
  return Object.hasOwn(PRESET_NAMES, name) ? PRESET_NAMES[name]! : name;
}

/**
 * The line of a data-quality report that says how a file was read: the tool's export by its
 * name, with the user's column mapping when one was applied over the preset (kpi-core names
 * that reading `glpi+mapping`; a mapping alone is `mapping`). `score` is the header match,
 * already formatted.
 *
 * @example
 * formatReading('glpi+mapping', '92 %', translator('fr'));
 * // → 'Format détecté : GLPI (correspondance des en-têtes 92 %), lu avec votre correspondance de colonnes'
 */
export function formatReading(name: string, score: string, t: Translate): string {
  if (name === 'mapping') return t('data.readWithMapping');
  const base = name.endsWith('+mapping') ? name.slice(0, -'+mapping'.length) : null;
  if (base !== null) return t('data.presetWithMapping', { preset: presetLabel(base, t), score });
  return t('data.preset', { preset: presetLabel(name, t), score });
}

/**
 * A data-quality issue code as a short sentence ("unknown-priority" → "Priorité inconnue du
 * tableau des priorités"); an unknown code as it is.
 *
 * @example
 * issueLabel('duplicate-id', translator('fr')); // → 'Identifiant en double (les deux lignes sont gardées)'
 */
export function issueLabel(code: string, t: Translate): string {
  const key = `issue.${code}` as MessageKey;
  const text = t(key);
  return text === undefined || text === key ? code : text;
}
