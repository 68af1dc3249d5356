// What the CLI says on standard error beside the review (review7): a policy override that names
// no client, pause statuses the export cannot apply, tickets opened after --as-of left out.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));

function revue(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'revue-notices-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const tickets = file(
  't.csv',
  [
    'id,openedAt,type,priority,client,resolvedAt,effortMinutes',
    'A1,2026-03-10T09:00:00Z,incident,P3,Café Été,2026-03-10T10:00:00Z,60',
    'A2,2026-03-11T09:00:00Z,incident,P3,Bistro,2026-03-11T10:00:00Z,30',
    'A3,2026-03-25T09:00:00Z,incident,P3,Bistro,2026-03-25T10:00:00Z,30',
  ].join('\n'),
);

describe('revue report: notices on stderr', () => {
  it('names a policy override that matches no client, applies a near spelling, and says pause statuses it cannot apply', () => {
    const policy = file('p.json', JSON.stringify({ rates: { technicianHourly: 10 }, pauseStatuses: ['On hold'], clients: { 'cafe ete': { rates: { technicianHourly: 99 } }, Bistrot: {} } }));
    const { code, stdout, stderr } = revue(['report', '--tickets', tickets, '--policy', policy, '--period', '2026-03', '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    // 1 h × 99 (Café Été) + 0.5 h × 10 + 0.5 h × 10 (Bistro, base rate) = 109.
    expect(report.tco.labour.technicianCost).toBe(109);
    expect(report.policyNotices).toEqual([{ code: 'unknown-client', name: 'Bistrot' }, { code: 'pause-statuses-not-applied' }]);
    expect(stderr).toContain('revue: The policy\'s override for "Bistrot" names no client of the data');
    expect(stderr).toContain('revue: The policy lists pause statuses, but the export has no status history');
  });

  it('says how many tickets opened after --as-of were left out', () => {
    const { code, stderr } = revue(['report', '--tickets', tickets, '--period', '2026-03', '--as-of', '2026-03-20T00:00:00Z', '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr).toContain('revue: 1 ticket opened after the data date (2026-03-20T00:00:00.000Z) left out of every figure');
  });
});
