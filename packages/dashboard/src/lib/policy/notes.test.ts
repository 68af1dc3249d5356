import { assetsFromRows, buildReport, parsePolicy, ticketsFromRows } from '@revue/kpi-core';
import type { Report } from '@revue/kpi-core';
import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../sections.js';
import { KPIS } from '../kpis.js';
import { CHART_FIGURES, KPI_FIGURES, SECTION_SCOPES, notMeasuredReason, sectionNotes } from './notes.js';

// Two P2 incidents in March 2026, UTC; the policy gives only the time zone: every other value is a default.
const tickets = ticketsFromRows([
  { id: 'T1', openedAt: Date.UTC(2026, 2, 2, 9), firstResponseAt: Date.UTC(2026, 2, 2, 9, 30), resolvedAt: Date.UTC(2026, 2, 2, 12), priority: 'P2', impact: 'outage', affectedUsers: 2 },
  { id: 'T2', openedAt: Date.UTC(2026, 2, 3, 9), firstResponseAt: Date.UTC(2026, 2, 3, 9, 30), resolvedAt: Date.UTC(2026, 2, 3, 11), priority: 'P2' },
]);
const defaults = buildReport({ tickets, policy: parsePolicy({ timezone: 'UTC' }) }, { period: '2026-03' });
const withRates = buildReport({ tickets, policy: parsePolicy({ timezone: 'UTC', rates: { userHourly: 40, technicianHourly: 60 }, headcount: 10 }) }, { period: '2026-03' });

