import { describe, expect, it } from 'vitest';
import { ticketRows } from '../model/tables.js';
import { parseMapping } from './mapping.js';
import { readTickets } from './read.js';
import { statusClassifier } from './status.js';

const NOW = Date.UTC(2026, 3, 1);
const utc = (iso: string) => Date.parse(iso);

function read(csv: string, options: Parameters<typeof readTickets>[1] = {}) {
  const { table, quality } = readTickets(csv, { now: NOW, ...options });
  return { rows: ticketRows(table), quality, codes: quality.issues.map((i) => `${i.row}:${i.column}:${i.code}`) };
}

describe('statusClassifier', () => {
  it('matches words without case or accents, and the class names themselves', () => {
    const classOf = statusClassifier({ Clos: 'closed', 'En attente': 'pending', 'Résolu': 'resolved', Bogus: 'nonsense' });
    // Indexes in STATUS_CLASSES: open 0, pending 1, resolved 2, closed 3, cancelled 4.
    expect(['CLOS', 'en  attente', 'resolu', 'Cancelled', 'open', 'Bogus', 'Fechado'].map(classOf)).toEqual([3, 1, 2, 4, 0, -1, -1]);
  });

  it("matches a French inclusive ending without it: Jira's French UI writes « Terminé(e) », « Annulé(e) »", () => {
    const classOf = statusClassifier({ Terminé: 'closed', Annulé: 'cancelled', Résolu: 'resolved', 'Terminé(x)': 'open' });
    expect(['Terminé(e)', 'annulé(e)', 'Résolu (e)', 'Résolu(e)s', 'Terminé(x)', 'Terminé(y)', 'Bogus(e)'].map(classOf)).toEqual([3, 4, 2, 2, 0, -1, -1]);
  });
});

describe('Jira: a resolution that says nothing was done', () => {
  it('makes a Done or Closed issue cancelled; never an open one; not Won\'t Fix or Cannot Reproduce', () => {
    const csv = [
      'Summary,Issue key,Issue Type,Status,Resolution,Created,Resolved,Status Category',
      'Printer,IT-1,Incident,Done,Duplicate,02/Mar/26 9:00 AM,02/Mar/26 9:30 AM,Done',
      'Mail,IT-2,Incident,Closed,Won\'t Fix,02/Mar/26 9:00 AM,02/Mar/26 11:00 AM,Done',
      'VPN,IT-3,Incident,Reopened,Duplicate,02/Mar/26 9:00 AM,,To Do', // a resolution left on a reopened issue
      'Disk,IT-4,Incident,Shipped,Declined,02/Mar/26 9:00 AM,02/Mar/26 10:00 AM,Done', // a site\'s word: by its category
      'Screen,IT-5,Incident,Terminé(e),Ne sera pas fait,02/Mar/26 9:00 AM,02/Mar/26 10:00 AM,Terminé',
      'Fan,IT-6,Incident,Done,Cannot Reproduce,02/Mar/26 9:00 AM,02/Mar/26 10:00 AM,Done',
      'Wifi,IT-7,Incident,Waiting for customer,Won\'t Do,02/Mar/26 9:00 AM,,In Progress',
    ].join('\n');
    const { rows, quality } = read(csv, { timezone: 'UTC' });
    expect(quality.preset.name).toBe('jira');
    expect(rows.map((r) => [r.id, r.status, r.statusClass])).toEqual([
      ['IT-1', 'Done', 'cancelled'], ['IT-2', 'Closed', 'closed'], ['IT-3', 'Reopened', 'open'], ['IT-4', 'Shipped', 'cancelled'],
      ['IT-5', 'Terminé(e)', 'cancelled'], ['IT-6', 'Done', 'closed'], ['IT-7', 'Waiting for customer', 'pending'],
    ]);
    expect(quality.warnings).toEqual({});
  });
});

