/// <reference lib="webworker" />
/**
 * The analysis worker: reads the files, keeps the canonical tables, and builds reports on
 * request, so that parsing and computing never block the page. Messages follow `protocol.ts`.
 */
import {
  assetColumns,
  buildReport,
  compactReport,
  decodeBytes,
  describeError,
  plainRevueError,
  RevueError,
  sniffWorkbook,
  xlsxToCsv,
  parsePolicy,
  parsePlanCsv,
  pauseReadOptions,
  readAssets,
  withPreventivePlan,
  ticketColumns,
  type AssetTable,
  type Policy,
  type QualityReport,
  type TicketTable,
} from './core.js';
import { splitLongArrays } from './chunks.js';
import { ticketSummaries } from './tickets.js';
import { whenOf } from './when.js';
import { readTicketsOnEveryCore } from './parts.js';
import { demoFiles } from './demo.js';
import { headEnd, INSPECT_BYTES, inspectText } from './inspect.js';
import { toMapping } from './user-mapping.js';
import type { Envelope, FileInput, LoadSummary, PolicyInUse, Progress, Reply, UserMapping } from './protocol.js';

declare const self: DedicatedWorkerGlobalScope;

interface Loaded {
  tickets: TicketTable;
  assets: AssetTable | null;
  policy: Policy;
  quality: { tickets: QualityReport; assets: QualityReport | null };
  summary: LoadSummary;
}

let loaded: Loaded | null = null;

type Files = { tickets: FileInput; assets: FileInput | null; policy: FileInput | null; plan?: FileInput | null };

/** What the last load read, to compute with another policy (and to read again in another zone). */
interface LastLoad {
  source: LoadSummary['source'];
  files: Files;
  mappings: Partial<Record<'tickets' | 'assets', UserMapping | null>>;
  cores: number | undefined;
  /** The policy file's document, null without a file. */
  fileDocument: Record<string, unknown> | null;
  /** The tasks of a plan file, which replace any policy's plan. */
  plan: ReturnType<typeof parsePlanCsv> | null;
}

let lastLoad: LastLoad | null = null;

/** A policy file's document; a file that is not a valid policy is refused as the CLI refuses it. */
function policyDocumentOf(text: string, fileName: string): Record<string, unknown> {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    document = undefined;
  }
  // parsePolicy gives the one-line message naming the file (bad JSON or a bad value).
  parsePolicy(document === undefined ? text : document, { fileName });
  return document as Record<string, unknown>;
}

/** The policy of a document, with the plan file's tasks when one was given. */
function policyOf(document: Record<string, unknown>, plan: LastLoad['plan']): Policy {
  const policy = parsePolicy(document);
  return plan ? withPreventivePlan(policy, plan) : policy;
}

/**
 * The policy to compute with: the edited document when it is valid, else the file's (an edited
 * document saved before, now refused, does not stop the data from loading: its problem is said).
 */
function choosePolicy(edited: Record<string, unknown> | null | undefined, fileDocument: Record<string, unknown> | null, plan: LastLoad['plan']): { policy: Policy; inUse: PolicyInUse } {
  const fallback = { document: fileDocument ?? {}, source: fileDocument ? 'file' : 'defaults', file: fileDocument } as const;
  if (edited) {
    try {
      return { policy: policyOf(edited, plan), inUse: { document: edited, source: 'edited', file: fileDocument } };
    } catch (error) {
      return { policy: policyOf(fallback.document, plan), inUse: { ...fallback, problem: describeError(error) } };
    }
  }
  return { policy: policyOf(fallback.document, plan), inUse: fallback };
}

async function bytesOf(input: FileInput): Promise<Uint8Array | string> {
  return typeof input.data === 'string' ? input.data : new Uint8Array(await input.data.arrayBuffer());
}

async function textOf(input: FileInput): Promise<string> {
  const data = await bytesOf(input);
  if (typeof data === 'string') return data;
  // A workbook is shown to the mapping screen as the CSV of its first sheet.
  return sniffWorkbook(data) === 'xlsx' ? xlsxToCsv(data, { fileName: input.name }) : decodeBytes(data, { fileName: input.name }).text;
}

