import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { FIXTURES, openDemo, waitForSection } from './helpers.js';

/**
 * An export no preset knows (a Brazilian helpdesk list in the OTRS style with headers of its own,
 * written for this test): the mapping screen starts from the mapping kpi-core proposes by meaning, shows
 * sample values and plain field names, says in words what is missing, the user fixes one column
 * (the opening date, whose name "Quando" means nothing to the proposal), and the review is computed.
 */
const OTRS = [
  '"Nº";"Chamado#";"Quando";"Estado";"Prioridade";"Cliente";"Título"',
  '"1";"2026031510000222";"15/03/2026 10:02";"aberto";"3 normal";"ACME";"Impressora não imprime"',
  '"2";"2026031510000231";"15/03/2026 11:30";"fechado com êxito";"4 alto";"ACME";"VPN cai toda hora"',
  '"3";"2026031610000015";"";"pendente lembrete";"5 muito alto";"Bistro";"Servidor fora do ar"',
  '"4";"2026031810000040";"18/03/2026 09:10";"fechado sem êxito";"2 baixo";"Bistro";"Trocar cabo"',
].join('\n');

test('an unknown export: the proposal is shown, the user fixes one column, the review is computed', async ({ page }) => {
  await openDemo(page, '/');
  await page.getByTestId('nav-data').click();
  await expect(page.getByTestId('section-data')).toBeVisible();
  await page.getByTestId('file-tickets').setInputFiles({ name: 'otrs-chamados.csv', mimeType: 'text/csv', buffer: Buffer.from(OTRS) });

  // No preset is named: the file is not recognised, and the proposal is open on the page.
  await expect(page.getByTestId('preset-tickets')).toContainText(/not recognised/i, { timeout: 30_000 });
  await expect(page.getByTestId('preset-tickets')).not.toContainText(/jira|glpi|zendesk|canonical/i);
  await expect(page.getByTestId('proposal-tickets')).toBeVisible();

  // The proposed columns, with plain field names and the evidence.
  await expect(page.getByTestId('map-tickets-id')).toHaveValue('Chamado#');
  await expect(page.getByTestId('map-tickets-status')).toHaveValue('Estado');
  await expect(page.getByTestId('map-tickets-priority')).toHaveValue('Prioridade');
  await expect(page.getByTestId('map-tickets-client')).toHaveValue('Cliente');
  await expect(page.getByText('Ticket number', { exact: true })).toBeVisible();
  await expect(page.getByTestId('why-tickets-id')).toContainText(/proposed, 100% sure, by its name and values/);
  // Every source column with sample values, in the choices.
  await expect(page.getByTestId('map-tickets-openedAt').locator('option', { hasText: 'Quando — 15/03/2026 10:02, 15/03/2026 11:30' })).toHaveCount(1);
  // Status words proposed as classes.
  await expect(page.getByTestId('values-tickets-status').getByRole('combobox').first()).toHaveValue(/open|closed|pending/);

  // What is missing, in words on the page; analysing waits for it.
  const missing = page.getByTestId('missing-tickets-openedAt');
  await expect(missing).toContainText('“Opened” is required and has no column yet');
  await page.getByTestId('analyse').click();
  await expect(page.getByTestId('map-tickets-openedAt')).toBeFocused();
  await expect(page.getByTestId('data-source')).toContainText(/demo/i);

  // The user fixes the one column; the date format choice shows the first values read.
  await page.getByTestId('map-tickets-openedAt').selectOption('Quando');
  await expect(missing).toHaveCount(0);
  await expect(page.getByTestId('mapping-missing-tickets')).toContainText('Every required field has a column.');
  await expect(page.getByTestId('date-format-tickets').locator('option', { hasText: 'dd/MM/yyyy HH:mm (detected)' })).toHaveCount(1);
  await page.getByTestId('date-format-tickets').selectOption('dd/MM/yyyy HH:mm');
  await expect(page.getByTestId('date-preview-tickets')).toContainText('15/03/2026 10:02 → 15 Mar 2026, 10:02');

  // The review is computed from the file: three tickets read (the one without a date rejected, said so).
  await page.getByTestId('analyse').click();
  await expect(page.getByTestId('data-source')).toContainText(/your files/i, { timeout: 45_000 });
  const quality = page.getByTestId('quality-tickets');
  await expect(quality).toContainText('Read with your column mapping');
  await expect(quality.locator('dl')).toContainText(/Rows read\s*4\s*Accepted\s*3\s*Rejected\s*1/);
  // The reason in words (issue codes read as sentences, format/labels.ts): required-missing.
  await expect(page.getByTestId('quality-tickets-reasons')).toContainText('A required field is empty');
  await page.getByTestId('nav-summary').click();
  await waitForSection(page, 'summary');
});

