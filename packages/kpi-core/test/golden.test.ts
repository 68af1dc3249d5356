/**
 * Golden test: the demo fixture CSVs → the report JSON, checked in under test/golden/.
 * A mismatch writes `<name>-changed.json` beside the golden and fails; the golden is only
 * rewritten by hand (`REVUE_UPDATE_GOLDEN=1 pnpm test`), never by CI.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readAssetsFile, readTicketsFile } from '../src/node/index.js';
import { parsePolicy } from '../src/policy/parse.js';
import { buildReport } from '../src/report/build.js';

const demo = (name: string) => fileURLToPath(new URL(`../../../fixtures/demo/${name}`, import.meta.url));
const golden = (name: string) => fileURLToPath(new URL(`./golden/${name}`, import.meta.url));

function demoReport(options: { period: string; client?: string; language?: 'en' | 'fr' }) {
  const policy = parsePolicy(JSON.parse(readFileSync(demo('policy.json'), 'utf8')));
  const tickets = readTicketsFile(demo('tickets.csv'), { timezone: policy.timezone, now: Date.parse('2026-11-01T00:00:00Z') });
  const assets = readAssetsFile(demo('assets.csv'), { timezone: policy.timezone, now: Date.parse('2026-11-01T00:00:00Z') });
  return buildReport(
    { tickets: tickets.table, assets: assets.table, policy, quality: { tickets: tickets.quality, assets: assets.quality } },
    options,
  );
}

function checkGolden(name: string, value: unknown) {
  const file = golden(`${name}.json`);
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (process.env.REVUE_UPDATE_GOLDEN === '1') writeFileSync(file, text);
  const expected = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (text !== expected) {
    writeFileSync(golden(`${name}-changed.json`), text);
    expect.fail(`${name}: the report differs from test/golden/${name}.json; see ${name}-changed.json`);
  }
}

describe('golden reports from the demo fixtures', () => {
  it('all clients, 2026-Q2 (English)', () => {
    checkGolden('demo-2026-Q2', demoReport({ period: '2026-Q2' }));
  });

  it('one client, 2026-05 (French)', () => {
    checkGolden('demo-bistro-2026-05-fr', demoReport({ period: '2026-05', client: 'Bistro Lumière', language: 'fr' }));
  });
});
