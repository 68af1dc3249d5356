/**
 * Test helper: the workbooks of the real-formats corpus (`fixtures/real-formats/`), built
 * with the workspace's fflate through `xlsx-workbook.ts`, byte-for-byte deterministic. The data
 * is written here as CSV text (invented, no personal data); the layout follows each tool's writer.
 *
 * Regenerate after a deliberate change:
 *   REVUE_WRITE_SAMPLES=1 TZ=UTC npx vitest run test/real-formats.test.ts
 */
import { parseCsv } from '../src/ingest/csv.js';
import { buildWorkbook, cell, ref, row, serialOf } from './xlsx-workbook.js';

/** Shared strings in first-use order, as a writer collects them. */
function sharedStrings() {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const shared = (text: string): number => {
    let i = index.get(text);
    if (i === undefined) {
      i = strings.length;
      strings.push(text);
      index.set(text, i);
    }
    return i;
  };
  return { strings, shared };
}

/**
 * OTRS 6 statistics ("Ticketlist") exported as Excel, Portuguese (Brazil) UI: the header in row 1
 * (bold, style 1), then one row per ticket, every cell a string (`Kernel/System/CSV.pm` writes
 * data with `write_string` so that Excel keeps ticket numbers and dates as written); empty values
 * are written as empty strings too, as `write_string` does.
 */
export const OTRS_STATS_XLSX_CSV = `Número;Ticket#;Idade;Titulo;Criado;Última Alteração;Hora de Fechamento;Fila;Estado;Prioridade;ID do Cliente;Tipo;Atendente/Proprietário;Tempo Contabilizado;Primeira Resposta;Delta de tempo de solução em minutos
1;2025090110000011;30 d 6 h;Acesso ao ERP bloqueado;2025-09-01 09:00:00;2025-09-01 10:00:00;2025-09-01 10:00:00;Sistemas;closed successful;4 high;CLI010;Incident;Ana Prado;45;2025-09-01 09:10:00;420
2;2025090210000024;29 d 2 h;Solicitação de mouse;2025-09-02 14:00:00;2025-09-03 09:00:00;;Suporte::N1;pending auto close+;3 normal;CLI011;Unclassified;Carlos Souza;5;2025-09-02 15:00:00;0
3;2025090310000038;28 d 8 h;Servidor de arquivos parado;2025-09-03 08:30:00;2025-09-03 17:30:00;2025-09-03 17:30:00;Infra;closed successful;5 very high;CLI010;Incident;Ana Prado;300;2025-09-03 08:35:00;-300
4;2025091510000045;16 d 5 h;Instalar impressora;2025-09-15 11:00:00;2025-09-15 11:00:00;;Suporte::N1;new;2 low;CLI012;Unclassified;;0;;0
5;2025091610000051;15 d 1 h;Chamado aberto por engano;2025-09-16 16:00:00;2025-09-16 16:10:00;;Suporte::N1;removed;3 normal;CLI012;Unclassified;Carlos Souza;0;;0
`;

/** `fixtures/real-formats/otrs/otrs-stats-pt-br.xlsx` (see {@link OTRS_STATS_XLSX_CSV}). */
export function otrsStatsWorkbook(): Uint8Array {
  const { records } = parseCsv(OTRS_STATS_XLSX_CSV, { delimiter: ';' });
  const { strings, shared } = sharedStrings();
  const BOLD = 1;
  let sheetData = '';
  records.forEach((record, r) => {
    const line = r + 1;
    sheetData += row(line, record.cells.map((value, c) => cell.s(ref(c, line), shared(value), r === 0 ? BOLD : undefined)).join(''));
  });
  return buildWorkbook({ sheetName: 'Worksheet', sheetData, sharedStrings: strings, cellXfs: [0, 0] });
}

/**
 * A Zammad ticket report (`lib/excel_sheet/ticket.rb`): row 1 the title, row 2 empty, row 3 the
 * headers, one row per ticket, then an empty row and the time-zone footer. Datetimes are Excel
 * numbers in `yyyy-mm-dd hh:mm:ss` (style 1), counts and minutes numbers, the rest shared
 * strings; empty values are not written.
 */