test('a recognised export starts as the CLI reads it; the meanings proposed for other words are offered, applied on request', async ({ page }) => {
  // Jira Service Management in Spanish (fixtures/real-formats/jira): "Esperando al cliente" is no
  // word of the Jira preset, which reads it as open by its status category ("En curso"), as
  // `revue report` does; the proposal by meaning says pending (initial-mapping.test.ts).
  await openDemo(page, '/');
  await page.getByTestId('nav-data').click();
  await page.getByTestId('file-tickets').setInputFiles(join(FIXTURES, 'real-formats', 'jira', 'jira-es.csv'));
  await expect(page.getByTestId('preset-tickets')).toContainText(/jira/i, { timeout: 30_000 });

  // The mapping opens on the decision, with the preset's reading in the value map.
  const offer = page.getByTestId('proposed-tickets');
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('same figures here as on the command line');
  await expect(offer).toContainText('Status “Esperando al cliente”: proposed Pending (waiting), read now as Open');
  const waiting = page.getByTestId('values-tickets-status').getByLabel('Esperando al cliente');
  await expect(waiting).toHaveValue('open');
  // The preset reads every other status: nothing is listed as without a meaning.
  await expect(page.getByTestId('mapping-missing-tickets')).toContainText('Every required field has a column.');

  // Applied only on request: then the value map says so, and the offer is gone.
  await page.getByTestId('use-proposed-tickets').click();
  await expect(waiting).toHaveValue('pending');
  await expect(offer).toHaveCount(0);
});

// Support-ticket CSVs people publish (trial10), rows invented: a purchase date and no opening, a
// "Time_to_Resolution" whose dates come before the first response. The page says so, in words.
test('a published support CSV: the page says which columns it did not take, and why', async ({ page }) => {
  await openDemo(page, '/');
  await page.getByTestId('nav-data').click();
  await expect(page.getByTestId('section-data')).toBeVisible();
  const csv = [
    'Ticket_ID,Created,First_Response,Time_to_Resolution,Date of Purchase,Priority',
    'T1,2023-06-01 08:00,2023-06-01 12:00,2023-06-01 10:00,2021-03-22,High',
    'T2,2023-06-02 08:00,2023-06-02 09:00,2023-06-02 15:00,2021-05-22,Low',
    'T3,2023-06-03 08:00,2023-06-03 14:00,2023-06-03 11:00,2020-07-14,High',
    'T4,2023-06-04 08:00,2023-06-04 09:00,2023-06-04 18:00,2022-01-02,Low',
  ].join('\n');
  await page.getByTestId('file-tickets').setInputFiles({ name: 'support.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('not-deadline-tickets')).toContainText('“Time_to_Resolution” is not used as the resolution deadline: its dates come before the first response on 50% of the rows', { timeout: 30_000 });
  await expect(page.getByTestId('not-deadline-tickets')).toContainText('It is read as the resolution date instead: check it.');
  await expect(page.getByTestId('not-ticket-dates-tickets')).toContainText('“Date of Purchase” holds dates of something else than a ticket');
  await expect(page.getByTestId('map-tickets-openedAt')).toHaveValue('Created');
  // Read as the resolution on thin evidence: marked to check.
  await expect(page.getByTestId('unsure-tickets-resolvedAt')).toContainText('unsure: check this column');
});
