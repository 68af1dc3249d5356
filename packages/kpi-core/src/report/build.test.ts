import { describe, expect, it } from 'vitest';
import { ticketsFromRows } from '../model/tables.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';
import { escapeMarkdown, reportToMarkdown } from './markdown.js';
import { MAX_PER_KIND } from './findings.js';

// Every priority on a 24×7 clock so that elapsed times are plain wall time:
// P1 resolution target 4 h, response 1 h.
const POLICY_DOCUMENT = {
  timezone: 'Europe/Paris',
  sla: { P1: { response: '1h', resolution: '4h', clock: '24x7' } },
  headcount: 10,
  rates: { userHourly: 40, technicianHourly: 60 },
};
const policy = parsePolicy(POLICY_DOCUMENT);

type Row = Parameters<typeof ticketsFromRows>[0][number];

/** A P1 incident opened at `opened`, answered after 10 min, resolved after `hours`. */
function incident(id: string, opened: string, hours: number, extra: Partial<Row> = {}): Row {
  const start = Date.parse(opened);
  return {
    id,
    openedAt: start,
    firstResponseAt: start + 10 * 60_000,
    resolvedAt: start + hours * 3_600_000,
    priority: 'P1',
    type: 'incident',
    client: 'Alpha',
    ...extra,
  };
}

