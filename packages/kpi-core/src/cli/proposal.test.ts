import { describe, expect, it } from 'vitest';
import { proposeMapping } from '../ingest/propose.js';
import { NNBSP } from '../report/messages.js';
import { dateFormatWords } from '../model/labels.js';
import { proposalJson, proposalLines } from './proposal.js';

describe('proposalLines', () => {
  it('says which placeholders the proposal reads as empty (ServiceDesk Plus writes "-" for a date not reached)', () => {
    const proposal = proposeMapping('ID de la demande;Heure de création;Heure de clôture\n101;02/03/2026 09:00;03/03/2026 09:00\n102;13/03/2026 10:00;-\n', { fileName: 'sdp.csv' });
    // Before, the JSON held `empty` but the lines a user reads did not say it.
    expect(proposalLines(proposal)).toContain('  read as empty (placeholders): "-"');
  });

  it('says nothing of placeholders when there are none', () => {
    const proposal = proposeMapping('Ticket ID,Date Opened\n1,03/03/2026 09:00\n2,17/03/2026 10:00\n', { fileName: 'halo.csv' });
    expect(proposalLines(proposal).some((line) => line.includes('read as empty'))).toBe(false);
  });

  it('says when the order of day and month is a guess: day-first, or month-first from AM/PM', () => {
    const dayFirst = proposeMapping('Ticket ID,Date Opened\n1,03/03/2026 09:00\n2,04/03/2026 10:00\n', { fileName: 'a.csv' });
    const line = proposalLines(dayFirst).find((l) => l.includes('Opened'))!;
    // Before: "(dd/MM/yyyy HH:mm)" alone, as if the order were known.
    expect(line).toContain('(day/month/year, time; day before month guessed: no date looked at has a day above 12)');
    expect(dayFirst.fields.openedAt!.dateOrderGuessed).toBe('day-first');
    const us = proposeMapping('Ticket ID,Date Opened\n1,3/2/2026 9:15 AM\n2,3/9/2026 1:05 PM\n', { fileName: 'b.csv' });
    expect(proposalLines(us).find((l) => l.includes('Opened'))).toContain('(month/day/year, time with AM/PM; month before day guessed from AM/PM: no date looked at has a day above 12)');
    const settled = proposeMapping('Ticket ID,Date Opened\n1,03/03/2026 09:00\n2,17/03/2026 10:00\n', { fileName: 'c.csv' });
    expect(proposalLines(settled).find((l) => l.includes('Opened'))).toContain('(day/month/year, time)');
    expect(settled.fields.openedAt!.dateOrderGuessed).toBeUndefined();
  });

  it("reads Request Tracker's upward numbers by RT's default names, and says so", () => {
    const proposal = proposeMapping('id\tCreated\tPriority\n1\t2026-03-02 09:00\t0\n2\t2026-03-03 09:00\t50\n3\t2026-03-04 09:00\t100\n4\t2026-03-05 09:00\t49\n', { fileName: 'Results.tsv' });
    // Before: every number unrecognised, every ticket without a priority.
    expect(proposal.mapping.values.priority).toEqual({ '0': 'P4', '50': 'P3', '100': 'P2', '49': 'P4' });
    expect(proposalLines(proposal).some((l) => l.includes("priority numbers read upward, by Request Tracker's default names"))).toBe(true);
  });

  it('says which plain due date it set aside and how to use it', () => {
    const proposal = proposeMapping('Key,Created,Due Date\nOPS-1,2026-03-02 09:00,2026-03-06\nOPS-2,2026-03-03 10:00,2026-03-20\n', { fileName: 'jira.csv' });
    expect(proposalLines(proposal)).toContain(
      '  "Due Date" not used as “Resolution due (SLA)”: a plain due date may be set by hand, not by an SLA; if your tool sets it from the SLA, name it in "columns"',
    );
  });

  it('says which columns hold ages rather than dates, and how to export the dates (Request Tracker\'s default search)', () => {
    const proposal = proposeMapping('id\tStatus\tCreated\n4101\tresolved\t4 weeks ago\n4111\tnew\t9 hours ago\n', { fileName: 'Results.tsv' });
    const lines = proposalLines(proposal);
    expect(lines).toContain('  required and not found: “Opened” ("openedAt") — in "columns", give each key its column');
    expect(lines.find((line) => line.includes('holds ages'))).toBe(
      '  "Created" holds ages ("4 weeks ago"), not dates: no instant can be read from it; export the file again with the dates themselves (Request Tracker: display the columns Created and Resolved, not CreatedRelative…)',
    );
  });
});

