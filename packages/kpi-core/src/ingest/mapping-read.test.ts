// The reader with a mapping for the long tail (DESIGN §3): extends, optional columns a file
// lacks, placeholders read as empty, duration columns, asset mappings, and mappings given as
// plain objects. Expected values are worked out by hand in each test.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RevueError } from '../internal/errors.js';
import { assetRows, ticketRows } from '../model/tables.js';
import { instantFromDuration } from './durations.js';
import { ASSET_PRESETS } from './presets/index.js';
import type { Mapping } from './mapping.js';
import { readAssets, readTickets } from './read.js';
import { thrown } from '../../test/thrown.js';

const NOW = Date.UTC(2026, 3, 1);
const utc = (iso: string) => Date.parse(iso);

const codes = (quality: { issues: { code: string; row: number; column: string | null }[] }) => quality.issues.map((i) => `${i.row}:${i.column ?? ''}:${i.code}`);

describe('extends', () => {
  // GLPI with a renamed opening-date column the preset cannot know: the user names it.
  const csv = `"ID";"Título";"Registado em";"Prioridade";"Entité";\n"2 553";"Impressora";"02-03-2026 08:15";"Haute";"Entité racine > Bistro";\n`;

  it("keeps the preset's cleaning (ids 2 553 → 2553), transforms and value maps, changing only the mapping's columns", () => {
    const mapping = { extends: 'glpi', columns: { openedAt: 'Registado em', title: 'Título', priority: 'Prioridade' } };
    const { table, quality } = readTickets(csv, { mapping, now: NOW, timezone: 'Europe/Paris' });
    expect(quality.preset).toMatchObject({ name: 'glpi+mapping' });
    // "2 553" ungrouped by GLPI's id transform; "Haute" → P2 through GLPI's priority map; the
    // entity path cut to its last segment; 08:15 Paris (CET) = 07:15Z.
    expect(ticketRows(table)[0]).toMatchObject({ id: '2553', title: 'Impressora', priority: 'P2', client: 'Bistro', openedAt: utc('2026-03-02T07:15:00Z') });
  });

  it('applies even when the preset would not be detected, and refuses a conflicting preset option', () => {
    // Without extends the file is unknown: no preset finds its opening date.
    expect(thrown(() => readTickets(csv, { now: NOW })).code).toBe('unknown-format');
    const error = thrown(() => readTickets(csv, { mapping: { extends: 'glpi', columns: { openedAt: 'Registado em' } }, preset: 'jira' }));
    expect(error).toMatchObject({ code: 'bad-option', message: 'the mapping extends preset glpi but preset jira was asked for; keep one' });
  });
});

describe('a column the mapping names but the file lacks', () => {
  const csv = 'Ticket;Opened;Site\nT1;2026-03-02 08:15;Lyon\nT2;2026-03-02 09:00;Paris\n';

  it('is a warning for an optional field (once, at the header), so one mapping serves many exports', () => {
    const mapping = { columns: { id: 'Ticket', openedAt: 'Opened', assetId: 'CI', site: 'Location' } };
    const { table, quality } = readTickets(csv, { mapping, now: NOW, fileName: 'export.csv' });
    expect(quality).toMatchObject({ rowsRead: 2, accepted: 2, rejected: 0, warnings: { 'optional-column-missing': 2 } });
    expect(quality.issues.map((i) => i.message)).toEqual([
      `export.csv row 1: the mapping's column "CI" (for assetId) is not in the file; assetId left empty`,
      `export.csv row 1: the mapping's column "Location" (for site) is not in the file; site left empty`,
    ]);
    expect(ticketRows(table)[0]).toMatchObject({ id: 'T1', assetId: null, site: null });
  });

  it("falls back on the preset's own column when the mapping's is absent", () => {
    const mapping = { extends: 'canonical', columns: { site: 'Location' } };
    const { table, quality } = readTickets('id,openedAt,site\nT1,2026-03-02 08:15,Lyon\n', { mapping, now: NOW });
    expect(quality.issues.map((i) => i.message)).toEqual([`tickets.csv row 1: the mapping's column "Location" (for site) is not in the file; site read from "site" instead`]);
    expect(ticketRows(table)[0]!.site).toBe('Lyon');
  });

  it('still refuses for a required field', () => {
    expect(thrown(() => readTickets(csv, { mapping: { columns: { id: 'Number', openedAt: 'Opened' } } }))).toMatchObject({
      code: 'mapping-column-missing',
      message: 'tickets.csv: mapping column "Number" (for id) is not in the file',
    });
  });
});

