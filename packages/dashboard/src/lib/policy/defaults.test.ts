import { buildReport, parsePolicy, readTickets, ticketsFromRows } from '@revue/kpi-core';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import { figureDefaults } from '@revue/kpi-core/report';
import { defaultNotes } from './defaults.js';

// Two P1/P2 tickets of March 2026 without a type or a count of affected users: every ticket is an
// incident (DESIGN §2) affecting one user (§5), as in a public export read without a policy.
const untyped = ticketsFromRows([
  { id: 'T1', openedAt: Date.UTC(2026, 2, 2, 9), resolvedAt: Date.UTC(2026, 2, 2, 12), priority: 'P1' },
  { id: 'T2', openedAt: Date.UTC(2026, 2, 3, 9), resolvedAt: Date.UTC(2026, 2, 3, 11), priority: 'P2' },
]);
// The same, typed and with their users counted.
const typed = ticketsFromRows([
  { id: 'T1', openedAt: Date.UTC(2026, 2, 2, 9), resolvedAt: Date.UTC(2026, 2, 2, 12), priority: 'P1', type: 'incident', affectedUsers: 4 },
  { id: 'T2', openedAt: Date.UTC(2026, 2, 3, 9), resolvedAt: Date.UTC(2026, 2, 3, 11), priority: 'P2', type: 'request' },
]);
// Every value the SLA reads set: targets, hours, holidays, time zone.
const contract = parsePolicy({
  timezone: 'Europe/Paris',
  calendar: { hours: { mon: ['08:00-18:00'], tue: ['08:00-18:00'], wed: ['08:00-18:00'], thu: ['08:00-18:00'], fri: ['08:00-18:00'] }, holidays: { country: 'FR' } },
  sla: { P1: { response: '30m', resolution: '4h', clock: '24x7' }, P2: { response: '1h', resolution: '8h', clock: 'business' } },
});
const report = (tickets: typeof untyped, policy: ReturnType<typeof parsePolicy>) => buildReport({ tickets, policy }, { period: '2026-03', asOf: '2026-04-01T00:00:00Z' });
const en = translator('en');
const fr = translator('fr');

describe('defaultNotes: the defaults a card’s figure rests on', () => {
  const bare = report(untyped, parsePolicy({}));

  it('says on the SLA cards that targets and hours are Revue’s defaults, with a link to the policy', () => {
    expect(defaultNotes(figureDefaults(bare), 'sla-resolution', en)).toEqual([{ text: 'Revue’s default targets and business hours, not your contract’s.', policy: true }]);
    expect(defaultNotes(figureDefaults(bare), 'sla-response', fr)).toEqual([{ text: 'Objectifs et heures ouvrées par défaut de Revue, pas ceux de votre contrat.', policy: true }]);
  });

  it('says only the hours when the policy sets the targets, only the targets when it sets the calendar', () => {
    const targetsSet = report(untyped, parsePolicy({ sla: { P1: { response: '1h', resolution: '4h', clock: '24x7' }, P2: { response: '2h', resolution: '8h', clock: 'business' } } }));
    expect(defaultNotes(figureDefaults(targetsSet), 'sla-resolution', en).map((note) => note.text)).toEqual(['Revue’s default business hours, not your contract’s.']);
    expect(defaultNotes(figureDefaults(targetsSet), 'sla-resolution', fr).map((note) => note.text)).toEqual(['Heures ouvrées par défaut de Revue, pas celles de votre contrat.']);
    const calendarSet = report(untyped, parsePolicy({ timezone: 'Europe/Paris', calendar: { hours: { mon: ['08:00-18:00'] }, holidays: { country: 'FR' } } }));
    expect(defaultNotes(figureDefaults(calendarSet), 'sla-resolution', en).map((note) => note.text)).toEqual(['Revue’s default targets, not your contract’s.']);
  });

  it('says every ticket counted as an incident, and one user each, on the incidents and lost-hours cards (no policy link)', () => {
    expect(defaultNotes(figureDefaults(bare), 'incidents', en)).toEqual([{ text: 'No ticket type in the export: every ticket counted as an incident.', policy: false }]);
    expect(defaultNotes(figureDefaults(bare), 'lost-hours', en)).toEqual([
      { text: 'No ticket type in the export: every ticket counted as an incident.', policy: false },
      { text: 'One user per incident, by default: the export does not say how many.', policy: false },
    ]);
    expect(defaultNotes(figureDefaults(bare), 'lost-per-employee', fr).map((note) => note.text)).toEqual([
      'Pas de type de ticket dans l’export\u202f: chaque ticket compté comme un incident.',
      'Un utilisateur par incident, par défaut\u202f: l’export ne dit pas combien.',
    ]);
  });

  it('counts the tickets without a type when the others have one', () => {
    const mixed = ticketsFromRows([
      { id: 'T1', openedAt: Date.UTC(2026, 2, 2, 9), resolvedAt: Date.UTC(2026, 2, 2, 12), priority: 'P1' },
      { id: 'T2', openedAt: Date.UTC(2026, 2, 3, 9), resolvedAt: Date.UTC(2026, 2, 3, 11), priority: 'P2', type: 'request' },
    ]);
    expect(defaultNotes(figureDefaults(report(mixed, contract)), 'incidents', en).map((note) => note.text)).toEqual(['In the file, 1 ticket without a type counted as an incident.']);
    expect(defaultNotes(figureDefaults(report(mixed, contract)), 'incidents', fr).map((note) => note.text)).toEqual(['Dans le fichier, 1 ticket sans type compté comme incident.']);
  });

  it('says nothing when the policy sets targets and calendar and the export gives types and users', () => {
    const full = report(typed, contract);
    for (const card of ['sla-resolution', 'sla-response', 'incidents', 'lost-hours', 'lost-per-employee'])
      for (const t of [en, fr]) expect(defaultNotes(figureDefaults(full), card, t), card).toEqual([]);
  });

  it('says nothing on a card that rests on none of these', () => {
    expect(defaultNotes(figureDefaults(bare), 'tco', en)).toEqual([]);
    expect(defaultNotes(figureDefaults(bare), 'mtbf', en)).toEqual([]);
  });
});

