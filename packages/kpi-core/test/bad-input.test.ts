/**
 * The catalogue of broken and hostile inputs (fixtures/bad/, described in its README.md): each
 * case of fixtures/bad/cases.json is read through the public API (readTicketsFile,
 * readAssetsFile, parseMapping, parsePolicy) and must end exactly as the manifest says — a
 * RevueError with its code and one-line message, or a quality report with exact counts and
 * located issues — and every successful read must keep its row accounting and build a report
 * without a non-finite number. The expected values in cases.json were worked out by hand from
 * each file (the README says why each outcome is the sensible one). Big inputs (2 MB cell,
 * 10,000 columns, 1 GB file, a million delimiters) are generated here into a temp dir.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { RevueError, describeError } from '../src/internal/errors.js';
import { parseMapping } from '../src/ingest/mapping.js';
import { readTickets, type ReadOptions, type ReadResult } from '../src/ingest/read.js';
import type { QualityReport } from '../src/ingest/types.js';
import { assetRows, ticketColumns, ticketRows, ticketsFromRows, type AssetTable, type Table, type TicketTable } from '../src/model/tables.js';
import { readAssetsFile, readTicketsFile } from '../src/node/index.js';
import { parsePolicy } from '../src/policy/parse.js';
import { buildReport } from '../src/report/build.js';
import { thrown } from './thrown.js';

const BAD = fileURLToPath(new URL('../../../fixtures/bad/', import.meta.url));
const CLI = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const NOW = Date.UTC(2030, 0, 1);

interface Case {
  file: string;
  read: 'tickets' | 'assets' | 'policy' | 'mapping';
  what: string;
  outcome: string;
  timezone?: string;
  mapping?: string;
  error?: { code: string; message?: string; messagePrefix?: string };
  quality?: {
    rowsRead: number;
    accepted: number;
    rejected: number;
    blank: number;
    reasons: Record<string, number>;
    warnings: Record<string, number>;
    /** `row:column:code`, column empty for a whole-row issue, in file order. */
    issues: string[];
  };
  values?: { row: number; field: string; value: string | number | null }[];
  /** Exact message of the issue at that index. */
  messages?: Record<string, string>;
  report?: 'ok' | { code: string };
}

const cases = JSON.parse(readFileSync(join(BAD, 'cases.json'), 'utf8')) as Case[];

/** Every number anywhere in a value is finite (JSON.stringify would hide NaN as null). */
function nonFiniteNumbers(value: unknown, path = 'report', out: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
  } else if (Array.isArray(value)) value.forEach((item, i) => nonFiniteNumbers(item, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) nonFiniteNumbers(inner, `${path}.${key}`, out);
  }
  return out;
}

function accounting(quality: QualityReport, table: Table): void {
  expect(quality.rowsRead).toBe(quality.accepted + quality.rejected);
  expect(Object.values(quality.reasons).reduce((a, b) => a + b, 0)).toBe(quality.rejected);
  expect(table.numRows()).toBe(quality.accepted - quality.merged);
  for (const issue of quality.issues) expect(issue.message).not.toMatch(/[\r\n]/);
}

function readCase(c: Case): ReadResult<TicketTable | AssetTable> {
  const options: ReadOptions = { now: NOW, timezone: c.timezone ?? 'UTC' };
  if (c.mapping !== undefined) options.mapping = parseMapping(readFileSync(join(BAD, c.mapping), 'utf8'), { fileName: c.mapping });
  return c.read === 'assets' ? readAssetsFile(join(BAD, c.file), options) : readTicketsFile(join(BAD, c.file), options);
}

function run(c: Case): unknown {
  const text = () => readFileSync(join(BAD, c.file), 'utf8');
  if (c.read === 'policy') return parsePolicy(text(), { fileName: c.file });
  if (c.read === 'mapping') return parseMapping(text(), { fileName: c.file });
  return readCase(c);
}

const iso = (value: unknown) => (typeof value === 'number' ? new Date(value).toISOString() : value);