describe('empty placeholders', () => {
  const csv = ['id,openedAt,resolvedAt,assetId,cost', 'T1,2026-03-02 08:15,1900-01-01 00:00:00,0,0', 'T2,2026-03-02 09:00,-,PC-1,12', '-,2026-03-02 10:00,,-,'].join('\n');

  it('reads "*" placeholders as empty in every column and per-field ones in their column only', () => {
    const mapping: Mapping = { columns: {}, values: {}, extends: 'canonical', empty: { '*': ['-', '1900-01-01 00:00:00'], assetId: ['0'] } };
    const { table, quality } = readTickets(csv, { mapping, now: NOW });
    // Row 4: id "-" is empty → required-missing; the other rows accepted, no date-out-of-range flag for 1900.
    expect(quality).toMatchObject({ rowsRead: 3, accepted: 2, rejected: 1, reasons: { 'required-missing': 1 }, warnings: {} });
    const rows = ticketRows(table);
    // "0" empties assetId but not the cost of 0.
    expect(rows[0]).toMatchObject({ resolvedAt: null, assetId: null, cost: 0 });
    expect(rows[1]).toMatchObject({ resolvedAt: null, assetId: 'PC-1', cost: 12 });
  });

  it('without them, the same file flags what it cannot read', () => {
    const { quality } = readTickets(csv, { now: NOW });
    expect(quality.warnings).toMatchObject({ 'date-out-of-range': 1, 'unparseable-value': 1 });
  });
});

