import { describe, expect, it } from 'vitest';
import { ASSET_FIELDS, IMPACTS, MAINTENANCE_TYPES, SLA_VERDICTS, STATUS_CLASSES, TICKET_FIELDS, TICKET_TYPES } from './fields.js';
import { FIELD_LABELS, fieldLabel, valueLabel } from './labels.js';

describe('FIELD_LABELS', () => {
  it('names every field a mapping can name and every coded value, in English and French', () => {
    for (const language of ['en', 'fr'] as const) {
      const words = FIELD_LABELS[language];
      expect(Object.keys(words.tickets).sort()).toEqual(Object.keys(TICKET_FIELDS).filter((field) => field !== 'statusClass').sort());
      expect(Object.keys(words.assets).sort()).toEqual(Object.keys(ASSET_FIELDS).sort());
      expect(Object.keys(words.statusClass)).toEqual([...STATUS_CLASSES]);
      expect(Object.keys(words.slaVerdict)).toEqual([...SLA_VERDICTS]);
      expect(Object.keys(words.type)).toEqual([...TICKET_TYPES]);
      expect(Object.keys(words.maintenanceType)).toEqual([...MAINTENANCE_TYPES]);
      expect(Object.keys(words.impact)).toEqual([...IMPACTS]);
    }
  });
});

describe('fieldLabel / valueLabel', () => {
  it('says « Statut » for the status in French, and keeps a name the catalogue lacks', () => {
    expect(fieldLabel('tickets', 'status', 'fr')).toBe('Statut');
    expect(fieldLabel('assets', 'id', 'en')).toBe('Asset tag');
    expect(fieldLabel('tickets', 'pauses', 'fr')).toBe('pauses');
  });

  it('gives the values Revue maps to in words, and the file’s own values as they are', () => {
    expect(valueLabel('status', 'pending', 'fr')).toBe('En attente');
    expect(valueLabel('slaResponseVerdict', 'met', 'fr')).toBe('respecté');
    expect(valueLabel('type', 'request', 'fr')).toBe('demande');
    expect(valueLabel('impact', 'outage', 'fr')).toBe('panne');
    expect(valueLabel('priority', 'P2', 'fr')).toBe('P2');
    // A word no class has (a value map's typo) stays as written.
    expect(valueLabel('status', 'resolvd', 'fr')).toBe('resolvd');
  });
});