export const ZAMMAD_REPORT_CSV = `#,Title,State,Priority,Group,Owner,Customer,Organization,Create Channel,Sender,Tags,Time Units Total,Created At,Updated At,Closed At,First Response At,Close Escalation At,Close In Min,Close Diff In Min,First Response Escalation At,First Response In Min,First Response Diff In Min,Update Escalation At,Update In Min,Update Diff In Min,Last Contact At,Last Contact Agent At,Last Contact Customer At,Article Count,Escalation At
41001,Printer jam in the shop,closed,2 normal,Users,Eva Blum,Max Roth,Bäckerei Sonne,email,Customer,printer,35,2026-03-02 08:15:00,2026-03-03 09:00:00,2026-03-02 10:00:00,2026-03-02 08:30:00,2026-03-02 16:15:00,105,375,2026-03-02 09:15:00,15,45,,,,2026-03-02 10:00:00,2026-03-02 10:00:00,2026-03-02 08:15:00,4,
41002,Mail server down,closed,3 high,Infrastructure,Jan Kohl,Max Roth,Bäckerei Sonne,phone,Customer,"outage,email",120,2026-03-03 07:40:00,2026-03-03 14:00:00,2026-03-03 13:10:00,2026-03-03 07:45:00,2026-03-03 11:40:00,330,-90,2026-03-03 08:10:00,5,25,,,,2026-03-03 13:10:00,2026-03-03 13:10:00,2026-03-03 07:40:00,6,
41003,Account request (duplicate),merged,1 low,Users,Eva Blum,Ida Wolf,Praxis Nord,web,Customer,,,2026-03-04 13:00:00,2026-03-04 15:00:00,2026-03-04 15:00:00,,,,,,,,,,,2026-03-04 13:00:00,,2026-03-04 13:00:00,1,
41004,VPN unstable,open,2 normal,Infrastructure,Jan Kohl,Ida Wolf,Praxis Nord,email,Customer,vpn,15,2026-03-09 10:00:00,2026-03-09 11:00:00,,2026-03-09 10:20:00,2026-03-09 18:00:00,,,2026-03-09 11:00:00,20,40,,,,2026-03-09 11:00:00,2026-03-09 10:20:00,2026-03-09 10:00:00,2,
41005,Laptop fan noise,pending reminder,1 low,Users,Eva Blum,Max Roth,Bäckerei Sonne,web,Customer,,,2026-03-10 15:30:00,2026-03-11 09:00:00,,,2026-03-12 15:30:00,,,2026-03-11 15:30:00,,,,,,2026-03-10 15:30:00,,2026-03-10 15:30:00,1,
41006,Phone line crackling,pending close,2 normal,Users,Jan Kohl,Ida Wolf,Praxis Nord,phone,Customer,,10,2026-03-19 11:45:00,2026-03-20 09:00:00,,2026-03-19 12:00:00,2026-03-19 19:45:00,,,2026-03-19 12:45:00,15,45,,,,2026-03-20 09:00:00,2026-03-19 12:00:00,2026-03-19 11:45:00,3,
41007,Backup job failed,new,3 high,Infrastructure,-,System,Praxis Nord,email,System,"backup,monitoring",,2026-03-23 02:10:00,2026-03-23 02:10:00,,,2026-03-23 06:10:00,,,2026-03-23 02:40:00,,,,,,2026-03-23 02:10:00,,2026-03-23 02:10:00,1,2026-03-23 02:40:00
`;

const ZAMMAD_NUMBERS = new Set(['Time Units Total', 'Close In Min', 'Close Diff In Min', 'First Response In Min', 'First Response Diff In Min', 'Update In Min', 'Update Diff In Min', 'Article Count']);