const ANALYTICS_LIKE = 'ticket_id,created_date,response_sla_met\nT1,2025-03-03 09:00:00,True\nT2,2025-03-04 14:00:00,False\n';

describe('proposalLines — what a user must check', () => {
  const unnamed = proposeMapping('A,B,C\nx1,2026-03-02 09:00,hello\nx2,2026-03-03 10:00,world\nx3,2026-03-04 10:00,again\n', { fileName: 'u.csv' });

  it('warns, field by field, of each column chosen under the trusted confidence (en, fr)', () => {
    // Before: "openedAt ← "B" 38%" among lines at 100 %, with nothing to say it was a guess.
    expect(proposalLines(unnamed)).toContain('  “Opened” ← "B": unsure (38%), chosen by its values alone; check it');
    expect(proposalLines(unnamed)).toContain('  “Ticket number” ← "A": unsure (40%), chosen by its values alone; check it');
    expect(proposalLines(unnamed, 'fr')).toContain(`  «${NNBSP}Date d’ouverture${NNBSP}» ← "B"${NNBSP}: incertain (38${NNBSP}%), choisi d’après ses valeurs seules${NNBSP}; vérifiez-le`);
    const sure = proposeMapping('Ticket ID,Date Opened\n1,03/03/2026 09:00\n2,17/03/2026 10:00\n', { fileName: 'halo.csv' });
    expect(proposalLines(sure).some((line) => line.includes('unsure'))).toBe(false);
  });

  it('says why a purchase date is not the opening, and why a "Time to resolution" of dates is not a deadline (en, fr)', () => {
    const csv = [
      'Ticket_ID,Date_of_Purchase,Ticket_Priority,First_Response_Time,Time_to_Resolution',
      '11,2021-02-11,High,2023-06-01 09:12,2023-06-01 15:40',
      '12,2020-09-30,Low,2023-06-01 10:05,2023-06-01 04:20',
    ].join('\n');
    const proposal = proposeMapping(csv, { fileName: 'k.csv' });
    const en = proposalLines(proposal);
    expect(en).toContain(
      '  "Time_to_Resolution" not taken as “Resolution due (SLA)”: its dates come before the first response on 50% of the rows, which no deadline of resolution does; read as “Resolved”, the moment of resolution',
    );
    expect(en).toContain(
      '  "Date_of_Purchase" holds dates that are no ticket\'s (a purchase, a birth, a warranty…): not taken as the opening date; if the file has no other date, it cannot tell when its tickets were opened',
    );
    const fr = proposalLines(proposal, 'fr');
    expect(fr).toContain(
      `  "Time_to_Resolution" n’est pas pris comme «${NNBSP}Échéance de résolution (SLA)${NNBSP}»${NNBSP}: ses dates précèdent la première réponse sur 50${NNBSP}% des lignes, ce qu’aucune échéance de résolution ne fait${NNBSP}; lu comme «${NNBSP}Date de résolution${NNBSP}», le moment de la résolution`,
    );
    expect(fr.some((line) => line.startsWith(`  "Date_of_Purchase" contient des dates qui ne sont pas celles d’un ticket`))).toBe(true);
  });

  it('asks to check a "no" read as met in a column that asks whether the target was missed (GLPI and iTop write it without an SLA too)', () => {
    const proposal = proposeMapping('Ticket ID,Date Opened,sla_breached\n1,03/03/2026 09:00,0\n2,17/03/2026 10:00,1\n', { fileName: 'b.csv' });
    expect(proposalLines(proposal)).toContain(
      '  “The tool\'s verdict on the resolution target”: a "no" in "sla_breached" is read as met; some tools (GLPI, iTop) also write it for a ticket no SLA applied to: if yours does, take the "no" out of that field\'s "values" in the mapping',
    );
    expect(proposalLines(proposal, 'fr')).toContain(
      `  «${NNBSP}Verdict de l’outil sur la résolution${NNBSP}»${NNBSP}: un «${NNBSP}non${NNBSP}» dans "sla_breached" est lu comme respecté${NNBSP}; certains outils (GLPI, iTop) l’écrivent aussi pour un ticket sans SLA${NNBSP}: si c’est le cas du vôtre, retirez le «${NNBSP}non${NNBSP}» des «${NNBSP}values${NNBSP}» de ce champ dans la correspondance`,
    );
    expect(proposalLines(proposeMapping(ANALYTICS_LIKE, { fileName: 'a.csv' })).some((line) => line.includes('is read as met'))).toBe(false);
  });

  it('writes the unsure fields into the JSON notes', () => {
    expect(JSON.parse(proposalJson(unnamed, 'revue report --tickets u.csv --mapping u.mapping.json')).$proposal.unsure).toEqual(['id', 'openedAt']);
  });
});