describe('durations', () => {
  it('resolvedAt = openedAt + a duration in seconds where the file has no resolution time, flagged', () => {
    // ServiceNow-like: calendar_duration in seconds; INC2 has its own resolved_at, kept.
    const csv = ['Number,Opened,Resolved,Time to close (s)', 'INC1,2026-03-02 08:15,,3725', 'INC2,2026-03-02 09:00,2026-03-02 09:30,7200', 'INC3,2026-03-02 10:00,,'].join('\n');
    const mapping = { columns: { id: 'Number', openedAt: 'Opened', resolvedAt: 'Resolved' }, durations: { 'Time to close (s)': { field: 'resolvedAt', unit: 'seconds' } } };
    const { table, quality } = readTickets(csv, { mapping, now: NOW });
    const rows = ticketRows(table);
    // 3725 s = 62 min 5 s → 08:15 + 62 min = 09:17 (taken at the minute).
    expect(rows.map((r) => r.resolvedAt)).toEqual([utc('2026-03-02T09:17:00Z'), utc('2026-03-02T09:30:00Z'), null]);
    expect(codes(quality)).toEqual(['2:Time to close (s):resolution-from-duration']);
    expect(quality.issues[0]!.message).toBe('tickets.csv row 2, Time to close (s): resolvedAt computed as the opening time plus this duration (62 minutes); the export has no date for it');
  });

  it('firstResponseAt = openedAt + a duration where the file has no first response, flagged response-from-duration (not as a resolution)', () => {
    const csv = ['Number,Opened,First response,Minutes to first response', 'INC1,2026-03-02 08:15,,45', 'INC2,2026-03-02 09:00,2026-03-02 09:10,30', 'INC3,2026-03-02 10:00,,'].join('\n');
    const mapping = { columns: { id: 'Number', openedAt: 'Opened', firstResponseAt: 'First response' }, durations: { 'Minutes to first response': { field: 'firstResponseAt', unit: 'minutes' } } };
    const { table, quality } = readTickets(csv, { mapping, now: NOW });
    // 08:15 + 45 min = 09:00; INC2 keeps its own 09:10; INC3 has neither.
    expect(ticketRows(table).map((r) => r.firstResponseAt)).toEqual([utc('2026-03-02T09:00:00Z'), utc('2026-03-02T09:10:00Z'), null]);
    expect(codes(quality)).toEqual(['2:Minutes to first response:response-from-duration']);
    expect(quality.issues[0]!.message).toBe('tickets.csv row 2, Minutes to first response: firstResponseAt computed as the opening time plus this duration (45 minutes); the export has no date for it');
  });

  it('goes through the status rules: an open or pending ticket gets no resolution from a duration', () => {
    const csv = ['Number,Opened,State,Duration', 'INC1,2026-03-02 08:15,Closed,600', 'INC2,2026-03-02 09:00,Open,600'].join('\n');
    const mapping = { columns: { id: 'Number', openedAt: 'Opened', status: 'State' }, values: { status: { Closed: 'closed', Open: 'open' } }, durations: { Duration: { field: 'resolvedAt', unit: 'seconds' } } };
    const rows = ticketRows(readTickets(csv, { mapping, now: NOW }).table);
    // 600 s = 10 min after 08:15; INC2 is open: no resolution.
    expect(rows.map((r) => [r.statusClass, r.resolvedAt])).toEqual([['closed', utc('2026-03-02T08:25:00Z')], ['open', null]]);
  });

  it('text durations and first responses; effort read in hours', () => {
    const csv = ['Ref;Créé le;Prise en compte;Temps passé (h)', 'A;02/03/2026 08:00;1 heures 30 minutes;1,5', 'B;03/03/2026 08:00;00:20;'].join('\n');
    const mapping = {
      columns: { id: 'Ref', openedAt: 'Créé le' },
      durations: { 'Prise en compte': { field: 'firstResponseAt', unit: 'text' }, 'Temps passé (h)': { field: 'effortMinutes', unit: 'hours' } },
    };
    const { table } = readTickets(csv, { mapping, now: NOW });
    expect(ticketRows(table)).toMatchObject([
      { firstResponseAt: utc('2026-03-02T09:30:00Z'), effortMinutes: 90 }, // 1 h 30 min; 1,5 h = 90 min
      { firstResponseAt: utc('2026-03-03T08:20:00Z'), effortMinutes: null }, // 00:20 = 20 min
    ]);
  });

  it('instantFromDuration fills only missing instants, never from a negative or unknown duration', () => {
    const target = new Float64Array([NaN, 5, NaN, NaN, NaN]);
    const opened = new Float64Array([0, 0, NaN, 0, 0]);
    const minutes = new Float64Array([1.4, 10, 3, -2, 1.5]);
    expect(instantFromDuration(target, opened, minutes)).toEqual([0, 4]);
    // Rounded to the minute as the status rules round: 1.4 → 1 min, 1.5 → 2 min.
    expect([...target]).toEqual([60_000, 5, NaN, NaN, 120_000]);
  });
});