/** `fixtures/real-formats/zammad/zammad-report.xlsx` (see {@link ZAMMAD_REPORT_CSV}). */
export function zammadReportWorkbook(): Uint8Array {
  const { records } = parseCsv(ZAMMAD_REPORT_CSV, { delimiter: ',' });
  const [header, ...tickets] = records.map((r) => r.cells);
  const { strings, shared } = sharedStrings();
  const HEADLINE = 2;
  const HEADER = 3;
  const FOOTER = 4;
  let sheetData = row(1, cell.s('A1', shared('Tickets report'), HEADLINE));
  sheetData += row(3, header!.map((h, c) => cell.s(ref(c, 3), shared(h), HEADER)).join(''));
  tickets.forEach((values, t) => {
    const line = 4 + t;
    let cells = '';
    values.forEach((value, c) => {
      if (value === '') return;
      const name = header![c]!;
      if (name.endsWith(' At')) cells += cell.n(ref(c, line), serialOf(value), 1);
      else if (ZAMMAD_NUMBERS.has(name)) cells += cell.n(ref(c, line), Number(value));
      else cells += cell.s(ref(c, line), shared(value));
    });
    sheetData += row(line, cells);
  });
  const footerLine = 4 + tickets.length + 1;
  sheetData += row(footerLine, cell.s(ref(0, footerLine), shared('Timezone: UTC'), FOOTER));
  return buildWorkbook({
    sheetName: 'Tickets report',
    sheetData,
    sharedStrings: strings,
    numFmts: { 164: 'yyyy-mm-dd hh:mm:ss' },
    cellXfs: [0, 164, 0, 0, 0],
  });
}

/**
 * A ManageEngine ServiceDesk Plus request list in French, exported as CSV and saved again as
 * `.xlsx` by a French Excel: the CSV's `dd/MM/yyyy HH:mm` texts became date serials shown
 * `jj/mm/aaaa hh:mm` (style 1), the `Temps passé` texts `01:30` became fractions of a day
 * shown `hh:mm` (style 2), ids became numbers, the `-` SDP writes for an empty date stayed text.
 * Written here in the CSV's own form (day first); the workbook stores what Excel made of it.
 */
export const SDP_FR_XLSX_CSV = `ID de la demande;Objet;Demandeur;Technicien;Groupe;Site;Catégorie;Type de demande;Priorité;Statut de la demande;Heure de création;Date d'échéance;Heure de résolution;Heure de clôture;Temps passé
101;Messagerie inaccessible;Utilisateur 1;Technicien A;Support N1;Siège;Messagerie;Incident;Haute;Fermé;02/03/2026 09:00;02/03/2026 17:00;02/03/2026 12:00;03/03/2026 09:00;01:30
102;Création d'un compte stagiaire;Utilisateur 2;Technicien B;Support N1;Siège;Comptes;Demande de service;Normale;Fermé;03/03/2026 10:00;05/03/2026 10:00;03/03/2026 11:00;04/03/2026 10:00;00:20
103;Imprimante bloquée au 2e étage;Utilisateur 3;Technicien A;Support N1;Agence Lyon;Impression;Incident;Moyenne;Résolu;05/03/2026 14:00;09/03/2026 14:00;06/03/2026 10:00;-;00:45
104;Serveur de fichiers très lent;Utilisateur 4;Technicien C;Support N2;Siège;Serveurs;Incident;Urgente;Fermé;09/03/2026 08:00;09/03/2026 12:00;09/03/2026 13:00;09/03/2026 14:00;03:00
105;VPN instable en télétravail;Utilisateur 5;Technicien C;Support N2;Agence Lyon;Réseau;Incident;Haute;En attente;11/03/2026 09:30;11/03/2026 17:30;-;-;00:30
106;Écran noir au démarrage;Utilisateur 6;Technicien A;Support N1;Siège;Postes de travail;Incident;Basse;En cours;16/03/2026 15:00;23/03/2026 15:00;-;-;00:15
107;Licence logiciel de dessin;Utilisateur 2;Technicien B;Support N1;Siège;Logiciels;Demande de service;Basse;Annulé;18/03/2026 10:00;25/03/2026 10:00;-;18/03/2026 11:00;00:00
108;Wi-Fi coupé en salle de réunion;Utilisateur 7;-;Support N1;Agence Lyon;Réseau;Incident;Moyenne;Ouvert;23/03/2026 11:00;25/03/2026 11:00;-;-;00:00
109;Panne de l'onduleur de la baie;Utilisateur 8;Technicien C;Support N2;Siège;Serveurs;Incident;Urgente;Fermé;25/03/2026 22:00;26/03/2026 02:00;26/03/2026 01:00;26/03/2026 08:00;02:15
110;Sauvegarde nocturne en échec;Utilisateur 4;Technicien C;Support N2;Siège;Serveurs;Incident;Haute;Résolu;30/03/2026 09:00;30/03/2026 17:00;30/03/2026 16:00;-;01:00
`;

