#!/usr/bin/env node
/**
 * `revue` — the command line. The only place that prints, exits, or touches the file system
 * besides src/node. Every failure a user can cause ends in one line and exit code 2.
 */
import { accessSync, closeSync, constants, createWriteStream, mkdirSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RevueError } from '../internal/errors.js';
import { parseMapping } from '../ingest/mapping.js';
import { ERROR_TEXT } from '../ingest/messages.js';
import { proposeMapping, type MappingProposal } from '../ingest/propose.js';
import { pauseReadOptions } from '../ingest/read.js';
import type { QualityReport } from '../ingest/types.js';
import { readReviewFiles } from '../node/index.js';
import { parsePolicy } from '../policy/parse.js';
import { parsePlanCsv, withPreventivePlan } from '../policy/plan.js';
import { ticketColumns } from '../model/tables.js';
import { buildReport, clientsOf } from '../report/build.js';
import { policyWithClientSpellings } from '../report/clients.js';
import { reportToMarkdown } from '../report/markdown.js';
import { CATALOGUES } from '../report/messages.js';
import { figureDefaults } from '../report/beside.js';
import { formatter } from '../report/format.js';
import type { PolicyNotice, Report } from '../report/types.js';
import { chartLibraries, reportToHtml } from './html.js';
import { jsonChunks, writeChunks } from './json-stream.js';
import { proposalJson, proposalLines } from './proposal.js';
import { CLI_TEXT, cliLanguage, errorLine, type CliLanguage, type CliText } from './messages.js';

const FORMATS = ['json', 'md', 'html'] as const;
type Format = (typeof FORMATS)[number];

