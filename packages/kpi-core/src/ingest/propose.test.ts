// Look-alike exports written for these tests (no real data) of tools no preset knows: a
// Brazilian helpdesk list in the OTRS style (a row counter first, ages `27 d 19 h`, priorities
// `3 normal`) but with its own headers; a Brazilian in-house ITSM sheet; German, Spanish and
// French tools — so that the proposal by meaning is pinned on the shapes it meets. (OTRS's own
// translated headers are read by the otrs preset: fixtures/real-formats.)
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RevueError } from '../internal/errors.js';
import { assetRows, ticketRows } from '../model/tables.js';
import { parseMapping } from './mapping.js';
import { proposeMapping } from './propose.js';
import { meaningKey, referenceName, typeOfWord } from './synonyms.js';
import { readAssets, readTickets } from './read.js';
import { TICKET_PRESETS } from './presets/index.js';
import { normalizeHeader } from './presets/preset.js';
import { buildWorkbook, cell, ref, row, serialOf } from '../../test/xlsx-workbook.js';

const NOW = Date.UTC(2026, 3, 1);
const utc = (iso: string) => Date.parse(iso);

/** A Brazilian helpdesk list, OTRS-style values, headers no preset knows: a row counter first, `27 d 19 h` ages, priorities `3 normal`. */
const OTRS_PT_BR = [
  '"Nº";"Chamado#";"Idade";"Criado";"Fechado";"Primeiro Bloqueio";"Estado";"Prioridade";"Fila";"Bloqueio";"Proprietário";"Cliente";"Título";"Tempo Contabilizado"',
  '"1";"2025081510000222";"27 d 19 h";"15/08/2025 10:02";"";"";"aberto";"3 normal";"Suporte N1";"desbloqueado";"Ana Souza";"ACME";"Impressora não imprime";"30"',
  '"2";"2025081510000231";"27 d 18 h";"15/08/2025 11:30";"18/08/2025 09:00";"15/08/2025 11:45";"fechado com êxito";"4 alto";"Suporte N1";"desbloqueado";"João Lima";"ACME";"VPN cai toda hora";"90"',
  '"3";"2025081610000015";"26 d 2 h";"16/08/2025 08:15";"";"";"pendente lembrete";"5 muito alto";"Redes";"bloqueado";"Ana Souza";"Bistro";"Servidor fora do ar";"0"',
  '"4";"2025081810000040";"24 d 1 h";"18/08/2025 09:10";"19/08/2025 17:00";"";"fechado sem êxito";"2 baixo";"Redes";"desbloqueado";"João Lima";"Bistro";"Trocar cabo";"15"',
].join('\n');

describe('proposeMapping — a Brazilian helpdesk list no preset knows', () => {
  const proposal = proposeMapping(OTRS_PT_BR, { fileName: 'otrs.csv' });

  it('takes the header row, finds no confident preset, and proposes columns by meaning', () => {
    expect(proposal).toMatchObject({ headerLine: 1, headerIsLabels: true, skippedBeforeHeader: 0, rowsSampled: 4, preset: { confident: false } });
    expect(proposal.mapping.columns).toEqual({
      id: 'Chamado#', // not "Nº": 1, 2, 3, 4 count the rows
      openedAt: 'Criado',
      priority: 'Prioridade',
      status: 'Estado',
      client: 'Cliente',
      title: 'Título',
      closedAt: 'Fechado',
      effortMinutes: 'Tempo Contabilizado',
    });
    expect(proposal.mapping.extends).toBeUndefined();
    expect(proposal.fields.id).toEqual({ column: 'Chamado#', confidence: 1, by: 'name+values', samples: ['2025081510000222', '2025081510000231', '2025081610000015', '2025081810000040'] });
    expect(proposal.fields.openedAt).toMatchObject({ column: 'Criado', dateFormat: 'dd/MM/yyyy HH:mm' });
    expect(proposal.missing).toEqual({ required: [], useful: ['resolvedAt', 'firstResponseAt', 'type', 'category', 'assetId'] });
  });

  it('maps status words to classes and priority words to P1…P5 (OTRS-style: 5 very high … 1 very low)', () => {
    expect(proposal.mapping.values).toEqual({
      status: { aberto: 'open', 'fechado com êxito': 'closed', 'pendente lembrete': 'pending', 'fechado sem êxito': 'closed' },
      priority: { '3 normal': 'P3', '4 alto': 'P2', '5 muito alto': 'P1', '2 baixo': 'P4' },
    });
    expect(proposal.unmatchedValues).toEqual({});
    expect(proposal.mapping.dateFormat).toBe('dd/MM/yyyy HH:mm'); // 15/08, 16/08, 18/08: day-first proven
  });

  it('is a mapping the reader accepts as it is (JSON round trip included)', () => {
    const mapping = parseMapping(JSON.stringify({ ...proposal.mapping, $proposal: { note: 'ignored' } }));
    const { table, quality } = readTickets(OTRS_PT_BR, { mapping, timezone: 'America/Sao_Paulo', now: NOW });
    expect(quality).toMatchObject({ preset: { name: 'mapping' }, rowsRead: 4, accepted: 4, rejected: 0 });
    const rows = ticketRows(table);
    // 15/08/2025 10:02 in São Paulo (UTC−3) = 13:02Z.
    expect(rows[0]).toMatchObject({ id: '2025081510000222', openedAt: utc('2025-08-15T13:02:00Z'), priority: 'P3', client: 'ACME', effortMinutes: 30 });
    expect(rows[2]).toMatchObject({ priority: 'P1', title: 'Servidor fora do ar' });
    expect(rows[1]!.closedAt).toBe(utc('2025-08-18T12:00:00Z'));
  });

  it('gives the columns with their sample values and shapes, for a mapping screen', () => {
    expect(proposal.columns.map((c) => `${c.header}:${c.shape}`)).toEqual([
      // Four rows, four statuses: too few to call them a small set of words ("text").
      'Nº:number', 'Chamado#:number', 'Idade:duration', 'Criado:date', 'Fechado:date', 'Primeiro Bloqueio:date', 'Estado:text', 'Prioridade:text',
      'Fila:words', 'Bloqueio:words', 'Proprietário:words', 'Cliente:words', 'Título:text', 'Tempo Contabilizado:number',
    ]);
    expect(proposal.columns[6]!.values).toEqual(['aberto', 'fechado com êxito', 'pendente lembrete', 'fechado sem êxito']);
  });

  it('and the reader, without a mapping, refuses naming no preset', () => {
    try {
      readTickets(OTRS_PT_BR, { fileName: 'otrs.csv' });
    } catch (error) {
      expect(error).toBeInstanceOf(RevueError);
      expect((error as RevueError).code).toBe('unknown-format');
      expect((error as RevueError).message).not.toMatch(/\(preset \w+\)|preset (canonical|glpi|servicenow|jira|freshservice|zammad|zendesk|osticket)/);
      return;
    }
    throw new Error('expected a refusal');
  });
});

describe('proposeMapping — the TSDoc example', () => {
  it('gives what its documentation says', () => {
    const proposal = proposeMapping('Número;Criado;Estado\n2025081510000222;15/08/2025 10:00;Fechado\n', { kind: 'tickets' });
    expect(proposal.mapping).toEqual({
      dateFormat: 'dd/MM/yyyy HH:mm',
      columns: { id: 'Número', openedAt: 'Criado', status: 'Estado' },
      values: { status: { Fechado: 'closed' } },
    });
    expect(proposal.fields.id).toEqual({ column: 'Número', confidence: 1, by: 'name+values', samples: ['2025081510000222'] });
  });
});

