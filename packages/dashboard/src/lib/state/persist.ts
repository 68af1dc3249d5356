/**
 * The user's files kept in the browser (IndexedDB) until they forget them, so a reload shows the
 * same review instead of falling back to the demo data in silence. Nothing leaves the machine:
 * IndexedDB is the browser's own storage for this site.
 *
 * What is kept: the bytes of the ticket, asset, policy and preventive plan files (as Blobs: IndexedDB stores them
 * natively, however large, within the site's quota), the column and value mappings they were
 * read with, and whether they are the data on screen (`active`: false after the user switched
 * to the demo, so a reload shows the demo then too, while the files stay ready to reopen).
 */
import type { UserMapping } from '../engine/protocol.js';

/** One kept file: its name, media type and bytes. */
export interface KeptFile {
  name: string;
  type: string;
  data: Blob;
}

/** What the browser keeps of the user's data. */
export interface KeptFiles {
  version: 1;
  /** When the files were kept (ISO). */
  savedAt: string;
  /** The kept files are the review on screen (a reload opens them); false after "Use the demo data". */
  active: boolean;
  /** `plan`: the preventive plan CSV (absent in records kept before plans could be loaded: none). */
  files: { tickets: KeptFile; assets: KeptFile | null; policy: KeptFile | null; plan: KeptFile | null };
  mappings: { tickets: UserMapping | null; assets: UserMapping | null };
}

/** Where kept files live: IndexedDB in the browser, memory in tests. */
export interface KeptStore {
  get(): Promise<KeptFiles | null>;
  put(kept: KeptFiles): Promise<void>;
  clear(): Promise<void>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keptFile(value: unknown): KeptFile | null {
  if (!isRecord(value) || typeof value.name !== 'string' || !(value.data instanceof Blob)) return null;
  return { name: value.name, type: typeof value.type === 'string' ? value.type : '', data: value.data };
}

function mapping(value: unknown): UserMapping | null {
  return isRecord(value) && isRecord(value.columns) && isRecord(value.values) ? (value as unknown as UserMapping) : null;
}

/**
 * Validates what storage returned: a record of another version or a damaged one reads as
 * nothing kept (the demo then shows, and the next files loaded replace it).
 *
 * @example
 * parseKept({ version: 1, savedAt: '…', active: true, files: { tickets: { name: 't.csv', type: 'text/csv', data: blob } }, mappings: {} })?.files.tickets.name; // → 't.csv'
 * parseKept({ version: 2 }); // → null
 */
export function parseKept(value: unknown): KeptFiles | null {
  if (!isRecord(value) || value.version !== 1 || !isRecord(value.files)) return null;
  const tickets = keptFile(value.files.tickets);
  if (!tickets) return null;
  const mappings = isRecord(value.mappings) ? value.mappings : {};
  return {
    version: 1,
    savedAt: typeof value.savedAt === 'string' ? value.savedAt : '',
    active: value.active !== false,
    files: { tickets, assets: keptFile(value.files.assets), policy: keptFile(value.files.policy), plan: keptFile(value.files.plan) },
    mappings: { tickets: mapping(mappings.tickets), assets: mapping(mappings.assets) },
  };
}

/** A file as loaded: its name and its bytes or text. */
type KeptInput = { name: string; data: Blob | string };

/**
 * The record to keep for files just loaded.
 *
 * @example
 * keptRecord({ tickets: file, assets: null, policy: null }, { tickets: null, assets: null }, new Date()).active; // → true
 */
export function keptRecord(
  files: { tickets: KeptInput; assets: KeptInput | null; policy: KeptInput | null; plan?: KeptInput | null },
  mappings: KeptFiles['mappings'],
  now: Date,
): KeptFiles {
  const file = (input: { name: string; data: Blob | string }): KeptFile => {
    const data = typeof input.data === 'string' ? new Blob([input.data], { type: 'text/plain' }) : input.data;
    return { name: input.name, type: data.type, data };
  };
  return {
    version: 1,
    savedAt: now.toISOString(),
    active: true,
    files: { tickets: file(files.tickets), assets: files.assets ? file(files.assets) : null, policy: files.policy ? file(files.policy) : null, plan: files.plan ? file(files.plan) : null },
    mappings,
  };
}

/** The names of the kept files, for the page (`tickets.csv, assets.csv, policy.json, plan.csv`). */
export function keptNames(kept: Pick<KeptFiles, 'files'>): string[] {
  return [kept.files.tickets.name, kept.files.assets?.name, kept.files.policy?.name, kept.files.plan?.name].filter((name): name is string => Boolean(name));
}

/** A store in memory (tests, or a browser without IndexedDB: nothing survives a reload). */
export function memoryStore(): KeptStore & { value: KeptFiles | null } {
  const store = {
    value: null as KeptFiles | null,
    get: async () => store.value,
    put: async (kept: KeptFiles) => {
      store.value = kept;
    },
    clear: async () => {
      store.value = null;
    },
  };
  return store;
}

const DATABASE = 'revue';
const OBJECTS = 'kept';
const KEY = 'files';

function request<T>(run: () => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = run();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * The kept files in IndexedDB (database `revue`, one record), or a memory store when the browser
 * offers no IndexedDB (private windows of some browsers).
 *
 * @example
 * const store = indexedDbStore();
 * await store.put(keptRecord(files, mappings, new Date()));
 * (await store.get())?.files.tickets.name; // → 'tickets.csv'
 */
export function indexedDbStore(factory: IDBFactory | undefined = globalThis.indexedDB): KeptStore {
  if (!factory) return memoryStore();
  let database: Promise<IDBDatabase> | null = null;
  const open = () =>
    (database ??= new Promise((resolve, reject) => {
      const req = factory.open(DATABASE, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(OBJECTS);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB cannot be opened'));
      req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    }));
  const objects = async (mode: IDBTransactionMode) => (await open()).transaction(OBJECTS, mode).objectStore(OBJECTS);
  return {
    get: async () => {
      try {
        const store = await objects('readonly');
        return parseKept(await request(() => store.get(KEY)));
      } catch {
        return null;
      }
    },
    put: async (kept) => {
      const store = await objects('readwrite');
      await request(() => store.put(kept, KEY));
    },
    clear: async () => {
      const store = await objects('readwrite');
      await request(() => store.delete(KEY));
    },
  };
}
