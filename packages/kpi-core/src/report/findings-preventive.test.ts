import { describe, expect, test } from 'vitest';
import { assetsFromRows, ticketsFromRows } from '../model/tables.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';
import { reportToMarkdown } from './markdown.js';

/**
 * Eight servers with a monthly restore test in Europe/Paris, reviewed over 2026-Q2: all eight
 * tested in April and June, five in May (SRV-6, SRV-7, SRV-8 missed) → 21 done of 24 due, 87.5 %,
 * under the 90 % target. Printers: 20 corrective incidents and 5 h of servicing in 2026-Q1,
 * 12 incidents and 12 h in 2026-Q2 → ×2.4 and −40 %.
 */
function review(language: 'en' | 'fr', restoreTestsInMay = 5, wholeQ1 = true) {
  const servers = Array.from({ length: 8 }, (_, i) => `SRV-${i + 1}`);
  const tickets: Array<Parameters<typeof ticketsFromRows>[0][number]> = [];
  let n = 0;
  const add = (row: Parameters<typeof ticketsFromRows>[0][number]) => tickets.push({ id: `T${++n}`, ...row });
  for (const [month, count] of [['04', 8], ['05', restoreTestsInMay], ['06', 8]] as const) {
    servers.slice(0, count).forEach((assetId) => add({ openedAt: `2026-${month}-10T10:00:00+02:00`, type: 'change', maintenanceType: 'preventive', category: 'Sauvegarde > Test', assetId, effortMinutes: 6 }));
  }
  // A request on 1 January: the data cover 2026-Q1 whole, so the two quarters compare.
  if (wholeQ1) add({ openedAt: '2026-01-01T10:00:00+01:00', type: 'request', category: 'Accès' });
  for (let i = 0; i < 20; i++) add({ openedAt: `2026-02-${String(1 + i).padStart(2, '0')}T10:00:00+01:00`, type: 'incident', category: 'Bourrage', assetId: 'PRN-1' });
  for (let i = 0; i < 12; i++) add({ openedAt: `2026-05-${String(1 + i).padStart(2, '0')}T10:00:00+02:00`, type: 'incident', category: 'Bourrage', assetId: 'PRN-1' });
  add({ openedAt: '2026-02-10T10:00:00+01:00', type: 'request', maintenanceType: 'preventive', category: 'Entretien', assetId: 'PRN-1', effortMinutes: 300 });
  add({ openedAt: '2026-04-10T10:00:00+02:00', type: 'request', maintenanceType: 'preventive', category: 'Entretien', assetId: 'PRN-1', effortMinutes: 720 });
  const policy = parsePolicy({
    timezone: 'Europe/Paris',
    preventivePlan: [{ id: 'restore', title: language === 'fr' ? 'Test de restauration' : 'Restore test', assetType: 'server', category: 'Sauvegarde > Test', every: 'month' }],
  });
  const assets = assetsFromRows([...servers.map((id) => ({ id, type: 'server' })), { id: 'PRN-1', type: 'printer' }]);
  return buildReport({ tickets: ticketsFromRows(tickets), assets, policy }, { period: '2026-Q2', asOf: '2026-07-15T00:00:00Z', language });
}