describe('proposeMapping — other languages and shapes', () => {
  it('a Brazilian ITSM sheet with no resolution date but a time to solution: a duration column', () => {
    const csv = [
      'Protocolo;Data de Abertura;Situação;Prioridade;Categoria;Empresa;Assunto;Tempo de Solução (min)',
      'BR-000101;05/03/2026 08:00;Resolvido;Alta;Rede;Bistro;Sem internet no caixa;95',
      'BR-000102;05/03/2026 09:30;Em andamento;Média;Impressão;Bistro;Impressora travada;',
      'BR-000103;06/03/2026 14:00;Cancelado;Baixa;Acessos;ACME;Senha expirada;10',
    ].join('\n');
    const proposal = proposeMapping(csv);
    expect(proposal.mapping).toEqual({
      columns: { id: 'Protocolo', openedAt: 'Data de Abertura', priority: 'Prioridade', status: 'Situação', category: 'Categoria', client: 'Empresa', title: 'Assunto' },
      values: { status: { Resolvido: 'resolved', 'Em andamento': 'open', Cancelado: 'cancelled' }, priority: { Alta: 'P2', Média: 'P3', Baixa: 'P4' } },
      durations: { 'Tempo de Solução (min)': { field: 'resolvedAt', unit: 'minutes' } },
    });
    expect(proposal.fields.resolvedAt).toMatchObject({ column: 'Tempo de Solução (min)', durationUnit: 'minutes' });
    // 05/03 and 06/03: the order of day and month is not proven: no dateFormat, the reader decides.
    expect(proposal.mapping.dateFormat).toBeUndefined();
    const { table, quality } = readTickets(csv, { mapping: proposal.mapping, now: NOW });
    expect(quality.warnings).toMatchObject({ 'resolution-from-duration': 2 });
    // BR-000101: opened 08:00 + 95 minutes = 09:35 (UTC).
    expect(ticketRows(table)[0]).toMatchObject({ resolvedAt: utc('2026-03-05T09:35:00Z'), status: 'Resolvido', statusClass: 'resolved' });
  });

  it('reads timestamps with nine-digit fractions of a second (a published service-desk export, seen 2026-12-05)', () => {
    // Look-alike of GitHub Kats-19/it-service-desk-analytics data/tickets.csv; rows made up.
    const csv = [
      'ticket_id,created_at,resolved_at,status,priority,sla_met',
      'TKT-1,2024-03-01 09:00:00,2024-03-01 10:15:30.123456789,Resolved,P2,1.0',
      'TKT-2,2024-03-01 09:30:00,2024-03-01 11:59:59.999999999,Resolved,P3,0.0',
    ].join('\n');
    const proposal = proposeMapping(csv, { fileName: 'tickets.csv' });
    expect(proposal.fields.resolvedAt).toMatchObject({ column: 'resolved_at', dateFormat: 'yyyy-MM-dd HH:mm:ss.SSS' });
    for (const timezone of ['UTC', 'Europe/Paris']) {
      const { table, quality } = readTickets(csv, { mapping: proposal.mapping, timezone, now: NOW });
      expect(quality.rejected).toBe(0);
      expect(quality.warnings).toEqual({});
      // Instants are floored to the minute: 10:15:30.123456789 is 10:15, 11:59:59.999999999 is 11:59
      // local time; Paris is UTC+1 on 1 March 2024.
      const shift = timezone === 'UTC' ? 0 : 3_600_000;
      expect(ticketRows(table).map((row) => row.resolvedAt)).toEqual([Date.UTC(2024, 2, 1, 10, 15) - shift, Date.UTC(2024, 2, 1, 11, 59) - shift]);
    }
  });

  it('a German tool: dd.MM.yyyy dates, Status/Priorität words', () => {
    const csv = [
      'Ticketnummer;Erstellt am;Gelöst am;Status;Priorität;Betreff;Kunde;Standort',
      'T-2026-0001;02.03.2026 08:15;02.03.2026 10:00;Geschlossen;Hoch;Drucker defekt;Bistro;Lyon',
      'T-2026-0002;13.03.2026 09:00;;In Bearbeitung;Mittel;VPN langsam;ACME;Paris',
      'T-2026-0003;14.03.2026 11:00;;Wartend;Niedrig;Neues Konto;ACME;Paris',
    ].join('\n');
    const proposal = proposeMapping(csv);
    expect(proposal.mapping).toMatchObject({
      dateFormat: 'dd.MM.yyyy HH:mm',
      columns: { id: 'Ticketnummer', openedAt: 'Erstellt am', priority: 'Priorität', status: 'Status', client: 'Kunde', site: 'Standort', title: 'Betreff', resolvedAt: 'Gelöst am' },
      values: { status: { Geschlossen: 'closed', 'In Bearbeitung': 'open', Wartend: 'pending' }, priority: { Hoch: 'P2', Mittel: 'P3', Niedrig: 'P4' } },
    });
  });

  it('a Spanish tool with US dates (unambiguous: a day above 12 comes second)', () => {
    const csv = [
      'Número de caso,Fecha de creación,Fecha de cierre,Estado,Prioridad,Asunto,Empresa',
      'C-1001,03/14/2026 09:15 AM,03/14/2026 11:00 AM,Cerrado,Alta,Correo caído,ACME',
      'C-1002,03/16/2026 02:30 PM,,Abierto,Urgente,Servidor sin respuesta,Bistro',
    ].join('\n');
    const proposal = proposeMapping(csv);
    expect(proposal.mapping).toMatchObject({
      dateFormat: 'MM/dd/yyyy hh:mm a',
      columns: { id: 'Número de caso', openedAt: 'Fecha de creación', closedAt: 'Fecha de cierre', status: 'Estado', priority: 'Prioridad', title: 'Asunto', client: 'Empresa' },
      values: { status: { Cerrado: 'closed', Abierto: 'open' }, priority: { Alta: 'P2', Urgente: 'P1' } },
    });
    const { table } = readTickets(csv, { mapping: proposal.mapping, now: NOW });
    expect(ticketRows(table)[1]!.openedAt).toBe(utc('2026-03-16T14:30:00Z'));
  });

  it('a French in-house tool, below a title line', () => {
    const csv = [
      'Export des tickets — mars 2026;;;;;',
      "N° ticket;Date de création;Statut;Priorité;Objet;Société;Date de résolution",
      'INC-0042;02/03/2026 08:15;Résolu;Haute;Écran noir;Bistro;02/03/2026 10:00',
      'INC-0043;13/03/2026 09:00;En attente;Basse;Nouveau badge;ACME;',
    ].join('\n');
    const proposal = proposeMapping(csv);
    expect(proposal).toMatchObject({ headerLine: 2, skippedBeforeHeader: 1 });
    expect(proposal.mapping.columns).toEqual({
      id: 'N° ticket', openedAt: 'Date de création', priority: 'Priorité', status: 'Statut', client: 'Société', title: 'Objet', resolvedAt: 'Date de résolution',
    });
    expect(proposal.mapping.values.status).toEqual({ Résolu: 'resolved', 'En attente': 'pending' });
  });

  it('columns whose names say nothing: the id and the opening date by their values, with a low confidence', () => {
    const csv = ['A,B,C,D', '9001,2026-03-02 08:15,2026-03-02 09:00,Closed', '9002,2026-03-03 10:00,,Open', '9003,2026-03-04 11:00,2026-03-05 08:00,Pending'].join('\n');
    const proposal = proposeMapping(csv);
    expect(proposal.mapping.columns).toEqual({ id: 'A', openedAt: 'B', status: 'D' });
    expect(proposal.fields.id).toMatchObject({ by: 'values', confidence: 0.4 });
    expect(proposal.fields.openedAt).toMatchObject({ by: 'values', confidence: 0.38 }); // the earliest dates
    expect(proposal.mapping.values.status).toEqual({ Closed: 'closed', Open: 'open', Pending: 'pending' });
  });

  it('says what is missing when the file has no opening date', () => {
    const proposal = proposeMapping('Numero;Titulo\n1;a\n2;b\n');
    expect(proposal.missing.required).toEqual(['openedAt']);
  });

  it('Jira classic priorities: Blocker, Critical, Major, Minor, Trivial → P1…P5', () => {
    const csv = ['Key,Created,Priority', 'X-1,2026-03-02 08:00,Blocker', 'X-2,2026-03-02 09:00,Major', 'X-3,2026-03-02 10:00,Minor', 'X-4,2026-03-02 11:00,Critical', 'X-5,2026-03-02 12:00,Trivial'].join('\n');
    expect(proposeMapping(csv).mapping.values.priority).toEqual({ Blocker: 'P1', Major: 'P3', Minor: 'P4', Critical: 'P2', Trivial: 'P5' });
  });

  it('extends a confident preset with the columns it found', () => {
    const glpi = readFileSync(new URL('../../../../fixtures/samples/glpi-fr-tickets.csv', import.meta.url));
    const proposal = proposeMapping(new Uint8Array(glpi), { fileName: 'glpi-fr-tickets.csv' });
    expect(proposal.preset).toMatchObject({ name: 'glpi', confident: true });
    expect(proposal.mapping.extends).toBe('glpi');
    expect(proposal.mapping.columns).toMatchObject({ id: 'ID', openedAt: "Date d'ouverture", priority: 'Priorité' });
    expect(proposal.fields.id).toMatchObject({ by: 'preset', confidence: 1 });
  });

  it('proposes for asset lists too (Portuguese)', () => {
    const csv = ['Patrimônio;Nome;Tipo;Data de compra;Valor;Fim da garantia', 'PAT-0001;Notebook Ana;Notebook;15/01/2024;4.599,00;15/01/2027', 'PAT-0002;Servidor;Servidor;20/06/2023;18.250,00;20/06/2028'].join('\n');
    const proposal = proposeMapping(csv, { kind: 'assets' });
    expect(proposal.mapping.columns).toEqual({ id: 'Patrimônio', name: 'Nome', type: 'Tipo', purchaseDate: 'Data de compra', purchaseCost: 'Valor', warrantyEnd: 'Fim da garantia' });
    const { table } = readAssets(csv, { mapping: proposal.mapping, now: NOW });
    expect(assetRows(table)[1]).toMatchObject({ id: 'PAT-0002', purchaseCost: 18250, purchaseDate: utc('2023-06-20T00:00:00Z') });
  });

  it('reads a workbook’s first sheet for the proposal', () => {
    const strings = ['Relatório de chamados', 'Protocolo', 'Data de abertura', 'Situação', 'BR-1', 'Fechado'];
    const sheetData =
      row(1, cell.s('A1', 0)) +
      row(3, [1, 2, 3].map((s, i) => cell.s(ref(i, 3), s)).join('')) +
      row(4, cell.s('A4', 4) + cell.n('B4', 46083.34375, 1) + cell.s('C4', 5));
    const proposal = proposeMapping(buildWorkbook({ sheetData, sharedStrings: strings, cellXfs: [0, 22] }), { fileName: 'chamados.xlsx' });
    expect(proposal).toMatchObject({ headerLine: 3, skippedBeforeHeader: 1, mapping: { columns: { id: 'Protocolo', openedAt: 'Data de abertura', status: 'Situação' } } });
  });
});

