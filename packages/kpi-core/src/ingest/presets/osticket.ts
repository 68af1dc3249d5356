import type { TicketPreset } from './preset.js';

// Source: FORMATS.md §4 — osTicket `include/class.queue.php` @ 8876338a and
// `include/class.export.php` @ 0379173a [C]: `Ticket Number`, `Date Created`, `Subject`,
// `Priority`, `Department`, `Help Topic`, `Current Status`, `SLA Due Date`, `Closed Date`,
// `Reopen Count`; `fputcsv` with `,` (or `;` when the locale uses a decimal comma).
// Priority names Emergency/High/Normal/Low are osTicket's defaults [I].

/** osTicket queue export. */
export const osticketTickets: TicketPreset = {
  name: 'osticket',
  kind: 'tickets',
  source: 'FORMATS.md §4: osTicket class.queue.php, class.export.php',
  columns: {
    id: ['Ticket Number'],
    openedAt: ['Date Created'],
    title: ['Subject'],
    priority: ['Priority'],
    category: ['Help Topic'],
    status: ['Current Status'],
    slaResolutionDueAt: ['SLA Due Date'],
    closedAt: ['Closed Date'],
    reopenCount: ['Reopen Count'],
  },
  maps: { priority: { Emergency: 'P1', High: 'P2', Normal: 'P3', Low: 'P4' } },
};
