import { getContext, setContext } from 'svelte';
import { loadBranding, loadCommentary, parseBranding, saveBranding, saveCommentary, EMPTY_COMMENTARY, type Branding, type Commentary, type DeckStorage } from './deck.js';

/**
 * The branding and the commentary of the review on screen, as reactive state over the storage
 * of `deck.ts` (localStorage in the app): the settings page and the commentary editors write
 * here, the slides read from here; every change is saved at once, so the exports (which read
 * `deck.ts` directly) see it too.
 */
export class DeckSettings {
  branding = $state.raw<Branding>(loadBranding(null));
  /** The commentary of the selected review (`select`). */
  commentary = $state.raw<Commentary>(EMPTY_COMMENTARY);
  /** Which review the commentary belongs to: its client (null: all clients) and period label. */
  review = $state.raw<{ client: string | null; period: string | null } | null>(null);

  #storage: DeckStorage | null;

  constructor(storage: DeckStorage | null) {
    this.#storage = storage;
    this.branding = loadBranding(storage);
  }

  /**
   * Shows the commentary of a review: the report's client and period label, the key the
   * exports use too (`loadCommentary(storage, report.client, report.period.label)`).
   */
  select(client: string | null, period: string | null): void {
    if (this.review && this.review.client === client && this.review.period === period) return;
    this.review = { client, period };
    this.commentary = loadCommentary(this.#storage, client, period);
  }

  /** The commentary of one section, '' when none. */
  sectionText(section: string): string {
    return Object.hasOwn(this.commentary.sections, section) ? this.commentary.sections[section]! : '';
  }

  setSection(section: string, text: string): void {
    const sections = { ...this.commentary.sections };
    if (text.trim() === '') delete sections[section];
    else Object.defineProperty(sections, section, { value: text, enumerable: true, writable: true, configurable: true });
    this.#saveCommentary({ ...this.commentary, sections });
  }

  setNextSteps(text: string): void {
    this.#saveCommentary({ ...this.commentary, nextSteps: text });
  }

  #saveCommentary(commentary: Commentary): void {
    this.commentary = commentary;
    if (this.review) saveCommentary(this.#storage, this.review.client, this.review.period, commentary);
  }

  /**
   * Replaces the branding after checking it, and saves it.
   *
   * @throws DeckSettingsError when a value is not acceptable (nothing is saved then).
   */
  setBranding(branding: Branding): void {
    const clean = parseBranding(branding);
    saveBranding(this.#storage, clean);
    this.branding = clean;
  }
}

const KEY = Symbol('revue.deckSettings');

/** Makes the deck settings available under the root layout. */
export function provideDeckSettings(settings: DeckSettings): DeckSettings {
  return setContext(KEY, settings);
}

/** The deck settings provided by the root layout. */
export function useDeckSettings(): DeckSettings {
  const settings = getContext<DeckSettings | undefined>(KEY);
  if (!settings) throw new Error('useDeckSettings must be called under the root layout');
  return settings;
}

/** The browser's localStorage, or null where there is none or it is refused (private modes). */
export function browserStorage(): DeckStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