describe('proposalLines — a file that is no ticket list', () => {
  it("says first that Zammad's time accounting download is not the ticket list, and what to export (en, fr)", () => {
    const csv = 'By Activity 2026-3\n\nTicket#,Title,Customer - Name,Organization,Agent - Name,Agent - Login,Time Units,Created at\n31004,Imprimante,Utilisateur 1,Bistro,Technicien A,tech.a,15,2026-03-02 09:40:12\n';
    const proposal = proposeMapping(csv, { fileName: 'by_activity.csv' });
    expect(proposalLines(proposal)[1]).toBe(
      "  this is Zammad's time accounting download (by activity: one row per time entry, dated when the time was booked), not a ticket list: it holds only the tickets on which time was booked in one month; export the ticket list instead (Zammad: Reporting, then Download)",
    );
    expect(proposalLines(proposal, 'fr')[1]).toBe(
      `  c’est l’export de la saisie du temps de Zammad (par activité${NNBSP}: une ligne par temps saisi, datée du moment de la saisie), pas une liste de tickets${NNBSP}: il ne contient que les tickets sur lesquels du temps a été saisi pendant un mois${NNBSP}; exportez plutôt la liste des tickets (Zammad${NNBSP}: Rapports, puis Télécharger)`,
    );
  });
});

/**
 * A look-alike of a published service-desk export (GitHub Kats-19/it-service-desk-analytics,
 * data/tickets.csv, seen 2026-12-05): snake_case columns, resolution times with nine-digit
 * fractions of a second, a 1.0/0.0 SLA flag. Rows made up.
 */
const SERVICE_DESK = [
  'ticket_id,created_at,resolved_at,status,priority,category,department,assignee,sla_hours,resolution_hours,sla_met',
  'TKT-1,2025-09-01 03:05:31,2025-09-01 06:39:57.599163393,Resolved,P2,Email,Finance,Tech A,12,3.57,1.0',
  'TKT-2,2025-09-01 06:33:57,2025-09-01 18:50:47.767617918,Resolved,P3,Email,Sales,Tech B,48,12.28,1.0',
  'TKT-3,2025-09-01 07:46:40,,Open,P4,Software,Sales,Tech A,72,,',
  'TKT-4,2025-09-02 09:00:00,2025-09-05 10:15:30.123456789,Resolved,P1,Network,Finance,Tech B,4,73.2,0.0',
].join('\n');