describe('defaultNotes: figures that run to closings (kpi-core closingEnds)', () => {
  // 20 incidents with a closing date only, every one at 00:10: a closing job, days after the resolutions.
  const lines = ['number,opened_at,state,closed_at'];
  for (let k = 1; k <= 20; k++) lines.push(`INC${k},2026-03-02T09:00:00Z,Closed,2026-03-04T00:10:00Z`);
  const read = readTickets(lines.join('\n'), { timezone: 'UTC', fileName: 't.csv' });
  const closings = buildReport({ tickets: read.table, policy: parsePolicy({}), quality: { tickets: read.quality } }, { period: '2026-03', asOf: '2026-04-01T00:00:00Z' });

  it('adds no note to the cards of ends and lengths: they are not measured, and say why (ends-are-closings)', () => {
    expect(closings.lostHours.totalHours).toBeNull();
    expect(closings.notMeasured).toContainEqual({ figure: 'lostHours', reason: 'ends-are-closings' });
    for (const card of ['lost-hours', 'mttr', 'sla-resolution']) expect(defaultNotes(figureDefaults(closings), card, en).map((note) => note.text)).not.toContainEqual(expect.stringMatching(/closing/));
  });

  it('says on those cards that they run to closing times spread over the day (no job), not on the others', () => {
    const spread = ['number,opened_at,state,closed_at'];
    for (let k = 1; k <= 20; k++) spread.push(`INC${k},2026-03-02T09:00:00Z,Closed,2026-03-0${2 + (k % 3)}T${String(10 + (k % 8)).padStart(2, '0')}:00:00Z`);
    const manual = readTickets(spread.join('\n'), { timezone: 'UTC', fileName: 't.csv' });
    expect(manual.quality.closingEnds?.batch).toBeNull();
    const handClosed = buildReport({ tickets: manual.table, policy: parsePolicy({}), quality: { tickets: manual.quality } }, { period: '2026-03', asOf: '2026-04-01T00:00:00Z' });
    const note = 'Runs to the closing time of most tickets: the export gives no resolution time.';
    for (const card of ['lost-hours', 'mttr', 'sla-resolution']) expect(defaultNotes(figureDefaults(handClosed), card, en)).toContainEqual({ text: note, policy: false });
    expect(defaultNotes(figureDefaults(handClosed), 'incidents', en).map((text) => text.text)).not.toContain(note);
  });

  it('says nothing of closings when the resolutions are dated', () => {
    expect(defaultNotes(figureDefaults(report(untyped, contract)), 'lost-hours', en).map((note) => note.text)).not.toContainEqual(expect.stringMatching(/closing/));
  });
});
