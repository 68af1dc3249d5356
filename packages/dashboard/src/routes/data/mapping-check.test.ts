import { describe, expect, it } from 'vitest';
import { inspectText } from '$lib/engine/inspect.js';
import { initialMapping } from './initial-mapping.js';
import { dateFormatText, missingRequired, notDeadlineColumns, readTarget, setAsideColumns, unmatchedValues, unsureField } from './mapping-check.js';

// A Portuguese export in the OTRS style with headers of its own: no preset knows it (written for this test).
const CSV = [
  'Chamado#;Quando;Estado;Prioridade;Título',
  '2025081510000222;15/08/2025 10:02;aberto;3 normal;Impressora',
  '2025081510000231;;fechado com êxito;P1;VPN',
  '2025081610000015;16/08/2025 08:15;Bloqueado;Urgentíssima;Servidor',
].join('\n');

describe('what the mapping screen says is missing', () => {
  const inspection = inspectText('tickets', 'otrs.csv', CSV);
  const mapping = inspection.proposal.mapping;

  it('starts from the proposal: "Quando" is not a known name and not a full date column, so the opening date is missing', () => {
    expect(inspection.proposal.confident).toBe(false);
    expect(mapping.columns).toMatchObject({ id: 'Chamado#', status: 'Estado', priority: 'Prioridade', title: 'Título' });
    expect(missingRequired(inspection, mapping)).toEqual(['openedAt']);
    expect(missingRequired(inspection, { ...mapping, columns: { ...mapping.columns, openedAt: 'Quando' } })).toEqual([]);
  });

  it('lists the status and priority words no map gives a meaning to (P1 is canonical)', () => {
    // "aberto" → open and "fechado com êxito" → closed, "3 normal" → P3 were proposed.
    expect(unmatchedValues(inspection, mapping)).toEqual([
      { field: 'status', values: ['Bloqueado'] },
      { field: 'priority', values: ['Urgentíssima'] },
    ]);
    const fixed = { ...mapping, values: { ...mapping.values, status: { ...mapping.values.status, Bloqueado: 'pending' } } };
    expect(unmatchedValues(inspection, fixed)).toEqual([{ field: 'priority', values: ['Urgentíssima'] }]);
  });
});

describe('what the reader makes of a value, with the preset alone', () => {
  // ServiceNow in French (fixtures/real-formats/servicenow): no map names "1 - Critique" or
  // "Statut maison"; the preset reads the choice's number of the first, nothing of the second.
  const servicenow = [
    '"number","opened_at","short_description","priority","state"',
    '"INC1","02/03/2026 08:15:00","Imprimante","3 - Modéré","Fermé"',
    '"INC2","03/03/2026 09:30:00","Messagerie","1 - Critique","Statut maison"',
  ].join('\n');
  const inspection = inspectText('tickets', 'incident.csv', servicenow);
  const mapping = initialMapping(inspection);

  it('says P1 for "1 - Critique" and lists only the status nothing reads', () => {
    expect(readTarget(inspection, mapping, 'priority', '1 - Critique')).toBe('P1');
    expect(readTarget(inspection, mapping, 'status', 'Statut maison')).toBeUndefined();
    expect(unmatchedValues(inspection, mapping)).toEqual([{ field: 'status', values: ['Statut maison'] }]);
  });

  it('follows the person\'s own word first, and drops the preset\'s reading for another column', () => {
    expect(readTarget(inspection, { ...mapping, values: { priority: { '1 - Critique': 'P2' } } }, 'priority', '1 - Critique')).toBe('P2');
    expect(readTarget(inspection, { ...mapping, columns: { ...mapping.columns, priority: 'short_description' } }, 'priority', '1 - Critique')).toBeUndefined();
  });
});

describe('a plain due date set aside by the proposal', () => {
  // A Jira-like list with the user-set "Due Date" (written for this test).
  const jira = ['Key,Summary,Status,Created,Due Date', 'OPS-1,Printer jam,Done,2026-03-02 09:00,2026-03-06', 'OPS-2,VPN drops,In Progress,2026-03-03 10:00,2026-03-20'].join('\n');

  it('is said while it has no field, and no longer once the user chooses it as the SLA deadline', () => {
    const inspection = inspectText('tickets', 'jira.csv', jira);
    const mapping = initialMapping(inspection);
    expect(mapping.columns.slaResolutionDueAt).toBeUndefined();
    expect(setAsideColumns(inspection, mapping)).toEqual([{ column: 'Due Date', field: 'slaResolutionDueAt' }]);
    expect(setAsideColumns(inspection, { ...mapping, columns: { ...mapping.columns, slaResolutionDueAt: 'Due Date' } })).toEqual([]);
  });
});

