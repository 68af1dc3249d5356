import { describe, expect, it } from 'vitest';
import { RevueError } from '../internal/errors.js';
import { parseMapping } from './mapping.js';

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
    ['{"colums": {}}', 'mapping colums must be one of'],
  ])('%s → %s', (json, expected) => {
    expect(message(() => parseMapping(json))).toContain(expected);
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