describe('sectionNotes', () => {
  it('has a scope for every section, and none for another page', () => {
    expect(Object.keys(SECTION_SCOPES).sort()).toEqual(SECTIONS.map((s) => s.id).sort());
    expect(sectionNotes(defaults, 'no-such-section', 'en')).toEqual({ assumptions: [], dataAssumptions: [], notMeasured: [], types: null, policy: [] });
  });

  it('says on the summary what the policy asks that the data gives no hold to, as the CLI review does', () => {
    // An override for "Bistrot" (no such client: the tickets name none) and pause statuses on a
    // one-row-per-ticket file without a paused-time column: kpi-core's two policyNotices.
    const policy = parsePolicy({ timezone: 'UTC', pauseStatuses: ['Waiting for customer'], clients: { Bistrot: { headcount: 3 } } });
    const report = buildReport({ tickets, policy }, { period: '2026-03' });
    expect(report.policyNotices?.map((notice) => notice.code).sort()).toEqual(['pause-statuses-not-applied', 'unknown-client']);
    const lines = sectionNotes(report, 'summary', 'en').policy;
    expect(lines).toContain('The policy\'s override for "Bistrot" names no client of the data (compared ignoring case, accents and spacing): it was not applied.');
    expect(lines).toHaveLength(2);
    expect(sectionNotes(report, 'sla', 'en').policy).toEqual([]);
    expect(sectionNotes(defaults, 'summary', 'en').policy).toEqual([]);
  });

  it('shows the default SLA targets beside the SLA figures, in the words of kpi-core’s catalogue', () => {
    const notes = sectionNotes(defaults, 'sla', 'en');
    // DEFAULT_POLICY_JSON: P2 2h / 8h on business hours, Mon–Fri 09:00-17:00.
    expect(notes.assumptions).toContain('SLA target P2: response 2 h, resolution 8 h (business hours)');
    expect(notes.assumptions).toContain('Opening hours: Mon Tue Wed Thu Fri 09:00-17:00');
    expect(sectionNotes(defaults, 'sla', 'fr').assumptions).toContain('Objectif SLA P2\u202f: prise en charge 2 h, résolution 8 h (heures ouvrées)');
    // Not an SLA matter: no recurrence assumption here.
    expect(notes.assumptions.some((line) => line.startsWith('Incidents that make'))).toBe(false);
  });

  it('lists the rules about the data apart from the policy’s defaults (no policy setting changes them)', () => {
    // T2 has no affectedUsers: one user assumed, a rule about the data (kpi-core's affectedUsers).
    const notes = sectionNotes(defaults, 'lost-hours', 'en');
    expect(notes.dataAssumptions).toContain('Users affected by an incident whose export does not say how many: 1');
    expect(notes.assumptions.some((line) => line.startsWith('Users affected'))).toBe(false);
    // Exported paused minutes (a number, not intervals): subtracted as they are, on the SLA section.
    const paused = ticketsFromRows([{ id: 'P1', openedAt: Date.UTC(2026, 2, 2, 9), resolvedAt: Date.UTC(2026, 2, 2, 12), priority: 'P2', pausedMinutes: 30 }]);
    const report = buildReport({ tickets: paused, policy: parsePolicy({ timezone: 'UTC' }) }, { period: '2026-03' });
    const sla = sectionNotes(report, 'sla', 'fr');
    expect(sla.dataAssumptions).toEqual([expect.stringMatching(/^Temps en attente exporté en nombre de minutes/)]);
    expect(sla.assumptions.some((line) => line.startsWith('Temps en attente'))).toBe(false);
  });

  it('says that the cost of the hours lost is not measured without a rate, and not once a rate is set', () => {
    expect(sectionNotes(defaults, 'lost-hours', 'en').notMeasured).toContain('Cost of the hours lost: the policy gives no hourly rate');
    expect(sectionNotes(defaults, 'lost-hours', 'fr').notMeasured).toContain('Coût des heures perdues\u202f: la politique ne donne pas de taux horaire');
    expect(sectionNotes(withRates, 'lost-hours', 'en').notMeasured).not.toContain('Cost of the hours lost: the policy gives no hourly rate');
    expect(withRates.lostHours.cost).not.toBeNull();
  });

  it('says how the ticket types were read on the activity section, and with no incident type beside the incident figures', () => {
    // T1 and T2 have no type: read as incidents.
    expect(sectionNotes(defaults, 'activity', 'en').types).toBe('Ticket types read in the file: no type (read as incident) 2.');
    expect(sectionNotes(defaults, 'lost-hours', 'en').types).toBeNull();
    // A Jira software project: a Bug and a Story, no incident.
    const software = ticketsFromRows([
      { id: 'W-1', openedAt: Date.UTC(2026, 2, 2, 9), resolvedAt: Date.UTC(2026, 2, 2, 12), priority: 'P2', type: 'Bug' },
      { id: 'W-2', openedAt: Date.UTC(2026, 2, 3, 9), priority: 'P3', type: 'Story' },
    ]);
    const untyped = buildReport({ tickets: software, policy: parsePolicy({ timezone: 'UTC' }) }, { period: '2026-03' });
    for (const section of ['incidents', 'reliability', 'lost-hours']) {
      const notes = sectionNotes(untyped, section, 'en');
      expect(notes.types, section).toBe(
        'Ticket types read in the file: Bug 1, Story 1. None is read as an incident, so incidents, recurrence, reliability and hours lost are not measured; to count a type as incidents, map it in a mapping\'s values.type (for example "Bug": "incident").',
      );
      expect(notes.notMeasured.some((line) => line.endsWith('no ticket type in the file was read as an incident')), section).toBe(true);
    }
    expect(sectionNotes(untyped, 'lost-hours', 'fr').notMeasured).toContain('Heures perdues par les utilisateurs\u202f: aucun type de ticket du fichier n’a été lu comme un incident');
    expect(notMeasuredReason(untyped, 'lostHours.totalHours', 'en')).toBe('no ticket type in the file was read as an incident');
    expect(notMeasuredReason(untyped, 'recurrence.incidents', 'fr')).toBe('aucun type de ticket du fichier n’a été lu comme un incident');
    expect(sectionNotes(untyped, 'sla', 'en').types).toBeNull();
  });

  it('gives the backlog cards the reason an export without end state has none (no-end-state)', () => {
    // Two tickets with an opening date only: a table with no status, resolution or closing value.
    const endless = buildReport(
      { tickets: ticketsFromRows([{ id: 'E1', openedAt: Date.UTC(2026, 2, 2, 9), priority: 'P2' }, { id: 'E2', openedAt: Date.UTC(2026, 2, 5, 9), priority: 'P3' }]), policy: parsePolicy({ timezone: 'UTC' }) },
      { period: '2026-03', asOf: '2026-04-10T00:00Z' },
    );
    expect(KPIS.backlog.pick(endless)).toBeNull();
    expect(KPIS.openAtEnd.pick(endless)).toBeNull();
    const why = 'the export says neither a status nor when tickets were resolved or closed, so which tickets are still open cannot be told';
    expect(notMeasuredReason(endless, KPI_FIGURES['backlog']!, 'en')).toBe(why);
    expect(notMeasuredReason(endless, KPI_FIGURES['open-at-end']!, 'en')).toBe(why);
    expect(notMeasuredReason(endless, KPI_FIGURES['sla-resolution']!, 'fr')).toBe(
      'l’export ne donne ni le statut des tickets ni leur date de résolution ou de clôture, on ne peut donc pas savoir lesquels sont encore ouverts',
    );
    expect(notMeasuredReason(endless, KPI_FIGURES['lost-hours']!, 'en')).toBe(why);
    // The count of tickets opened needs no end: measured.
    expect(KPIS.ticketsOpened.pick(endless)).toBe(2);
  });

  it('gives the fleet cards the reason the tickets name assets the asset file lacks (assets-not-in-file)', () => {
    // Two incidents on; the asset file lists PC-1 only: 0 of 2 incidents name an asset
    // of the file, under half (minAssetShare 0.5), so no fleet MTBF nor availability.
    const unmatched = buildReport(
      {
        tickets: ticketsFromRows([
          { id: 'M1', openedAt: Date.UTC(2026, 2, 2, 9), resolvedAt: Date.UTC(2026, 2, 2, 11), assetId: 'X-1' },
          { id: 'M2', openedAt: Date.UTC(2026, 2, 5, 9), resolvedAt: Date.UTC(2026, 2, 5, 10), assetId: 'X-2' },
        ]),
        assets: assetsFromRows([{ id: 'PC-1', inServiceDate: '2024-01-01' }]),
        policy: parsePolicy({ timezone: 'UTC' }),
      },
      { period: '2026-03', asOf: '2026-04-01T00:00Z' },
    );
    expect(KPIS.mtbf.pick(unmatched)).toBeNull();
    expect(KPIS.availability.pick(unmatched)).toBeNull();
    expect(notMeasuredReason(unmatched, KPI_FIGURES['mtbf']!, 'en')).toBe(
      'too few of the assets named on incidents are in the asset file: check that both files come from the same tool and client',
    );
    expect(notMeasuredReason(unmatched, KPI_FIGURES['availability']!, 'fr')).toBe(
      'trop peu des équipements nommés sur les incidents sont dans le fichier d’équipements\u202f: vérifiez que les deux fichiers viennent du même outil et du même client',
    );
    expect(unmatched.dataQuality.assetIds).toEqual({ named: 2, inFile: 0, missing: ['X-1', 'X-2'] });
  });

  it('gives the cards of incident lengths the reason most ends are unknown (lengths-unknown)', () => {
    // On SRV-1, 24x7, UTC: K1 3 h and K2 5 h resolved, U1 and U2 closed with no date. 2 incidents
    // (and outages) of known length against 2 of unknown length: no hours, no MTTR, no availability.
    const incident = (id: string, day: number, hours: number | null) => ({
      id, assetId: 'SRV-1', type: 'incident', priority: 'P2', impact: 'outage', openedAt: Date.UTC(2026, 2, day, 9),
      resolvedAt: hours === null ? null : Date.UTC(2026, 2, day, 9 + hours), statusClass: hours === null ? 'closed' : 'resolved',
    });
    const unknown = buildReport(
      {
        // Six requests beside them (no incident, no target): a file of 10 tickets, from which kpi-core
        // judges whether most ends are unknown (EVIDENCE_MIN_TICKETS); a smaller one keeps DESIGN's figures.
        tickets: ticketsFromRows([
          incident('K1', 2, 3), incident('K2', 10, 5), incident('U1', 16, null), incident('U2', 20, null),
          ...Array.from({ length: 6 }, (_, i) => ({ id: `Q${i}`, type: 'request', priority: 'P9', openedAt: Date.UTC(2026, 2, 2, 8), resolvedAt: Date.UTC(2026, 2, 2, 8, 30), statusClass: 'resolved' })),
        ]),
        assets: assetsFromRows([{ id: 'SRV-1', type: 'server', inServiceDate: '2025-01-01' }]),
        policy: parsePolicy({ timezone: 'UTC', calendar: { hours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, ['00:00-24:00']])) }, rates: { userHourly: 40 } }),
      },
      { period: '2026-03', asOf: '2026-04-01T00:00Z' },
    );
    for (const kpi of [KPIS.lostHours, KPIS.lostCost, KPIS.mttr, KPIS.availability, KPIS.mtbf]) expect(kpi.pick(unknown)).toBeNull();
    // The counts stay: 4 failures, 2 incidents that lost time.
    expect(KPIS.failures.pick(unknown)).toBe(4);
    const why = 'no more incidents have a known length than were closed without a resolution date: the hours would add up only the open and dated ones, a part read as the whole';
    for (const id of ['lost-hours', 'lost-cost', 'lost-per-employee', 'mttr', 'availability', 'mtbf']) expect(notMeasuredReason(unknown, KPI_FIGURES[id]!, 'en')).toBe(why);
    expect(notMeasuredReason(unknown, KPI_FIGURES['mttr']!, 'fr')).toBe(
      'pas plus d’incidents de durée connue que d’incidents clos sans date de résolution\u202f: les heures n’additionneraient que les incidents ouverts ou datés, une partie lue comme le tout',
    );
  });

  it('gives the empty charts of an export without an asset file or technician time their reason, not "no data"', () => {
    // The GLPI French look-alike read alone: maintenance mix, asset ages, the three cost charts
    // and the replacement budget said « Pas de données pour ce graphique. » where the page's own
    // notes list each as not measured.
    const tickets = ticketsFromRows([
      { id: '1', openedAt: '2026-03-02T09:10Z', resolvedAt: '2026-03-02T11:40Z', priority: 'P3', assetId: 'IMP-BIS-01', category: 'Imprimante' },
      { id: '2', openedAt: '2026-03-09T09:30Z', priority: 'P3', assetId: 'NAS-CAB-01', category: 'Réseau' },
    ]);
    const report = buildReport({ tickets, policy: parsePolicy({}) }, { period: '2026-Q1', asOf: Date.parse('2026-03-24T00:00Z'), language: 'fr' });
    const reasons = Object.fromEntries(Object.entries(CHART_FIGURES).map(([chart, figure]) => [chart, notMeasuredReason(report, figure, 'fr')]));
    expect(reasons).toEqual({
      'maintenance-mix': 'le fichier ne contient pas ces valeurs',
      'fleet-ages': 'aucun fichier d’équipements fourni',
      'tco-breakdown': expect.stringMatching(/^aucune de ses parties n’est mesurée — acquisition, contrats et licences \(aucun fichier d’équipements fourni\)/),
      'tco-by-type': expect.stringMatching(/^aucune de ses parties n’est mesurée/),
      'tco-top-assets': expect.stringMatching(/^aucune de ses parties n’est mesurée/),
      'replacement-budget': 'aucun fichier d’équipements fourni',
    });
  });

  it('gives a card its own reason before its section’s (dates without a time of day)', () => {
    const untimed = {
      notMeasured: [
        { figure: 'sla.resolution', reason: 'no-time-of-day' },
        { figure: 'lostHours', reason: 'no-time-of-day' },
        { figure: 'lostHours.effortHours', reason: 'not-recorded' },
      ],
    } as Pick<Report, 'notMeasured'>;
    expect(notMeasuredReason(untimed, 'sla.resolution.adherence', 'en')).toBe('the export gives the ticket dates without a time of day, so hours between them cannot be measured');
    expect(notMeasuredReason(untimed, 'lostHours.totalHours', 'fr')).toBe('l’export donne les dates des tickets sans heure, les durées en heures ne peuvent pas en être mesurées');
    expect(notMeasuredReason(untimed, 'lostHours.effortHours', 'en')).toBe('the file holds no such values');
  });

  it('lists every assumption on the summary', () => {
    const summary = sectionNotes(defaults, 'summary', 'en');
    // The policy's defaults and the rules about the data (affectedUsers for T2), each once.
    expect(summary.assumptions.length + summary.dataAssumptions.length).toBe(defaults.assumptions.length);
    expect(summary.dataAssumptions).toEqual(['Users affected by an incident whose export does not say how many: 1']);
  });
});