describe('proposeMapping by meaning against the presets, on the corpus of real formats (fixtures/real-formats)', () => {
  // A second implementation of the same knowledge: the presets read each tool's own words; the
  // proposal by meaning knows no tool. Where both say something, they must agree.
  const root = new URL('../../../../fixtures/real-formats/', import.meta.url);
  // The asset inventories of the corpus are read by the asset presets (test/real-formats.test.ts).
  const assetDirectories = new Set(['snipe-it', 'glpi-assets', 'lansweeper', 'servicenow-assets', 'itop-assets', 'intune', 'jamf', 'freshservice-assets']);
  // Tools with no preset: read through the proposal alone (test/real-formats.test.ts).
  // (support-analytics: a BI dataset, no tool; read through mappings in test/support-analytics.test.ts.)
  const noPreset = new Set(['autotask', 'connectwise', 'halopsa', 'manageengine-sdp', 'redmine', 'gitlab', 'request-tracker', 'zoho-desk', 'topdesk', 'support-analytics', 'jira-rest', 'pagerduty', 'serviceaide', 'sla-hours']);
  // Files of a tool with a preset that the preset does not read on purpose: Zendesk Explore's
  // date-only columns ("Ticket created - Date"), read through the proposal (dateonly9's fixture).
  // And files that are no ticket list, which the reader refuses (Zammad's time accounting download).
  const proposalOnly = new Set(['zendesk/zendesk-explore-dates-en.csv', 'zammad/zammad-time-accounting-by-activity.csv']);
  const files = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !assetDirectories.has(d.name) && !noPreset.has(d.name))
    .flatMap((d) => readdirSync(new URL(`${d.name}/`, root)).map((f) => `${d.name}/${f}`))
    .filter((path) => !proposalOnly.has(path));

  it('covers the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(17);
  });

  it.each(files)('%s: the same id, opening, status, priority, resolution, closing, title and client columns as its preset', (path) => {
    const bytes = new Uint8Array(readFileSync(new URL(path, root)));
    const byPreset = proposeMapping(bytes, { fileName: path });
    const byMeaning = proposeMapping(bytes, { fileName: path, byMeaning: true });
    expect(byPreset.preset.confident).toBe(true);
    expect(byMeaning.mapping.extends).toBeUndefined();
    const fields = ['id', 'openedAt', 'status', 'priority', 'resolvedAt', 'closedAt', 'title', 'client'] as const;
    const pick = (columns: Record<string, string | undefined>) => Object.fromEntries(fields.map((f) => [f, columns[f] ?? null]));
    expect(pick(byMeaning.mapping.columns)).toEqual(pick(byPreset.mapping.columns));
  });

  it.each(files)('%s: every status word both the preset status map and the proposal know gets the same class', (path) => {
    const bytes = new Uint8Array(readFileSync(new URL(path, root)));
    const byPreset = proposeMapping(bytes, { fileName: path });
    const proposed = proposeMapping(bytes, { fileName: path, byMeaning: true }).mapping.values.status ?? {};
    const map = new Map(Object.entries(TICKET_PRESETS[byPreset.preset.name as keyof typeof TICKET_PRESETS].maps?.status ?? {}).map(([w, c]) => [normalizeHeader(w), c]));
    let compared = 0;
    for (const [word, statusClass] of Object.entries(proposed)) {
      const expected = map.get(normalizeHeader(word));
      if (expected === undefined) continue; // classed by the preset's status category, or unknown to it
      expect(statusClass, word).toBe(expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
  });
});

describe('proposeMapping — French headers written short ("Date résolution") and a "Machine" column', () => {
  // The shape of a French spreadsheet seen by review7 (written here, no real data): the linking
  // word is left out ("Date résolution" for "Date de résolution", "Date ouverture" for
  // "Date d'ouverture"), and the device column is called "Machine".
  const SHORT_FR = [
    'Numéro;Date ouverture;Urgence;État;Date résolution;Société;Machine',
    '1;01/03/2026 09:00;Haute;Résolu;01/03/2026 11:00;Alpha;PC-1',
    '2;02/03/2026 09:00;Basse;Ouvert;;Beta;PC-2',
    '3;05/03/2026 14:00;Moyenne;Clos;06/03/2026 10:00;Alpha;PC-1',
  ].join('\n');
  const proposal = proposeMapping(SHORT_FR, { fileName: 'court.csv' });

  it('reads a header without its linking word as the full name (de, d\', du… left out on both sides)', () => {
    // Without the tolerance, "Date résolution" was not proposed at all and "Date ouverture" only
    // by containing "ouverture" (76 %): both are now names of their field (100 %).
    expect(proposal.mapping.columns.resolvedAt).toBe('Date résolution');
    expect(proposal.fields.resolvedAt).toMatchObject({ column: 'Date résolution', confidence: 1, by: 'name+values' });
    expect(proposal.fields.openedAt).toMatchObject({ column: 'Date ouverture', confidence: 1 });
  });

  it('proposes "Machine" (and "Poste", "Matériel") as the asset', () => {
    expect(proposal.mapping.columns.assetId).toBe('Machine');
    for (const header of ['Poste', 'Matériel', 'Poste de travail']) {
      const other = proposeMapping(SHORT_FR.replace('Machine', header), { fileName: 'court.csv' });
      expect(other.mapping.columns.assetId).toBe(header);
    }
  });

  it('does not strip a lone word: "De" names no field', () => {
    const lone = proposeMapping(SHORT_FR.replace('Machine', 'De'), { fileName: 'court.csv' });
    expect(lone.mapping.columns.assetId).toBeUndefined();
  });
});