describe('proposalLines — fields and values in plain words (a new user, en and fr)', () => {
  const proposal = proposeMapping(SERVICE_DESK, { fileName: 'tickets.csv' });
  // A camelCase word (openedAt, slaResolutionVerdict) is a field's internal name.
  const camel = /\b[a-z]+[A-Z][A-Za-z]*\b/;

  it('names each field by its label, never by its internal name', () => {
    const en = proposalLines(proposal);
    expect(en.filter((line) => camel.test(line))).toEqual([]);
    expect(en).toContain('  values of “Status”: Resolved → Resolved, Open → Open');
    expect(en).toContain('  values of “The tool\'s verdict on the resolution target”: 1.0 → met, 0.0 → breached');
    expect(en.find((line) => line.startsWith('  not found (optional):'))).toBe(
      '  not found (optional): “Closed”, “First response”, “Type (incident, request…)”, “Equipment concerned”, “Client”, “Title”',
    );
  });

  it('says « statut », and French words for the values Revue gives, in French', () => {
    const fr = proposalLines(proposal, 'fr');
    expect(fr.filter((line) => camel.test(line))).toEqual([]);
    // The words of the trial's report: "mots de status", "introuvables (facultatifs) : closedAt…".
    // (The file's own column "status" stays quoted as the file writes it.)
    expect(fr.some((line) => /\bstatus\b|\bmots de\b/.test(line.replace(/"[^"]*"/g, '')))).toBe(false);
    expect(fr).toContain(`  valeurs de «${NNBSP}Statut${NNBSP}»${NNBSP}: Resolved → Résolu, Open → Ouvert`);
    expect(fr).toContain(`  valeurs de «${NNBSP}Verdict de l’outil sur la résolution${NNBSP}»${NNBSP}: 1.0 → respecté, 0.0 → dépassé`);
    expect(fr.find((line) => line.startsWith('  introuvables'))).toBe(
      `  introuvables (facultatifs)${NNBSP}: «${NNBSP}Date de clôture${NNBSP}», «${NNBSP}Première réponse${NNBSP}», «${NNBSP}Type (incident, demande…)${NNBSP}», «${NNBSP}Équipement concerné${NNBSP}», «${NNBSP}Client${NNBSP}», «${NNBSP}Titre${NNBSP}»`,
    );
  });

  it('says a date format with nine-digit fractions of a second in words, not as SSS (three digits)', () => {
    const resolved = (language: 'en' | 'fr') => proposalLines(proposal, language).find((line) => line.includes('"resolved_at"'))!;
    expect(resolved('en')).toMatch(/^ {2}Resolved +← "resolved_at" +100% {2}.*\(year-month-day, time with seconds and fractions of a second\)$/);
    expect(resolved('fr')).toMatch(/^ {2}Date de résolution +← "resolved_at" +100\u202f% {2}.*\(année-mois-jour, heure avec secondes et fractions de seconde\)$/);
    expect(proposalLines(proposal).join('\n')).not.toMatch(/yyyy|HH:mm|SSS/);
  });
});

describe('dateFormatWords', () => {
  it.each([
    ['yyyy-MM-dd HH:mm:ss.SSS', 'year-month-day, time with seconds and fractions of a second', 'année-mois-jour, heure avec secondes et fractions de seconde'],
    ['dd/MM/yyyy HH:mm', 'day/month/year, time', 'jour/mois/année, heure'],
    ['M/d/yyyy h:mm a', 'month/day/year, time with AM/PM', 'mois/jour/année, heure avec AM/PM'],
    ["yyyy-MM-dd'T'HH:mm:ssXXX", 'year-month-day, time with seconds and time zone offset', 'année-mois-jour, heure avec secondes et décalage horaire'],
    ['dd/MMM/yy h:mm a', 'day/month name/year, time with AM/PM', 'jour/nom du mois/année, heure avec AM/PM'],
    ['dd.MM.yyyy', 'day.month.year', 'jour.mois.année'],
    ['excel', 'Excel day numbers', 'numéros de jour Excel'],
  ])('%s', (format, en, fr) => {
    expect(dateFormatWords(format, 'en')).toBe(en);
    expect(dateFormatWords(format, 'fr')).toBe(fr);
  });
});
