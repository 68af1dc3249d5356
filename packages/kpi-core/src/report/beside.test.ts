/**
 * The defaults a figure rests on are said beside it (under the summary table), not only in the
 * assumptions at the end: a new user's export without a policy read "Resolution SLA met 73.1 %"
 * against Revue's default targets on Revue's default calendar, with every ticket an incident (no
 * type column) and one user per incident. The values in the expected lines are the defaults of
 * `DEFAULT_POLICY_JSON` (policy/parse.ts): P1 response 1 h, resolution 4 h, 24x7; P2 2 h / 8 h on
 * business hours; Mon–Fri 09:00-17:00, no holidays, time zone UTC.
 */
import { describe, expect, it } from 'vitest';
import { readTickets } from '../ingest/read.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';
import { figureDefaults } from './beside.js';
import { reportToMarkdown } from './markdown.js';

/** A review of a CSV written as rows, in March 2026 (asOf the end of the month). */
function review(csv: string[], policy: object, language: 'en' | 'fr' = 'en') {
  const read = readTickets(csv.join('\n'), { fileName: 'export.csv', timezone: 'UTC' });
  return buildReport({ tickets: read.table, policy: parsePolicy(policy), quality: { tickets: read.quality } }, { period: '2026-03', asOf: '2026-04-01T00:00:00Z', language });
}

// No type column, no affected users, no first response: the public export of the trial, in small.
const untyped = ['id,openedAt,priority,resolvedAt', 'T1,2026-03-10T09:00:00Z,P1,2026-03-10T11:00:00Z', 'T2,2026-03-11T09:00:00Z,P2,2026-03-11T12:00:00Z'];

// Every value the SLA reads set by the policy: targets, hours, holidays, time zone.
const contract = {
  timezone: 'Europe/Paris',
  calendar: { hours: { mon: ['08:00-18:00'], tue: ['08:00-18:00'], wed: ['08:00-18:00'], thu: ['08:00-18:00'], fri: ['08:00-18:00'], sat: [], sun: [] }, holidays: { country: 'FR' } },
  sla: { P1: { response: '30m', resolution: '4h', clock: '24x7' }, P2: { response: '1h', resolution: '8h', clock: 'business' } },
};

