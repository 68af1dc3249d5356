import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RevueError } from '../internal/errors.js';
import { labelValue, parseMapping } from './mapping.js';
import { readTickets } from './read.js';
import { ticketRows } from '../model/tables.js';

function message(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RevueError);
    return (error as RevueError).message;
  }
  throw new Error('expected a RevueError');
}

describe('parseMapping', () => {
  it('accepts the DESIGN §3 example', () => {
    const json = JSON.stringify({
      delimiter: ';', encoding: 'utf-8', decimal: ',', dateFormat: 'dd/MM/yyyy HH:mm:ss',
      columns: { id: 'Incident ID', openedAt: 'Open Time', resolvedAt: 'Resolved Time', closedAt: 'Close Time', priority: 'Priority', type: 'Category', assetId: 'CI Name (aff)', category: 'CI Type (aff)' },
      values: { priority: { '1': 'P1', '2': 'P2', '3': 'P3', '4': 'P4', '5': 'P5' }, type: { incident: 'incident', 'request for information': 'request' } },
    });
    const mapping = parseMapping(json);
    expect(mapping).toMatchObject({ delimiter: ';', encoding: 'utf-8', decimal: ',', dateFormat: 'dd/MM/yyyy HH:mm:ss' });
    expect(mapping.columns.assetId).toBe('CI Name (aff)');
    expect(mapping.values.type).toEqual({ incident: 'incident', 'request for information': 'request' });
  });

  it('normalises the encoding label and accepts an empty mapping', () => {
    expect(parseMapping({ encoding: 'latin1' }).encoding).toBe('windows-1252');
    expect(parseMapping('{}')).toEqual({ columns: {}, values: {} });
  });

  it.each([
    ['{', 'mapping (document) must be valid JSON'],
    ['[]', 'mapping (document) must be a JSON object'],
    ['{"delimiter": ";;"}', 'mapping delimiter must be one character'],
    ['{"decimal": "x"}', 'mapping decimal must be "," or "."'],
    ['{"encoding": "ebcdic"}', 'mapping encoding must be utf-8, windows-1252, utf-16le or utf-16be'],
    ['{"columns": {"opened": "Open Time"}}', 'mapping columns.opened must be a field of the model'],
    ['{"columns": {"id": 3}}', 'mapping columns.id must be a column name'],
    ['{"values": {"priority": {"urgent": "P0"}}}', 'mapping values.priority.urgent must be one of P1, P2, P3, P4, P5'],
    ['{"values": {"colour": {}}}', 'mapping values.colour must be one of priority, type, status, maintenanceType, impact'],
    ['{"values": {"status": {"Fechado": "done"}}}', 'mapping values.status.Fechado must be one of open, pending, resolved, closed, cancelled'],
    ['{"extends": "remedy"}', 'mapping extends must be one of the tickets presets: canonical, glpi'],
    ['{"empty": "-"}', 'mapping empty must be a list of texts, or an object of field (or "*") → list of texts'],
    ['{"empty": {"colour": ["-"]}}', 'mapping empty.colour must be a field of the model or "*" (every column)'],
    ['{"empty": {"assetId": [0]}}', 'mapping empty.assetId must be a list of texts'],
    ['{"durations": {"calendar_duration": {"field": "openedAt", "unit": "seconds"}}}', 'mapping durations.calendar_duration.field must be one of resolvedAt, closedAt, firstResponseAt, effortMinutes, pausedMinutes'],
    ['{"durations": {"calendar_duration": {"field": "resolvedAt", "unit": "weeks"}}}', 'mapping durations.calendar_duration.unit must be one of seconds, minutes, hours, days, text'],
    ['{"durations": {"a": {"field": "resolvedAt", "unit": "seconds"}, "b": {"field": "resolvedAt", "unit": "hours"}}}', 'mapping durations.b.field must be used once'],
    ['{"durations": {"a": {"field": "effortMinutes", "unit": "hours"}}, "columns": {"effortMinutes": "b"}}', 'mapping durations.a.field must be absent from columns'],
    ['{"durations": {"a": {"field": "resolvedAt", "unit": "seconds", "from": "x"}}}', 'mapping durations.a.from must be absent (only field and unit)'],
    ['{"durations": {"openedAt": {"column": "a", "unit": "seconds"}}}', 'mapping durations.openedAt must be one of resolvedAt'],
    ['{"colums": {}}', 'mapping colums must be one of'],
  ])('%s → %s', (json, expected) => {
    expect(message(() => parseMapping(json))).toContain(expected);
  });

  it('reads the long-tail keys: extends, empty (a list is "*"), durations, status classes; ignores $ notes', () => {
    const mapping = parseMapping({
      $comment: 'proposed by revue mapping',
      extends: 'glpi',
      empty: [' - ', '1900-01-01 00:00:00'],
      durations: { calendar_duration: { field: 'resolvedAt', unit: 'seconds' } },
      values: { status: { Fechado: 'closed', Pendente: 'pending' } },
    });
    expect(mapping).toEqual({
      extends: 'glpi',
      columns: {},
      values: { status: { Fechado: 'closed', Pendente: 'pending' } },
      empty: { '*': ['-', '1900-01-01 00:00:00'] },
      durations: { calendar_duration: { field: 'resolvedAt', unit: 'seconds' } },
    });
    expect(parseMapping({ empty: { '*': ['-'], assetId: ['0'] } }).empty).toEqual({ '*': ['-'], assetId: ['0'] });
    // Durations keyed by field (the shape presets/preset.ts describes) are kept by column.
    expect(parseMapping({ durations: { resolvedAt: { column: 'calendar_duration', unit: 'seconds' } } }).durations).toEqual({ calendar_duration: { field: 'resolvedAt', unit: 'seconds' } });
    expect(message(() => parseMapping({ durations: {} }, { kind: 'assets' }))).toBe('mapping durations must be absent: durations apply to ticket files');
    expect(message(() => parseMapping({ extends: 'zendesk' }, { kind: 'assets' }))).toBe('mapping extends must be one of the assets presets: canonical, glpi, snipe-it, lansweeper, servicenow, itop');
  });

  it('is idempotent: a parsed mapping parses to itself (property)', () => {
    const text = fc.string({ minLength: 1, maxLength: 8 }).filter((t) => t.trim() !== '');
    const raw = fc.record(
      {
        extends: fc.constantFrom('glpi', 'jira', 'canonical'),
        dateFormat: fc.constantFrom('dd/MM/yyyy HH:mm', 'MM/dd/yyyy'),
        columns: fc.dictionary(fc.constantFrom('id', 'openedAt', 'title', 'assetId', 'client'), text),
        values: fc.record({ status: fc.dictionary(text, fc.constantFrom('open', 'pending', 'resolved', 'closed', 'cancelled')), priority: fc.dictionary(text, fc.constantFrom('P1', 'P3')) }, { requiredKeys: [] }),
        empty: fc.oneof(fc.array(text, { maxLength: 3 }), fc.dictionary(fc.constantFrom('*', 'assetId', 'cost'), fc.array(text, { maxLength: 3 }))),
        durations: fc.dictionary(text, fc.record({ field: fc.constantFrom('resolvedAt', 'closedAt'), unit: fc.constantFrom('seconds', 'text') }), { maxKeys: 1 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(raw, (value) => {
        const once = parseMapping(value);
        expect(parseMapping(once)).toEqual(once);
        expect(parseMapping(JSON.parse(JSON.stringify(once)))).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a dateFormat that reads no date when the mapping is read, not as every row rejected (review7)', () => {
    // date-fns knows quarters (q) and zones (z): "qqqq-zz" formats, but names no day, month or year.
    expect(message(() => parseMapping({ dateFormat: 'qqqq-zz' }))).toBe(
      'mapping dateFormat must be a date format with a day, a month and a year, such as "dd/MM/yyyy HH:mm", or "excel" ("qqqq-zz": it names no day, month and year (date-fns tokens d, M, y))',
    );
    // A letter date-fns does not know.
    expect(message(() => parseMapping({ dateFormat: 'dd/MM/yyyy jj' }))).toMatch(/date-fns does not know one of its letters/);
    // Literal text in quotes is not a token; excel, P (a whole date) and timestamps are dates.
    for (const dateFormat of ["dd/MM/yyyy 'at' HH:mm", 'excel', 'P p', 't', 'd MMMM yyyy']) expect(parseMapping({ dateFormat }).dateFormat).toBe(dateFormat);
  });

  it('checks columns against the asset model for asset mappings', () => {
    expect(parseMapping({ columns: { purchaseDate: 'Bought' } }, { kind: 'assets' }).columns).toEqual({ purchaseDate: 'Bought' });
    expect(message(() => parseMapping({ columns: { openedAt: 'Open' } }, { kind: 'assets' }))).toContain('columns.openedAt');
  });
});

describe('parseMapping — hostile keys and file name (fixtures/bad regressions)', () => {
  it('refuses __proto__ as a field and keeps it as an ordinary source value', () => {
    expect(message(() => parseMapping('{"columns": {"__proto__": "x"}}'))).toMatch(/^mapping columns.__proto__ must be a field of the model/);
    const mapping = parseMapping('{"values": {"priority": {"__proto__": "P1", "toString": "P2"}}}');
    expect(Object.hasOwn(mapping.values.priority!, '__proto__')).toBe(true);
    expect(mapping.values.priority).toEqual(JSON.parse('{"__proto__": "P1", "toString": "P2"}'));
    expect(({} as Record<string, unknown>)['P1']).toBeUndefined();
  });

  it('names the file in every error when told', () => {
    try {
      parseMapping('{"columns": {"id": 42}}', { fileName: 'm.json' });
    } catch (error) {
      expect((error as RevueError).file).toBe('m.json');
      return;
    }
    throw new Error('expected a RevueError');
  });
});

describe('mapping labels (a column of labels, GitLab scoped labels)', () => {
  it('reads the value under a prefix; a row without the label has none', () => {
    expect(labelValue('bug, priority::1,status::waiting', 'priority::')).toBe('1');
    expect(labelValue('Priority::High', 'priority::')).toBe('High');
    expect(labelValue('incident', 'priority::')).toBeNull();
    const csv = 'Issue ID,Created At (UTC),Labels\n1,2026-03-02 08:05:00,"incident,priority::1"\n2,2026-03-02 09:00:00,"priority::4,team::réseau"\n3,2026-03-02 10:00:00,incident\n';
    const mapping = { columns: { id: 'Issue ID', openedAt: 'Created At (UTC)', priority: 'Labels', category: 'Labels' }, labels: { priority: 'priority::', category: 'team::' }, values: { priority: { '1': 'P1', '4': 'P4' } } };
    const { table, quality } = readTickets(csv, { mapping, timezone: 'UTC' });
    expect(ticketRows(table).map((r) => [r.priority, r.category])).toEqual([['P1', null], ['P4', 'réseau'], [null, null]]);
    expect(quality.warnings).toEqual({});
  });

  it('refuses a prefix that is not a text, naming the key', () => {
    expect(() => parseMapping({ columns: { id: 'a', openedAt: 'b' }, labels: { priority: 3 } })).toThrow('labels.priority');
    expect(() => parseMapping({ columns: { id: 'a', openedAt: 'b' }, labels: { nope: 'x::' } })).toThrow('labels.nope');
  });
});

describe('mapping units (a useful life in years)', () => {
  it('reads a bare useful life in years for an asset file, and refuses it elsewhere, naming the key', () => {
    expect(parseMapping({ columns: { id: 'a' }, units: { usefulLifeMonths: 'years' } }, { kind: 'assets' }).units).toEqual({ usefulLifeMonths: 'years' });
    expect(() => parseMapping({ columns: { id: 'a' }, units: { usefulLifeMonths: 'decades' } }, { kind: 'assets' })).toThrow('units.usefulLifeMonths');
    expect(() => parseMapping({ columns: { id: 'a', openedAt: 'b' }, units: { usefulLifeMonths: 'years' } })).toThrow('units.usefulLifeMonths');
  });
});

describe('mapping labels.statusLabels (GitLab status::… beside State)', () => {
  it('takes an open or pending label over an open state, never over a closed one', () => {
    const csv = [
      'Issue ID,Created At (UTC),State,Labels',
      '1,2026-03-02 08:05:00,Open,"incident,status::waiting"',
      '2,2026-03-02 09:00:00,Closed,"status::waiting"',
      '3,2026-03-02 10:00:00,Open,"status::done"',
      '4,2026-03-02 11:00:00,Open,incident',
      '5,2026-03-02 12:00:00,Open,"status::in progress"',
    ].join('\n');
    const mapping = {
      columns: { id: 'Issue ID', openedAt: 'Created At (UTC)', status: 'State' },
      labels: { statusLabels: { column: 'Labels', prefix: 'status::' } },
      values: { status: { Open: 'open', Closed: 'closed', waiting: 'pending', done: 'closed', 'in progress': 'open' } },
    };
    const rows = ticketRows(readTickets(csv, { mapping, timezone: 'UTC' }).table);
    expect(rows.map((r) => [r.status, r.statusClass])).toEqual([['waiting', 'pending'], ['Closed', 'closed'], ['Open', 'open'], ['Open', 'open'], ['in progress', 'open']]);
    expect(() => parseMapping({ columns: { id: 'a', openedAt: 'b' }, labels: { statusLabels: 'status::' } })).toThrow('labels.statusLabels');
  });
});
