import { describe, expect, it } from 'vitest';
import { DEFAULT_BRANDING, DeckSettingsError, loadBranding, loadCommentary, parseBranding, parseCommentary, saveBranding, saveCommentary } from './deck.js';

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
});