describe('proposeMapping — PSA and helpdesk exports no preset knows (Autotask, ConnectWise, HaloPSA, ServiceDesk Plus)', () => {
  const columnsOf = (csv: string) => proposeMapping(csv, { fileName: 'psa.csv' }).mapping.columns;

  it('reads their names of the closing, resolution, opening, first response and id columns', () => {
    // Autotask: the Complete status and its date are the closing; ConnectWise's report view; SDP in French.
    expect(columnsOf('Ticket Number,Create Date/Time,Completed Date/Time,Status\nT1,3/2/2026 9:15 AM,3/2/2026 11:45 AM,Complete\nT2,3/3/2026 2:00 PM,,New\n')).toMatchObject({
      id: 'Ticket Number', openedAt: 'Create Date/Time', closedAt: 'Completed Date/Time',
    });
    expect(columnsOf('TicketNbr,Summary,date_entered,Date_Resolved,Date_Closed\n48101,UPS alarm,2026-03-02 08:05:00.000,2026-03-02 10:35:00.000,2026-03-02 10:40:00.000\n48102,Reset,2026-03-02 14:20:00.000,,\n')).toMatchObject({
      id: 'TicketNbr', openedAt: 'date_entered', resolvedAt: 'Date_Resolved', closedAt: 'Date_Closed',
    });
    expect(columnsOf('Ticket ID,Date Opened,Date Responded,Date Resolved\n2301,03/03/2026 09:00,03/03/2026 09:20,03/03/2026 15:30\n2302,17/03/2026 10:00,17/03/2026 10:45,\n')).toMatchObject({
      openedAt: 'Date Opened', firstResponseAt: 'Date Responded', resolvedAt: 'Date Resolved',
    });
    expect(columnsOf("ID de la demande;Heure de création;Heure de résolution;Heure de clôture\n101;02/03/2026 09:00;02/03/2026 12:00;03/03/2026 09:00\n102;13/03/2026 10:00;-;-\n")).toMatchObject({
      id: 'ID de la demande', openedAt: 'Heure de création', resolvedAt: 'Heure de résolution', closedAt: 'Heure de clôture',
    });
  });

  it('never takes a target date for the instant it targets (HaloPSA: Target Response Date beside Date Opened)', () => {
    const proposal = proposeMapping('Ticket ID,Target Response Date,Target Resolution Date,Date Opened\n1,03/03/2026 11:00,03/03/2026 17:00,03/03/2026 09:00\n2,17/03/2026 12:00,19/03/2026 10:00,17/03/2026 10:00\n', { fileName: 'halo.csv' });
    expect(proposal.mapping.columns).toEqual({
      id: 'Ticket ID', openedAt: 'Date Opened', slaResponseDueAt: 'Target Response Date', slaResolutionDueAt: 'Target Resolution Date',
    });
    expect(proposal.missing.useful).toEqual(expect.arrayContaining(['firstResponseAt', 'resolvedAt']));
  });

  it('never proposes a column of repeated values as the id because its name contains "ticket"', () => {
    const csv = [
      'RecID,ticket_owner_first_name,date_entered',
      ...Array.from({ length: 9 }, (_, i) => `${48101 + i},Tech ${'ABC'[i % 3]},2026-03-0${i + 1} 08:00:00.000`),
    ].join('\n');
    // Before: "ticket_owner_first_name" (contains "ticket"; three names over nine rows) was the id at 43 %.
    expect(proposeMapping(csv, { fileName: 'cw.csv' }).mapping.columns.id).toBe('RecID');
  });

  it('reads numbered priorities with their label: "Priority 1 - Critical", "P2 - High", "1 - Urgent", "P4"', () => {
    const csv = 'Ticket ID,Date Opened,Priority\n1,03/03/2026 09:00,Priority 1 - Critical\n2,17/03/2026 10:00,P2 - High\n3,18/03/2026 10:00,1 - Urgent\n4,19/03/2026 10:00,P4\n5,19/03/2026 11:00,Priority 3 - Normal Response\n6,19/03/2026 12:00,4 urgentissime\n';
    const proposal = proposeMapping(csv, { fileName: 'p.csv' });
    expect(proposal.mapping.values.priority).toEqual({
      'Priority 1 - Critical': 'P1', 'P2 - High': 'P2', '1 - Urgent': 'P1', 'Priority 3 - Normal Response': 'P3',
    }); // P4 is a canonical value: the reader reads it without a map
    // A number and a word (OTRS writes `4 high`, 5 the most urgent): the number is no rank; the word is unknown.
    expect(proposal.unmatchedValues.priority).toEqual(['4 urgentissime']);
  });

  it('reads waiting and scheduled statuses in the PSAs\' words, and leaves a question such as "Done yet?" to the reader', () => {
    const words = ['Waiting Customer', 'Waiting Materials', 'Waiting on client', 'Waiting parts/repair', 'Waiting on 3rd Party Vendor', 'With User', 'With Supplier', 'Scheduled', 'New (email connector)', 'Done yet?', 'Complete'];
    const csv = ['Ticket ID,Date Opened,Status', ...words.map((w, i) => `${i + 1},0${(i % 9) + 1}/03/2026 09:00,${w}`)].join('\n');
    const proposal = proposeMapping(csv, { fileName: 's.csv' });
    expect(proposal.mapping.values.status).toEqual({
      'Waiting Customer': 'pending', 'Waiting Materials': 'pending', 'Waiting on client': 'pending', 'Waiting parts/repair': 'pending',
      'Waiting on 3rd Party Vendor': 'pending', 'With User': 'pending', 'With Supplier': 'pending', Scheduled: 'open', 'New (email connector)': 'open', Complete: 'closed',
    });
    expect(proposal.unmatchedValues.status).toEqual(['Done yet?']);
  });

  it('reads hours worked as effort in hours', () => {
    const proposal = proposeMapping('Ticket Number,Create Date/Time,Total Hours Worked\nT1,3/2/2026 9:15 AM,2.50\nT2,3/13/2026 2:00 PM,0.25\n', { fileName: 'at.csv' });
    expect(proposal.mapping.durations).toEqual({ 'Total Hours Worked': { field: 'effortMinutes', unit: 'hours' } });
    const cw = proposeMapping('TicketNbr,date_entered,Hours_Actual\n1,2026-03-02 08:05:00.000,1.50\n2,2026-03-13 08:05:00.000,0.25\n', { fileName: 'cw.csv' });
    expect(cw.mapping.durations).toEqual({ Hours_Actual: { field: 'effortMinutes', unit: 'hours' } });
  });

  it('judges a column by its values, not by its "-" placeholders (ServiceDesk Plus: most requests not yet resolved)', () => {
    const csv = [
      'Requests',
      'RequestID,Subject,Request Status,Created Time,Due By Time,Responded Time,Resolved Time,Completed Time',
      '4101,Outlook crashes,Closed,02-03-2026 09:00,02-03-2026 17:00,02-03-2026 09:20,02-03-2026 11:30,03-03-2026 09:00',
      '4102,New laptop,Resolved,04-03-2026 10:00,09-03-2026 10:00,04-03-2026 11:00,05-03-2026 15:00,-',
      '4103,VPN drops,On Hold,16-03-2026 14:00,18-03-2026 14:00,16-03-2026 14:30,-,-',
      '4104,File server down,Open,30-03-2026 08:00,30-03-2026 12:00,-,-,-',
      '4105,Duplicate,Canceled,20-03-2026 10:00,27-03-2026 10:00,-,-,20-03-2026 10:30',
    ].join('\n');
    const proposal = proposeMapping(csv, { fileName: 'sdp-en.csv' });
    // Before: "Resolved Time" (2 dates, 3 dashes) and "Completed Time" were not dates enough to be proposed.
    expect(proposal.mapping.columns).toMatchObject({
      id: 'RequestID', openedAt: 'Created Time', firstResponseAt: 'Responded Time', resolvedAt: 'Resolved Time', closedAt: 'Completed Time', slaResolutionDueAt: 'Due By Time',
    });
    expect(proposal.fields.resolvedAt).toMatchObject({ confidence: 1, samples: ['02-03-2026 11:30', '05-03-2026 15:00'], dateFormat: 'dd-MM-yyyy HH:mm' });
    expect(proposal.mapping.empty).toEqual({ '*': ['-'] });
  });

  it('proposes "-" (ServiceDesk Plus\'s empty cell) as a placeholder read as empty', () => {
    const proposal = proposeMapping('ID de la demande;Heure de création;Heure de clôture;Technicien\n101;02/03/2026 09:00;03/03/2026 09:00;-\n102;13/03/2026 10:00;-;Technicien A\n', { fileName: 'sdp.csv' });
    expect(proposal.mapping.empty).toEqual({ '*': ['-'] });
    const { quality } = readTickets('ID de la demande;Heure de création;Heure de clôture\n101;02/03/2026 09:00;03/03/2026 09:00\n102;13/03/2026 10:00;-\n', { mapping: proposal.mapping, timezone: 'UTC', now: NOW });
    // Before: the "-" was "a value cannot be read" (unreadable-value); now the closing is empty.
    expect(quality.warnings).toEqual({ 'closed-without-resolution': 1 });
  });
});

describe('proposeMapping — dates as Excel serial numbers (a workbook column left in the General format, or its CSV)', () => {
  const csv = [
    'Request ID,Created Time,Completed Time,Status',
    `4101,${serialOf('2026-03-02 09:00:00')},${serialOf('2026-03-02 12:00:00')},Closed`,
    `4102,${serialOf('2026-03-04 10:00:00')},,Open`,
    `4103,${serialOf('2026-03-16 18:00:00')},${serialOf('2026-03-17 03:00:00')},Closed`,
  ].join('\n');

  it('proposes the date columns and the format "excel", and the reader reads them so', () => {
    const proposal = proposeMapping(csv, { fileName: 'serials.csv' });
    // Before: "Created Time" held numbers, not dates: openedAt not found, the file could not be read.
    expect(proposal.mapping).toMatchObject({ dateFormat: 'excel', columns: { id: 'Request ID', openedAt: 'Created Time', closedAt: 'Completed Time' } });
    expect(proposal.fields.openedAt).toMatchObject({ dateFormat: 'excel' }); // the evidence `revue mapping` prints
    const rows = ticketRows(readTickets(csv, { mapping: proposal.mapping, timezone: 'UTC', now: NOW }).table);
    expect(rows.map((r) => [r.openedAt, r.closedAt])).toEqual([
      [utc('2026-03-02T09:00:00Z'), utc('2026-03-02T12:00:00Z')],
      [utc('2026-03-04T10:00:00Z'), null],
      [utc('2026-03-16T18:00:00Z'), utc('2026-03-17T03:00:00Z')],
    ]);
  });

  it('never takes whole numbers for instants (ConnectWise ticket numbers 48101… are in the serial range)', () => {
    const proposal = proposeMapping('TicketNbr,Created Time\n48101,2026-03-02 08:05\n48102,2026-03-02 14:20\n', { fileName: 'cw.csv' });
    expect(proposal.mapping.columns).toEqual({ id: 'TicketNbr', openedAt: 'Created Time' });
    expect(proposal.mapping.dateFormat).not.toBe('excel');
  });
});

describe('proposeMapping — a due date is the SLA deadline only when its name says so', () => {
  // A Jira-like list (user-set "Due Date") and a French one (« Date d'échéance »): look-alikes.
  const jiraLike = [
    'Key,Summary,Status,Priority,Created,Resolved,Due Date',
    'OPS-1,Printer jam,Done,High,2026-03-02 09:00,2026-03-02 11:00,2026-03-06',
    'OPS-2,VPN drops,In Progress,Medium,2026-03-03 10:00,,2026-03-20',
  ].join('\n');
  const frenchPlain = [
    'Numéro;Titre;Statut;Priorité;Date de création;Date de résolution;Date d\'échéance',
    '1;Imprimante;Résolu;Haute;02/03/2026 09:00;02/03/2026 11:00;06/03/2026 18:00',
    '2;VPN;En cours;Moyenne;03/03/2026 10:00;;20/03/2026 18:00',
  ].join('\n');

  it('sets a plain "Due Date" / « Date d\'échéance » aside (anyone may set it) and says so', () => {
    for (const [csv, column] of [[jiraLike, 'Due Date'], [frenchPlain, "Date d'échéance"]] as const) {
      const proposal = proposeMapping(csv, { fileName: 'tickets.csv' });
      expect(proposal.mapping.columns.slaResolutionDueAt, column).toBeUndefined();
      expect(proposal.fields.slaResolutionDueAt, column).toBeUndefined();
      expect(proposal.setAside).toEqual([{ column, field: 'slaResolutionDueAt', why: 'plain-due-date' }]);
      // Read through the proposal, no ticket carries a deadline: no SLA figure rests on it.
      const { table } = readTickets(csv, { fileName: 'tickets.csv', now: NOW, mapping: proposal.mapping });
      expect(ticketRows(table).map((r) => r.slaResolutionDueAt)).toEqual([null, null]);
    }
  });

  it('proposes a deadline whose name says it is the SLA\'s: SLA, target, resolution, "resolve by", « échéance de résolution »', () => {
    for (const header of ['SLA Due Date', 'Resolution Due', 'Time to resolution', 'Resolve by', 'Target Resolution Date', 'Échéance de résolution', 'Date cible de résolution', 'Due By Time']) {
      const csv = jiraLike.replace('Due Date', header);
      const proposal = proposeMapping(csv, { fileName: 'tickets.csv' });
      expect(proposal.mapping.columns.slaResolutionDueAt, header).toBe(header);
      expect(proposal.setAside, header).toEqual([]);
    }
  });
});