/** `fixtures/real-formats/manageengine-sdp/sdp-fr-demandes-excel.xlsx` (see {@link SDP_FR_XLSX_CSV}). */
export function sdpFrenchWorkbook(): Uint8Array {
  const { records } = parseCsv(SDP_FR_XLSX_CSV, { delimiter: ';' });
  const [header, ...requests] = records.map((r) => r.cells);
  const { strings, shared } = sharedStrings();
  const DATE = 1;
  const CLOCK = 2;
  const dayFirst = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/;
  let sheetData = row(1, header!.map((h, c) => cell.s(ref(c, 1), shared(h))).join(''));
  requests.forEach((values, r) => {
    const line = r + 2;
    let cells = '';
    values.forEach((value, c) => {
      const date = dayFirst.exec(value);
      const clock = /^(\d{2}):(\d{2})$/.exec(value);
      if (date !== null) cells += cell.n(ref(c, line), serialOf(`${date[3]}-${date[2]}-${date[1]} ${date[4]}:${date[5]}:00`), DATE);
      else if (clock !== null) cells += cell.n(ref(c, line), (Number(clock[1]) * 60 + Number(clock[2])) / 1440, CLOCK);
      else if (/^\d+$/.test(value)) cells += cell.n(ref(c, line), Number(value));
      else cells += cell.s(ref(c, line), shared(value));
    });
    sheetData += row(line, cells);
  });
  return buildWorkbook({ sheetName: 'Demandes', sheetData, sharedStrings: strings, numFmts: { 164: 'dd/mm/yyyy hh:mm', 165: 'hh:mm' }, cellXfs: [0, 164, 165] });
}

/**
 * Serviceaide (Cloud Service Management), Portuguese (Brazil) UI, a case list downloaded from
 * its grid as Excel (the wijmo.xlsx writer: one sheet `Plan1`, dates as numbers in the built-in
 * format 22, text as shared strings). Sorted by status, as the published one is, so the first
 * rows show only `Pendente`; `Nenhum` (no priority) on every case; one case cut short after its
 * description (no opening date: rejected). Written here as CSV (`;`, `yyyy-MM-dd HH:mm`).
 */