// The support-ticket CSVs people publish (trial10): a purchase date beside no opening, a
// "Time_to_Resolution" whose dates come before the first response. Rows invented for this test.
describe('what the mapping screen asks to check', () => {
  const purchase = inspectText(
    'tickets',
    'support.csv',
    ['Ticket ID,Date of Purchase,Ticket Status,Ticket Priority', 'T1,2021-03-22,Open,Critical', 'T2,2021-05-22,Closed,Low', 'T3,2020-07-14,Closed,High'].join('\n'),
  );
  it('never takes a purchase date as the opening, and says so', () => {
    expect(purchase.proposal.notTicketDates).toEqual(['Date of Purchase']);
    expect(purchase.proposal.mapping.columns.openedAt).toBeUndefined();
    expect(missingRequired(purchase, purchase.proposal.mapping)).toEqual(['openedAt']);
  });
  it('marks a field chosen on thin evidence while the user keeps that column, and not once changed', () => {
    const mapping = purchase.proposal.mapping;
    const unsure = purchase.proposal.unsure;
    for (const field of unsure) expect(unsureField(purchase, mapping, field), field).toBe(true);
    const sure = Object.keys(purchase.proposal.fields).filter((field) => !unsure.includes(field));
    for (const field of sure) expect(unsureField(purchase, mapping, field), field).toBe(false);
    const forced = { ...purchase, proposal: { ...purchase.proposal, unsure: ['id'] } };
    expect(unsureField(forced, mapping, 'id')).toBe(true);
    expect(unsureField(forced, { ...mapping, columns: { ...mapping.columns, id: 'Ticket Status' } }, 'id')).toBe(false);
  });
  it('says which deadline-named column its rows contradict, until the user chooses it as the deadline', () => {
    const rows = ['Ticket_ID,Created,First_Response,Time_to_Resolution,Priority'];
    // Time_to_Resolution before the first response on T1, T3 (2 of 4 rows): no deadline does that.
    rows.push('T1,2023-06-01 08:00,2023-06-01 12:00,2023-06-01 10:00,High');
    rows.push('T2,2023-06-02 08:00,2023-06-02 09:00,2023-06-02 15:00,Low');
    rows.push('T3,2023-06-03 08:00,2023-06-03 14:00,2023-06-03 11:00,High');
    rows.push('T4,2023-06-04 08:00,2023-06-04 09:00,2023-06-04 18:00,Low');
    const inspection = inspectText('tickets', 'sla.csv', rows.join('\n'));
    const listed = notDeadlineColumns(inspection, inspection.proposal.mapping);
    expect(listed).toEqual([{ column: 'Time_to_Resolution', why: 'before-first-response', share: 0.5, readAs: 'resolvedAt' }]);
    expect(inspection.proposal.mapping.columns.resolvedAt).toBe('Time_to_Resolution');
    const chosen = { ...inspection.proposal.mapping, columns: { ...inspection.proposal.mapping.columns, slaResolutionDueAt: 'Time_to_Resolution' } };
    expect(notDeadlineColumns(inspection, chosen)).toEqual([]);
  });
  it('says a Zammad time accounting download is no ticket list', () => {
    const zammad = inspectText('tickets', 'time.csv', ['Ticket#,Title,Customer,Organization,Agent,Time Units,Created at', '31001,Printer,A. B.,Acme,C. D.,15,2026-03-02 10:00'].join('\n'));
    expect(zammad.proposal.timeAccounting).not.toBeNull();
  });
});

describe('dateFormatText: the date formats the upload screen offers, in words', () => {
  // Look-alike of a published service-desk export (GitHub Kats-19/it-service-desk-analytics,
  // data/tickets.csv, seen 2026-12-05): resolution times with nine-digit fractions of a second.
  const csv = [
    'ticket_id,created_at,resolved_at,status,priority,sla_met',
    'TKT-1,2025-09-01 03:05:31,2025-09-01 06:39:57.599163393,Resolved,P2,1.0',
    'TKT-2,2025-09-01 06:33:57,2025-09-01 18:50:47.767617918,Resolved,P3,0.0',
    'TKT-3,2025-09-02 09:00:00,,Open,P4,',
  ].join('\n');

  it('says the detected formats in the words of the CLI’s proposal, tokens after them (en, fr)', () => {
    const inspection = inspectText('tickets', 'tickets.csv', csv);
    const formatOf = (header: string) => inspection.proposal.columns.find((column) => column.header === header)!.dateFormat!.format;
    expect(dateFormatText(formatOf('created_at'), 'en')).toBe('year-month-day, time with seconds — yyyy-MM-dd HH:mm:ss');
    expect(dateFormatText(formatOf('resolved_at'), 'fr')).toBe('année-mois-jour, heure avec secondes et fractions de seconde — yyyy-MM-dd HH:mm:ss.SSS');
    // Two formats of the same words stay apart by their tokens.
    expect(dateFormatText('d/M/yyyy H:mm', 'en')).toBe('day/month/year, time — d/M/yyyy H:mm');
  });
});