describe('proposeMapping — the source tool\'s own SLA verdict', () => {
  const csv = (header: string, values: [string, string, string]) =>
    [`Ticket ID,Date Opened,Date Resolved,${header}`, `1,03/03/2026 09:00,03/03/2026 15:30,${values[0]}`, `2,04/03/2026 10:00,05/03/2026 11:00,${values[1]}`, `3,09/03/2026 07:00,,${values[2]}`].join('\n');

  it('reads a column named as an SLA state whose every value is a verdict word (HaloPSA in / out, Freshdesk Within SLA / SLA Violated)', () => {
    const halo = proposeMapping(csv('Resolution State', ['in', 'out', '']), { fileName: 'halo.csv' });
    expect(halo.mapping.columns.slaResolutionVerdict).toBe('Resolution State');
    expect(halo.mapping.values.slaResolutionVerdict).toEqual({ in: 'met', out: 'breached' });
    const fresh = proposeMapping(csv('SLA Status', ['Within SLA', 'SLA Violated', 'Within SLA']), { fileName: 'sla.csv' });
    expect(fresh.mapping.columns.slaResolutionVerdict).toBe('SLA Status');
    expect(fresh.mapping.values.slaResolutionVerdict).toEqual({ 'Within SLA': 'met', 'SLA Violated': 'breached' });
    const response = proposeMapping(csv('Response State', ['in', 'in', 'out']), { fileName: 'halo.csv' });
    expect(response.mapping.columns.slaResponseVerdict).toBe('Response State');
    // Read through the proposal: the verdicts as the model's words.
    const { table } = readTickets(csv('Resolution State', ['in', 'out', '']), { fileName: 'halo.csv', now: NOW, mapping: halo.mapping });
    expect(ticketRows(table).map((r) => r.slaResolutionVerdict)).toEqual(['met', 'breached', null]);
  });

  it('never takes a "Resolution status" that says whether a ticket is resolved, nor an SLA name with other words', () => {
    expect(proposeMapping(csv('Resolution Status', ['Resolved', 'Unresolved', 'Resolved']), { fileName: 'a.csv' }).mapping.columns.slaResolutionVerdict).toBeUndefined();
    expect(proposeMapping(csv('SLA Status', ['in', 'Paused', 'out']), { fileName: 'b.csv' }).mapping.columns.slaResolutionVerdict).toBeUndefined();
  });
});

describe('proposeMapping — durations a spreadsheet wrote as fractions of a day', () => {
  it('reads them in days (6 min = 0.00416666666569654), where hours made them 24 times too short; hand-typed hours stay hours', () => {
    // The shape of `TEMPO DE ESPERA` in a service log published in vitorvigg/dashboard-rcc (`chamados.csv`).
    const csv = 'Chamado,Aberto em,Tempo de espera\nC1,2026-03-02 09:00,0.00416666666569654\nC2,2026-03-02 10:00,0.0208333333357587\nC3,2026-03-02 11:00,0\nC4,2026-03-02 12:00,1.04166666666424\n';
    const proposal = proposeMapping(csv, { fileName: 'log.csv' });
    expect(proposal.mapping.durations).toEqual({ 'Tempo de espera': { field: 'pausedMinutes', unit: 'days' } });
    const rows = ticketRows(readTickets(csv, { mapping: proposal.mapping, timezone: 'UTC' }).table);
    // 0.00416666666569654 × 1440 = 6 min; 0.0208333333357587 × 1440 = 30; 1.04166666666424 × 1440 = 1,500 (25 h).
    expect(rows.map((r) => Math.round(r.pausedMinutes! * 1000) / 1000)).toEqual([6, 30, 0, 1500]);
    const typed = proposeMapping('Chamado,Aberto em,Tempo de espera\nC1,2026-03-02 09:00,1.5\nC2,2026-03-02 10:00,0.25\n', { fileName: 'typed.csv' });
    expect(typed.mapping.durations).toEqual({ 'Tempo de espera': { field: 'pausedMinutes', unit: 'hours' } });
    // Hours computed as minutes ÷ 60 have as many digits, but each is a whole number of minutes
    // read as hours (80, 10, 1,591 min), which day fractions are not (0.25, 1.25, 62.5 min ×…):
    // the review of 2026-12-05 found them read in days, 24 times too long.
    const computed = proposeMapping('Chamado,Aberto em,Tempo de espera\nC1,2026-03-02 09:00,1.3333333333333333\nC2,2026-03-02 10:00,0.16666666666666666\nC3,2026-03-02 11:00,26.516666666666666\n', { fileName: 'computed.csv' });
    expect(computed.mapping.durations).toEqual({ 'Tempo de espera': { field: 'pausedMinutes', unit: 'hours' } });
  });
});

describe('proposeMapping — issue trackers used as helpdesks (Redmine, GitLab, Request Tracker)', () => {
  it("reads Redmine's French words: the header Fermé is the closing date, Commentaire waits, Immédiat/Haut/Bas are priorities", () => {
    const csv = '#;Statut;Priorité;Créé;Fermé;Temps passé\n1;Fermé;Immédiat;02/03/2026 08:40;02/03/2026 12:10;2,50\n2;Commentaire;Haut;09/03/2026 14:05;;0,25\n3;Nouveau;Bas;16/03/2026 09:00;;\n';
    const proposal = proposeMapping(csv, { fileName: 'redmine.csv' });
    expect(proposal.mapping.columns).toMatchObject({ id: '#', openedAt: 'Créé', closedAt: 'Fermé', status: 'Statut', priority: 'Priorité' });
    expect(proposal.mapping.values.status).toEqual({ Fermé: 'closed', Commentaire: 'pending', Nouveau: 'open' });
    expect(proposal.mapping.values.priority).toEqual({ Immédiat: 'P1', Haut: 'P2', Bas: 'P4' });
    // Decimal hours (2,50 = 2 h 30): before, read as 2.5 minutes.
    expect(proposal.mapping.durations).toEqual({ 'Temps passé': { field: 'effortMinutes', unit: 'hours' } });
  });

  it("reads Redmine's English words: Closed (the date), Feedback waits, Immediate, Spent time in decimal hours", () => {
    const csv = '#,Status,Priority,Created,Closed,Spent time\n312,Closed,Immediate,03/02/2026 08:40 AM,03/02/2026 12:10 PM,2.50\n313,Feedback,Normal,03/13/2026 02:05 PM,,0.25\n';
    const proposal = proposeMapping(csv, { fileName: 'issues.csv' });
    expect(proposal.mapping).toMatchObject({ dateFormat: 'MM/dd/yyyy hh:mm a', columns: { id: '#', openedAt: 'Created', closedAt: 'Closed', status: 'Status', priority: 'Priority' } });
    expect(proposal.mapping.values).toMatchObject({ status: { Closed: 'closed', Feedback: 'pending' }, priority: { Immediate: 'P1', Normal: 'P3' } });
    expect(proposal.mapping.durations).toEqual({ 'Spent time': { field: 'effortMinutes', unit: 'hours' } });
  });

  it("reads GitLab's Time Spent in seconds, and never takes Weight (small whole numbers) for a priority", () => {
    const csv = 'Issue ID,State,Created At (UTC),Weight,Time Spent\n201,Closed,2026-03-02 08:05:00,1,9000\n202,Closed,2026-03-03 14:00:00,2,2700\n203,Open,2026-03-04 09:30:00,,0\n';
    const proposal = proposeMapping(csv, { fileName: 'gitlab.csv' });
    expect(proposal.mapping.columns.priority).toBeUndefined();
    expect(proposal.mapping.durations).toEqual({ 'Time Spent': { field: 'effortMinutes', unit: 'seconds' } });
    // Whole minutes that are not all whole hours stay minutes.
    const minutes = proposeMapping('id,Created,Time Spent\n1,2026-03-02 08:05,90\n2,2026-03-03 09:00,3600\n', { fileName: 'm.csv' });
    expect(minutes.mapping.columns.effortMinutes).toBe('Time Spent');
    expect(minutes.mapping.durations).toBeUndefined();
  });

  it("reads Request Tracker's dates (Mon Mar 02 09:15:00 2026), Not set as empty, stalled as waiting", () => {
    const tsv = 'id\tStatus\tCreated\tResolved\n4101\tresolved\tMon Mar 02 09:15:00 2026\tMon Mar 02 11:05:00 2026\n4104\tstalled\tMon Mar 09 10:00:00 2026\tNot set\n';
    const proposal = proposeMapping(tsv, { fileName: 'Results.tsv' });
    expect(proposal.mapping).toMatchObject({ dateFormat: 'EEE MMM dd HH:mm:ss yyyy', columns: { id: 'id', openedAt: 'Created', resolvedAt: 'Resolved' }, empty: { '*': ['Not set'] } });
    expect(proposal.mapping.values.status).toEqual({ resolved: 'resolved', stalled: 'pending' });
    expect(proposal.relativeDates).toEqual([]);
  });

  it("names the columns of ages (Request Tracker's default search: Created as \"4 weeks ago\") instead of only missing an opening date", () => {
    const tsv = 'id\tStatus\tCreated\tLast Updated\n4101\tresolved\t4 weeks ago\t4 weeks ago\n4111\tnew\t9 hours ago\t9 hours ago\n';
    const proposal = proposeMapping(tsv, { fileName: 'Results.tsv' });
    expect(proposal.missing.required).toEqual(['openedAt']);
    expect(proposal.relativeDates).toEqual(['Created', 'Last Updated']);
  });
});

