import { describe, expect, it } from 'vitest';
import { brandingFile, DEFAULT_BRANDING, DeckSettingsError, loadBranding, loadCommentary, parseBranding, parseBrandingFile, parseCommentary, saveBranding, saveCommentary } from './deck.js';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
    map,
  };
}

describe('deck settings', () => {
  it('fills missing branding keys with the defaults and refuses a remote logo or a bad colour', () => {
    expect(parseBranding({ mspName: 'Infogérance Durand' })).toEqual({ ...DEFAULT_BRANDING, mspName: 'Infogérance Durand' });
    expect(() => parseBranding({ mspLogo: 'https://example.com/logo.png' })).toThrow(DeckSettingsError);
    expect(() => parseBranding({ primaryColor: 'red' })).toThrow('primaryColor: a colour like #1f4e79');
    expect(parseBranding({ mspLogo: 'data:image/png;base64,iVBORw0KGgo=' }).mspLogo).toBe('data:image/png;base64,iVBORw0KGgo=');
  });

  it('keeps commentary per client and period, drops empty texts and hostile keys', () => {
    const storage = memoryStorage();
    saveCommentary(storage, 'Bistro', '2026-Q2', { sections: { sla: 'Two P1 in May.', fleet: '  ' }, nextSteps: 'Replace DUR-PRN-03' });
    expect(loadCommentary(storage, 'Bistro', '2026-Q2')).toEqual({ sections: { sla: 'Two P1 in May.' }, nextSteps: 'Replace DUR-PRN-03' });
    expect(loadCommentary(storage, null, '2026-Q2')).toEqual({ sections: {}, nextSteps: '' });
    expect(parseCommentary(JSON.parse('{"sections":{"__proto__":"x","sla":"ok"}}')).sections).toEqual({ sla: 'ok' });
    saveCommentary(storage, 'Bistro', '2026-Q2', { sections: {}, nextSteps: '' });
    expect(storage.map.size).toBe(0);
  });

  it('falls back to the defaults when storage holds something broken', () => {
    const storage = memoryStorage();
    storage.setItem('revue.branding.v1', '{not json');
    expect(loadBranding(storage)).toEqual(DEFAULT_BRANDING);
    saveBranding(storage, { ...DEFAULT_BRANDING, accentColor: '#AABBCC' });
    expect(loadBranding(storage).accentColor).toBe('#aabbcc');
  });

  it('names the field and the rule broken, for a message in the user\'s language', () => {
    const fault = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof DeckSettingsError ? [error.field, error.rule] : error;
      }
      return null;
    };
    expect(fault(() => parseBranding({ primaryColor: 'red' }))).toEqual(['primaryColor', 'colour']);
    expect(fault(() => parseBranding({ clientLogo: 'https://example.com/logo.png' }))).toEqual(['clientLogo', 'logo']);
    expect(fault(() => parseBranding([]))).toEqual(['branding', 'object']);
    expect(fault(() => parseCommentary({ nextSteps: 'x'.repeat(5001) }))).toEqual(['nextSteps', 'length']);
  });

  it('exports the branding as a marked file and reads it back; refuses another kind of file', () => {
    const branding = { ...DEFAULT_BRANDING, mspName: 'Infogérance Durand', primaryColor: '#0b5394' };
    const file = JSON.parse(JSON.stringify(brandingFile(branding))) as unknown;
    expect(file).toMatchObject({ format: 'revue-branding', version: 1, mspName: 'Infogérance Durand' });
    expect(parseBrandingFile(file)).toEqual(branding);
    // A bare Branding object (no marker) is read too.
    expect(parseBrandingFile({ mspName: 'X' }).mspName).toBe('X');
    expect(() => parseBrandingFile({ format: 'revue-mapping', columns: {} })).toThrow(DeckSettingsError);
  });
});
