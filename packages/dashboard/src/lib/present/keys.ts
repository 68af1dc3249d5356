/**
 * The presentation keys. A presenter's clicker sends PageDown / PageUp (some send the arrows,
 * a few "b" or "." to blank the screen, which we leave to the projector); the keyboard adds
 * the arrows, Space, Home and End, F for full screen and Esc to leave.
 */

/** What a key does in the presentation. */
export type DeckCommand = { go: number } | { exit: true } | { fullscreen: true };

/**
 * The command of a key on slide `index` of `count` (moves clamped to the first and last
 * slide); null for a key the presentation leaves alone. Shift+Space goes back, as in
 * PowerPoint and browsers.
 *
 * @example
 * deckCommand('PageDown', 0, 12); // → { go: 1 }
 * deckCommand('End', 3, 12); // → { go: 11 }
 * deckCommand('Escape', 3, 12); // → { exit: true }
 */
export function deckCommand(key: string, index: number, count: number, options: { shift?: boolean } = {}): DeckCommand | null {
  const last = Math.max(0, count - 1);
  const go = (to: number) => ({ go: Math.min(last, Math.max(0, to)) });
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return go(index + 1);
    case ' ':
    case 'Spacebar':
      return go(options.shift ? index - 1 : index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return go(index - 1);
    case 'Home':
      return go(0);
    case 'End':
      return go(last);
    case 'Escape':
      return { exit: true };
    case 'f':
    case 'F':
      return { fullscreen: true };
    default:
      return null;
  }
}