describe('proposeMapping — the id of an asset list', () => {
  it("takes a full, unique device name for the id rather than the maker's serial number; an asset tag stays the id", () => {
    const serial = 'Serial number,Device name,Model\n7XK2Q93,ATN-LT-01,Latitude\n8ZP4R11,ATN-LT-02,Latitude\nPF3ABC12,ATN-LT-03,ThinkPad\n';
    // Before: id "Serial number" (a synonym of the id), which tickets naming ATN-LT-01 never match.
    expect(proposeMapping(serial, { kind: 'assets', fileName: 'intune.csv' }).mapping.columns).toMatchObject({ id: 'Device name', name: 'Device name' });
    const tagged = 'Asset Tag,Asset Name,Serial\nA-001,ATN-LT-01,7XK2Q93\nA-002,ATN-LT-02,8ZP4R11\nA-003,ATN-LT-03,PF3ABC12\n';
    expect(proposeMapping(tagged, { kind: 'assets', fileName: 'tags.csv' }).mapping.columns).toMatchObject({ id: 'Asset Tag', name: 'Asset Name' });
  });
});

// A look-alike (rows invented here) of a support-ticket CSV published with an analytics project
// (github.com/AnirudhBabu/CustomerSupportAnalytics, data/customer_support_tickets.csv): snake_case
// headers, the time to first response as a number of minutes, the resolution also in hours, and
// the tool's verdicts `response_sla_met` / `resolution_sla_met` as True/False.
const ANALYTICS_EXPORT = [
  'ticket_id,created_date,channel,category,priority,agent,team,first_response_minutes,resolution_hours,status,resolved_date,csat_score,region,response_sla_met,resolution_sla_met,day_of_week,hour_of_day',
  'SUP-000101,2025-03-03 09:00:00,Email,Billing,High,Agent_A,Team_North,42.5,6.25,Resolved,2025-03-03 15:15:00.000000,4.0,EMEA,True,True,Monday,9',
  'SUP-000102,2025-03-04 14:00:00,Chat,Login,Critical,Agent_B,Team_South,125.0,30.5,Resolved,2025-03-05 20:30:00.000000,2.0,APAC,False,False,Tuesday,14',
  'SUP-000103,2025-03-05 08:00:00,Phone,Refund,Low,Agent_A,Team_North,15.75,2.0,In Progress,,,AMER,True,True,Wednesday,8',
  'SUP-000104,2025-03-10 11:00:00,Email,Billing,Medium,Agent_C,Team_South,300.2,48.0,Escalated,,,EMEA,False,True,Monday,11',
].join('\n');

describe('proposeMapping — the source tool\'s SLA verdict as yes/no answers', () => {
  const verdicts = (header: string, values: [string, string]) =>
    [`Ticket ID,Date Opened,Date Resolved,${header}`, `1,03/03/2026 09:00,03/03/2026 15:30,${values[0]}`, `2,04/03/2026 10:00,05/03/2026 11:00,${values[1]}`].join('\n');

  it('reads response_sla_met / resolution_sla_met (True/False) as the verdicts, True → met', () => {
    const proposal = proposeMapping(ANALYTICS_EXPORT, { fileName: 'customer_support_tickets.csv' });
    expect(proposal.mapping.columns).toMatchObject({ slaResponseVerdict: 'response_sla_met', slaResolutionVerdict: 'resolution_sla_met' });
    expect(proposal.mapping.values.slaResponseVerdict).toEqual({ True: 'met', False: 'breached' });
    expect(proposal.mapping.values.slaResolutionVerdict).toEqual({ True: 'met', False: 'breached' });
    expect(proposal.fields.slaResolutionVerdict).toMatchObject({ column: 'resolution_sla_met', by: 'name+values', samples: ['True', 'False'] });
    // Before: both columns unused, and the review had no verdict of the tool to set beside its own.
    const rows = ticketRows(readTickets(ANALYTICS_EXPORT, { mapping: proposal.mapping, timezone: 'UTC', now: NOW }).table);
    expect(rows.map((r) => r.slaResponseVerdict)).toEqual(['met', 'breached', 'met', 'breached']);
    // SUP-000103 and SUP-000104 are still open: a "met" of the tool only says "not missed yet" (status rules), a "breached" stands.
    expect(rows.map((r) => r.slaResolutionVerdict)).toEqual(['met', 'breached', null, null]);
  });

  it('finds which answer meets the target from the header, in en, fr, es, pt and de; inverted for "breached", « dépassé », "violated"', () => {
    const cases: [string, [string, string], 'slaResponseVerdict' | 'slaResolutionVerdict', Record<string, string>][] = [
      ['SLA met', ['Yes', 'No'], 'slaResolutionVerdict', { Yes: 'met', No: 'breached' }],
      ['Made SLA', ['true', 'false'], 'slaResolutionVerdict', { true: 'met', false: 'breached' }],
      ['sla_breached', ['0', '1'], 'slaResolutionVerdict', { '0': 'met', '1': 'breached' }],
      ['SLA respecté', ['Oui', 'Non'], 'slaResolutionVerdict', { Oui: 'met', Non: 'breached' }],
      ['SLA non respecté', ['Non', 'Oui'], 'slaResolutionVerdict', { Non: 'met', Oui: 'breached' }],
      ['Temps de résolution dépassé', ['Non', 'Oui'], 'slaResolutionVerdict', { Non: 'met', Oui: 'breached' }],
      ['TTO dépassé', ['Non', 'Oui'], 'slaResponseVerdict', { Non: 'met', Oui: 'breached' }],
      ['First Response SLA Violated', ['N', 'Y'], 'slaResponseVerdict', { N: 'met', Y: 'breached' }],
      ['SLA cumplido', ['Sí', 'No'], 'slaResolutionVerdict', { Sí: 'met', No: 'breached' }],
      ['Prazo de resposta cumprido', ['Sim', 'Não'], 'slaResponseVerdict', { Sim: 'met', Não: 'breached' }],
      ['SLA eingehalten', ['Ja', 'Nein'], 'slaResolutionVerdict', { Ja: 'met', Nein: 'breached' }],
      ['responseSlaMet', ['1', '0'], 'slaResponseVerdict', { '1': 'met', '0': 'breached' }],
    ];
    for (const [header, values, field, map] of cases) {
      const proposal = proposeMapping(verdicts(header, values), { fileName: 'v.csv' });
      expect(proposal.mapping.columns[field], header).toBe(header);
      expect(proposal.mapping.values[field], header).toEqual(map);
      // What a yes means, for the CLI to ask about a "no" read as met.
      expect(proposal.fields[field]!.yesMeans, header).toBe(Object.entries(map).find(([v]) => ['Yes', 'true', '1', 'Oui', 'Y', 'Sí', 'Sim', 'Ja'].includes(v))![1]);
    }
  });

  it('never takes a yes/no column whose header names no target (Escalated, first_response_made), nor one that is not all yes/no', () => {
    for (const [header, values] of [['Escalated', ['Yes', 'No']], ['first_response_made', ['True', 'False']], ['SLA met', ['Yes', 'Pending']], ['SLA', ['True', 'False']]] as const) {
      const proposal = proposeMapping(verdicts(header, [...values]), { fileName: 'v.csv' });
      expect(proposal.mapping.columns.slaResolutionVerdict, header).toBeUndefined();
      expect(proposal.mapping.columns.slaResponseVerdict, header).toBeUndefined();
    }
  });

  it('agrees with the ServiceNow preset on made_sla: true → met, false → breached', () => {
    const csv = 'number,opened_at,state,priority,made_sla\nINC001,2026-03-02 09:00:00,Closed,2 - High,true\nINC002,2026-03-03 09:00:00,Closed,3 - Moderate,false\n';
    const byMeaning = proposeMapping(csv, { fileName: 'incident.csv', byMeaning: true });
    expect(byMeaning.mapping.columns.slaResolutionVerdict).toBe('made_sla');
    const preset = TICKET_PRESETS.servicenow.maps!.slaResolutionVerdict!;
    for (const [value, verdict] of Object.entries(byMeaning.mapping.values.slaResolutionVerdict!)) expect(preset[value], value).toBe(verdict);
  });
});

describe('proposeMapping — a duration to the first response (firstResponseAt = openedAt + duration)', () => {
  it('reads first_response_minutes as minutes after the opening, flagged response-from-duration', () => {
    const proposal = proposeMapping(ANALYTICS_EXPORT, { fileName: 'customer_support_tickets.csv' });
    expect(proposal.mapping.durations).toEqual({ first_response_minutes: { field: 'firstResponseAt', unit: 'minutes' } });
    expect(proposal.fields.firstResponseAt).toMatchObject({ column: 'first_response_minutes', durationUnit: 'minutes' });
    // resolved_date is the resolution: resolution_hours is not needed, and not proposed.
    expect(proposal.mapping.columns.resolvedAt).toBe('resolved_date');
    const { table, quality } = readTickets(ANALYTICS_EXPORT, { mapping: proposal.mapping, timezone: 'UTC', now: NOW });
    // 09:00 + 42.5 min → 09:43 (to the minute: 42.5 rounds to 43); 14:00 + 125 min = 16:05;
    // 08:00 + 15.75 → 08:16; 11:00 + 300.2 → 16:00.
    expect(ticketRows(table).map((r) => r.firstResponseAt)).toEqual([
      utc('2025-03-03T09:43:00Z'),
      utc('2025-03-04T16:05:00Z'),
      utc('2025-03-05T08:16:00Z'),
      utc('2025-03-10T16:00:00Z'),
    ]);
    expect(quality.warnings).toMatchObject({ 'response-from-duration': 4 });
    expect(quality.warnings['resolution-from-duration']).toBeUndefined();
  });

  it('takes the unit from the header: (h), hours, secondes, « minutes »; a business-hours duration is no wall-clock one', () => {
    const csv = (header: string) => `Ticket ID;Date de création;${header}\n1;03/03/2026 09:00;2\n2;17/03/2026 10:00;3\n`;
    for (const [header, unit] of [
      ['First Response Time (h)', 'hours'],
      ['first_response_hours', 'hours'],
      ['Délai de prise en compte (secondes)', 'seconds'],
      ['Temps de première réponse en minutes', 'minutes'],
      ['Tiempo de primera respuesta (min)', 'minutes'],
    ] as const) {
      expect(proposeMapping(csv(header), { fileName: 'r.csv' }).mapping.durations, header).toEqual({ [header]: { field: 'firstResponseAt', unit } });
    }
    expect(proposeMapping(csv('First reply time in minutes within business hours'), { fileName: 'z.csv' }).mapping.durations).toBeUndefined();
  });

  it('never takes a signed time for a duration: the time left on an SLA (Jira Service Management\'s « Délai de première réponse »: 3:20, -0:15)', () => {
    const csv = 'Clé;Création;Champs personnalisés (Délai de première réponse)\nITS-1;02/03/2026 09:00;3:20\nITS-2;17/03/2026 10:00;-0:15\n';
    // Before: proposed as a duration to first response, -0:15 a response 15 minutes before the opening.
    expect(proposeMapping(csv, { fileName: 'jsm.csv' }).mapping.durations).toBeUndefined();
  });

  it('keeps a first-response date before any duration to it', () => {
    const csv = 'id,Created,First Response Date,first_response_minutes\n1,2026-03-02 09:00,2026-03-02 09:30,30\n2,2026-03-03 09:00,2026-03-03 10:00,60\n';
    const proposal = proposeMapping(csv, { fileName: 'f.csv' });
    expect(proposal.mapping.columns.firstResponseAt).toBe('First Response Date');
    expect(proposal.mapping.durations).toBeUndefined();
  });
});