/** Exit codes: 0 done, 1 unexpected failure (a bug), 2 bad input or bad usage. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // Every line of the run in the language asked for, refusals of the arguments included.
  const text = CLI_TEXT[cliLanguage(argv)];
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(`${text.usage}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (command === 'mapping') return mappingCommand(rest, text);
  if (command !== 'report') throw new RevueError('usage', text.unknownCommand(command));

  const { values } = parseArgs({
    args: rest,
    strict: true,
    options: {
      tickets: { type: 'string' },
      assets: { type: 'string' },
      policy: { type: 'string' },
      plan: { type: 'string' },
      mapping: { type: 'string' },
      'assets-mapping': { type: 'string' },
      preset: { type: 'string', default: 'auto' },
      period: { type: 'string' },
      client: { type: 'string' },
      'as-of': { type: 'string' },
      format: { type: 'string', default: 'json' },
      detail: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      out: { type: 'string' },
      'by-client': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${text.usage}\n`);
    return 0;
  }
  if (!values.tickets) throw new RevueError('usage', text.ticketsRequired);
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new RevueError('usage', text.formatMust(String(values.format)));
  // vega and vega-lite are optional: say they are missing before reading a large file, not after.
  if (format === 'html') await chartLibraries();
  if (values.detail !== undefined && values.detail !== 'full') throw new RevueError('usage', text.detailOnlyFull(values.detail));
  const detail: Detail = values.detail === 'full' ? 'full' : 'compact';
  if (values.lang !== 'en' && values.lang !== 'fr') throw new RevueError('usage', text.langMust(String(values.lang)));
  const language = values.lang;
  // Where the review goes is checked before reading: a missing folder is said at once, not
  // after minutes of computing.
  if (values['by-client']) prepareFolder(values['by-client'], text);
  else if (values.out) checkWritable(values.out, text);

  const policyOnly = values.policy ? parsePolicy(readJson(values.policy, text), { fileName: basename(values.policy) }) : parsePolicy({});
  // A plan file is the whole plan: it replaces the policy's, clients' plans included.
  const policy = values.plan ? withPreventivePlan(policyOnly, parsePlanCsv(readBytes(values.plan, text), { fileName: basename(values.plan) })) : policyOnly;
  const mapping = values.mapping ? parseMapping(readJson(values.mapping, text), { fileName: basename(values.mapping) }) : undefined;
  const assetsMapping = values['assets-mapping'] ? parseMapping(readJson(values['assets-mapping'], text), { kind: 'assets', fileName: basename(values['assets-mapping']) }) : undefined;
  if (assetsMapping && !values.assets) throw new RevueError('usage', text.assetsMappingNeedsAssets);
  const progress = progressPrinter(text);
  const timing = stepTimer(process.env.REVUE_TIMING === '1');
  // Both files at once; a large ticket file is read in parts on every core.
  const files = await readOrPropose(
    language,
    {
      path: values.tickets,
      options: {
        timezone: policy.timezone,
        preset: values.preset,
        ...(mapping ? { mapping } : {}),
        // An event log's status history measures the paused time (the policy is read first), with
        // each client override's own list.
        ...pauseReadOptions(policy),
        ...progressOption(progress(basename(values.tickets), values.tickets)),
      },
    },
    values.assets
      ? {
          path: values.assets,
          // A price in another currency than the review's is left empty and flagged, never summed as if it were in it.
          options: { timezone: policy.timezone, currency: policy.rates.currency, ...(assetsMapping ? { mapping: assetsMapping } : {}), ...progressOption(progress(basename(values.assets), values.assets)) },
        }
      : null,
  );
  if (files === null) return 2;
  timing.step('read');
  const { tickets, assets } = files;
  // Said once the review is built: a refusal (an unknown client, a bad period) stays one line.
  const summarise = (report: Report) => {
    summariseQuality(tickets.quality, text);
    if (assets) summariseQuality(assets.quality, text);
    // What the policy asks that the data gives no hold to (also in the review). A client's
    // review names no other client: its overrides are checked against the whole data here.
    const notices = [...(report.policyNotices ?? []), ...(report.client === null ? [] : unknownOverrides(data))];
    for (const notice of notices) process.stderr.write(`revue: ${CATALOGUES[language].policyNotice(notice)}\n`);
    const later = report.dataQuality.tickets?.warnings['opened-after-as-of'] ?? 0;
    if (later > 0) process.stderr.write(`revue: ${text.openedAfter(later, report.asOf)}\n`);
    // No column says how tickets ended (report/end-state.ts): the backlog and the resolution figures are null, said here too.
    if (tickets.quality.noEndState === true) process.stderr.write(`revue: ${CATALOGUES[language].noEndState}\n`);
    // Closings standing for resolutions, and a data date far from the data: said here too, as in the review.
    const closings = figureDefaults(report).closingEnds;
    if (closings != null && closings.batch !== null) process.stderr.write(`revue: ${CATALOGUES[language].closingEnds(closings, formatter(language, report.currency, report.timezone))}\n`);
    if (report.asOfStray != null) process.stderr.write(`revue: ${CATALOGUES[language].asOfStray(report.asOfStray, formatter(language, report.currency, report.timezone))}\n`);
  };

  const data = {
    tickets: tickets.table,
    assets: assets?.table ?? null,
    policy,
    quality: { tickets: tickets.quality, assets: assets?.quality ?? null },
  };
  const options = {
    ...(values.period ? { period: values.period } : {}),
    ...(values['as-of'] ? { asOf: values['as-of'] } : {}),
    language,
    // The JSON leaves out the previous period's per-asset maps and id lists unless `--detail
    // full`: built so (`compactReport` of the full report, without computing what it drops).
    previousDetail: format === 'json' && detail === 'compact' ? 'compact' : 'full',
  } as const;

  if (values['by-client']) {
    const dir = values['by-client'];
    const clients = values.client ? [values.client] : clientsOf(data);
    // A file whose tickets name no client has nothing to split: one line, exit 2, rather than
    // an empty folder and silence (one review of all clients is what --out gives).
    if (clients.length === 0) {
      throw new RevueError('usage', text.noClientToSplit(tickets.quality.accepted), { file: tickets.quality.file });
    }
    // Folded alike on a disk that ignores case and accents ("Café", "Cafe", "CAFÉ "), two clients
    // would write one file: the second gets a number, and each line names its client.
    const taken = new Set<string>();
    let summarised = false;
    for (const client of clients) {
      const report = buildReport(data, { ...options, client });
      timing.step('report');
      if (!summarised) {
        summarise(report);
        summarised = true;
      }
      const file = join(dir, `${uniqueFileName(safeFileName(report.client ?? client), format, taken)}.${format}`);
      await write(report, format, file, text);
      timing.step('write');
      process.stderr.write(`revue: ${text.wroteClient(file, report.client ?? client)}\n`);
    }
    // Tickets without a client are in none of the per-client reviews: said, with their count.
    if (!values.client) {
      const unnamed = countWithoutClient(ticketColumns(data.tickets).client);
      if (unnamed > 0) process.stderr.write(`revue: ${text.withoutClient(unnamed)}\n`);
    }
    timing.print();
    return 0;
  }

  const report = buildReport(data, { ...options, client: values.client ?? null });
  timing.step('report');
  summarise(report);
  await write(report, format, values.out ?? null, text);
  timing.step('write');
  if (values.out) process.stderr.write(`revue: ${text.wrote(values.out)}\n`);
  timing.print();
  return 0;
}

/**
 * With `REVUE_TIMING=1`, one line on standard error at the end: the wall time of reading,
 * building the report(s) and writing, and the peak resident memory — for the benchmark
 * (bench/cli.ts), never in normal output. Steps repeated (`--by-client`) add up.
 */
