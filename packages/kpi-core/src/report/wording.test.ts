/**
 * The review's wording on small data (review7): one incident is said in the singular, two are
 * "both", a share that cannot be measured is a plain sentence, a period of instants is named in
 * the policy's zone with its times, a French review names its quarters one way (`T1 2026`), and a
 * change in points is the difference of the two figures shown.
 */
import { describe, expect, it } from 'vitest';
import { ticketsFromRows } from '../model/tables.js';
import { parsePolicy } from '../policy/parse.js';
import { pageTitle } from '../cli/html.js';
import { buildReport } from './build.js';
import { formatter } from './format.js';
import { reportToMarkdown } from './markdown.js';
import { CATALOGUES } from './messages.js';

const policy = parsePolicy({
  timezone: 'Europe/Paris',
  preventivePlan: [{ id: 'bk', title: 'Backup check', assetType: 'server', category: 'Backup', every: 'month' }],
});

describe('one incident, in the singular', () => {
  it('says "0 of 1 incident with a key" and "0 of 1 incident names an asset"', () => {
    // One incident with neither category nor asset: no key (assetId · category), no asset.
    const tickets = ticketsFromRows([{ id: 'T1', openedAt: '2026-03-10T09:00:00Z', type: 'incident', priority: 'P2', resolvedAt: '2026-03-10T11:00:00Z' }]);
    const markdown = reportToMarkdown(buildReport({ tickets, assets: null, policy }, { period: '2026-03', asOf: '2026-04-01T00:00:00Z' }));
    expect(markdown).toContain('| Recurrence rate | not measured (0 of 1 incident with a key; at least 50% needed) |');
    expect(markdown).toContain('| Fleet MTBF | not measured (0 of 1 incident names an asset; at least 50% needed) |');
    // The plan is there, the share of planned work in labour hours cannot be measured (no effort recorded): a sentence.
    expect(markdown).not.toMatch(/n\/a of labour hours/);
    expect(markdown).toContain('Share of planned maintenance in labour hours not measured; 1 corrective incident.');
    const fr = reportToMarkdown(buildReport({ tickets, assets: null, policy }, { period: '2026-03', asOf: '2026-04-01T00:00:00Z', language: 'fr' }));
    expect(fr).toContain('Part de la maintenance planifiée dans les heures de travail non mesurée\u202f; 1 incident correctif.');
  });

  it('says "0/1 incident with a key"', () => {
    const tickets = ticketsFromRows([{ id: 'T1', openedAt: '2026-03-10T09:00:00Z', type: 'incident', priority: 'P2', category: 'Net', assetId: 'PC1', resolvedAt: '2026-03-10T11:00:00Z' }]);
    const markdown = reportToMarkdown(buildReport({ tickets, assets: null, policy }, { period: '2026-03', asOf: '2026-04-01T00:00:00Z' }));
    expect(markdown).toContain('| Recurrence rate | 0% (0/1 incident with a key, of 1) |');
  });
});

