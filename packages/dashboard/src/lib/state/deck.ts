/**
 * What the account manager adds to a review so it can be handed to a client: the branding (set
 * once, for every review) and the commentary (typed for one review: a client and a period).
 * Both are kept in the browser only (localStorage) and travel as small JSON files. The slides,
 * the PDF and the PowerPoint read them from here; the settings screens write them.
 *
 * Pure data and validation; the storage is passed in so tests can use a stub.
 */

/** The MSP's identity and colours, and the client's, shown on the cover and every slide. */
export interface Branding {
  /** Name of the provider presenting the review (cover, footer). Empty: not shown. */
  mspName: string;
  /** Provider logo as a `data:image/png|jpeg|svg+xml;base64,…` URL (never a remote URL), or null. */
  mspLogo: string | null;
  /** Client logo, same rules; shown on the cover beside the client's name. */
  clientLogo: string | null;
  /** Main colour (headings, cover band), `#rrggbb`. */
  primaryColor: string;
  /** Accent colour (highlights, target lines), `#rrggbb`. */
  accentColor: string;
}

/** What was done and what comes next, for one review (client + period). */
export interface Commentary {
  /** One free text per review section id (`summary`, `sla`, …), shown under that section and on its slide. */
  sections: Record<string, string>;
  /** The closing slide: next steps agreed or proposed, one per line. */
  nextSteps: string;
}

export const DEFAULT_BRANDING: Branding = Object.freeze({
  mspName: '',
  mspLogo: null,
  clientLogo: null,
  primaryColor: '#1f4e79',
  accentColor: '#c0504d',
});

export const EMPTY_COMMENTARY: Commentary = Object.freeze({ sections: Object.freeze({}) as Record<string, string>, nextSteps: '' });

/** Keys in localStorage. */
export const BRANDING_KEY = 'revue.branding.v1';
export const COMMENTARY_KEY_PREFIX = 'revue.commentary.v1:';

/** Longest logo accepted (characters of its data URL): a logo, not a photo album. */
export const MAX_LOGO_LENGTH = 700_000;
/** Longest commentary text per section. */
export const MAX_TEXT_LENGTH = 5_000;