/**
 * The text the mapping screen inspects: the first {@link INSPECT_BYTES} of a large text file,
 * cut after a line (a 261 MB export is then read in a fraction of a second instead of seconds);
 * the whole file when it is smaller, or a workbook (ZIP) or OLE2 file, which need all their bytes.
 */
async function inspectedText(input: FileInput): Promise<string> {
  if (typeof input.data === 'string' || input.data.size <= INSPECT_BYTES) return textOf(input);
  const head = new Uint8Array(await input.data.slice(0, INSPECT_BYTES).arrayBuffer());
  // A ZIP (PK…: its directory is at the end, so sniffWorkbook cannot tell from the head) or OLE2.
  if ((head[0] === 0x50 && head[1] === 0x4b) || sniffWorkbook(head) !== null) return textOf(input);
  return decodeBytes(head.subarray(0, headEnd(head)), { fileName: input.name }).text;
}

function distinct(...columns: Array<ArrayLike<string | null>>): string[] {
  const set = new Set<string>();
  for (const column of columns) for (let i = 0; i < column.length; i++) if (column[i]) set.add(column[i]!);
  return [...set].sort((a, b) => a.localeCompare(b));
}

function span(tickets: TicketTable): LoadSummary['span'] {
  const opened = ticketColumns(tickets).openedAt;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < opened.length; i++) {
    const v = opened[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return Number.isFinite(min) ? { from: new Date(min).toISOString(), to: new Date(max).toISOString() } : null;
}

async function load(
  source: LoadSummary['source'],
  files: Files,
  mappings: Partial<Record<'tickets' | 'assets', UserMapping | null>>,
  progress: (p: Progress) => void,
  cores?: number,
  edited?: Record<string, unknown> | null,
): Promise<LoadSummary> {
  const fileDocument = files.policy ? policyDocumentOf(await textOf(files.policy), files.policy.name) : null;
  // A plan file is the whole plan: it replaces the policy's, clients' plans included.
  const plan = files.plan ? parsePlanCsv(await bytesOf(files.plan), { fileName: files.plan.name }) : null;
  const { policy, inUse } = choosePolicy(edited, fileDocument, plan);
  const timezone = policy.timezone;
  progress({ stage: 'read', file: files.tickets.name, fraction: 0 });
  const ticketMapping = toMapping(mappings.tickets);
  const ticketBytes = await bytesOf(files.tickets);
  const assetFile = files.assets;
  const assetBytes = assetFile ? await bytesOf(assetFile) : null;
  // A large ticket file is read on every core; the asset file meanwhile, on this thread.
  let threads = 1;
  const { tickets, meanwhile: assets } = await readTicketsOnEveryCore(
    ticketBytes,
    {
      fileName: files.tickets.name,
      timezone,
      ...(ticketMapping ? { mapping: ticketMapping } : {}),
      // An event log's status history measures the paused time (as the CLI reads it), with each
      // client override's own list.
      ...pauseReadOptions(policy),
      onProgress: (fraction) => progress({ stage: 'parse', file: files.tickets.name, fraction, ...(threads > 1 ? { threads } : {}) }),
    },
    (): { table: AssetTable; quality: QualityReport } | null => {
      if (!assetFile || assetBytes === null) return null;
      const assetMapping = toMapping(mappings.assets);
      progress({ stage: 'read', file: assetFile.name, fraction: 0 });
      return readAssets(assetBytes, {
        fileName: assetFile.name,
        timezone,
        // A price in another currency than the review's is left empty and flagged (as the CLI reads it).
        currency: policy.rates.currency,
        ...(assetMapping ? { mapping: assetMapping } : {}),
        onProgress: (fraction) => progress({ stage: 'parse', file: assetFile.name, fraction }),
      });
    },
    { ...(cores !== undefined ? { cores } : {}), onParts: (parts) => (threads = parts) },
  );
  const summary: LoadSummary = {
    source,
    files: { tickets: files.tickets.name, assets: files.assets?.name ?? null, policy: files.policy?.name ?? null, plan: files.plan?.name ?? null },
    quality: { tickets: tickets.quality, assets: assets?.quality ?? null },
    clients: distinct(ticketColumns(tickets.table).client, assets ? assetColumns(assets.table).client : []),
    timezone,
    currency: policy.rates.currency,
    span: span(tickets.table),
    ...whenOf(tickets.table, timezone, tickets.quality),
    policy: inUse,
  };
  lastLoad = { source, files, mappings, cores, fileDocument, plan };
  loaded = { tickets: tickets.table, assets: assets?.table ?? null, policy, quality: summary.quality, summary };
  return summary;
}

/**
 * Computes with another policy document (null: the file's again). A refused document changes
 * nothing (its problem is returned). Another time zone reads the files again: their local times
 * are read in the policy's zone; so do other pause statuses (an event log's paused time is
 * measured from its status history as it is read).
 */
async function usePolicy(document: Record<string, unknown> | null, progress: (p: Progress) => void): Promise<LoadSummary> {
  if (!loaded || !lastLoad) throw new RevueError('no-data', 'No data loaded');
  const last = lastLoad;
  let chosen: ReturnType<typeof choosePolicy>;
  try {
    chosen = document ? { policy: policyOf(document, last.plan), inUse: { document, source: 'edited', file: last.fileDocument } } : choosePolicy(null, last.fileDocument, last.plan);
  } catch (error) {
    return { ...loaded.summary, policy: { ...loaded.summary.policy, problem: describeError(error) } };
  }
  // Other pause statuses read the files again too: an event log's paused time is measured as it is read.
  if (chosen.policy.timezone !== loaded.policy.timezone || JSON.stringify(pauseReadOptions(chosen.policy)) !== JSON.stringify(pauseReadOptions(loaded.policy))) return load(last.source, last.files, last.mappings, progress, last.cores, document);
  const summary: LoadSummary = { ...loaded.summary, currency: chosen.policy.rates.currency, policy: chosen.inUse };
  loaded = { ...loaded, policy: chosen.policy, summary };
  return summary;
}

async function handle(message: Envelope, progress: (p: Progress) => void): Promise<unknown> {
  switch (message.type) {
    case 'load-demo': {
      const demo = demoFiles();
      if (!demo) throw new RevueError('no-demo', 'The demo data is not part of this build: load your own files.');
      return load(
        'demo',
        {
          tickets: { name: demo.tickets.name, data: demo.tickets.text },
          assets: demo.assets ? { name: demo.assets.name, data: demo.assets.text } : null,
          policy: demo.policy ? { name: demo.policy.name, data: demo.policy.text } : null,
        },
        {},
        progress,
        undefined,
        message.edited ?? null,
      );
    }
    case 'inspect':
      progress({ stage: 'read', file: message.file.name, fraction: 0 });
      return inspectText(message.kind, message.file.name, await inspectedText(message.file));
    case 'load':
      return load('files', { tickets: message.tickets, assets: message.assets, policy: message.policy, plan: message.plan ?? null }, message.mappings, progress, message.cores, message.edited ?? null);
    case 'policy':
      return usePolicy(message.document, progress);
    case 'report': {
      if (!loaded) throw new RevueError('no-data', 'No data loaded');
      progress({ stage: 'report', file: null, fraction: 0 });
      // The page gets the compact report: every figure, the worst assets and the first ids of each
      // list, so a million-ticket report stays a small message instead of 120 MB of JSON.
      return compactReport(
        buildReport(
          { tickets: loaded.tickets, assets: loaded.assets, policy: loaded.policy, quality: loaded.quality },
          { ...(message.period ? { period: message.period } : {}), client: message.client, language: message.language },
        ),
      );
    }
    case 'tickets': {
      if (!loaded) throw new RevueError('no-data', 'No data loaded');
      return ticketSummaries(ticketColumns(loaded.tickets), message.ids);
    }
  }
}

self.onmessage = (event: MessageEvent<Envelope>) => {
  const message = event.data;
  const post = (reply: Reply) => self.postMessage(reply);
  handle(message, (progress) => post({ id: message.id, type: 'progress', progress })).then(
    (value) => {
      // Long arrays (a report's ages of every asset) go in slices, so that the page never
      // spends hundreds of milliseconds deserialising one message.
      const split = splitLongArrays(value);
      for (const chunk of split.chunks) post({ id: message.id, type: 'chunk', ...chunk });
      post({ id: message.id, type: 'result', value: split.value });
    },
    // A RevueError's code and place go too: the page says it in its own language (errorText).
    (error: unknown) => post({ id: message.id, type: 'error', message: describeError(error), ...(error instanceof RevueError ? { revue: plainRevueError(error) } : {}) }),
  );
};
