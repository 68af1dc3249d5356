import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '@revue/kpi-core/ingest';
import { translator } from '../i18n/index.js';
import { assetTypeLabel, formatReading, issueLabel, KNOWN_ASSET_TYPES, knownAssetType, presetLabel } from './labels.js';

const en = translator('en');
const fr = translator('fr');

describe('asset types', () => {
  it('known types are translated: "server" → "Serveur", "laptop" → "Ordinateur portable"', () => {
    expect(assetTypeLabel('server', fr)).toBe('Serveur');
    expect(assetTypeLabel('laptop', fr)).toBe('Ordinateur portable');
    expect(assetTypeLabel('desktop', fr)).toBe('Poste fixe');
    expect(assetTypeLabel('network', fr)).toBe('Équipement réseau');
    expect(assetTypeLabel('printer', en)).toBe('Printer');
  });

  it('ignoring case, spacing and separators, and through the usual synonyms', () => {
    expect(knownAssetType(' Laptop ')).toBe('laptop');
    expect(knownAssetType('Notebook')).toBe('laptop');
    expect(knownAssetType('access_point')).toBe('access-point');
    expect(knownAssetType('Access Point')).toBe('access-point');
    expect(knownAssetType('virtual_machine')).toBe('virtual-machine');
    expect(knownAssetType('License')).toBe('licence');
  });

  it('any other type is shown as the file writes it (a tool in French already names its types)', () => {
    expect(assetTypeLabel('Caisse tactile', fr)).toBe('Caisse tactile');
    expect(assetTypeLabel('Ordinateur', fr)).toBe('Ordinateur');
    expect(knownAssetType('constructor')).toBeNull();
    expect(knownAssetType('__proto__')).toBeNull();
  });

  it('every known type has a name in both languages', () => {
    for (const type of KNOWN_ASSET_TYPES) {
      expect(assetTypeLabel(type, en), type).not.toBe(type);
      expect(assetTypeLabel(type, fr), type).not.toMatch(/^assetType\./);
    }
  });
});

describe('formats and issue codes', () => {
  it('"canonical" is Revue\'s own format; tools by their names', () => {
    expect(presetLabel('canonical', fr)).toBe('format Revue');
    expect(presetLabel('canonical', en)).toBe('Revue format');
    expect(presetLabel('glpi', fr)).toBe('GLPI');
    expect(presetLabel('snipe-it', en)).toBe('Snipe-IT');
    expect(presetLabel('itop', fr)).toBe('iTop');
    expect(presetLabel('lansweeper', en)).toBe('Lansweeper');
    expect(presetLabel('my-tool', en)).toBe('my-tool');
  });

  it('a preset read with the user\'s mapping is named in words, never "glpi+mapping" (kpi-core\'s quality.preset.name)', () => {
    expect(formatReading('glpi+mapping', '92\u202f%', fr)).toBe('Format détecté\u202f: GLPI (correspondance des en-têtes 92\u202f%), lu avec votre correspondance de colonnes');
    expect(formatReading('jira+mapping', '80%', en)).toBe('Detected format: Jira Service Management (header match 80%), read with your column mapping');
    expect(formatReading('canonical+mapping', '100%', en)).toBe('Detected format: Revue format (header match 100%), read with your column mapping');
    expect(formatReading('snipe-it', '75%', en)).toBe('Detected format: Snipe-IT (header match 75%)');
    expect(formatReading('mapping', '0%', fr)).toBe('Lu avec votre correspondance de colonnes');
  });

  it('every issue code of kpi-core reads as a sentence in both languages', () => {
    for (const code of Object.keys(ISSUE_CODES)) {
      expect(issueLabel(code, en), code).not.toBe(code);
      expect(issueLabel(code, fr), code).not.toBe(code);
    }
    expect(issueLabel('unknown-priority', fr)).toBe('Priorité absente de la correspondance (laissée vide)');
    expect(issueLabel('something-new', fr)).toBe('something-new');
  });
});