const COLOUR = /^#[0-9a-f]{6}$/i;
const LOGO = /^data:image\/(?:png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;

/** What was wrong with a value of a branding or commentary document, for a translated message. */
export type DeckSettingsRule = 'object' | 'logo' | 'colour' | 'text' | 'length';

/**
 * A plain problem with a branding or commentary document, for the user. `field` (the key, e.g.
 * `primaryColor`) and `rule` let the screens say it in the user's language; `message` is the
 * English sentence.
 */
export class DeckSettingsError extends Error {
  readonly field: string;
  readonly rule: DeckSettingsRule;

  constructor(message: string, field = '', rule: DeckSettingsRule = 'object') {
    super(message);
    this.name = 'DeckSettingsError';
    this.field = field;
    this.rule = rule;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function logoAt(value: unknown, key: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string' || value.length > MAX_LOGO_LENGTH || !LOGO.test(value)) {
    throw new DeckSettingsError(`${key}: a PNG, JPEG or SVG image under ${Math.floor((MAX_LOGO_LENGTH * 3) / 4 / 1000)} kB`, key, 'logo');
  }
  return value;
}

function colourAt(value: unknown, key: string, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !COLOUR.test(value)) throw new DeckSettingsError(`${key}: a colour like #1f4e79`, key, 'colour');
  return value.toLowerCase();
}

function textAt(value: unknown, key: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new DeckSettingsError(`${key}: a text`, key, 'text');
  if (value.length > MAX_TEXT_LENGTH) throw new DeckSettingsError(`${key}: at most ${MAX_TEXT_LENGTH} characters`, key, 'length');
  return value;
}

/**
 * Validates a branding document (from storage or an imported file); missing keys take the
 * defaults, unknown keys are ignored.
 *
 * @throws DeckSettingsError naming the key, e.g. `primaryColor: a colour like #1f4e79`.
 */
export function parseBranding(json: unknown): Branding {
  if (!isRecord(json)) throw new DeckSettingsError('branding: a JSON object', 'branding', 'object');
  return {
    mspName: textAt(json.mspName, 'mspName').slice(0, 120),
    mspLogo: logoAt(json.mspLogo, 'mspLogo'),
    clientLogo: logoAt(json.clientLogo, 'clientLogo'),
    primaryColor: colourAt(json.primaryColor, 'primaryColor', DEFAULT_BRANDING.primaryColor),
    accentColor: colourAt(json.accentColor, 'accentColor', DEFAULT_BRANDING.accentColor),
  };
}

/** Validates a commentary document; unknown keys are ignored. */
export function parseCommentary(json: unknown): Commentary {
  if (!isRecord(json)) throw new DeckSettingsError('commentary: a JSON object', 'commentary', 'object');
  const sections: Record<string, string> = {};
  if (json.sections !== undefined) {
    if (!isRecord(json.sections)) throw new DeckSettingsError('sections: an object of section → text', 'sections', 'object');
    for (const [id, text] of Object.entries(json.sections)) {
      if (!/^[a-z-]{1,40}$/.test(id)) continue;
      const value = textAt(text, `sections.${id}`);
      if (value.trim() !== '') Object.defineProperty(sections, id, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return { sections, nextSteps: textAt(json.nextSteps, 'nextSteps') };
}

/** The storage key of one review's commentary: a client (or all clients) and a period label. */
export function commentaryKey(client: string | null, period: string | null): string {
  return `${COMMENTARY_KEY_PREFIX}${client ?? '*'}|${period ?? '*'}`;
}

/** The part of `Storage` used here. */
export type DeckStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function read<T>(storage: DeckStorage | null, key: string, parse: (json: unknown) => T, fallback: T): T {
  try {
    const text = storage?.getItem(key);
    return text ? parse(JSON.parse(text)) : fallback;
  } catch {
    return fallback;
  }
}

export function loadBranding(storage: DeckStorage | null): Branding {
  return read(storage, BRANDING_KEY, parseBranding, DEFAULT_BRANDING);
}

export function saveBranding(storage: DeckStorage | null, branding: Branding): void {
  storage?.setItem(BRANDING_KEY, JSON.stringify(parseBranding(branding)));
}

export function loadCommentary(storage: DeckStorage | null, client: string | null, period: string | null): Commentary {
  return read(storage, commentaryKey(client, period), parseCommentary, EMPTY_COMMENTARY);
}

export function saveCommentary(storage: DeckStorage | null, client: string | null, period: string | null, commentary: Commentary): void {
  const clean = parseCommentary(commentary);
  const key = commentaryKey(client, period);
  if (Object.keys(clean.sections).length === 0 && clean.nextSteps.trim() === '') storage?.removeItem(key);
  else storage?.setItem(key, JSON.stringify(clean));
}

/** The `format` of an exported branding file (`brandingFile`), checked on import. */
export const BRANDING_FILE_FORMAT = 'revue-branding';

/**
 * The branding as the small JSON file the settings screen exports: the `Branding` keys after a
 * `format` marker and a version, so that a file of another kind is refused on import.
 *
 * @example
 * brandingFile({ ...DEFAULT_BRANDING, mspName: 'Infogérance Durand' });
 * // → { format: 'revue-branding', version: 1, mspName: 'Infogérance Durand', mspLogo: null, … }
 */
export function brandingFile(branding: Branding): { format: typeof BRANDING_FILE_FORMAT; version: 1 } & Branding {
  return { format: BRANDING_FILE_FORMAT, version: 1, ...parseBranding(branding) };
}

/**
 * Reads an imported branding file: a `brandingFile` document, or a bare `Branding` object
 * (no `format` key); a document of another kind (another `format`) is refused.
 *
 * @throws DeckSettingsError as `parseBranding` does, or on another `format` (field `format`).
 */
export function parseBrandingFile(json: unknown): Branding {
  if (isRecord(json) && json.format !== undefined && json.format !== BRANDING_FILE_FORMAT) {
    throw new DeckSettingsError(`format: "${BRANDING_FILE_FORMAT}" expected`, 'format', 'object');
  }
  return parseBranding(json);
}