describe('periods as the review names them', () => {
  const tickets = ticketsFromRows([
    { id: 'T1', openedAt: '2026-03-30T09:00:00Z', type: 'incident', priority: 'P2', resolvedAt: '2026-03-30T11:00:00Z' },
    { id: 'T2', openedAt: '2026-01-05T09:00:00Z', type: 'incident', priority: 'P2', resolvedAt: '2026-01-05T11:00:00Z' },
  ]);

  it('names a range of instants in the policy’s zone with its times, title and period line alike', () => {
    // 08:00 in Paris on 30 March (summer time since the 29th) is 06:00 UTC: the label of the JSON.
    const report = buildReport({ tickets, assets: null, policy }, { period: '2026-03-30T08:00..2026-03-31T08:00', asOf: '2026-04-01T00:00:00Z', language: 'fr' });
    expect(report.period.label).toBe('2026-03-30T06:00:00.000Z..2026-03-31T06:00:00.000Z');
    const markdown = reportToMarkdown(report);
    expect(markdown).toMatch(/^# Revue de service — tous les clients — 30 mars 2026, 08:00 – 31 mars 2026, 08:00 \(Europe\/Paris\)\n/);
    // The day before, 29 March 08:00 (winter time until 02:00 that day) to 30 March 08:00.
    expect(markdown).toContain('Période\u202f: 30 mars 2026, 08:00 – 31 mars 2026, 08:00 (Europe/Paris), comparée à 29 mars 2026, 08:00 – 30 mars 2026, 08:00 (Europe/Paris).');
    expect(pageTitle(report)).toBe('Revue — tous les clients — 30 mars 2026, 08:00 – 31 mars 2026, 08:00 (Europe/Paris)');
  });

  it('names quarters « T1 2026 » throughout a French review; the JSON label stays 2026-Q1', () => {
    const report = buildReport({ tickets, assets: null, policy }, { period: '2026-Q1', asOf: '2026-04-01T00:00:00Z', language: 'fr' });
    expect(report.period.label).toBe('2026-Q1');
    const markdown = reportToMarkdown(report);
    expect(markdown).toMatch(/^# Revue de service — tous les clients — T1 2026\n/);
    // The data start in 2026: T4 2025 is named, and not compared with (honest8).
    expect(markdown).toContain('sans comparaison avec T4 2025, que les données ne couvrent pas');
    expect(markdown).not.toContain('2026-Q1');
    // The HTML page's title: the client or "all clients", one space each side of the dashes.
    expect(pageTitle(report)).toBe('Revue — tous les clients — T1 2026');
    const en = buildReport({ tickets, assets: null, policy }, { period: '2026-03', asOf: '2026-04-01T00:00:00Z', client: null });
    expect(pageTitle(en)).toBe('Revue — all clients — 2026-03');
  });

  it('names half-years « S1 2026 » (semestre) in a French review, as it names quarters', () => {
    const report = buildReport({ tickets, assets: null, policy }, { period: '2026-H1', asOf: '2026-07-01T00:00:00Z', language: 'fr' });
    expect(report.period.label).toBe('2026-H1');
    const markdown = reportToMarkdown(report);
    expect(markdown).toMatch(/^# Revue de service — tous les clients — S1 2026\n/);
    expect(markdown).toContain('sans comparaison avec S2 2025, que les données ne couvrent pas');
    expect(markdown).not.toMatch(/20\d\d-H\d/);
    expect(reportToMarkdown(buildReport({ tickets, assets: null, policy }, { period: '2026-H1', asOf: '2026-07-01T00:00:00Z' }))).toMatch(/^# Service review — all clients — 2026-H1\n/);
  });
});

describe('sentences of the findings', () => {
  const f = formatter('en', 'EUR', 'UTC');

  it('gives a change in points as the difference of the two figures shown', () => {
    // 95.16 % and 89.44 % are shown 95.2 % and 89.4 %: −5.8 pts (the unrounded −5.72 read −5.7).
    expect(CATALOGUES.en.slaSlipping({ target: 'resolution', now: 0.8944, before: 0.9516, previousLabel: '2026-Q1' }, f)).toBe(
      'Tickets resolved on time fell from 95.2% to 89.4% (−5.8 pts against 2026-Q1).',
    );
  });

  it('says a gap of 12.07 days as 12 days, never "the last two 2 weeks apart"', () => {
    expect(CATALOGUES.en.gap(12.07 * 24, f)).toBe('12 days');
    expect(CATALOGUES.fr.gap(12.07 * 24, formatter('fr', 'EUR', 'UTC'))).toBe('12 jours');
    expect(CATALOGUES.en.gap(21 * 24, f)).toBe('3 weeks');
    expect(CATALOGUES.en.acceleratingFailures({ assetId: 'PC1', failures: 3, period: 'this quarter', gap: '12 days' }, f)).toBe(
      'PC1 fails more and more often: 3 failures this quarter, 12 days between the last two.',
    );
  });

  it('says in French that a chain joins incidents at most windowDays apart (30 days apart join)', () => {
    expect(CATALOGUES.fr.recurringProblem({ key: 'K', count: 3, first: '1 mars', last: '31 mars', windowDays: 30 }, formatter('fr', 'EUR', 'UTC'))).toContain('chacun au plus 30 jours après le précédent.');
  });
});

describe('assumptions about the data, apart from the policy’s defaults', () => {
  it('introduces the paused-minutes, affected-users and impact rules as rules about the data, not defaults to edit', () => {
    // A policy that sets everything it can but lists no SLA override: one P2 incident with an
    // exported paused time (a number of minutes), no affected users, its impact from its priority.
    const tickets = ticketsFromRows([{ id: 'T1', openedAt: '2026-03-10T09:00:00Z', type: 'incident', priority: 'P2', resolvedAt: '2026-03-10T11:00:00Z', pausedMinutes: 30 }]);
    const report = buildReport({ tickets, assets: null, policy }, { period: '2026-03', asOf: '2026-04-01T00:00:00Z' });
    expect(report.assumptions.map((a) => a.key)).toContain('pausedMinutes');
    const en = reportToMarkdown(report);
    const intro = 'Rules applied where the data does not say (the policy has no setting for them):';
    expect(en).toContain(`${intro}\n\n- Paused time exported as a number of minutes`);
    // The policy's defaults (SLA targets…) keep their own intro, and none of the data rules is under it.
    const policyPart = en.slice(en.indexOf('Default values used, since the policy does not set them:'), en.indexOf(intro));
    expect(policyPart).toContain('- SLA target P2');
    expect(policyPart).not.toContain('Paused time');
    expect(policyPart).not.toContain('Users affected by an incident');
    const fr = reportToMarkdown(buildReport({ tickets, assets: null, policy }, { period: '2026-03', asOf: '2026-04-01T00:00:00Z', language: 'fr' }));
    expect(fr).toContain('Règles appliquées là où les données ne disent rien (la politique n’a pas de réglage pour elles)\u202f:\n\n- Temps en attente exporté en nombre de minutes');
  });
});

describe('the recurrence key, in words', () => {
  // Seen on a French GLPI export: the default key showed as "assetId, category", column names of
  // the code, on the French summary. A reader sees the words of the language.
  it('names the key’s columns in the language of the review', () => {
    expect(CATALOGUES.fr.assumption('recurrence.key', ['assetId', 'category'], formatter('fr', 'EUR', 'UTC'))).toBe('Même incident quand ces champs sont égaux\u202f: équipement, catégorie');
    expect(CATALOGUES.en.assumption('recurrence.key', ['assetId', 'category'], formatter('en', 'EUR', 'UTC'))).toBe('Same incident again when these fields match: asset, category');
  });

  it('shows a column it does not know as the policy writes it', () => {
    expect(CATALOGUES.fr.assumption('recurrence.key', ['site', 'u_ci'], formatter('fr', 'EUR', 'UTC'))).toBe('Même incident quand ces champs sont égaux\u202f: site, u_ci');
  });
});