describe('asset files take a mapping', () => {
  it('reads asset columns (purchaseDate is an asset field, not a ticket one)', () => {
    const csv = 'Patrimônio;Comprado em;Valor\nPAT-1;15/01/2024;4.599,00\n';
    const { table } = readAssets(csv, { mapping: { columns: { id: 'Patrimônio', purchaseDate: 'Comprado em', purchaseCost: 'Valor' } }, now: NOW });
    expect(assetRows(table)[0]).toMatchObject({ id: 'PAT-1', purchaseDate: utc('2024-01-15T00:00:00Z'), purchaseCost: 4599 });
  });

  // A mapped list's status column is looked for under every asset preset's lifecycle headers
  // (taken from the presets, so that the two cannot drift): ServiceNow's `install_status` and
  // Lansweeper's `Statename` were missing from the mapping's own copy, and a retired asset
  // without a date went unsaid. Each header below is a preset's; PAT-2 is retired, undated.
  it.each([...new Set(Object.values(ASSET_PRESETS).flatMap((preset): readonly string[] => ('lifecycle' in preset ? (preset.lifecycle?.headers ?? []) : [])))])(
    'reads a preset status header (%s) through a mapping: a retired asset without a date is said',
    (header) => {
      const csv = `Patrimônio;Comprado em;${header}\nPAT-1;15/01/2024;In use\nPAT-2;15/01/2019;Retired\n`;
      const { quality } = readAssets(csv, { mapping: { columns: { id: 'Patrimônio', purchaseDate: 'Comprado em' } }, now: NOW });
      expect(quality.warnings).toEqual({ 'retired-without-date': 1 });
      expect(quality.issues.find((i) => i.code === 'retired-without-date')).toMatchObject({ row: 3, column: header });
    },
  );

  it('prefers the more specific status header when a list has two', () => {
    // `Asset State` (the lifecycle) and `State` (here a region): the longer name wins.
    const csv = 'Patrimônio;State;Asset State\nPAT-1;Retired;In use\nPAT-2;In use;Retired\n';
    const { quality } = readAssets(csv, { mapping: { columns: { id: 'Patrimônio' } }, now: NOW });
    expect(codes(quality)).toEqual(['3:Asset State:retired-without-date']);
  });
});

describe('a mapping given as a plain object', () => {
  it('is validated: a clear RevueError naming the key, never a TypeError', () => {
    const csv = 'id,openedAt\nT1,2026-03-02 08:15\n';
    const cases: [unknown, string][] = [
      [{ columns: { id: 42 } }, 'mapping columns.id must be a column name'],
      [{ columns: 'id' }, 'mapping columns must be an object of field → column name'],
      [null, 'mapping (document) must be a JSON object'],
      [{ values: { priority: { urgent: 'P0' } } }, 'mapping values.priority.urgent must be one of P1, P2, P3, P4, P5'],
      [{ columns: { purchaseDate: 'Bought' } }, 'mapping columns.purchaseDate must be a field of the model'],
    ];
    for (const [mapping, message] of cases) {
      const error = thrown(() => readTickets(csv, { mapping: mapping as Mapping }));
      expect(error.code).toBe('bad-mapping');
      expect(error.message.startsWith(message), error.message).toBe(true);
    }
    // Without `values` (optional in JSON) it reads.
    expect(readTickets(csv, { mapping: { columns: { id: 'id' } } as Mapping, now: NOW }).quality.accepted).toBe(1);
  });
});

describe('row accounting with placeholders and absent optional columns (property)', () => {
  it('rowsRead = accepted + rejected, and every placeholder id is a rejection', () => {
    const cell = fc.constantFrom('', '-', 'n/a', '0', 'x', '2026-03-02 08:15', '1900-01-01 00:00:00', 'T1', 'T2');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 30 }),
        fc.subarray(['-', 'n/a', '0', '1900-01-01 00:00:00']),
        fc.subarray(['assetId', 'site', 'cost']),
        (rows, everywhere, absentFields) => {
          const csv = ['Ref,Opened,CI', ...rows.map((r) => r.join(','))].join('\n');
          const columns: Record<string, string> = { id: 'Ref', openedAt: 'Opened' };
          for (const field of absentFields) columns[field] = `Missing ${field}`;
          const mapping = { columns, empty: { '*': everywhere, assetId: ['0'] } };
          const { quality } = readTickets(csv, { mapping, now: NOW });
          expect(quality.rowsRead).toBe(quality.accepted + quality.rejected);
          const blankRows = rows.filter((r) => r.every((c) => c === '')).length;
          expect(quality.rowsRead + quality.blank).toBe(rows.length);
          expect(quality.blank).toBe(blankRows);
          expect(quality.warnings['optional-column-missing'] ?? 0).toBe(absentFields.length);
          // An id that is empty or a placeholder rejects its (non-blank) row.
          const placeholderIds = rows.filter((r) => !r.every((c) => c === '') && (r[0] === '' || everywhere.includes(r[0]))).length;
          expect(quality.reasons['required-missing'] ?? 0).toBeGreaterThanOrEqual(placeholderIds);
        },
      ),
      { numRuns: 200 },
    );
  });
});
