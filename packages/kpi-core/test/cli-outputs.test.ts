/**
 * Where the `revue` CLI writes, and how it says what went wrong: `--by-client` with client names
 * that fold to one file name, tickets without a client, a file with no client at all, a folder
 * that is a file, a damaged workbook, a mapping with a date format that reads no date. Each case
 * was found by review7; the inputs are its, written here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));

function revue(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', main, 'report', ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, text: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'revue-')), name);
  writeFileSync(path, text);
  return path;
}

// Four clients as typed: "Café", "Cafe", none, "CAFÉ " (the trailing space is trimmed on reading).
const FOLDING = `id,openedAt,priority,status,resolvedAt,client
C1,2026-03-02T10:00:00Z,P2,closed,2026-03-02T11:00:00Z,Café
C2,2026-03-03T10:00:00Z,P2,closed,2026-03-03T11:00:00Z,Cafe
C3,2026-03-04T10:00:00Z,P2,closed,2026-03-04T11:00:00Z,
C4,2026-03-05T10:00:00Z,P2,closed,2026-03-05T11:00:00Z,CAFÉ 
`;

describe('revue report --by-client', () => {
  it('writes one file per client even when names fold alike, names the client of each, and counts the tickets without one', () => {
    const tickets = file('t.csv', FOLDING);
    const dir = join(mkdtempSync(join(tmpdir(), 'revue-')), 'out');
    const { code, stderr } = revue(['--tickets', tickets, '--period', '2026-03', '--by-client', dir, '--format', 'md']);
    expect(code).toBe(0);
    // In the order of clientsOf (localeCompare): Cafe, Café, CAFÉ — all three "Cafe" once accents
    // are dropped, and one file on a disk that ignores case: the second and third get a number.
    expect(readdirSync(dir).sort()).toEqual(['CAFE-3.md', 'Cafe-2.md', 'Cafe.md']);
    expect(readFileSync(join(dir, 'Cafe.md'), 'utf8')).toMatch(/^# Service review — Cafe — /);
    expect(readFileSync(join(dir, 'Cafe-2.md'), 'utf8')).toMatch(/^# Service review — Café — /);
    expect(readFileSync(join(dir, 'CAFE-3.md'), 'utf8')).toMatch(/^# Service review — CAFÉ — /);
    expect(stderr.trim().split('\n')).toEqual([
      'revue: t.csv (Revue format): 4 rows, 4 accepted, 0 rejected',
      `revue: wrote ${join(dir, 'Cafe.md')} (client "Cafe")`,
      `revue: wrote ${join(dir, 'Cafe-2.md')} (client "Café")`,
      `revue: wrote ${join(dir, 'CAFE-3.md')} (client "CAFÉ")`,
      // C3.
      'revue: 1 ticket names no client: it is in none of these reviews, only in the review of all clients (without --by-client)',
    ]);
  });

  it('refuses a file whose tickets name no client, in one line (exit 2), writing nothing', () => {
    const tickets = file('t.csv', 'id,openedAt,priority,status,resolvedAt\nQ1,2026-03-10T10:00:00Z,P2,closed,2026-03-10T12:00:00Z\nQ2,2026-03-11T10:00:00Z,P2,closed,2026-03-11T20:00:00Z\n');
    const dir = mkdtempSync(join(tmpdir(), 'revue-'));
    const { code, stderr } = revue(['--tickets', tickets, '--by-client', dir]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      'revue: t.csv: no ticket names a client (2 tickets read, no client column or every client cell empty): --by-client has nothing to split; use --out FILE for one review of all tickets',
    ]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a --by-client that is a file, in one line (exit 2), before reading', () => {
    const tickets = file('t.csv', FOLDING);
    const { code, stderr } = revue(['--tickets', tickets, '--by-client', tickets]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual(['revue: t.csv: is a file, not a folder: --by-client needs a folder (it is made if missing)']);
  });
});

describe('revue report on inputs it cannot use', () => {
  it('says a workbook cut short is damaged, not that it is not a CSV file', () => {
    const whole = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    // The first half: the ZIP's directory, at its end, is gone.
    const half = file('half.xlsx', whole.subarray(0, Math.floor(whole.length / 2)));
    const { code, stderr } = revue(['--tickets', half]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      'revue: half.xlsx is a damaged or incomplete workbook (a ZIP file whose end is missing or unreadable: cut short by a download or a copy?); save or export it again, as XLSX or CSV',
    ]);
  });

  it('refuses a mapping whose dateFormat names no date, naming the file and the key', () => {
    const tickets = file('t.csv', FOLDING);
    const mapping = file('m3.json', '{"columns":{"id":"id","openedAt":"openedAt"},"dateFormat":"qqqq-zz"}');
    const { code, stderr } = revue(['--tickets', tickets, '--mapping', mapping]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      'revue: m3.json: mapping dateFormat must be a date format with a day, a month and a year, such as "dd/MM/yyyy HH:mm", or "excel" ("qqqq-zz": it names no day, month and year (date-fns tokens d, M, y))',
    ]);
  });
});
