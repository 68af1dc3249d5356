/**
 * The `revue` CLI as a user runs it: a child process, its exit code, stdout and stderr.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compactReport } from '../src/report/compact.js';
import type { Report } from '../src/report/types.js';
import { NNBSP } from '../src/report/messages.js';

const main = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const demo = (name: string) => fileURLToPath(new URL(`../../../fixtures/demo/${name}`, import.meta.url));

function revue(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { encoding: 'utf8', maxBuffer: 1 << 29, env: { ...process.env, TZ: 'UTC', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const demoArgs = ['--tickets', demo('tickets.csv'), '--assets', demo('assets.csv'), '--policy', demo('policy.json')];

describe('revue report', () => {
  it('prints a readable Markdown review of the demo quarter', () => {
    const { code, stdout, stderr } = revue(['report', ...demoArgs, '--period', '2026-Q2', '--format', 'md']);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Service review — all clients — 2026-Q2/);
    expect(stdout).toContain('## Key findings');
    expect(stdout).toContain('| Resolution SLA met |');
    expect(stderr).toContain('tickets.csv (Revue format)');
  });

  it('prints the report as JSON by default, and in French on request', () => {
    const { code, stdout } = revue(['report', ...demoArgs, '--period', '2026-05', '--client', 'Bistro Lumière', '--lang', 'fr']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.period.label).toBe('2026-05');
    expect(report.client).toBe('Bistro Lumière');
    expect(report.language).toBe('fr');
    expect(report.previous.period.label).toBe('2026-04');
  });

  it('writes a self-contained HTML page with inline SVG charts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'revue-'));
    const out = join(dir, 'review.html');
    const { code } = revue(['report', ...demoArgs, '--period', '2026-Q2', '--format', 'html', '--out', out]);
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/src="http/);
  });

  it('takes the preventive plan from a CSV file with --plan, and refuses a bad one naming file, row and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'revue-'));
    const plan = join(dir, 'plan.csv');
    writeFileSync(plan, 'id;title;assetType;assetIds;category;every\nprn;Printer servicing;printer;;Impression > Entretien;quarter\n');
    const { code, stdout } = revue(['report', ...demoArgs, '--period', '2026-Q2', '--plan', plan]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    // The file replaces the policy's plan, for every client.
    expect(Object.keys(report.preventive.byTask)).toEqual(['prn']);
    expect(report.preventive.byTask.prn.due).toBeGreaterThan(0);
    writeFileSync(plan, 'id,title,assetType,assetIds,category,every\nprn,Printer servicing,printer,,Impression > Entretien,fortnight\n');
    const bad = revue(['report', ...demoArgs, '--plan', plan]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('revue: plan.csv, row 2, every: "fortnight" is not a periodicity (use week, month, quarter, half or year)');
  });

  it('writes one report per client with --by-client, none naming another client', () => {
    const dir = mkdtempSync(join(tmpdir(), 'revue-'));
    const { code } = revue(['report', ...demoArgs, '--period', '2026-Q2', '--format', 'json', '--by-client', dir]);
    expect(code).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['Bistro_Lumiere.json', 'Cabinet_Martin.json', 'Durand_Industrie.json']);
    const names = ['Bistro Lumière', 'Cabinet Martin', 'Durand Industrie'];
    files.forEach((file, k) => {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(JSON.parse(text).clients).toEqual([names[k]]);
      for (const other of names.filter((_, j) => j !== k)) expect(text).not.toContain(other);
    });
  });

  it('matches --client ignoring case and accents, and refuses an unknown one in one line (exit 2)', () => {
    const nobody = revue(['report', ...demoArgs, '--client', 'Nobody']);
    expect(nobody.code).toBe(2);
    expect(nobody.stdout).toBe('');
    expect(nobody.stderr.trim().split('\n')).toEqual(['revue: no client named "Nobody" (clients: Bistro Lumière, Cabinet Martin, Durand Industrie)']);
    const lower = revue(['report', ...demoArgs, '--period', '2026-05', '--client', 'bistro lumière']);
    expect(lower.code).toBe(0);
    expect(JSON.parse(lower.stdout)).toMatchObject({ client: 'Bistro Lumière', clients: ['Bistro Lumière'] });
  });

  it('writes the previous period without its drill-down lists by default, everything with --detail full', () => {
    const dir = mkdtempSync(join(tmpdir(), 'revue-'));
    const fullFile = join(dir, 'full.json');
    const full = revue(['report', ...demoArgs, '--period', '2026-Q2', '--detail', 'full', '--out', fullFile]);
    expect(full.code).toBe(0);
    const fullText = readFileSync(fullFile, 'utf8');
    const whole = JSON.parse(fullText) as Report;
    // Written in chunks, yet the very text JSON.stringify gives.
    expect(fullText).toBe(JSON.stringify(whole, null, 2));
    expect(Object.keys(whole.previous.reliability.byAsset).length).toBeGreaterThan(0);
    expect(whole.truncated).toBeUndefined();

    const compact = revue(['report', ...demoArgs, '--period', '2026-Q2']);
    expect(compact.code).toBe(0);
    // The library's own compaction of the previous period, and nothing else.
    expect(compact.stdout).toBe(`${JSON.stringify(compactReport(whole, { current: 'keep' }), null, 2)}\n`);
    const report = JSON.parse(compact.stdout) as Report;
    expect(report.reliability.byAsset).toEqual(whole.reliability.byAsset);
    expect(report.sla.breaches).toEqual(whole.sla.breaches);
    expect(report.previous.reliability.byAsset).toEqual({});
    expect(report.previous.sla.ticketIds.resolution.breached).toEqual([]);
    expect(report.previous.sla.resolution).toEqual(whole.previous.sla.resolution);
    expect(report.previous.tco.byCategory).toEqual(whole.previous.tco.byCategory);
    expect(report.truncated?.['previous.reliability.byAsset']).toEqual({ kept: 0, total: Object.keys(whole.previous.reliability.byAsset).length });
    expect(Object.keys(report.truncated ?? {}).every((path) => path.startsWith('previous.'))).toBe(true);
    expect(compact.stdout.length).toBeLessThan(fullText.length * 0.7);
  });

  it('refuses a --detail other than full in one line (exit 2), before reading the files', () => {
    const bad = revue(['report', ...demoArgs, '--detail', 'all']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toEqual([
      'revue: --detail takes only "full" (without it, the previous period\'s per-asset maps and id lists are left out), not "all"',
    ]);
    expect(revue(['report', '--help']).stdout).toContain('--detail full');
  });

  it('says it cannot write the output file in one line (exit 2), before reading the files, in every format', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'revue-')), 'no-such-folder');
    for (const format of ['json', 'md', 'html']) {
      const result = revue(['report', ...demoArgs, '--period', '2026-Q2', '--format', format, '--out', join(folder, `report.${format}`)]);
      expect(result.code).toBe(2);
      // One line, and no reading summary: refused before minutes of reading and computing.
      expect(result.stderr.trim().split('\n')).toEqual([`revue: report.${format}: cannot write this file: the folder ${folder} does not exist`]);
    }
  });

  it('splits its time into read, report and write on stderr with REVUE_TIMING=1, the report unchanged', () => {
    const args = ['report', ...demoArgs, '--period', '2026-Q2', '--as-of', '2026-07-01T12:00Z'];
    const plain = revue(args);
    const timed = revue(args, { REVUE_TIMING: '1' });
    expect(timed.code).toBe(0);
    expect(timed.stdout).toBe(plain.stdout);
    expect(plain.stderr).not.toContain('timing');
    expect(timed.stderr).toMatch(/^revue: timing read \d+ ms, report \d+ ms, write \d+ ms; peak RSS \d+ MB \(after read \d+ MB, after report \d+ MB, after write \d+ MB\)$/m);
  });

  it('says in its help that a range of dates includes both days', () => {
    const { stdout } = revue(['report', '--help']);
    expect(stdout).toContain('2026-04-01..2026-06-30');
    expect(stdout).toContain('(both days included)');
  });

  it('refuses bad input with exit code 2 and one line naming file, row and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'revue-'));
    const policy = join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify({ sla: { P2: { response: '8x' } } }));
    const bad = revue(['report', '--tickets', demo('tickets.csv'), '--policy', policy]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('policy.sla.P2.response');
    expect(bad.stderr).toContain('policy.json');
    expect(bad.stderr).not.toMatch(/\n\s+at /);

    const missing = revue(['report', '--tickets', join(dir, 'nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.csv');

    const noId = join(dir, 'tickets.csv');
    writeFileSync(noId, 'foo,bar\n1,2\n');
    const unknown = revue(['report', '--tickets', noId]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/tickets\.csv/);
    expect(unknown.stderr).not.toMatch(/\n\s+at /);

    const usage = revue(['report', '--tickets', demo('tickets.csv'), '--format', 'pdf']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--format');
  });

  const uciZip = fileURLToPath(new URL('../../../../shared/data/uci-incident-event-log/incident_event_log.csv.zip', import.meta.url));
  it.skipIf(!existsSync(uciZip))('reads the real UCI ServiceNow event log and reports on it (needs ../shared/data)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'revue-uci-'));
    const entries = unzipSync(readFileSync(uciZip), { filter: (file) => file.name === 'incident_event_log.csv' });
    writeFileSync(join(dir, 'incident_event_log.csv'), entries['incident_event_log.csv']!);
    const { code, stdout, stderr } = revue(['report', '--tickets', join(dir, 'incident_event_log.csv'), '--period', '2016', '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr).toContain('141,712 rows, 141,712 accepted, 0 rejected, 116,794 merged');
    const report = JSON.parse(stdout);
    // 141,712 events − 116,794 folded into later events of the same incident = 24,918 tickets.
    expect(report.dataQuality.tickets.accepted - report.dataQuality.tickets.merged).toBe(24_918);
    expect(report.sla.resolution.adherence).toBeGreaterThan(0);
  });
});

describe('revue mapping, and reading what no preset knows', () => {
  // A Brazilian helpdesk list in the OTRS style whose headers no preset knows (written for this test).
  const otrs = [
    '"Nº";"Chamado#";"Idade";"Criado";"Estado";"Prioridade";"Cliente";"Título"',
    '"1";"2025081510000222";"27 d 19 h";"15/08/2025 10:02";"aberto";"3 normal";"ACME";"Impressora não imprime"',
    '"2";"2025081510000231";"27 d 18 h";"15/08/2025 11:30";"fechado com êxito";"4 alto";"ACME";"VPN cai toda hora"',
    '"3";"2025081610000015";"26 d 2 h";"16/08/2025 08:15";"Bloqueado";"5 muito alto";"Bistro";"Servidor fora do ar"',
  ].join('\n');

  it('refuses the file with the proposal on stderr, never naming a preset that does not fit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'revue-'));
    const file = join(dir, 'otrs.csv');
    writeFileSync(file, otrs);
    const { code, stdout, stderr } = revue(['report', '--tickets', file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).not.toMatch(/\(preset \w+\)/);
    expect(stderr).toContain('revue: otrs.csv: no preset recognises these columns');
    expect(stderr).toContain('revue: proposed mapping for otrs.csv (by column names and values; header on line 1, 3 rows looked at):');
    expect(stderr).toMatch(/revue: {3}Ticket number +← "Chamado#" +100% {2}2025081510000222, 2025081510000231, 2025081610000015\n/);
    expect(stderr).toContain('revue:   values of “Status”: aberto → Open, fechado com êxito → Closed');
    expect(stderr).toContain('revue:   values of “Status” not recognised (fill them in): "Bloqueado"');
    expect(stderr).toContain(`revue: to use it: revue mapping ${file} --out otrs.mapping.json, check and edit otrs.mapping.json, then add --mapping otrs.mapping.json`);
  });

  it('writes the proposal as JSON that --mapping reads as it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'revue-'));
    const file = join(dir, 'otrs.csv');
    const out = join(dir, 'otrs.mapping.json');
    writeFileSync(file, otrs);
    const written = revue(['mapping', file, '--out', out]);
    expect(written.code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json).toMatchObject({ dateFormat: 'dd/MM/yyyy HH:mm', columns: { id: 'Chamado#', openedAt: 'Criado', status: 'Estado' } });
    expect(json.$proposal.fields.id).toMatchObject({ column: 'Chamado#', confidence: 1 });
    const report = revue(['report', '--tickets', file, '--mapping', out, '--as-of', '2025-09-01T00:00:00Z']);
    expect(report.code).toBe(0);
    expect(report.stderr).toContain('otrs.csv (your mapping): 3 rows, 3 accepted, 0 rejected');
    // Without --out, the JSON goes to standard output.
    expect(JSON.parse(revue(['mapping', file]).stdout).columns.title).toBe('Título');
  });

  it('refuses to propose a mapping for an empty file, as the report refuses to read it', () => {
    // A copy of a published export that arrived empty (stored as a large-file pointer): the proposal
    // wrote an empty mapping, exit 0, and asked "is the header row missing?".
    const dir = mkdtempSync(join(tmpdir(), 'revue-'));
    const empty = join(dir, 'chamados.csv');
    writeFileSync(empty, '');
    const out = join(dir, 'chamados.mapping.json');
    const refused = revue(['mapping', empty, '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('revue: chamados.csv is empty: it holds no row, not even a header row\n');
    expect(existsSync(out)).toBe(false);
    writeFileSync(empty, '\n\n');
    expect(revue(['mapping', empty, '--lang', 'fr']).stderr).toBe(`revue: chamados.csv est vide${NNBSP}: il n’a aucune ligne, pas même une ligne d’en-tête\n`);
  });

  it('maps an asset file with --assets-mapping (asset fields, not ticket ones)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'revue-'));
    const assets = join(dir, 'patrimonio.csv');
    writeFileSync(assets, 'Patrimônio;Tipo;Data de compra;Valor\nPAT-1;Notebook;15/01/2024;4.599,00\n');
    const mapping = join(dir, 'assets.mapping.json');
    writeFileSync(mapping, JSON.stringify({ columns: { id: 'Patrimônio', type: 'Tipo', purchaseDate: 'Data de compra', purchaseCost: 'Valor' } }));
    const { code, stderr } = revue(['report', '--tickets', demo('tickets.csv'), '--assets', assets, '--assets-mapping', mapping]);
    expect(stderr).toContain('patrimonio.csv (your mapping): 1 row, 1 accepted, 0 rejected');
    expect(code).toBe(0);
    // And revue mapping --assets proposes asset fields.
    const proposed = JSON.parse(revue(['mapping', assets, '--assets']).stdout);
    expect(proposed.columns).toEqual({ id: 'Patrimônio', type: 'Tipo', purchaseDate: 'Data de compra', purchaseCost: 'Valor' });
  });
});