export const SERVICEAIDE_PT_BR_CSV = `Caso n.º;Status;Motivo;Descrição;Aberto em;Atualizado;Prioridade;Solicitante;Organização do solicitante;Atribuído;Grupo atribuído;Tipo de ticket;Resolver em;Status do SLA;Selecione a Unidade;Categorização
100-500101;Pendente;Cadastro contábil;Transferir 2 monitores para a unidade Centro;2026-01-12 09:40;2026-03-20 10:00;Nenhum;Solicitante 01;REDE LAB;Analista A;Patrimônio;Solicitação de serviço;;SLA violado;[SP], U01 - ADM CENTRO;Patrimônio >> Movimentação >> Envio para outra unidade
100-500102;Pendente;Pendente Fornecedor;Plaqueta patrimonial para impressora;2026-02-03 14:10;2026-03-18 09:00;Nenhum;Solicitante 02;REDE LAB >> NORTE;Analista B;Patrimônio;Solicitação de serviço;;No SLA;[SP], U02 - NORTE;Patrimônio >> Solicitação de Plaquinha
100-500103;Pendente;Cadastro contábil;Baixa de notebook danificado;2026-02-20 11:00;2026-03-10 16:20;Nenhum;Solicitante 03;REDE LAB;Analista A;Patrimônio;Solicitação de serviço;;No SLA;[RJ], U05 - CENTRO RIO;Patrimônio via integração >> Descarte
100-500104;Pendente;Pendente Material;Envio de coletor ao armazém;2026-03-02 08:30;2026-03-05 11:00;Nenhum;Solicitante 04;REDE LAB >> SUL;Analista C;Armazem_RJ;Solicitação de serviço;;SLA não aplicado;[RJ], U06 - SUL;Patrimônio >> Movimentação >> Envio para o armazém
100-500105;Pendente;Cadastro contábil;Movimentar conforme anexo;;;;;;;;;;;;
100-500106;Na fila;Aceitação;Cadastro de item novo;2026-03-09 10:15;2026-03-09 10:15;Nenhum;Solicitante 05;REDE LAB;;Patrimônio;Solicitação de serviço;;No SLA;[SP], U01 - ADM CENTRO;Patrimônio via integração >> Cadastro Item Novo
100-500107;Na fila;Aceitação;Inventário da unidade Norte;2026-03-16 16:45;2026-03-16 16:45;Nenhum;Solicitante 02;REDE LAB >> NORTE;;Patrimônio;Solicitação de serviço;;No SLA;[SP], U02 - NORTE;Patrimônio >> Inventário
100-500108;Na fila;Aceitação;Movimentação para comodato;2026-03-23 09:05;2026-03-23 09:05;Nenhum;Solicitante 06;REDE LAB >> SUL;;Patrimônio;Solicitação de serviço;;No SLA;[RJ], U06 - SUL;Patrimônio >> Movimentação >> Comodato
100-500109;Ativo;Em andamento;Furto de notebook (boletim anexo);2026-03-04 13:20;2026-03-25 14:00;Nenhum;Solicitante 07;REDE LAB;Analista B;Patrimônio;Solicitação de serviço;;SLA violado;[SP], U03 - OESTE;Patrimônio >> Furto / Roubo / Extravio
100-500110;Ativo;Cadastro contábil;Envio de 3 TVs à unidade Sul;2026-03-11 15:00;2026-03-26 09:30;Nenhum;Solicitante 01;REDE LAB;Analista C;Patrimônio;Solicitação de serviço;;No SLA;[SP], U01 - ADM CENTRO;Patrimônio >> Movimentação >> Envio para outra unidade
100-500111;Resposta do Cliente;Resposta do Cliente;Confirmar o número de série do equipamento;2026-03-13 10:30;2026-03-27 17:00;Nenhum;Solicitante 08;REDE LAB >> NORTE;Analista A;Patrimônio;Solicitação de serviço;;No SLA;[SP], U02 - NORTE;Patrimônio >> Movimentação >> Sistematica
`;

/** `fixtures/real-formats/serviceaide/serviceaide-csm-pt-br-casos.xlsx` (see {@link SERVICEAIDE_PT_BR_CSV}). */
export function serviceaideWorkbook(): Uint8Array {
  const { records } = parseCsv(SERVICEAIDE_PT_BR_CSV, { delimiter: ';' });
  const [header, ...cases] = records.map((r) => r.cells);
  const { strings, shared } = sharedStrings();
  const DATE = 1;
  const instant = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;
  let sheetData = row(1, header!.map((h, c) => cell.s(ref(c, 1), shared(h))).join(''));
  cases.forEach((values, r) => {
    const line = r + 2;
    let cells = '';
    values.forEach((value, c) => {
      if (value === '') return;
      if (instant.test(value)) cells += cell.n(ref(c, line), serialOf(`${value}:00`), DATE);
      else cells += cell.s(ref(c, line), shared(value));
    });
    sheetData += row(line, cells);
  });
  return buildWorkbook({ sheetName: 'Plan1', sheetData, sharedStrings: strings, cellXfs: [0, 22] });
}
