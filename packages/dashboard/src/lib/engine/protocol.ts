import type { Language } from '../i18n/index.js';
import type { ColumnSample, FieldProposal, QualityReport, Report } from '@revue/kpi-core';
import type { PlainRevueError } from '@revue/kpi-core/parts';
import type { TicketSummary } from './tickets.js';

export type FileKind = 'tickets' | 'assets';

/** Fields whose source values go through an editable value map on the mapping screen. */
export const VALUE_MAPPED = ['status', 'priority', 'type', 'maintenanceType', 'impact'] as const;
export type ValueMappedField = (typeof VALUE_MAPPED)[number];

/** A user's column and value choices for one file (the JSON `Mapping` of kpi-core). */
export interface UserMapping {
  columns: Record<string, string>;
  values: Partial<Record<ValueMappedField, Record<string, string>>>;
  /** A preset whose columns, value maps and cleaning are kept (see kpi-core's `Mapping.extends`). */
  extends?: string;
  /** date-fns tokens for every date column; absent: the reader detects it from the whole file. */
  dateFormat?: string;
  /** Duration columns, by source column (see kpi-core's `Mapping.durations`). */
  durations?: Record<string, { field: string; unit: string }>;
  /** Placeholder texts read as empty, by field or `*` (see kpi-core's `Mapping.empty`): the proposal's `-`. */
  empty?: Record<string, string[]>;
  /** Fields read from a column of labels, with their label's prefix (see kpi-core's `Mapping.labels`): GitLab's `priority::`. */
  labels?: Record<string, string | { column: string; prefix: string }>;
  /** The unit of a bare useful life (see kpi-core's `Mapping.units`): Jamf Pro's years. */
  units?: { usefulLifeMonths?: 'months' | 'years' };
}

/** What the mapping screen needs to know about a dropped file. */
export interface Inspection {
  kind: FileKind;
  fileName: string;
  /** The header row as written in the file. */
  headers: string[];
  /**
   * The file holds no row at all (0 bytes, or blank lines and empty cells only): kpi-core refuses
   * it (`empty`), and the page says so instead of offering a mapping for a header that is not there.
   */
  empty: boolean;
  /** Stable key of the header set, for saved mappings. */
  signature: string;
  preset: { name: string; score: number; candidates: Array<{ name: string; score: number }> };
  /** Canonical field → the file's column the preset reads for it (first alias found). */
  presetColumns: Record<string, string>;
  /** The preset's value maps, keyed by normalised source value (see `normalizeHeader`). */
  presetMaps: Partial<Record<ValueMappedField, Record<string, string>>>;
  /**
   * How the reader reads each value of the preset's value-mapped columns with the preset alone
   * (as `revue report` does), by value as written: the status class of a status, the canonical
   * priority, type, impact or maintenance type. Empty when no preset is confident.
   */
  readAs: Partial<Record<ValueMappedField, Record<string, string>>>;
  /** Column header → its distinct values as written (columns with at most 40 of them). */
  distinctValues: Record<string, string[]>;
  /** Every canonical field of the kind, in model order, and the required ones. */
  fields: string[];
  required: string[];
  /**
   * The mapping kpi-core proposes by meaning (`proposeMapping`): when no preset is confident,
   * the screen starts from it. `confident` tells whether a preset recognised the file.
   */
  proposal: {
    confident: boolean;
    mapping: UserMapping;
    fields: Record<string, FieldProposal>;
    /** Required fields without a column, and useful ones. */
    missing: { required: string[]; useful: string[] };
    /** Values of mapped columns that no value map proposes a target for. */
    unmatchedValues: Partial<Record<ValueMappedField, string[]>>;
    /** Columns kpi-core left out on purpose (a plain due date is no SLA deadline), with the field they were close to. */
    setAside: { column: string; field: string }[];
    /** Every column of the file with sample values, its shape and its date format. */
    columns: ColumnSample[];
    /** Line of the header in the file, and whether it reads as labels. */
    headerLine: number;
    headerIsLabels: boolean;
    /** Fields whose column was chosen on thin evidence (kpi-core's `TRUSTED_CONFIDENCE`): the screen asks to check them. */
    unsure: string[];
    /** Deadline-named columns whose rows say otherwise, not taken as the deadline (`readAs`: taken as the resolution instead). */
    notDeadlines: { column: string; why: 'before-first-response' | 'equals-resolution'; share: number; readAs: 'resolvedAt' | null }[];
    /** Date columns of something other than a ticket (a purchase, a birth), never taken as the opening. */
    notTicketDates: string[];
    /** Set when the file is Zammad's time accounting download, not a ticket list. */
    timeAccounting: 'by-activity' | 'by-ticket' | null;
  };
}