describe('beside the SLA figures, the default targets and calendar', () => {
  it('says them under the table in English, with the values, when no policy sets them', () => {
    const markdown = reportToMarkdown(review(untyped, {}));
    const table = markdown.indexOf('| Resolution SLA met |');
    const line = markdown.indexOf(
      "- SLA met rests on Revue's default targets, not your contract's: P1 4 h around the clock, P2 8 h; and on its default business hours: Mon–Fri 09:00–17:00 (UTC), no public holidays. Set them in the policy.",
    );
    // Beside the figures: after the table, before the next section; the list at the end stays.
    expect(table).toBeGreaterThan(0);
    expect(line).toBeGreaterThan(table);
    expect(line).toBeLessThan(markdown.indexOf('## Activity'));
    expect(markdown).toContain('- SLA target P1: response 1 h, resolution 4 h (24×7)');
    expect(markdown).toContain('- Opening hours: Mon Tue Wed Thu Fri 09:00-17:00');
  });

  it('says them in French, with narrow no-break spaces', () => {
    const markdown = reportToMarkdown(review(untyped, {}, 'fr'));
    expect(markdown).toContain(
      '- Le respect du SLA repose sur les objectifs par défaut de Revue, pas sur ceux de votre contrat\u202f: P1 4 h (24 h/24, 7 j/7), P2 8 h\u202f; et sur les heures ouvrées par défaut\u202f: lun.–ven. 09:00–17:00 (UTC), sans jours fériés. Réglez-les dans la politique.',
    );
  });

  it('gives the response targets too where the response is measured', () => {
    const csv = ['id,openedAt,priority,firstResponseAt,resolvedAt', 'T1,2026-03-10T09:00:00Z,P1,2026-03-10T09:20:00Z,2026-03-10T11:00:00Z'];
    // Its one ticket is P1, judged around the clock: the default business hours are the hours
    // lost's alone (usedBy), so the SLA line does not name them.
    expect(reportToMarkdown(review(csv, {}))).toContain(
      "- SLA met rests on Revue's default targets, not your contract's (response / resolution): P1 1 h / 4 h around the clock. Set them in the policy.",
    );
    expect(reportToMarkdown(review(csv, {}, 'fr'))).toContain('pas sur ceux de votre contrat (prise en charge / résolution)\u202f: P1 1 h / 4 h (24 h/24, 7 j/7). Réglez-les');
  });

  it('does not name the default calendar beside an SLA whose targets are all round the clock', () => {
    // The policy sets 24x7 targets and no calendar: the default hours, holidays and time zone
    // are read by the hours lost only (two incidents counted), never by the SLA's clock.
    const roundTheClock = { sla: { P1: { response: '30m', resolution: '4h', clock: '24x7' }, P2: { response: '1h', resolution: '8h', clock: '24x7' } } };
    const report = review(untyped, roundTheClock);
    expect(figureDefaults(report).sla).toBeNull();
    const hours = report.assumptions.find((assumption) => assumption.key === 'calendar.hours');
    expect(hours?.usedBy).toEqual(['lostHours']);
    expect(report.assumptions.find((assumption) => assumption.key === 'timezone')?.usedBy).toEqual(['lostHours']);
    for (const language of ['en', 'fr'] as const) expect(reportToMarkdown(review(untyped, roundTheClock, language))).not.toMatch(/SLA met rests on|respect du SLA repose/);
    // The same export on the default targets: P2 is on business hours, so the SLA read the calendar.
    const defaults = review(untyped, {});
    expect(defaults.assumptions.find((assumption) => assumption.key === 'calendar.hours')?.usedBy).toEqual(['sla', 'lostHours']);
    expect(figureDefaults(defaults).sla?.hours).not.toBeNull();
  });

  it('says only the calendar when the policy sets the targets', () => {
    const markdown = reportToMarkdown(review(untyped, { sla: contract.sla }));
    expect(markdown).toContain("- SLA met rests on Revue's default business hours, not your contract's: Mon–Fri 09:00–17:00 (UTC), no public holidays. Set them in the policy.");
    expect(reportToMarkdown(review(untyped, { sla: contract.sla }, 'fr'))).toContain(
      '- Le respect du SLA repose sur les heures ouvrées par défaut de Revue, pas sur celles de votre contrat\u202f: lun.–ven. 09:00–17:00 (UTC), sans jours fériés.',
    );
  });

  it('says nothing beside an SLA that is not measured (dates without a time of day)', () => {
    const dates = ['id,openedAt,priority,resolvedAt', 'T1,2026-03-10,P1,2026-03-11', 'T2,2026-03-11,P2,2026-03-12'];
    const report = review(dates, {});
    expect(report.notMeasured).toContainEqual({ figure: 'sla.resolution', reason: 'no-time-of-day' });
    expect(reportToMarkdown(report)).not.toContain('SLA met rests on');
  });

  it('says nothing of the kind when the policy sets targets and calendar, in either language', () => {
    for (const language of ['en', 'fr'] as const) {
      const report = review(untyped, contract, language);
      expect(figureDefaults(report).sla).toBeNull();
      const markdown = reportToMarkdown(report);
      expect(markdown).not.toMatch(/SLA met rests on|respect du SLA repose/);
      expect(markdown).not.toMatch(/Set them in the policy|Réglez-les dans la politique/);
    }
  });
});