function stepTimer(on: boolean) {
  const spent: Record<string, number> = {};
  // The peak resident memory once each step first ends (maxRSS is in kibibytes).
  const peaks: Record<string, number> = {};
  let last = performance.now();
  return {
    step(name: 'read' | 'report' | 'write'): void {
      if (!on) return;
      const now = performance.now();
      spent[name] = (spent[name] ?? 0) + (now - last);
      peaks[name] ??= process.resourceUsage().maxRSS;
      last = now;
    },
    print(): void {
      if (!on) return;
      const mb = (kib: number) => `${Math.round(kib / 1024)} MB`;
      const steps = Object.entries(spent).map(([name, ms]) => `${name} ${Math.round(ms)} ms`);
      const peaksSoFar = Object.entries(peaks).map(([name, kib]) => `after ${name} ${mb(kib)}`);
      process.stderr.write(`revue: timing ${steps.join(', ')}; peak RSS ${mb(process.resourceUsage().maxRSS)} (${peaksSoFar.join(', ')})\n`);
    },
  };
}

/**
 * Reads the review's files; a file no preset recognises is refused with a mapping proposed by
 * meaning, on standard error, and how to save and use it (then null: exit code 2).
 */
async function readOrPropose(language: CliLanguage, ...args: Parameters<typeof readReviewFiles>): Promise<Awaited<ReturnType<typeof readReviewFiles>> | null> {
  try {
    return await readReviewFiles(...args);
  } catch (error) {
    if (!(error instanceof RevueError) || error.code !== 'unknown-format') throw error;
    const [ticketFile, assetFile] = args;
    const isAssets = assetFile != null && error.file === basename(assetFile.path) && error.file !== basename(ticketFile.path);
    const path = isAssets ? assetFile!.path : ticketFile.path;
    process.stderr.write(`revue: ${errorLine(error, language)}\n`);
    let proposal: MappingProposal;
    try {
      proposal = proposeMapping(readHead(path, CLI_TEXT[language]), { kind: isAssets ? 'assets' : 'tickets', fileName: basename(path) });
    } catch {
      return null; // the refusal above says it all
    }
    for (const line of proposalLines(proposal, language)) process.stderr.write(`revue: ${line}\n`);
    const out = mappingFileName(path);
    const option = isAssets ? '--assets-mapping' : '--mapping';
    process.stderr.write(`revue: ${CLI_TEXT[language].toUseProposal(path, isAssets, out, option)}\n`);
    return null;
  }
}

/** `tickets.mapping.json` beside `tickets.csv`. */
function mappingFileName(path: string): string {
  return `${basename(path).replace(/\.[^.]+$/, '')}.mapping.json`;
}

/**
 * The bytes a proposal needs: the first 4 MB of a text file (its header and first rows), or
 * the whole of a workbook (a ZIP's directory is at its end).
 */
