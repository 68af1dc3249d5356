import { describe, expect, it } from 'vitest';
import { deckCommand } from './keys.js';

describe('deckCommand', () => {
  it('moves with the arrows, PageUp / PageDown (a clicker), Space, Home and End, clamped at both ends', () => {
    expect(deckCommand('ArrowRight', 0, 12)).toEqual({ go: 1 });
    expect(deckCommand('PageDown', 11, 12)).toEqual({ go: 11 });
    expect(deckCommand('ArrowLeft', 0, 12)).toEqual({ go: 0 });
    expect(deckCommand('PageUp', 3, 12)).toEqual({ go: 2 });
    expect(deckCommand(' ', 3, 12)).toEqual({ go: 4 });
    expect(deckCommand(' ', 3, 12, { shift: true })).toEqual({ go: 2 });
    expect(deckCommand('Home', 4, 12)).toEqual({ go: 0 });
    expect(deckCommand('End', 1, 12)).toEqual({ go: 11 });
  });

  it('Esc leaves, F toggles full screen, other keys are left alone', () => {
    expect(deckCommand('Escape', 2, 12)).toEqual({ exit: true });
    expect(deckCommand('f', 2, 12)).toEqual({ fullscreen: true });
    expect(deckCommand('x', 1, 12)).toBeNull();
    expect(deckCommand('Tab', 1, 12)).toBeNull();
  });
});