describe('fixtures/bad catalogue', () => {
  it('has at least 30 cases, one per file, each described in the README', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const readme = readFileSync(join(BAD, 'README.md'), 'utf8');
    const listed = new Set(cases.flatMap((c) => [c.file, ...(c.mapping ? [c.mapping] : [])]));
    for (const file of readdirSync(BAD)) {
      if (file === 'README.md' || file === 'cases.json') continue;
      expect(listed.has(file), `${file} is in cases.json`).toBe(true);
      expect(readme, `${file} is in README.md`).toContain(`\`${file}\``);
      // Only small files are committed; big ones are generated below.
      expect(readFileSync(join(BAD, file)).length).toBeLessThan(100_000);
    }
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    if (c.error !== undefined) {
      const error = thrown(() => run(c));
      expect(error.code).toBe(c.error.code);
      const message = describeError(error);
      expect(message).not.toMatch(/[\r\n]/);
      expect(message).toContain(c.file);
      if (c.error.message !== undefined) expect(message).toBe(c.error.message);
      if (c.error.messagePrefix !== undefined) expect(message.startsWith(c.error.messagePrefix), message).toBe(true);
      return;
    }
    const { table, quality } = readCase(c);
    const expected = c.quality!;
    expect({
      rowsRead: quality.rowsRead,
      accepted: quality.accepted,
      rejected: quality.rejected,
      blank: quality.blank,
      reasons: quality.reasons,
      warnings: quality.warnings,
      issues: quality.issues.map((issue) => `${issue.row}:${issue.column ?? ''}:${issue.code}`),
    }).toEqual(expected);
    accounting(quality, table);
    for (const issue of quality.issues) expect(issue.message.startsWith(`${c.file} row ${issue.row}`)).toBe(true);
    for (const [index, message] of Object.entries(c.messages ?? {})) expect(quality.issues[Number(index)]!.message).toBe(message);
    const rows: Record<string, unknown>[] = c.read === 'assets' ? assetRows(table as AssetTable) : ticketRows(table as TicketTable);
    for (const { row, field, value } of c.values ?? []) {
      const got = rows[row]![field];
      expect(field.endsWith('At') || field.endsWith('Date') ? iso(got) : got, `row ${row} ${field}`).toEqual(value);
    }
    if (c.read === 'tickets') {
      // Every accepted ticket has a usable opening instant, and a report builds from the table.
      const opened = ticketColumns(table as TicketTable).openedAt;
      for (let i = 0; i < opened.length; i++) expect(Number.isFinite(opened[i])).toBe(true);
    }
    const policy = parsePolicy({ timezone: c.timezone ?? 'UTC' });
    const data =
      c.read === 'assets'
        ? { tickets: ticketsFromRows([{ id: 'T1', openedAt: '2026-03-02T08:00:00Z', assetId: 'PC-1' }]), assets: table as AssetTable, policy, quality: { assets: quality } }
        : { tickets: table as TicketTable, policy, quality: { tickets: quality } };
    if (c.report !== undefined && c.report !== 'ok') {
      expect(thrown(() => buildReport(data)).code).toBe(c.report.code);
      return;
    }
    const report = buildReport(data);
    expect(nonFiniteNumbers(report)).toEqual([]);
    const dq = (report.dataQuality as unknown as Record<string, { rowsRead: number; accepted: number; rejected: number } | null>)[c.read]!;
    expect(dq).toMatchObject({ rowsRead: quality.rowsRead, accepted: quality.accepted, rejected: quality.rejected });
  });

  it('leaves Object.prototype untouched after the hostile keys', () => {
    for (const c of cases.filter((k) => k.file.includes('proto'))) {
      try {
        run(c);
      } catch {
        // refusals are checked above
      }
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe('generated big and pathological inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'revue-bad-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a 2 MB single cell, and quotes it in at most 60 characters when it is a bad date', () => {
    const cell = 'x'.repeat(2 * 1024 * 1024);
    const { table, quality } = readTickets(`id,openedAt,title\nT1,2026-03-02 08:00,"${cell}"\nT2,${cell},ok\n`, { now: NOW, fileName: 'big-cell.csv' });
    expect(quality).toMatchObject({ rowsRead: 2, accepted: 1, rejected: 1, reasons: { 'required-unparseable': 1 } });
    expect(ticketRows(table)[0]!.title).toHaveLength(cell.length);
    // "big-cell.csv row 3, openedAt: " + 57 x's + '..."' + " is not a date"
    expect(quality.issues[0]!.message).toBe(`big-cell.csv row 3, openedAt: "${'x'.repeat(57)}..." is not a date`);
  });

  it('reads 10,000 columns, and names a missing column in a short message', () => {
    const extra = Array.from({ length: 9_998 }, (_, i) => `c${i + 3}`);
    const header = ['id', 'openedAt', ...extra].join(',');
    const row = ['T1', '2026-03-02 08:00', ...extra.map(() => '1')].join(',');
    // Two known columns among 10,000 are no confident detection (canonical scores 0.75 × 6/29
    // + 0.25 × 2/10,000 = 0.155 < 0.2): auto-detection refuses and a named preset reads it.
    expect(thrown(() => readTickets(`${header}\n${row}\n`, { now: NOW })).code).toBe('unknown-format');
    const { quality } = readTickets(`${header}\n${row}\n`, { now: NOW, preset: 'canonical' });
    expect(quality).toMatchObject({ rowsRead: 1, accepted: 1, rejected: 0 });
    expect(quality.unmappedColumns).toHaveLength(9_998);
    const error = thrown(() => readTickets(`${['id', ...extra].join(',')}\n${row}\n`, { preset: 'canonical', fileName: 'wide.csv' }));
    expect(error.code).toBe('missing-column');
    // The first 20 column names, then how many more: 9,999 − 20 = 9,979.
    expect(describeError(error)).toBe(
      `wide.csv: no column for required field openedAt (preset canonical); the file's columns are: id, ${extra.slice(0, 19).join(', ')} … and 9979 more`,
    );
  });

  it('reads a row of a million empty cells in linear time', () => {
    const started = performance.now();
    const { quality } = readTickets(`id,openedAt\nT1,2026-03-02 08:00${','.repeat(1_000_000)}\n`, { now: NOW });
    expect(quality).toMatchObject({ rowsRead: 1, accepted: 1, issues: [] });
    // A hang guard, not a speed test (speed is the benchmark's job): linear work takes well under a second.
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('does not hang on 200,000 quote characters', () => {
    const started = performance.now();
    const { quality } = readTickets(`id,openedAt,title\nT1,2026-03-02 08:00,${'"'.repeat(200_001)}\n`, { now: NOW });
    expect(quality.rowsRead).toBe(quality.accepted + quality.rejected);
    // A hang guard, not a speed test (speed is the benchmark's job): linear work takes well under a second.
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('refuses a 1 GB file from its size, before reading it, with memory staying low', () => {
    const path = join(dir, 'tickets.csv');
    writeFileSync(path, 'id,openedAt\n');
    const fd = openSync(path, 'r+');
    ftruncateSync(fd, 1024 ** 3); // sparse: no disk or memory used
    closeSync(fd);
    const rssBefore = process.memoryUsage().rss;
    const error = thrown(() => readTicketsFile(path));
    expect(error.code).toBe('too-large');
    // 1024³ bytes = 1.0 GB; the default limit 512 MiB = 512 MB.
    expect(describeError(error)).toBe('tickets.csv is 1.0 GB; the limit is 512 MB (set maxBytes to raise it)');
    // Refused from its size: the process did not grow by anything like the file (1 GB).
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(50 * 1024 ** 2);
  });

  it('refuses more rows or bytes than configured, with a plain message', () => {
    const csv = `id,openedAt\n${Array.from({ length: 11 }, (_, i) => `T${i},2026-03-02 08:00`).join('\n')}\n`;
    expect(describeError(thrown(() => readTickets(csv, { maxRows: 10 })))).toBe(
      'tickets.csv has more than 10 rows; the limit is 10 (set maxRows to raise it)',
    );
    // csv.length = 12 + 11 × 19 (…T0-T9) + 20 (T10) = 241 characters: 241 bytes.
    expect(describeError(thrown(() => readTickets(csv, { maxBytes: 100 })))).toBe(
      `tickets.csv is ${csv.length} bytes; the limit is 100 bytes (set maxBytes to raise it)`,
    );
    expect(readTickets(csv, { maxRows: 11 }).quality.accepted).toBe(11);
  });
});

describe('the CLI on bad input', () => {
  function revue(args: string[]) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'report', ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    return { code: result.status, stderr: result.stderr };
  }

  it.each([
    [['--tickets', join(BAD, 'empty.csv')], 'revue: empty.csv is empty: it holds no row, not even a header row'],
    [['--tickets', join(BAD, 'zip-as-csv.csv')], 'revue: zip-as-csv.csv is not a CSV text file (a ZIP or XLSX file); export it as CSV and try again'],
    [['--tickets', join(BAD, 'header-only.csv')], null],
  ])('exits 2 with one line on stderr and no stack trace: %j', (args, line) => {
    const { code, stderr } = revue(args);
    expect(code).toBe(2);
    const lines = stderr.trim().split('\n').filter((l) => !l.startsWith('revue: reading') && !/\(\w+\): \d+ rows/.test(l));
    expect(lines).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
    if (line !== null) expect(lines[0]).toBe(line);
  });

  it('refuses a file no preset recognises naming no preset, and proposes a mapping on stderr', () => {
    const { code, stderr } = revue(['--tickets', join(BAD, 'missing-required-column.csv')]);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).not.toMatch(/\(preset \w+\)/);
    const lines = stderr.trim().split('\n').filter((l) => !l.startsWith('revue: reading'));
    expect(lines[0]).toBe(
      "revue: missing-required-column.csv: no preset recognises these columns, so Revue needs a mapping saying which column holds what (at least the ticket id and opening date); the file's columns are: id, title, priority",
    );
    expect(lines).toContain('revue:   required and not found: “Opened” ("openedAt") — in "columns", give each key its column');
    expect(lines.at(-1)).toMatch(/^revue: to use it: revue mapping .*missing-required-column\.csv --out missing-required-column\.mapping\.json, check and edit missing-required-column\.mapping\.json, then add --mapping missing-required-column\.mapping\.json$/);
  });
});