function readHead(path: string, text: CliText, max = 4 * 1024 * 1024): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new RevueError('file', text.cannotRead, { file: basename(path) });
  }
  try {
    const size = statSync(path).size;
    const magic = new Uint8Array(2);
    readSync(fd, magic, 0, 2, 0);
    const zip = magic[0] === 0x50 && magic[1] === 0x4b;
    const length = zip ? size : Math.min(size, max);
    const bytes = new Uint8Array(length);
    let read = 0;
    while (read < length) {
      const n = readSync(fd, bytes, read, length - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** `revue mapping FILE [--assets] [--out FILE]`: the proposal as JSON, and its summary on standard error. */
function mappingCommand(args: string[], text: CliText): number {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    // --lang is read by cliLanguage before parsing; taken here so that it is not refused.
    options: { assets: { type: 'boolean', default: false }, out: { type: 'string' }, lang: { type: 'string', default: 'en' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.lang !== 'en' && values.lang !== 'fr') throw new RevueError('usage', text.langMust(String(values.lang)));
  const language: CliLanguage = values.lang;
  if (values.help) {
    process.stdout.write(`${text.usage}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new RevueError('usage', text.mappingNeedsOneFile);
  const path = positionals[0]!;
  const kind = values.assets ? 'assets' : 'tickets';
  const proposal = proposeMapping(readHead(path, text), { kind, fileName: basename(path) });
  // Nothing to propose from a file without a single record (0 bytes, blank lines, a copy cut
  // off): refused as the report refuses it, where the proposal asked whether the header was missing.
  if (proposal.columns.length === 0) throw new RevueError('empty', ERROR_TEXT.empty(basename(path)), { file: basename(path) });
  const out = values.out ?? mappingFileName(path);
  const use = `revue report ${kind === 'assets' ? '--tickets TICKETS --assets' : '--tickets'} ${path} ${kind === 'assets' ? '--assets-mapping' : '--mapping'} ${out}`;
  const json = proposalJson(proposal, use, language);
  for (const line of proposalLines(proposal, language)) process.stderr.write(`revue: ${line}\n`);
  if (values.out) {
    try {
      writeFileSync(values.out, json);
    } catch (error) {
      throw fileError(error, values.out, text);
    }
    process.stderr.write(`revue: ${text.wroteProposal(values.out, use)}\n`);
  } else process.stdout.write(json);
  return 0;
}

/** `full`: the report as built; `compact`: the previous period without its drill-down lists. */
type Detail = 'full' | 'compact';

/**
 * The review to a file, or to standard output (null) ending in a newline. JSON goes out in
 * chunks as the destination drains, never as one string: at a million tickets it is hundreds
 * of megabytes. The previous period's per-asset maps and id lists (a third of that, and no
 * review drills into them) stay out unless `--detail full`: the report is built so
 * (`previousDetail`).
 */
async function write(report: Report, format: Format, file: string | null, text: CliText): Promise<void> {
  if (format !== 'json') {
    const review = format === 'md' ? reportToMarkdown(report) : await reportToHtml(report);
    if (file !== null) {
      try {
        writeFileSync(file, review);
      } catch (error) {
        throw fileError(error, file, text);
      }
    } else process.stdout.write(review.endsWith('\n') ? review : `${review}\n`);
    return;
  }
  const chunks = jsonChunks(report);
  if (file === null) {
    // Standard output (a file, a pipe or a terminal) is done with a buffer when it calls back.
    await writeChunks(chunks, process.stdout, { reuseBuffers: true });
    process.stdout.write('\n');
    return;
  }
  // Room for a few writes in flight: the next megabytes are made while the disk takes these.
  const out = createWriteStream(file, { highWaterMark: 1 << 22 });
  // Its errors reach us through writeChunks or finished (which sees an error already raised);
  // this listener only keeps one raised between the two from crashing the process.
  out.on('error', () => {});
  try {
    await writeChunks(chunks, out, { reuseBuffers: true });
  } catch (error) {
    out.destroy();
    throw fileError(error, file, text);
  }
  out.end();
  await finished(out).catch((error: unknown) => {
    throw fileError(error, file, text);
  });
}

/** A write that failed (a missing folder, a full disk) is the user's to fix: one line, exit 2. */
function fileError(error: unknown, file: string, text: CliText): RevueError {
  const code = error instanceof Error && 'code' in error ? String((error as { code: unknown }).code) : '';
  return new RevueError('file', text.cannotWrite(code), { file: basename(file) });
}

function readBytes(path: string, text: CliText): Uint8Array {
  try {
    return readFileSync(path);
  } catch {
    throw new RevueError('file', text.cannotRead, { file: basename(path) });
  }
}

function readJson(path: string, text: CliText): unknown {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch {
    throw new RevueError('file', text.cannotRead, { file: basename(path) });
  }
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    const where = /position (\d+)/.exec(String(error));
    const row = where ? content.slice(0, Number(where[1])).split('\n').length : undefined;
    // The parser's own words (from Node, in English) stay in the English line only: the line
    // already names the file and the row.
    throw new RevueError('json', text.notJson((error as Error).message), { file: basename(path), ...(row ? { row } : {}) });
  }
}

/** The policy's client overrides that name no client of the whole data (`Report.policyNotices` of the report of all clients). */
function unknownOverrides(data: Parameters<typeof clientsOf>[0] & { policy: Parameters<typeof policyWithClientSpellings>[0] }): PolicyNotice[] {
  if (Object.keys(data.policy.clients).length === 0) return [];
  return policyWithClientSpellings(data.policy, clientsOf(data)).unknown.map((name) => ({ code: 'unknown-client', name }));
}

function summariseQuality(quality: QualityReport, text: CliText): void {
  // Kept rows with a flag (ambiguous or future dates, duplicates…): named in the review's data quality.
  // (`no-time-of-day` is said once per column, not per row: not a flagged row.)
  const flagged = Object.entries(quality.warnings).reduce((sum, [code, count]) => (code === 'no-time-of-day' ? sum : sum + count), 0);
  const line = text.quality({ file: quality.file, preset: quality.preset.name, rowsRead: quality.rowsRead, accepted: quality.accepted, rejected: quality.rejected, blank: quality.blank ?? 0, merged: quality.merged ?? 0, flagged });
  process.stderr.write(`revue: ${line}\n`);
}

/** Files from this size on get their reading progress on stderr (DESIGN §7: for large files). */
const PROGRESS_FROM_BYTES = 32 * 1024 * 1024;

/** Progress on stderr, only for files big enough to make a user wait. */
function progressPrinter(text: CliText) {
  return (file: string, path: string) => {
    let size = 0;
    try {
      size = statSync(path).size;
    } catch {
      // The reader names a missing file; no progress to show.
    }
    if (size < PROGRESS_FROM_BYTES) return undefined;
    let shown = -1;
    return (fraction: number) => {
      const percent = Math.floor(fraction * 10) * 10;
      if (percent === shown) return;
      shown = percent;
      process.stderr.write(`revue: ${text.reading(file, percent)}\n`);
    };
  };
}

function progressOption(onProgress: ((fraction: number) => void) | undefined) {
  return onProgress === undefined ? {} : { onProgress };
}

/**
 * The folder of `--by-client`, made now (before reading): an existing file of that name, or a
 * folder that cannot be made, is the user's to fix — one line, exit 2.
 */
function prepareFolder(dir: string, text: CliText): void {
  let isFile = false;
  try {
    isFile = !statSync(dir).isDirectory();
  } catch {
    // Not there yet: made below.
  }
  if (isFile) throw new RevueError('file', text.notAFolderForByClient, { file: basename(dir) });
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String((error as { code: unknown }).code) : '';
    throw new RevueError('file', text.cannotMakeFolder(code), { file: basename(dir) });
  }
}

/** The folder of `--out` must exist and be writable, and the file must not be a folder. */
function checkWritable(file: string, text: CliText): void {
  const folder = dirname(resolve(file));
  let problem: string | null = null;
  try {
    if (!statSync(folder).isDirectory()) problem = text.outFolderNotFolder(folder);
  } catch {
    problem = text.outFolderMissing(folder);
  }
  if (problem === null) {
    try {
      if (statSync(file).isDirectory()) problem = text.outIsFolder;
    } catch {
      // A new file.
    }
  }
  if (problem === null) {
    try {
      accessSync(folder, constants.W_OK);
    } catch {
      problem = text.outFolderNotWritable(folder);
    }
  }
  if (problem !== null) throw new RevueError('file', problem, { file: basename(file) });
}

/**
 * `name`, or `name-2`, `name-3`… : unique among `taken` ignoring case, as on the disks of
 * Windows and macOS ("Cafe" and "CAFE" are one file there).
 */
function uniqueFileName(name: string, extension: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(`${candidate}.${extension}`.toLowerCase()); n++) candidate = `${name}-${n}`;
  taken.add(`${candidate}.${extension}`.toLowerCase());
  return candidate;
}

function countWithoutClient(clients: ArrayLike<string | null>): number {
  let count = 0;
  for (let row = 0; row < clients.length; row++) if (!clients[row]) count++;
  return count;
}

function safeFileName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\w.-]+/g, '_').replace(/^_+|_+$/g, '') || 'client';
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}

const isMain = process.argv[1] !== undefined && /(?:cli[\\/]main\.[jt]s|[\\/]revue)$/.test(process.argv[1]);
if (isMain) {
  const language = cliLanguage(process.argv.slice(2));
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof RevueError) {
        process.stderr.write(`revue: ${errorLine(error, language)}\n`);
        process.exitCode = 2;
      } else if (isUsageError(error)) {
        process.stderr.write(`revue: ${argumentLine(error as Error & { code: string }, language)}\n`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`revue: ${CLI_TEXT[language].unexpected(error instanceof Error ? error.message : String(error))}\n`);
        process.exitCode = 1;
      }
    },
  );
}

function isUsageError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS');
}

/**
 * A refusal of node:util's parseArgs in the run's language: its code, and the option or
 * argument its English message quotes ("Unknown option '--x'…"). In English, Node's own
 * sentence (it says how to pass an argument that starts with a dash).
 */
function argumentLine(error: Error & { code: string }, language: CliLanguage): string {
  if (language === 'en') return error.message;
  const named = /'([^']+)'/.exec(error.message)?.[1] ?? null;
  return CLI_TEXT[language].badArgument(error.code, named);
}