describe('preventive findings', () => {
  test('a task under 90 %, named by its worst window, in English and French', () => {
    const en = review('en').findings.filter((f) => f.kind === 'preventive-missed');
    expect(en.map((f) => [f.severity, f.message])).toEqual([
      ['medium', '"Restore test" (every month) was missed on 3 of 8 assets (server) in May 2026; done 21 times out of 24 this period (87.5%).'],
    ]);
    expect(en[0]!.evidence).toMatchObject({ taskId: 'restore', due: 24, done: 21, missed: ['SRV-6', 'SRV-7', 'SRV-8'] });
    const fr = review('fr').findings.filter((f) => f.kind === 'preventive-missed');
    expect(fr[0]!.message).toBe('«\u202fTest de restauration\u202f» (tous les mois)\u202f: non fait sur 3 des 8 serveurs en mai 2026\u202f; fait 21 fois sur 24 sur la période (87,5\u202f%).');
  });

  test('no finding at 90 % and above; high severity under 70 %', () => {
    // 7 of 8 in May: 23 of 24 = 95.8 %. 0 of 8 in May: 16 of 24 = 66.7 %.
    expect(review('en', 7).findings.some((f) => f.kind === 'preventive-missed')).toBe(false);
    expect(review('en', 0).findings.find((f) => f.kind === 'preventive-missed')!.severity).toBe('high');
  });

  test('no comparison when the data cover the previous quarter only in part', () => {
    // Without the 1 January request the data start on 1 February: 59 of 2026-Q1's 90 days. Fewer
    // corrective incidents then may be fewer days, not the effect of preventive work.
    const report = review('en', 5, false);
    expect(report.previous.coverage).toMatchObject({ partial: true, days: { covered: 59, total: 90 } });
    expect(report.findings.some((f) => f.kind === 'preventive-effect')).toBe(false);
  });

  test('preventive work up while corrective incidents fall, against the previous period', () => {
    const effect = review('en').findings.filter((f) => f.kind === 'preventive-effect');
    // Printers: 5 h → 12 h (×2.4), 20 → 12 incidents (−40 %). All assets: 5 h → 12 h + 2.1 h of
    // restore tests = 14.1 h (×2.8), the same incidents.
    expect(effect.map((f) => f.message)).toEqual([
      'Preventive work rose from 5 h to 14.1 h (×2.8) while corrective incidents fell by 40% (20 → 12) against 2026-Q1.',
      'Preventive work on printer assets rose from 5 h to 12 h (×2.4) while corrective incidents on them fell by 40% (20 → 12) against 2026-Q1.',
    ]);
    expect(effect.every((f) => f.severity === 'low')).toBe(true);
    const fr = review('fr').findings.filter((f) => f.kind === 'preventive-effect');
    expect(fr[1]!.message).toBe(
      'La maintenance préventive des imprimantes passe de 5 h à 12 h (×\u202f2,4) tandis que les incidents correctifs sur ces équipements baissent de 40\u202f% (20 → 12) par rapport à T1 2026.',
    );
  });

  test('weeks, quarters and half-years are named with their preposition', () => {
    // One firewall reviewed every week of May 2026 (weeks of 4, 11, 18, 25 May) but the first; a
    // quarterly printer servicing due in 2026-Q2 and not done.
    // The data start on 1 April (an unrelated request), so May and 2026-Q2 are observed whole; a
    // printer incident in June shows the export holds the category 'Entretien'.
    const tickets = ticketsFromRows([
      { id: 'A0', openedAt: '2026-04-01T10:00:00+02:00', type: 'request', category: 'Compte' },
      { id: 'I0', openedAt: '2026-06-03T10:00:00+02:00', type: 'incident', category: 'Entretien', assetId: 'PRN-1' },
      ...['2026-05-12T10:00:00+02:00', '2026-05-19T10:00:00+02:00', '2026-05-26T10:00:00+02:00'].map((openedAt, i) => ({ id: `R${i}`, openedAt, type: 'request', maintenanceType: 'preventive', category: 'Revue', assetId: 'FW-1' })),
    ]);
    const policy = parsePolicy({
      timezone: 'Europe/Paris',
      preventivePlan: [
        { id: 'fw', title: 'Revue', assetIds: ['FW-1'], category: 'Revue', every: 'week' },
        { id: 'prn', title: 'Entretien', assetType: 'printer', category: 'Entretien', every: 'quarter' },
      ],
    });
    const assets = assetsFromRows([{ id: 'FW-1', type: 'network' }, { id: 'PRN-1', type: 'printer' }]);
    const messages = (period: string, language: 'en' | 'fr') =>
      buildReport({ tickets, assets, policy }, { period, asOf: '2026-07-15T00:00:00Z', language }).findings.filter((f) => f.kind === 'preventive-missed').map((f) => f.message);
    expect(messages('2026-05', 'fr')).toEqual(['«\u202fRevue\u202f» (toutes les semaines)\u202f: non fait sur 1 des 1 équipement la semaine du 4 mai 2026\u202f; fait 3 fois sur 4 sur la période (75\u202f%).']);
    expect(messages('2026-Q2', 'en')).toContain('"Entretien" (every quarter) was missed on 1 of 1 asset (printer) in Q2 2026; done 0 times out of 1 this period (0%).');
    expect(messages('2026-Q2', 'fr')).toContain('«\u202fEntretien\u202f» (tous les trimestres)\u202f: non fait sur 1 des 1 imprimante au T2 2026\u202f; fait 0 fois sur 1 sur la période (0\u202f%).');
  });

  test('a task no ticket can show done says why in the Markdown table, in English and French', () => {
    const tickets = ticketsFromRows([{ id: 'A0', openedAt: '2026-04-01T10:00:00+02:00', type: 'request', category: 'Compte' }]);
    const policy = parsePolicy({ timezone: 'Europe/Paris', preventivePlan: [{ id: 'patch', title: 'Security patches', assetIds: ['SRV-1'], category: 'Correctifs', every: 'month' }] });
    const assets = assetsFromRows([{ id: 'SRV-1', type: 'server' }]);
    const markdown = (language: 'en' | 'fr') => reportToMarkdown(buildReport({ tickets, assets, policy }, { period: '2026-04', asOf: '2026-07-15T00:00:00Z', language }));
    expect(markdown('en')).toContain('| Security patches | month | 1 | not measured (no ticket of the export has the task’s category) |');
    expect(markdown('fr')).toContain('| Security patches | mois | 1 | non mesuré (aucun ticket de l’export ne porte la catégorie de la tâche) |');
    // Not a missed window: no finding says it was not done.
    expect(buildReport({ tickets, assets, policy }, { period: '2026-04', asOf: '2026-07-15T00:00:00Z' }).findings.some((f) => f.kind === 'preventive-missed')).toBe(false);
  });

  test('the Markdown review has a Preventive plan section and summary rows', () => {
    const markdown = reportToMarkdown(review('en'));
    expect(markdown).toContain('| Preventive plan kept | 87.5% (21/24) | 0% (0/24) |');
    expect(markdown).toContain('## Preventive plan\n\n21 of 24 due windows done (87.5%).');
    expect(markdown).toContain('| Restore test | month | 8 | 21 / 24 | 87.5% |');
    expect(markdown).toContain('### Missed (3)');
    expect(markdown).toContain('| Restore test | SRV-6 | 1 May 2026 – 31 May 2026 |');
    const french = reportToMarkdown(review('fr'));
    expect(french).toContain('| Test de restauration | mois | 8 | 21 / 24 | 87,5\u202f% |');
    // Without a plan, the section says so.
    const noPlan = buildReport({ tickets: ticketsFromRows([{ id: 'T1', openedAt: '2026-05-01T10:00:00Z' }]), policy: parsePolicy({}) }, { period: '2026-Q2' });
    expect(reportToMarkdown(noPlan)).toContain('## Preventive plan\n\nThe policy has no preventive maintenance plan: nothing to check.');
    // … and the report's notMeasured says why the figures are null.
    expect(noPlan.notMeasured).toContainEqual({ figure: 'preventive', reason: 'no-plan' });
  });
});
