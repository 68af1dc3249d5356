import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RevueError } from '../internal/errors.js';
import { readTickets } from '../ingest/read.js';
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

  it('reads a large file from disk piece by piece into exactly what its bytes give', () => {
    // 34 MB (more than two 16 MB pieces) with quoted titles over two lines, short rows and bad dates.
    const dir = mkdtempSync(join(tmpdir(), 'revue-'));
    const path = join(dir, 'large.csv');
    const rows = ['T1,2026-03-02T08:15:00+01:00,P2,Closed,"Imprimante, ""HS""",2026-03-02T09:00:00+01:00,30', 'T2,2026-03-02 08:15,P3,Closed,"Deux\nlignes",,', 'T3,31/02/2026,P1', `T4,2026-03-03,P5,Nouveau,Écran noir ${'— toujours noir '.repeat(40)},,5`];
    const block = `${rows.join('\n')}\n`;
    const copies = Math.ceil((34 * 1024 * 1024) / Buffer.byteLength(block));
    const unique = (i: number) => block.replace(/T(\d),/g, (_, n: string) => `T${n}-${i},`);
    writeFileSync(path, `id,openedAt,priority,status,title,closedAt,effortMinutes\n${Array.from({ length: copies }, (_, i) => unique(i)).join('')}`);
    try {
      const options = { timezone: 'Europe/Paris', now: Date.UTC(2026, 5, 1), maxIssues: 50 };
      const fromDisk = readTicketsFile(path, options);
      const fromBytes = readTickets(readFileSync(path), { ...options, fileName: 'large.csv' });
      expect(fromDisk.quality).toEqual(fromBytes.quality);
      expect(fromDisk.quality.accepted).toBe(3 * copies);
      for (const name of fromBytes.table.columnNames()) expect(fromDisk.table.column(name as 'id'), name).toEqual(fromBytes.table.column(name as 'id'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
