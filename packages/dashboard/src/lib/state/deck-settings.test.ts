import { describe, expect, it } from 'vitest';
import { DEFAULT_BRANDING, DeckSettingsError, commentaryKey } from './deck.js';
import { DeckSettings } from './deck-settings.svelte.js';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (key: string) => map.get(key) ?? null, setItem: (key: string, value: string) => void map.set(key, value), removeItem: (key: string) => void map.delete(key), map };
}

describe('DeckSettings', () => {
  it('keeps the commentary of each review (client and period) apart and saves every change', () => {
    const storage = memoryStorage();
    const settings = new DeckSettings(storage);
    settings.select('Bistro Lumière', '2026-Q3');
    settings.setSection('sla', 'Deux P1 en août.');
    settings.setNextSteps('Remplacer DUR-PRN-03');
    expect(JSON.parse(storage.map.get(commentaryKey('Bistro Lumière', '2026-Q3'))!)).toEqual({ sections: { sla: 'Deux P1 en août.' }, nextSteps: 'Remplacer DUR-PRN-03' });

    settings.select(null, '2026-Q3');
    expect(settings.sectionText('sla')).toBe('');
    settings.select('Bistro Lumière', '2026-Q3');
    expect(settings.sectionText('sla')).toBe('Deux P1 en août.');
    // Emptying a text removes it; an empty commentary leaves nothing in storage.
    settings.setSection('sla', '  ');
    settings.setNextSteps('');
    expect(storage.map.size).toBe(0);
  });

  it('saves a valid branding, refuses a bad one and keeps the previous', () => {
    const storage = memoryStorage();
    const settings = new DeckSettings(storage);
    expect(settings.branding).toEqual(DEFAULT_BRANDING);
    settings.setBranding({ ...DEFAULT_BRANDING, mspName: 'Infogérance Durand' });
    expect(new DeckSettings(storage).branding.mspName).toBe('Infogérance Durand');
    expect(() => settings.setBranding({ ...DEFAULT_BRANDING, primaryColor: 'blue' })).toThrow(DeckSettingsError);
    expect(settings.branding.mspName).toBe('Infogérance Durand');
  });
});