// A look-alike (rows invented here) of the "Customer Support Ticket Dataset" (Kaggle, suraj520) as
// RyanChungOntariotechu/SLA-Breach-Analysis publishes it, cleaned to its closed tickets: a
// customer's purchase date, and the first response and the resolution as dates named
// "First_Response_Time" and "Time_to_Resolution"; no opening date at all. The analysis there
// reads Time_to_Resolution as the moment of resolution (hours from first response to it).
const KAGGLE_TICKETS = [
  'Ticket_ID,Customer_Name,Customer_Email,Customer_Age,Customer_Gender,Product_Purchased,Date_of_Purchase,Ticket_Type,Ticket_Subject,Ticket_Priority,Ticket_Channel,First_Response_Time,Time_to_Resolution,Customer_Satisfaction_Rating',
  '11,Ana Lima,ana@example.org,34,Female,LG Monitor,2021-02-11,Technical issue,Display problem,High,Email,2023-06-01 09:12,2023-06-01 15:40,4',
  '12,Bruno Roy,bruno@example.org,51,Male,Canon Printer,2020-09-30,Billing inquiry,Refund request,Low,Chat,2023-06-01 10:05,2023-06-01 04:20,2',
  '13,Chloé Martin,chloe@example.org,27,Female,Fitbit Band,2021-11-02,Product inquiry,Battery life,Medium,Phone,2023-06-01 14:30,2023-06-01 23:10,5',
  '14,Dev Patel,dev@example.org,45,Male,Dell Laptop,2020-03-15,Technical issue,Network problem,Critical,Social media,2023-06-01 18:45,2023-06-01 07:55,1',
].join('\n');

describe('proposeMapping — dates that are no ticket\'s, and a "deadline" its rows contradict (a published Kaggle ticket set)', () => {
  const proposal = proposeMapping(KAGGLE_TICKETS, { fileName: 'customer_support_tickets.csv' });

  it('never proposes a purchase date as the opening; says the file has no opening date and why that column is not one', () => {
    // Before: openedAt ← Date_of_Purchase at 38 % (the earliest full date column), and a review of tickets "opened" in 2020–2021.
    expect(proposal.mapping.columns.openedAt).toBeUndefined();
    expect(proposal.missing.required).toEqual(['openedAt']);
    expect(proposal.notTicketDates).toEqual(['Date_of_Purchase']);
    for (const header of ['Date of birth', 'Date d\'achat', 'Warranty expiry', 'Fecha de compra', 'Kaufdatum']) {
      const csv = `ID,${header},Status\nA1,2020-01-05 10:00,Open\nA2,2020-02-07 11:00,Closed\n`;
      expect(proposeMapping(csv, { fileName: 'x.csv' }).mapping.columns.openedAt, header).toBeUndefined();
    }
  });

  it('does not read Time_to_Resolution as the deadline of resolution: its dates come before the first response on 2 rows of 4; proposed as the resolution, unsure', () => {
    // Before: slaResolutionDueAt ← Time_to_Resolution at 100 %, so no ticket was ever resolved.
    expect(proposal.mapping.columns.slaResolutionDueAt).toBeUndefined();
    expect(proposal.notDeadlines).toEqual([{ column: 'Time_to_Resolution', field: 'slaResolutionDueAt', why: 'before-first-response', share: 0.5, readAs: 'resolvedAt' }]);
    expect(proposal.mapping.columns.resolvedAt).toBe('Time_to_Resolution');
    expect(proposal.fields.resolvedAt!.confidence).toBe(0.45);
    expect(proposal.unsure).toEqual(['resolvedAt']);
  });

  it('leaves a deadline whose rows never contradict it (after every first response), and drops one that is the resolution itself', () => {
    const kept = 'Key,Created,First response,Time to resolution\nOPS-1,2026-03-02 09:00,2026-03-02 09:20,2026-03-02 17:00\nOPS-2,2026-03-03 10:00,2026-03-03 11:00,2026-03-04 10:00\n';
    const keptProposal = proposeMapping(kept, { fileName: 'k.csv' });
    expect(keptProposal.mapping.columns.slaResolutionDueAt).toBe('Time to resolution');
    expect(keptProposal.notDeadlines).toEqual([]);
    const copy = 'Key,Created,Resolved,SLA Due Date\nOPS-1,2026-03-02 09:00,2026-03-02 11:00,2026-03-02 11:00\nOPS-2,2026-03-03 10:00,2026-03-03 16:30,2026-03-03 16:30\nOPS-3,2026-03-04 10:00,2026-03-04 12:00,2026-03-04 18:00\n';
    const copyProposal = proposeMapping(copy, { fileName: 'c.csv' });
    expect(copyProposal.mapping.columns.slaResolutionDueAt).toBeUndefined();
    expect(copyProposal.mapping.columns.resolvedAt).toBe('Resolved');
    expect(copyProposal.notDeadlines).toEqual([{ column: 'SLA Due Date', field: 'slaResolutionDueAt', why: 'equals-resolution', share: 0.67, readAs: null }]);
  });

  it('lists the fields chosen under the trusted confidence (values alone), and none when names say it all', () => {
    const unnamed = proposeMapping('A,B,C\nx1,2026-03-02 09:00,hello\nx2,2026-03-03 10:00,world\nx3,2026-03-04 10:00,again\n', { fileName: 'u.csv' });
    expect(unnamed.fields.openedAt).toMatchObject({ column: 'B', confidence: 0.38, by: 'values' });
    expect(unnamed.unsure).toEqual(['id', 'openedAt']);
    expect(proposeMapping(ANALYTICS_EXPORT, { fileName: 'a.csv' }).unsure).toEqual([]);
  });
});