describe('statusClass', () => {
  it('keeps the status word and adds its class; an unknown word is kept, its class empty and flagged on every row', () => {
    const csv = [
      'number,opened_at,state,closed_at',
      'INC1,2026-03-02 08:00:00,Closed,2026-03-02 10:00:00',
      'INC2,2026-03-02 09:00:00,7,2026-03-02 11:00:00', // raw state code 7 = Closed
      'INC3,2026-03-02 09:30:00,In Progress,',
      'INC4,2026-03-02 09:45:00,Godot,',
      'INC5,2026-03-02 09:50:00,Godot,',
    ].join('\n');
    const { rows, quality, codes } = read(csv);
    expect(quality.preset.name).toBe('servicenow');
    expect(rows.map((r) => [r.status, r.statusClass])).toEqual([
      ['Closed', 'closed'], ['7', 'closed'], ['In Progress', 'open'], ['Godot', null], ['Godot', null],
    ]);
    // Closed with a closing date but no resolution date: the existing flag, not closed-without-date.
    expect(quality.warnings).toEqual({ 'unmapped-value': 2, 'closed-without-resolution': 2 });
    expect(codes).toEqual(['2:closed_at:closed-without-resolution', '3:closed_at:closed-without-resolution', '5:state:unmapped-value', '6:state:unmapped-value']);
    expect(quality.issues[2]!.message).toBe('tickets.csv row 5, state: status "Godot" is not in the status map; kept as is, its class left empty');
  });

  it("reads a word the preset's map lacks by Revue's general status words, flagged on every row", () => {
    // GLPI's French words are "En cours (attribué)" and "Clos"; a site's own "En cours" and
    // "Terminé" (seen in French exports of other tools) are plain words of the general list.
    const csv = [
      'ID;Titre;Statut;Priorité;Date d\'ouverture;Date de résolution',
      '1;Imprimante;Terminé;Haute;2026-03-03 09:00;',
      '2;PC lent;En cours;Moyenne;2026-03-04 10:00;',
      '3;Réseau;En attente du fournisseur;Basse;2026-03-04 11:00;',
      '4;Écran;Godot;Basse;2026-03-04 12:00;',
    ].join('\n');
    const { rows, quality, codes } = read(csv, { timezone: 'UTC' });
    expect(quality.preset.name).toBe('glpi');
    expect(rows.map((r) => [r.status, r.statusClass])).toEqual([
      ['Terminé', 'closed'], ['En cours', 'open'], ['En attente du fournisseur', 'pending'], ['Godot', null],
    ]);
    expect(codes).toEqual(['2:Statut:unmapped-value', '2:Statut:closed-without-date', '3:Statut:unmapped-value', '4:Statut:unmapped-value', '5:Statut:unmapped-value']);
    expect(quality.issues[0]!.message).toBe(
      'tickets.csv row 2, Statut: status "Terminé" is not in the status map; read as closed by Revue\'s general status words (map it to choose otherwise)',
    );
  });

  it('flags a resolved, closed or cancelled ticket without any date as closed-without-date, and only those', () => {
    const csv = [
      '"ID";"Título";"Status";"Data de abertura";"Prioridade";"Última atualização"',
      '"52 267";"Impressora";"Fechado";"16-03-2026 08:00";"Alta";"17-03-2026 08:00"',
      '"52 268";"Rede";"Solucionado";"16-03-2026 09:00";"Média";"17-03-2026 08:00"',
      '"52 269";"E-mail";"Pendente";"16-03-2026 10:00";"Baixa";"17-03-2026 08:00"',
      '"52 270";"VPN";"Novo";"16-03-2026 11:00";"Muito alta";"17-03-2026 08:00"',
    ].join('\n');
    const { rows, quality, codes } = read(csv, { timezone: 'UTC' });
    expect(quality.preset.name).toBe('glpi');
    expect(rows.map((r) => [r.id, r.statusClass, r.priority])).toEqual([
      ['52267', 'closed', 'P2'], ['52268', 'resolved', 'P3'], ['52269', 'pending', 'P4'], ['52270', 'open', 'P1'],
    ]);
    expect(codes).toEqual(['2:Status:closed-without-date', '3:Status:closed-without-date']);
    expect(quality.issues[0]!.message).toBe(
      'tickets.csv row 2, Status: status "Fechado" means closed but the row has no resolution or closing date: counted as closed at an unknown time',
    );
  });

  it('reads a canonical statusClass column first, then the status word; flags a class that is not one', () => {
    const csv = ['id,openedAt,status,statusClass,closedAt', 'T1,2026-03-02T08:00Z,Parked,pending,', 'T2,2026-03-02T08:00Z,Clos,,2026-03-02T09:00Z', 'T3,2026-03-02T08:00Z,,finished,'].join('\n');
    const { rows, codes } = read(csv);
    expect(rows.map((r) => r.statusClass)).toEqual(['pending', 'closed', null]);
    expect(codes).toEqual(['3:closedAt:closed-without-resolution', '4:statusClass:unmapped-value']);
  });

  it("takes a mapping's values.status over the preset's map", () => {
    const mapping = parseMapping({ values: { status: { 'Awaiting Godot': 'pending', Closed: 'cancelled' } } });
    const csv = ['number,opened_at,state', 'INC1,2026-03-02 08:00:00,Awaiting Godot', 'INC2,2026-03-02 08:00:00,Closed'].join('\n');
    const { rows, codes } = read(csv, { mapping });
    expect(rows.map((r) => r.statusClass)).toEqual(['pending', 'cancelled']);
    expect(codes).toEqual(['3:state:closed-without-date']);
  });

  it('uses the Jira Status Category for a status word the map does not know, without a flag', () => {
    const csv = [
      'Summary,Issue key,Issue id,Issue Type,Status,Priority,Created,Resolved,Status Category',
      'A,IT-1,1,Incident,Triage,Blocker,02/Mar/26 9:00 AM,,To Do',
      'B,IT-2,2,Incident,Shipped,Major,02/Mar/26 9:00 AM,02/Mar/26 11:00 AM,Done',
      "C,IT-3,3,Incident,Won't Do,Trivial,02/Mar/26 9:00 AM,02/Mar/26 10:00 AM,Done",
      'D,IT-4,4,Incident,Limbo,Minor,02/Mar/26 9:00 AM,,',
    ].join('\n');
    const { rows, codes } = read(csv);
    expect(rows.map((r) => [r.statusClass, r.priority])).toEqual([['open', 'P1'], ['closed', 'P3'], ['cancelled', 'P5'], [null, 'P4']]);
    expect(codes).toEqual(['5:Status:unmapped-value']);
  });
});

