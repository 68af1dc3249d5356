import { fillVerdictFromMinutesLeft, normalizeHeader, type TicketPreset } from './preset.js';

// Source: FORMATS.md §4 — Zammad `lib/excel_sheet/ticket.rb` @ 221b0073 [C]: the report is
// XLSX (read directly, or re-saved as CSV; the header row is found below the title and empty
// rows). Headers are English: `#`, `Title`, `State`, `Priority`, `Group`, `Organization`, `Time
// Units Total`, `Created At`, `Closed At`, `First Response At`, `… Escalation At`, `… In Min`,
// `… Diff In Min`. Dates `yyyy-mm-dd hh:mm:ss` in the chosen zone. Priority names `1 low`/`2
// normal`/`3 high` [I]; time units read as minutes [I]. States are Zammad's built-in ones
// new, open, pending reminder, pending close, closed, merged (and removed) [C]. `Close Diff In
// Min` and `First Response Diff In Min` are the SLA's minutes minus the working minutes taken
// (Zammad `Ticket::Escalation` statistics: `sla.solution_time - minutes`), empty without an SLA:
// below zero the target was missed, zero or above it was met.

/** Zammad ticket report (XLSX, or re-saved as CSV). */
export const zammadTickets: TicketPreset = {
  name: 'zammad',
  kind: 'tickets',
  source: 'FORMATS.md §4: zammad/zammad lib/excel_sheet/ticket.rb',
  columns: {
    id: ['#', 'Number'],
    title: ['Title'],
    status: ['State'],
    priority: ['Priority'],
    category: ['Group'],
    client: ['Organization'],
    openedAt: ['Created At'],
    closedAt: ['Closed At'],
    firstResponseAt: ['First Response At'],
    effortMinutes: ['Time Units Total'],
    slaResponseDueAt: ['First Response Escalation At'],
    slaResolutionDueAt: ['Close Escalation At'],
  },
  values: { effortMinutes: { kind: 'duration', unit: 'minutes' } },
  maps: {
    priority: { '1 low': 'P4', '2 normal': 'P3', '3 high': 'P2' },
    // A merged ticket lives on in the ticket it was merged into: counted, never as open or resolved.
    status: {
      new: 'open', open: 'open', 'pending reminder': 'pending', 'pending close': 'pending',
      closed: 'closed', merged: 'cancelled', removed: 'cancelled',
    },
  },
  extras: {
    closeDiff: { headers: ['Close Diff In Min'], value: { kind: 'number' } },
    firstResponseDiff: { headers: ['First Response Diff In Min'], value: { kind: 'number' } },
  },
  knownHeaders: [
    'Owner', 'Customer', 'Create Channel', 'Sender', 'Tags', 'Updated At', 'Close In Min', 'First Response In Min',
    'Update Escalation At', 'Update In Min', 'Update Diff In Min', 'Last Contact At', 'Last Contact Agent At',
    'Last Contact Customer At', 'Article Count', 'Escalation At',
  ],
  derive({ length, strings, extras }) {
    const close = extras['closeDiff'];
    if (close instanceof Float64Array) fillVerdictFromMinutesLeft((strings['slaResolutionVerdict'] ??= new Array<string | null>(length).fill(null)), close, 'met');
    const first = extras['firstResponseDiff'];
    if (first instanceof Float64Array) fillVerdictFromMinutesLeft((strings['slaResponseVerdict'] ??= new Array<string | null>(length).fill(null)), first, 'met');
  },
};

/**
 * Zammad's time accounting downloads (Admin → Time Accounting, a month, the download arrow):
 * not a ticket list. Source: zammad/zammad `app/controllers/time_accountings_controller.rb`
 * @ 090afe8f, written by `lib/excel_sheet.rb` (title row, empty row, header row, untranslated):
 * - `by-activity`: one row per time entry booked in the month, the headers `Ticket#`, `Title`,
 *   `Customer - Name`, `Organization`, `Agent - Name`, `Agent - Login`, `Time Units`, `Activity
 *   Type` (when activity types are on), `Created at` — the moment the time was booked, not the
 *   ticket's opening; no state. Older releases wrote `Customer` and `Agent` alone [I].
 * - `by-ticket`: the ticket report's columns (`#`, `State`, `Time Units Total`, `Created At`…)
 *   with `Time Units` (the month's) after `Time Units Total`, for the tickets on which time was
 *   booked that month only.
 * Read as tickets, either would give a review of the tickets someone booked time on, its
 * backlog and volumes wrong without a word; the reader refuses them and says what to export.
 *
 * @example zammadTimeAccounting(['Ticket#', 'Title', 'Customer - Name', 'Organization', 'Agent - Name', 'Agent - Login', 'Time Units', 'Created at']) // 'by-activity'
 */
export function zammadTimeAccounting(headers: readonly string[]): 'by-activity' | 'by-ticket' | null {
  const names = new Set(headers.map(normalizeHeader));
  if (!names.has('time units')) return null;
  if (names.has('ticket#') && names.has('created at') && !names.has('state') && !names.has('status') && [...names].some((n) => n === 'agent' || n.startsWith('agent - '))) {
    return 'by-activity';
  }
  if (names.has('#') && names.has('time units total') && names.has('state')) return 'by-ticket';
  return null;
}