describe('REST API dumps: camelCase field names and linked records written as objects', () => {
  it('meaningKey splits camelCase; referenceName reads the name of a reference object, in Python or JSON', () => {
    expect(meaningKey('closedDate')).toBe('closed date');
    expect(meaningKey('briefDescription')).toBe('brief description');
    expect(meaningKey('TicketNbr')).toBe('ticket nbr');
    // The abbreviation of "número" with its dot (Serviceaide's Portuguese `Caso n.º`) is `n°` as `nº` is.
    expect(meaningKey('Caso n.º')).toBe('caso n°');
    expect(meaningKey('N.° do chamado')).toBe('n° do chamado');
    expect(referenceName("{'id': '7b11b54a', 'name': 'P4'}")).toBe('P4');
    expect(referenceName(`{'id': 'e1ae', 'dynamicName': 'Anna Jansen', 'email': 'a@example.org'}`)).toBe('Anna Jansen');
    expect(referenceName('{"id": "PX1", "type": "service_reference", "summary": "User Database"}')).toBe('User Database');
    expect(referenceName(`{'id': 'x', 'name': "O'Brien BV"}`)).toBe("O'Brien BV");
    expect(referenceName("{'id': 'fe76d1e1'}")).toBeNull(); // names nothing
    expect(referenceName('Werkplek')).toBeNull();
    expect(referenceName('{not closed')).toBeNull();
  });

  it('referenceName takes the record’s own name, never one of a record nested in it or written inside a value', () => {
    // The nested record comes first: its name is the caller's, the record's own is 'y'.
    expect(referenceName('{"caller": {"name": "x"}, "name": "y"}')).toBe('y');
    expect(referenceName("{'caller': {'id': 3, 'name': 'x'}, 'name': 'y'}")).toBe('y');
    // The record names nothing itself: its assignee's name is not its name.
    expect(referenceName('{"id": 7, "assignee": {"id": 1, "name": "A"}}')).toBeNull();
    // Inside a list too.
    expect(referenceName("{'id': 7, 'members': [{'name': 'A'}, {'name': 'B'}]}")).toBeNull();
    // A key of lower preference at the top level beats a preferred one nested deeper.
    expect(referenceName("{'id': 'PX', 'summary': 'Database', 'owner': {'name': 'Bob'}}")).toBe('Database');
    // Braces, quotes and key-like text inside a value are the value's.
    expect(referenceName(`{"id": 1, "summary": "{\\"name\\": \\"z\\"} on db-1"}`)).toBe('{"name": "z"} on db-1');
    expect(referenceName(`{'id': 'a', 'label': "it's 'name': 'q'"}`)).toBe("it's 'name': 'q'");
    // A value that is not a string (None, a number) names nothing; a later preferred key still may.
    expect(referenceName("{'name': None, 'displayName': 'Anna'}")).toBe('Anna');
    // A string not closed is no record.
    expect(referenceName(`{'id': 'a, 'name': 'b}`)).toBeNull();
  });

  it('PagerDuty incidents from its API: triggered and acknowledged are open, resolved closed; the service is read by its summary', () => {
    const csv = [
      'incident_number,title,created_at,status,service,urgency,last_status_change_at',
      `11,Disk full on db-1,2026-03-02T09:00:00Z,resolved,"{'id': 'PSV1', 'type': 'service_reference', 'summary': 'Database'}",high,2026-03-02T10:00:00Z`,
      `12,Latency alert,2026-03-03T09:00:00Z,acknowledged,"{'id': 'PSV2', 'type': 'service_reference', 'summary': 'Web front'}",low,2026-03-03T09:05:00Z`,
      `13,Cert expiring,2026-03-04T09:00:00Z,triggered,"{'id': 'PSV2', 'type': 'service_reference', 'summary': 'Web front'}",low,2026-03-04T09:00:00Z`,
    ].join('\n');
    const proposal = proposeMapping(csv, { fileName: 'incidents.csv' });
    expect(proposal.mapping.columns).toMatchObject({ id: 'incident_number', openedAt: 'created_at', status: 'status', category: 'service', title: 'title' });
    expect(proposal.mapping.values.status).toEqual({ resolved: 'resolved', acknowledged: 'open', triggered: 'open' });
    const { table } = readTickets(csv, { fileName: 'incidents.csv', timezone: 'UTC', now: NOW, mapping: proposal.mapping });
    expect(ticketRows(table).map((r) => [r.statusClass, r.category])).toEqual([
      ['resolved', 'Database'],
      ['open', 'Web front'],
      ['open', 'Web front'],
    ]);
  });
});

describe('a Jira Tempo work log (one row per time entry) is no ticket list', () => {
  it('its Work date is never proposed as the opening: the proposal says no opening date was found', () => {
    // Header of a Tempo "Export worklogs" CSV, as a public repository publishes one; rows invented.
    const csv = [
      '"Issue Key","Issue summary","Hours","Work date","Username","Full name","Issue Type","Issue Status","Project Key","Work Description"',
      '"SUP-12","Printer offline","0.5","2026-03-02 00:00","a.b","Ann B","Support Request","CLOSED","SUP","Restarted spooler"',
      '"SUP-12","Printer offline","1","2026-03-03 00:00","a.b","Ann B","Support Request","CLOSED","SUP","Replaced toner"',
      '"SUP-15","VPN access","0.25","2026-03-03 00:00","c.d","Cy D","Task","OPEN","SUP","Sent form"',
    ].join('\n');
    const proposal = proposeMapping(csv, { fileName: 'worklogs.csv' });
    expect(proposal.mapping.columns.openedAt).toBeUndefined();
    expect(proposal.missing.required).toEqual(['openedAt']);
  });
});

describe("GLPI's ticket table dumped as is (ID, NAME, DATE, CONTENT, STATUS, SOLUTION)", () => {
  it('reads NAME as the title, weaker than a title column', () => {
    // Header of a public dump of a GLPI 0.83 `glpi_tickets` table (franquesfranca/HelpDesk, `;`, cp1252, NULL); rows invented.
    const csv = [
      '"ID";"NAME";"DATE";"CONTENT";"STATUS";"SOLUTION"',
      '"1";"Ramal mudo";"2026-03-02 16:03:00";"Ramal 1112 sem linha";"closed";NULL',
      '"2";"Computador não liga";"2026-03-03 09:10:00";"Não inicializa";"closed";"Fonte trocada"',
      '"3";"Sem internet";"2026-03-04 13:21:00";"Setor sem rede";"closed";NULL',
    ].join('\n');
    expect(proposeMapping(csv, { fileName: 'glpi.csv' }).mapping.columns).toMatchObject({ id: 'ID', openedAt: 'DATE', status: 'STATUS', title: 'NAME' });
    const both = proposeMapping(csv.replace('"NAME"', '"Name";"Title"').replace(/^("\d";)/gm, '$1"Ana";'), { fileName: 'both.csv' });
    expect(both.mapping.columns.title).toBe('Title');
  });
});

describe('type words', () => {
  it('a security incident is an incident, in the languages of the proposal', () => {
    for (const word of ['Security incident', 'Beveiligingsincident', 'Incident de sécurité', 'Incidente de seguridad', 'Sicherheitsvorfall']) {
      expect(typeOfWord(word)).toBe('incident');
    }
  });
});

describe('proposeMapping — a target per ticket given as a duration', () => {
  /** A small ticket list with one more column `header` holding `values` (one per ticket), and what the proposal made of it. */
  function withColumn(header: string, values: readonly string[], delimiter = ',') {
    const head = ['Ticket', 'Opened', 'Resolved', 'Priority', header].map((h) => (h.includes(delimiter) ? `"${h}"` : h)).join(delimiter);
    const lines = values.map((value, i) => [`T${i + 1}`, `2026-03-0${i + 2} 09:00`, `2026-03-0${i + 2} 15:30`, `P${(i % 4) + 1}`, value].join(delimiter));
    const proposal = proposeMapping(`${head}\n${lines.join('\n')}\n`, { fileName: 'tickets.csv' });
    return { durations: proposal.mapping.durations ?? {}, columns: proposal.mapping.columns as Record<string, string> };
  }

  it.each([
    ['sla_hours', ['4', '12', '48', '120'], 'slaResolutionTargetMinutes', 'hours'],
    ['SLA target (minutes)', ['240', '720', '2880', '7200'], 'slaResolutionTargetMinutes', 'minutes'],
    ['Délai SLA', ['4', '8', '24', '40'], 'slaResolutionTargetMinutes', 'hours'],
    ['Délai SLA (mn)', ['240', '480', '1440', '2400'], 'slaResolutionTargetMinutes', 'minutes'],
    ['Objectif de résolution (h)', ['4', '8', '24', '40'], 'slaResolutionTargetMinutes', 'hours'],
    ['SLA-Zeit (Std.)', ['4', '8', '24', '40'], 'slaResolutionTargetMinutes', 'hours'],
    ['Horas SLA', ['4', '8', '24', '40'], 'slaResolutionTargetMinutes', 'hours'],
    ['SLA (horas)', ['4', '8', '24', '40'], 'slaResolutionTargetMinutes', 'hours'],
    ['Target resolution time', ['4 h', '8 h', '1 d', '2 d'], 'slaResolutionTargetMinutes', 'text'],
    ['Response SLA (hours)', ['1', '2', '4', '8'], 'slaResponseTargetMinutes', 'hours'],
    ['Délai SLA de prise en charge', ['1', '2', '4', '8'], 'slaResponseTargetMinutes', 'hours'],
  ] as const)('%s is a target: %s → %s in %s', (header, values, field, unit) => {
    expect(withColumn(header, values).durations).toEqual({ [header]: { field, unit } });
  });

  it.each([
    // Elapsed times: what the ticket took (Freshdesk's "Resolution time (in hrs)", GLPI's « Temps de résolution »).
    ['Resolution time (in hrs)', ['2.5', '6.5', '30.1', '54.2']],
    ['time to resolve', ['2.5', '6.5', '30.1', '54.2']],
    ['Temps de résolution', ['2.5', '6.5', '30.1', '54.2']],
    ['resolution_hours', ['2.5', '6.5', '30.1', '54.2']],
    // A verdict as numbers, the time left or past on an SLA, and a target in business hours (no wall-clock reading).
    ['sla_met', ['1.0', '0.0', '1.0', '1.0']],
    ['SLA time remaining (h)', ['2', '-1', '5', '3']],
    ['SLA business hours', ['4', '8', '24', '40']],
  ] as const)('%s is no target', (header, values) => {
    const { durations } = withColumn(header, values);
    expect(Object.values(durations).filter((d) => d.field === 'slaResolutionTargetMinutes' || d.field === 'slaResponseTargetMinutes')).toEqual([]);
  });

  it('reads the file through the proposal: 4 h on the first ticket, a target 0 flagged and left empty', () => {
    const csv = 'Ticket,Opened,Resolved,Priority,sla_hours\nT1,2026-03-02 09:00,2026-03-02 15:30,P1,4\nT2,2026-03-03 09:00,,P2,0\nT3,2026-03-04 09:00,,P3,1.5\n';
    const proposal = proposeMapping(csv, { fileName: 'tickets.csv' });
    const { table, quality } = readTickets(csv, { fileName: 'tickets.csv', timezone: 'UTC', now: NOW, mapping: JSON.parse(JSON.stringify(proposal.mapping)) });
    expect(ticketRows(table).map((r) => r.slaResolutionTargetMinutes)).toEqual([240, null, 90]);
    expect(quality.issues.filter((i) => i.code === 'unparseable-value').map((i) => [i.row, i.column, i.message])).toEqual([
      [3, 'sla_hours', "tickets.csv row 3, sla_hours: an SLA target of 0 minutes is no target (zero or negative); not used: the priority's target in the policy applies"],
    ]);
  });
});