/** What is loaded in the worker, for the pickers and the data page. */
export interface LoadSummary {
  source: 'demo' | 'files';
  files: { tickets: string; assets: string | null; policy: string | null; plan?: string | null };
  quality: { tickets: QualityReport; assets: QualityReport | null };
  clients: string[];
  timezone: string;
  currency: string;
  /** First and last ticket instants (ISO), for the period picker. */
  span: { from: string; to: string } | null;
  /** Default "now": the latest event in the tickets (ISO). */
  asOf: string | null;
  /**
   * The period shown when the URL names none: kpi-core's `defaultPeriod` (DESIGN §4, the latest
   * ended quarter busy enough, else the quarter of `asOf`), as a period label; null without dates.
   */
  defaultPeriod: string | null;
  /** The policy the figures are computed with (see {@link PolicyInUse}). */
  policy: PolicyInUse;
}

/**
 * The policy document in use and where it comes from: `edited` in the policy editor (saved in
 * the browser), the loaded `file` (the demo's `policy.json` or the user's), or `defaults` (none).
 * `file` is the loaded file's document, to go back to; `problem` is kpi-core's refusal of an
 * edited document that the worker did not apply (the previous policy stays).
 */
export interface PolicyInUse {
  document: Record<string, unknown>;
  source: 'edited' | 'file' | 'defaults';
  file: Record<string, unknown> | null;
  problem?: string;
}

export interface FileInput {
  name: string;
  /** A File or Blob from the page (structured-cloned to the worker), or text. */
  data: Blob | string;
}

export type Request =
  /** `edited`: a policy document that replaces the demo's policy (the policy editor's). */
  | { type: 'load-demo'; edited?: Record<string, unknown> | null }
  | { type: 'inspect'; kind: FileKind; file: FileInput }
  | {
      type: 'load';
      tickets: FileInput;
      assets: FileInput | null;
      policy: FileInput | null;
      /** A preventive plan CSV: replaces the policy's plan (for every client). */
      plan?: FileInput | null;
      mappings: Partial<Record<FileKind, UserMapping | null>>;
      /** The page's `navigator.hardwareConcurrency`: how many threads a large file may be read on. */
      cores?: number;
      /** A policy document edited in the browser: used when no policy file is given. */
      edited?: Record<string, unknown> | null;
    }
  /**
   * Computes with another policy document from now on (null: back to the loaded file's policy);
   * files are read again only when its time zone differs (local times are read in it).
   */
  | { type: 'policy'; document: Record<string, unknown> | null }
  | { type: 'report'; period: string | null; client: string | null; language: Language }
  /** The tickets behind a drill-down (`ticketSummaries`), from the loaded table. */
  | { type: 'tickets'; ids: string[] };

export type ResultOf<R extends Request['type']> = R extends 'load-demo' | 'load' | 'policy'
  ? LoadSummary
  : R extends 'inspect'
    ? Inspection
    : R extends 'report'
      ? Report
      : R extends 'tickets'
        ? TicketSummary[]
        : never;

/** Progress of a long step: which step, on which file, and the share done (0…1). */
export interface Progress {
  stage: 'read' | 'parse' | 'report';
  file: string | null;
  fraction: number;
  /** Threads the file is parsed on, when more than one. */
  threads?: number;
}

export type Envelope = { id: number } & Request;

/**
 * The worker's replies. A result's long arrays come first, as `chunk` replies (slices, in
 * order; see `chunks.ts`), then the `result` with those arrays empty: the client joins them.
 */
export type Reply =
  | { id: number; type: 'result'; value: unknown }
  | { id: number; type: 'chunk'; path: string[]; items: unknown[] }
  /** `revue`: a RevueError's code and place, so the page can say it in its language (`errorText`). */
  | { id: number; type: 'error'; message: string; revue?: PlainRevueError }
  | { id: number; type: 'progress'; progress: Progress };