describe('source SLA verdicts', () => {
  it("drops a tool's 'met' on a ticket still open or pending (not decided yet); keeps 'breached'", () => {
    const csv = [
      'number,opened_at,state,made_sla,closed_at',
      'INC1,2026-03-02 08:00:00,In Progress,true,',
      'INC2,2026-03-02 08:00:00,On Hold,false,',
      'INC3,2026-03-02 08:00:00,Closed,true,2026-03-02 09:00:00',
    ].join('\n');
    expect(read(csv).rows.map((r) => r.slaResolutionVerdict)).toEqual([null, 'breached', 'met']);
  });
});

describe('resolution from duration', () => {
  it('ServiceNow: closed_at = opened_at + calendar_duration seconds, only for tickets not open, flagged', () => {
    const csv = [
      'number,opened_at,state,calendar_duration,made_sla',
      'INC1,2026-03-02 08:00:00,Closed,7260,true', // 7,260 s = 121 min → 10:01
      'INC2,2026-03-02 08:00:00,In Progress,3600,', // open: a duration never closes it
      'INC3,2026-03-02 08:00:00,Closed,0,false', // 0 = not measured
      'INC4,2026-03-02 08:00:00,Closed,,false',
    ].join('\n');
    const { rows, quality, codes } = read(csv);
    expect(rows.map((r) => r.closedAt)).toEqual([utc('2026-03-02T10:01:00Z'), null, null, null]);
    expect(rows.map((r) => r.slaResolutionVerdict)).toEqual(['met', null, 'breached', 'breached']);
    // The closing found is not a resolution: row 2 is also closed without a resolution time.
    expect(codes).toEqual(['2:null:closed-without-resolution', '2:calendar_duration:resolution-from-duration', '4:state:closed-without-date', '5:state:closed-without-date']);
    expect(quality.warnings).toEqual({ 'resolution-from-duration': 1, 'closed-without-resolution': 1, 'closed-without-date': 2 });
  });

  it('GLPI: resolution = opening + Statistics resolution time + waiting time (GLPI subtracts it), in any language', () => {
    const csv = [
      '"ID";"Titel";"Status";"Erstellungsdatum";"Priorität";"Statistik - Lösungszeit";"Statistik - Zeit in Warteschlange";',
      '"7";"Drucker";"Gelöst";"2026-03-02 08:00";"Hoch";"2 Stunden 5 Minuten";"1 Stunden 0 Minuten";',
      '"8";"Netz";"Neu";"2026-03-02 09:00";"Mittel";"0 Sekunden";"0 Sekunden";',
    ].join('\n');
    const { rows, codes } = read(csv);
    // 08:00 + 125 min + 60 min waiting = 11:05.
    expect(rows.map((r) => [r.statusClass, r.resolvedAt])).toEqual([['resolved', utc('2026-03-02T11:05:00Z')], ['open', null]]);
    expect(codes).toEqual(['2:Statistik - Lösungszeit:resolution-from-duration']);
  });
});
