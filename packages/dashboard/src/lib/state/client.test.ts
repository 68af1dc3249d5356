import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import { clientMessage, resolveClient } from './client.js';

const DEMO = ['Bistro Lumière', 'Cabinet Martin', 'Durand Industrie'];
const NNBSP = '\u202f';

describe('resolveClient', () => {
  it('matches as kpi-core does: case, accents and spacing ignored', () => {
    expect(resolveClient(null, DEMO)).toEqual({ kind: 'all' });
    expect(resolveClient('Bistro Lumière', DEMO)).toEqual({ kind: 'client', client: 'Bistro Lumière' });
    expect(resolveClient('bistro lumière', DEMO)).toEqual({ kind: 'client', client: 'Bistro Lumière' });
    expect(resolveClient('  BISTRO   lumiere ', DEMO)).toEqual({ kind: 'client', client: 'Bistro Lumière' });
  });

  it('refuses a name that is not a client, even the start of one', () => {
    // Before: `?client=Bistro` silently showed every client's figures (issue 10).
    expect(resolveClient('Bistro', DEMO)).toEqual({ kind: 'unknown', name: 'Bistro', known: DEMO });
    expect(resolveClient('Nobody', [])).toEqual({ kind: 'unknown', name: 'Nobody', known: [] });
  });

  it('refuses a name that folds to several clients', () => {
    expect(resolveClient('cafe', ['Café', 'CAFE'])).toEqual({ kind: 'ambiguous', name: 'cafe', matches: ['Café', 'CAFE'] });
    // Written exactly, one of them is chosen.
    expect(resolveClient('CAFE', ['Café', 'CAFE'])).toEqual({ kind: 'client', client: 'CAFE' });
  });
});

describe('clientMessage', () => {
  const en = translator('en');
  const fr = translator('fr');

  it('says nothing for all clients or one client', () => {
    expect(clientMessage({ kind: 'all' }, en)).toBeNull();
    expect(clientMessage({ kind: 'client', client: 'Cabinet Martin' }, en)).toBeNull();
  });

  it('names the unknown client and the known ones, in English and French', () => {
    const choice = resolveClient('Nobody', DEMO);
    expect(clientMessage(choice, en)).toBe('No client named “Nobody”. Known clients: Bistro Lumière, Cabinet Martin, Durand Industrie.');
    // French typography: narrow no-break spaces inside « » and before the colon.
    expect(clientMessage(choice, fr)).toBe(`Aucun client nommé «${NNBSP}Nobody${NNBSP}». Clients connus${NNBSP}: Bistro Lumière, Cabinet Martin, Durand Industrie.`);
    expect(clientMessage(resolveClient('Nobody', []), en)).toBe('No client named “Nobody”: the data names no client.');
    expect(clientMessage(resolveClient('cafe', ['Café', 'CAFE']), en)).toBe('“cafe” names several clients: Café, CAFE. Choose one in the list.');
  });

  it('lists at most 20 known clients, then how many more', () => {
    const known = Array.from({ length: 23 }, (_, i) => `C${String(i + 1).padStart(2, '0')}`);
    const message = clientMessage(resolveClient('Nobody', known), en)!;
    // C01…C20 listed, 23 − 20 = 3 more.
    expect(message).toBe(`No client named “Nobody”. Known clients: ${known.slice(0, 20).join(', ')} and 3 more.`);
  });
});