describe('beside the incidents and hours lost, the tickets taken as incidents and the one user each', () => {
  it('says every ticket counts as an incident when the export has no type column', () => {
    expect(reportToMarkdown(review(untyped, contract))).toContain(
      '- Incidents: the export gives no ticket type, so every ticket counts as an incident, in the hours lost too. Map a type column to tell requests apart.',
    );
    expect(reportToMarkdown(review(untyped, contract, 'fr'))).toContain(
      '- Incidents\u202f: l’export ne donne pas de type de ticket, chaque ticket compte donc comme un incident, dans les heures perdues aussi. Associez une colonne de type pour distinguer les demandes.',
    );
  });

  it("never sets the file's ticket count beside the period's incidents as if it were one of its figures", () => {
    // The trial's export: 1,200 tickets in the file, 719 opened in the quarter, and the line under
    // the table said "all 1,200 tickets count as incidents" beside "Incidents | 719". Here: 3
    // tickets in the file, 2 opened in March 2026 (T0 in February), no type column.
    const file = [...untyped, 'T0,2026-02-10T09:00:00Z,P2,2026-02-10T12:00:00Z'];
    for (const language of ['en', 'fr'] as const) {
      const markdown = reportToMarkdown(review(file, contract, language));
      expect(markdown).toContain('| Incidents | 2 |');
      const line = markdown.split('\n').find((l) => l.startsWith('- Incidents'))!;
      expect(line).not.toMatch(/\d/);
    }
    // With some types, the count is the file's and says so.
    const mixed = [
      'id,openedAt,type,priority,resolvedAt',
      'T0,2026-02-10T09:00:00Z,,P2,2026-02-10T12:00:00Z',
      'T1,2026-03-10T09:00:00Z,,P1,2026-03-10T11:00:00Z',
      'T2,2026-03-11T09:00:00Z,request,P2,2026-03-11T12:00:00Z',
    ];
    expect(reportToMarkdown(review(mixed, contract))).toContain('- Incidents: 2 tickets in the file have no type, so they count as incidents, in the hours lost too.');
    expect(reportToMarkdown(review(mixed, contract, 'fr'))).toContain('- Incidents\u202f: 2 tickets du fichier n’ont pas de type et comptent donc comme des incidents, dans les heures perdues aussi.');
  });

  it('says nothing of it when every ticket has its type, and counts those without one otherwise', () => {
    const typed = ['id,openedAt,type,priority,resolvedAt', 'T1,2026-03-10T09:00:00Z,incident,P1,2026-03-10T11:00:00Z', 'T2,2026-03-11T09:00:00Z,request,P2,2026-03-11T12:00:00Z'];
    for (const language of ['en', 'fr'] as const) {
      const markdown = reportToMarkdown(review(typed, contract, language));
      expect(markdown).not.toMatch(/ticket type|type de ticket|without a type|sans type/);
    }
    // One of two tickets with an empty type: read as an incident (DESIGN §2), said with its count.
    const mixed = ['id,openedAt,type,priority,resolvedAt', 'T1,2026-03-10T09:00:00Z,,P1,2026-03-10T11:00:00Z', 'T2,2026-03-11T09:00:00Z,request,P2,2026-03-11T12:00:00Z'];
    expect(reportToMarkdown(review(mixed, contract))).toContain('- Incidents: 1 ticket in the file has no type, so it counts as an incident, in the hours lost too.');
    expect(reportToMarkdown(review(mixed, contract, 'fr'))).toContain('- Incidents\u202f: 1 ticket du fichier n’a pas de type et compte donc comme un incident, dans les heures perdues aussi.');
  });

  it('says one user per incident is a default, and not when the export counts the users', () => {
    expect(reportToMarkdown(review(untyped, contract))).toContain("- Hours lost: one user per incident, Revue's default, since the export does not say how many were affected.");
    expect(reportToMarkdown(review(untyped, contract, 'fr'))).toContain(
      '- Heures perdues\u202f: un utilisateur par incident, valeur par défaut de Revue, faute pour l’export de dire combien étaient touchés.',
    );
    const counted = ['id,openedAt,type,priority,affectedUsers,resolvedAt', 'T1,2026-03-10T09:00:00Z,incident,P1,12,2026-03-10T11:00:00Z', 'T2,2026-03-11T09:00:00Z,incident,P2,3,2026-03-11T12:00:00Z'];
    for (const language of ['en', 'fr'] as const) {
      const report = review(counted, contract, language);
      expect(figureDefaults(report)).toEqual({ sla: null, untyped: null, usersDefault: false });
      expect(reportToMarkdown(report)).not.toMatch(/one user per incident|un utilisateur par incident/);
    }
  });
});