describe('buildReport', () => {
  // Q1 2026: 6 incidents resolved in 2 h (met). Q2 2026: 6 incidents, 3 resolved in 2 h (met) and
  // 3 in 6 h (breached): resolution adherence 100 % → 50 %, a 50-point slip. The data start on
  // 1 January: with asOf after 2026-Q2 (`ended`), both quarters are covered whole, so compared.
  const rows: Row[] = [
    ...[1, 2, 3, 4, 5, 6].map((d) => incident(`Q1-${d}`, `2026-01-0${d}T09:00:00Z`, 2)),
    ...[1, 2, 3].map((d) => incident(`Q2-M${d}`, `2026-05-1${d}T09:00:00Z`, 2)),
    ...[4, 5, 6].map((d) => incident(`Q2-B${d}`, `2026-05-1${d}T09:00:00Z`, 6, { client: 'Beta' })),
  ];
  const tickets = ticketsFromRows(rows);
  /** Local midnight on 1 July (Europe/Paris): 2026-Q2 is over. */
  const ended = '2026-07-01';

  it('defaults asOf to the latest event and the period to the latest quarter ended by then (DESIGN §4)', () => {
    const report = buildReport({ tickets, policy });
    // Latest event: Q2-B6 resolved 2026-05-16 09:00Z + 6 h = 15:00Z.
    expect(report.asOf).toBe('2026-05-16T15:00:00.000Z');
    // 2026-Q1 is the only quarter ended by asOf; it holds 6 tickets, ≥ a tenth of the busiest (6).
    expect(report.period).toEqual({
      label: '2026-Q1', kind: 'quarter', start: '2025-12-31T23:00:00.000Z', end: '2026-03-31T22:00:00.000Z', chosenBy: 'latest-ended-quarter',
    });
    expect(report.previous.period!.label).toBe('2025-Q4');
    expect(buildReport({ tickets, policy }, { period: '2026-Q2' }).period.chosenBy).toBe('given');
    expect(report.clients).toEqual(['Alpha', 'Beta']);
    expect(report.assetsSource).toBe('tickets');
  });

  it('computes each period and flags the SLA slip against the previous one', () => {
    const report = buildReport({ tickets, policy }, { period: '2026-Q2', asOf: ended });
    expect(report.sla.resolution).toMatchObject({ met: 3, breached: 3, adherence: 0.5 });
    expect(report.previous.sla.resolution).toMatchObject({ met: 6, breached: 0, adherence: 1 });
    const slip = report.findings.find((f) => f.kind === 'sla-slipping');
    expect(slip?.message).toBe('Tickets resolved on time fell from 100% to 50% (−50 pts against 2026-Q1).');
    expect(slip?.evidence).toMatchObject({ target: 'resolution', adherence: 0.5, previousAdherence: 1 });
  });

  it('filters one client, with figures that cannot be computed as null', () => {
    const report = buildReport({ tickets, policy }, { period: '2026-Q2', client: 'Beta' });
    expect(report.client).toBe('Beta');
    expect(report.sla.resolution).toMatchObject({ met: 0, breached: 3, adherence: 0 });
    // No incident has an asset: no fleet, so MTBF and availability are unknown, not 0.
    expect(report.reliability.fleet.mtbfHours).toBeNull();
    expect(report.reliability.fleet.availability).toBeNull();
    expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
  });

  it('says in French what it says in English', () => {
    const report = buildReport({ tickets, policy }, { period: '2026-Q2', asOf: ended, language: 'fr' });
    expect(report.findings.find((f) => f.kind === 'sla-slipping')?.message).toBe(
      'Les tickets résolus dans les délais passent de 100\u202f% à 50\u202f% (−50 pts par rapport à T1 2026).',
    );
  });

  describe('an SLA below the policy’s slaAdherenceTarget, with or without a previous period', () => {
    it('says so when fewer judged tickets than the target are on time, and lists the default target it used', () => {
      // 2026-Q2 alone (Q1 left out, so nothing to compare with): 3 met, 3 breached → 50 %, 40
      // points under the default 90 %, but on 6 judged tickets (fewer than SLA_HIGH_MIN_TICKETS, 20,
      // where one ticket moves the rate 17 points): medium. Response: all 6 answered in 10 min → 100 %, no finding.
      const q2Only = ticketsFromRows(rows.filter((row) => String(row.id).startsWith('Q2')));
      const report = buildReport({ tickets: q2Only, policy }, { period: '2026-Q2', asOf: ended });
      expect(report.previous.sla.resolution).toBeNull();
      const below = report.findings.filter((f) => f.kind === 'sla-below-target');
      expect(below).toHaveLength(1);
      expect(below[0]).toMatchObject({
        severity: 'medium',
        // The policy sets the targets, not the goal: the sentence says the 90 % is Revue's.
        message: "50% of tickets resolved on time this quarter, below the 90% target (Revue's default goal, not your contract's): 3 late.",
        evidence: { target: 'resolution', adherence: 0.5, goal: 0.9, met: 3, breached: 3, ticketIds: ['Q2-B4', 'Q2-B5', 'Q2-B6'] },
      });
      expect(report.assumptions).toContainEqual({ key: 'slaAdherenceTarget', value: 0.9, source: 'default' });
      const fr = buildReport({ tickets: q2Only, policy }, { period: '2026-Q2', asOf: ended, language: 'fr' });
      expect(fr.findings.find((f) => f.kind === 'sla-below-target')?.message).toBe(
        '50\u202f% des tickets résolus dans les délais ce trimestre, sous l’objectif de 90\u202f% (objectif par défaut de Revue, pas celui de votre contrat)\u202f: 3 hors délai.',
      );
      expect(reportToMarkdown(report)).toContain('Share of tickets on time that the SLA targets, below which the review says so: 90%');
    });

    it('follows the policy: medium within 10 points, nothing at or above the target, and no assumption when given', () => {
      const q2Only = ticketsFromRows(rows.filter((row) => String(row.id).startsWith('Q2')));
      const at = (target: number) =>
        buildReport({ tickets: q2Only, policy: parsePolicy({ ...POLICY_DOCUMENT, slaAdherenceTarget: target }) }, { period: '2026-Q2', asOf: ended });
      // 50 % against 0.55: 5 points under → medium; against 0.5 (met exactly): nothing.
      expect(at(0.55).findings.find((f) => f.kind === 'sla-below-target')).toMatchObject({ severity: 'medium', evidence: { goal: 0.55 } });
      expect(at(0.5).findings.some((f) => f.kind === 'sla-below-target')).toBe(false);
      // Targets and goal both the policy's: the sentence says nothing of defaults.
      expect(at(0.55).findings.find((f) => f.kind === 'sla-below-target')?.message).toBe('50% of tickets resolved on time this quarter, below the 55% target: 3 late.');
      // No policy at all: the same tickets against Revue's default targets (P1 4 h on the clock)
      // and goal, said in the sentence that opens the review.
      const bare = buildReport({ tickets: q2Only, policy: parsePolicy({ timezone: POLICY_DOCUMENT.timezone }) }, { period: '2026-Q2', asOf: ended });
      const message = bare.findings.find((f) => f.kind === 'sla-below-target')?.message;
      expect(message).toContain("(targets and goal are Revue's defaults, not your contract's)");
      expect(bare.assumptions.some((a) => a.key.startsWith('sla.P'))).toBe(true);
      expect(at(0.5).assumptions.map((a) => a.key)).not.toContain('slaAdherenceTarget');
      expect(() => parsePolicy({ slaAdherenceTarget: 95 })).toThrow('policy.slaAdherenceTarget: 95 is not a share above 0, at most 1 (0.95 for 95 %)');
    });

    it('says nothing over fewer than five judged tickets, and lists no target then', () => {
      // Four tickets, all breached: 0 %, but four tickets say nothing of a contract's level.
      const few = ticketsFromRows(rows.filter((row) => String(row.id).startsWith('Q2-B') || row.id === 'Q2-M1'));
      const report = buildReport({ tickets: few, policy }, { period: '2026-Q2', asOf: ended });
      expect(report.sla.resolution).toMatchObject({ met: 1, breached: 3 });
      expect(report.findings.some((f) => f.kind === 'sla-below-target')).toBe(false);
      expect(report.assumptions.map((a) => a.key)).not.toContain('slaAdherenceTarget');
    });

    it('says nothing when no more tickets are judged than closed at an unknown time', () => {
      // As in a published GLPI export (fixtures/real-formats/README.md, glpi-10-pt-br-ceneged):
      // most tickets closed with no end date, the few judged ones open and already late. Here
      // Q2's 6 judged (3 met, 3 breached: 50 %) beside 6 tickets closed at an unknown time: 6 is
      // not more than 6, so there is no rate (`ends-unknown`, unjudged.ts) and no finding; a 7th
      // judged ticket (a 4th breach, 3/7 = 43 %) makes both again, and the summary keeps the counts either way.
      const q2 = rows.filter((row) => String(row.id).startsWith('Q2'));
      const unknown = [1, 2, 3, 4, 5, 6].map((d): Row => ({ id: `Q2-U${d}`, openedAt: Date.parse(`2026-05-2${d}T09:00:00Z`), priority: 'P1', type: 'incident', client: 'Alpha', statusClass: 'closed' }));
      const report = buildReport({ tickets: ticketsFromRows([...q2, ...unknown]), policy }, { period: '2026-Q2', asOf: ended });
      expect(report.sla.resolution).toMatchObject({ met: 3, breached: 3, unknown: 6, adherence: null });
      expect(report.notMeasured).toContainEqual({ figure: 'sla.resolution.adherence', reason: 'ends-unknown' });
      expect(report.findings.some((f) => f.kind === 'sla-below-target')).toBe(false);
      expect(report.assumptions.map((a) => a.key)).not.toContain('slaAdherenceTarget');
      expect(reportToMarkdown(report)).toContain('not measured (3/6, 6 closed at an unknown time)');
      const late = incident('Q2-B7', '2026-05-17T09:00:00Z', 6);
      const more = buildReport({ tickets: ticketsFromRows([...q2, late, ...unknown]), policy }, { period: '2026-Q2', asOf: ended });
      expect(more.findings.find((f) => f.kind === 'sla-below-target')?.evidence).toMatchObject({ met: 3, breached: 4 });
      expect(more.sla.resolution?.adherence).toBeCloseTo(3 / 7, 12);
    });
  });

  it('names the tickets still open after 30 days or more at asOf, oldest first (backlog-aged)', () => {
    // asOf 1 July 00:00 Paris = 30 June 22:00Z. Open: OLD (opened 1 March 09:00Z: 121 days and
    // 13 h → 121 days), MID (1 June 22:00Z: exactly 29 days, under 30) and EDGE (31 May 22:00Z:
    // exactly 30 days, in the 30-days-or-more band). Resolved tickets are not in the backlog.
    const open = (id: string, opened: string): Row => ({ id, openedAt: Date.parse(opened), priority: 'P3', type: 'request', client: 'Alpha' });
    const backlog = ticketsFromRows([...rows, open('OLD', '2026-03-01T09:00:00Z'), open('MID', '2026-06-01T22:00:00Z'), open('EDGE', '2026-05-31T22:00:00Z')]);
    const report = buildReport({ tickets: backlog, policy }, { period: '2026-Q2', asOf: ended });
    expect(report.fleet.backlog).toMatchObject({ open: 3, byAge: { '>30d': 2, '7-30d': 1 }, ticketIds: ['OLD', 'EDGE', 'MID'] });
    expect(report.findings.find((f) => f.kind === 'backlog-aged')).toEqual({
      kind: 'backlog-aged',
      severity: 'medium',
      message: 'On 1 Jul 2026, the data date, 2 tickets were still open after 30 days or more; the oldest, OLD, for 121 days.',
      evidence: { count: 2, days: 30, oldestHours: 121 * 24 + 13, ticketIds: ['OLD', 'EDGE'] },
    });
    const fr = buildReport({ tickets: backlog, policy }, { period: '2026-Q2', asOf: ended, language: 'fr' });
    expect(fr.findings.find((f) => f.kind === 'backlog-aged')?.message).toBe(
      'Le 1er juil. 2026, date des données, 2 tickets étaient encore ouverts depuis 30 jours ou plus\u202f; le plus ancien, OLD, depuis 121 jours.',
    );
    const one = buildReport({ tickets: ticketsFromRows([...rows, open('OLD', '2026-03-01T09:00:00Z')]), policy }, { period: '2026-Q2', asOf: ended });
    expect(one.findings.find((f) => f.kind === 'backlog-aged')?.message).toBe('On 1 Jul 2026, the data date, 1 ticket was still open after 30 days or more: OLD, open for 121 days.');
    // No ticket open that long: no finding.
    expect(buildReport({ tickets, policy }, { period: '2026-Q2', asOf: ended }).findings.some((f) => f.kind === 'backlog-aged')).toBe(false);
  });

  it('names the date each count of open tickets is taken at when the data date is after the period', () => {
    // The trial's review of 2025-Q4 with data to 8 Feb 2026 said "97 tickets still open after 30
    // days or more" among the key points and "Tickets open at the end of December 2025: 111" in
    // the activity, two "open" figures with one date between them. Here: the same three open
    // tickets, asOf 10 Aug 2026 00:00Z (02:00 in Paris). At the end of June, OLD, MID and EDGE are
    // open (3); on 10 August they still are, each 30 days old or more: OLD opened 1 March 09:00Z,
    // 161 days and 15 h before.
    const open = (id: string, opened: string): Row => ({ id, openedAt: Date.parse(opened), priority: 'P3', type: 'request', client: 'Alpha' });
    const backlog = ticketsFromRows([...rows, open('OLD', '2026-03-01T09:00:00Z'), open('MID', '2026-06-01T22:00:00Z'), open('EDGE', '2026-05-31T22:00:00Z')]);
    const en = reportToMarkdown(buildReport({ tickets: backlog, policy }, { period: '2026-Q2', asOf: '2026-08-10T00:00:00Z' }));
    expect(en).toContain('On 10 Aug 2026, the data date, 3 tickets were still open after 30 days or more; the oldest, OLD, for 161 days.');
    expect(en).toContain('- Tickets open at the end of June 2026: 3 (1 at the end of Q1 2026).');
    const fr = reportToMarkdown(buildReport({ tickets: backlog, policy }, { period: '2026-Q2', asOf: '2026-08-10T00:00:00Z', language: 'fr' }));
    expect(fr).toContain('Le 10 août 2026, date des données, 3 tickets étaient encore ouverts depuis 30 jours ou plus\u202f; le plus ancien, OLD, depuis 161 jours.');
    expect(fr).toContain('- Tickets encore ouverts à la fin de juin 2026\u202f: 3 (1 à la fin de T1 2026).');
    // Nor the policy's key for a plan it lacks: the trial read "(`preventivePlan`)" in both languages.
    expect(en).toContain('The policy has no preventive maintenance plan: nothing to check.');
    expect(fr).toContain('La politique ne contient pas de plan de maintenance préventive\u202f: rien à vérifier.');
  });

  it('lists at most three recurring problems and sums up the rest', () => {
    // Five assets with three jams each, 5 days apart, in May: five chains of 3 = five problems.
    const jams: Row[] = [];
    for (const asset of ['P1', 'P2', 'P3', 'P4', 'P5']) {
      for (const day of [10, 15, 20]) jams.push(incident(`${asset}-${day}`, `2026-05-${day}T08:00:00Z`, 1, { assetId: asset, category: 'Jam' }));
    }
    const report = buildReport({ tickets: ticketsFromRows(jams), policy }, { period: '2026-Q2' });
    expect(report.recurrence.problems).toHaveLength(5);
    const listed = report.findings.filter((f) => f.kind === 'recurring-problem');
    expect(listed).toHaveLength(MAX_PER_KIND + 1);
    expect(listed[0]!.message).toMatch(/^P\d · Jam: 3 incidents of the same kind between 10 May 2026 and 20 May 2026, each within 30 days of the one before\.$/);
    expect(listed.at(-1)!.message).toBe('And 2 more recurring problems.');
    // minOccurrences is 3: a chain of 3 is medium, whatever the other chains.
    expect(listed[0]!.severity).toBe('medium');
  });

  it('rates a chain of twice minOccurrences as high severity', () => {
    // Six jams on one printer, 3 days apart in May (minOccurrences 3 → 6 = 2 × 3).
    const jams = [2, 5, 8, 11, 14, 17].map((day) => incident(`J${day}`, `2026-05-${String(day).padStart(2, '0')}T08:00:00Z`, 1, { assetId: 'PRN', category: 'Jam' }));
    const report = buildReport({ tickets: ticketsFromRows(jams), policy }, { period: '2026-Q2' });
    expect(report.findings.find((f) => f.kind === 'recurring-problem')).toMatchObject({ severity: 'high', evidence: { count: 6 } });
  });

  it('renders the Markdown review without letting ticket text become markup', () => {
    expect(escapeMarkdown('[click](javascript:alert(1)) <script>')).toBe('\\[click\\](javascript:alert(1)) \\<script>');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    const markdown = reportToMarkdown(buildReport({ tickets, policy }, { period: '2026-Q2', asOf: ended }));
    expect(markdown).toContain('# Service review — all clients — 2026-Q2');
    expect(markdown).toContain('| Resolution SLA met | 50% (3/6) | 100% (6/6) |');
  });

  it('refuses an unknown period or as-of with a plain message', () => {
    expect(() => buildReport({ tickets, policy }, { period: '2026-Q5' })).toThrow(/2026-Q5/);
    expect(() => buildReport({ tickets, policy }, { asOf: 'yesterday' })).toThrow('as-of: "yesterday" is not an ISO instant');
  });

  // Regression (issue 13): a zone-less as-of went through Date.parse, i.e. the machine's zone, so
  // `--as-of 2026-06-01T12:00` gave 12:00Z on a UTC machine and 10:00Z on a Paris one.
  it("reads an as-of without an offset in the policy's zone, as a period's bounds are", () => {
    const at = (asOf: string) => buildReport({ tickets, policy }, { asOf, period: '2026-Q2' }).asOf;
    // The policy is Europe/Paris, UTC+2 (CEST) on 1 June 2026.
    expect(at('2026-06-01T12:00')).toBe('2026-06-01T10:00:00.000Z');
    expect(at('2026-06-01 12:00:30')).toBe('2026-06-01T10:00:00.000Z'); // floored to the minute
    expect(at('2026-06-01')).toBe('2026-05-31T22:00:00.000Z'); // local midnight
    expect(at('2026-06-01T12:00:00Z')).toBe('2026-06-01T12:00:00.000Z');
    expect(at('2026-06-01T12:00+02:00')).toBe('2026-06-01T10:00:00.000Z');
    // Date.parse read this one in the machine's zone too: refused, as any text that is not ISO.
    expect(() => at('June 1, 2026 12:00')).toThrow('as-of: "June 1, 2026 12:00" is not an ISO instant');
  });
});

describe('data-driven keys', () => {
  it('keeps a client called __proto__ as an ordinary row', () => {
    const tickets = ticketsFromRows([
      incident('A', '2026-05-04T09:00:00Z', 2, { client: '__proto__', assetId: 'X1', category: 'c' }),
      incident('B', '2026-05-05T09:00:00Z', 2, { client: 'constructor', assetId: 'X2', category: 'c' }),
    ]);
    const report = buildReport({ tickets, policy }, { period: '2026-Q2' });
    expect(Object.keys(report.sla.byClient)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(report.sla.byClient)).toBe(Object.prototype);
    expect(Object.keys(report.lostHours.byClient)).toEqual(['__proto__', 'constructor']);
    expect(Object.keys(report.reliability.byClient)).toEqual(['__proto__', 'constructor']);
    expect(Object.keys(report.tco.byClient)).toEqual(['__proto__', 'constructor']);
    // Survives the trip through JSON (the worker → page message, the CLI's output).
    expect(Object.keys(JSON.parse(JSON.stringify(report)).sla.byClient)).toEqual(['__proto__', 'constructor']);
  });
});