describe('notMeasuredReason', () => {
  it('gives the reason of a null figure, from its own entry or its KPI’s', () => {
    expect(defaults.lostHours.cost).toBeNull();
    expect(notMeasuredReason(defaults, 'lostHours.cost', 'en')).toBe('the policy gives no hourly rate');
    expect(notMeasuredReason(defaults, 'lostHours.cost', 'fr')).toBe('la politique ne donne pas de taux horaire');
    expect(notMeasuredReason(defaults, 'lostHours.perEmployeePerYear', 'en')).toBe('the policy gives no headcount');
    expect(notMeasuredReason(withRates, 'lostHours.cost', 'en')).toBeNull();
    // A period the data does not cover: every figure's reason is the KPI's `outside-data`.
    const outside = buildReport({ tickets, policy: parsePolicy({ timezone: 'UTC' }) }, { period: '2026-06' });
    expect(notMeasuredReason(outside, 'sla.resolution.adherence', 'en')).toBe('the data holds no ticket for this period');
  });

  it('gives a cost total none of whose parts is measured the reasons of its parts (no "n/a" without a reason)', () => {
    // Tickets only, no rate, no effort column: kpi-core has no entry for tco.total nor tco.unallocated
    // ("its parts say why"), and lists acquisition, contracts, licences (no-assets), labour
    // (not-recorded), downtime (no-rate) in tco.excluded.
    expect(defaults.tco.total).toBeNull();
    expect(defaults.notMeasured.some((entry) => entry.figure === 'tco.total')).toBe(false);
    const en = 'none of its parts is measured — acquisition, contracts and licences (no asset file was given), labour (the file holds no such values) and downtime (the policy gives no hourly rate)';
    expect(notMeasuredReason(defaults, 'tco.total', 'en')).toBe(en);
    expect(notMeasuredReason(defaults, 'tco.unallocated', 'en')).toBe(en);
    expect(notMeasuredReason(defaults, 'tco.total', 'fr')).toMatch(/^aucune de ses parties n’est mesurée — acquisition, contrats et licences \(aucun fichier d’équipements fourni\)/);
    // Its own entry wins: the cost per user is not measured for want of a headcount.
    expect(notMeasuredReason(defaults, 'tco.perUser', 'en')).toBe('the policy gives no headcount');
  });

  it('says the fleet MTBF and availability are not measured without an asset file, on the cards and in the reliability notes', () => {
    // PC-1 fails twice (T1, T2 on it), no asset file: only the assets that failed are known, so
    // kpi-core leaves the fleet's MTBF and availability null ('no-assets'); MTTR stays.
    const named = ticketsFromRows([
      { id: 'T1', openedAt: Date.UTC(2026, 2, 2, 9), resolvedAt: Date.UTC(2026, 2, 2, 12), priority: 'P2', assetId: 'PC-1' },
      { id: 'T2', openedAt: Date.UTC(2026, 2, 3, 9), resolvedAt: Date.UTC(2026, 2, 3, 11), priority: 'P2', assetId: 'PC-1' },
    ]);
    const report = buildReport({ tickets: named, policy: parsePolicy({ timezone: 'UTC' }) }, { period: '2026-03' });
    expect(report.reliability.fleet).toMatchObject({ failures: 2, mtbfHours: null, availability: null, mttrHours: 2.5 });
    for (const card of ['mtbf', 'availability']) {
      expect(notMeasuredReason(report, KPI_FIGURES[card]!, 'en'), card).toBe('no asset file was given');
      expect(notMeasuredReason(report, KPI_FIGURES[card]!, 'fr'), card).toBe('aucun fichier d’équipements fourni');
    }
    expect(notMeasuredReason(report, KPI_FIGURES['mttr']!, 'en')).toBeNull();
    expect(sectionNotes(report, 'reliability', 'en').notMeasured).toContain('Fleet MTBF: no asset file was given');
    expect(sectionNotes(report, 'reliability', 'fr').notMeasured).toContain('Disponibilité\u202f: aucun fichier d’équipements fourni');
  });

  it('knows the figure of every KPI card', () => {
    for (const kpi of Object.values(KPIS)) {
      if ('pointInTime' in kpi || 'currentOnly' in kpi || kpi.id === 'requests') continue;
      expect(KPI_FIGURES[kpi.id], kpi.id).toBeDefined();
    }
  });
});
