import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RevueError } from '../internal/errors.js';
import { readAssetsFile, readTicketsFile } from './index.js';

const samples = new URL('../../../../fixtures/samples/', import.meta.url);

describe('readTicketsFile / readAssetsFile', () => {
  it('reads a file by path and names it by its base name', () => {
    const { table, quality } = readTicketsFile(new URL('glpi-fr-tickets.csv', samples).pathname, { timezone: 'Europe/Paris' });
    expect(quality.file).toBe('glpi-fr-tickets.csv');
    expect(quality.preset.name).toBe('glpi');
    expect(table.numRows()).toBe(12); // 12 data rows in the sample
    expect(readAssetsFile(new URL('snipe-it-assets.csv', samples).pathname).table.numRows()).toBe(10);
  });

  it('uses the file name in row messages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'revue-'));
    const path = join(dir, 'helpdesk.csv');
    writeFileSync(path, 'id,openedAt\nT1,yesterday\n');
    expect(readTicketsFile(path).quality.issues[0]!.message).toBe('helpdesk.csv row 2, openedAt: "yesterday" is not a date');
  });

  it('turns an unreadable or too large file into a RevueError', () => {
    const error = (() => {
      try {
        readTicketsFile('/nonexistent/tickets.csv');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(RevueError);
    expect((error as RevueError).message).toBe('cannot read tickets.csv: no such file');
    expect(() => readTicketsFile(new URL('jira-tickets.csv', samples).pathname, { maxBytes: 100 })).toThrow(/is 3 KB; the limit is 100 bytes \(set maxBytes to raise it\)/);
  });
});
